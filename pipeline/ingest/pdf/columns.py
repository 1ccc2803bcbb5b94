"""Two-column pages: the gutter between the columns, lines cut at it, and the reading order.

Reads a page's characters (and its table pieces); returns its lines, one per baseline and column,
and its items in reading order: top to bottom, and on a two-column page the left column, then the
right one, between the lines and tables that span both.
"""
from __future__ import annotations

from collections import Counter

from pipeline.ingest.pdf.glyphs import Char
from pipeline.ingest.pdf.lines import Column, Line, _baseline_rows, _split_at_gaps
from pipeline.ingest.pdf.measure import _median
from pipeline.ingest.pdf.table_grids import TablePiece

#: a horizontal gap this wide separates columns of a borderless table (or a tab stop)
_COLUMN_GAP_EM = 1.5


def _page_lines(chars: list[Char], page_no: int, width: float) -> tuple[list[Line], tuple[float, float] | None]:
    """Lines of a page (one per baseline and column) and the column gutter, if the page has two columns."""
    rows = [_split_at_gaps(row, _COLUMN_GAP_EM) for row in _baseline_rows(chars)]
    gutter = _find_gutter(rows)
    lines = []
    for segments in rows:
        if gutter is None:
            lines.append(Line(page_no, segments, Column.SINGLE, width))
            continue
        sides = [_side(s[0].x0, s[-1].x1, gutter) for s in segments]
        if Column.SPANNING in sides:
            lines.append(Line(page_no, segments, Column.SPANNING, width))
            continue
        for column in (Column.LEFT, Column.RIGHT):
            mine = [s for s, side in zip(segments, sides) if side is column]
            if mine:
                lines.append(Line(page_no, mine, column, width))
    return lines, gutter


def _find_gutter(rows: list[list[list[Char]]]) -> tuple[float, float] | None:
    """The (x0, x1) of a vertical gap between two text columns, or None for a one-column page.

    A gutter is the widest stretch in the middle 40 % of the text width that few segments cross,
    with column-wide lines on both sides: the rows of a borderless table (short names on the left,
    positions on the right) do not qualify.
    """
    segments = [segment for row in rows for segment in row]
    if len(segments) < 10:
        return None
    left = min(s[0].x0 for s in segments)
    right = max(s[-1].x1 for s in segments)
    span = int(right - left) + 1
    if span < 100:
        return None
    coverage = [0] * (span + 1)
    for segment in segments:
        coverage[int(segment[0].x0 - left)] += 1
        coverage[int(segment[-1].x1 - left)] -= 1
    running = 0
    for x in range(span + 1):
        running += coverage[x]
        coverage[x] = running
    crossing_limit = max(1, 0.15 * len(segments))
    best: tuple[int, int] | None = None
    start = None
    for x in range(int(span * 0.3), int(span * 0.7) + 1):
        if coverage[x] <= crossing_limit:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None:
        return None
    gutter = (left + best[0], left + best[1] + 1)
    size = Counter(round(c.size) for s in segments for c in s).most_common(1)[0][0]
    if gutter[1] - gutter[0] < 0.8 * size:
        return None
    middle = (gutter[0] + gutter[1]) / 2
    # Each row's extent on either side of the gutter: a column's lines run across the column.
    left_widths, right_widths = [], []
    for row in rows:
        on_left = [s for s in row if s[-1].x1 <= middle]
        on_right = [s for s in row if s[0].x0 >= middle]
        if on_left:
            left_widths.append(on_left[-1][-1].x1 - on_left[0][0].x0)
        if on_right:
            right_widths.append(on_right[-1][-1].x1 - on_right[0][0].x0)
    if len(left_widths) < 5 or len(right_widths) < 5:
        return None
    if _median(left_widths) < 0.6 * (gutter[0] - left) or _median(right_widths) < 0.6 * (right - gutter[1]):
        return None
    return gutter


def _side(x0: float, x1: float, gutter: tuple[float, float] | None) -> Column:
    if gutter is None:
        return Column.SINGLE
    middle = (gutter[0] + gutter[1]) / 2  # punctuation may hang into the gutter, not across it
    if x1 <= middle:
        return Column.LEFT
    if x0 >= middle:
        return Column.RIGHT
    return Column.SPANNING


def _reading_order(
    lines: list[Line], pieces: list[TablePiece], gutter: tuple[float, float] | None
) -> list[Line | TablePiece]:
    """Top to bottom; on a two-column page, between spanning items: left column, then right column."""
    items: list[Line | TablePiece] = sorted([*lines, *pieces], key=_item_top)
    if gutter is None:
        return items
    ordered: list[Line | TablePiece] = []
    left: list[Line | TablePiece] = []
    right: list[Line | TablePiece] = []
    for item in items:
        side = item.column if isinstance(item, Line) else _side(item.bbox[0], item.bbox[2], gutter)
        if side is Column.LEFT:
            left.append(item)
        elif side is Column.RIGHT:
            right.append(item)
        else:
            ordered += left + right + [item]
            left, right = [], []
    return ordered + left + right


def _item_top(item: Line | TablePiece) -> float:
    return item.top if isinstance(item, Line) else item.bbox[1]
