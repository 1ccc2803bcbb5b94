"""PDF backend: characters with geometry → lines → columns → paragraphs and tables, in reading order.

:func:`read` takes the PDF's bytes and returns a :class:`~pipeline.model.RawDocument`; it runs the
steps below, one module each.

Engine, chosen by measurement on corpus/pdf (58 pages, 2-core box): pypdfium2 gives every character
with its box, font and size at ~130 pages/s, pdfminer (behind pdfplumber) at ~21 pages/s, and
pdfplumber's ``extract_text`` runs at ~17 pages/s. So everything comes from pypdfium2: characters,
and the ruling lines of tables (path objects). Its boxes are in unrotated user space, so a stray
``/Rotate`` changes nothing; text drawn rotated is turned upright by its own angle. pdfium's
quirks are handled in :mod:`.glyphs`: U+0002/U+FFFE stand for a hyphen at a line end, generated
spaces and line breaks are skipped. pdfium is not thread-safe: run documents in processes (the
runner does).

* opening (:mod:`.opening`): signature, password, damage and permissions → typed errors/warnings;
* characters (:mod:`.glyphs`, :mod:`.second_reader`, :mod:`.pages`): pdfium's glyphs in reading
  coordinates, glyphs pdfium skips read again with pdfminer;

Everything after the characters is plain geometry:

* lines (:mod:`.lines`): characters on one baseline; a gap of ≥ 1.5 em splits a line into segments
  (columns of a borderless table, tab stops: "\t" in the text); spaces only between Latin/digit
  characters with a word gap, never next to a CJK one;
* columns (:mod:`.columns`): a vertical gutter that few segments cross, with column-wide lines on
  both sides; read the left column, then the right one, between full-width lines;
* furniture (:mod:`.furniture`): page numbers (``— 3 —``, ``第3页``, ``3/15``) and running heads
  repeated on most pages;
* paragraphs (:mod:`.frames`, :mod:`.paragraphs`): on a justified page, a line broken because the
  next word did not fit continues (glued, also over a column break; over a page break as "\n" with
  ``line_pages``), a short line ends the paragraph, an indented line starts one, centred titles are
  joined; on a ragged page (hard-wrapped text) uncertain line ends stay "\n" with ``soft_wrap`` for
  normalization;
* tables: ruled grids (:mod:`.table_grids`, :mod:`.table_cells`) joined over pages
  (:mod:`.table_join`); aligned borderless columns (member lists, :mod:`.borderless_tables`) become
  one line per row with "\t" between the columns. :mod:`.blocks` walks the items and writes blocks.
"""
from __future__ import annotations

import pypdfium2 as pdfium

from pipeline.errors import CorruptFileError, NoTextError
from pipeline.ingest.pdf.blocks import _BlockWriter
from pipeline.ingest.pdf.frames import _measure_frames
from pipeline.ingest.pdf.furniture import _PAGE_NUMBER, _drop_page_furniture
from pipeline.ingest.pdf.glyphs import _raw_chars
from pipeline.ingest.pdf.opening import _check_signature, _check_text_layer, _open, _permission_warning
from pipeline.ingest.pdf.pages import _read_page
from pipeline.ingest.pdf.paragraphs import _glue
from pipeline.ingest.pdf.second_reader import _SecondReader
from pipeline.model import RawDocument

#: reached through ``pdf.<name>`` by the tests: the page-number pattern, the glyph reader, the
#: pdfminer fallback and the line glue
__all__ = ["read", "_PAGE_NUMBER", "_SecondReader", "_glue", "_raw_chars"]


def read(data: bytes, path: str, *, password: str | None = None) -> RawDocument:
    """Read a PDF into blocks in reading order. Raises typed :mod:`pipeline.errors` for bad files."""
    _check_signature(data)
    document = _open(data, password)
    warnings: list[str] = []
    try:
        permission_note = _permission_warning(document)
        if permission_note:
            warnings.append(permission_note)
        page_count = len(document)
        pages = []
        second_reader = _SecondReader(data, password)
        for index in range(page_count):
            try:
                pages.append(_read_page(document, index, warnings, second_reader))
            except pdfium.PdfiumError as exc:  # one damaged page must not cost the others
                warnings.append(f"page {index + 1} could not be read: {exc}")
    finally:
        document.close()
        second_reader.close()
    if page_count and not pages:
        raise CorruptFileError(f"damaged PDF: none of its {page_count} pages could be read")
    _check_text_layer(pages, warnings)
    _drop_page_furniture(pages)
    frames = _measure_frames(pages)
    blocks = _BlockWriter(frames).write(pages)
    if not blocks:
        raise NoTextError("the PDF has pages but no text")
    return RawDocument(path, "pdf", blocks, page_count=page_count, warnings=warnings)
