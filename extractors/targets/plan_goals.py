"""Goals a measure sets without a date of their own, dated by the measure's note of when it is to be done, or by the
period a plan's opening says it covers.

- ``（二）…新建绿道40公里、改造口袋公园12个。…（责任单位：…；完成时限：2027年6月底）``: the measure's goals
  are due when its note says it is to be done (2027-06-30).
- ``规划期为2021—2025年`` in a plan's opening: an undated goal of the plan is due when the period ends.

A goal counted per period (``每年培训…1000人次``, ``年均增长8%``) recurs and is left undated; so are rules, support and
reports (a sentence that reports: ``“十四五”以来，累计完成…``).
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.context import Candidate
from extractors.targets.kind import ACTUAL_CUE
from extractors.targets.tables.plan_period import plan_end
from schemas.records import Deadline

# a goal counted per period, not by a date: 每年 / 年均 / 每季度 / 逐年 / 年度 (the sentence up to the figure)
PER_PERIOD = regex.compile(r"每(?:年|季度?|月|半年|周|天|日)|年均|逐年|年度|常态化|长期")
# a figure's clause closed by 的 and a comma: 新建收储点占地面积不少于5亩、配套消防设施的，(…奖励) — who qualifies, no goal
CONDITION_AFTER = regex.compile(r"[^，,。；;]*的[，,]")
# words of support in what a figure measures: 补助比例增幅 / 奖补资金 (support misread as a goal: no year's goal)
SUPPORT_WORDS = regex.compile(r"补助|补贴|奖补|奖励|资助|贴息")
# where the sentence holding a figure starts
SENTENCE_START = "。；;\n"
# the note closing a measure that says when it is to be done: （责任单位：…；完成时限：2027年6月底） / （完成时间：2025年6月）
DUE_NOTE = regex.compile(r"[（(][^（）()\n]{0,80}?(?:完成时限|完成时间|时间节点)[：:]\s*(?P<when>[^（）()；;，,\n]{4,20})[^（）()\n]*[）)]")
# the period a plan's opening says it covers: 规划期为2021—2025年 / 规划期限为2024—2026年 (not a policy's 实施期限为
# 2021—2025年: the years it runs, its allocations no goals due at the end)
PERIOD_SAID = regex.compile(r"(?:规划期|规划期限|规划年限)(?:为|是)?\s*(?P<a>\d{4})\s*年?\s*[—–－\-~～至到]"
                            r"\s*(?P<b>\d{4})\s*年")


def date_measure_goals(text: str, reference: str | None, cands: list[Candidate], year: Deadline | None = None) -> None:
    """Sets the deadline of the undated body goals of a measure with a note of when it is to be done (or of a plan whose
    opening says its period, or whose title says the one ``year`` its work covers: its table goals too), in place."""
    period = plan_end(text, PERIOD_SAID)  # 规划期为2021—2025年 → 2025-12-31
    notes: dict[int, Deadline | None] = {}
    for c in cands:
        t = c.target
        if c.source not in ("body", "table") or t.kind != "target" or t.deadline or t.deadline_raw \
                or t.deadline_start or t.char_start is None:
            continue
        if c.source == "table":  # 镇街任务分解 | 离田利用任务: a year plan's task table is due at the year's end
            if year is not None and not PER_PERIOD.search(t.indicator_raw or "") \
                    and not SUPPORT_WORDS.search(t.indicator_raw or ""):
                t.deadline, t.deadline_raw = year.date, year.raw
            continue
        start = max(text.rfind(mark, 0, t.char_start) for mark in SENTENCE_START) + 1
        if PER_PERIOD.search(text, start, t.char_end) or ACTUAL_CUE.search(text, start, t.char_end):
            continue  # 每年… recurs; “十四五”以来，累计完成… / 目前… reports, whatever kind it was read as
        line_end = text.find("\n", t.char_end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end not in notes:
            notes[line_end] = _due_note(text, reference, t.char_end, line_end)
        due = notes[line_end] or (period if period and t.char_start > period.char_end else None)
        if due is None and not CONDITION_AFTER.match(text, t.char_start) \
                and not SUPPORT_WORDS.search(t.indicator_raw or ""):
            due = year  # 全年完成…110万亩 in a 2024年…实施方案: due at the year's end (not a condition: 不少于5亩…的，)
        if due is not None:
            t.deadline, t.deadline_raw = due.date, due.raw


def _due_note(text: str, reference: str | None, start: int, end: int) -> Deadline | None:
    """The date the last note of when the measure is to be done gives, between ``start`` and the line's ``end``."""
    note = None
    for note in DUE_NOTE.finditer(text, start, end):
        pass
    if note is None:
        return None
    return next((d for d in find_deadlines(text, reference, note.start("when"), note.end("when"), recurrences=False)
                 if d.date and not d.start), None)
