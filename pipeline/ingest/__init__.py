"""Ingest: sniff a file's real type from its bytes and hand it to that format's backend.

Every backend is a module or package here (``text``, ``markdown``, ``legacy_word``; ``docx``,
``html``, ``pdf``, each a package of its steps) with ``read(data: bytes, path: str, *, password=None,
limits=None) -> RawDocument`` and raises :class:`pipeline.errors.IngestError` subclasses for bad input.
"""
from __future__ import annotations

import importlib
from pathlib import Path

import regex

from pipeline.errors import EmptyFileError, EncryptedError, IngestError, UnsupportedFormatError
from pipeline.ingest.stacked_cells import stacked_tables
from pipeline.ingest.stacked_task_cells import stacked_task_tables
from pipeline.limits import Limits
from pipeline.model import RawDocument

#: the format a file's name suggests (its bytes decide when it is read: ``sniff_format``); other names are text
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".wps": "doc", ".html": "html", ".htm": "html",
                    ".shtml": "html", ".xhtml": "html", ".md": "markdown", ".markdown": "markdown"}
#: extensions the batch runner picks up when walking a folder (a folder's README.md is skipped: see runner)
SUPPORTED_SUFFIXES = {".txt", ".text", *FORMAT_OF_SUFFIX}
# README.md, readme.txt, CORPUS_README.md: a folder's own notes, not a notice (skipped when a folder is
# walked, read when named on the command line)
README_NAME = regex.compile(r"^(?:.*[_\-.])?readme(?:\.(?:md|markdown|txt|text))?$", regex.IGNORECASE)
#: the backend of each format, imported when a file of that format is first read (a run over PDFs never
#: loads BeautifulSoup and its CSS parser, a tenth of a second of the start)
_BACKENDS = {"pdf": "pdf", "docx": "docx", "doc": "legacy_word", "html": "html", "markdown": "markdown", "text": "text"}

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<p>", b"<div", b"<table")
#: OLE2 compound file: a Word 97-2003 .doc/.wps, or an Office file encrypted with a password
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: the stream name that marks a password-encrypted OOXML file inside an OLE2 container (UTF-16LE)
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _html_head(data: bytes) -> bytes:
    """The first bytes as lower-case ASCII, UTF-16 (with or without BOM) folded to bytes."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else (
            "utf-16-le" if head[:2] == b"<\x00" else "utf-16-be"
        )
        head = head.decode(encoding, errors="ignore").encode("ascii", errors="ignore")
    return head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()


def _looks_like_html(data: bytes) -> bool:
    head = _html_head(data)
    if head.startswith(b"<?xml"):  # XHTML: an XML prolog, then the <html> element
        return b"<html" in head
    return head.startswith(b"<") and any(marker in head for marker in _HTML_MARKERS)


def sniff_format(data: bytes, path: str = "") -> str:
    """The real format of ``data``: "pdf", "docx", "doc", "html", "markdown" or "text" — from the bytes
    (an OLE2 file is a Word 97-2003 or WPS document; text is Markdown by its name or its look)."""
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "docx"  # the DOCX backend tells an OOXML package from any other zip
    if data.startswith(_OLE2_MAGIC):
        if _ENCRYPTED_PACKAGE in data[:65536] or _ENCRYPTED_PACKAGE in data[-65536:]:
            raise EncryptedError("encrypted Office document: it opens only with a password (not supported)")
        return "doc"  # Word 97-2003 .doc or WPS .wps: read through LibreOffice (legacy_word)
    if data.lstrip()[:5] == b"{\\rtf":
        raise UnsupportedFormatError("an RTF document: save it as .docx or PDF")
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
    if FORMAT_OF_SUFFIX.get(suffix) == "markdown":
        return "markdown"
    from pipeline.ingest.markdown import looks_like_markdown
    from pipeline.ingest.text import decode_text

    try:
        return "markdown" if looks_like_markdown(decode_text(data)[0]) else "text"
    except IngestError:
        return "text"  # the text backend says what is wrong with it


def read_file(path: str | Path, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    """Read ``path`` with the backend its bytes call for, within ``limits`` (pages, unpacked size;
    the defaults of :class:`~pipeline.limits.Limits` when None)."""
    return read_data(Path(path).read_bytes(), str(path), password=password, limits=limits)


def read_data(data: bytes, path: str, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    """Read the bytes of a file named ``path`` (already read, or sent to a cluster worker) with the
    backend they call for, within ``limits``; a table any backend left flattened one cell per line is made a table
    (:mod:`.stacked_task_cells` for task tables, :mod:`.stacked_cells` for tables of figures)."""
    raw = backend(sniff_format(data, path)).read(data, path, password=password, limits=limits or Limits())
    raw.blocks = stacked_tables(stacked_task_tables(raw.blocks))
    return raw


def backend(file_format: str):
    """The backend module of a format of :func:`sniff_format`, imported on first use."""
    return importlib.import_module(f"pipeline.ingest.{_BACKENDS[file_format]}")
