"""Ruled tables, cell texts: each grid of a page gets the characters inside its cells.

Reads the page's :class:`~pipeline.ingest.pdf.table_grids.Grid` s and characters; returns one
:class:`~pipeline.ingest.pdf.table_grids.TablePiece` per grid (cell texts, bold rows) and the
characters outside every grid, which go on to become lines. Cells follow the body's spacing rules.
"""
from __future__ import annotations

from pipeline.ingest.pdf.glyphs import Char
from pipeline.ingest.pdf.lines import _baseline_rows, _join_chars
from pipeline.ingest.pdf.table_grids import Grid, TablePiece


def _fill_grids(grids: list[Grid], chars: list[Char]) -> tuple[list[TablePiece], list[Char]]:
    """Give each grid its cell texts; return the pieces and the characters outside every grid."""
    pieces = []
    for grid in grids:
        inside, outside = [], []
        x0, top, x1, bottom = grid.bbox
        for char in chars:
            cx, cy = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
            (inside if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 else outside).append(char)
        chars = outside
        pieces.append(_table_piece(grid, inside))
    return pieces, chars


def _table_piece(grid: Grid, chars: list[Char]) -> TablePiece:
    cell_chars: list[list[Char]] = [[] for _ in grid.cells]
    for char in chars:
        cx, cy = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
        for index, (x0, top, x1, bottom) in enumerate(grid.cells):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                cell_chars[index].append(char)
                break
    # Cell lines stay "\n"-separated: normalization joins them (and knows "20个/每万" + "人").
    texts = ["\n".join(_join_chars(row) for row in _baseline_rows(cc)) if cc else "" for cc in cell_chars]
    return TablePiece(grid, texts, _bold_rows(grid, cell_chars))


def _bold_rows(grid: Grid, cell_chars: list[list[Char]]) -> list[bool]:
    """Per grid row: are (nearly) all characters of the cells that start in it bold?"""
    chars_by_row: list[list[Char]] = [[] for _ in grid.owner]
    seen = set()
    for r, owner_row in enumerate(grid.owner):
        for anchor in owner_row:
            if anchor >= 0 and anchor not in seen:
                seen.add(anchor)
                chars_by_row[r] += cell_chars[anchor]
    return [bool(chars) and sum(c.bold for c in chars) >= 0.7 * len(chars) for chars in chars_by_row]
