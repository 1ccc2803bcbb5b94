"""Opening a PDF: the bytes checked, the document opened by pdfium, a damaged file repaired by
qpdf (through pikepdf), the page tree's claimed page count checked against the pages the file
really holds, restrictions and a missing text layer reported.

Reads the raw bytes (and an optional password); returns a ``pdfium.PdfDocument`` or raises the
typed :mod:`pipeline.errors` (empty, not a PDF, encrypted, truncated, damaged, scan needing OCR).
"""
from __future__ import annotations

import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedError,
    NeedsOCRError,
    NoTextError,
    WrongTypeError,
)
from pipeline.ingest.pdf.pages import Page

#: permission bits of the PDF /P entry (PDF 32000-1, table 22) worth naming in a warning
_PERMISSION_BITS = {
    3: "print",
    4: "modify",
    5: "copy/extract text",
    6: "annotate",
    9: "fill forms",
    10: "extract for accessibility",
    11: "assemble",
    12: "print in high quality",
}


def _check_signature(data: bytes) -> None:
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        head = data[:512].lstrip().lower()
        if head.startswith(b"<") and (b"<html" in head or b"<!doctype html" in head):
            raise WrongTypeError("not a PDF: the bytes are an HTML page (an error page saved as .pdf?)")
        raise WrongTypeError("not a PDF: no '%PDF-' signature")


def _open(data: bytes, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedError("wrong password" if password else "password required") from None
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedError("unsupported encryption (security handler)") from None
        if b"%%EOF" not in data[-2048:]:
            raise CorruptFileError(
                f"truncated PDF: no %%EOF at the end of {len(data)} bytes (an interrupted download?)"
            ) from None
        raise CorruptFileError(f"damaged PDF: pdfium cannot load it ({exc})") from None


def _permission_warning(document: pdfium.PdfDocument) -> str | None:
    """Name the restrictions of an owner-password PDF (opened without a password)."""
    if pdfium_c.FPDF_GetSecurityHandlerRevision(document.raw) < 0:
        return None
    flags = pdfium_c.FPDF_GetDocPermissions(document.raw) & 0xFFFFFFFF
    denied = [name for bit, name in _PERMISSION_BITS.items() if not flags & (1 << (bit - 1))]
    if not denied:
        return "encrypted PDF without restrictions"
    signed = flags - (1 << 32) if flags >> 31 else flags
    return f"encrypted PDF with owner restrictions (P={signed}): no " + ", no ".join(denied)


def _check_text_layer(pages: list[Page], warnings: list[str]) -> None:
    """No characters at all: a scan (images) needs OCR; image-only pages among text pages are noted."""
    if not any(page.char_count for page in pages):
        if any(page.image_count for page in pages):
            raise NeedsOCRError(f"no text layer: {len(pages)} pages of images only (a scan?)")
        raise NoTextError(f"no text on any of the {len(pages)} pages")
    scanned = [str(page.number) for page in pages if not page.char_count and page.image_count]
    if scanned:
        warnings.append(f"pages {', '.join(scanned)}: no text layer, only images (OCR needed for them)")
    unmapped = sum(page.unmapped_count for page in pages)
    if unmapped > 0.01 * sum(page.char_count for page in pages):
        warnings.append(f"{unmapped} characters have no Unicode mapping (a font without ToUnicode: garbled text)")


def repaired(data: bytes, password: str | None) -> bytes | None:
    """The PDF rewritten by qpdf, which rebuilds a broken cross-reference table and drops what it
    cannot recover; None when qpdf cannot make a PDF of it either."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
            if not len(pdf.pages):
                return None
            out = io.BytesIO()
            pdf.save(out, encryption=False)
            return out.getvalue()
    except Exception:  # noqa: BLE001 — qpdf is a second chance only; the first reader's error stands
        return None


def counted_pages(data: bytes, password: str | None) -> int | None:
    """The pages the file's page tree really holds (qpdf walks it), whatever its /Count says; None
    when qpdf cannot read the tree."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
            return len(pdf.pages)
    except Exception:  # noqa: BLE001 — pdfium's own count is kept then
        return None
