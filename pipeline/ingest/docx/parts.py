"""The DOCX package: the zip checked, the main document part opened, related parts (styles,
numbering) parsed.

Reads the raw bytes; returns python-docx's main document part and lxml elements of parts, or
raises typed errors: not a zip, a zip of another kind (ODF, Excel, PowerPoint), a damaged part.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from pipeline.errors import CorruptFileError, UnsupportedFormatError
from pipeline.ingest.docx.package import SAFE_XML, check_zip, without_missing_parts
from pipeline.limits import Limits

#: content types of a main document part we can read (document, macro-enabled, templates)
_WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_REL_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"


def _open_main_part(data: bytes, limits: Limits | None = None) -> tuple[object, list[str]]:
    """The main document part and warnings, or a typed error saying why the bytes are not a
    readable DOCX. The zip directory is checked first (nothing unpacked); a relationship to a part
    the package lacks (styles, numbering) is taken out, with a warning."""
    from docx.opc.exceptions import PackageNotFoundError
    from docx.package import Package

    names = _zip_names(data, limits)
    if "[Content_Types].xml" not in names or not any(name.startswith("word/") for name in names):
        raise UnsupportedFormatError(f"a zip archive but not a Word document ({_zip_kind(names)})")
    warnings: list[str] = []
    try:
        try:
            part = Package.open(io.BytesIO(data)).main_document_part
        except KeyError:  # a relationship to a part the zip does not hold
            data, missing = without_missing_parts(data)
            if not missing:
                raise
            warnings.append(f"the DOCX lacks {', '.join(sorted(set(missing)))}: read without it")
            part = Package.open(io.BytesIO(data)).main_document_part
    except KeyError as exc:  # no officeDocument relationship / a missing main part
        raise UnsupportedFormatError(f"a zip archive but not a Word document ({_zip_kind(names)})") from exc
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError,
            AttributeError, ValueError, TypeError, NotImplementedError, RuntimeError, OSError) as exc:
        # python-docx meets a damaged part or a malformed [Content_Types].xml / .rels
        raise CorruptFileError(f"corrupt DOCX: a package part cannot be read ({type(exc).__name__}: {exc}); "
                               "open the file in Word and save it again") from exc
    if part.content_type not in _WORD_MAIN_TYPES:
        raise UnsupportedFormatError(f"an Office file but not a Word document ({part.content_type})")
    return part, warnings


def _zip_names(data: bytes, limits: Limits | None) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip(archive, limits.unpacked if limits else None)
            return set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError) as exc:  # (a zip version we cannot read)
        reason = "truncated or damaged zip (no central directory)" if data[:4] == b"PK\x03\x04" else "not a zip archive"
        raise CorruptFileError(f"corrupt DOCX: {reason}; re-download the file or save it again from Word") from exc


def _zip_kind(names: set[str]) -> str:
    """What a non-Word zip probably is, for the error message."""
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument file (.odt/.ods)"
    if any(name.startswith("xl/") for name in names):
        return "an Excel workbook"
    if any(name.startswith("ppt/") for name in names):
        return "a PowerPoint presentation"
    return "no word/document.xml"


def _part_element(part):
    element = getattr(part, "element", None)  # python-docx XmlPart subclasses keep the parsed tree
    if element is not None:
        return element
    try:
        return etree.fromstring(part.blob, SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"corrupt DOCX: {part.partname} is not well-formed XML ({exc})") from exc


def _related_element(part, reltype: str):
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            try:
                return _part_element(rel.target_part)
            except CorruptFileError:
                return None  # styles/numbering only give hints; the text survives without them
    return None
