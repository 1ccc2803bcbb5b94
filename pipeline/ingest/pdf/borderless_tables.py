"""Borderless tables: a run of gapped lines (member lists, tab stops) → one line per row, "\t" between cells.

Reads the items from a gapped line on; returns the run of lines that belong to its table and the
text block of that run, with columns found from word starts aligned over the run.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from pipeline.ingest.pdf.frames import Frame, _frame, _is_full
from pipeline.ingest.pdf.glyphs import Char
from pipeline.ingest.pdf.lines import Column, Line, _is_wide, _join_chars, _split_at_gaps
from pipeline.ingest.pdf.measure import _median
from pipeline.ingest.pdf.paragraphs import _glue
from pipeline.model import Block

# Tunables, in em (the font size of the characters concerned)
#: a gap this wide separates cell words when aligning borderless table columns
_CELL_GAP_EM = 0.25
#: the gap inside a two-character name padded to three (王　磊): about one em
_PAD_GAP_EM = (0.6, 1.4)


def _tabular_run(items: list, start: int, frames: dict[tuple[int, Column], Frame]) -> list[Line]:
    """The gapped line at ``start`` and the following lines of the same borderless table.

    A following line belongs if it is gapped too, or if it is short and starts exactly at a column
    start of the run (a wrapped cell, a name row between two lines of a long position).
    """
    run: list[Line] = [items[start]]
    starts = {s[0].x0 for s in items[start].segments}
    for item in items[start + 1 :]:
        if not isinstance(item, Line) or item.column is not run[-1].column:
            break
        # Ordinary text after the table starts at the margin, not at an inner column start.
        leftmost = min(line.x0 for line in run)
        inner_starts = [x for x in starts if x > leftmost + 1.0]
        aligned = any(abs(item.x0 - x) <= 1.0 for x in inner_starts)
        if not (item.is_gapped or (aligned and not _is_full(item, _frame(item, frames)))):
            break
        run.append(item)
        starts |= {s[0].x0 for s in item.segments}
    return run


def _tabular_block(run: list[Line]) -> Block:
    """One line per table row, cells separated by "\\t" (columns found by aligned starts)."""
    if len(run) == 1:
        line = run[0]
        return Block("text", line.text, page=line.page)
    boundaries = _column_starts(run)
    texts, pages = [], []
    for row in _logical_rows(run):
        cells: list[list[str]] = [[] for _ in range(len(boundaries) + 1)]
        for line in row:
            for column, words in _cells_of(line, boundaries).items():
                cells[column].append(words)
        texts.append("\t".join(_glue_all(parts) for parts in cells).rstrip("\t"))
        pages.append(row[0].page)
    return Block(
        "text", "\n".join(texts), page=pages[0], line_pages=pages if len(set(pages)) > 1 else None
    )


def _column_starts(run: list[Line]) -> list[float]:
    """x positions where a word starts in at least 40 % of the run's lines (excluding the leftmost).

    The second character of a name padded to three (王　磊) starts a "word" of its own; where such
    characters make most of the starts at an x, that x lies inside the name column."""
    starts_per_line = []
    padded = Counter()
    for line in run:
        chars = [c for segment in line.segments for c in segment]
        words = _split_at_gaps(chars, _CELL_GAP_EM)
        starts_per_line.append({round(word[0].x0) for word in words})
        for before, word in zip(words, words[1:]):
            if _pads_a_name(before, word):
                padded[round(word[0].x0)] += 1
    counts = Counter(x for starts in starts_per_line for x in starts)
    clustered: list[list[int]] = []
    for x in sorted(counts):
        if clustered and x - clustered[-1][-1] <= 2:
            clustered[-1].append(x)
        else:
            clustered.append([x])
    leftmost = min(line.x0 for line in run)
    needed = max(2, 0.4 * len(run))
    boundaries = []
    for cluster in clustered:
        starts = sum(counts[x] for x in cluster)
        if starts >= needed and min(cluster) > leftmost + 1 and sum(padded[x] for x in cluster) < 0.8 * starts:
            boundaries.append(min(cluster) - 1.0)
    return boundaries


def _pads_a_name(before: list[Char], word: list[Char]) -> bool:
    """王 | 磊: two single CJK characters about one em apart (a name padded to the width of three)."""
    if len(before) != 1 or len(word) != 1 or not (_is_wide(before[0].text) and _is_wide(word[0].text)):
        return False
    return _PAD_GAP_EM[0] <= (word[0].x0 - before[0].x1) / before[0].size <= _PAD_GAP_EM[1]


def _logical_rows(run: list[Line]) -> list[list[Line]]:
    """Lines grouped into table rows: lines closer than the run's usual pitch share a row."""
    pitches = [b.baseline - a.baseline for a, b in zip(run, run[1:]) if b.page == a.page]
    usual = _median(pitches) if pitches else 0.0
    rows = [[run[0]]]
    for previous, line in zip(run, run[1:]):
        if line.page == previous.page and line.baseline - previous.baseline < 0.75 * usual:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _cells_of(line: Line, boundaries: list[float]) -> dict[int, str]:
    """The line's words assigned to columns by where each word starts."""
    chars = [c for segment in line.segments for c in segment]
    cells: dict[int, list[str]] = {}
    for word in _split_at_gaps(chars, _CELL_GAP_EM):
        column = bisect_right(boundaries, word[0].x0)
        cells.setdefault(column, []).append(_join_chars(word))
    return {column: _glue_all(words) for column, words in cells.items()}


def _glue_all(parts: list[str]) -> str:
    """Words or wrapped lines of one cell as one text (see :func:`_glue`)."""
    text = ""
    for part in parts:
        text = _glue(text, part) if text else part
    return text
