"""An indicator table (a column headed 指标/指标名称): one Target per value cell.

Reads the rows (the indicator filling down over merged cells, a unit column or a unit in the indicator
cell) and the value columns, whose header names a scope (某市电信) or a deadline (2023年); appends the
Candidates, an undated goal table marked to take the date of the body goals.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.context import Candidate, Context
from extractors.targets.figure import make_target
from extractors.targets.scopes import is_entity
from extractors.targets.skips import explain_digits
from extractors.targets.tables.layout import (DESCRIPTIVE_HEADER, EMPTY_CELL, cell_quantity, date_of_title,
                                              header_unit, header_words, table_kind)
from pipeline.model import Table
from schemas.records import Deadline

# header of a unit column
UNIT_HEADER = regex.compile(r"^(?:计量)?单位$")


def _column_roles(ctx: Context, header: list[str], skip: set[int]) -> dict[int, tuple[str | None, Deadline | None]]:
    """Value columns of an indicator table: column → (scope named by its header, deadline named by it)."""
    roles = {}
    for col, h in enumerate(header):
        if col in skip or DESCRIPTIVE_HEADER.search(h) or UNIT_HEADER.match(h):
            continue
        words = header_words(h)
        dates = [d for d in find_deadlines(words, ctx.reference, recurrences=False) if d.date]
        scope = words if is_entity(ctx, words) and not dates else None
        roles[col] = (scope, dates[0] if dates else None)
    return roles


def read_indicator_table(ctx: Context, table: Table, header: list[str], n_header: int, title: str,
                         indicator_col: int, out: list[Candidate]) -> None:
    """One Candidate per value cell of an indicator table (rows: indicators; value columns: scopes or dates)."""
    text = ctx.text
    kind = table_kind(title, header)
    title_date = date_of_title(ctx, title)
    unit_col = next((i for i, h in enumerate(header) if UNIT_HEADER.match(h)), None)
    skip = {indicator_col} | ({unit_col} if unit_col is not None else set())
    roles = _column_roles(ctx, header, skip)
    words = ""
    for row in table.rows[n_header:]:
        if indicator_col < len(row) and row[indicator_col].text.strip():
            words = row[indicator_col].text.strip()  # merged cells arrive empty: the indicator fills down
        if not words:
            continue
        row_unit, row_mult = header_unit(words)  # 5G基站数（个）: the unit in the indicator cell
        if unit_col is not None and unit_col < len(row) and row[unit_col].text.strip():
            row_unit, row_mult = header_unit("（" + row[unit_col].text.strip() + "）")
        words = header_words(words) or words
        for col, (scope, col_date) in roles.items():
            if col >= len(row):
                continue
            cell = row[col]
            h_unit, h_mult = header_unit(header[col])
            q, comp = cell_quantity(text, cell, row_unit or h_unit, row_mult if row_unit else h_mult)
            if q is None:
                if not EMPTY_CELL.match(cell.text) and ctx.on_skip:
                    explain_digits(ctx, cell.char_start, cell.char_end, [], [], [])
                continue
            deadline = col_date or title_date
            target = make_target(ctx, cell, q, comp, words, kind, scope, deadline)
            out.append(Candidate(target, "table", table.index, inherit_deadline=deadline is None and kind == "target"))
