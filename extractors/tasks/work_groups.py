"""Items that set up a body rather than assign work: a work group of a task force listed with the units it gathers
(``（一）综合协调组。组长单位：县应急管理局；成员单位：…。负责…`` / ``2.宣传专班。牵头单位：…；成员单位：…`` /
``（四）巡查组：由县水利局牵头，县河道管理处参加。``).

Its 牵头单位 reads like a task's agency note, but the item names a body and who sits in it (the taskforce extractor's
business), and the duties after them are the group's standing remit, no work the notice assigns. Reads the text at
an item's start; returns whether the item is such a group.
"""
from __future__ import annotations

import functools

import regex

from extractors.agency_names import knowledge
from extractors.agency_names.knowledge import alternation

# 组长单位： / 牵头单位为 / 成员单位： / 副组长部门： right after a group's name: the units it gathers, by role
UNIT_LABEL = r"(?:副?组长|牵头|成员)(?:单位|部门)\s*(?:[：:]|为|是|包括)"
# 由县水利局牵头，县河道管理处参加 / 县消防救援大队牵头，… / 由县财政局负责，县商务局配合 / 由县政协办公室、县档案馆组成
# right after a group's name: its units in a sentence
UNITS_IN_SENTENCE = (r"由?[^，,。；;\n]{2,60}?(?:牵头(?:负责)?|负责)[，,][^，,。；;\n]{2,300}?(?:参加|参与|配合|协同)"
                     r"|由[^，,。；;\n]{2,300}?组成")
# 成立工作专班 / 组建专班 / 工作小组: the item sets up the body (or names it only by its kind), not a work group of it
SETS_UP_BODY = regex.compile(r"(?:成立|组建|设立|建立)|(?:工作组|工作小组|小组|工作专班|专班)$")


@functools.lru_cache(maxsize=1)
def _group_opening() -> regex.Pattern:
    """综合协调组。组长单位： / 宣传舆论专班：牵头单位为 / 应急保障工作组 ⏎ 成员单位：: a body's name (it ends with a
    task force word of schemas/agencies.json, or 组), then its units by role."""
    words = alternation([*knowledge().taskforce_names, "组"])
    return regex.compile(rf"[ \t\u3000]*(?P<name>[^，,。；;：:\n]{{0,20}}?(?:{words}))[ \t\u3000]*[。.：:，,\n]?\s*"
                         rf"(?:{UNIT_LABEL}|(?P<sentence>{UNITS_IN_SENTENCE}))")


def sets_up_group(text: str, start: int, end: int) -> bool:
    """Whether the item at ``start`` names a work group and the units it gathers (``综合协调组。组长单位：…``); not an
    item setting up the body itself whose sentence gives it work (``成立工作专班。由A牵头，B参加，…前完成…``)."""
    m = _group_opening().match(text, start, end)
    return m is not None and not (m.group("sentence") and SETS_UP_BODY.match(m.group("name")))
