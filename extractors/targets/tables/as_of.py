"""The date a table's reports are as of, when the words around the table say so.

- A lead-in whose last sentence points to the table right after a sentence opening with an as-of date
  (``截至2023年9月底，全区共登记…家庭4217户。各街道分布情况如下：``) dates the counts each row reports: the
  places' share of the total as of that date.
- A note under the table naming the as-of date of its counts (``注：充电桩数量为截至2022年6月30日统计数。``)
  dates them too.

A date further off (a 截至 sentence in another section, a heading between it and the table, a lead-in pointing to the
whole notice: 现将…通知如下) dates only the sentence's own figures, not the table's rows.
"""
from __future__ import annotations

import bisect

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.context import Candidate, Context
from pipeline.model import Table
from schemas.records import Deadline

# the last sentence of a lead-in, pointing to the table: 各街道分布情况如下： / 具体见下表。 / 分布情况详见附表
# (not the notice's own 现将…通知如下。)
POINTS_TO_TABLE = regex.compile(r"(?:(?<!通知|要求|事项)如下表?|见下表|详见下表|见附表|详见附表)[：:。.]?\s*$")
# a section heading between the lead-in and the table: 一、各镇排查任务 / （二）… — the lead-in is not the table's
SECTION_HEADING = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节条部分])")
# a sentence opening with an as-of date: 截至2023年9月底，… / 截止到2024年底，… / 到2024年末，全县现有…
OPENS_AS_OF = regex.compile(r"\s*(?:截至|截止到|截止至|截止)")
# a note under a table: 注：… / 备注：… / 说明：…
NOTE = regex.compile(r"\s*(?:注|备注|说明)\s*\d?\s*[:：]")
# an as-of date inside the note: …为截至2022年6月30日统计数 / 截止2024年底数据
NOTE_AS_OF = regex.compile(r"截至|截止")
# where a sentence ends
SENTENCE_END = regex.compile(r"[。！？!?]")


def table_as_of(ctx: Context, table: Table) -> Deadline | None:
    """The as-of date the lead-in right before ``table`` or the note right under it gives its reports; None if
    neither does."""
    return _lead_as_of(ctx, table) or _note_as_of(ctx, table)


def date_reports(ctx: Context, table: Table, cands: list[Candidate]) -> None:
    """Sets the as-of date of the table's undated reports (kind actual) in place."""
    if not any(c.target.kind == "actual" and not c.target.deadline for c in cands):
        return
    as_of = table_as_of(ctx, table)
    if as_of is None:
        return
    for c in cands:
        if c.target.kind == "actual" and not (c.target.deadline or c.target.deadline_raw or c.target.deadline_start):
            c.target.deadline, c.target.deadline_raw = as_of.date, as_of.raw


def _lead_as_of(ctx: Context, table: Table) -> Deadline | None:
    doc, text = ctx.doc, ctx.text
    before = bisect.bisect_right(doc.paragraphs, (table.char_start, table.char_start))
    while before and doc.paragraphs[before - 1][1] > table.char_start:
        before -= 1
    for start, end in reversed(doc.paragraphs[max(before - 3, 0):before]):
        line = text[start:end].strip()
        if not line:
            continue
        if len(line) <= 60 and "。" not in line[:-1] and not POINTS_TO_TABLE.search(line):
            if SECTION_HEADING.match(line):
                return None  # 一、各镇排查任务 over the table: a section of its own, apart from the 截至 sentence
            continue  # the table's caption: 2023年各街道…汇总表
        if "\t" in line or not POINTS_TO_TABLE.search(text, start, end):
            return None
        cuts = [m.end() for m in SENTENCE_END.finditer(text, start, end) if m.end() < end - 1]
        last = cuts[-1] if cuts else start
        first = cuts[-2] if len(cuts) > 1 else start
        for s_start in (last, first) if last != start else (start,):
            if OPENS_AS_OF.match(text, s_start, end):
                s_end = next((c for c in cuts if c > s_start), end)
                return _first_date(ctx, text, s_start, s_end)
        return None
    return None


def _note_as_of(ctx: Context, table: Table) -> Deadline | None:
    doc, text = ctx.doc, ctx.text
    after = bisect.bisect_left(doc.paragraphs, (table.char_end, table.char_end))
    for start, end in doc.paragraphs[after:after + 2]:
        if start < table.char_end:
            continue
        if not text[start:end].strip():
            continue
        if NOTE.match(text, start, end) and NOTE_AS_OF.search(text, start, end):
            return _first_date(ctx, text, start, end)
        return None
    return None


def _first_date(ctx: Context, text: str, start: int, end: int) -> Deadline | None:
    """The first whole date of ``text[start:end]`` (a day, a month's or a year's end), not after the notice."""
    for d in find_deadlines(text, ctx.reference, start, end, recurrences=False):
        if d.date and not d.start and (not ctx.reference or d.date <= ctx.reference):
            return d
    return None
