"""Typed ingest errors: each has a short code for ``documents.error`` and a message for the user.

The runner turns them into a document row with ``status`` (``failed`` or ``needs_ocr``) and
``error`` = ``"<code>: <message>"``; no traceback reaches the user for a bad file.
"""
from __future__ import annotations


class IngestError(Exception):
    code = "ingest_error"
    status = "failed"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class EmptyFileError(IngestError):
    code = "empty_file"


class UnsupportedFormatError(IngestError):
    code = "unsupported_format"


class WrongTypeError(IngestError):
    """The bytes are not what the extension claims (an HTML 404 page saved as .pdf)."""

    code = "wrong_type"


class EncryptedError(IngestError):
    code = "encrypted"


class CorruptFileError(IngestError):
    code = "corrupt"


class NeedsOCRError(IngestError):
    """A PDF without a text layer (a scan): nothing to extract without OCR."""

    code = "needs_ocr"
    status = "needs_ocr"


class DecodeError(IngestError):
    code = "decode_error"


class NoTextError(IngestError):
    code = "no_text"


class ConversionError(IngestError):
    """A converter (LibreOffice for .doc/.wps) failed or timed out on the file."""

    code = "conversion_failed"


class TooLargeError(IngestError):
    """Over a limit of size (file, unpacked parts, pages): refused before it can exhaust the machine."""

    code = "too_large"
