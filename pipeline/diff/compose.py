"""One diff of a new notice, put together: its predecessors, the chosen one, what changed, whose text it reuses.

``diff_notice`` is what ``zhengce diff`` runs. The database is opened read-only: a diff never
writes; ``store_new`` stores a file through the runner, like ``zhengce run`` would. The result is
a plain dict whose shape (``SCHEMA``) the README documents.
"""
from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

from pipeline.diff.facts import fact_changes
from pipeline.diff.paragraphs import text_changes
from pipeline.diff.predecessors import Predecessor, find_predecessors
from pipeline.diff.reuse import find_reuse
from pipeline.diff.sides import DiffError, Side, document_side, open_side
from pipeline.research_db import ResearchError, columns, connect

SCHEMA = "zhengce.diff/1"
KINDS = ("metadata", "targets", "tasks", "agencies", "members", "text")


def open_database(path: str | Path | None) -> sqlite3.Connection | None:
    """The database read-only (``pipeline.research_db``), or None when no path is given. A database
    that is missing, empty or older than the passage index is a DiffError saying what to do."""
    if path is None:
        return None
    try:
        db = connect(path)
    except ResearchError as exc:
        raise DiffError(str(exc)) from None
    if not columns(db, "passages"):
        db.close()
        raise DiffError(f"{path} was written by an older zhengce (no passages table): run `zhengce run` on its "
                        "files again")
    return db


def _chosen(predecessors: list[Predecessor]) -> Predecessor | None:
    """The predecessor to diff against: the best one not issued after the new notice (another copy of
    the same notice included: a draft and its final text, a PDF and its DOCX), else the best one."""
    return next((p for p in predecessors if not p.later), predecessors[0] if predecessors else None)


def _spans(row: dict | None) -> list[tuple[int, int]]:
    if not row or row.get("char_start") is None or row.get("char_end") is None:
        return []
    return [(row["char_start"], row["char_end"])] + [tuple(span) for span in row.get("also_at") or []]


def _evidence(changes: list[dict], side: str) -> list[tuple[int, int]]:
    return [span for change in changes for span in _spans(change.get(side))]


def _overlaps(row: dict | None, spans: list[tuple[int, int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in _spans(row) for s2, e2 in spans)


def _without_target_figures(tasks: list[dict], targets: list[dict]) -> list[dict]:
    """Task changes, less a change of figures only in a task that states a changed target: a raised
    target written in a task's text is one change, reported as the target's."""
    old_spans, new_spans = _evidence(targets, "old"), _evidence(targets, "new")
    kept = []
    for change in tasks:
        text = change["details"].get("text")
        if (text and text["figures_only"] and _overlaps(change["new"], new_spans)
                and _overlaps(change["old"], old_spans)):
            details = {k: v for k, v in change["details"].items() if k != "text"}
            if not details:
                continue
            change = {**change, "details": details, "what": sorted(details)}
        kept.append(change)
    return kept


def _written(value) -> list[str]:
    """How a metadata value may be written in a notice's text (an ISO date also as 2023年7月10日)."""
    if not isinstance(value, str) or not value:
        return []
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return [value]
    return [value, f"{day.year}年{day.month}月{day.day}日"]


def _without_metadata_figures(text: list[dict], metadata: list[dict]) -> list[dict]:
    """Paragraph changes, less a change of figures only in a line that states a changed metadata value
    (the 文号 line, the 成文日期 or 印发 line): that change is the metadata's."""
    values = {side: [w for c in metadata for v in (c[side] or {}).values() for w in _written(v)]
              for side in ("old", "new")}

    def explained(change: dict) -> bool:
        return change["change"] == "figures" and all(
            any(value in change[side]["evidence"] for value in values[side]) for side in ("old", "new"))

    return [change for change in text if not explained(change)]


def compare(old: Side, new: Side) -> dict[str, list[dict]]:
    """Every change from ``old`` to ``new``: facts by kind, then the text no fact change accounts for."""
    changes = fact_changes(old, new)
    changes["tasks"] = _without_target_figures(changes["tasks"], changes["targets"])
    every = [c for kind in changes.values() for c in kind]
    text = text_changes(old.text, new.text, _evidence(every, "old"), _evidence(every, "new"))
    changes["text"] = _without_metadata_figures(text, changes["metadata"])
    return changes


def diff_notice(new_ref: str, db_path: str | Path | None = None, old_ref: str | None = None, *, top: int = 5,
                password: str | None = None) -> dict:
    """Diff ``new_ref`` (a file or a stored notice id) against ``old_ref`` (the same) or, without it,
    against its most similar stored predecessor; with the text it reuses from every stored notice."""
    started = time.perf_counter()
    db = open_database(db_path)
    try:
        new = open_side(new_ref, db, password)
        timings = {"read": time.perf_counter() - started}
        predecessors = find_predecessors(db, new, top) if db is not None else []
        timings["predecessors"] = time.perf_counter() - started - sum(timings.values())
        if old_ref is not None:
            old = open_side(old_ref, db, password)
        else:
            chosen = _chosen(predecessors)
            old = document_side(db, chosen.document_id, chosen.notice_id, chosen.notice_id) if chosen else None
        changes = compare(old, new) if old is not None else {kind: [] for kind in KINDS}
        timings["facts"] = time.perf_counter() - started - sum(timings.values())
        copies = {p.notice_id for p in predecessors if any(r["kind"] == "same_notice" for r in p.reasons)}
        reuse = find_reuse(db, new, copies) if db is not None else None
        timings["reuse"] = time.perf_counter() - started - sum(timings.values())
    finally:
        if db is not None:
            db.close()
    return {
        "schema": SCHEMA,
        "new": new.summary(),
        "old": old.summary() if old is not None else None,
        "predecessors": [p.to_json() for p in predecessors],
        "changes": changes,
        "counts": {kind: len(changes[kind]) for kind in KINDS},
        "reuse": reuse,
        "seconds": {name: round(value, 4) for name, value in timings.items()},
        "texts": {"new": new.text, "old": old.text if old is not None else None},
    }


def store_new(path: str | Path, db_path: str | Path, password: str | None = None) -> str | None:
    """Store a file through the runner (as ``zhengce run`` would); its notice id, or None if it failed."""
    from pipeline.runner import run

    summary = run([path], db_path, password=password)
    outcome = summary.outcomes[0] if summary.outcomes else None
    if outcome is None or outcome.status != "ok":
        return None
    db = sqlite3.connect(db_path)
    try:
        row = db.execute("select notice_id from documents where id = ?", [outcome.document_id]).fetchone()
    finally:
        db.close()
    return row[0] if row else None
