"""Where agencies stand by role: ``牵头单位：A、B`` clauses, the agency columns of a table header
(牵头单位 / 责任单位 / 配合单位), and bracket groups whose every item is an agency.

Reads the role words of the dictionary; returns spans and column → role maps (lead | responsible |
partner), shared by the agencies extractor (where mentions are certain) and the task readers.
"""
from __future__ import annotations

import functools

import regex

from extractors.agency_names.knowledge import alternation, knowledge
from extractors.agency_names.names import (
    CLOSING,
    LIST_SEPARATORS,
    OPENING,
    WHITESPACE,
    is_agency_like,
    split_agency_list,
)
from schemas.agency_words import role_labels

# ； 。 line end: where a role clause's agency list ends (牵头单位：A；责任单位：B)
CLAUSE_END = "；;。\n"
# 联络单位 / 实施部门: a header cell naming units of some role not in the role words
UNIT_HEADER = regex.compile(r"(?:单位|部门)$")
# one role clause of a bracket note: up to ，/； outside brackets (A牵头 / B、C按职责分工负责)
NOTE_PIECE = regex.compile(r"(?:[^，,；;（）()]|[（(][^（）()]*[）)])+")
# the role a note gives the list before it: 牵头 / 负责 / 按职责分工负责 / 配合
ROLE_TAIL = regex.compile(r"(?:等(?:单位|部门)?)?(?:按职责分工|按职责|依职责|分别|共同)?(?:牵头|负责|配合|参与|协助|协同)$")
# （A、B、C） with at most one nested bracket pair: a bracket group that may list agencies
BRACKET_GROUP = regex.compile(r"[（(]([^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*)[）)]")


def agency_columns(header: list[str]) -> dict[int, str]:
    """Column index → role (lead | responsible | partner) of a table header (牵头单位 / 责任单位 / 配合单位)."""
    roles = knowledge().role_words
    out: dict[int, str] = {}
    for col, cell in enumerate(header):
        cell = WHITESPACE.sub("", cell)
        for role in ("lead", "partner", "responsible"):
            if any(word in cell for word in roles[role] if len(word) > 2) or cell in roles[role]:
                out[col] = role
                break
        else:
            if UNIT_HEADER.search(cell) and "序号" not in cell:
                out[col] = "responsible"
    return out


def bracket_agency_lists(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of bracket groups （A、B、C） whose every item reads as an agency, each list maybe closed by the role
    the bracket gives it (（A牵头，B、C按职责分工负责） / （A负责）: national-style notes)."""
    out = []
    for m in BRACKET_GROUP.finditer(text):
        spans = []
        for piece in NOTE_PIECE.finditer(m.group(1)):
            role = ROLE_TAIL.search(piece.group(0))
            end = role.start() if role else piece.end() - piece.start()
            items = split_agency_list(piece.group(0)[:end], offset + m.start(1) + piece.start())
            if not items or not all(is_agency_like(name) for name, _, _ in items):
                spans = []
                break
            spans.extend((s, e) for _, s, e in items)
        out.extend(spans)
    return out


@functools.lru_cache(maxsize=1)
def role_clause_pattern() -> regex.Pattern:
    """牵头单位： / 责任单位：: a role label, and the line end a page break may have put after it;
    the agency list starts where the match ends (``role_clauses`` finds where it stops)."""
    return regex.compile(rf"(?P<label>{alternation(role_labels())})[：:](?:[ \t]*\n)?")


def _clause_list_end(text: str, start: int, end: int) -> int:
    """Where the agency list of a role clause stops: at ；。 or a line end, at the bracket that closes
    the clause (not one inside a name: 各县（市、区）人民政府), or before the next label
    (责任单位：A，配合单位：B / A，完成时限：…), since no agency name holds a colon."""
    depth, last_separator = 0, None
    for i in range(start, end):
        char = text[i]
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and char in CLAUSE_END:
            return i
        elif depth == 0 and char in LIST_SEPARATORS:
            last_separator = i
        elif char in "：:":
            return last_separator if last_separator is not None else start
    return end


def role_clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int, int]]:
    """(label, label start, list start, list end) of every ``牵头单位：A、B`` clause in ``text[start:end]``."""
    end = len(text) if end is None else end
    out = []
    for m in role_clause_pattern().finditer(text, start, end):
        out.append((m.group("label"), m.start(), m.end(), _clause_list_end(text, m.end(), end)))
    return out
