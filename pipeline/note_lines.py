"""A line that is one unit note of a measure (``牵头单位：市农业农村局；配合单位：市财政局、市林业局``), written on a line of
its own under the measure as text copies and WeChat posts lay it out: the note is whole at the line's end, with no
sentence mark, and the next line begins a sentence of its own (``另外，各街道要…``), never the rest of the list —
unless the line cut a unit's name (``配合单位：市财政局、市自然资`` / ``源局、市林业局``: the next line opens with
the name's end).

The role labels and the endings of names are data (``schemas/agencies.json``, through ``schemas.agency_words``).
Reads a line's text; returns whether it closes such a note.
"""
from __future__ import annotations

import functools

import regex

from schemas.agency_words import organization_endings, role_labels

# 、 ， ； 和 及 与 / （ at a line's end: the list goes on, or its bracket is still open
LIST_GOES_ON = regex.compile(r"[、，,；;：:和及与（(]$")
# 、 ， ； 和 及 与 opening the next line: the rest of the list, wrapped
LIST_CONTINUES = regex.compile(r"[、，,；;和及与）)]")
# ： 、 ， ； 和 及 与: the marks between a note's label and its units; the last piece follows the last of them
PIECE_MARK = regex.compile(r"[：:、，,；;和及与]")
# 自然资 / 卫生健康: a Han character last, where a hard wrap may cut a name (not a bracket: 各乡镇（街道）)
CUT_END = regex.compile(r"\p{Han}$")


@functools.lru_cache(maxsize=1)
def _note_line() -> regex.Pattern:
    """责任单位： / 牵头单位: / 配合部门： opening a line (a bracket before it allowed)."""
    labels = sorted(role_labels(), key=lambda w: (-len(w), w))
    return regex.compile(r"[（(]?(?:" + "|".join(regex.escape(w) for w in labels) + r")[：:]")


@functools.lru_cache(maxsize=1)
def _name_end() -> regex.Pattern:
    """局、… / 资源局， / 传部 (alone): a unit name's last characters opening a line, then a list mark or the end."""
    ends = "|".join(regex.escape(w) for w in organization_endings())
    return regex.compile(r"\p{Han}{0,5}?(?:" + ends + r")(?=[、，,；;。）)]|$)")


def _cuts_name(line: str, nxt: str) -> bool:
    """The line's last unit is cut (…、市自然资) and the next line opens with its end (源局、…)."""
    last = PIECE_MARK.split(line)[-1]
    return bool(CUT_END.search(last)) and not last.endswith(organization_endings()) and bool(_name_end().match(nxt))


def closes_note(line: str, nxt: str) -> bool:
    """Whether ``line`` is a unit note complete at its end (its brackets closed, no list mark last) that ``nxt`` does
    not continue."""
    if not _note_line().match(line) or LIST_GOES_ON.search(line):
        return False
    if line.count("（") + line.count("(") != line.count("）") + line.count(")"):
        return False
    return not LIST_CONTINUES.match(nxt) and not _cuts_name(line, nxt)
