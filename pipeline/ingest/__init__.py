"""Ingest: sniff a file's real type from its bytes and hand it to that format's backend.

Every backend is a module here with ``read(data: bytes, path: str, *, password=None) ->
RawDocument`` and raises :class:`pipeline.errors.IngestError` subclasses for bad input.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.errors import EmptyFileError, UnsupportedFormatError
from pipeline.model import RawDocument

#: extensions the batch runner picks up when walking a folder
SUPPORTED_SUFFIXES = {".txt", ".text", ".docx", ".pdf", ".html", ".htm", ".shtml", ".xhtml"}

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<p>", b"<div", b"<table")


def _looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        head = data[:8192].decode("utf-16", errors="ignore").encode("ascii", errors="ignore").lower()
    return head.startswith(b"<") and any(marker in head for marker in _HTML_MARKERS)


def sniff_format(data: bytes, path: str = "") -> str:
    """The real format of ``data``: "pdf", "docx", "html" or "text" — from the bytes, not the name."""
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "docx"
    if _looks_like_html(data):
        return "html"
    suffix = Path(path).suffix.lower()
    if suffix in {".pdf", ".docx", ".doc"}:
        # Binary-looking bytes under a document extension: neither PDF, OOXML nor HTML.
        if b"\x00" in data[:1024] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise UnsupportedFormatError(
                f"not a {suffix[1:].upper()} file: no '%PDF-' or zip signature "
                "(an old .doc or another binary format?)"
            )
    return "text"


def read_file(path: str | Path, *, password: str | None = None) -> RawDocument:
    """Read ``path`` with the backend its bytes call for."""
    from pipeline.ingest import docx, html, pdf, text

    path = str(path)
    data = Path(path).read_bytes()
    fmt = sniff_format(data, path)
    backend = {"pdf": pdf, "docx": docx, "html": html, "text": text}[fmt]
    return backend.read(data, path, password=password)
