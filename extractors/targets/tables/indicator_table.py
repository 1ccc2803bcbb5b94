"""An indicator table (a column headed 指标/指标名称): one Target per value cell.

Reads the rows (the indicator filling down over merged cells, a unit column or a unit in the indicator
cell) and the value columns, whose header names a scope (某市电信) or a deadline (2023年); appends the
Candidates, an undated goal table marked to take the date of the body goals.

A plan's table of main indicators (``指标 | 2020年 | 2025年 | 年均/累计 | 属性``): the earliest of several
year columns is the base year, its cells reports (``actual``, as of that year's end); the later year
columns are goals; a 年均/累计 column gives the yearly rate or the five-year total (``〔13.5〕``) due by the
last year; the 属性 column's 约束性/预期性 goes onto every figure of its row (``binding``). An indicator
named with its change (单位GDP能耗降低, GDP增长) is the size of the change: 降幅 / 增速.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.changes import change_in_words
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.scopes import is_entity
from extractors.targets.skips import explain_digits
from extractors.targets.tables.layout import (BINDING, BINDING_HEADER, CUMULATIVE_CELL, EMPTY_CELL, RATE_HEADER,
                                              cell_quantity, column_cells, date_of_title, descriptive_column,
                                              header_unit, header_words, table_kind)
from pipeline.model import Table
from schemas.records import Deadline

# a cell that states a change of the row's measure: 下降15% / 增长8%左右
CHANGE_CELL = regex.compile(r"\s*(?:年均)?(?P<verb>下降|降低|减少|增长|提高|提升|增加|上升)")
# the row's number before an indicator's name: 3.城镇新增就业 / 12、 / （4）
ROW_NUMBER = regex.compile(r"^(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)])\s*")
# an indicator's name that closes whole, with its unit or a bracket: 人均地区生产总值（元） / 城镇化率（%）
CLOSED_LABEL = regex.compile(r"[）)\]】]$")
# the end of a name cut over two rows: it closes with the unit (…口比例（%）) or opens with what no name opens with
# (率 / 比重 / 的), never a category row of its own (民生福祉 / 绿色生态)
NAME_END = regex.compile(r"[）)\]】]$|^[率比例量数值额度的之占）)%％]")
# a row naming a part of the table, not the end of a name cut over two rows: 一、经济发展 / （二） / 1. / 其中
LABEL_START = regex.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}\s*[.．、]|其中)")
# header of a unit column
UNIT_HEADER = regex.compile(r"^(?:计量)?单位$")
# a base-year header: 2020年（基期） / 基期值 / 现状值
BASE_HEADER = regex.compile(r"基期|基准|现状|基数")


@dataclass
class Column:
    """What a value column holds: whose figures (scope), by when (date), and whether they are the base year's
    report (``base``) or a yearly rate / five-year total (``rate``)."""

    scope: str | None
    date: Deadline | None
    base: bool = False
    rate: bool = False


def _columns(ctx: Context, header: list[str], skip: set[int], rows: list) -> dict[int, Column]:
    """Value columns of an indicator table (``rows`` below its header): column → its role."""
    columns: dict[int, Column] = {}
    for col, h in enumerate(header):
        if col in skip or descriptive_column(h, column_cells(rows, col)) or UNIT_HEADER.match(h):
            continue
        words = header_words(h)
        dates = [d for d in find_deadlines(words, ctx.reference, recurrences=False) if d.date]
        scope = words if is_entity(ctx, words) and not dates else None
        columns[col] = Column(scope, dates[0] if dates else None, rate=not dates and bool(RATE_HEADER.search(words)),
                              base=bool(BASE_HEADER.search(words)))
    dated = [c for c in columns.values() if c.date is not None and not c.rate]
    if len(dated) >= 2:  # 2020年 | 2025年: the base year, reported, and the goals
        first = min(dated, key=lambda c: c.date.date)
        # the base is a year over before the notice was written (2020年 in a 2021 plan); without the notice's
        # date, the earliest of the years (2023年 | 2024年 | 2025年 in a 2023 plan are all goals)
        past = [c for c in dated if ctx.reference and c.date.date < ctx.reference]
        if past:
            for column in past:
                column.base = True
        elif not ctx.reference and first.date.date < max(c.date.date for c in dated):
            first.base = True
        last = max(dated, key=lambda c: c.date.date)
        for column in columns.values():
            if column.rate:
                column.date = last.date  # 年均/累计: over the plan period, due by its last year
    return columns


def read_indicator_table(ctx: Context, table: Table, header: list[str], n_header: int, title: str,
                         indicator_col: int, out: list[Candidate]) -> None:
    """One Candidate per value cell of an indicator table (rows: indicators; value columns: scopes or dates)."""
    text = ctx.text
    kind = table_kind(title, header)
    title_date = date_of_title(ctx, title)
    unit_col = next((i for i, h in enumerate(header) if UNIT_HEADER.match(h)), None)
    binding_col = next((i for i, h in enumerate(header) if BINDING_HEADER.match(header_words(h))), None)
    skip = {indicator_col} | {c for c in (unit_col, binding_col) if c is not None}
    columns = _columns(ctx, header, skip, table.rows[n_header:])
    words = ""
    for row, label in _labelled_rows(table.rows[n_header:], indicator_col, skip):
        if label:
            words = label  # merged cells arrive empty: the indicator fills down
        if not words:
            continue
        row_unit, row_mult = header_unit(words)  # 5G基站数（个）: the unit in the indicator cell
        if unit_col is not None and unit_col < len(row) and row[unit_col].text.strip():
            # a dash in the unit column: a figure without a unit (an index), not a unit named —
            row_unit, row_mult = (None, 1) if EMPTY_CELL.match(row[unit_col].text) else \
                header_unit("（" + row[unit_col].text.strip() + "）")
        words = ROW_NUMBER.sub("", header_words(words) or words)
        binding = None
        if binding_col is not None and binding_col < len(row):
            found = BINDING.search(row[binding_col].text)
            binding = found.group(0) if found else None
        for col, column in columns.items():
            if col >= len(row):
                continue
            cell = row[col]
            h_unit, h_mult = header_unit(header[col])
            q, comp = cell_quantity(text, cell, row_unit or h_unit, row_mult if row_unit else h_mult)
            if q is None:
                if not EMPTY_CELL.match(cell.text) and ctx.on_skip:
                    explain_digits(ctx, cell.char_start, cell.char_end, [], [], [])
                continue
            deadline = column.date or title_date
            cell_kind = "actual" if column.base and kind == "target" else kind
            cell_words = _cell_words(words, q.unit, column, cell.text)
            # a sign in the cell (≤11.0) states the bound, of a base-year report too
            target = make_target(ctx, cell, q, comp, cell_words, cell_kind, column.scope, deadline, bound=comp is not None)
            target.binding = binding
            out.append(Candidate(target, "table", table.index,
                                 inherit_deadline=deadline is None and cell_kind == "target"))


def _labelled_rows(rows: list, indicator_col: int, skip: set[int]) -> list[tuple[list, str]]:
    """Each row with its indicator's words, a name a page cut over two rows joined (城镇污水集中收集处理设施覆盖人 over
    口比例（%） with no figures of its own: …覆盖人口比例（%）), the row holding only its end left out; a category row
    with empty cells (社会民生) is never glued to the name above."""
    out: list[tuple[list, str]] = []
    for row in rows:
        label = row[indicator_col].text.strip() if indicator_col < len(row) else ""
        others = [c.text.strip() for i, c in enumerate(row) if i not in skip]
        # (a longer end closing with its unit when the start cut is short: 每千农村常住 over 人口…医师数（人）)
        cut = len(label) <= 12 or (len(label) <= 30 and out and len(out[-1][1]) <= 8 and header_unit(label)[0] is not None)
        if out and label and cut and not any(others) and out[-1][1] and not CLOSED_LABEL.search(out[-1][1]) \
                and not LABEL_START.match(label) and NAME_END.search(label):
            out[-1] = (out[-1][0], out[-1][1] + label)
            continue
        out.append((row, label))
    return out


def _cell_words(words: str, unit: str | None, column: Column, cell_text: str) -> str:
    """The row's indicator words for one cell: a change named by its verb becomes its size (单位GDP能耗降低 →
    单位GDP能耗降幅), with 年均 or 累计 when the column gives a yearly rate or a five-year total (〔13.5〕)."""
    cumulative = bool(CUMULATIVE_CELL.match(cell_text))
    said = CHANGE_CELL.match(cell_text)  # 生产安全事故死亡人数（人） | 下降15%: the cell gives the change
    change = change_in_words(words + said.group("verb") if said else words, unit)
    if change is None:  # a level: in a 累计 cell its change over the period (人均预期寿命 〔1〕), else the level
        return words + "累计增幅" if column.rate and cumulative else words
    measure, noun = change
    if column.rate:
        return measure + ("累计" if cumulative else "年均") + noun
    return measure + noun
