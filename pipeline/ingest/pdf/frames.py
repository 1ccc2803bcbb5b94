"""Frames: the text area of each page shape and column, and how a line sits in it.

Reads every line of the document; returns a :class:`Frame` per (page width, column) with margins,
body size and font, line pitch and whether the text is justified. The tests here (centred, full,
title type, left-aligned) are what paragraph joining and block hints ask of a line.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.ingest.pdf.lines import Column, Line
from pipeline.ingest.pdf.measure import _mode
from pipeline.ingest.pdf.pages import Page
from pipeline.ingest.pdf.table_grids import TablePiece

# Tunables, in em (the font size of the characters concerned) unless said otherwise
#: a line ending this close to the right margin is full
_FULL_LINE_EM = 0.5
#: a line starting this far right of the previous one / the left margin is indented
_INDENT_EM = 0.5
#: share of wrapped lines that must end at the right margin for a frame to count as justified
_JUSTIFIED_SHARE = 0.75
#: a centred line has equal side space within this much (em of its size), and at least
#: _CENTRED_MIN_INDENT_EM (em of the body size) each side
#: (a large or bold line needs only _TITLE_MIN_INDENT_EM; a line of a title that has a clearly
#: centred line may fill the width: long titles do)
_CENTRED_SLACK_EM = 0.5
_CENTRED_MIN_INDENT_EM = 1.0
_TITLE_MIN_INDENT_EM = 0.5
#: a body paragraph's first line is indented two characters (GB/T 9704), within this slack (em)
_FIRST_LINE_INDENT_EM, _FIRST_LINE_SLACK_EM = 2.0, 0.3
#: a first line reaching this share of the frame's width is a paragraph's, even with space at its right end
_LONG_LINE_SHARE = 0.6
#: text this much larger than the body is a title
_TITLE_SIZE_RATIO = 1.2
#: a frame with fewer lines than this is measured from its tables, when it has some
_FEW_LINES = 8


@dataclass
class Frame:
    """The text area of one page shape and column: margins, body size, leading, alignment."""

    left: float
    right: float
    body_size: float
    body_font: str
    pitch: float
    justified: bool
    #: right edge of text in another size (the 14-pt 版记 block has its own margins), by rounded size
    right_by_size: dict[int, float] = field(default_factory=dict)

    def right_for(self, line: Line) -> float:
        if abs(line.size - self.body_size) > 1:
            return self.right_by_size.get(round(line.size), self.right)
        return self.right


def _measure_frames(pages: list[Page]) -> dict[tuple[int, Column], Frame]:
    by_key: dict[tuple[int, Column], list[Line]] = {}
    table_boxes: dict[tuple[int, Column], list[tuple]] = {}
    for page in pages:
        for item in page.items:
            if isinstance(item, Line) and not item.is_gapped:
                by_key.setdefault(item.frame_key, []).append(item)
            elif isinstance(item, TablePiece):
                table_boxes.setdefault((round(page.width), Column.SINGLE), []).append(item.bbox)
    frames = {key: _frame_of(lines) for key, lines in by_key.items()}
    # A page shape with little text (a landscape table section) takes its margins from its tables.
    for key, frame in frames.items():
        if len(by_key[key]) < _FEW_LINES and key in table_boxes:
            frame.left = min(box[0] for box in table_boxes[key])
            frame.right = max(box[2] for box in table_boxes[key])
    # Lines spanning two columns are measured against the outer margins of both columns.
    for (width, column), frame in list(frames.items()):
        if column is Column.SPANNING:
            left, right = frames.get((width, Column.LEFT)), frames.get((width, Column.RIGHT))
            if left and right:
                frame.left, frame.right = left.left, right.right
                frame.body_size, frame.body_font = left.body_size, left.body_font
    return frames


def _frame_of(lines: list[Line]) -> Frame:
    body_size = _mode([line.size for line in lines])
    body_font = Counter(line.font for line in lines).most_common(1)[0][0]
    left = _mode([line.x0 for line in lines])
    widest = max(line.x1 for line in lines)
    long_ends = [line.x1 for line in lines if line.x1 >= left + 0.75 * (widest - left)]
    right = _mode(long_ends) if long_ends else widest
    # Justified text: a long line followed by a line at the left margin (a continuation) ends at
    # the right margin (measured: 98-100 % in LibreOffice/reportlab layouts, 60 % in hard-wrapped text).
    wrapped_ends = [
        a.x1
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.size == b.size and abs(b.x0 - left) <= 1.0 and a.x1 >= left + 0.75 * (widest - left)
    ]
    at_margin = [x for x in wrapped_ends if right - 0.3 * body_size <= x <= right + 1.2 * body_size]
    justified = len(at_margin) >= _JUSTIFIED_SHARE * len(wrapped_ends)
    pitches = [
        b.baseline - a.baseline
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.size == b.size and 0 < b.baseline - a.baseline < 4 * a.size
    ]
    pitch = _mode(pitches) if pitches else 1.5 * body_size
    by_size: dict[int, list[float]] = {}
    for line in lines:
        if abs(line.size - body_size) > 1 and not _is_centred_in(line, left, right, _CENTRED_MIN_INDENT_EM * body_size):
            by_size.setdefault(round(line.size), []).append(line.x1)
    right_by_size = {size: max(ends) for size, ends in by_size.items() if len(ends) >= 2}
    return Frame(left, right, body_size, body_font, pitch, justified, right_by_size)


def _frame(line: Line, frames: dict[tuple[int, Column], Frame]) -> Frame:
    frame = frames.get(line.frame_key)
    if frame is None:  # a line kind never measured (only gapped lines): use its own extent
        frame = Frame(line.x0, line.x1, line.size, line.font, 1.5 * line.size, True)
    return frame


def _is_centred(line: Line, frame: Frame, min_indent_em: float | None = None) -> bool:
    """Centred in the text area, or on the page (some layouts centre titles on the paper)."""
    title_type = _is_title_type(line, frame)
    if line.left_aligned or (not title_type and _is_full(line, frame)):
        return False  # a full line of small type (the 14-pt 版记) may look centred on the page
    if min_indent_em is None and _is_full(line, frame) and line.x0 <= frame.left + _INDENT_EM * line.size:
        return False  # margin to margin: body text, even in a bold face (黑体 bodies), not a title
    if not title_type and _is_long_first_line(line, frame):
        return False  # …全年共受理群众来信 with 25630件 wrapped whole: a paragraph's first line, short at its end
    if min_indent_em is None:
        min_indent_em = _TITLE_MIN_INDENT_EM if title_type else _CENTRED_MIN_INDENT_EM
    min_indent = min_indent_em * frame.body_size
    return _is_centred_in(line, frame.left, frame.right, min_indent) or _is_centred_in(
        line, 0.0, line.page_width, max(min_indent, frame.left)
    )


def _is_long_first_line(line: Line, frame: Frame) -> bool:
    """A body line starting at the paragraph indent and filling most of the width: its space at the right is a word
    that did not fit, not the other side of a centring."""
    indent = line.x0 - frame.left
    return (abs(indent - _FIRST_LINE_INDENT_EM * line.size) <= _FIRST_LINE_SLACK_EM * line.size
            and line.x1 - line.x0 >= _LONG_LINE_SHARE * (frame.right - frame.left))


def _is_centred_in(line: Line, left: float, right: float, min_indent: float) -> bool:
    left_space, right_space = line.x0 - left, right - line.x1
    return min(left_space, right_space) >= min_indent and abs(left_space - right_space) <= _CENTRED_SLACK_EM * line.size


def _is_title_type(line: Line, frame: Frame) -> bool:
    return line.bold or line.size >= _TITLE_SIZE_RATIO * frame.body_size


def _mark_left_aligned(lines: list[Line]) -> None:
    """Flag lines that share their left edge with the line above or below but not their right edge."""
    for above, below in zip(lines, lines[1:]):
        if above.page == below.page and above.column is below.column:
            if abs(above.x0 - below.x0) <= 1.0 and abs(above.x1 - below.x1) > 2.0:
                above.left_aligned = below.left_aligned = True


def _is_full(line: Line, frame: Frame) -> bool:
    return line.x1 >= frame.right_for(line) - _FULL_LINE_EM * line.size
