"""Ruled tables over pages: header rows found, a table's pieces on following pages joined into one.

Reads :class:`~pipeline.ingest.pdf.table_grids.TablePiece` s in reading order; returns one table
block per logical table: a repeated header dropped, merged cells cut by a page break continued.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import regex

from pipeline.ingest.pdf.table_grids import TablePiece
from pipeline.model import Block

#: whitespace inside cell text, removed when comparing repeated header rows
_WHITESPACE = regex.compile(r"\s+")  # "序 号\n" -> "序号"
#: a cell that is only a number or a quantity: such a first row is data, not a header
_NUMERIC_CELL = regex.compile(r"^[\d.,%/\s-]+$")  # "12", "95%", "2.5"


def _compact(text: str) -> str:
    return _WHITESPACE.sub("", text)


def detect_header_rows(piece: TablePiece) -> int:
    """Leading bold rows, extended over rows that the first row's cells span (rowspan headers).

    Without bold type, a first row of short non-numeric labels above a longer table is a header.
    """
    rows = piece.filled_rows()
    count = 0
    if not all(piece.bold_rows):  # an all-bold table says nothing about its header
        while count < len(rows) and piece.bold_rows[count]:
            count += 1
    if not count and len(rows) >= 3 and _looks_like_labels(rows[0]):
        count = 1
    if count:
        count = max([count] + [piece.row_span(0, c) for c in range(len(rows[0]))])
    return min(count, len(rows) - 1) if len(rows) > 1 else count


def _looks_like_labels(row: list[str]) -> bool:
    cells = [_compact(cell) for cell in row]
    return all(cells) and all(len(c) <= 12 and not _NUMERIC_CELL.match(c) for c in cells)


@dataclass
class TableBuilder:
    """Collects the page pieces of one logical table."""

    first: TablePiece
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    #: columns where a cell spans several rows: a blank cell there at a page top continues the merge
    merged_columns: set[int] = field(default_factory=set)
    last_page: int = 0

    def __post_init__(self) -> None:
        self.header_rows = detect_header_rows(self.first)
        self.rows = self.first.filled_rows()
        self.merged_columns = _vertically_merged_columns(self.first, self.header_rows)
        self.last_page = self.first.page

    @property
    def width(self) -> int:
        return len(self.first.grid.column_lefts)

    def continues_with(self, piece: TablePiece) -> bool:
        """Is ``piece`` (at the top of the next page) the rest of this table?

        Same column count, and either the header rows repeat or the column edges line up.
        """
        if len(piece.grid.column_lefts) != self.width or piece.page != self.last_page + 1:
            return False
        if self._repeated_header_count(piece):
            return True
        return all(
            math.isclose(a, b, abs_tol=2.0) for a, b in zip(piece.grid.column_lefts, self.first.grid.column_lefts)
        )

    def _repeated_header_count(self, piece: TablePiece) -> int:
        """How many leading rows of ``piece`` repeat the table's header (its first row if none known)."""
        header_count = self.header_rows or 1
        new_rows = piece.filled_rows()
        if len(new_rows) < header_count:
            return 0
        for old, new in zip(self.rows[:header_count], new_rows[:header_count]):
            if [_compact(c) for c in old] != [_compact(c) for c in new]:
                return 0
        return header_count

    def add(self, piece: TablePiece) -> None:
        """Append a continuation piece: drop its repeated header, continue merges cut by the page break."""
        skip = self._repeated_header_count(piece)
        if skip and not self.header_rows:
            self.header_rows = skip  # a first row repeated on every page is a header after all
        rows = piece.filled_rows()
        self.merged_columns |= _vertically_merged_columns(piece, skip)
        if skip < len(rows) and self.rows:
            previous = self.rows[-1]
            # a repeated header cell whose rule was left out runs into the body (任务类别 over a blank
            # continued category): below the header it is the merge from the page before, or nothing
            header_cells = {anchor for row in piece.grid.owner[:skip] for anchor in row if anchor >= 0}
            for r in range(skip, len(rows)):
                for c, anchor in enumerate(piece.grid.owner[r]):
                    if anchor in header_cells:
                        rows[r][c] = previous[c] if c in self.merged_columns else ""
            for col in self.merged_columns:
                anchor = piece.grid.owner[skip][col]
                if anchor >= 0 and not _compact(piece.texts[anchor]):
                    for r, owner_row in enumerate(piece.grid.owner):
                        for c, owner_id in enumerate(owner_row):
                            if owner_id == anchor:
                                rows[r][c] = previous[c]
        if skip < len(rows) and self.rows and self._row_cut_by_page(self.rows[-1], rows[skip]):
            # the last row's cells ran on over the page break (…中国铁路郑州局集 / 团有限公司安阳车务段)
            self.rows[-1] = [f"{old}\n{more}" if more.strip() else old for old, more in zip(self.rows[-1], rows[skip])]
            skip += 1
        self.rows.extend(rows[skip:])
        self.last_page = piece.page

    def _row_cut_by_page(self, previous: list[str], row: list[str]) -> bool:
        """A first row on the new page that only continues cells of the last row: its first cell blank (not
        a merge continued), and every cell it fills one the last row filled too."""
        if 0 in self.merged_columns or _compact(row[0]) or not _compact(previous[0]):
            return False
        filled = [c for c, cell in enumerate(row) if _compact(cell)]
        return bool(filled) and all(_compact(previous[c]) for c in filled)

    def block(self) -> Block:
        return Block("table", page=self.first.page, rows=self.rows, header_rows=self.header_rows)


def _vertically_merged_columns(piece: TablePiece, first_body_row: int) -> set[int]:
    owner = piece.grid.owner
    merged = set()
    for r in range(first_body_row, len(owner) - 1):
        for c, anchor in enumerate(owner[r]):
            if anchor >= 0 and owner[r + 1][c] == anchor:
                merged.add(c)
    return merged
