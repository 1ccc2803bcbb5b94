"""A table set out in blocks side by side to save paper: 乡镇 | 目标数 | 乡镇 | 目标数, each row holding two places.

Cuts such a table into one table per block (the header's block repeated across, the same words in each), so that each
block reads as a table of its own; any other table comes back whole.
"""
from __future__ import annotations

import regex

from extractors.targets.tables.layout import EMPTY_CELL, header_of
from pipeline.model import Table

SPACE = regex.compile(r"\s+")  # 乡 镇 → 乡镇: layout spaces do not make header cells differ


def side_by_side_blocks(table: Table) -> list[Table]:
    """The blocks of a table whose header repeats its first cells across (乡镇（街道） | 目标数（个） | 乡镇（街道） |
    目标数（个）), as tables of their own (a row's block with no cell filled left out: the 合计 row's second half);
    ``[table]`` for any other table."""
    header, n_header = header_of(table)
    width = len(header)
    cells = [SPACE.sub("", h) for h in header]
    for size in range(2, width // 2 + 1):
        if width % size or not all(cells[:size]) or any(cells[i] != cells[i % size] for i in range(width)):
            continue
        if n_header == 0 or not table.rows[n_header:]:
            return [table]
        blocks = []
        for start in range(0, width, size):
            rows = [row[start:start + size] for row in table.rows]
            rows = rows[:n_header] + [row for row in rows[n_header:]
                                      if any(not EMPTY_CELL.match(cell.text) for cell in row)]
            blocks.append(Table(table.index, rows, n_header, table.page, table.char_start, table.char_end))
        return blocks
    return [table]
