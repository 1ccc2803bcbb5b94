"""Members written inline in one field of text: ``王明区政府副区长``, ``李明（市委常委、常务副市长）``,
several separated by ，/、/；, a post of a group of units (``各县（市、区）政府分管负责同志``), or a post
described in words (``分管工业和信息化工作的副市长``).

Reads the text of a field and the layout gaps; returns :class:`Parsed` members with person,
organization and position spans.
"""
from __future__ import annotations

import regex

from extractors.agency_names import NAME_STARTER, is_position, knowledge, split_agency_list, split_org_position
from extractors.member_lists.labels import SENTENCE_PUNCT, TITLE_MARKER
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Parsed
from extractors.member_lists.persons import is_person_name, name_before_unit, split_person

# 分管…的 / 主管…的 / 负责…的: a post described in words (分管工业和信息化工作的副市长)
DESCRIBED_POST = regex.compile(r"^(?:分管|主管|负责|联系)\p{Han}*的")
# （…） / (…): a bracket group (its commas do not make a member row prose)
BRACKETED = regex.compile(r"（[^）]*）|\([^)]*\)")
# 李明（市委常委、常务副市长）: a name and, in brackets, the post
NAME_THEN_POST = regex.compile(r"(?P<name>\p{Han}{2,4})[（(](?P<post>[^（）()]{2,40})[）)]")
# 市政府办公室主任和市工信局局长: posts joined by 、 和 及
POST = regex.compile(r"[^、和及]+")
# 市政府办公室主任、市发展和改革局局长: posts joined by 、 alone (tried first: a name may hold 和)
POST_BY_COMMA = regex.compile(r"[^、]+")


def parse_member_text(text: str, start: int, role: str | None, layout: Layout) -> list[Parsed]:
    """Members in one field of text (possibly several, separated by ；or 、)."""
    pieces = [(s - start, e - start) for _, s, e in split_agency_list(text, start)]
    if len(pieces) > 1:
        parsed = [parse_one(text[a:b], start + a, role, layout) for a, b in pieces]
        if sum(1 for p in parsed if p is not None and p.person) >= 2:
            # among named members, a piece that parses as no one may hold a surname the list lacks
            parsed = [p if p is not None and (p.person or _names_unit(text, p, start))
                      else parse_one(text[a:b], start + a, role, layout, guess_names=True) or p
                      for p, (a, b) in zip(parsed, pieces)]
        # every piece a member: a named person, or a post of an organization (…，各县（市、区）政府分管负责同志);
        # pieces that are bare titles (王明市委常委、副市长) leave the text one member
        if all(p is not None and (p.person or _names_unit(text, p, start)) for p in parsed) and any(
            p.person for p in parsed
        ):
            return parsed  # type: ignore[return-value]
    one = parse_one(text, start, role, layout)
    return [one] if one else []


def _names_unit(text: str, parsed: Parsed, start: int) -> bool:
    """A member without a person whose organization begins like a name (各县（市、区）政府 + 分管负责同志),
    not a name the surname list missed (某国平市交通运输局)."""
    if not parsed.organization:
        return False
    s, e = parsed.organization
    return bool(NAME_STARTER.match(text[s - start : e - start]))


def parse_one(text: str, start: int, role: str | None, layout: Layout, guess_names: bool = False) -> Parsed | None:
    """One member in ``text`` (at ``start`` of doc.text): a name and its post, a post alone, or None."""
    lead = len(text) - len(text.lstrip())
    text, start = text.strip(), start + lead
    if not text or len(text) > 60 or SENTENCE_PUNCT.search(BRACKETED.sub("", text)):
        return None
    if TITLE_MARKER.match(text):
        return None
    bracketed = NAME_THEN_POST.fullmatch(text)
    if bracketed and is_person_name(bracketed.group("name")):  # 李明（市委常委、常务副市长）
        post = (start + bracketed.start("post"), start + bracketed.end("post"))
        parsed = Parsed(role, (start, start + bracketed.end("name")), post)
        return with_org(parsed, bracketed.group("post"), post[0])
    gaps = layout.gaps_within(start, len(text))
    p_start, p_end = split_person(text, gaps, layout.not_names)
    if p_start is None and guess_names:
        p_start, p_end = name_before_unit(text, gaps, layout.not_names)
    if p_start is None:
        org, position = split_org_position(text)
        if is_position(position):
            return with_org(Parsed(role, None, (start, start + len(text))), text, start)
        if role and DESCRIBED_POST.search(text) and _ends_in_position(text):
            # 组 长:分管工业和信息化工作的副市长: a post described in words, filled by no named person
            return Parsed(role, None, (start, start + len(text)), position=(start, start + len(text)))
        return None
    person = (start + p_start, start + p_end)
    rest = text[:p_start] if p_start else text[p_end:]
    rest_start = start if p_start else start + p_end
    parsed = Parsed(role, person, (rest_start, rest_start + len(rest)) if rest else None)
    return with_org(parsed, rest, rest_start)


def _ends_in_position(text: str) -> bool:
    return any(is_position(text[i:]) for i in range(len(text) - 1, max(len(text) - 8, 0) - 1, -1))


def with_org(parsed: Parsed, rest: str, rest_start: int) -> Parsed:
    """``parsed`` with the organization and position read from ``rest``; a rest that is no position
    leaves the member incomplete (its position may be wrapped onto the next line)."""
    if not rest:
        return parsed
    org, position = split_org_position(rest)
    if org:
        parsed.organization = (rest_start, rest_start + len(org))
    if is_position(position):
        parsed.position = (rest_start + len(rest) - len(position), rest_start + len(rest))
    else:
        parsed.position = None
        parsed.organization = (rest_start, rest_start + len(rest)) if knowledge().org_end.search(rest) else None
        parsed.position_text = None if parsed.organization else rest
        parsed.complete = False
    return parsed


def split_posts(who: str, start: int) -> list[tuple[int, int]]:
    """``市政府办公室主任和市工信局局长`` → two posts; a single post stays whole."""
    for pattern in (POST_BY_COMMA, POST):  # 、 first: 市发展和改革局局长 holds a 和 of its own
        parts = [(m.start(), m.end()) for m in pattern.finditer(who)]
        if len(parts) > 1 and all(is_position(split_org_position(who[a:b])[1]) for a, b in parts):
            return [(start + a, start + b) for a, b in parts]
    return [(start, start + len(who))]
