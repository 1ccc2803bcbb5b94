"""A work group whose members a sentence after its name gives role by role (``（二）物资保障组。由副区长某某任组长，
区应急管理局任副组长单位，区商务局、区民政局为成员单位。`` / ``（三）宣传组。某某同志任组长，某某同志任副组长，成员：
区融媒体中心、区文旅局。`` / ``组长由县政府办公室主任担任，县财政局为成员单位。``): each clause a person or post taking a role, or units taking one (任…单位 / 为成员单位 / 成员：).

Reads the text after a group's heading up to the end of its line; returns the :class:`Parsed` members, the unit labels
their roles stand for and where the clauses end, or None unless the sentence opens with such a clause and names a
组长 and at least one more member.
"""
from __future__ import annotations

from collections.abc import Callable

import regex

from extractors.agency_names import split_agency_list
from extractors.member_lists.inline import parse_one
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Parsed
from extractors.member_lists.shared_titles import units_sharing_a_title

# a clause between ，；。: one role given
CLAUSE = regex.compile(r"[^，。；,;]+")
# 由副区长某某任组长 / 某某同志任副组长 / 区应急管理局任副组长单位 / 区商务局、区民政局为成员单位 / 某局分管负责同志为
# 工作组成员: who, then the role (the group's own word before it)
TAKES_ROLE = regex.compile(
    r"^(?:由)?(?P<who>[^，。；,;：:]{2,120}?)(?:(?<!负责)同志)?(?:担任|兼任|任|作为|为)(?:工作组|专项组|小组|专班|组)?"
    r"(?P<role>副组长|组长|成员)(?P<unit>单位)?$")
# 组长由县政府办公室主任担任 / 副组长由某某同志兼任: the role first, who takes it after 由
ROLE_BY = regex.compile(r"^(?P<role>副组长|组长)(?P<unit>)由(?P<who>[^，。；,;：:]{2,120}?)(?:(?<!负责)同志)?(?:担任|兼任)$")
# 成员：区融媒体中心、区文旅局: units after a role label amid the clauses (组长单位：… runs are the labelled units' reader's)
LABELLED = regex.compile(r"^(?P<role>副组长|组长|成员)(?P<unit>)[：:](?P<who>.{2,300})$")
# 成员单位为县司法局、县信访局 / 副组长单位是…: units a role's label says are its
UNITS_ARE = regex.compile(r"^(?P<role>副组长|组长|成员)(?P<unit>单位)(?:为|是|包括|有)[：:]?(?P<who>.{2,300})$")
#: the unit label each role given to units stands for (as a group's 组长单位 / 副组长单位 / 成员单位)
UNIT_LABELS = {"组长": "组长单位", "副组长": "副组长单位", "成员": "成员单位"}


def role_clauses(text: str, start: int, line_end: int, layout: Layout,
                 is_unit: Callable[[str], bool]) -> tuple[list[Parsed], set[str], int] | None:
    """(members, unit labels, end) of the role clauses from ``start`` on (up to ``line_end``), or None."""
    members: list[Parsed] = []
    end = start
    for clause in CLAUSE.finditer(text, start, line_end):
        words = clause.group(0).strip()
        at = clause.start() + len(clause.group(0)) - len(clause.group(0).lstrip())
        m = TAKES_ROLE.match(words) or ROLE_BY.match(words) or LABELLED.match(words) or UNITS_ARE.match(words)
        found = _members(text, at, m, layout, is_unit) if m else []
        if not found:
            break
        members += found
        end = clause.end()
        if text[clause.end() : clause.end() + 1] == "。":
            break
    if not any(p.role == "组长" for p in members) or len(members) < 2:
        return None
    return members, {UNIT_LABELS[p.role] for p in members}, end


def _members(text: str, at: int, m: regex.Match, layout: Layout, is_unit) -> list[Parsed]:
    """The members one clause gives its role: units (a label, or 任…单位) or one person or post."""
    role, who = m.group("role"), m.group("who")
    who_start = at + m.start("who")
    if m.group("unit") or m.re is LABELLED:
        pieces = split_agency_list(who, who_start)
        if not pieces or not all(is_unit(name) for name, _, _ in pieces):
            return []
        return [Parsed(role, None, None, organization=(s, e)) for _, s, e in pieces]
    if role == "成员" and all(is_unit(name) for name, _, _ in split_agency_list(who, who_start)):
        return [Parsed(role, None, None, organization=(s, e)) for _, s, e in split_agency_list(who, who_start)]
    pieces = [(s - who_start, e - who_start) for _, s, e in split_agency_list(who, who_start)]
    shared = units_sharing_a_title(who, who_start, pieces, role)
    if shared:  # 市城管局、市水务局分管负责同志为成员: each unit with the post after the last
        return shared
    one = parse_one(who, who_start, role, layout)
    return [one] if one is not None and (one.person or one.position) else []
