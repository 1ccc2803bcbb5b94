"""A PDF line of running text whose half-width digits leave its text short of the page's width, though it reached the
right margin (``…残联要会同同级财政局于2025年6月30日`` / ``前制定本地区实施细则…``, as in blind set 67's bo3 and set 66's
bn3, ``…于2024年5`` / ``月底前…``): on a ragged page (text set left-aligned, as LibreOffice prints a Word file) the
layout says the next line's first character did not fit, so the two lines are one sentence, whatever normalization's
text measures say; the task's text and its due date run on. Lines built here the way the PDF reader builds them from
a page, with the geometry of such a page (A4, 16-pt body, margins at 90 and 522 pt); expected values written from
the lines.
"""
from __future__ import annotations

from pipeline.ingest.pdf.frames import Frame
from pipeline.ingest.pdf.glyphs import Char
from pipeline.ingest.pdf.lines import Column, Line, _is_wide
from pipeline.ingest.pdf.paragraphs import Join, _join, _paragraph_block
from pipeline.model import RawDocument
from pipeline.normalize import normalize

SIZE = 16.0
LEFT, RIGHT = 90.1, 522.1
FRAMES = {(612, Column.SINGLE): Frame(left=LEFT, right=RIGHT, body_size=SIZE, body_font="Body", pitch=21.4,
                                      justified=False)}


def _line(text: str, x0: float, baseline: float, digit: float = 0.55) -> Line:
    chars, x = [], x0
    for c in text:
        width = SIZE if _is_wide(c) else digit * SIZE
        chars.append(Char(c, x, x + width, baseline - SIZE, baseline + 3, baseline, SIZE, "Body", False))
        x += width
    return Line(page=1, segments=[chars], column=Column.SINGLE, page_width=612)


def _ending_at(text: str, x1: float, baseline: float, first_indent: bool = True) -> Line:
    """A line whose last glyph ends at ``x1``, starting at the left margin or two characters in."""
    x0 = LEFT + (2 * SIZE if first_indent else 0)
    line = _line(text, x0, baseline)
    digits = sum(not _is_wide(c) for c in text)
    spare = x1 - line.x1  # widen the digits so that the line ends where a printed one did
    return _line(text, x0, baseline, 0.55 + spare / SIZE / digits) if digits else line


def _text(lines: list[Line]) -> str:
    joins = [_join(lines[:k], line, FRAMES) for k, line in enumerate(lines[1:], 1)]
    block = _paragraph_block(lines, joins, FRAMES)
    return normalize(RawDocument("x.pdf", "pdf", [block], page_count=1)).text.strip()


def test_a_line_ending_in_a_dates_digits_at_the_margin_runs_on():
    first = _ending_at("各州（市）卫健委要会同同级财政局于2025年6月30日", 516.6, 600.0)
    second = _line("前制定本地区实施细则，报省卫健委备案。", LEFT, 621.4)
    assert first.x1 > RIGHT - SIZE  # the next character, an em wide, would not have fitted
    assert _join([first], second, FRAMES) is Join.RUN_ON
    assert _text([first, second]) == "各州（市）卫健委要会同同级财政局于2025年6月30日前制定本地区实施细则，报省卫健委备案。"


def test_a_first_line_cut_inside_a_month_runs_on_and_the_task_keeps_its_date():
    first = _ending_at("（一）各省级林草部门要会同财政部门于2024年5", 518.7, 600.0)
    second = _line("月底前制定发布本省份林木良种补贴实施方案。", LEFT, 621.4)
    assert _text([first, second]) == "（一）各省级林草部门要会同财政部门于2024年5月底前制定发布本省份林木良种补贴实施方案。"


def test_a_line_that_ends_a_sentence_or_leaves_room_or_sits_right_does_not():
    done = _ending_at("各州（市）卫健委要会同同级财政局于2025年6月底前完成。", 516.6, 600.0)
    nxt = _line("各县（市、区）要按季度报送工作进展情况。", LEFT + 2 * SIZE, 621.4)
    assert _join([done], nxt, FRAMES) is not Join.RUN_ON
    short = _ending_at("各州（市）卫健委要会同同级财政局于2025年", 480.0, 600.0)
    rest = _line("6月30日前制定本地区实施细则。", LEFT, 621.4)
    assert _join([short], rest, FRAMES) is not Join.RUN_ON  # room for more: the layout does not say it ran on
    date = _line("2025年3月28日", RIGHT - 9 * SIZE * 0.7, 600.0)
    note = _line("（此件主动公开）", LEFT, 621.4)
    assert _join([date], note, FRAMES) is not Join.RUN_ON  # a line set to the right is no running text
