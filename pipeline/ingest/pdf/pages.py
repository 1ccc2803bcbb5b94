"""One page read: its characters upright and visible, its ruled grids filled, its lines in reading order.

Reads a page of the open pdfium document; returns a :class:`Page` whose ``items`` are lines and
table pieces in reading order, with the counts (characters, images, unmapped glyphs) that tell a
scan or a broken font. Characters at another angle or outside the crop box are dropped (warned).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import regex

from pipeline.ingest.pdf.columns import _page_lines, _reading_order
from pipeline.ingest.pdf.glyphs import (
    Char,
    _count_images,
    _raw_chars,
    _reading_transform,
    _skipped_text_objects,
)
from pipeline.ingest.pdf.lines import Line
from pipeline.ingest.pdf.second_reader import _SecondReader
from pipeline.ingest.pdf.table_cells import _fill_grids
from pipeline.ingest.pdf.table_grids import TablePiece, find_grids, ruling_edges

#: a glyph pdfium could not map to Unicode: U+FFFD or a private-use code point
_UNMAPPED = regex.compile(r"[\ufffd\ue000-\uf8ff]")  # "\ufffd"


@dataclass
class Page:
    number: int
    width: float
    height: float
    #: lines and table pieces in reading order
    items: list[Line | TablePiece] = field(default_factory=list)
    char_count: int = 0
    image_count: int = 0
    #: glyphs without a Unicode mapping (U+FFFD, private use): a font without ToUnicode
    unmapped_count: int = 0


def _read_page(document: pdfium.PdfDocument, index: int, warnings: list[str], second_reader: "_SecondReader") -> Page:
    page = document[index]
    try:
        chars, width, height, to_reading = _page_chars(page, index + 1, warnings, second_reader)
        char_count = len(chars)
        image_count = 0 if chars else _count_images(page)
        unmapped_count = _unmapped(chars)
        pieces: list[TablePiece] = []
        if chars:
            grids = find_grids(ruling_edges(page.raw, to_reading), index + 1)
            pieces, chars = _fill_grids(grids, chars)
        lines, gutter = _page_lines(chars, index + 1, width) if chars else ([], None)
        items = _reading_order(lines, pieces, gutter)
        return Page(index + 1, width, height, items, char_count, image_count, unmapped_count)
    finally:
        page.close()


def _unmapped(chars: list[Char]) -> int:
    """How many characters' text begins with an unmapped glyph: one search over the page's text when every
    character is one glyph (pdfium's always are), else one test per character."""
    text = "".join([c.text for c in chars])
    if len(text) == len(chars):
        return len(_UNMAPPED.findall(text))
    return sum(1 for c in chars if _UNMAPPED.match(c.text))


def _page_chars(
    page: pdfium.PdfPage, page_no: int, warnings: list[str], second_reader: "_SecondReader | None" = None
) -> tuple[list[Char], float, float, Callable]:
    """Characters of a page in reading coordinates, the page size, and the user space → reading map.

    Text drawn rotated (a landscape table on a portrait page) is turned upright by the quarter turn
    most characters have; characters at other angles (watermarks, stamps) are dropped. Glyphs that
    pdfium's text page skips (see :func:`_skipped_text_objects`) are read again with pdfminer.
    """
    crop = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        raw_chars, seen_objects = _raw_chars(textpage.raw)
    finally:
        textpage.close()
    recovered: list[Char] = []
    if second_reader is not None and _skipped_text_objects(page.raw, seen_objects) and page.get_rotation() == 0:
        recovered = second_reader.missing_chars(page_no - 1, raw_chars, crop, page.get_mediabox())
        if recovered:
            warnings.append(f"page {page_no}: {len(recovered)} characters that pdfium skipped read with pdfminer")
    if not raw_chars and not recovered:
        return [], crop[2] - crop[0], crop[3] - crop[1], _reading_transform(crop, 0)[0]
    if not raw_chars:
        return recovered, crop[2] - crop[0], crop[3] - crop[1], _reading_transform(crop, 0)[0]
    turns = Counter(rc[-1] for rc in raw_chars if rc[-1] >= 0)
    quadrant = turns.most_common(1)[0][0] if turns else 0
    kept = [rc for rc in raw_chars if rc[-1] == quadrant] if turns else raw_chars  # all slanted: keep
    if len(kept) < len(raw_chars):
        warnings.append(f"page {page_no}: {len(raw_chars) - len(kept)} characters at another angle dropped")
    to_reading, width, height = _reading_transform(crop, quadrant)
    if quadrant == 0:  # the common case, without a function call per corner
        x_off, y_off = crop[0], crop[3]
        chars = [
            Char(text, left - x_off, right - x_off, y_off - top, y_off - bottom, y_off - oy, size, font, bold)
            for text, left, bottom, right, top, _, oy, size, font, bold, _ in kept
        ]
    else:
        chars = []
        for text, left, bottom, right, top, origin_x, origin_y, size, font, bold, _ in kept:
            x0, y0 = to_reading(left, bottom)
            x1, y1 = to_reading(right, top)
            _, baseline = to_reading(origin_x, origin_y)
            chars.append(Char(text, min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1), baseline, size, font, bold))
    if recovered and quadrant == 0:
        chars += recovered
    # Text outside the crop box is not on the page anyone sees (and would stretch the layout).
    visible = [c for c in chars if 0 <= (c.x0 + c.x1) / 2 <= width and 0 <= (c.top + c.bottom) / 2 <= height]
    if len(visible) < len(chars):
        warnings.append(f"page {page_no}: {len(chars) - len(visible)} characters outside the page dropped")
    return visible, width, height, to_reading
