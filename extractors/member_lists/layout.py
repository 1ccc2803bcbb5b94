"""The document's layout lines: table rows and the lines of the raw text (which normalization may
have joined), as field spans of ``Document.text``, with the raw-whitespace gaps inside them.

Reads ``doc.tables``, ``doc.paragraphs``, ``doc.raw.raw_text`` and the offset map; returns a
:class:`Layout`, computed once per extractor run.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np
import regex

from extractors.agency_names import knowledge

#: a cell that only marks "nothing here", e.g. the name column's `—` beside `各镇人民政府…分管负责同志`: no field
EMPTY_CELL = regex.compile(r"\s*[—－\-–/／]+\s*")
#: （不作为成员） / (可选) after a header word: a note on the column, not its name
HEADER_NOTE = regex.compile(r"\s*[（(][^（）()]*[）)]\s*$")


@dataclass
class Unit:
    """One layout line: a table row or a line of the raw text, as field spans of ``Document.text``."""

    fields: list[tuple[int, int]]
    start: int
    end: int


@dataclass
class Layout:
    """The document's layout lines and raw-whitespace gaps, computed once per extractor run."""

    units: list[Unit]
    gaps: set[int] = field(default_factory=set)  # normalized indices that had raw whitespace before them
    not_names: frozenset[str] = frozenset()  # the notice's region names: never a person

    def gaps_within(self, start: int, length: int) -> set[int]:
        """The gaps strictly inside ``[start, start + length)``, counted from ``start`` (looked up
        position by position: a member's text is short, the document's gaps are many)."""
        return {i - start for i in range(start + 1, start + length) if i in self.gaps}


def read_layout(doc, not_names: frozenset[str] = frozenset()) -> Layout:
    """Table rows and raw-text lines of ``doc`` in text order, and where the raw text had spaces."""
    raw = doc.raw.raw_text
    offsets = doc.raw_offsets
    units: list[Unit] = []
    gaps: set[int] = set()
    for table in doc.tables:
        skipped = _columns_of_no_member(table.rows)
        for row in table.rows:
            spans = [(c.char_start, c.char_end) for k, c in enumerate(row)
                     if k not in skipped and not EMPTY_CELL.fullmatch(doc.text, c.char_start, c.char_end)]
            if spans:
                units.append(Unit(spans, spans[0][0], spans[-1][1]))
    jumps = _raw_jumps(offsets)
    for start, end in doc.paragraphs:
        cuts = [start]
        for i in jumps[bisect.bisect_right(jumps, start) : bisect.bisect_left(jumps, end)]:
            between = raw[offsets[i - 1] + 1 : offsets[i]]
            if "\n" in between and doc.text[i - 1] != "\t":
                cuts.append(i)  # the raw text broke the line here: normalization joined two lines
            elif between and not between.strip():
                gaps.add(i)
        cuts.append(end)
        for s, e in zip(cuts, cuts[1:]):
            units.append(Unit(_tab_fields(doc.text, s, e), s, e))
    units.sort(key=lambda u: u.start)
    return Layout(units, gaps, not_names)


def _raw_jumps(offsets) -> list[int]:
    """The normalized indices whose raw character is not right after the previous one's (raw text between
    them, dropped by normalization): the only places a line break or a gap can be, found without a Python
    step per character."""
    steps = np.diff(np.asarray(offsets, dtype=np.int64))
    return (np.flatnonzero(steps > 1) + 1).tolist()


def _tab_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    fields, s = [], start
    while True:
        i = text.find("\t", s, end)
        if i < 0:
            i = end
        if not EMPTY_CELL.fullmatch(text, s, i):
            fields.append((s, i))
        if i == end:
            return fields
        s = i + 1


def header_word(cell: str) -> str | None:
    """The header word a member table's cell is (联络员（不作为成员） → 联络员), or None for a cell of data."""
    word = HEADER_NOTE.sub("", cell.strip())
    return word if word in knowledge().taskforce_headers else None


def column_role(cells: list[str]) -> str | None:
    """The role a member table's header row gives one of its columns (乡镇（街道） | 林长 | 职务: every person of the
    林长 column is a 林长), every other cell a header word; None for a row of data or of header words alone."""
    kb = knowledge()
    words = [HEADER_NOTE.sub("", cell.strip()) for cell in cells if cell.strip()]
    roles = [w for w in words if w in kb.taskforce_roles and w not in kb.taskforce_not_members]
    others = [w for w in words if w not in roles]
    if len(roles) == 1 and others and all(header_word(w) for w in others):
        return roles[0]
    return None


def _columns_of_no_member(rows) -> set[int]:
    """The columns of a member table whose people or data make no member (单位 | 姓名 | 职务 | 联络员: the
    liaison officers; 联系电话, 备注; the 乡镇 a 林长 answers for), read from its header row (every cell a header
    word, or one a role)."""
    skip = knowledge().taskforce_skip_columns
    for row in rows[:3]:
        cells = [c.text for c in row if c.text.strip()]
        words = [header_word(cell) for cell in cells]
        if len(words) >= 2 and (all(words) or column_role(cells)):
            return {k for k, c in enumerate(row) if header_word(c.text) in skip}
    return set()
