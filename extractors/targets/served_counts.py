"""Figures of a service reported as given to a counted group: 为2.3万人次群众提供法律咨询5600件.

Reads the targets and the text: the count before the group (为2.3万人次 …群众提供) counts the group served, named
服务群众 (not the words the sentence opened with); the figure after the group (群众提供法律咨询5600件) measures
what was given (法律咨询), not the group it was given to.
"""
from __future__ import annotations

import regex

from schemas.records import Target

# the group a count before it is served with something: (为2.3万人次)群众提供 / (为8万户次)企业办理
GROUP_SERVED = regex.compile(r"(?P<group>\p{Han}{1,6}?)(?:提供|办理)")
# a figure's words that open with the group a count before served: 群众提供法律咨询 → 法律咨询
SERVED_WORDS = regex.compile(r"^\p{Han}{1,6}?(?:提供|办理)(?P<what>\p{Han}{2,})$")
# a count with its unit right before: …为2.3万人次 / 8万户次
COUNT_BEFORE = regex.compile(r"为\s*[\d.]+(?:万亿|亿|万)?\p{Han}{1,2}$")
# evidence that is only 为 and a count: 为2.3万人次
ONLY_COUNT = regex.compile(r"^为\s*[\d.]+(?:万亿|亿|万)?\p{Han}{1,2}$")


def name_served_counts(text: str, targets: list[Target]) -> None:
    """Rename the count of a group served and the figure of what it was given (in place)."""
    for t in targets:
        if ONLY_COUNT.match(t.evidence or ""):
            m = GROUP_SERVED.match(text, t.char_end)
            if m:
                t.indicator_raw, t.indicator = "服务" + m["group"], None
            continue
        m = SERVED_WORDS.match(t.indicator_raw or "")
        if m and (t.evidence or "").startswith(t.indicator_raw or "\0") \
                and COUNT_BEFORE.search(text, max(0, t.char_start - 16), t.char_start):
            t.indicator_raw, t.indicator = m["what"], None
