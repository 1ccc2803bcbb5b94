"""The matrix of ``pipeline.compare`` written out: a wide table (CSV with a UTF-8 BOM), JSON, Markdown
and a terminal table.

The wide table has one row per region (per region and notice with ``--all``) and, per indicator,
columns for each kind: comparator, value in the indicator's unit (named in the header), the
deadline or as-of date, whether it falls short of the national threshold, its source; then the
national threshold itself. ``pipeline.compare.xlsx`` writes the same table to a workbook.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pipeline.compare.matrix import COMPARED_KINDS, Cell, Figure, IndicatorColumn, Matrix
from pipeline.compare.units import format_number

#: what the date of a figure of each kind means
DATE_LABEL = {"actual": "as of"}
SHORT_MARK = "✗"


@dataclass
class WideColumn:
    header: str
    value: Callable[[int], object]  # row index → the cell's value
    figure: Callable[[int], Figure | None] = lambda i: None  # the figure a value comes from (XLSX comments)
    numeric: bool = False


def unit_suffix(column: IndicatorColumn) -> str:
    return f" ({column.unit})" if column.unit else ""


def _row_columns(matrix: Matrix) -> list[WideColumn]:
    rows = matrix.rows
    columns = [WideColumn("region", lambda i: rows[i].region.label),
               WideColumn("province", lambda i: rows[i].region.province),
               WideColumn("city", lambda i: rows[i].region.city),
               WideColumn("county", lambda i: rows[i].region.county)]
    if not matrix.latest:
        columns += [WideColumn("notice", lambda i: rows[i].notice_label),
                    WideColumn("issue date", lambda i: rows[i].issue_date)]
    return columns


def _chosen(matrix: Matrix, name: str, kind: str) -> Callable[[int], Figure | None]:
    def pick(i: int) -> Figure | None:
        cell = matrix.cell(i, name, kind)
        return cell.figure if cell else None
    return pick


def _kind_columns(matrix: Matrix, column: IndicatorColumn, kind: str) -> list[WideColumn]:
    name, unit = column.name, unit_suffix(column)
    pick = _chosen(matrix, name, kind)
    chosen = [f for f in map(pick, range(len(matrix.rows))) if f]
    cells = [matrix.cell(i, name, kind) for i in range(len(matrix.rows))]
    head = f"{name} · {kind}"
    out = [WideColumn(f"{head} comparator", lambda i: _get(pick(i), "comparator"), pick),
           WideColumn(f"{head}{unit}", lambda i: _get(pick(i), "value"), pick, numeric=True)]
    if any(f.value_max is not None for f in chosen):
        out.append(WideColumn(f"{head} max{unit}", lambda i: _get(pick(i), "value_max"), pick, numeric=True))
    out.append(WideColumn(f"{head} {DATE_LABEL.get(kind, 'deadline')}", lambda i: _get(pick(i), "deadline"), pick))
    if any(not f.region_wide for f in chosen) or any(c and c.figure is None for c in cells):
        out.append(WideColumn(f"{head} scope", lambda i: scope_text(matrix.cell(i, name, kind)), pick))
    if any(f.conversion for f in chosen):
        out.append(WideColumn(f"{head} converted from", lambda i: _get(pick(i), "conversion"), pick))
    if column.threshold and kind in COMPARED_KINDS:
        out.append(WideColumn(f"{head} vs national", lambda i: _get(pick(i), "vs_national"), pick))
    out.append(WideColumn(f"{head} source", lambda i: source_text(matrix.cell(i, name, kind)), pick))
    return out


def _get(figure: Figure | None, attribute: str):
    return getattr(figure, attribute) if figure else None


def scope_text(cell: Cell | None) -> str | None:
    """Blank for a region-wide figure; the operator or districts a figure is about; for a count stated only
    per operator or district, each of them."""
    if cell is None or (cell.figure is not None and cell.figure.region_wide):
        return None
    if cell.figure is None:
        return "; ".join(f"{f.scope} {f.text()}" for f in cell.others)
    if len(cell.figures) > 1:
        return f"{cell.figure.scope} (weakest of {len(cell.figures)})"
    return cell.figure.scope


def source_text(cell: Cell | None) -> str | None:
    if cell is None:
        return None
    sources = list(dict.fromkeys(f.source for f in cell.figures))
    return "; ".join(sources)


def wide_columns(matrix: Matrix) -> list[WideColumn]:
    columns = _row_columns(matrix)
    for column in matrix.indicators:
        for kind in matrix.kinds:
            if any(matrix.cell(i, column.name, kind) for i in range(len(matrix.rows))):
                columns += _kind_columns(matrix, column, kind)
        if column.threshold:
            threshold = column.threshold
            sign = {">=": "≥", "<=": "≤"}.get(threshold.comparator, threshold.comparator)
            columns.append(WideColumn(f"{column.name} · national {sign}{unit_suffix(column)}",
                                      lambda i, v=threshold.value: v, numeric=True))
    return columns


def wide_rows(matrix: Matrix, columns: list[WideColumn] | None = None) -> tuple[list[str], list[list]]:
    columns = columns or wide_columns(matrix)
    return [c.header for c in columns], [[c.value(i) for c in columns] for i in range(len(matrix.rows))]


def write_csv(matrix: Matrix, path: str | Path) -> None:
    """The wide table as CSV with a UTF-8 BOM, so that Excel on Windows opens the Chinese as Chinese."""
    header, body = wide_rows(matrix)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([[format_number(v) if isinstance(v, float) else v for v in row] for row in body])


# --- JSON -----------------------------------------------------------------------------------------

def _figure_json(figure: Figure) -> dict:
    keep = ("kind", "scope", "comparator", "value", "value_max", "unit", "deadline", "deadline_raw", "rank",
            "value_raw", "unit_raw", "conversion", "vs_national", "notice_id", "doc_number", "notice_title",
            "issue_date", "document_id", "target_id", "evidence", "char_start", "char_end")
    data = {k: getattr(figure, k) for k in keep}
    data["region_wide"] = figure.region_wide
    data["source"] = figure.source
    return data


def to_json(matrix: Matrix) -> dict:
    """The matrix for code: indicators with their thresholds, rows with their cells, every figure."""
    indicators = []
    for c in matrix.indicators:
        t = c.threshold
        indicators.append({
            "name": c.name, "canonical": c.canonical, "unit": c.unit, "direction": c.direction,
            "threshold": None if t is None else {"comparator": t.comparator, "value": t.value, "unit": t.unit,
                                                 "sources": t.sources, "note": t.note},
            "conversions": c.conversions, "not_converted": c.not_converted})
    rows = []
    for i, row in enumerate(matrix.rows):
        cells: dict[str, dict] = {}
        for c in matrix.indicators:
            for kind in matrix.kinds:
                cell = matrix.cell(i, c.name, kind)
                if cell:
                    cells.setdefault(c.name, {})[kind] = {
                        "figure": _figure_json(cell.figure) if cell.figure else None,
                        "others": [_figure_json(f) for f in cell.others]}
        rows.append({"region": row.region.name, "province": row.region.province, "city": row.region.city,
                     "county": row.region.county, "notice_id": row.notice_id, "notice": row.notice_label,
                     "issue_date": row.issue_date, "cells": cells})
    return {"database": matrix.db_path, "mode": "latest" if matrix.latest else "all", "kinds": matrix.kinds,
            "indicators": indicators, "rows": rows,
            "figures": [f.to_dict() for f in matrix.figures]}


def write_json(matrix: Matrix, path: str | Path) -> None:
    Path(path).write_text(json.dumps(to_json(matrix), ensure_ascii=False, indent=2), encoding="utf-8")


# --- text: Markdown and the terminal --------------------------------------------------------------

def cell_text(cell: Cell | None, *, with_unit: bool = False) -> str:
    """≥100 (2023-12-31), 20.53 (2023-05-31) ✗, ≥25 [湖州移动 …]; a count stated only per operator: 4 scoped."""
    if cell is None:
        return ""
    figure = cell.figure
    if figure is None:
        return f"{len(cell.others)} figures by scope"
    text = figure.text(with_unit)
    if figure.deadline:
        text += f" ({figure.deadline})"
    if not figure.region_wide:
        text += f" [{figure.scope}" + (f" +{len(cell.others)}" if cell.others else "") + "]"
    if figure.conversion:
        text += " *"
    if figure.vs_national == "short":
        text += f" {SHORT_MARK}"
    return text


def _footer(matrix: Matrix) -> list[str]:
    lines = [f"{SHORT_MARK} falls short of the national threshold; * unit converted; [..] a figure for an operator "
             "or district (the weakest of a share stated only per part)."]
    for c in matrix.indicators:
        if c.threshold:
            note = f" — {c.threshold.note}" if c.threshold.note else ""
            lines.append(f"national {c.name}: {c.threshold.text()} (from {'; '.join(c.threshold.sources)}){note}")
        for conversion in c.conversions:
            lines.append(f"converted {c.name}: {conversion}")
        for item in c.not_converted:
            lines.append(f"not compared {c.name}: {item} (no conversion to {c.unit})")
    sources = sorted({f.source for f in matrix.figures})
    lines.append("sources: " + "; ".join(sources))
    return lines


def _header_cell(column: IndicatorColumn) -> str:
    national = f"; 全国 {column.threshold.text()}" if column.threshold else ""
    return f"{column.name} ({column.unit or 'count'}{national})"


def _row_label(matrix: Matrix, i: int) -> str:
    row = matrix.rows[i]
    return row.region.label + (f" · {row.notice_label}" if row.notice_label else "")


def to_markdown(matrix: Matrix) -> str:
    """One table, regions down and indicators across (each kind its own line in a cell), sources below."""
    header = ["region"] + [_header_cell(c) for c in matrix.indicators]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for i in range(len(matrix.rows)):
        cells = [_row_label(matrix, i)]
        for c in matrix.indicators:
            parts = [f"{kind}: {cell_text(matrix.cell(i, c.name, kind))}" if len(matrix.kinds) > 1 else
                     cell_text(matrix.cell(i, c.name, kind))
                     for kind in matrix.kinds if matrix.cell(i, c.name, kind)]
            cells.append("<br>".join(parts))
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines + [""] + [f"- {line}" for line in _footer(matrix)]) + "\n"


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: two for a Chinese character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def to_table(matrix: Matrix) -> str:
    """For the terminal: a block per indicator, a line per region with each kind's figure and its source."""
    out = []
    for c in matrix.indicators:
        out.append(_header_cell(c))
        width = max([display_width(_row_label(matrix, i)) for i in range(len(matrix.rows))] + [6])
        for i in range(len(matrix.rows)):
            parts = []
            for kind in matrix.kinds:
                cell = matrix.cell(i, c.name, kind)
                if cell:
                    source = f"  ← {cell.figure.source}" if cell.figure and matrix.latest else ""
                    parts.append(f"{kind} {cell_text(cell, with_unit=True)}{source}")
            if parts:
                label = _row_label(matrix, i)
                out.append(f"  {label}{' ' * (width - display_width(label))}  " + "   ".join(parts))
        out.append("")
    return "\n".join(out + _footer(matrix)) + "\n"


def render_text(matrix: Matrix, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(matrix)
    if fmt == "json":
        return json.dumps(to_json(matrix), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        header, body = wide_rows(matrix)
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(body)
        return buffer.getvalue()
    return to_table(matrix)
