"""Any other table (tasks, mixed content): each cell read as a paragraph, a deadline cell dating its row.

A cell that is a figure and its sign alone (``≥75%`` / ``≤5分钟`` / ``不少于…的1.2倍`` under 量化要求 in a checklist) is named by the words of
its row (the nearest cell of words before it: 监管人员比例), the sign its comparator: a requirement under a header of
requirements (要求/标准), else a goal.

Reads the rows below the header; appends the Candidates that ``read_paragraph`` finds in each cell.
"""
from __future__ import annotations

import regex

from extractors.deadlines import is_deadline_phrase, parse_deadline
from extractors.numbers import comparator, find_quantities
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.paragraph import read_paragraph
from extractors.targets.tables.layout import header_of, header_words
from pipeline.model import Cell, Table
from schemas.records import Deadline

# ≥75% / ≤ 5分钟 / ＞90% / 不少于日均车流量的1.5倍: a cell that is a figure after its sign or bound words, and nothing else
SIGNED_FIGURE = regex.compile(r"^\s*(?:[<>≤≥＜＞]=?|(?:不少于|不低于|不超过|不高于|不大于|不小于|至少)\p{Han}{0,12}?的?)"
                              r"\s*\d+(?:\.\d+)?\s*(?:%|％|\p{Han}{1,3})?\s*$")
# 不少于 / 至少 … 不超过: the bound a cell's opening words set, however far its figure stands from them
BOUND_WORDS = {"不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=", "不超过": "<=", "不高于": "<=", "不大于": "<="}
# 1 / 12 / 一: a row number, no words of the row
SERIAL = regex.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、]?\s*$")
# 量化要求 / 标准 / 指标要求 / 考核标准: a column of what a rule requires
REQUIREMENT_HEADER = regex.compile(r"要求|标准|限值|门槛")


def read_text_table(ctx: Context, table: Table, n_header: int, out: list[Candidate]) -> None:
    """A task or mixed table: each cell read as text; a deadline cell dates its row's figures."""
    header = header_of(table)[0] if n_header else []
    for row in table.rows[n_header:]:
        row_deadline = None
        for cell in row:
            if cell.text and is_deadline_phrase(cell.text, ctx.reference):
                d = parse_deadline(cell.text, ctx.reference)
                if d.date or d.flag or d.start:
                    row_deadline = Deadline(raw=d.raw, date=d.date, start=d.start, recurrence=d.recurrence, flag=d.flag,
                                            char_start=cell.char_start, char_end=cell.char_end)
        for col, cell in enumerate(row):
            if not cell.text or (row_deadline and cell.char_start == row_deadline.char_start):
                continue
            if SIGNED_FIGURE.match(cell.text) and _signed_cell(ctx, table, row, col, header, row_deadline, out):
                continue
            read_paragraph(ctx, cell.char_start, cell.char_end, out, base=row_deadline, source="table",
                           table_index=table.index)


def _signed_cell(ctx: Context, table: Table, row: list[Cell], col: int, header: list[str],
                 deadline: Deadline | None, out: list[Candidate]) -> bool:
    """The fact of a signed figure cell, named by its row's nearest cell of words before it; False when no such cell
    names it."""
    words = next((c.text.strip() for c in reversed(row[:col])
                  if c.text.strip() and not SERIAL.match(c.text) and not find_quantities(c.text, 0, len(c.text))), "")
    cell = row[col]
    found = find_quantities(ctx.text, cell.char_start, cell.char_end)
    if not words or len(found) != 1:
        return False
    q = found[0]
    head = header_words(header[col]) if col < len(header) else ""
    kind = "requirement" if REQUIREMENT_HEADER.search(head) else "target"
    opening = cell.text.strip()
    comp = comparator(ctx.text, q, cell.char_start, cell.char_end) or next(
        (sign for words_, sign in BOUND_WORDS.items() if opening.startswith(words_)), None)
    target = make_target(ctx, cell, q, comp, words, kind, None, deadline)
    out.append(Candidate(target, "table", table.index, row_named=True))
    return True
