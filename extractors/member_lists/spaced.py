"""Members written one after another on a line with only the layout's spaces between them, each post first and its
holder's name after it (``副组长：县政府副县长王某　县政府副县长、县公安局局长李某　县政府办公室主任赵某``): normalization
glues them into one run of text, the offset map still shows where the raw text had its spaces.

Reads a field of ``Document.text`` and the layout gaps; returns :class:`Parsed` members, or [] unless the field cut at
its gaps reads wholly as two or more members each closed by a name. A gap inside a name (``张　敏``) or a post is read
through: a piece that closes with no name is joined to the piece after it.
"""
from __future__ import annotations

from extractors.member_lists.inline import parse_one
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Parsed

#: fewest members a spaced line holds (one member with a spaced name is read as usual)
MIN_SPACED = 2


def spaced_members(text: str, start: int, role: str | None, layout: Layout) -> list[Parsed]:
    """The members of ``text`` (at ``start`` of doc.text) that the raw layout's spaces separate, or []."""
    if not role:
        return []
    begin = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    gaps = sorted(g for g in layout.gaps_within(start, len(text)) if begin < g < end)
    if not gaps:
        return []
    members: list[Parsed] = []
    at = begin
    for cut in gaps + [end]:
        one = parse_one(text[at:cut], start + at, role, layout)
        if one is not None and _named_after_post(one, start + at, start + cut):
            members.append(one)
            at = cut
    return members if at == end and len(members) >= MIN_SPACED else []


def _named_after_post(member: Parsed, start: int, end: int) -> bool:
    """A member whose name closes its piece, a post before it (县政府副县长王某): not a name alone, not a bare post."""
    return bool(member.person and member.position) and member.person[1] == end and member.person[0] > start
