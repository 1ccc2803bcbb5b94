"""Tab-separated lines that no backend turned into a table, read as tables.

Reads the paragraphs of a document without ``doc.tables``; returns the tables (two or more tabbed lines
in a row) and the indexes of their paragraphs, which the body reading then skips.
"""
from __future__ import annotations

from extractors.numbers import find_quantities
from extractors.targets.tables.layout import BARE_NUMBER
from pipeline.model import Cell, Table


def pseudo_tables(doc) -> tuple[list[Table], set[int]]:
    """Tab-separated lines that no backend turned into a table: (tables, indexes of their paragraphs)."""
    text = doc.text
    tables, used, run = [], set(), []

    def flush():
        if len(run) >= 2:
            rows = []
            for _, (start, end) in run:
                cells, pos = [], start
                for piece in text[start:end].split("\t"):
                    cells.append(Cell(piece, pos, pos + len(piece)))
                    pos += len(piece) + 1
                rows.append(cells)
            header = 1 if not any(BARE_NUMBER.match(c.text) or find_quantities(c.text) for c in rows[0]) else 0
            tables.append(Table(len(doc.tables) + len(tables), rows, header, None, run[0][1][0], run[-1][1][1]))
            used.update(i for i, _ in run)
        run.clear()

    for i, (start, end) in enumerate(doc.paragraphs):
        if "\t" in text[start:end]:
            run.append((i, (start, end)))
        else:
            flush()
    flush()
    return tables, used
