"""What changed in the facts from one notice to the next: targets, tasks, agencies, members, metadata.

Targets are matched by indicator (the canonical name, else the notice's own words) with scope and
kind, and within that by deadline, so that a plan's 2023 and 2025 goals for one indicator each find
their counterpart. Tasks are matched by the similarity of their texts (figures masked), members by
name (a member named by post alone: by organization and post). Every change carries the rows it
compares, with their evidence spans into each notice's text. Reads ``Side``s; returns change dicts.
"""
from __future__ import annotations

import json
from datetime import date

import regex

from pipeline.catalogue import load_catalogue
from pipeline.diff.sides import Side
from pipeline.fingerprint import mask_figures, pair_similarity, without_layout

#: two tasks whose masked texts share at least this share of character pairs are one task, reworded
TASK_MATCH = 0.5
TARGET_FIELDS = ("indicator", "indicator_raw", "kind", "scope", "comparator", "value", "value_max", "unit",
                 "deadline", "deadline_raw", "evidence", "char_start", "char_end", "also_at")
TASK_FIELDS = ("seq", "text", "deadline", "deadline_raw", "recurrence", "evidence", "char_start", "char_end")
MEMBER_FIELDS = ("taskforce", "role", "person", "position", "organization", "evidence", "char_start", "char_end")
ROLES = ("lead", "responsible", "partner")

# quotes, brackets and layout that do not change what an indicator's words name: "“双千兆”应用" = 双千兆应用
_WORDING_NOISE = regex.compile(r"[\s“”\"'‘’《》()（）]")


def _view(row: dict | None, fields) -> dict | None:
    return None if row is None else {name: row.get(name) for name in fields}


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except (TypeError, ValueError):
        return None


# --- targets ---------------------------------------------------------------------------------------

def target_key(target: dict) -> tuple:
    """What a target is about: indicator (canonical, else its own words), scope and kind."""
    indicator = target.get("indicator") or "≈" + _WORDING_NOISE.sub("", target.get("indicator_raw") or "")
    return indicator, target.get("scope"), target.get("kind")


def _target_closeness(a: dict, b: dict) -> int:
    return (4 * (a.get("deadline") == b.get("deadline")) + 2 * _same_number(a.get("value"), b.get("value"))
            + (a.get("comparator") == b.get("comparator")) + (a.get("unit") == b.get("unit")))


def pair_up(old: list, new: list, closeness) -> tuple[list[tuple], list, list]:
    """Greedy one-to-one pairs, closest first (ties: in document order); the unpaired of each side."""
    scored = [(closeness(a, b), -abs(i - j), i, j) for i, a in enumerate(old) for j, b in enumerate(new)]
    scored = sorted((s for s in scored if s[0] is not None), key=lambda s: (-s[0], -s[1], s[2], s[3]))
    used_old, used_new, pairs = set(), set(), []
    for _, _, i, j in scored:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((j, old[i], new[j]))
    pairs.sort(key=lambda p: p[0])  # in the new side's order
    return ([(a, b) for _, a, b in pairs], [a for i, a in enumerate(old) if i not in used_old],
            [b for j, b in enumerate(new) if j not in used_new])


def _grouped(rows: list[dict], key) -> dict:
    groups: dict = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups


def better_direction(indicator: str | None, comparator: str | None, catalogue: dict) -> int:
    """+1 when a higher value is better, -1 when a lower one is: the indicator's direction in
    ``schemas/indicators.json`` (as ``zhengce compare`` reads it); for an indicator not there, lower
    only when the target is a ceiling (``<=``: 不超过, 以内)."""
    entry = catalogue.get(indicator or "")
    if entry is not None:
        return -1 if entry.direction == "lower" else 1
    return -1 if comparator in ("<=", "<") else 1


def _value_change(old: dict, new: dict, catalogue: dict) -> dict | None:
    if _same_number(old.get("value"), new.get("value")) and _same_number(old.get("value_max"), new.get("value_max")):
        return None
    change = {"old": old.get("value"), "new": new.get("value"), "old_max": old.get("value_max"),
              "new_max": new.get("value_max"), "delta": None, "ratio": None, "verdict": None}
    if old.get("value") is None or new.get("value") is None or old.get("unit") != new.get("unit"):
        return change
    delta = new["value"] - old["value"]
    if _same_number(delta, 0.0):  # only the upper end of a range moved
        delta = (new.get("value_max") or 0.0) - (old.get("value_max") or 0.0)
    change["delta"] = round(delta, 6)
    change["ratio"] = round(delta / old["value"], 6) if old["value"] else None
    sense = better_direction(new.get("indicator"), new.get("comparator") or old.get("comparator"), catalogue)
    ahead = delta * sense > 0
    change["verdict"] = (("stricter" if ahead else "looser") if new.get("kind") == "target"
                         else ("better" if ahead else "worse"))
    return change


def target_changes(old: Side, new: Side) -> list[dict]:
    """Targets added, removed, or changed in value, comparator, unit or deadline."""
    changes = []
    catalogue = load_catalogue()
    old_groups, new_groups = _grouped(old.targets, target_key), _grouped(new.targets, target_key)
    for key in list(old_groups) + [k for k in new_groups if k not in old_groups]:
        pairs, removed, added = pair_up(old_groups.get(key, []), new_groups.get(key, []), _target_closeness)
        for a in removed:
            changes.append(_change("targets", "removed", _key_label(a), a, None, TARGET_FIELDS))
        for b in added:
            changes.append(_change("targets", "added", _key_label(b), None, b, TARGET_FIELDS))
        for a, b in pairs:
            details = {}
            value = _value_change(a, b, catalogue)
            if value:
                details["value"] = value
            if a.get("unit") != b.get("unit"):
                details["unit"] = {"old": a.get("unit"), "new": b.get("unit")}
            if a.get("comparator") != b.get("comparator"):
                details["comparator"] = {"old": a.get("comparator"), "new": b.get("comparator")}
            if a.get("deadline") != b.get("deadline"):
                days = _days(a.get("deadline"), b.get("deadline"))
                details["deadline"] = {"old": a.get("deadline"), "new": b.get("deadline"), "days": days,
                                       "verdict": None if days is None else ("later" if days > 0 else "earlier")}
            if details:
                changes.append(_change("targets", "changed", _key_label(b), a, b, TARGET_FIELDS, details))
    return _in_order(changes)


def _key_label(target: dict) -> str:
    name = target.get("indicator") or target.get("indicator_raw") or "?"
    scope = f" @ {target['scope']}" if target.get("scope") else ""
    kind = "" if target.get("kind") in (None, "target") else f" ({target['kind']})"
    return f"{name}{scope}{kind}"


def _change(kind: str, change: str, label: str, old: dict | None, new: dict | None, fields,
            details: dict | None = None) -> dict:
    return {"kind": kind, "change": change, "label": label, "what": sorted(details or {}),
            "details": details or {}, "old": _view(old, fields), "new": _view(new, fields)}


def _in_order(changes: list[dict]) -> list[dict]:
    # the new notice's order, then removed facts in the old notice's order
    return sorted(changes, key=lambda c: (c["new"] is None, (c["new"] or c["old"]).get("char_start") or 0))


# --- tasks -----------------------------------------------------------------------------------------

def _without_deadline(task: dict) -> str:
    # a task's words without its deadline's (a moved deadline is reported as such, not as a rewording)
    text = task.get("text") or ""
    return text.replace(task["deadline_raw"], "") if task.get("deadline_raw") else text


def _agencies(task: dict, role: str) -> set[str]:
    return {a["name"] for a in task.get("agencies", []) if a.get("role") == role}


def _deadline_change(a: dict, b: dict) -> dict | None:
    if a.get("deadline") == b.get("deadline") and (a.get("deadline") or a.get("deadline_raw") == b.get("deadline_raw")):
        return None
    days = _days(a.get("deadline"), b.get("deadline"))
    return {"old": a.get("deadline"), "new": b.get("deadline"), "old_raw": a.get("deadline_raw"),
            "new_raw": b.get("deadline_raw"), "days": days,
            "verdict": None if days is None else ("later" if days > 0 else "earlier")}


def task_changes(old: Side, new: Side) -> list[dict]:
    """Tasks added, removed, reworded, or with another lead, other agencies or another deadline."""
    words = {id(task): mask_figures(_without_deadline(task)) for task in old.tasks + new.tasks}

    def closeness(a, b):
        similarity = pair_similarity(words[id(a)], words[id(b)])
        return similarity if similarity >= TASK_MATCH else None

    pairs, removed, added = pair_up(old.tasks, new.tasks, closeness)
    changes = [_change("tasks", "removed", _task_label(a), a, None, TASK_FIELDS) for a in removed]
    changes += [_change("tasks", "added", _task_label(b), None, b, TASK_FIELDS) for b in added]
    for a, b in pairs:
        details = {}
        if without_layout(_without_deadline(a)) != without_layout(_without_deadline(b)):
            details["text"] = {"similarity": round(pair_similarity(words[id(a)], words[id(b)]), 4),
                               "figures_only": words[id(a)] == words[id(b)]}
        for role in ROLES:
            before, after = _agencies(a, role), _agencies(b, role)
            if before != after:
                details[role] = {"added": sorted(after - before), "removed": sorted(before - after)}
        deadline = _deadline_change(a, b)
        if deadline:
            details["deadline"] = deadline
        elif a.get("recurrence") != b.get("recurrence"):
            details["recurrence"] = {"old": a.get("recurrence"), "new": b.get("recurrence")}
        if details:
            changes.append(_change("tasks", "changed", _task_label(b), a, b, TASK_FIELDS, details))
    return _in_order(changes)


def _task_label(task: dict) -> str:
    text = without_layout(task.get("text") or "")
    return text[:30] + ("…" if len(text) > 30 else "")


def agency_changes(old: Side, new: Side) -> list[dict]:
    """Agencies that have tasks in one notice and none in the other."""
    before = {a["name"] for t in old.tasks for a in t.get("agencies", [])}
    after = {a["name"] for t in new.tasks for a in t.get("agencies", [])}
    changes = [{"kind": "agencies", "change": "involved", "label": name, "what": [], "details": {},
                "old": None, "new": {"agency": name}} for name in sorted(after - before)]
    changes += [{"kind": "agencies", "change": "dropped", "label": name, "what": [], "details": {},
                 "old": {"agency": name}, "new": None} for name in sorted(before - after)]
    return changes


# --- task-force members ------------------------------------------------------------------------------

def member_key(member: dict) -> str:
    """A member is a person; a member named by post alone is the organization and post."""
    if member.get("person"):
        return without_layout(member["person"])
    return "·".join(without_layout(member.get(name) or "") for name in ("organization", "position"))


def member_changes(old: Side, new: Side) -> list[dict]:
    """Members who joined or left a task force, or whose role or post changed."""
    changes = []
    old_groups, new_groups = _grouped(old.members, member_key), _grouped(new.members, member_key)
    for key in list(old_groups) + [k for k in new_groups if k not in old_groups]:
        pairs, left, joined = pair_up(old_groups.get(key, []), new_groups.get(key, []),
                                       lambda a, b: (a.get("role") == b.get("role")) + (a.get("position") == b.get("position")))
        changes += [_change("members", "left", _member_label(a), a, None, MEMBER_FIELDS) for a in left]
        changes += [_change("members", "joined", _member_label(b), None, b, MEMBER_FIELDS) for b in joined]
        for a, b in pairs:
            details = {}
            if a.get("role") != b.get("role"):
                details["role"] = {"old": a.get("role"), "new": b.get("role")}
            if (a.get("position"), a.get("organization")) != (b.get("position"), b.get("organization")):
                details["post"] = {"old": _post(a), "new": _post(b)}
            if details:
                changes.append(_change("members", "changed", _member_label(b), a, b, MEMBER_FIELDS, details))
    return _in_order(changes)


def _post(member: dict) -> str:
    return "".join(member.get(name) or "" for name in ("organization", "position"))


def _member_label(member: dict) -> str:
    return " ".join(x for x in (member.get("role"), member.get("person") or "", _post(member)) if x)


# --- metadata ----------------------------------------------------------------------------------------

def _meta_value(name: str, value):
    if name in ("recipients", "cc") and isinstance(value, str):
        try:
            return sorted(json.loads(value))
        except ValueError:
            return value
    return value


def metadata_changes(old: Side, new: Side) -> list[dict]:
    """Metadata fields whose values differ (lists compared as sets)."""
    changes = []
    for name in old.meta:
        before, after = _meta_value(name, old.meta.get(name)), _meta_value(name, new.meta.get(name))
        if before != after and (before or after):
            changes.append({"kind": "metadata", "change": "changed", "label": name, "what": [name],
                            "details": {name: {"old": before, "new": after}}, "old": {name: before},
                            "new": {name: after}})
    return changes


def fact_changes(old: Side, new: Side) -> dict[str, list[dict]]:
    """Every kind of fact change, by kind."""
    return {"metadata": metadata_changes(old, new), "targets": target_changes(old, new),
            "tasks": task_changes(old, new), "agencies": agency_changes(old, new),
            "members": member_changes(old, new)}
