"""A period a figure's clause names by pointing back (本防火期 / 本汛期), dated by where the text defines it.

Reads a clause and the text before it (``全市供暖期为2025年11月15日至2026年3月15日，其中…为严寒期。…本供暖期全市
居民室温达标率不低于98%``); returns the span the named period was defined as, not the last date written before the
figure (the coldest part of the season), or None when the clause names no such period or the text never dates it.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from schemas.records import Deadline

# a period the clause points back to: 本防火期 / 本汛期 / 本采暖季 / 该供暖期
THIS_PERIOD = regex.compile(r"(?:本|该|此)(?P<name>\p{Han}{1,4}?(?:期|季))")
# a period defined by its dates: 供暖期为(2025年11月15日至2026年3月15日) / 汛期：(…)
DEFINED = regex.compile(r"(?P<name>\p{Han}{1,10}?(?:期|季))(?:为|是|：|:)\s*(?=(?:19|20)\d{2}\s*年)")
# how far back a definition is looked for
LOOK_BACK = 800


def named_period(text: str, reference, c_start: int, c_end: int) -> Deadline | None:
    """The span of the period the clause at ``c_start`` points back to (本防火期 → the 防火期 defined earlier), or
    None."""
    this = THIS_PERIOD.search(text, c_start, c_end)
    if this is None:
        return None
    found = None
    for defined in DEFINED.finditer(text, max(0, c_start - LOOK_BACK), c_start):
        if defined.group("name").endswith(this.group("name")):
            found = defined
    if found is None:
        return None
    spans = [d for d in find_deadlines(text, reference, found.end(), min(len(text), found.end() + 40), recurrences=False)
             if d.char_start == found.end() and d.date]
    return spans[0] if spans else None
