"""``zhengce export``: every table of the database for people who do not query SQLite.

One XLSX workbook (a sheet per table: notices, targets, tasks, agencies, members, citations,
documents, files — header row, frozen panes, lists joined with 、) or one Parquet file per table
for DuckDB and pandas (lists stay lists). The tables are those of ``pipeline.frames.load``: facts
once per notice, with the notice's region joined in.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.frames import load
from pipeline.research_db import ResearchError

FORMATS = ("xlsx", "parquet")
#: columns a reader scans first: kept at the left of each sheet and frozen there
_FROZEN = {"notices": 2, "targets": 3, "tasks": 3, "agencies": 2, "members": 3, "citations": 3, "documents": 2,
           "files": 1}


def _plain(value):
    """A cell of a sheet: lists joined with 、, objects as JSON, NaN as empty."""
    if isinstance(value, list):
        return "、".join("" if v is None else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False) if value else None
    if isinstance(value, float) and value != value:
        return None
    return value


def _for_parquet(frame):
    """Objects (portal fields, extractor versions) as JSON text; lists stay lists of text."""
    for name in frame.columns:
        values = frame[name].tolist()
        if any(isinstance(v, dict) for v in values):
            frame[name] = [json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v for v in values]
        elif any(isinstance(v, list) for v in values):
            frame[name] = [[None if x is None else str(x) for x in v] if isinstance(v, list) else None for v in values]
    return frame


def export(db_path: str | Path, out: str | Path, fmt: str | None = None) -> list[Path]:
    """Write every table to ``out`` (a .xlsx file, or a folder of .parquet files); returns the paths written.
    ``fmt`` defaults to xlsx for a path ending in .xlsx, else parquet."""
    out = Path(out)
    fmt = fmt or ("xlsx" if out.suffix.lower() == ".xlsx" else "parquet")
    if fmt not in FORMATS:
        raise ResearchError(f"export writes {' or '.join(FORMATS)}, not {fmt}")
    frames = load(db_path)
    if fmt == "xlsx":
        from pipeline.compare.xlsx import Sheet, write_workbook

        if out.suffix.lower() != ".xlsx":
            raise ResearchError(f"an XLSX export goes to a file ending in .xlsx, not {out}")
        sheets = [Sheet(name, [str(c) for c in frame.columns],
                        [[_plain(v) for v in row] for row in frame.itertuples(index=False, name=None)],
                        _FROZEN.get(name, 1)) for name, frame in frames.items()]
        write_workbook(sheets, out)
        return [out]
    if out.suffix:
        raise ResearchError(f"a Parquet export goes to a folder (one file per table), not {out}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        path = out / f"{name}.parquet"
        _for_parquet(frame.copy()).to_parquet(path, index=False)
        written.append(path)
    return written
