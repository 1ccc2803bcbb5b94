"""Members glued into one paragraph after a label: ``成员：县委宣传部副部长乌日娜、县公安局党委委员、副局长
苏德、…、宝日镇、吉尔嘎镇人民政府镇长。`` Each piece a unit, its post and a name (which the surname list may
lack), a post that holds a 、 of its own (党委委员、副局长) cut in two pieces, and towns listed by name before the
unit they each have (宝日镇、吉尔嘎镇人民政府 + 镇长: one member per town).

Read where :func:`.inline.parse_member_text` finds no more than one member in the text; returns :class:`Parsed`
members, or [] unless every piece reads as one and most are named people (a piece in five at most read only by the
name closing it, after a post the vocabulary lacks: 县实验幼儿园园长胡某). Towns listed by name before the post
each sends, with no unit (青石镇、白沙镇党委书记: :func:`places_sharing_a_post`), are read here for :mod:`.clauses`.
"""
from __future__ import annotations

import regex

from extractors.agency_names import is_agency_like, is_position, knowledge, split_agency_list, split_org_position
from extractors.member_lists.inline import GROUP_OF_UNITS, MEMBERSHIP_TITLE, SHARED_POST, TOWN, parse_one, with_org
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Parsed
from extractors.member_lists.persons import name_after_glued_post, name_lengths_after_post
from extractors.regions import division_opening

#: fewest named people a glued paragraph holds
MIN_NAMED = 3
#: a paragraph holds at most one piece in this many that is read only by the name closing it
UNREAD_SHARE = 5


def glued_members(text: str, start: int, role: str | None, layout: Layout) -> list[Parsed]:
    """The members of a paragraph of pieces joined by 、 (``text`` at ``start`` of doc.text), or []."""
    if not role:
        return []
    pieces = [(s - start, e - start) for _, s, e in split_agency_list(text, start)]
    if len(pieces) < MIN_NAMED:
        return []
    parsed = [parse_one(text[a:b], start + a, role, layout) for a, b in pieces]
    members: list[Parsed] = []
    k = 0
    unread = 0  # pieces read only as a name after words the vocabulary does not know as a post
    while k < len(pieces):
        towns = _towns_sharing_a_unit(text, start, pieces, k, role)
        if towns:
            members += towns
            k += len(towns)
            continue
        second = _named(text, start, pieces[k + 1], parsed[k + 1], role, layout) if k + 1 < len(pieces) else None
        if _membership_first(text, start, parsed[k], second):
            # 县公安局党委委员 、 副局长苏德: one person's posts, the name after the second
            first = parsed[k]
            members.append(Parsed(role, second.person, (first.organization[0], second.position[1]),
                                  organization=first.organization, position=(first.position[0], second.position[1])))
            k += 2
            continue
        one = _named(text, start, pieces[k], parsed[k], role, layout)
        if one is None:
            one = _named_after_unknown_post(text, start, pieces[k], role, layout)
            unread += 1
        if one is None:
            return []
        members.append(one)
        k += 1
    named = sum(1 for m in members if m.person)
    if unread * UNREAD_SHARE > len(members):
        return []
    return members if named >= MIN_NAMED and 2 * named > len(members) else []


def _named(text: str, start: int, piece, parsed: Parsed | None, role: str, layout: Layout) -> Parsed | None:
    """One piece: a named member (the name after its post, one the surname list lacks included), a unit
    sending the holder of a shared post (县气象局主要负责同志), or a group of units sending their heads (各镇人民政府镇长)."""
    if parsed is not None and parsed.person and parsed.position:
        return parsed
    if parsed is not None and not parsed.person and parsed.organization and parsed.position and (
            SHARED_POST.fullmatch(text, parsed.position[0] - start, parsed.position[1] - start)
            or GROUP_OF_UNITS.match(text, parsed.organization[0] - start)):  # 各镇人民政府镇长: a group's heads
        return parsed
    a, b = piece
    cut = name_after_glued_post(text[a:b], layout.not_names)
    if cut is None:
        return None
    found = parse_one(text[a : a + cut], start + a, role, layout)
    if found is None or found.person or not found.position:
        return None
    found.person = (start + a + cut, start + b)
    return found


def _named_after_unknown_post(text: str, start: int, piece, role: str, layout: Layout) -> Parsed | None:
    """A piece among named members whose unit or post the vocabulary does not know (县实验幼儿园园长 with no 园长 in
    the posts): a person's name closing it after what ends like a post (长, 任, 员 …), the words before it kept as
    the member's unit and post as far as they read; None when no name closes it."""
    a, b = piece
    for k in name_lengths_after_post(text[a:b], shortest_head=2):
        head, name = text[a : b - k], text[b - k : b]
        # 县委常委: no name 常委
        if name not in layout.not_names and not is_position(name) and not knowledge().org_end.search(name):
            return with_org(Parsed(role, (start + b - k, start + b), (start + a, start + b - k)), head, start + a)
    return None


def _membership_first(text: str, start: int, first: Parsed | None, second: Parsed | None) -> bool:
    """A unit and a committee membership (县公安局党委委员) before a post and its holder (副局长苏德)."""
    if first is None or second is None or first.person or not first.organization or not first.position:
        return False
    membership = MEMBERSHIP_TITLE.search(text, first.position[0] - start, first.position[1] - start)
    return bool(membership) and second.person is not None and second.organization is None and bool(second.position)


def _towns_sharing_a_unit(text: str, start: int, pieces, k: int, role: str) -> list[Parsed]:
    """Towns listed by name from piece ``k`` on, the last followed by the unit each has and its post
    (宝日镇、吉尔嘎镇人民政府镇长): one member per town, its unit named in full; [] when the pieces read otherwise."""
    m = k
    while m < len(pieces) and _place_alone(text[pieces[m][0] : pieces[m][1]]):
        m += 1
    if m == k or m == len(pieces):
        return []
    a, b = pieces[m]
    last = text[a:b]
    town = TOWN.match(last)
    length = town.end() if town else (division_opening(last) or (0,))[0]
    org, position = split_org_position(last)
    if not length or not org or len(org) <= length or not is_position(position) or not is_agency_like(org[length:]):
        return []
    unit = org[length:]
    post = (start + b - len(position), start + b)
    members = [Parsed(role, None, (start + x, post[1]), position=post, organization_text=text[x:y] + unit)
               for x, y in pieces[k:m]]
    return members + [Parsed(role, None, (start + a, post[1]), organization=(start + a, start + a + len(org)),
                             position=post)]


def places_sharing_a_post(text: str, start: int, pieces, role: str) -> list[Parsed]:
    """Places listed by name, the last followed by the post each of them sends and no unit (青石镇、柳河乡、白沙镇
    党委书记): one member per place, the place its organization; [] when the pieces read otherwise."""
    if len(pieces) < 2 or not all(_place_alone(text[a:b]) for a, b in pieces[:-1]):
        return []
    a, b = pieces[-1]
    last = text[a:b]
    town = TOWN.match(last)
    length = town.end() if town else (division_opening(last) or (0,))[0]
    if not length or length == len(last) or not is_position(last[length:]):
        return []
    post = (start + a + length, start + b)
    return [Parsed(role, None, None, organization=(start + x, start + y), position=post) for x, y in pieces[:-1]] + [
        Parsed(role, None, None, organization=(start + a, start + a + length), position=post)]


def _place_alone(piece: str) -> bool:
    """A town or a division named alone, with no unit after it (宝日镇, 乌审旗)."""
    opening = division_opening(piece)
    return bool(TOWN.fullmatch(piece)) or bool(opening and opening[0] == len(piece))
