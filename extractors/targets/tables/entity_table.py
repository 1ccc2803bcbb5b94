"""An entity table (a column headed 城市/县（市、区）/单位…): one Target per place and value column.

Reads the header cells (indicator words, unit, maybe a year) and one row per place, a 合计/全市 row
being the region itself; appends the Candidates.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.context import Candidate, Context
from extractors.targets.figure import make_target
from extractors.targets.tables.layout import (DESCRIPTIVE_HEADER, EMPTY_CELL, cell_quantity, date_of_title,
                                              header_unit, header_words, table_kind, words_of_title)
from pipeline.model import Table

# a summary row: 合计 / 总计 / 全市 — scope is the region itself
TOTAL_ROW = regex.compile(r"^(?:合计|总计|小计|全市|全县|全区|全省|全国|汇总)$")
# a rank column of an entity table
RANK_HEADER = regex.compile(r"排名|排序|位次")


def read_entity_table(ctx: Context, table: Table, header: list[str], n_header: int, title: str, entity_col: int,
                      out: list[Candidate]) -> None:
    """One Candidate per place (row) and value column (header: indicator words and unit) of an entity table."""
    text = ctx.text
    kind = table_kind(title, header)
    title_date = date_of_title(ctx, title)
    columns = []
    for col, h in enumerate(header):
        if col == entity_col or DESCRIPTIVE_HEADER.search(h) or not header_words(h):
            continue
        if RANK_HEADER.fullmatch(header_words(h)):
            continue
        dates = [d for d in find_deadlines(h, ctx.reference, recurrences=False) if d.date]
        words = header_words(h)
        for d in dates:
            words = words.replace(d.raw, "")
        # a column headed only by a year (2021年 | 2022年): the table title names the quantity
        columns.append((col, words.strip("目标任务值（）() ") and words or words_of_title(ctx, title) or header_words(h),
                        header_unit(h), dates[0] if dates else None))
    entity = ""
    for row in table.rows[n_header:]:
        if entity_col < len(row) and row[entity_col].text.strip():
            entity = row[entity_col].text.strip()
        total = any(TOTAL_ROW.match(c.text.strip()) for c in row[: entity_col + 1])
        if not entity or (EMPTY_CELL.match(entity) and not total):
            continue
        scope = ctx.region if total or TOTAL_ROW.match(entity) else entity
        if entity == "全国":  # a national total row names its scope itself
            scope = entity
        for col, words, (unit, mult), col_date in columns:
            if col >= len(row):
                continue
            q, comp = cell_quantity(text, row[col], unit, mult)
            if q is None:
                continue
            deadline = col_date or title_date
            target = make_target(ctx, row[col], q, comp, words, kind, scope, deadline)
            out.append(Candidate(target, "table", table.index))
