"""The notices a diff compares, in the database's own shapes: a stored notice or a file read on the fly.

A stored notice is its best-read copy (``notices.best_document_id``): its documents row and fact rows
as SQLite holds them. A file not stored is extracted by ``pipeline.runner.process_file``, which gives
the very rows ``zhengce run`` would store (and turns any failure into a reason), so everything after
this module reads one shape whichever way a notice came in.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.fingerprint import Passage, passages

#: documents columns a side keeps as its metadata (the rest are text, blobs and bookkeeping)
META_FIELDS = ("title", "doc_number", "issuer", "issue_date", "doc_type", "province", "city", "county",
               "recipients", "cc", "public_status")


class DiffError(Exception):
    """A notice that cannot be diffed: a path that is not there or cannot be read, an unknown id."""


@dataclass
class Side:
    """One notice as the diff sees it."""

    label: str  # what the user named: a path or an id
    document_id: str
    notice_id: str | None  # the stored notice it is (None for a file whose notice is not stored)
    meta: dict
    text: str
    minhash: bytes | None
    targets: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)  # each with "agencies": [{agency, name, role}]
    members: list[dict] = field(default_factory=list)  # each with "taskforce": the task force's name
    passages: list[Passage] = field(default_factory=list)
    file_format: str | None = None

    @property
    def region(self) -> str | None:
        return self.meta.get("county") or self.meta.get("city") or self.meta.get("province")

    def summary(self) -> dict:
        """What a report says of this notice."""
        return {"label": self.label, "notice_id": self.notice_id, "document_id": self.document_id,
                "file_format": self.file_format, "title": self.meta.get("title"),
                "doc_number": self.meta.get("doc_number"), "issuer": self.meta.get("issuer"),
                "issue_date": self.meta.get("issue_date"), "region": self.region}


def side_from_rows(label: str, rows: dict[str, list[dict]], notice_id: str | None) -> Side:
    """A side from one document's rows (as ``document_rows`` makes them or SQLite returns them)."""
    doc = rows["documents"][0]
    names = {a["id"]: a["name"] for a in rows.get("agencies", [])}
    by_task: dict[str, list[dict]] = {}
    for mention in rows.get("task_agencies", []):
        by_task.setdefault(mention["task_id"], []).append(
            {"agency": mention["agency"], "name": names.get(mention["agency_id"]) or mention["agency"],
             "role": mention["role"]})
    tasks = [{**task, "agencies": by_task.get(task["id"], [])} for task in rows.get("tasks", [])]
    also: dict[str, list[list[int]]] = {}
    for extra in rows.get("target_evidence", []):
        also.setdefault(extra["target_id"], []).append([extra["char_start"], extra["char_end"]])
    targets = [{**target, "also_at": also.get(target["id"], [])} for target in rows.get("targets", [])]
    forces = {f["id"]: f["name"] for f in rows.get("taskforces", [])}
    members = [{**m, "taskforce": forces.get(m["taskforce_id"])} for m in rows.get("taskforce_members", [])]
    stored = rows.get("passages")
    found = ([Passage(p["char_start"], p["char_end"], p["hash"]) for p in stored] if stored
             else passages(doc.get("text") or ""))
    return Side(label=label, document_id=doc["id"], notice_id=notice_id,
                meta={name: doc.get(name) for name in META_FIELDS}, text=doc.get("text") or "",
                minhash=doc.get("minhash"), targets=targets, tasks=tasks, members=members,
                passages=found, file_format=doc.get("file_format"))


def _select(db: sqlite3.Connection, sql: str, args=()) -> list[dict]:
    cursor = db.execute(sql, args)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


def document_side(db: sqlite3.Connection, document_id: str, label: str, notice_id: str | None) -> Side:
    """The stored document ``document_id`` with its facts."""
    rows = {"documents": _select(db, "select * from documents where id = ?", [document_id])}
    for table in ("targets", "target_evidence", "tasks", "task_agencies", "taskforces", "taskforce_members",
                  "passages"):
        order = "id" if table in ("task_agencies", "target_evidence") else "seq"
        rows[table] = _select(db, f"select * from [{table}] where document_id = ? order by {order}", [document_id])
    rows["agencies"] = _select(db, "select a.id, a.name from agencies a where a.id in "
                                   "(select agency_id from task_agencies where document_id = ?)", [document_id])
    return side_from_rows(label, rows, notice_id)


def stored_side(db: sqlite3.Connection, ref: str) -> Side:
    """A stored notice by its id (or an unambiguous prefix), or a stored document by its id."""
    row = db.execute("select id, best_document_id from notices where id = ?", [ref]).fetchone()
    if row is None:
        found = db.execute("select id, best_document_id from notices where id like ? limit 2",
                           [ref.replace("%", "") + "%"]).fetchall()
        row = found[0] if len(found) == 1 else None
    if row is not None:
        return document_side(db, row[1], ref, row[0])
    doc = db.execute("select id, notice_id, status from documents where id = ?", [ref]).fetchone()
    if doc is not None and doc[2] == "ok":
        return document_side(db, doc[0], ref, doc[1])
    raise DiffError(f"{ref}: no such file, and no stored notice or document has this id")


def file_side(path: str | Path, db: sqlite3.Connection | None, password: str | None = None) -> Side:
    """A file extracted on the fly by the runner (nothing stored). Its notice id is set when its bytes
    are stored. A file that cannot be read or extracted is a DiffError saying why."""
    from pipeline.runner import process_file

    outcome = process_file(str(path), password)
    if outcome.status != "ok":
        raise DiffError(f"{path}: {outcome.error}")
    notice_id = None
    if db is not None:
        stored = db.execute("select notice_id from documents where id = ?", [outcome.document_id]).fetchone()
        notice_id = stored[0] if stored else None
    return side_from_rows(str(path), outcome.rows, notice_id)


def open_side(ref: str, db: sqlite3.Connection | None, password: str | None = None) -> Side:
    """A path is read as a file; anything else is looked up as a stored notice or document id."""
    if Path(ref).exists():
        if Path(ref).is_dir():
            raise DiffError(f"{ref}: a folder; diff compares one notice")
        return file_side(ref, db, password)
    if db is None:
        raise DiffError(f"{ref}: no such file (and no database to look the id up in)")
    return stored_side(db, ref)
