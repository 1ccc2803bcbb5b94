"""A line that is one unit note of a measure (``牵头单位：市农业农村局；配合单位：市财政局、市林业局``), written on a line of
its own under the measure as text copies and WeChat posts lay it out: the note is whole at the line's end, with no
sentence mark, and the next line begins a sentence of its own (``同时，各乡镇要…``), never the rest of the list.

The role labels are data (``schemas/agencies.json`` → ``role_words``, the labels of more than two characters).
Reads a line's text; returns whether it closes such a note.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import regex

AGENCIES = Path(__file__).resolve().parent.parent / "schemas" / "agencies.json"
# 、 ， ； 和 及 与 / （ at a line's end: the list goes on, or its bracket is still open
LIST_GOES_ON = regex.compile(r"[、，,；;：:和及与（(]$")
# 、 ， ； 和 及 与 opening the next line: the rest of the list, wrapped
LIST_CONTINUES = regex.compile(r"[、，,；;和及与）)]")


@functools.lru_cache(maxsize=1)
def _note_line() -> regex.Pattern:
    """责任单位： / 牵头单位: / 配合部门： opening a line (a bracket before it allowed)."""
    roles = json.loads(AGENCIES.read_text(encoding="utf-8"))["role_words"]
    labels = sorted({w for words in roles.values() for w in words if len(w) > 2}, key=len, reverse=True)
    return regex.compile(r"[（(]?(?:" + "|".join(regex.escape(w) for w in labels) + r")[：:]")


def closes_note(line: str, nxt: str) -> bool:
    """Whether ``line`` is a unit note complete at its end (its brackets closed, no list mark last) that ``nxt`` does
    not continue."""
    if not _note_line().match(line) or LIST_GOES_ON.search(line):
        return False
    if line.count("（") + line.count("(") != line.count("）") + line.count(")"):
        return False
    return not LIST_CONTINUES.match(nxt)
