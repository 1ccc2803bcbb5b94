"""A diff as a terminal report (grouped by kind of change, coloured with click.style) or as JSON.

The JSON is the dict ``compose.diff_notice`` returns without the two full texts (its shape is
documented in the README, "Diffing a new notice"). Reads a diff dict; returns strings.
"""
from __future__ import annotations

import json

import click

#: per kind of fact: its heading and, per kind of change, a sub-heading and a colour
GROUPS = {
    "metadata": ("Metadata", {"changed": ("changed", "yellow")}),
    "targets": ("Targets", {"stricter": ("stricter", "green"), "looser": ("looser", "red"),
                            "changed": ("deadline, comparator or unit changed", "yellow"), "added": ("added", "green"),
                            "removed": ("removed", "red")}),
    "tasks": ("Tasks", {"added": ("added", "green"), "removed": ("removed", "red"),
                        "reworded": ("reworded", "yellow"), "changed": ("lead, agencies or deadline changed", "yellow")}),
    "agencies": ("Agencies", {"involved": ("newly involved", "green"), "dropped": ("dropped", "red")}),
    "members": ("Task-force members", {"joined": ("joined", "green"), "left": ("left", "red"),
                                       "changed": ("role or post changed", "yellow")}),
    "text": ("Text not covered by the facts above", {"added": ("paragraphs added", "green"),
                                                     "removed": ("paragraphs removed", "red"),
                                                     "rewritten": ("paragraphs rewritten", "yellow"),
                                                     "figures": ("figures changed", "yellow")}),
}
MARK = {"green": "+", "red": "-", "yellow": "~"}


def to_json(result: dict) -> str:
    """The diff as JSON (without the full texts)."""
    return json.dumps({k: v for k, v in result.items() if k != "texts"}, ensure_ascii=False, indent=2)


def change_group(change: dict) -> str:
    """The sub-heading a change is listed under."""
    if change["kind"] == "targets" and change["change"] == "changed":
        verdict = (change["details"].get("value") or {}).get("verdict")
        return {"stricter": "stricter", "better": "stricter", "looser": "looser", "worse": "looser"}.get(verdict, "changed")
    if change["kind"] == "tasks" and change["change"] == "changed" and "text" in change["details"]:
        return "reworded"
    return change["change"]


def _number(value) -> str:
    if value is None:
        return "?"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _target(row: dict) -> str:
    value = _number(row.get("value")) + (f"–{_number(row['value_max'])}" if row.get("value_max") is not None else "")
    by = f" by {row['deadline']}" if row.get("deadline") else ""
    return f"{row.get('comparator') or ''} {value}{row.get('unit') or ''}{by}".strip()


def _deadline(detail: dict) -> str:
    old = detail.get("old") or detail.get("old_raw") or "none"
    new = detail.get("new") or detail.get("new_raw") or "none"
    days = detail.get("days")
    moved = f" ({abs(days)} days {'later' if days > 0 else 'earlier'})" if days else ""
    return f"deadline {old} → {new}{moved}"


def describe(change: dict) -> str:
    """One line (without its mark) saying what changed."""
    details, old, new = change["details"], change["old"], change["new"]
    kind = change["kind"]
    if kind == "targets":
        if change["change"] in ("added", "removed"):
            row = new or old
            return f"{change['label']}: {_target(row)}"
        parts = []
        if "value" in details:
            v = details["value"]
            delta = f" ({v['delta']:+g}" + (f", {v['ratio']:+.1%}" if v.get("ratio") is not None else "") + \
                    (f", {v['verdict']}" if v.get("verdict") else "") + ")" if v.get("delta") is not None else ""
            parts.append(f"value {_number(v['old'])} → {_number(v['new'])}{new.get('unit') or ''}{delta}")
        if "unit" in details:
            parts.append(f"unit {details['unit']['old']} → {details['unit']['new']}")
        if "comparator" in details:
            parts.append(f"comparator {details['comparator']['old']} → {details['comparator']['new']}")
        if "deadline" in details:
            parts.append(_deadline(details["deadline"]))
        return f"{change['label']}: " + "; ".join(parts)
    if kind == "tasks":
        if change["change"] in ("added", "removed"):
            return change["label"]
        parts = []
        if "text" in details:
            text = details["text"]
            parts.append("figures changed" if text["figures_only"] else f"reworded (similarity {text['similarity']:.2f})")
        for role in ("lead", "responsible", "partner"):
            if role in details:
                moved = [f"+{a}" for a in details[role]["added"]] + [f"−{a}" for a in details[role]["removed"]]
                parts.append(f"{role} " + " ".join(moved))
        if "deadline" in details:
            parts.append(_deadline(details["deadline"]))
        if "recurrence" in details:
            parts.append(f"recurrence {details['recurrence']['old']} → {details['recurrence']['new']}")
        return f"{change['label']}: " + "; ".join(parts)
    if kind == "members" and change["change"] == "changed":
        parts = [f"{name} {details[name]['old']} → {details[name]['new']}" for name in ("role", "post") if name in details]
        return f"{new.get('person') or change['label']}: " + "; ".join(parts)
    if kind == "metadata":
        field = change["label"]
        return f"{field}: {details[field]['old']} → {details[field]['new']}"
    if kind == "text":
        similarity = details.get("similarity")
        return f"«{change['label']}»" + (f" (similarity {similarity:.2f})" if similarity else "")
    return change["label"]


def _heading(text: str, color: bool) -> str:
    return click.style(text, bold=True, fg="cyan") if color else text


def _notice(summary: dict) -> str:
    bits = [summary.get("doc_number"), summary.get("issuer"), summary.get("issue_date"), summary.get("region"),
            summary.get("file_format")]
    where = summary.get("label")
    if summary.get("notice_id") and summary["notice_id"] != where:
        where += f", stored as notice {summary['notice_id']}"
    return f"{summary.get('title') or '(no title)'}\n    {' · '.join(b for b in bits if b)}  [{where}]"


def format_text(result: dict, *, color: bool = True) -> str:
    """The terminal report."""
    style = (lambda text, **kw: click.style(text, **kw)) if color else (lambda text, **kw: text)
    lines = [_heading("New", color) + "  " + _notice(result["new"])]
    if result["predecessors"]:
        lines.append(_heading("\nPredecessors (most similar stored notices)", color))
        for rank, found in enumerate(result["predecessors"], 1):
            when = " (issued later)" if found["later"] else ""
            lines.append(f"  {rank}. {found['score']:.2f}  {found['notice_id']}  {found['issue_date'] or '—'}  "
                         f"{found['region'] or '—'}  {found['title'] or '(no title)'}{when}")
            for reason in found["reasons"]:
                lines.append(style(f"       {reason['detail']}", dim=True))
    if result["old"] is None:
        lines.append("\nNo predecessor to compare with.")
    else:
        lines.append(_heading("\nCompared with", color) + "  " + _notice(result["old"]))
        total = sum(result["counts"].values())
        lines.append(style("  no change" if not total else f"  {total} changes", bold=True))
        for kind, (title, groups) in GROUPS.items():
            changes = result["changes"].get(kind) or []
            if not changes:
                continue
            lines.append(_heading(f"\n{title}", color))
            for group, (label, colour) in groups.items():
                members = [c for c in changes if change_group(c) == group]
                if not members:
                    continue
                lines.append(style(f"  {label} ({len(members)})", fg=colour))
                for change in members:
                    lines.append(style(f"    {MARK[colour]} ", fg=colour) + describe(change))
    lines += _reuse_lines(result.get("reuse"), style, color)
    return "\n".join(lines)


def count_notices(count: int) -> str:
    return f"{count} notice" + ("" if count == 1 else "s")


def _reuse_lines(reuse: dict | None, style, color: bool) -> list[str]:
    if not reuse:
        return []
    lines = [_heading("\nText reuse", color),
             f"  {reuse['share']:.0%} of the text is found in other stored notices"
             f" (boilerplate, in {reuse['boilerplate_threshold']}+ notices, a further {reuse['boilerplate_share']:.0%},"
             " not counted)"]
    for passage in reuse["passages"]:
        text = passage["evidence"].replace("\n", " ")
        text = text[:40] + ("…" if len(text) > 40 else "")
        tag = style(" [boilerplate]", dim=True) if passage["boilerplate"] else ""
        changed = style(" [figures changed]", fg="yellow") if passage["changed"] else ""
        lines.append(f"  «{text}»{tag}{changed}  in {count_notices(passage['notices'])}")
        if passage["boilerplate"]:
            continue
        for source in passage["sources"]:
            figures = ", ".join(f"{f['old']}→{f['new']}" for f in source["figures_changed"])
            note = "verbatim" if source["verbatim"] else (f"figures {figures}" if figures else "partly")
            later = ", issued after the new notice" if source["later"] else ""
            lines.append(style(f"      ← {source['issue_date'] or '—'}  {source['region'] or '—'}  "
                               f"{source['notice_id']}  {source['title'] or ''} ({note}{later})", dim=True))
    return lines
