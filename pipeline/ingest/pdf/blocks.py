"""Blocks: the pages' items walked in reading order and written as paragraphs, borderless-table
runs and ruled tables joined over pages.

Reads the pages (furniture removed) and the frames; returns the document's blocks.
"""
from __future__ import annotations

from pipeline.ingest.pdf.borderless_tables import _tabular_block, _tabular_run
from pipeline.ingest.pdf.frames import Frame, _mark_left_aligned
from pipeline.ingest.pdf.lines import Column, Line
from pipeline.ingest.pdf.pages import Page
from pipeline.ingest.pdf.paragraphs import Join, _join, _paragraph_block
from pipeline.ingest.pdf.table_grids import TablePiece
from pipeline.ingest.pdf.table_join import TableBuilder
from pipeline.model import Block


class _BlockWriter:
    """Turns the pages' items into blocks: paragraphs, borderless-table runs and joined tables."""

    def __init__(self, frames: dict[tuple[int, Column], Frame]):
        self.frames = frames
        self.blocks: list[Block] = []
        self.paragraph: list[Line] = []
        self.joins: list[Join] = []
        self.table: TableBuilder | None = None

    def write(self, pages: list[Page]) -> list[Block]:
        items = [item for page in pages for item in page.items]
        _mark_left_aligned([item for item in items if isinstance(item, Line)])
        i = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, TablePiece):
                self._flush_paragraph()
                self._add_table_piece(item)
                i += 1
                continue
            self._flush_table()
            if item.is_gapped:
                self._flush_paragraph()
                run = _tabular_run(items, i, self.frames)
                self.blocks.append(_tabular_block(run))
                i += len(run)
                continue
            self._add_line(item)
            i += 1
        self._flush_paragraph()
        self._flush_table()
        return self.blocks

    # -- tables ---------------------------------------------------------------------------

    def _add_table_piece(self, piece: TablePiece) -> None:
        if self.table is not None and self.table.continues_with(piece):
            self.table.add(piece)
            return
        self._flush_table()
        self.table = TableBuilder(piece)

    def _flush_table(self) -> None:
        if self.table is not None:
            self.blocks.append(self.table.block())
            self.table = None

    # -- paragraphs -----------------------------------------------------------------------

    def _add_line(self, line: Line) -> None:
        if self.paragraph:
            join = _join(self.paragraph, line, self.frames)
            if join is Join.BREAK:
                self._flush_paragraph()
            else:
                self.joins.append(join)
        self.paragraph.append(line)

    def _flush_paragraph(self) -> None:
        if self.paragraph:
            self.blocks.append(_paragraph_block(self.paragraph, self.joins, self.frames))
        self.paragraph, self.joins = [], []
