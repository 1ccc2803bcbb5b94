"""Excel workbooks for the people who receive tables (openpyxl): a bold header row, frozen panes, an
autofilter, readable widths, and a comment on each figure saying where it comes from.

``write_workbook`` writes sheets of plain rows (``zhengce export``); ``write_matrix`` writes the
compare matrix (``pipeline.compare.formats``' wide table) with its figures, indicators and notices.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from pipeline.compare.matrix import Figure, Matrix
from pipeline.compare.formats import wide_columns

#: Excel holds at most this many characters in a cell
CELL_LIMIT = 32767
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_SHORT_FONT = Font(color="C00000", bold=True)


@dataclass
class Sheet:
    name: str
    header: list[str]
    rows: list[list]
    frozen_columns: int = 1  # columns kept in view when scrolling right
    comments: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) in rows → comment
    flagged: set[tuple[int, int]] = field(default_factory=set)  # cells to show in red (short of the threshold)


def cell_value(value):
    """What a worksheet cell can hold: no control characters, lists joined, at most CELL_LIMIT characters."""
    if isinstance(value, (list, tuple)):
        value = "、".join(str(v) for v in value)
    if isinstance(value, bytes):
        return None
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > CELL_LIMIT:
            value = value[: CELL_LIMIT - 20] + " … (cut for Excel)"
    return value


def _width(values) -> float:
    longest = max((len(str(v)) if v is not None else 0 for v in values), default=0)
    return min(max(longest * 1.6, 8), 60)  # a CJK character is about two Latin ones wide


def write_workbook(sheets: list[Sheet], path: str | Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.name[:31])
        ws.append([cell_value(h) for h in sheet.header])
        for cell in ws[1]:
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.rows:
            ws.append([cell_value(v) for v in row])
        for (r, c), text in sheet.comments.items():
            comment = Comment(cell_value(text), "zhengce")
            comment.width, comment.height = 420, 180
            ws.cell(row=r + 2, column=c + 1).comment = comment
        for r, c in sheet.flagged:
            ws.cell(row=r + 2, column=c + 1).font = _SHORT_FONT
        ws.freeze_panes = ws.cell(row=2, column=sheet.frozen_columns + 1)
        if sheet.header:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.header))}{len(sheet.rows) + 1}"
        for index, header in enumerate(sheet.header, start=1):
            sample = [r[index - 1] for r in sheet.rows[:200]]
            ws.column_dimensions[get_column_letter(index)].width = max(_width(sample), min(len(str(header)), 24))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)


def figure_comment(figure: Figure) -> str:
    lines = [f"{figure.kind}: {figure.text()}" + (f" by {figure.deadline}" if figure.deadline else ""),
             f"notice: {figure.notice_title or ''}", f"文号: {figure.doc_number or '—'}   date: {figure.issue_date or '—'}",
             f"notice id: {figure.notice_id}   document: {figure.document_id[:12]}"]
    if figure.scope and not figure.region_wide:
        lines.append(f"scope: {figure.scope}")
    if figure.conversion:
        lines.append(f"converted: {figure.conversion}")
    if figure.evidence:
        lines.append(f"«{figure.evidence}» (chars {figure.char_start}–{figure.char_end})")
    return "\n".join(lines)


FIGURE_FIELDS = ("region", "province", "city", "county", "indicator", "kind", "scope", "region_wide", "comparator",
                 "value", "value_max", "unit", "deadline", "deadline_raw", "vs_national", "value_raw", "unit_raw",
                 "conversion", "rank", "source", "notice_id", "doc_number", "notice_title", "issue_date",
                 "document_id", "target_id", "evidence", "char_start", "char_end")


def matrix_sheets(matrix: Matrix) -> list[Sheet]:
    columns = wide_columns(matrix)
    header = [c.header for c in columns]
    rows, comments, flagged = [], {}, set()
    for i in range(len(matrix.rows)):
        rows.append([c.value(i) for c in columns])
        for j, column in enumerate(columns):
            figure = column.figure(i)
            if figure is not None and column.numeric:
                comments[(i, j)] = figure_comment(figure)
                if figure.vs_national == "short":
                    flagged.add((i, j))
    frozen = 6 if not matrix.latest else 4
    figures = [[f.to_dict().get(k) for k in FIGURE_FIELDS] for f in matrix.figures]
    indicators = []
    for c in matrix.indicators:
        t = c.threshold
        indicators.append([c.name, c.unit, "canonical" if c.canonical else "raw (recurs across notices)", c.direction,
                           t.comparator if t else None, t.value if t else None,
                           "; ".join(t.sources) if t else None, t.note if t else None,
                           "\n".join(c.conversions) or None, "\n".join(c.not_converted) or None])
    notices = {}
    for f in matrix.figures:
        notices.setdefault(f.notice_id, [f.notice_id, f.doc_number, f.notice_title, f.issue_date, f.document_id])
    return [
        Sheet("matrix", header, rows, frozen, comments, flagged),
        Sheet("figures", list(FIGURE_FIELDS), figures, 5),
        Sheet("indicators", ["indicator", "unit", "type", "better", "national comparator", "national value",
                             "national source", "note", "conversions", "not converted"], indicators, 1),
        Sheet("notices", ["notice_id", "doc_number", "title", "issue_date", "best_document_id"],
              sorted(notices.values(), key=lambda r: (r[3] or "", r[0])), 1),
    ]


def write_matrix(matrix: Matrix, path: str | Path) -> None:
    write_workbook(matrix_sheets(matrix), path)
