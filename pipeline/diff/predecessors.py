"""Which stored notices came before a new one: the K most similar, each with a score and the reasons.

Candidates come from locality-sensitive hashing over the stored MinHash signatures (64 bands of
two values: a notice sharing an eighth of its shingles with the new one is a candidate about half
the time, one sharing a third almost always), joined by notices of the same issuer and series or of
the same 文号 family, which may have been rewritten too much for their text to match (when fewer
than K notices share a band, signature agreement over all of them fills the pool). The best
candidates by estimated similarity are then scored exactly on their texts. The bands are compared
as one numpy array (10,000 notices take milliseconds; building a hash table for each query would
take longer than it saves). Reads SQLite; returns ``Predecessor``s.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import numpy as np
import regex

from pipeline.diff.sides import Side
from pipeline.fingerprint import NUM_PERM, pair_similarity, shingles

#: rows per LSH band: two 32-bit minimums make one 64-bit band key
BAND_ROWS = 2
#: candidates scored exactly on their texts, beyond the K asked for
EXACT_POOL = 20
#: a notice sharing less of its text than this, and no issuer series or 文号 family, is no predecessor
MIN_TEXT = 0.02
#: what a same-issuer series and a 文号 family add to the text similarity when ranking
SERIES_BONUS, FAMILY_BONUS = 0.2, 0.1
#: two notices this similar in text, with no 文号 or date that differ, are copies of one notice
SAME_NOTICE = 0.8

# a 文号 split into its 机关代字, year and serial: "咸政办发〔2022〕31号" → 咸政办发 | 2022 | 31
_DOC_NUMBER = regex.compile(r"^(?P<code>.+?)〔(?P<year>\d{4})〕(?P<serial>\d+)")
# what makes a title one of a series rather than a new subject: years and figures ("2023年", "三年")
_TITLE_FIGURES = regex.compile(r"\d+|[一二三四五六七八九十]+(?=年)")
# the wrapper of an issuing notice around the plan it issues: "关于印发《…》的通知" → …
_TITLE_WRAPPER = regex.compile(r"^.*?关于(?:印发|转发|下达|成立|建立|调整)?|的(?:通知|意见|复函|批复)$|[《》“”\"\s]")


@dataclass
class Predecessor:
    """A stored notice that may have come before the new one."""

    notice_id: str
    document_id: str
    title: str | None
    doc_number: str | None
    issuer: str | None
    issue_date: str | None
    region: str | None
    estimate: float  # MinHash estimate of the text similarity
    text_similarity: float = 0.0  # exact Jaccard similarity of the 5-character shingles
    shared: float = 0.0  # share of the new notice's shingles found in this one
    score: float = 0.0
    reasons: list[dict] = field(default_factory=list)
    later: bool = False  # issued after the new notice

    def to_json(self) -> dict:
        return {"notice_id": self.notice_id, "document_id": self.document_id, "title": self.title,
                "doc_number": self.doc_number, "issuer": self.issuer, "issue_date": self.issue_date,
                "region": self.region, "score": round(self.score, 4),
                "text_similarity": round(self.text_similarity, 4), "shared": round(self.shared, 4),
                "reasons": self.reasons, "later": self.later}


def doc_number_family(number: str | None) -> tuple[str, int, int] | None:
    """(机关代字, year, serial) of a 文号, or None when it is not of that shape."""
    match = _DOC_NUMBER.match(number or "")
    return (match["code"], int(match["year"]), int(match["serial"])) if match else None


def series_key(title: str | None) -> str:
    """A title without its issuing wrapper and its years: what stays the same from one edition to the next."""
    if not title:
        return ""
    return _TITLE_FIGURES.sub("#", _TITLE_WRAPPER.sub("", title))


def same_series(a: str | None, b: str | None) -> bool:
    """Two titles of one series: their cores agree in at least 80 % of their character pairs."""
    ka, kb = series_key(a), series_key(b)
    return bool(ka and kb) and pair_similarity(ka, kb) >= 0.8


def _stored(db: sqlite3.Connection) -> list[tuple]:
    return db.execute(
        "select n.id, n.best_document_id, n.title, n.doc_number, n.issuer, n.issue_date, n.region, d.minhash "
        "from notices n join documents d on d.id = n.best_document_id").fetchall()


def band_candidates(signatures: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Indexes of the rows of ``signatures`` that share at least one LSH band with ``query``."""
    bands = signatures.view(np.uint64)  # (n, NUM_PERM / BAND_ROWS) band keys
    return np.flatnonzero((bands == query.view(np.uint64)).any(axis=1))


def find_predecessors(db: sqlite3.Connection, new: Side, top: int = 5) -> list[Predecessor]:
    """The ``top`` stored notices most like ``new`` (its own notice excluded), best first."""
    stored = [row for row in _stored(db) if row[0] != new.notice_id]
    if not stored:
        return []
    signed = [row for row in stored if row[7] and len(row[7]) == NUM_PERM * 4]
    estimates: dict[str, float] = {}
    if new.minhash and signed:
        matrix = np.frombuffer(b"".join(row[7] for row in signed), dtype=np.uint32).reshape(-1, NUM_PERM)
        query = np.frombuffer(new.minhash, dtype=np.uint32)
        hits = band_candidates(matrix, query)
        if len(hits) < top:
            # fewer than K notices share a band: the pool is filled by signature agreement over all of them
            hits = np.arange(len(signed))
        agree = (matrix[hits] == query).mean(axis=1)
        estimates = {signed[i][0]: float(a) for i, a in zip(hits, agree) if a > 0}
    by_id = {row[0]: row for row in stored}
    pool = sorted(estimates, key=lambda nid: -estimates[nid])[:top + EXACT_POOL]
    family = doc_number_family(new.meta.get("doc_number"))
    related = [row[0] for row in stored
               if (family and (doc_number_family(row[3]) or ("",))[0] == family[0])
               or (new.meta.get("issuer") and row[4] == new.meta.get("issuer") and same_series(row[2], new.meta.get("title")))]
    related.sort(key=lambda nid: by_id[nid][5] or "", reverse=True)  # the latest first …
    related.sort(key=lambda nid: -estimates.get(nid, 0.0))  # … among those alike in text
    for nid in related[:top + EXACT_POOL]:
        if nid not in pool:
            pool.append(nid)
    found = [_scored(db, new, by_id[nid], estimates.get(nid, 0.0)) for nid in pool]
    found = [p for p in found if p.reasons]
    found.sort(key=lambda p: (-p.score, -(p.text_similarity), p.notice_id))
    return found[:top]


def _texts(db: sqlite3.Connection, document_id: str) -> str:
    row = db.execute("select text from documents where id = ?", [document_id]).fetchone()
    return (row[0] or "") if row else ""


def _scored(db: sqlite3.Connection, new: Side, row: tuple, estimate: float) -> Predecessor:
    nid, doc_id, title, number, issuer, date, region, _ = row
    found = Predecessor(nid, doc_id, title, number, issuer, date, region, estimate)
    new_grams, old_grams = shingles(new.text), shingles(_texts(db, doc_id))
    common = len(new_grams & old_grams)
    union = len(new_grams | old_grams)
    found.text_similarity = common / union if union else 0.0
    found.shared = common / len(new_grams) if new_grams else 0.0
    found.score = found.text_similarity
    new_date, new_number = new.meta.get("issue_date"), new.meta.get("doc_number")
    found.later = bool(date and new_date and date > new_date)
    other_issuer = bool(issuer and new.meta.get("issuer") and issuer != new.meta.get("issuer"))
    if (number and new_number and number == new_number and not other_issuer
            and (not date or not new_date or date == new_date)):
        found.reasons.append({"kind": "same_notice", "detail": f"same 文号 {number}: another copy of this notice"})
    elif (found.text_similarity >= SAME_NOTICE and not (number and new_number and number != new_number)
          and not (date and new_date and date != new_date)):
        found.reasons.append({"kind": "same_notice", "detail": "near-identical text: another copy of this notice"})
    if issuer and issuer == new.meta.get("issuer") and same_series(title, new.meta.get("title")):
        found.reasons.append({"kind": "series", "detail": f"same issuer ({issuer}) and series ({series_key(title)})"})
        found.score += SERIES_BONUS
    family, new_family = doc_number_family(number), doc_number_family(new_number)
    if family and new_family and family[0] == new_family[0] and number != new_number:
        found.reasons.append({"kind": "doc_number_family",
                              "detail": f"same 文号 family: {number} → {new_number}"})
        found.score += FAMILY_BONUS
    if found.text_similarity >= MIN_TEXT:
        found.reasons.append({"kind": "shared_text",
                              "detail": f"{found.shared:.0%} of the new text's shingles are in it "
                                        f"(Jaccard {found.text_similarity:.2f})"})
    return found
