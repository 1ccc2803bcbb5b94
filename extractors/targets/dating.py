"""Which date a figure is due by (or, for a report, as of) when the figure names none of its own.

Reads the dates of a clause, the body goals an annex table repeats, and the sections that report the
state of things (一、发展现状); returns the head date of a clause, and sets the deadline of table rows
and of undated reports in place.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import regex

from extractors.numbers import Quantity, chinese_to_number
from extractors.targets.context import Candidate
from pipeline.structure import HEADING  # one definition of the heading markers
from schemas.records import Deadline, Target

# a sentence's end between a figure and a date after it
SENTENCE_STOP = regex.compile(r"[。；;！？!?\n]")
# what may stand before a head date of a clause with figures: 力争2023年底前… / 全市2023年…
HEAD_LEAD = regex.compile(r"(?:力争|争取|确保|计划|预计|全市|全县|全区|我市|我县|我区|并|且|同时|根据)*")
# a section that reports the state of things: 一、发展现状 / 发展基础 / 总体情况 / 各设区市情况 / 工作进展 / 主要成效
STATUS_HEADING = regex.compile(r"(?:现状|基础|情况|进展|成效|成绩|回顾)$")
# … unless it names goals or work to do: 主要目标和完成情况 is no report
NOT_STATUS_HEADING = regex.compile(
    r"目标|任务|要求|措施|安排|计划|问题|举措|打算|[，,]|"
    r"^(?:夯实|提升|加强|推进|推动|强化|完善|健全|筑牢|打牢|巩固|优化|加快|构建|建设|厚植|增强|提高|扩大)"  # 夯实…基础: work to do
)


def head_date(text: str, body_start: int, dates: list[Deadline], quantities: list[Quantity]) -> Deadline | None:
    """The date that opens a clause (到2023年年底，/ 截止至今年6月底，/ 2023年底前建成…) or a figure-free clause."""
    for d in dates:
        if not (d.date or d.flag or d.start):
            continue
        lead = text[body_start:d.char_start]
        if not quantities or HEAD_LEAD.fullmatch(lead):
            if quantities and d.char_start > quantities[0].start:
                continue
            return d
    return None


# a year's end named without its year: 年末存栏… / 年底前 (the deadlines module dates it by the notice's year)
BARE_YEAR_END = regex.compile(r"(?:年底|年末)(?:之前|以前|前)?")
# a date that names its year: 2023年 / 2023年底
NAMED_YEAR = regex.compile(r"(?P<y>\d{4})\s*年")


def year_end_of_context(head: Deadline | None, context: Deadline | None) -> Deadline | None:
    """A bare 年末/年底 heading a clause after a sentence dated by a named year is that year's end (2023年，全县出栏生猪…；
    年末存栏8万头 in a notice of 2024 → 2023-12-31), not the notice's year; any other head is kept."""
    if (head is None or context is None or not BARE_YEAR_END.fullmatch(head.raw or "") or not context.date
            or not head.date):  # an undated notice leaves a bare 年末 unresolved
        return head
    named = NAMED_YEAR.search(context.raw or "")
    if not named or named.group("y") != context.date[:4] or head.date[:4] == context.date[:4]:
        return head
    return replace(head, date=f"{context.date[:4]}-12-31")


# the years a plan covers, closing a title line: 两年提升计划（2025—2026年） / …方案（2026-2028年）》的通知 / 关于印发…计划
# （2025—2027年）的通知 (not a plan a sentence cites: 贯彻落实《城乡供气安全规划（2021—2030年）》（某发…）
PLAN_SPAN = regex.compile(r"[（(](?P<a>\d{4})\s*年?\s*[—–－\-~～至到]\s*(?P<b>\d{4})\s*年[）)](?:》?的通知)?[ \t]*$",
                          regex.MULTILINE)
# a goal counted over so many years, opening its clause: 三年新建供水工程30处 / 三年内建成…20个 / 3年累计完成
YEARS_OF_GOAL = regex.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})年(?:内|间)?(?:累计|共|共计)?"
                              r"(?=新增|新建|建成|完成|培育|改造|实施|打造|引进|建设|创建|发展|实现)")


def plan_years_goal(text: str, body_start: int, q_start: int) -> Deadline | None:
    """A goal counted over the years the plan covers (三年新建供水工程30处 in a 三年行动方案（2025—2027年）): due by the
    end of the plan's last year. None when the clause opens otherwise or the title names no span of as many years."""
    words = YEARS_OF_GOAL.match(text, body_start, q_start)
    span = PLAN_SPAN.search(text, 0, min(len(text), 1500))
    if not words or not span:
        return None
    n = words.group("n")
    years = int(n) if n.isdigit() else int(chinese_to_number(n) or 0)
    first, last = int(span.group("a")), int(span.group("b"))
    if last - first + 1 != years:
        return None
    return Deadline(raw=words.group(0), date=f"{last:04d}-12-31", recurrence="once",
                    char_start=words.start(), char_end=words.end())


def inherit_table_deadlines(cands: list[Candidate]) -> None:
    """An annex indicator table without a date takes the date of the body goals whose indicators it repeats."""
    body = [c.target for c in cands if c.source == "body" and c.target.kind == "target" and c.target.deadline]
    by_table: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.inherit_deadline and c.target.deadline is None:
            by_table.setdefault(c.table_index, []).append(c)
    for rows in by_table.values():
        names = {c.target.indicator for c in rows if c.target.indicator}
        dates = Counter((t.deadline, t.deadline_raw, t.deadline_start) for t in body if t.indicator in names)
        if not dates:
            continue
        (date, raw, start), _ = dates.most_common(1)[0]
        for c in rows:
            c.target.deadline, c.target.deadline_raw, c.target.deadline_start = date, raw, start


def find_status_sections(doc) -> list:
    """Body sections that report the state of things (一、发展现状, 二、各设区市情况), not goals or work."""
    out = []
    for section in doc.sections:
        marker = HEADING.match(section.heading or "")
        heading = (section.heading or "")[marker.end() if marker else 0:].strip()
        if section.kind == "heading" and STATUS_HEADING.search(heading) and not NOT_STATUS_HEADING.search(heading):
            out.append(section)
    return out


def section_index(sections: list, pos: int) -> int | None:
    """Which of ``sections`` holds ``pos`` (its index), if any."""
    return next((k for k, sec in enumerate(sections) if sec.char_start <= pos < sec.char_end), None)


def date_status_reports(targets: list[Target], sections: list, as_of: dict[int, Deadline], text: str = "") -> None:
    """An undated report in 一、发展现状 is as of the date the section gives (``as_of``: section index → date)."""
    for target in targets:
        if target.kind == "actual" and not (target.deadline or target.deadline_start or target.deadline_raw):
            section = section_index(sections, target.char_start)
            if section in as_of and (as_of[section].char_start <= target.char_start
                                     or _same_sentence(text, target.char_end, as_of[section].char_start)):
                # (a figure stated before the date, 全市共有水库61座。2018年汛期，…: a standing count, not dated by it;
                # 共反馈问题86个，截至10月15日，已整改71个: one sentence, one date)
                date = as_of[section]
                target.deadline, target.deadline_raw = date.date, date.raw


def _same_sentence(text: str, end: int, date_start: int | None) -> bool:
    """Whether a figure ending at ``end`` and a date after it stand in one sentence (no 。 between them)."""
    return bool(text) and date_start is not None and end <= date_start and not SENTENCE_STOP.search(text, end, date_start)
