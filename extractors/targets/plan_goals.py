"""Goals of a plan that spans years, named in its body without a date of their own: due when the plan ends.

``…三年行动方案（2024—2026年）`` whose measures read ``新营造红树林1500亩、修复退化红树林3000亩`` with no date: the
plan's goals, each due by the end of its last year (2026-12-31); so in a plan whose opening says its period
(``规划期为2021—2025年``). A goal counted per period (``每年培训…1000人次``,
``年均增长8%``) recurs and is left undated; so are rules, support and reports.
"""
from __future__ import annotations

import regex

from extractors.targets.context import Candidate
from extractors.targets.tables.plan_period import TITLE_REACH, plan_end
from schemas.records import Deadline

# a goal counted per period, not by the plan's end: 每年 / 年均 / 每季度 / 逐年 / 年度 (the sentence up to the figure)
PER_PERIOD = regex.compile(r"每(?:年|季度?|月|半年|周|天|日)|年均|逐年|年度|常态化|长期")
# the period a plan's opening says it covers: 规划期为2021—2025年 / 规划期限为2024—2026年 / 实施期为2023年至2025年
PERIOD_SAID = regex.compile(r"(?:规划期|规划期限|规划年限|实施期|实施期限|方案实施期)(?:为|是)?\s*(?P<a>\d{4})\s*年?\s*[—–－\-~～至到]"
                            r"\s*(?P<b>\d{4})\s*年")
# where the sentence holding a figure starts
SENTENCE_START = "。；;\n"


def date_plan_goals(text: str, cands: list[Candidate]) -> None:
    """Sets the deadline of the undated body goals of a plan whose title spans years to the plan's end, in place."""
    end = plan_end(text) or _period_said(text)
    if end is None:
        return
    for c in cands:
        t = c.target
        if c.source != "body" or t.kind != "target" or t.deadline or t.deadline_raw or t.deadline_start:
            continue
        if t.char_start is None or t.char_start < end.char_end:
            continue  # the cover notice before the plan's title
        start = max(text.rfind(mark, 0, t.char_start) for mark in SENTENCE_START) + 1
        if PER_PERIOD.search(text, start, t.char_end):
            continue
        t.deadline, t.deadline_raw = end.date, end.raw


def _period_said(text: str) -> Deadline | None:
    """The end of the period a plan's opening says it covers (规划期为2021—2025年 → 2025-12-31), or None."""
    said = PERIOD_SAID.search(text, 0, min(len(text), TITLE_REACH))
    if not said or int(said.group("b")) < int(said.group("a")):
        return None
    return Deadline(raw=said.group(0), date=f"{int(said.group('b')):04d}-12-31", recurrence="once",
                    char_start=said.start(), char_end=said.end())
