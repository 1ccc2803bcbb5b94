"""Score a zhengce database against gold files: ``zhengce evaluate --gold DIR [--db DB] [--json]``.

The gold-file format and the scoring rules are documented in README.md (section
"Evaluating the extractor on your own notices").
"""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import regex

# whitespace, the ** bold markers of text copies and the zero-width characters PDFs leave
_DROP = regex.compile(r"[\s\u200b\ufeff]+|\*\*")
# a year in any bracket of a document number: [2023] ［2023］ 【2023】 ﹝2023﹞ (2023) （2023）
_DOC_YEAR = regex.compile(r"[\[［【﹝(（〔]\s*(\d{4})\s*[\]］】﹞)）〕]")
# full-width ASCII (Ｇ１２％): folded before comparing
_FULL_WIDTH = regex.compile(r"[\uff01-\uff5e]")
# a leading enumerator of a task text: 1.  一、  （一）  一是  (1)  第十三条
_ENUMERATOR = regex.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                            r"|[一二三四五六七八九十]+是|[①-⑳]"
                            r"|第[一二三四五六七八九十百零〇\d]{1,5}条)")
# 加强组织领导。: an item's title, a short first sentence before the sentence that assigns the work
_ITEM_TITLE = regex.compile(r"^[^。；;！？!?]{2,30}。(?=.{8})")

METADATA_FIELDS = ("title", "doc_number", "issuer", "issue_date", "doc_type", "province", "city", "county",
                   "recipients", "cc", "public_status")


def norm(value: Any) -> Any:
    """A string as compared: no whitespace, full-width ASCII folded, 〈〉 and () as （）."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return value
    text = unicodedata.normalize("NFKC", str(value)) if _FULL_WIDTH.search(str(value)) else str(value)
    text = _DROP.sub("", text)
    text = text.replace("〈", "（").replace("〉", "）").replace("(", "（").replace(")", "）")
    return text or None


#: 〔〕 and ［］ ([]) around a part of an agency's name, compared as （）: the agency extractor writes them so
#: (各县〔市、区〕人民政府 is stored 各县（市、区）人民政府)
_NAME_BRACKETS = str.maketrans({"〔": "（", "〕": "）", "［": "（", "］": "）", "[": "（", "]": "）"})


def norm_agency(value: Any) -> Any:
    text = norm(value)
    return text.translate(_NAME_BRACKETS) if text else text


def norm_doc_number(value: Any) -> Any:
    if value is None:
        return None
    return norm(_DOC_YEAR.sub(r"〔\1〕", str(value)))


def norm_unit(value: Any) -> Any:
    text = norm(value)
    if text in ("个/每万人", "个每万人"):
        return "个/万人"
    if text == "个百分点":
        return "百分点"
    return text.replace("％", "%") if text else text


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def similar_words(a: str | None, b: str | None) -> bool:
    """Raw indicator words agree: one contains the other, or half the shorter one's character pairs are shared."""
    a, b = norm(a) or "", norm(b) or ""
    for ch in "“”\"'‘’…":
        a, b = a.replace(ch, ""), b.replace(ch, "")
    if not a or not b:
        return a == b
    if a in b or b in a:
        return True
    ga, gb = _bigrams(a), _bigrams(b)
    return len(ga & gb) >= 0.5 * min(len(ga), len(gb))


def same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return norm(a) == norm(b)
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


# ------------------------------------------------------------------------------------- counting

@dataclass
class PRF:
    """Matched / stored / gold counts, and per-attribute agreement on the matched pairs."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)  # name → [agree, compared]
    # what went wrong, for `zhengce evaluate --errors`: ("missed" | "spurious" | attr name, gold, stored)
    errors: list[tuple[str, Any, Any]] = field(default_factory=list)

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold
        self.errors += other.errors
        for name, (ok, n) in other.attrs.items():
            slot = self.attrs.setdefault(name, [0, 0])
            slot[0] += ok
            slot[1] += n

    def attr(self, name: str, agree: bool, gold: Any = None, stored: Any = None, item: str = "") -> None:
        slot = self.attrs.setdefault(name, [0, 0])
        slot[0] += int(agree)
        slot[1] += 1
        if not agree:
            self.errors.append((name, f"{item}: {gold!r}" if item else gold, stored))

    def unmatched(self, gold: list, pred: list, pairs: list[tuple[Any, Any]], describe: Callable[[Any], str]) -> None:
        """Record the gold facts nothing matched and the stored facts no gold fact matched."""
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        self.errors += [("missed", describe(g), None) for g in gold if id(g) not in matched_gold]
        self.errors += [("spurious", None, describe(p)) for p in pred if id(p) not in matched_pred]

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        ok, n = self.attrs.get(name, [0, 0])
        return ok / n if n else None

    def as_dict(self, with_prf: bool = True) -> dict:
        out: dict[str, Any] = {}
        if with_prf:
            out.update({"precision": _r(self.precision), "recall": _r(self.recall), "f1": _r(self.f1),
                        "matched": self.tp, "stored": self.n_pred, "gold": self.n_gold})
        out["accuracy"] = {name: {"value": _r(ok / n if n else None), "agree": ok, "of": n}
                           for name, (ok, n) in self.attrs.items()}
        return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _match(gold: list, pred: list, same: Callable[[Any, Any], bool],
           prefer: Callable[[Any, Any], int] | None = None) -> list[tuple[Any, Any]]:
    """One-to-one greedy matching in gold order; among equal candidates the one ``prefer`` ranks highest."""
    free = list(range(len(pred)))
    pairs = []
    for g in gold:
        options = [i for i in free if same(g, pred[i])]
        if not options:
            continue
        best = max(options, key=lambda i: prefer(g, pred[i])) if prefer else options[0]
        free.remove(best)
        pairs.append((g, pred[best]))
    return pairs


# ------------------------------------------------------------------------------------- per part

def score_targets(gold: list[dict], pred: list[dict], *, with_scope: bool = True) -> PRF:
    def same(g, p):
        if g.get("indicator"):
            if norm(p.get("indicator")) != norm(g["indicator"]):
                return False
        elif not similar_words(g.get("indicator_raw"), p.get("indicator_raw")):
            # no canonical name in the gold: the notice's own words decide (a canonical name the
            # stored fact has beyond them is a mapping the annotator did not have)
            return False
        return (same_value(g.get("value"), p.get("value")) and norm_unit(g.get("unit")) == norm_unit(p.get("unit"))
                and (not with_scope or norm(g.get("scope")) == norm(p.get("scope"))))

    def prefer(g, p):
        return (int(g.get("comparator") == p.get("comparator")) + int(g.get("deadline") == p.get("deadline"))
                + int(g.get("kind", "target") == p.get("kind")))

    prf = PRF(n_pred=len(pred), n_gold=len(gold))
    pairs = _match(gold, pred, same, prefer)
    prf.tp = len(pairs)
    prf.unmatched(gold, pred, pairs, _describe_target)
    for g, p in pairs:
        item = _describe_target(g)
        prf.attr("comparator", g.get("comparator") == p.get("comparator"), g.get("comparator"), p.get("comparator"),
                 item)
        prf.attr("deadline", (g.get("deadline") or None) == (p.get("deadline") or None), g.get("deadline"),
                 p.get("deadline"), item)
        prf.attr("kind", g.get("kind", "target") == p.get("kind"), g.get("kind", "target"), p.get("kind"), item)
        if "value_max" in g:
            prf.attr("value_max", same_value(g.get("value_max"), p.get("value_max")), g.get("value_max"),
                     p.get("value_max"), item)
        if "rank" in g:
            prf.attr("rank", (g.get("rank") or None) == (p.get("rank") or None), g.get("rank"), p.get("rank"), item)
    return prf


def _describe_target(t: dict) -> str:
    unit = t.get("unit") or ""
    return (f"{t.get('indicator') or '∅'} [{t.get('indicator_raw') or ''}] {t.get('comparator') or ''}"
            f"{t.get('value')}{unit} scope={t.get('scope')} kind={t.get('kind', 'target')}")


def score_metadata(gold: dict, row: dict | None) -> PRF:
    prf = PRF()
    row = row or {}
    for name in METADATA_FIELDS:
        if name not in gold:
            continue
        g, p = gold[name], row.get(name)
        if name in ("recipients", "cc"):
            if isinstance(p, str):
                try:
                    p = json.loads(p)
                except ValueError:
                    p = [p]
            agree = {norm(x) for x in (g or [])} == {norm(x) for x in (p or [])}
        elif name == "doc_number":
            agree = norm_doc_number(g) == norm_doc_number(p)
        else:
            agree = norm(g) == norm(p)
        prf.attr(name, agree, g, p)
    return prf


def score_citations(gold: list[dict], pred: list[dict]) -> PRF:
    def key(c):
        title = norm(c.get("cited_title")) or ""
        return title.strip("《》"), norm_doc_number(c.get("cited_doc_number"))

    prf = PRF(n_pred=len(pred), n_gold=len(gold))
    pairs = _match(gold, pred, lambda g, p: key(g) == key(p))
    prf.tp = len(pairs)
    prf.unmatched(gold, pred, pairs, lambda c: "《{}》 {}".format(*key(c)))
    return prf


def _task_text(text: str | None) -> tuple[str, ...]:
    """A task's text as it may be written down: whole, without its enumerator, and without its item's title."""
    full = norm(text) or ""
    bare = _ENUMERATOR.sub("", full)
    return full, bare, _ITEM_TITLE.sub("", bare)


def score_tasks(gold: list[dict], pred: list[dict]) -> PRF:
    def same(g, p):
        """The stored task starts as the gold's does. Gold and extractor may differ on where a titled item's task
        begins (``加强组织领导。各地区要…``: at its title or at the sentence naming the organ); either start is the
        same task."""
        start = norm(g.get("text_start")) or ""
        starts = {start, _ITEM_TITLE.sub("", _ENUMERATOR.sub("", start))} - {""}
        return any(text.startswith(s) for text in _task_text(p.get("text")) for s in starts)

    def describe(t):
        return (t.get("text_start") or norm(t.get("text")) or "")[:30]

    prf = PRF(n_pred=len(pred), n_gold=len(gold))
    pairs = _match(gold, pred, same)
    prf.tp = len(pairs)
    prf.unmatched(gold, pred, pairs, describe)
    for g, p in pairs:
        item = describe(g)
        for role in ("lead", "responsible", "partner"):
            if role in g:
                prf.attr(role, {norm_agency(x) for x in g[role] or []} == {norm_agency(x) for x in p.get(role) or []},
                         g[role], p.get(role), item)
        for name in ("deadline", "recurrence"):
            if name in g:
                prf.attr(name, (g.get(name) or None) == (p.get(name) or None), g.get(name), p.get(name), item)
    return prf


def score_members(gold: list[dict], pred: list[dict]) -> PRF:
    def key(m):
        person = norm(m.get("person"))
        return person if person else f"∅|{norm(m.get('organization'))}|{norm(m.get('position'))}"

    def describe(m):
        return f"{m.get('role')} {m.get('person') or '∅'} {m.get('organization') or ''}|{m.get('position') or ''}"

    prf = PRF(n_pred=len(pred), n_gold=len(gold))
    pairs = _match(gold, pred, lambda g, p: key(g) == key(p))
    prf.tp = len(pairs)
    prf.unmatched(gold, pred, pairs, describe)
    for g, p in pairs:
        for name in ("role", "position", "organization"):
            if name in g:
                prf.attr(name, norm(g.get(name)) == norm(p.get(name)), g.get(name), p.get(name), key(g))
    return prf


# ------------------------------------------------------------------------------------- reading

def load_gold(folder: str | Path) -> list[dict]:
    """Every ``*.json`` gold file of a folder, sorted by name, each with its ``match`` prefixes."""
    out = []
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        prefixes = data.get("match") or [f"{data.get('notice', path.stem)}_"]
        data["_file"] = path.name
        data["match"] = [prefixes] if isinstance(prefixes, str) else list(prefixes)
        out.append(data)
    return out


def _rows(db: sqlite3.Connection, sql: str, args: Iterable = ()) -> list[dict]:
    try:
        cursor = db.execute(sql, list(args))
    except sqlite3.OperationalError:  # a table another extractor has not created yet
        return []
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def stored_document(db: sqlite3.Connection, doc: dict) -> dict:
    """What the database holds for one document, in the shapes the scorers read."""
    doc_id = doc["id"]
    tasks = _rows(db, "select * from tasks where document_id = ? order by seq", [doc_id])
    agencies = _rows(db, "select task_id, role, agency from task_agencies where document_id = ?", [doc_id])
    for task in tasks:
        for role in ("lead", "responsible", "partner"):
            task[role] = [a["agency"] for a in agencies if a["task_id"] == task["id"] and a["role"] == role]
    return {
        "metadata": doc,
        "targets": _rows(db, "select * from targets where document_id = ? order by seq", [doc_id]),
        "citations": _rows(db, "select * from citations where document_id = ? order by seq", [doc_id]),
        "tasks": tasks,
        "members": _rows(db, "select * from taskforce_members where document_id = ? order by taskforce_id, seq",
                         [doc_id]),
    }


def _assigned(task: dict) -> bool:
    """Whether a stored task names a unit: its ``assigned`` flag, or (a database written before the
    flag) any agency of it."""
    if task.get("assigned") is not None:
        return bool(task["assigned"])
    return bool(task["lead"] or task["responsible"] or task["partner"])


PARTS = ("targets", "targets_any_scope", "metadata", "citations", "tasks", "members")


def evaluate(db_path: str | Path, gold_dir: str | Path) -> dict:
    """Scores per document and overall: ``{"documents": [...], "overall": {...}, "unmatched_gold": [...]}``."""
    db = sqlite3.connect(str(db_path))
    golds = load_gold(gold_dir)
    documents = _rows(db, "select * from documents order by file_name")
    overall = {part: PRF() for part in PARTS}
    results, used = [], set()
    for doc in documents:
        gold = next((g for g in golds if any((doc.get("file_name") or "").startswith(p) for p in g["match"])), None)
        if gold is None:
            continue
        used.add(gold["_file"])
        stored = stored_document(db, doc) if doc.get("status") == "ok" else {
            "metadata": {}, "targets": [], "citations": [], "tasks": [], "members": []}
        scores: dict[str, PRF] = {}
        if "targets" in gold:
            targets = stored["targets"]
            if gold.get("target_kinds"):  # the gold annotated only these kinds (written before requirement/support)
                targets = [t for t in targets if (t.get("kind") or "target") in gold["target_kinds"]]
            scores["targets"] = score_targets(gold["targets"], targets)
            scores["targets_any_scope"] = score_targets(gold["targets"], targets, with_scope=False)
        if "metadata" in gold:
            scores["metadata"] = score_metadata(gold["metadata"], stored["metadata"])
        if "citations" in gold:
            scores["citations"] = score_citations(gold["citations"], stored["citations"])
        if "tasks" in gold:
            tasks = stored["tasks"]
            if gold.get("tasks_scope") == "assigned":  # the gold lists only tasks that name a unit
                tasks = [t for t in tasks if _assigned(t)]
            scores["tasks"] = score_tasks(gold["tasks"], tasks)
        if "taskforces" in gold:
            members = [m for force in gold["taskforces"] for m in force.get("members", [])]
            scores["members"] = score_members(members, stored["members"])
        for part, prf in scores.items():
            overall[part].add(prf)
        results.append({"file_name": doc.get("file_name"), "status": doc.get("status"), "gold": gold["_file"],
                        "scores": scores})
    db.close()
    return {
        "documents": results,
        "overall": overall,
        "unmatched_gold": [g["_file"] for g in golds if g["_file"] not in used],
    }


# ------------------------------------------------------------------------------------- output

def to_json(report: dict) -> dict:
    def part(name: str, prf: PRF) -> dict:
        return prf.as_dict(with_prf=name != "metadata")

    def errors(prf: PRF) -> list[dict]:
        return [{"what": what, "gold": gold, "stored": stored} for what, gold, stored in prf.errors]

    return {
        "documents": [{"file_name": d["file_name"], "status": d["status"], "gold": d["gold"],
                       "scores": {name: {**part(name, prf), "errors": errors(prf)} for name, prf in d["scores"].items()}}
                      for d in report["documents"]],
        "overall": {name: part(name, prf) for name, prf in report["overall"].items()
                    if prf.n_gold or prf.n_pred or prf.attrs},
        "unmatched_gold": report["unmatched_gold"],
    }


def _fmt(x: float | None) -> str:
    return "    –" if x is None else f"{x:5.3f}"


def _lines(scores: dict[str, PRF]) -> list[str]:
    lines = [f"  {'part':<22}{'P':>7}{'R':>7}{'F1':>7}   {'matched/stored/gold':<20}"]
    for name in PARTS:
        prf = scores.get(name)
        if prf is None or (not prf.n_gold and not prf.n_pred and not prf.attrs):
            continue
        if name == "metadata":
            ok = sum(a for a, _ in prf.attrs.values())
            n = sum(b for _, b in prf.attrs.values())
            lines.append(f"  {'metadata (accuracy)':<22}{'':>21}   {ok}/{n} fields = {_fmt(ok / n if n else None)}")
        else:
            label = {"members": "taskforce members", "targets_any_scope": "targets, scope ignored"}.get(name, name)
            lines.append(f"  {label:<22}{_fmt(prf.precision):>7}{_fmt(prf.recall):>7}{_fmt(prf.f1):>7}   "
                         f"{prf.tp}/{prf.n_pred}/{prf.n_gold}")
        if name == "targets_any_scope":
            continue
        for attr, (ok, n) in prf.attrs.items():
            lines.append(f"    {attr:<20}{'':>21}   acc {_fmt(ok / n if n else None)} ({ok}/{n})")
    return lines


def _error_lines(scores: dict[str, PRF]) -> list[str]:
    lines = []
    for name in PARTS:
        prf = scores.get(name) if name != "targets_any_scope" else None
        for what, gold, stored in prf.errors if prf else ():
            if what == "missed":
                lines.append(f"  ✗ {name} missed:   {gold}")
            elif what == "spurious":
                lines.append(f"  ✗ {name} spurious: {stored}")
            else:
                lines.append(f"  ✗ {name}.{what}: gold {gold} ≠ stored {stored!r}")
    return lines


def format_report(report: dict, errors: bool = False) -> str:
    """The score table per document and overall; with ``errors`` each miss, spurious fact and disagreement too."""
    out = []
    for doc in report["documents"]:
        status = "" if doc["status"] == "ok" else f"  [{doc['status']}: scored as empty]"
        out.append(f"{doc['file_name']}  (gold {doc['gold']}){status}")
        out += _lines(doc["scores"])
        if errors:
            out += _error_lines(doc["scores"])
        out.append("")
    out.append(f"OVERALL ({len(report['documents'])} documents)")
    out += _lines(report["overall"])
    if report["unmatched_gold"]:
        out.append("")
        out.append("gold files with no stored document: " + ", ".join(report["unmatched_gold"]))
    return "\n".join(out)
