"""Tables a copied text flattened to one cell a line: the walk over the blocks that both readers of such tables (of
figures, ``stacked_cells``; of tasks, ``stacked_task_cells``) share.

Reads the blocks, how a block gives a cell's text (or None), which cell may open a table, and the reader that finds a
table in a run of cells; returns the blocks with each table's cells replaced by one table block.
"""
from __future__ import annotations

from collections.abc import Callable

from pipeline.model import Block


def tables_from_runs(blocks: list[Block], cell_of: Callable[[Block], str | None], opens: Callable[[str], bool],
                     read: Callable[[list[str]], tuple[list[list[str]], int] | None], max_run: int) -> list[Block]:
    """``blocks`` with each run of one-line blocks that ``read`` finds a table in (its rows, header first, and how many
    cells it took) made a table block on the page of its first cell."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        found = None
        first = cell_of(blocks[i])
        if first is not None and opens(first):
            cells = []
            for block in blocks[i:i + max_run]:
                cell = cell_of(block)
                if cell is None:
                    break
                cells.append(cell)
            found = read(cells)
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        rows, taken = found
        out.append(Block("table", rows=rows, header_rows=1, page=blocks[i].page))
        i += taken
    return out
