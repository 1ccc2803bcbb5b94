"""The member lists of a document: runs of layout lines that open with a role label and go on while
lines read as members, plus the lists founding sentences hold.

Reads the layout (:mod:`.layout`) line by line with :mod:`.rows`; returns :class:`Block` lists in
text order, and for the agencies extractor the spans of the members' organizations.
"""
from __future__ import annotations

import regex

from extractors.agency_names import is_position, region_names, split_org_position
from extractors.member_lists.founding import sentence_blocks
from extractors.member_lists.inline import with_org
from extractors.member_lists.layout import Layout, Unit, read_layout
from extractors.member_lists.parsed import Block, Parsed
from extractors.member_lists.persons import name_before_unit
from extractors.member_lists.rows import is_continuation, is_header_row, opens_list, parse_unit, with_wrapped_lines
from extractors.member_lists.work_groups import work_group_blocks


# spaces, tabs and line breaks between a post's first characters and the rest of it on the line below
LINE_SPACE = regex.compile(r"\s+")

#: the last document's member lists: the taskforce, agencies and tasks extractors each ask for them
#: (reading them was a sixth of a notice's extraction, three times over); (doc, not_names, result)
_last: list = [None, None, None]


def member_blocks(doc, not_names: frozenset[str] = frozenset()) -> tuple[list[Block], Layout]:
    """The member lists of ``doc`` in text order, and the layout read for them; ``not_names`` (the
    notice's region names) are never read as a person. Callers read the result and never change it
    (it is shared by the extractors of one document)."""
    if _last[0] is doc and _last[1] == not_names:
        return _last[2]
    result = _read_member_blocks(doc, not_names)
    _last[:] = [doc, not_names, result]
    return result


def _read_member_blocks(doc, not_names: frozenset[str]) -> tuple[list[Block], Layout]:
    layout = read_layout(doc, not_names)
    groups = work_group_blocks(doc, layout)  # 综合协调组：组长单位…，成员单位…: read apart, its lines no other list's
    in_groups = {k for group in groups for k in range(group.first_unit, group.last_unit + 1)}
    blocks: list[Block] = []
    units = layout.units
    i = 0
    while i < len(units):
        unit = units[i]
        if i in in_groups or not opens_list(doc, unit, layout):
            i += 1
            continue
        unit, last_line = with_wrapped_lines(doc, units, i, layout, in_groups)
        role, members, ok = parse_unit(doc, unit, None, layout)
        if not ok or (not members and not _labels_follow(doc, units, last_line, layout)):
            i += 1
            continue
        block = Block(i, list(members))
        j = last_line + 1
        while j < len(units):
            wrapped = is_continuation(doc, units[j])
            if wrapped and block.members and not block.members[-1].complete:
                _wrapped_end_of_post(doc.text, block.members[-1], wrapped)
                j += 1
                continue
            nxt, last_line = with_wrapped_lines(doc, units, j, layout, in_groups)
            new_role, members, ok = parse_unit(doc, nxt, role, layout) if j not in in_groups else (role, [], False)
            if not ok:
                break
            role = new_role
            if _wrapped_post(block.members, members, new_role):
                members = [_joined(block.members.pop(), members[0])]
            block.members.extend(members)
            j = last_line + 1
        if block.members:
            _guess_names_among_named(doc.text, block, layout)
            block.last_unit = j - 1
            blocks.append(block)
        i = j
    covered = {k for block in blocks for k in range(block.first_unit, block.last_unit + 1)} | in_groups
    blocks += sentence_blocks(doc, layout, covered) + groups
    blocks.sort(key=lambda b: b.first_unit)
    return blocks, layout


def _wrapped_end_of_post(text: str, last: Parsed, wrapped: tuple[int, int]) -> None:
    """``last`` with its post, the position word of the line below it; a post the layout cut after its first
    characters (市残疾人联合会副 ⏎ 理事长: 副理事长) takes them back from the organization."""
    last.position, last.complete, last.position_text = wrapped, True, None
    if not last.rest:
        return
    start, end = last.rest
    org, post = split_org_position(LINE_SPACE.sub("", text[start : wrapped[1]]))
    if org and is_position(post) and len(post) > wrapped[1] - wrapped[0] and text[start:end].startswith(org):
        last.organization, last.position = (start, start + len(org)), (start + len(org), wrapped[1])


def _wrapped_post(members: list[Parsed], new: list[Parsed], role: str | None) -> bool:
    """A line holding one unit and post and no person, right under a line holding only a name (马晓东 ⏎
    区发展和改革局局长), in the same role: the name's unit and post wrapped onto a line of their own."""
    if not members or len(new) != 1:
        return False
    last, line = members[-1], new[0]
    return (bool(last.person) and not last.rest and not last.organization and not last.position
            and not line.person and bool(line.position) and line.role == last.role == role)


def _joined(named: Parsed, post: Parsed) -> Parsed:
    """The member of a name line and the unit-and-post line under it."""
    return Parsed(named.role, named.person, post.rest, organization=post.organization, position=post.position,
                  position_text=post.position_text, organization_text=post.organization_text)


def _guess_names_among_named(text: str, block: Block, layout: Layout) -> None:
    """In a list of named members, one line at a time, a member read as a unit and post alone may hold a name
    the surname list lacks, glued before its unit (格桑卓玛市生态环境局局长 among 尼玛次仁　市水利局局长 …)."""
    if sum(1 for m in block.members if m.person) < 2:
        return
    for k, member in enumerate(block.members):
        if member.person or not member.rest or not member.organization:
            continue
        s, e = member.rest
        _, end = name_before_unit(text[s:e], layout.gaps_within(s, e - s), layout.not_names)
        if end is not None:
            block.members[k] = with_org(Parsed(member.role, (s, s + end), (s + end, e)), text[s + end : e], s + end)


def _labels_follow(doc, units: list[Unit], i: int, layout: Layout) -> bool:
    """A label alone on its line (``成员：``) opens a list only when members follow."""
    i += 1
    if i < len(units) and is_header_row(doc.text, units[i].fields):  # 委员： then 序号 | 姓名 | 单位及职务
        i += 1
    if i >= len(units):
        return False
    _, members, _ = parse_unit(doc, units[i], None, layout)
    return bool(members)


def member_organization_spans(doc, meta=None) -> list[tuple[int, int]]:
    """Spans of the organizations of every task-force member (for the agencies extractor)."""
    blocks, _ = member_blocks(doc, region_names(meta))
    return [m.organization for b in blocks for m in b.members if m.organization]
