"""Where a new notice's text was written before: its passages found in any stored notice.

Each clause of the new text is hashed with its figures masked (``pipeline.fingerprint.passages``)
and looked up in the ``passages`` index, so a sentence copied with a new number still matches and
is then aligned with its source to say which figures changed. Adjacent reused clauses make one
passage; its sources are listed earliest first (by 成文日期), the earliest being where the wording
most likely came from. A clause found in very many notices (``BOILERPLATE_SHARE`` of them, at
least ``BOILERPLATE_MIN``) is boilerplate ("（此件公开发布）", "（一）加强组织领导"): marked, and kept out
of the headline share. Reads SQLite; returns a dict (the report's ``reuse`` part).
"""
from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field

import regex

from pipeline.diff.sides import Side
from pipeline.fingerprint import passages as text_passages, without_layout

BOILERPLATE_SHARE = 0.1
BOILERPLATE_MIN = 3
#: sources listed per passage (the earliest ones; the rest are counted)
SOURCES_SHOWN = 5
_CHUNK = 500  # hashes per SQL query (SQLite's parameter limit is 999 on old builds)

# a figure as written: "1.2万" → 1.2, "2023" → 2023 (compared in order between a passage and its source)
_FIGURE = regex.compile(r"\d+(?:\.\d+)?")
# only punctuation and layout between two clauses: they belong to one passage
_JOINABLE = regex.compile(r"^[\s\p{P}]*$")


@dataclass
class Occurrence:
    """A clause of the new text found in one stored notice."""

    notice_id: str
    document_id: str
    char_start: int
    char_end: int


@dataclass
class Passage:
    """A run of adjacent reused clauses of the new text."""

    char_start: int
    char_end: int
    boilerplate: bool
    clauses: list[int] = field(default_factory=list)  # indexes into the new side's passages


def _stored_occurrences(db: sqlite3.Connection, hashes: list[int]) -> dict[int, list[Occurrence]]:
    # the passages first, then their documents' notices once per document (a join would look the
    # document up again for every clause it holds)
    rows = []
    for at in range(0, len(hashes), _CHUNK):
        chunk = hashes[at:at + _CHUNK]
        rows += db.execute("select hash, document_id, char_start, char_end from passages "
                           f"where hash in ({','.join('?' * len(chunk))})", chunk).fetchall()
    documents = sorted({row[1] for row in rows})
    notice_of = {}
    for at in range(0, len(documents), _CHUNK):
        chunk = documents[at:at + _CHUNK]
        notice_of.update(db.execute("select id, notice_id from documents where status = 'ok' and notice_id is not "
                                    f"null and id in ({','.join('?' * len(chunk))})", chunk).fetchall())
    found: dict[int, list[Occurrence]] = {}
    for value, doc, start, end in rows:
        if doc in notice_of:
            found.setdefault(value, []).append(Occurrence(notice_of[doc], doc, start, end))
    return found


def _unindexed_occurrences(db: sqlite3.Connection, wanted: set[int]) -> dict[int, list[Occurrence]]:
    """Documents stored before the passage index existed: their clauses computed here from their text."""
    found: dict[int, list[Occurrence]] = {}
    rows = db.execute("select d.id, d.notice_id, d.text from documents d where d.status = 'ok' and "
                      "d.notice_id is not null and not exists (select 1 from passages p where p.document_id = d.id)")
    for doc, notice, text in rows:
        for clause in text_passages(text or ""):
            if clause.hash in wanted:
                found.setdefault(clause.hash, []).append(Occurrence(notice, doc, clause.char_start, clause.char_end))
    return found


def _notices(db: sqlite3.Connection, ids: set[str]) -> dict[str, dict]:
    found = {}
    listed = sorted(ids)
    for at in range(0, len(listed), _CHUNK):
        chunk = listed[at:at + _CHUNK]
        for row in db.execute("select id, title, doc_number, region, issue_date, best_document_id from notices "
                              f"where id in ({','.join('?' * len(chunk))})", chunk):
            found[row[0]] = dict(zip(("notice_id", "title", "doc_number", "region", "issue_date", "best"), row))
    return found


def _by_notice(occurrences: list[Occurrence], notices: dict[str, dict], excluded: set) -> dict[str, Occurrence]:
    """One occurrence per notice: in its best-read copy when that copy has it."""
    chosen: dict[str, Occurrence] = {}
    for occ in occurrences:
        if occ.notice_id in excluded or occ.notice_id not in notices:
            continue
        held = chosen.get(occ.notice_id)
        if held is None or (occ.document_id == notices[occ.notice_id]["best"] and
                            held.document_id != notices[occ.notice_id]["best"]):
            chosen[occ.notice_id] = occ
    return chosen


def _date_order(notice: dict) -> tuple:
    # earliest first; a notice without a date last
    return (notice["issue_date"] is None, notice["issue_date"] or "", notice["notice_id"])


def _snippet(db: sqlite3.Connection, document_id: str, start: int, end: int) -> str:
    row = db.execute("select substr(text, ?, ?) from documents where id = ?",
                     [start + 1, end - start, document_id]).fetchone()
    return row[0] if row else ""


def _figure_changes(new_text: str, old_text: str) -> list[dict]:
    pairs = zip(_FIGURE.findall(old_text), _FIGURE.findall(new_text))
    return [{"old": a, "new": b} for a, b in pairs if a != b]


def _length(text: str) -> int:
    return len(without_layout(text))


def find_reuse(db: sqlite3.Connection, new: Side, excluded: set[str] | None = None,
               *, boilerplate_share: float = BOILERPLATE_SHARE, boilerplate_min: int = BOILERPLATE_MIN) -> dict:
    """Passages of ``new`` found in stored notices (other than ``excluded``), with their sources."""
    excluded = set(excluded or ()) | ({new.notice_id} if new.notice_id else set())
    clauses = new.passages
    wanted = sorted({c.hash for c in clauses})
    occurrences = _stored_occurrences(db, wanted)
    for value, extra in _unindexed_occurrences(db, set(wanted)).items():
        occurrences.setdefault(value, []).extend(extra)
    notices = _notices(db, {o.notice_id for found in occurrences.values() for o in found})
    stored = db.execute("select count(*) from notices").fetchone()[0]
    stored -= sum(1 for nid in excluded if db.execute("select 1 from notices where id = ?", [nid]).fetchone())
    threshold = max(boilerplate_min, math.ceil(boilerplate_share * max(stored, 0)))
    per_clause = [_by_notice(occurrences.get(c.hash, []), notices, excluded) for c in clauses]

    runs: list[Passage] = []
    for index, (clause, found) in enumerate(zip(clauses, per_clause)):
        if not found:
            continue
        common = len(found) >= threshold
        last = runs[-1] if runs else None
        if (last and last.clauses[-1] == index - 1 and last.boilerplate == common
                and _JOINABLE.match(new.text[last.char_end:clause.char_start])):
            last.char_end = clause.char_end
            last.clauses.append(index)
        else:
            runs.append(Passage(clause.char_start, clause.char_end, common, [index]))

    total = _length(new.text)
    new_date = new.meta.get("issue_date")
    report = []
    reused = boiler = 0
    for run in runs:
        spans: dict[str, list[Occurrence]] = {}
        for index in run.clauses:
            for notice_id, occ in per_clause[index].items():
                spans.setdefault(notice_id, []).append(occ)
        ordered = sorted(spans, key=lambda nid: _date_order(notices[nid]))
        text = new.text[run.char_start:run.char_end]
        sources = []
        for nid in ordered[:SOURCES_SHOWN]:
            held = spans[nid]
            same_doc = [o for o in held if o.document_id == held[0].document_id]
            start, end = min(o.char_start for o in same_doc), max(o.char_end for o in same_doc)
            source_text = _snippet(db, held[0].document_id, start, end)
            figures = _figure_changes(text, source_text) if len(held) == len(run.clauses) else []
            info = notices[nid]
            sources.append({"notice_id": nid, "title": info["title"], "doc_number": info["doc_number"],
                            "region": info["region"], "issue_date": info["issue_date"],
                            "document_id": held[0].document_id, "char_start": start, "char_end": end,
                            "evidence": source_text, "clauses": len(held),
                            "verbatim": without_layout(source_text) == without_layout(text),
                            "figures_changed": figures,
                            "later": bool(info["issue_date"] and new_date and info["issue_date"] > new_date)})
        length = _length(text)
        if run.boilerplate:
            boiler += length
        else:
            reused += length
        report.append({"char_start": run.char_start, "char_end": run.char_end, "evidence": text,
                       "boilerplate": run.boilerplate, "notices": len(spans),
                       "changed": bool(sources) and not sources[0]["verbatim"], "sources": sources})
    return {"share": round(reused / total, 4) if total else 0.0,
            "boilerplate_share": round(boiler / total, 4) if total else 0.0,
            "boilerplate_threshold": threshold, "stored_notices": stored, "passages": report}
