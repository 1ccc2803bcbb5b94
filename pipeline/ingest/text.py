"""Plain-text backend: detect the encoding, CRLF → LF, one soft-wrapped block per line."""
from __future__ import annotations

from pipeline.errors import DecodeError, NoTextError
from pipeline.model import Block, RawDocument

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then strict UTF-8, then GB18030 (a superset of GBK/GB2312)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise DecodeError("could not decode the text as UTF-8, UTF-16 or GB18030")


def read(data: bytes, path: str, *, password: str | None = None) -> RawDocument:
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [Block("text", line, soft_wrap=True) for line in text.split("\n") if line.strip()]
    if not blocks:
        raise NoTextError("the file holds no text")
    return RawDocument(path, "text", blocks, encoding=encoding)
