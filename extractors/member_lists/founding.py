"""Members set out in the sentence that founds the body: 成立…领导小组，组长由市长兼任，副组长由…担任，
成员由市发展改革委、市财政局…主要负责同志组成 (one member per listed unit, with the shared post).

Reads the layout lines holding a founding sentence; returns one :class:`Block` per sentence that
names members, with the span of the body's name.
"""
from __future__ import annotations

import regex

from extractors.member_lists.clauses import clause_members
from extractors.member_lists.labels import label_patterns
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Block

# 。 ！ ？: where a sentence ends
SENTENCE_END = regex.compile(r"[。！？!?]")
# ，: a line of prose (a member list's line holds none), which a hard wrap may cut mid-sentence
PROSE = regex.compile(r"[，,]")
# a sentence apart from the founding one sets out members when this many of its clauses do
MIN_ROLE_CLAUSES = 2


def sentence_blocks(doc, layout: Layout, covered: set[int] | frozenset[int] = frozenset()) -> list[Block]:
    """Members set out in sentences: the one that founds the body (成立…领导小组，组长由市长兼任，…), or one
    that sets out its roles apart from it (领导小组由县委书记任组长，县长任第一副组长，…、县财政局主要负责同志
    为成员): one member per post, and per listed unit with the shared post. None opening on a ``covered`` line
    (one a member list read already)."""
    pats = label_patterns()
    text = doc.text
    blocks = []
    for k, (start, end) in _sentence_spans(doc, layout):
        if k in covered:
            continue  # a line of a list read already: its sentence would make no block of its own
        if not pats["role_word"].search(text, start, end) or not pats["member_clause"].search(text, start, end):
            continue  # no role, or none in a clause that sets out a member (组长由… / …任组长): no member
        founded = pats["founded"].search(text, start, end)
        members, clauses = clause_members(text, founded.end() if founded else start, end, layout)
        if members and (founded or clauses >= MIN_ROLE_CLAUSES):
            blocks.append(Block(k, members, (founded.start("name"), founded.end("name")) if founded else None))
    return blocks


def _sentence_spans(doc, layout: Layout):
    """(index of the layout line, span) of each line, a line of prose cut by a hard wrap inside a sentence
    (…党组书记牛 ⏎ 建军同志任领导小组副组长；…) running on to the sentence's end, the lines it takes in read with it."""
    text = doc.text
    paragraph_end = dict(doc.paragraphs)
    starts = sorted(paragraph_end)
    taken = 0
    p = 0
    for k, unit in enumerate(layout.units):
        if unit.start < taken:
            continue  # read with the line above, whose sentence runs over it
        while p + 1 < len(starts) and starts[p + 1] <= unit.start:
            p += 1
        limit = paragraph_end[starts[p]] if starts and starts[p] <= unit.start else unit.end
        end = unit.end
        if end < limit and PROSE.search(text, unit.start, end) and not SENTENCE_END.match(text, end - 1):
            stop = SENTENCE_END.search(text, end, limit)
            end = stop.end() if stop else limit
        taken = end
        yield k, (unit.start, end)
