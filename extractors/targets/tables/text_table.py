"""Any other table (tasks, mixed content): each cell read as a paragraph, a deadline cell dating its row.

Reads the rows below the header; appends the Candidates that ``read_paragraph`` finds in each cell.
"""
from __future__ import annotations

from extractors.deadlines import is_deadline_phrase, parse_deadline
from extractors.targets.context import Candidate, Context
from extractors.targets.paragraph import read_paragraph
from pipeline.model import Table
from schemas.records import Deadline


def read_text_table(ctx: Context, table: Table, n_header: int, out: list[Candidate]) -> None:
    """A task or mixed table: each cell read as text; a deadline cell dates its row's figures."""
    for row in table.rows[n_header:]:
        row_deadline = None
        for cell in row:
            if cell.text and is_deadline_phrase(cell.text, ctx.reference):
                d = parse_deadline(cell.text, ctx.reference)
                if d.date or d.flag or d.start:
                    row_deadline = Deadline(raw=d.raw, date=d.date, start=d.start, recurrence=d.recurrence, flag=d.flag,
                                            char_start=cell.char_start, char_end=cell.char_end)
        for cell in row:
            if not cell.text or (row_deadline and cell.char_start == row_deadline.char_start):
                continue
            read_paragraph(ctx, cell.char_start, cell.char_end, out, base=row_deadline, source="table",
                           table_index=table.index)
