"""DOCX backend: the body's paragraphs and tables in reading order, merged table cells filled.

python-docx opens the package (zip, content types, relationships); the body XML is walked
directly because python-docx's ``paragraphs``/``tables`` lists lose the order between them and
skip content controls (``w:sdt``). Only the main document part is read, so headers and footers
(the ``— N —`` page numbers) never reach the blocks; text boxes and images are skipped too.

:func:`read` runs the steps, one module each: the package opened and its parts found
(:mod:`.parts`), style facts (:mod:`.styles`) and Word's automatic list numbers (:mod:`.numbering`)
read, the body walked into blocks (:mod:`.body`). :mod:`.ooxml` names the XML tags they share.
"""
from __future__ import annotations

from pipeline.errors import CorruptFileError, NoTextError
from pipeline.ingest.docx.body import _BodyReader
from pipeline.ingest.docx.numbering import _Numbering
from pipeline.ingest.docx.ooxml import LAST_RENDERED_BREAK, _w
from pipeline.ingest.docx.parts import _REL_NUMBERING, _REL_STYLES, _open_main_part, _part_element, _related_element
from pipeline.ingest.docx.styles import _Styles
from pipeline.limits import Limits
from pipeline.model import RawDocument

__all__ = ["read"]


def read(data: bytes, path: str, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    main_part, package_warnings = _open_main_part(data, limits or Limits())
    body = _part_element(main_part).find(_w("body"))
    if body is None:
        raise CorruptFileError("corrupt DOCX: word/document.xml has no w:body")
    styles = _Styles(_related_element(main_part, _REL_STYLES))
    numbering = _Numbering(_related_element(main_part, _REL_NUMBERING))
    # Word writes w:lastRenderedPageBreak where each page began when it last laid the file out;
    # without them (generated files) explicit breaks alone would give wrong pages, so: None.
    track_pages = next(body.iter(LAST_RENDERED_BREAK), None) is not None
    reader = _BodyReader(styles, numbering, track_pages)
    reader.warnings += package_warnings
    blocks = reader.read_body(body)
    chunks = sum(1 for _ in body.iter(_w("altChunk")))
    if chunks:  # content Word imports from an embedded HTML/RTF/DOCX part when it opens the file
        reader.warnings.append(f"{chunks} embedded alternative-format chunk(s) (w:altChunk) not read")
    if not any(block.raw_text().strip() for block in blocks):
        raise NoTextError("the DOCX body holds no text (images only?)")
    return RawDocument(
        path, "docx", blocks, page_count=reader.page if track_pages else None, warnings=reader.warnings
    )
