"""Members set out in the sentence that founds the body: 成立…领导小组，组长由市长兼任，副组长由…担任，
成员由市发展改革委、市财政局…主要负责同志组成 (one member per listed unit, with the shared post).

Reads the layout lines holding a founding sentence; returns one :class:`Block` per sentence that
names members, with the span of the body's name.
"""
from __future__ import annotations

from extractors.member_lists.clauses import clause_members
from extractors.member_lists.labels import label_patterns
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Block

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
        if not pats["role_word"].search(text, unit.start, unit.end):
            continue  # no role and no 成员: no clause of it can set out a member
        founded = pats["founded"].search(text, unit.start, unit.end)
        members, clauses = clause_members(text, founded.end() if founded else unit.start, unit.end, layout)
        if members and (founded or clauses >= MIN_ROLE_CLAUSES):
            blocks.append(Block(k, members, (founded.start("name"), founded.end("name")) if founded else None))
    return blocks

