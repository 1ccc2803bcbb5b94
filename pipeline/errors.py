"""Typed ingest errors: each has a short code for ``documents.error`` and a message for the user.

The runner turns them into a document row with ``status`` (``failed`` or ``needs_ocr``) and
``error`` = ``"<code>: <message>"``; no traceback reaches the user for a bad file. Each code has
advice (what the user can do), added to a message that does not already say it.
"""
from __future__ import annotations

import re

#: words of a message that already tells the user what to do ("save it as .docx", "raise --max-pages")
_SAYS_WHAT_TO_DO = re.compile(r"save |raise --|download|install|--password|OCR|open (?:it|the file)", re.IGNORECASE)


class IngestError(Exception):
    code = "ingest_error"
    status = "failed"
    #: what the user can do about it
    advice = ""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        if self.advice and not _SAYS_WHAT_TO_DO.search(self.message):
            return f"{self.code}: {self.message}; {self.advice}"
        return f"{self.code}: {self.message}"


class EmptyFileError(IngestError):
    code = "empty_file"
    advice = "download it again"


class UnsupportedFormatError(IngestError):
    code = "unsupported_format"
    advice = "save it as .docx, PDF or UTF-8 text"


class WrongTypeError(IngestError):
    """The bytes are not what the extension claims (an HTML 404 page saved as .pdf)."""

    code = "wrong_type"
    advice = "download the notice itself (the link may have served an error page)"


class EncryptedError(IngestError):
    code = "encrypted"
    advice = "give the password with --password, or save an unprotected copy"


class CorruptFileError(IngestError):
    code = "corrupt"
    advice = "download it again, or open it in its program and save it again"


class NeedsOCRError(IngestError):
    """A PDF without a text layer (a scan): nothing to extract without OCR."""

    code = "needs_ocr"
    advice = "run OCR on it (ocrmypdf, for one) and read the result"
    status = "needs_ocr"


class DecodeError(IngestError):
    code = "decode_error"
    advice = "save it again as UTF-8"


class NoTextError(IngestError):
    code = "no_text"
    advice = "check that the file holds the notice's text (a scan or an empty page?)"


class ConversionError(IngestError):
    """A converter (LibreOffice for .doc/.wps) failed or timed out on the file."""

    code = "conversion_failed"
    advice = "save it as .docx or PDF"


class TooLargeError(IngestError):
    """Over a limit of size (file, unpacked parts, pages): refused before it can exhaust the machine."""

    code = "too_large"
    advice = "raise the limit (--max-size, --max-pages, --max-unpacked) to read it"
