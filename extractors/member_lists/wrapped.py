"""Members written in a text that a line break runs through (a PDF line of glued members broken inside a post:
``市委宣传部副部长张某，市发展和改革委员会副`` ⏎ ``主任李某，…``): the text read with its breaks taken out,
the members' spans mapped back onto the document's text (a post's span then holds the break).

Reads a stretch of ``Document.text`` and the layout gaps; returns :class:`Parsed` members. Used by :mod:`.rows`
for the last field of a line that :mod:`.blocks` joined to the lines continuing it.
"""
from __future__ import annotations

import regex

from extractors.member_lists.glued import glued_members
from extractors.member_lists.inline import parse_member_text
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Parsed
from extractors.member_lists.spaced import spaced_members

# ⏎ / \r⏎: a line break inside a member text (the layout's, no part of any name or post)
LINE_BREAK = regex.compile(r"\r?\n")
#: the spans a parsed member holds
SPAN_FIELDS = ("person", "rest", "organization", "position")


def text_members(text: str, start: int, end: int, role: str | None, layout: Layout) -> list[Parsed]:
    """The members of ``text[start:end]`` (each piece a member, or named members glued by 、/，); a text that
    holds line breaks is read without them."""
    if not LINE_BREAK.search(text, start, end):
        return _members(text[start:end], start, role, layout)
    where = [i for i in range(start, end) if text[i] not in "\r\n"]  # index in the document of each kept character
    compact = "".join(text[i] for i in where)
    inner = Layout([], {j for j, at in enumerate(where) if at in layout.gaps}, layout.not_names)
    return [_mapped(member, where) for member in _members(compact, 0, role, inner)]


def _members(text: str, start: int, role: str | None, layout: Layout) -> list[Parsed]:
    members = parse_member_text(text, start, role, layout)
    if len(members) <= 1:
        # 副秘书长张某、市农业农村局局长李某、…: named members glued by 、, read as one only for want of a
        # surname the list lacks
        glued = glued_members(text, start, role, layout)
        members = glued if len(glued) > len(members) else members
    if len(members) <= 1:
        # 县政府副县长王某　县政府副县长、县公安局局长李某: members the layout's spaces alone set apart
        spaced = spaced_members(text, start, role, layout)
        members = spaced if len(spaced) > len(members) else members
    return members


def _mapped(member: Parsed, where: list[int]) -> Parsed:
    """``member`` read in the text without breaks, its spans put back on the document's text."""
    for name in SPAN_FIELDS:
        span = getattr(member, name)
        if span:
            setattr(member, name, (where[span[0]], where[span[1] - 1] + 1))
    return member
