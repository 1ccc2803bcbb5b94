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

from pipeline.errors import CorruptFileError, NoTextError, TooLargeError
from pipeline.ingest.pdf.blocks import _BlockWriter
from pipeline.ingest.pdf.frames import _measure_frames
from pipeline.ingest.pdf.furniture import _PAGE_NUMBER, _drop_page_furniture
from pipeline.ingest.pdf.glyphs import _raw_chars
from pipeline.ingest.pdf.opening import (
    _check_signature,
    _check_text_layer,
    _open,
    _permission_warning,
    counted_pages,
    repaired,
)
from pipeline.ingest.pdf.pages import _read_page
from pipeline.ingest.pdf.paragraphs import _glue
from pipeline.ingest.pdf.second_reader import _SecondReader
from pipeline.limits import Limits
from pipeline.model import RawDocument

#: reached through ``pdf.<name>`` by the tests: the page-number pattern, the glyph reader, the
#: pdfminer fallback and the line glue
__all__ = ["read", "_PAGE_NUMBER", "_SecondReader", "_glue", "_raw_chars"]
#: unreadable pages in a row after which the rest of a page tree whose pages cannot be counted is
#: taken for a lie (a /Count of 999999 over six pages)
_GIVE_UP_AFTER = 200


def read(data: bytes, path: str, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    """Read a PDF into blocks in reading order. Raises typed :mod:`pipeline.errors` for bad files.

    A PDF that pdfium cannot open, or none of whose pages it can read, is repaired by qpdf and read
    again (with a warning) before it is refused."""
    limits = limits or Limits()
    _check_signature(data)
    try:
        return _read(data, path, password, limits, [])
    except CorruptFileError as damage:
        fixed = repaired(data, password)
        if fixed is None:
            raise
        note = f"damaged PDF repaired by qpdf before reading ({damage.message}): parts of it may be missing"
        try:
            return _read(fixed, path, None, limits, [note])
        except CorruptFileError:
            raise damage from None


def _read(data: bytes, path: str, password: str | None, limits: Limits, warnings: list[str]) -> RawDocument:
    document = _open(data, password)
    second_reader = None
    try:
        permission_note = _permission_warning(document)
        if permission_note:
            warnings.append(permission_note)
        page_count = _page_count(document, data, password, limits, warnings)
        pages, unreadable = [], []
        second_reader = _SecondReader(data, password)
        index = 0
        while index < page_count:
            try:
                pages.append(_read_page(document, index, warnings, second_reader))
                if limits.pages and len(pages) > limits.pages:  # pages qpdf could not count
                    raise _too_many_pages(f"more than {limits.pages}", limits)
            except pdfium.PdfiumError:  # one damaged page must not cost the others
                unreadable.append(index + 1)
                if len(unreadable) == 1 and index + 1 < page_count:
                    page_count = _checked_count(data, password, page_count, warnings)
                if len(unreadable) >= _GIVE_UP_AFTER and unreadable[-_GIVE_UP_AFTER] == index + 2 - _GIVE_UP_AFTER:
                    warnings.append(f"the page tree claims {page_count} pages; {_GIVE_UP_AFTER} unreadable pages "
                                    f"in a row after page {index + 1 - _GIVE_UP_AFTER} taken for the end")
                    page_count = index + 1 - _GIVE_UP_AFTER
                    del unreadable[-_GIVE_UP_AFTER:]
            index += 1
        if unreadable:
            warnings.append(f"{len(unreadable)} of {page_count} pages could not be read: {_page_ranges(unreadable)}")
    finally:
        _close_quietly(document, second_reader)
    if page_count and not pages:
        raise CorruptFileError(f"damaged PDF: none of its {page_count} pages could be read "
                               "(re-download it or print it to a new PDF)")
    _check_text_layer(pages, warnings)
    _drop_page_furniture(pages)
    frames = _measure_frames(pages)
    blocks = _BlockWriter(frames).write(pages)
    if not blocks:
        raise NoTextError("the PDF has pages but no text")
    return RawDocument(path, "pdf", blocks, page_count=page_count, warnings=warnings)


def _page_count(document: pdfium.PdfDocument, data: bytes, password: str | None, limits: Limits,
                warnings: list[str]) -> int:
    """The pages to read: pdfium's count (the page tree's /Count), checked against the pages the tree
    really holds when it is over the page limit; over the limit for real → too_large."""
    count = len(document)
    if limits.pages and count > limits.pages:
        real = counted_pages(data, password)
        if real is not None and real > limits.pages:
            raise _too_many_pages(real, limits)
        if real is not None and real < count:
            warnings.append(f"the page tree claims {count} pages but holds {real}: {real} read")
            count = real
    return count


def _too_many_pages(count: int | str, limits: Limits) -> TooLargeError:
    return TooLargeError(f"{count} pages is over the {limits.pages} pages a PDF may have (raise --max-pages to "
                         "read it)")


def _checked_count(data: bytes, password: str | None, claimed: int, warnings: list[str]) -> int:
    """``claimed`` or, when the page tree holds fewer pages than it claims, that number (warned)."""
    real = counted_pages(data, password)
    if real is not None and real < claimed:
        warnings.append(f"the page tree claims {claimed} pages but holds {real}: {real} read")
        return real
    return claimed


def _page_ranges(numbers: list[int], shown: int = 10) -> str:
    """1, 3–7, 9 … (the first ``shown`` runs)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    text = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs[:shown])
    return text + (" …" if len(runs) > shown else "")


def _close_quietly(document: pdfium.PdfDocument, second_reader: "_SecondReader | None") -> None:
    """Close both readers; a reader that fails to close must not cost what was read."""
    for reader in (second_reader, document):
        if reader is None:
            continue
        try:
            reader.close()
        except Exception:  # noqa: BLE001 — the pages are read; a failing close() loses nothing
            pass
