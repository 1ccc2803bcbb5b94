"""Members set out in the sentence that founds the body: 成立…领导小组，组长由市长兼任，副组长由…担任，
成员由市发展改革委、市财政局…主要负责同志组成 (one member per listed unit, with the shared post).

Reads the layout lines holding a founding sentence; returns one :class:`Block` per sentence that
names members, with the span of the body's name.
"""
from __future__ import annotations

import regex

from extractors.agency_names import split_agency_list
from extractors.member_lists.inline import SHARED_POST, parse_one, split_posts
from extractors.member_lists.labels import label_patterns
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Block, Parsed
from extractors.member_lists.rows import CLAUSE

# 主要负责同志 / 分管负责同志 / 有关领导: the post every listed unit sends
_SHARED_POST = rf"(?P<post>{SHARED_POST.pattern})"
# 成员由市发展改革委、市财政局主要负责同志组成: members named by their units and one shared post
MEMBERS_BY = regex.compile(rf"(?:领导小组|专班|小组)?成员(?:单位)?由(?P<units>[^，。；,;]+?){_SHARED_POST}(?:组成|担任)")
# 市工业和信息化局、市财政局分管负责同志为成员: the units whose post holders are members
UNITS_AS_MEMBERS = regex.compile(rf"(?P<units>[^，。；,;]+?){_SHARED_POST}(?:为|任|作为)成员(?:单位)?$")


# a sentence apart from the founding one sets out members when this many of its clauses do
MIN_ROLE_CLAUSES = 2


def sentence_blocks(doc, layout: Layout) -> list[Block]:
    """Members set out in sentences: the one that founds the body (成立…领导小组，组长由市长兼任，…), or one
    that sets out its roles apart from it (领导小组由县委书记任组长，县长任第一副组长，…、县财政局主要负责同志
    为成员): one member per post, and per listed unit with the shared post."""
    pats = label_patterns()
    text = doc.text
    blocks = []
    for k, unit in enumerate(layout.units):
        founded = pats["founded"].search(text, unit.start, unit.end)
        members: list[Parsed] = []
        clauses = 0  # clauses that set out members
        for clause in CLAUSE.finditer(text, founded.end() if founded else unit.start, unit.end):
            words = clause.group(0)
            listed = MEMBERS_BY.match(words) or UNITS_AS_MEMBERS.match(words)
            if listed:  # 成员由A、B主要负责同志组成 / A、B分管负责同志为成员: one member per unit
                clauses += 1
                post = (clause.start() + listed.start("post"), clause.start() + listed.end("post"))
                for _, s, e in split_agency_list(listed.group("units"), clause.start() + listed.start("units")):
                    members.append(Parsed("成员", None, None, organization=(s, e), position=post))
                continue
            # 组长由市长兼任 / 市政府办公室副主任、市发改局局长任副组长: posts that take a role
            by = pats["role_by"].match(words) or pats["post_as"].match(words)
            if by and not by.group("role").startswith("办公室"):  # 办公室主任由…: the office's director
                clauses += 1
                who_start = clause.start() + by.start("who")
                for s, e in split_posts(by.group("who"), who_start):
                    parsed = parse_one(text[s:e], s, by.group("role"), layout)
                    if parsed:
                        members.append(parsed)
        if members and (founded or clauses >= MIN_ROLE_CLAUSES):
            blocks.append(Block(k, members, (founded.start("name"), founded.end("name")) if founded else None))
    return blocks
