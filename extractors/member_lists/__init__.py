"""Member lists of task forces (工作专班 / 领导小组 / 联席会议): who sits on them, in what role and post.

A member list is a run of lines that starts with a role label (组长：, 领导小组组长：, 副组长：,
成员：, a label that lost characters such as ``长:``, or ``组长由市长兼任``) and goes on while
lines read as members; a line without a label keeps the role above. The list may be a table
(cells role | name | position), tab-separated lines, or aligned text that normalization has
glued (``组长：王明区政府副区长``). Glued text is split by name grammar (a surname and one or two
characters, then an organization or position word) and by the whitespace the raw layout had
between the name and the position, which the offset map still shows. A position wrapped onto
the next line (``…分公司`` / ``经理``) is joined to its member. A line may hold several members
separated by ，/、/；, one of them a post of a group of units (``各县（市、区）政府分管负责同志``); among
named neighbours, a name whose surname the data lacks is read from the organization after it.
The sentence that founds a body may name its members too (``组长由市长兼任，成员由…组成``), and a sentence
under a list more of them (``各乡镇人民政府主要负责同志为领导小组成员。``). A line of members the layout broke inside
a post goes on into the line after it (``…市发展和改革委员会副`` ⏎ ``主任李某，…``).

Steps: :mod:`.layout` (the lines), :mod:`.labels` (role labels), :mod:`.rows` (one line: a table
row or a labelled line), :mod:`.inline` (members written in one field of text), :mod:`.glued` (a paragraph
of members glued together), :mod:`.spaced` (members on a line that only the layout's spaces set apart),
:mod:`.wrapped` (such a text with line breaks running through it), :mod:`.persons`
(where a name ends and a post begins), :mod:`.shared_titles` (units sharing the post after the last of them:
``县教育局、县公安局副局长``), :mod:`.founding` (founding sentences), :mod:`.work_groups` (a body's
work groups listed by their units), :mod:`.group_clauses` (a work group's roles given clause by clause: 由副县长某某任组长，
某局任副组长单位…), :mod:`.split_names` (a letter-spaced name cut into cells: 赵 | 立群), :mod:`.blocks` (the lists). Shared by the taskforce extractor (the members) and
the agencies extractor (their organizations are agencies).
"""
from __future__ import annotations

from extractors.member_lists.blocks import member_blocks, member_organization_spans
from extractors.member_lists.labels import SENTENCE_PUNCT, TITLE_MARKER, label_patterns
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Block, Parsed
from extractors.member_lists.persons import is_person_name, split_person
from extractors.member_lists.rows import is_header_row

__all__ = [
    "member_blocks", "member_organization_spans", "SENTENCE_PUNCT", "TITLE_MARKER", "label_patterns",
    "Layout", "Block", "Parsed", "is_person_name", "split_person", "is_header_row",
]
