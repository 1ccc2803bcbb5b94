"""Group documents into notices: the same notice saved as a web page, a PDF and a DOCX is one notice.

The rule (README, "Files, documents, notices"):
1. Two documents with the same 发文字号 are one notice, unless both name an issuer and the issuers
   differ, or both give a 成文日期 and the dates differ.
2. Two documents whose texts are near-identical (estimated Jaccard similarity of their 5-character
   shingles ≥ ``TEXT_SIMILARITY``) are one notice, unless their 发文字号 differ or their dates differ
   (a city's plan re-issued next year with new numbers is a new notice).
3. A group never holds two different 发文字号 or two different dates, however it is joined.
Documents are visited in id order so that the grouping does not depend on the order files arrived.
Each notice's facts are those of its best-read copy (``best_copy``). Reads documents from the
store; writes the ``notices`` table and ``documents.notice_id``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterator

from pipeline.fingerprint import NUM_PERM, near_duplicates

TEXT_SIMILARITY = 0.8
#: how well a format keeps a notice's structure, best first (a tie-break after facts found)
FORMAT_RANK = {"docx": 0, "doc": 0, "text": 1, "markdown": 1, "html": 2, "pdf": 3}


@dataclass(slots=True)
class Copy:
    """What grouping needs to know of one stored document (``fields``: the documents row's metadata, which
    ``regroup`` reads only for the notices it is writing, a batch at a time)."""

    id: str
    doc_number: str | None
    issuer: str | None
    issue_date: str | None
    file_format: str | None
    minhash: bytes | None
    facts: int
    files: int
    fields: dict = field(default_factory=dict)
    grouped_by: str = "single"  # what joined its notice: doc_number, text, both (doc_number+text) or single


class Groups:
    """Union-find over documents by their place in id order, each group keeping the 文号, date and issuers it
    holds. A group holds one 文号 and one date at most (a join that would give it two is refused), so each is a
    single value; issuers are one value until a join by text brings two (then a frozenset). Lists and
    single values, not a set per document: at 10,000 documents the sets were tens of megabytes."""

    def __init__(self, copies: list[Copy]):
        self.parent = list(range(len(copies)))
        self.numbers: list[str | None] = [c.doc_number for c in copies]
        self.dates: list[str | None] = [c.issue_date for c in copies]
        self.issuers: list[str | frozenset | None] = [c.issuer for c in copies]
        self.reasons: dict[int, set[str]] = {}  # by root, for groups that were joined

    def find(self, node: int) -> int:
        parent = self.parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(self, a: int, b: int, reason: str, *, same_issuer_needed: bool) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            self.reasons.setdefault(ra, set()).add(reason)
            return True
        number, date = _one(self.numbers[ra], self.numbers[rb]), _one(self.dates[ra], self.dates[rb])
        if number is _CLASH or date is _CLASH:
            return False
        issuers_a, issuers_b = _as_set(self.issuers[ra]), _as_set(self.issuers[rb])
        if same_issuer_needed and issuers_a and issuers_b and not issuers_a & issuers_b:
            return False
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        self.numbers[root], self.dates[root] = number, date
        issuers = issuers_a | issuers_b
        self.issuers[root] = next(iter(issuers)) if len(issuers) == 1 else (issuers or None)
        self.reasons[root] = self.reasons.get(root, set()) | self.reasons.pop(child, set()) | {reason}
        return True


#: two groups with different 文号 or dates
_CLASH = object()


def _one(a: str | None, b: str | None):
    """The one value two groups share (or either has), ``_CLASH`` when they differ."""
    if a is None or b is None or a == b:
        return a if a is not None else b
    return _CLASH


def _as_set(value: str | frozenset | None) -> frozenset:
    if value is None:
        return frozenset()
    return value if isinstance(value, frozenset) else frozenset((value,))


def group(copies: list[Copy]) -> list[list[Copy]]:
    """Copies grouped into notices (each group sorted by id; groups sorted by their first id)."""
    copies = sorted(copies, key=lambda c: c.id)
    groups = Groups(copies)
    by_number: dict[str, int] = {}  # 文号 → the first copy (in id order) that has it
    for index, copy in enumerate(copies):
        if copy.doc_number:
            first = by_number.setdefault(copy.doc_number, index)
            if first != index:
                groups.join(first, index, "doc_number", same_issuer_needed=True)
    for index, other in similar_pairs(copies):
        groups.join(index, other, "text", same_issuer_needed=False)
    members: dict[int, list[Copy]] = {}
    for index, copy in enumerate(copies):
        members.setdefault(groups.find(index), []).append(copy)
    for root, notice in members.items():
        grouped_by = "+".join(sorted(groups.reasons.get(root, ()))) or "single"
        for copy in notice:
            copy.grouped_by = grouped_by
    return sorted(members.values(), key=lambda g: g[0].id)


def similar_pairs(copies: list[Copy]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, of copies (by place in ``copies``) whose texts are near-identical, in that order
    (``fingerprint.near_duplicates`` over their signatures)."""
    signed = [i for i, c in enumerate(copies) if c.minhash and len(c.minhash) == NUM_PERM * 4]
    for k, other in near_duplicates([copies[i].minhash for i in signed], TEXT_SIMILARITY):
        yield signed[k], signed[other]


def best_copy(notice: list[Copy]) -> Copy:
    """The copy whose facts stand for the notice: the most facts found, then the format that keeps
    structure best, then the lowest id (so the choice is the same in every run)."""
    return min(notice, key=lambda c: (-c.facts, FORMAT_RANK.get(c.file_format or "", 9), c.id))


def notice_id(notice: list[Copy], taken: set[str] | frozenset = frozenset()) -> str:
    """Short and stable: from the 文号 where the notice has one, else from its first copy's id. Two
    notices of one 文号 (kept apart by their issuers or dates) would share an id: the second, in
    id order, takes its first copy's id into the key."""
    number = next((c.doc_number for c in notice if c.doc_number), None)
    key = f"doc_number:{number}" if number else f"document:{notice[0].id}"
    if hashlib.sha1(key.encode("utf-8")).hexdigest()[:10] in taken:
        key = f"doc_number:{number}|document:{notice[0].id}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


_FACT_TABLES = ("targets", "tasks", "taskforce_members", "citations")


#: the documents columns a notices row takes from its best copy (``Copy.fields``)
_FIELD_COLUMNS = ("title", "doc_type", "doc_number", "issuer", "issue_date", "province", "city", "county", "region",
                  "region_level")
#: notices written a batch at a time: their copies' fields are read for the batch and let go after it
NOTICES_PER_BATCH = 500


def load_copies(db) -> list[Copy]:
    """Every document that was extracted (status ok), with what grouping needs (not yet its ``fields``)."""
    facts = {}
    for table in _FACT_TABLES:
        for doc_id, count in db.execute(f"select document_id, count(*) from [{table}] group by document_id"):
            facts[doc_id] = facts.get(doc_id, 0) + count
    files = dict(db.execute("select document_id, count(*) from files where document_id is not null "
                            "group by document_id").fetchall())
    return [Copy(doc_id, number, issuer, date, fmt, minhash, facts.get(doc_id, 0), files.get(doc_id, 0))
            for doc_id, number, issuer, date, fmt, minhash in db.execute(
                "select id, doc_number, issuer, issue_date, file_format, minhash from documents where status = 'ok'")]


def read_fields(db, copies: list[Copy]) -> None:
    """Each copy's ``fields``: its documents row's metadata."""
    by_id = {c.id: c for c in copies}
    ids = list(by_id)
    for start in range(0, len(ids), 500):  # under SQLite's limit of bound values
        chunk = ids[start:start + 500]
        for row in db.execute(f"select id, {', '.join(_FIELD_COLUMNS)} from documents "
                              f"where id in ({', '.join('?' * len(chunk))})", chunk):
            by_id[row[0]].fields = dict(zip(_FIELD_COLUMNS, row[1:]))


def notice_rows(notices: list[list[Copy]], taken: set[str] | None = None) -> tuple[list[dict], dict[str, str]]:
    """The notices rows, and document id → notice id. ``taken``: the ids of notices written before (in the
    batches before this one), added to as ids are given."""
    rows, assignment = [], {}
    taken = set() if taken is None else taken
    for notice in notices:
        best = best_copy(notice)
        nid = notice_id(notice, taken)
        taken.add(nid)
        fields = best.fields

        def first(name: str):
            # the best copy's value, else the first copy that has one
            return fields.get(name) or next((c.fields.get(name) for c in notice if c.fields.get(name)), None)

        province, city, county = first("province"), first("city"), first("county")
        rows.append({
            "id": nid, "title": first("title"), "doc_number": first("doc_number"), "issuer": first("issuer"),
            "issue_date": first("issue_date"), "doc_type": first("doc_type"), "province": province, "city": city,
            "county": county, "region": first("region") or county or city or province,
            "region_level": first("region_level"), "best_document_id": best.id,
            "documents": len(notice), "files": sum(c.files for c in notice),
            "grouped_by": best.grouped_by,
        })
        for copy in notice:
            assignment[copy.id] = nid
    return rows, assignment


def regroup(store) -> int:
    """Rebuild the notices table from the stored documents (one transaction). Returns the notice count.
    Notices are written a batch at a time, their copies' metadata read for the batch and let go after it, so
    that memory holds what grouping needs of each document and no more (a run's peak was this step's)."""
    db = store.db.conn
    notices = group(load_copies(db))
    # only the documents whose notice changes are rewritten (a documents row holds its text: setting every
    # row's notice_id to null and then to its notice wrote each row twice, at the end of every run)
    stored = dict(db.execute("select id, notice_id from documents"))
    taken: set[str] = set()
    grouped: set[str] = set()
    with db:
        db.execute("delete from notices")
        for start in range(0, len(notices), NOTICES_PER_BATCH):
            batch = notices[start:start + NOTICES_PER_BATCH]
            read_fields(db, [copy for notice in batch for copy in notice])
            rows, assignment = notice_rows(batch, taken)
            store.insert_rows("notices", rows)
            db.executemany("update documents set notice_id = ? where id = ?",
                           [(nid, doc_id) for doc_id, nid in assignment.items() if stored.get(doc_id) != nid])
            grouped.update(assignment)
            for notice in batch:
                for copy in notice:
                    copy.fields = {}
        db.executemany("update documents set notice_id = null where id = ?",
                       [(doc_id,) for doc_id, nid in stored.items() if nid is not None and doc_id not in grouped])
    return len(notices)
