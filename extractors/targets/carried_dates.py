"""Dates a figure takes from outside its own clause, and whether they are its own.

- A date carried over from an earlier sentence that it dated as part of that sentence's own goal (``2024年全省续聘管护员
  3.2万名，…。管护员每月巡护天数不少于20天，聘期为1年``) is that goal's: a rule stated in a later sentence holds beyond
  it, as if undated. A date standing alone at the head of a paragraph (``到2025年，…。…``) is not carried so: it
  announces every goal after it.
- A span of months without a year (``汛期（5月至9月）``) is a season of every year: it dates no figure's kind.
- A sentence opening a frame of its own (``工程全部投产后，年产值约8.6亿元``) takes no earlier sentence's date: what
  the works yield once done.
- A date things are due by heading the sentence (``2024年3月底前，…总投资3.2亿元以上，其中争取中央和省级资金1.9亿元``)
  dates a sum of funds to raise in it too, though support is otherwise undated.
"""
from __future__ import annotations

import regex

from schemas.records import Deadline

# a date that stands alone as its clause: (到2025年)， / (2024年底前)： — it heads what follows
STANDS_ALONE = regex.compile(r"\s*[，,：:]")
# where a sentence ends (a ； only cuts a list of goals, which one date may head)
SENTENCE_END = "。\n"
# what may stand before a date heading its sentence: an enumerator, 力争 / 计划 / 到
SENTENCE_HEAD = regex.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:力争|争取|计划|到|在|于)?")
# a year named by its number: 2024年 (a span of months without one, 汛期（5月至9月）, is a season of every year)
NAMED_YEAR = regex.compile(r"\d{4}\s*年")
# the end of a span read apart from its start: (5月)至9月 / —10月
SPAN_END = regex.compile(r"(?:至|到|—|－|-|~|～)")
# a month written by its number: 9月 (a season's span is one of months, not a plan's 十三五期间)
MONTHS = regex.compile(r"\d{1,2}\s*月")
# a date things are due by: 2024年3月底前 / 6月30日之前
DUE_BY = regex.compile(r"(?:之|以)?前$")


# a sentence that opens a frame of its own, after which no earlier sentence's date holds: 项目全部建成后， / 工程投产后，
# (what the works yield once done)
OWN_FRAME = regex.compile(r"\s*(?:项目|工程)?(?:全部)?(?:建成|投产|投用|实施)(?:后|以后)[，,]")


def opens_own_frame(text: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence at ``s_start`` opens a frame of its own (项目全部建成后，…): its figures are dated by no date
    of an earlier sentence."""
    return OWN_FRAME.match(text, s_start, s_end) is not None


def carried_from_a_goal(text: str, deadline: Deadline | None, c_start: int) -> bool:
    """Whether ``deadline`` lies in a sentence before the clause at ``c_start`` and stood inside a clause of its own
    sentence's goal, not alone as a head."""
    if deadline is None or deadline.char_start is None or deadline.char_end is None:
        return False
    start = max(text.rfind(mark, 0, c_start) for mark in SENTENCE_END) + 1
    if deadline.char_start >= start:
        return False
    return not STANDS_ALONE.match(text, deadline.char_end)


def funds_due_by(text: str, deadline: Deadline | None, c_start: int) -> bool:
    """Whether ``deadline`` is a due-by date heading the sentence of the clause at ``c_start`` (2024年3月底前，…), not a
    date inside it naming who (对2024年底前完成改造的企业) nor one of an earlier sentence."""
    if deadline is None or deadline.char_start is None or not DUE_BY.search(deadline.raw or ""):
        return False
    start = max(text.rfind(mark, 0, c_start) for mark in "。；;\n") + 1
    return start <= deadline.char_start < c_start and SENTENCE_HEAD.fullmatch(text, start, deadline.char_start) is not None


def season_only(deadline: Deadline | None) -> bool:
    """Whether ``deadline`` is a span of months or days written without a year (汛期（5月至9月）每月巡查…): a season that
    comes round every year, which dates neither a goal nor a report."""
    if deadline is None or not deadline.raw or NAMED_YEAR.search(deadline.raw) or deadline.flag is not None:
        return False
    return MONTHS.search(deadline.raw) is not None and (bool(deadline.start) or SPAN_END.match(deadline.raw) is not None)
