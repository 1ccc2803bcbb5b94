"""Page furniture: page numbers and running heads and feet, removed from the pages' items.

Reads every page's lines; drops, in place, the outer lines that are a page number (``— 3 —``,
``第3页``, ``3/15``) or repeat at the same place on most pages (digits blanked, so that ``2023年第3期``
repeats too).
"""
from __future__ import annotations

import math
from operator import attrgetter

import regex

from pipeline.ingest.pdf.lines import Line
from pipeline.ingest.pdf.pages import Page
from pipeline.ingest.pdf.table_grids import TablePiece

#: page furniture lives in this outer share of the page height
_FURNITURE_BAND = 0.15
#: a line repeated at the same place on this share of pages (and on ≥ 2) is a running head/foot
_RUNNING_SHARE = 0.5

#: a page-number line, whitespace removed: "—3—", "-3-", "第3页", "第3页共15页", "3/15", "Page3of15", "3"
_PAGE_NUMBER = regex.compile(
    r"(?i)^[-—–－~·•_]*(?:第?\d{1,4}页?(?:[/／]\d{1,4})?(?:[/／,，]?共\d{1,4}页)?|page\d{1,4}(?:of\d{1,4})?)[-—–－~·•_]*$"
)
#: digits, blanked out so that running heads with page numbers compare equal: "2023年第3期" -> "#年第#期"
_DIGITS = regex.compile(r"\d+")  # "2023" -> "#"
#: whitespace of any kind
_WHITESPACE = regex.compile(r"\s+")  # "组 长\t" -> "组长"


def _compact(text: str) -> str:
    return _WHITESPACE.sub("", text)


def _drop_page_furniture(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated at the same place on most pages (running heads)."""
    candidates = {page.number: _outer_lines(page) for page in pages}
    seen_on: dict[tuple[str, int], set[int]] = {}
    for page_no, lines in candidates.items():
        for line in lines:
            key = (_DIGITS.sub("#", _compact(line.text)), round(line.top / 4))
            seen_on.setdefault(key, set()).add(page_no)
    repeated_min = max(2, math.ceil(_RUNNING_SHARE * len(pages)))
    for page in pages:
        drop = set()
        for line in candidates[page.number]:
            key = (_DIGITS.sub("#", _compact(line.text)), round(line.top / 4))
            if _PAGE_NUMBER.match(_compact(line.text)) or len(seen_on[key]) >= repeated_min:
                drop.add(id(line))
        if drop:
            page.items = [item for item in page.items if id(item) not in drop]


def _outer_lines(page: Page) -> list[Line]:
    """The two topmost and two bottommost lines, when they lie in the page's outer bands."""
    lines = sorted((item for item in page.items if isinstance(item, Line)), key=attrgetter("top"))
    band = _FURNITURE_BAND * page.height
    top = [line for line in lines[:2] if line.bottom <= band]
    bottom = [line for line in lines[-2:] if line.top >= page.height - band]
    tables = [item.bbox for item in page.items if isinstance(item, TablePiece)]
    # a line above the first table (or below the last) is not furniture if the table is further out
    top = [line for line in top if all(line.bottom <= t[1] for t in tables)]
    bottom = [line for line in bottom if all(line.top >= t[3] for t in tables)]
    return list({id(line): line for line in top + bottom}.values())
