"""Which date a figure is due by (or, for a report, as of) when the figure names none of its own.

Reads the dates of a clause, the body goals an annex table repeats, and the sections that report the
state of things (一、发展现状); returns the head date of a clause, and sets the deadline of table rows
and of undated reports in place.
"""
from __future__ import annotations

from collections import Counter

import regex

from extractors.numbers import Quantity
from extractors.targets.context import Candidate
from pipeline.structure import HEADING  # one definition of the heading markers
from schemas.records import Deadline, Target

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


def date_status_reports(targets: list[Target], sections: list, as_of: dict[int, Deadline]) -> None:
    """An undated report in 一、发展现状 is as of the date the section gives (``as_of``: section index → date)."""
    for target in targets:
        if target.kind == "actual" and not (target.deadline or target.deadline_start or target.deadline_raw):
            section = section_index(sections, target.char_start)
            if section in as_of and as_of[section].char_start <= target.char_start:
                # (a figure stated before the date, 全市共有水库61座。2018年汛期，…: a standing count, not dated by it)
                date = as_of[section]
                target.deadline, target.deadline_raw = date.date, date.raw
