"""A project table (a column headed 项目名称 beside a figure column with its unit, 总投资（亿元）): one Target per
project and figure column, named by the project and the column (某某项目总投资), its planned size (=).

Reads the header cells and one row per project, a 合计 row left out (the text states the total, or it only
adds up the rows); appends the Candidates.
"""
from __future__ import annotations

import regex

from extractors.targets.context import Candidate, Context
from extractors.targets.figure import make_target
from extractors.targets.tables.layout import (EMPTY_CELL, cell_quantity, column_cells, descriptive_column, header_unit,
                                              header_words)
from pipeline.model import Table

# 项目名称 / 重点项目名称 / 工程名称: the column naming each row's project
PROJECT_HEADER = regex.compile(r"^(?:重点|建设)?(?:项目|工程)名称$")
# 合计 / 小计 / 总计: a row adding up the projects above
TOTAL_ROW = regex.compile(r"^(?:合计|总计|小计|共计)$")


def project_column(header: list[str]) -> int | None:
    """The column naming the projects of a project table, or None."""
    return next((i for i, h in enumerate(header) if PROJECT_HEADER.match(header_words(h))), None)


def read_project_table(ctx: Context, table: Table, header: list[str], n_header: int, project_col: int,
                       out: list[Candidate]) -> None:
    """One Candidate per project (row) and figure column (a header with its unit: 总投资（亿元）)."""
    columns = [(col, header_words(h), header_unit(h)) for col, h in enumerate(header)
               if col != project_col and header_unit(h)[0]
               and not descriptive_column(h, column_cells(table.rows[n_header:], col))]
    for row in table.rows[n_header:]:
        name = row[project_col].text.strip() if project_col < len(row) else ""
        if not name or EMPTY_CELL.match(name) or TOTAL_ROW.match(name):
            continue
        for col, words, (unit, mult) in columns:
            if col >= len(row):
                continue
            q, _ = cell_quantity(ctx.text, row[col], unit, mult)
            if q is not None:
                target = make_target(ctx, row[col], q, "=", name + words, "target", None, None)
                out.append(Candidate(target, "table", table.index))
