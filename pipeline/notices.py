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

from pipeline.fingerprint import lsh_keys, similarity

TEXT_SIMILARITY = 0.8
#: how well a format keeps a notice's structure, best first (a tie-break after facts found)
FORMAT_RANK = {"docx": 0, "doc": 0, "text": 1, "markdown": 1, "html": 2, "pdf": 3}


@dataclass
class Copy:
    """What grouping needs to know of one stored document."""

    id: str
    doc_number: str | None
    issuer: str | None
    issue_date: str | None
    file_format: str | None
    minhash: bytes | None
    facts: int
    files: int
    fields: dict = field(default_factory=dict)


class Groups:
    """Union-find over documents, each group keeping the 文号, issuers and dates it holds."""

    def __init__(self, copies: list[Copy]):
        self.parent = {c.id: c.id for c in copies}
        self.numbers = {c.id: {c.doc_number} - {None} for c in copies}
        self.issuers = {c.id: {c.issuer} - {None} for c in copies}
        self.dates = {c.id: {c.issue_date} - {None} for c in copies}
        self.reasons: dict[str, set[str]] = {c.id: set() for c in copies}

    def find(self, node: str) -> str:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: str, b: str, reason: str, *, same_issuer_needed: bool) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            self.reasons[ra].add(reason)
            return True
        if len(self.numbers[ra] | self.numbers[rb]) > 1 or len(self.dates[ra] | self.dates[rb]) > 1:
            return False
        if same_issuer_needed and self.issuers[ra] and self.issuers[rb] and not self.issuers[ra] & self.issuers[rb]:
            return False
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        for table in (self.numbers, self.issuers, self.dates):
            table[root] |= table.pop(child)
        self.reasons[root] |= self.reasons.pop(child) | {reason}
        return True


def group(copies: list[Copy]) -> list[list[Copy]]:
    """Copies grouped into notices (each group sorted by id; groups sorted by their first id)."""
    copies = sorted(copies, key=lambda c: c.id)
    groups = Groups(copies)
    by_number: dict[str, list[Copy]] = {}
    for copy in copies:
        if copy.doc_number:
            by_number.setdefault(copy.doc_number, []).append(copy)
    for members in by_number.values():
        for other in members[1:]:
            groups.join(members[0].id, other.id, "doc_number", same_issuer_needed=True)
    signed = [c for c in copies if c.minhash]
    if len(signed) > 1:
        buckets: dict[tuple[int, bytes], list[str]] = {}
        for copy in signed:
            for key in lsh_keys(copy.minhash):
                buckets.setdefault(key, []).append(copy.id)
        by_id = {c.id: c for c in signed}
        for copy in signed:
            for other_id in sorted({other for key in lsh_keys(copy.minhash) for other in buckets[key]}):
                if other_id <= copy.id:
                    continue
                if similarity(copy.minhash, by_id[other_id].minhash) >= TEXT_SIMILARITY:
                    groups.join(copy.id, other_id, "text", same_issuer_needed=False)
    members: dict[str, list[Copy]] = {}
    for copy in copies:
        members.setdefault(groups.find(copy.id), []).append(copy)
    result = sorted(members.values(), key=lambda g: g[0].id)
    for notice in result:
        notice_reasons = groups.reasons.get(groups.find(notice[0].id), set())
        for copy in notice:
            copy.fields["_grouped_by"] = "+".join(sorted(notice_reasons)) or "single"
    return result


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


def load_copies(db) -> list[Copy]:
    """Every document that was extracted (status ok), with what grouping needs."""
    facts = {}
    for table in _FACT_TABLES:
        for doc_id, count in db.execute(f"select document_id, count(*) from [{table}] group by document_id"):
            facts[doc_id] = facts.get(doc_id, 0) + count
    files = dict(db.execute("select document_id, count(*) from files where document_id is not null "
                            "group by document_id").fetchall())
    copies = []
    columns = ("id", "doc_number", "issuer", "issue_date", "file_format", "minhash", "title", "doc_type",
               "province", "city", "county", "region", "region_level")
    for row in db.execute(f"select {', '.join(columns)} from documents where status = 'ok'"):
        values = dict(zip(columns, row))
        copies.append(Copy(values["id"], values["doc_number"], values["issuer"], values["issue_date"],
                           values["file_format"], values["minhash"], facts.get(values["id"], 0),
                           files.get(values["id"], 0), values))
    return copies


def notice_rows(notices: list[list[Copy]]) -> tuple[list[dict], dict[str, str]]:
    """The notices rows, and document id → notice id."""
    rows, assignment, taken = [], {}, set()
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
            "grouped_by": fields["_grouped_by"],
        })
        for copy in notice:
            assignment[copy.id] = nid
    return rows, assignment


def regroup(store) -> int:
    """Rebuild the notices table from the stored documents (one transaction). Returns the notice count."""
    db = store.db.conn
    rows, assignment = notice_rows(group(load_copies(db)))
    # only the documents whose notice changes are rewritten (a documents row holds its text: setting every
    # row's notice_id to null and then to its notice wrote each row twice, at the end of every run)
    stored = dict(db.execute("select id, notice_id from documents"))
    with db:
        db.execute("delete from notices")
        store.insert_rows("notices", rows)
        db.executemany("update documents set notice_id = null where id = ?",
                       [(doc_id,) for doc_id, nid in stored.items() if nid is not None and doc_id not in assignment])
        db.executemany("update documents set notice_id = ? where id = ?",
                       [(nid, doc_id) for doc_id, nid in assignment.items() if stored.get(doc_id) != nid])
    return len(rows)
