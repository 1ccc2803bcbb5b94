"""Paragraphs: does a line continue the one above (glued, or kept with "\n"), or start a block?

Reads two lines and their frames; returns a :class:`Join`. A paragraph's lines and joins become a
text block with its layout hints ("center", "title", "bold", "heading"); :func:`_glue` joins the
text at a soft wrap (nothing between CJK, a space between Latin words).
"""
from __future__ import annotations

from enum import Enum

import regex

from pipeline.ingest.pdf.frames import (
    _FIRST_LINE_INDENT_EM,
    _FIRST_LINE_SLACK_EM,
    _INDENT_EM,
    _TITLE_SIZE_RATIO,
    Frame,
    _frame,
    _is_centred,
    _is_full,
    _is_title_type,
)
from pipeline.ingest.pdf.lines import _WORD_GAP_EM, Column, Line, _is_wide
from pipeline.model import Block

# Tunables, in em (the font size of the characters concerned)
#: a word "fits" on the line above if it would end no more than this beyond the right margin
_FIT_SLACK_EM = 0.25
#: on ragged pages, a line ending further than this from the right margin surely ends a paragraph
_RAGGED_END_EM = 3.0
#: a continuation line hanging under the text after a label ("抄送：", "附件：") aligns within this
_HANGING_SLACK_EM = 0.3
#: a line pitch this much larger than the frame's usual one is a paragraph gap
_PARAGRAPH_GAP_RATIO = 1.35

#: sentence punctuation that a heading does not end with: "。", "；"
_SENTENCE_END = regex.compile(r"[。；;，,：:]$")
#: CJK punctuation no line may open with (typesetters move the character before it down too): ，。、；：？！）》」』”
_NO_LINE_START = frozenset("，。、；：？！）》」』”’")
#: the two halves of a number wrapped at a line end: "为12" / "600个", "为21." / "3%"
_NUMBER_END = regex.compile(r"\d\.?$")
_NUMBER_START = regex.compile(r"\.?\d")
#: a line of running text cut by the margin ends in a Han character or a digit: "…教育局于2023年8月31日", "…于2022年7"
_RUNS_ON_END = regex.compile(r"[\p{Han}\d]$")
#: the next line's first character would have ended this much past the right margin (the margin is where the
#: page's fullest lines end, so a character reaching beyond it did not fit)
_RUN_ON_SLACK_EM = 0.02


class Join(Enum):
    """How a line relates to the one before it."""

    WRAP = "wrap"  # same paragraph, the line end is a soft wrap: glue the lines
    SOFT = "soft"  # probably the same paragraph, but keep "\n" and let normalization judge
    RUN_ON = "run_on"  # the same paragraph for sure, but keep "\n" (so that text measures still see the page's lines)
    BREAK = "break"  # a new block


def _wraps_into(previous: Line, line: Line, frame: Frame) -> bool:
    """Was ``previous`` broken because the first word of ``line`` did not fit after it?

    The test of a soft wrap: CJK text breaks after any character, Latin text only between words.
    """
    chars = [c for segment in line.segments for c in segment]
    first_word = [chars[0]]
    if not _is_wide(chars[0].text):
        for previous_char, char in zip(chars, chars[1:]):
            if _is_wide(char.text) or char.x0 - previous_char.x1 >= _WORD_GAP_EM * char.size:
                break
            first_word.append(char)
        if len(chars) > len(first_word) and chars[len(first_word)].text in _NO_LINE_START:
            first_word.append(chars[len(first_word)])  # 98.5%。: the number went down with the stop after it
    else:  # 元， moved down together (no line may open with ，): the pair did not fit, not the character alone
        for char in chars[1:3]:
            if char.text not in _NO_LINE_START:
                break
            first_word.append(char)
        if len(first_word) > 1:  # 人。2024: LibreOffice breaks no line between closing punctuation and digits
            for previous_char, char in zip(chars[len(first_word) - 1:], chars[len(first_word):]):
                if _is_wide(char.text) or char.x0 - previous_char.x1 >= _WORD_GAP_EM * char.size:
                    break
                first_word.append(char)
    space = 0.0 if _is_wide(previous.text[-1]) or _is_wide(chars[0].text) else _WORD_GAP_EM * line.size
    needed = first_word[-1].x1 - first_word[0].x0 + space
    return previous.x1 + needed > frame.right_for(previous) + _FIT_SLACK_EM * line.size


def _runs_on(previous: Line, line: Line, frame: Frame) -> bool:
    """On a ragged page, is ``previous`` a line of running CJK text broken only because the next character did not
    fit (``…卫健委要会同同级教育局于2023年8月31日`` / ``前印发…``)? It ends in a Han character or a digit, not a
    sentence's or clause's mark, too near the margin for the next line's first character, it starts at the left edge or a first line's indent, and
    ``line`` goes on at the same size under a body text's left edge. Text measures (display widths) cannot tell it: half-width digits leave such a line short."""
    if not previous.text or not line.text or not _RUNS_ON_END.search(previous.text):
        return False
    if not any(_is_wide(c) for c in previous.text[-12:]):
        return False  # a Latin line: its words wrap at spaces, as _wraps_into reads them
    if previous.x0 > frame.left + (_FIRST_LINE_INDENT_EM + _FIRST_LINE_SLACK_EM) * previous.size:
        return False  # a line set to the right (a date under the signature) is no line of running text
    first = line.segments[0][0]  # its first character went down because it did not fit (a CJK line breaks anywhere)
    overflow = previous.x1 + (first.x1 - first.x0) - frame.right_for(previous)
    return overflow > _RUN_ON_SLACK_EM * previous.size or _wraps_into(previous, line, frame)


def _hangs_under_label(previous: Line, line: Line) -> bool:
    """Does ``line`` start under the text after a label of ``previous`` ("抄送：" + hanging indent)?"""
    chars = [c for segment in previous.segments for c in segment][:10]
    for label_end, char in zip(chars, chars[1:]):
        if label_end.text in "：:" and abs(char.x0 - line.x0) <= _HANGING_SLACK_EM * line.size:
            return True
    return False


def _join(paragraph: list[Line], line: Line, frames: dict[tuple[int, Column], Frame]) -> Join:
    """Does ``line`` continue the paragraph whose last line is ``paragraph[-1]``?"""
    previous = paragraph[-1]
    frame, previous_frame = _frame(line, frames), _frame(previous, frames)
    if abs(line.size - previous.size) > 0.6 or (line.bold and not previous.bold):
        return Join.BREAK
    centred, previous_centred = _is_centred(line, frame), _is_centred(previous, previous_frame)
    same_place = line.page == previous.page and line.column is previous.column
    if same_place and line.baseline - previous.baseline > _PARAGRAPH_GAP_RATIO * frame.pitch:
        return Join.BREAK
    if centred or previous_centred:
        # A title wrapped over centred lines of one (large or bold) type is one block; its longest
        # line may fill the width, so only one of the two needs clear space on both sides.
        titles = _is_title_type(line, frame) and line.bold == previous.bold
        wrapped_title = (
            titles and same_place and _is_centred(line, frame, 0.0) and _is_centred(previous, previous_frame, 0.0)
        )
        return Join.WRAP if wrapped_title else Join.BREAK
    indented = line.x0 > frame.left + _INDENT_EM * line.size
    if same_place and line.x0 > previous.x0 + _INDENT_EM * line.size:
        if not (_wraps_into(previous, line, previous_frame) and _hangs_under_label(previous, line)):
            return Join.BREAK  # indented relative to the line above: a first line
    if not same_place and indented:
        return Join.BREAK  # the top of a page/column starts indented: a new paragraph
    if same_place and indented and previous.x0 > line.x0 + _INDENT_EM * line.size:
        return Join.BREAK  # under a line set to the right (a date under the signature): an indented first line
    ragged = not previous_frame.justified
    if ragged and same_place and not indented and _runs_on(previous, line, previous_frame):
        return Join.RUN_ON  # …会同交通部门于2022年7 / 月底前印发…: a line its half-width digits left short of the width
    if ragged and _is_full(previous, previous_frame):
        return Join.SOFT
    if not ragged and _wraps_into(previous, line, previous_frame):
        if same_place and indented and abs(line.x0 - previous.x0) <= _INDENT_EM * line.size and len(paragraph) == 1:
            return Join.SOFT  # two indented full lines: a hanging indent, or two one-line paragraphs
        return Join.WRAP if line.page == previous.page else Join.SOFT
    if ragged and (previous.x1 >= previous_frame.right_for(previous) - _RAGGED_END_EM * previous.size
                   or _wraps_into(previous, line, previous_frame)):
        return Join.SOFT  # near the margin, or the next line's first word (98.5%。) would not have fitted
    return Join.BREAK


def _glue(text: str, more: str) -> str:
    """Join a wrapped line to the next: nothing between CJK, keep a hyphen, a space between words.

    Chinese text wraps inside numbers too ("总数为12" / "600个"): digits meeting at a wrap in a
    line with CJK characters are one number.
    """
    if not text or not more:
        return text + more
    if _is_wide(text[-1]) or _is_wide(more[0]) or text.endswith("-"):
        return text + more
    if _NUMBER_END.search(text) and _NUMBER_START.match(more) and any(map(_is_wide, text[-12:])):
        return text + more
    return f"{text} {more}"


def _paragraph_block(lines: list[Line], joins: list[Join], frames: dict[tuple[int, Column], Frame]) -> Block:
    texts, pages, runs_on = [lines[0].text], [lines[0].page], []
    for line, join in zip(lines[1:], joins):
        if join is Join.WRAP:
            texts[-1] = _glue(texts[-1], line.text)
        else:
            runs_on.append(join is Join.RUN_ON)  # of the text line before this one
            texts.append(line.text)
            pages.append(line.page)
    return Block(
        "text",
        "\n".join(texts),
        page=lines[0].page,
        line_pages=pages if len(set(pages)) > 1 else None,
        line_runs_on=runs_on + [False] if any(runs_on) else None,
        soft_wrap=Join.SOFT in joins or Join.RUN_ON in joins,
        hints=_hints(lines, frames),
    )


def _hints(lines: list[Line], frames: dict[tuple[int, Column], Frame]) -> frozenset[str]:
    frame = _frame(lines[0], frames)
    hints = set()
    centred = [_is_centred(line, _frame(line, frames)) for line in lines]
    if _is_title_type(lines[0], frame) and any(centred):
        centred = [_is_centred(line, _frame(line, frames), 0.0) for line in lines]
    if all(centred):
        hints.add("center")
        if lines[0].size >= _TITLE_SIZE_RATIO * frame.body_size:
            hints.add("title")
    if all(line.bold for line in lines):
        hints.add("bold")
    single = len(lines) == 1 and not _is_full(lines[0], frame)
    if single and "title" not in hints and not _SENTENCE_END.search(lines[0].text):
        if lines[0].bold or lines[0].font != frame.body_font:
            hints.add("heading")
    return frozenset(hints)
