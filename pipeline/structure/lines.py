"""The normalized text as lines: each non-empty line's exact span, its text, whether it is a
table row, and the layout hints of the backend block it came from.

Reads a :class:`~pipeline.model.Document`; returns :class:`Line` s in text order, which every
later step of the structure reads.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from pipeline.model import Document
from pipeline.structure.patterns import DATE_LINE, PRINTED


@dataclass(frozen=True)
class Line:
    """One non-empty line of ``doc.text``: its span, its text and whether it is a table row."""

    start: int
    end: int
    text: str
    table: bool
    hints: frozenset[str] = frozenset()


def _hint_lookup(doc: Document):
    """A function from a text offset to the layout hints of the backend block it came from."""
    blocks = doc.raw.blocks if doc.raw else []
    if not blocks or not any(b.hints for b in blocks) or not len(doc.raw_offsets):
        return lambda pos: frozenset()
    starts = doc.raw.block_offsets()

    def hints(pos: int) -> frozenset[str]:
        raw = doc.raw_offsets[min(pos, len(doc.raw_offsets) - 1)]
        return blocks[max(bisect.bisect_right(starts, raw) - 1, 0)].hints

    return hints


def text_lines(doc: Document) -> list[Line]:
    """The non-empty lines of ``doc.text`` in order; tab-separated rows and table cells are ``table``."""
    table_spans = sorted((t.char_start, t.char_end) for t in doc.tables)  # tables do not overlap
    table_starts = [a for a, _ in table_spans]

    def in_a_table(pos: int) -> bool:
        k = bisect.bisect_right(table_starts, pos) - 1
        return k >= 0 and pos <= table_spans[k][1]

    hints = _hint_lookup(doc)
    out, pos = [], 0
    for piece in doc.text.split("\n"):
        start, end = pos, pos + len(piece)
        pos = end + 1
        stripped = piece.strip()
        if not stripped:
            continue
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        in_table = ("\t" in stripped and not _is_signoff(stripped)) or in_a_table(start)
        out.append(Line(start, end, stripped, in_table, hints(start)))
    return out


def _is_signoff(text: str) -> bool:
    """``某市人民政府办公室<tab>2023年9月28日印发``: a 印发/署名 line whose parts a tab pushes apart."""
    return text.count("\t") == 1 and bool(PRINTED.match(text) or DATE_LINE.match(text))
