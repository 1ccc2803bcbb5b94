"""pdf backend (to be written)."""
from __future__ import annotations

from pipeline.errors import UnsupportedFormatError
from pipeline.model import RawDocument


def read(data: bytes, path: str, *, password: str | None = None) -> RawDocument:
    raise UnsupportedFormatError("pdf input is not supported yet")
