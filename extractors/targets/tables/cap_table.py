"""A table of ceilings a rule sets, when the words around the table say its figures are the most allowed.

- A lead-in sentence pointing to the table and naming its figures a maximum (``停车最高限价按区域等级划分（见下表），
  各区可在不超过最高限价的幅度内自定``), or
- a note under the table saying so (``注：表中为每车每小时最高限价``)

makes each bare figure of the table read as a goal a requirement of at most (``<=``) with no date: a price or fee cap
holds from the notice on, it is not reached by a year. A figure whose cell states its own bound (不少于20, ≥45) keeps it.
"""
from __future__ import annotations

import bisect

import regex

from extractors.targets.context import Candidate, Context
from extractors.targets.tables.as_of import NOTE
from pipeline.model import Table

# a sentence pointing to the table: （见下表） / 详见下表 / 如下表 / 见附表
POINTS_TO_TABLE = regex.compile(r"见下表|如下表|详见下表|见附表|详见附表|列表如下")
# the figures named a maximum: 最高收费标准 / 最高限价 / 收费上限 / 价格上限 / 不超过…标准
CAP_WORDS = regex.compile(r"最高\p{Han}{0,4}(?:标准|限价|价格|限额)|(?:标准|价格|限价|收费)上限|不得?超过\p{Han}{0,6}标准")
# a note saying the table's figures are ceilings: 表中为每车每小时最高限价 / 表内数据为收费上限
NOTE_CAPS = regex.compile(r"表[中内]\p{Han}{0,6}(?:为|是|均为)\p{Han}{0,10}(?:最高|上限)")
# a cell stating its own bound: 不少于20 / ≥45 / 20以上
OWN_BOUND = regex.compile(r"[<>≤≥＜＞]|以上|以下|以内|不少于|不低于|不超过|不高于|至少|最多")
# where a sentence ends
SENTENCE = regex.compile(r"[^。！？!?；;]+[。！？!?；;]?")


def cap_goals(ctx: Context, table: Table, cands: list[Candidate]) -> None:
    """Turns the undated goals read from a table of ceilings into requirements of at most, in place."""
    goals = [c for c in cands if c.target.kind == "target" and not OWN_BOUND.search(c.target.evidence or "")]
    if not goals or not (_lead_caps(ctx, table) or _note_caps(ctx, table)):
        return
    for c in goals:
        t = c.target
        t.kind, t.comparator = "requirement", "<="
        t.deadline = t.deadline_raw = t.deadline_start = None


def _lead_caps(ctx: Context, table: Table) -> bool:
    """Whether the last non-empty paragraph before the table has a sentence pointing to it that names a maximum."""
    doc, text = ctx.doc, ctx.text
    before = bisect.bisect_right(doc.paragraphs, (table.char_start, table.char_start))
    while before and doc.paragraphs[before - 1][1] > table.char_start:
        before -= 1
    for start, end in reversed(doc.paragraphs[max(before - 2, 0):before]):
        line = text[start:end].strip()
        if not line:
            continue
        return any(POINTS_TO_TABLE.search(s.group()) and CAP_WORDS.search(s.group())
                   for s in SENTENCE.finditer(line))
    return False


def _note_caps(ctx: Context, table: Table) -> bool:
    """Whether the note right under the table says its figures are ceilings."""
    doc, text = ctx.doc, ctx.text
    after = bisect.bisect_left(doc.paragraphs, (table.char_end, table.char_end))
    for start, end in doc.paragraphs[after:after + 2]:
        if start < table.char_end or not text[start:end].strip():
            continue
        return bool(NOTE.match(text, start, end) and NOTE_CAPS.search(text, start, end))
    return False
