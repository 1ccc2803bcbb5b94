"""Figures of a service reported as given to a counted group: 为1.64亿户次农户提供风险保障4.98万亿元.

Reads the targets and the text: the count before the group (为1.64亿户次 …农户提供) counts the group served, named
服务农户 (not the words the sentence opened with); the figure after the group (农户提供风险保障4.98万亿元) measures
what was given (风险保障), not the group it was given to.
"""
from __future__ import annotations

import regex

from schemas.records import Target

# the group a count before it is served with something: (为1.64亿户次)农户提供 / (为120万人次)群众提供
GROUP_SERVED = regex.compile(r"(?P<group>\p{Han}{1,6}?)(?:提供|办理)")
# a figure's words that open with the group a count before served: 农户提供风险保障 → 风险保障
SERVED_WORDS = regex.compile(r"^\p{Han}{1,6}?(?:提供|办理)(?P<what>\p{Han}{2,})$")
# a count with its unit right before: …为1.64亿户次 / 1200万人次
COUNT_BEFORE = regex.compile(r"为\s*[\d.]+(?:万亿|亿|万)?\p{Han}{1,2}$")
# evidence that is only 为 and a count: 为1.64亿户次
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
