"""Lines: characters grouped by baseline, split into segments at column-size gaps, and their text.

Reads :class:`~pipeline.ingest.pdf.glyphs.Char` s; returns baseline rows and :class:`Line` s (with
size, font, weight and text measured from their characters). Text gets a space only where two
Latin/digit glyphs have a word gap, never next to a CJK character.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from operator import attrgetter

import regex

from pipeline.ingest.pdf.glyphs import Char

#: baselines closer than this belong to one line
_SAME_LINE_EM = 0.25
#: a gap this wide between two Latin/digit characters is a space
_WORD_GAP_EM = 0.2

#: CJK characters and punctuation, next to which no space is ever inserted: "号", "，", "“", "—"
_WIDE_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u2000-\u206f\u2e80-\u303f\uff00-\uffef·]")


class Column(Enum):
    SINGLE = "single"
    LEFT = "left"
    RIGHT = "right"
    #: a line that crosses the gutter of a two-column page (title, footer)
    SPANNING = "spanning"


@dataclass(slots=True)
class Line:
    """Characters on one baseline of one column, split into segments at column-size gaps."""

    page: int
    segments: list[list[Char]]
    column: Column
    page_width: float
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    baseline: float = 0.0
    size: float = 0.0
    font: str = ""
    bold: bool = False
    text: str = ""
    #: shares its left edge with a neighbouring line of another length: left-aligned, not centred
    left_aligned: bool = False

    def __post_init__(self) -> None:
        chars = [c for segment in self.segments for c in segment]
        self.x0 = self.segments[0][0].x0
        self.x1 = self.segments[-1][-1].x1
        self.top = min(c.top for c in chars)
        self.bottom = max(c.bottom for c in chars)
        self.baseline = max(c.baseline for c in chars)
        self.size = Counter(c.size for c in chars).most_common(1)[0][0]
        # Font and weight of the CJK characters: LibreOffice sets digits in a Latin font, so the
        # date "2023 年 9 月" is body text and "附件 2" a bold heading whatever its digits use.
        wide = [c for c in chars if _is_wide(c.text)] or chars
        self.font = Counter(c.font for c in wide).most_common(1)[0][0]
        self.bold = sum(c.bold for c in wide) >= 0.8 * len(wide)
        self.text = "\t".join(_join_chars(segment) for segment in self.segments)

    @property
    def frame_key(self) -> tuple[int, Column]:
        return round(self.page_width), self.column

    @property
    def is_gapped(self) -> bool:
        """Has a column-size gap: a row of a borderless table, or a tab-stop line."""
        return len(self.segments) > 1


@lru_cache(maxsize=8192)
def _is_wide(char: str) -> bool:
    return bool(_WIDE_CHAR.match(char))


def _join_chars(chars: list[Char]) -> str:
    """Text of adjacent characters: a space only where two Latin/digit glyphs have a word gap."""
    parts = [chars[0].text]
    for previous, char in zip(chars, chars[1:]):
        gap = char.x0 - previous.x1
        if gap >= _WORD_GAP_EM * char.size and not (_is_wide(previous.text[-1]) or _is_wide(char.text[0])):
            parts.append(" ")
        parts.append(char.text)
    return "".join(parts)


def _baseline_rows(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by baseline, each group sorted left to right, groups top to bottom.

    Overprinted duplicates (a fake bold drawn twice) are dropped.
    """
    rows: list[list[Char]] = []
    for char in sorted(chars, key=attrgetter("baseline")):
        if rows:
            first = rows[-1][0]
            smaller = first.size if first.size < char.size else char.size  # min(char.size, first.size)
            if char.baseline - first.baseline <= _SAME_LINE_EM * smaller:
                rows[-1].append(char)
                continue
        rows.append([char])
    for row in rows:
        row.sort(key=attrgetter("x0"))
        row[:] = [c for i, c in enumerate(row) if not i or not _overprints(row[i - 1], c)]
    return rows


def _overprints(first: Char, second: Char) -> bool:
    """The same glyph drawn again a hair to the right (fake bold), not the second "l" of "ll"."""
    return first.text == second.text and abs(second.x0 - first.x0) < 0.25 * (first.x1 - first.x0)


def _split_at_gaps(row: list[Char], em: float) -> list[list[Char]]:
    """Runs of characters separated by gaps of at least ``em`` times the font size."""
    runs = [[row[0]]]
    for previous, char in zip(row, row[1:]):
        larger = char.size if char.size > previous.size else previous.size  # max(previous.size, char.size)
        if char.x0 - previous.x1 >= em * larger:
            runs.append([char])
        else:
            runs[-1].append(char)
    return runs
