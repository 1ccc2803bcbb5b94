"""A project table (a column headed 项目名称 beside a figure column with its unit, 总投资（亿元）): one Target per
project and figure column, named by the project and the column (某某项目总投资): its money a planned size (=), what it
builds or serves a goal (新建改造道路（公里）, 受益人口（万人）: at least, >=, unless the cell says otherwise), due by the
row's date when a column gives one (完成时限 | 2025年6月底), else by the last date of the table's title (2024—2025年重点项目
清单如下：). A column of the place each project is in (所在县（区） | 某某县) is the scope of the row's figures.

Reads the header cells and one row per project, a 合计 row left out (the text states the total, or it only
adds up the rows); appends the Candidates.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.tables.layout import (EMPTY_CELL, TOTAL_ROW, cell_quantity, column_cells, date_of_title,
                                              descriptive_column, header_unit, header_words)
from pipeline.model import Cell, Table
from schemas.records import Deadline

# 项目名称 / 重点项目名称 / 工程名称: the column naming each row's project
PROJECT_HEADER = regex.compile(r"^(?:重点|建设)?(?:项目|工程)名称$")
# a column of what a project costs or its planned scale: 总投资 / 资金 / 造价 / 建设规模 (a size, =)
SIZE_HEADER = regex.compile(r"投资|资金|造价|概算|估算|规模")
# a column of when each project is done: 完成时限 / 完工时间 / 建成时间 / 建设期限 / 时间节点
DUE_HEADER = regex.compile(r"^(?:计划)?(?:完成|完工|建成|竣工|投用|投产|建设|实施)?(?:时限|时间|期限|年限|节点|时间节点)$")
# a column of the place each project is in: 所在县（市） / 所在地 / 建设地点 / 实施地区 / 县（市、区）
PLACE_HEADER = regex.compile(r"^(?:所在|所属|建设|实施|项目)?(?:地点|地区|区域|地|[省市州盟县区旗镇乡、（）()]{1,10})$")
# a cell naming one place: 某某县 / 某某市 / 某某区 / 某某镇 (not 某县、某县, nor a sentence)
ONE_PLACE = regex.compile(r"^\p{Han}{1,8}(?:省|市|州|盟|县|区|旗|镇|乡|街道)$")
# a time cell holding a year alone: 2025 / 2026年 (done within that year)
BARE_YEAR = regex.compile(r"\s*(?P<year>(?:19|20)\d{2})\s*(?:年)?\s*")


def project_column(header: list[str]) -> int | None:
    """The column naming the projects of a project table, or None."""
    return next((i for i, h in enumerate(header) if PROJECT_HEADER.match(header_words(h))), None)


def read_project_table(ctx: Context, table: Table, header: list[str], n_header: int, project_col: int,
                       out: list[Candidate], title: str = "") -> None:
    """One Candidate per project (row) and figure column (a header with its unit: 总投资（亿元）)."""
    columns = [(col, header_words(h), header_unit(h)) for col, h in enumerate(header)
               if col != project_col and header_unit(h)[0]
               and not descriptive_column(h, column_cells(table.rows[n_header:], col))]
    due_col = next((col for col, h in enumerate(header) if DUE_HEADER.match(header_words(h))), None)
    place_col = next((col for col, h in enumerate(header) if col != project_col and PLACE_HEADER.match(h.strip())),
                     None)
    columns = [c for c in columns if c[0] != place_col]
    title_due = date_of_title(ctx, title) if due_col is None else None
    for row in table.rows[n_header:]:
        name = row[project_col].text.strip() if project_col < len(row) else ""
        if not name or EMPTY_CELL.match(name) or TOTAL_ROW.match(name):
            continue
        due = _row_due(ctx, row[due_col]) if due_col is not None and due_col < len(row) else title_due
        place = row[place_col].text.strip() if place_col is not None and place_col < len(row) else ""
        scope = place if ONE_PLACE.match(place) else None
        for col, words, (unit, mult) in columns:
            if col >= len(row):
                continue
            q, comp = cell_quantity(ctx.text, row[col], unit, mult)
            if q is not None:
                comp = "=" if SIZE_HEADER.search(words) else comp
                target = make_target(ctx, row[col], q, comp, name + words, "target", scope, due)
                out.append(Candidate(target, "table", table.index))


def _row_due(ctx: Context, cell: Cell) -> Deadline | None:
    """The date a row's time cell says its project is done by (2025年6月底 / 2024—2026年: its end; a bare 2025: that
    year's end), read in the notice's text so that its offsets are the notice's; None when the cell names none."""
    found = [d for d in find_deadlines(ctx.text, ctx.reference, cell.char_start, cell.char_end, recurrences=False)
             if d.date]
    if found:
        return found[-1]
    year = BARE_YEAR.fullmatch(ctx.text, cell.char_start, cell.char_end)
    if year is None:
        return None
    return Deadline(raw=year.group("year"), date=f"{year.group('year')}-12-31", char_start=year.start("year"),
                    char_end=year.end("year"))
