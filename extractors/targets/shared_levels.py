"""One share that several levels of government bear each (奖补资金由市级财政和区级财政各承担40% / 由县、乡两级财政各承担
50% / 省级、县级财政分别负担30%): one fact per level, named by what is paid, the level and what it bears
(奖补资金市级财政承担比例, 奖补资金区级财政承担比例), support.

Reads a figure's candidates with the start of its clause; returns one candidate per level, or the candidates as they were.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbers import Quantity
from extractors.targets.context import Candidate
from extractors.targets.paid_words import paid_words

# a level of government: 州 / 县 / 中央 (级 after it optional)
LEVEL = r"(?:中央|省|市|州|县|区|乡|镇|旗|盟)"
# the levels, then 各 / 分别 and what each bears, right before the share: 市级财政和区级财政各承担 / 县、乡两级财政各承担 /
# 省市县三级财政分别负担
SHARED = regex.compile(
    rf"(?P<payers>{LEVEL}级?(?:财政)?(?:(?:、|和|与|及)?{LEVEL}级?(?:财政)?)+(?:[两二三四]级)?(?P<fiscal>财政)?)"
    r"(?:各|分别)(?P<verb>承担|负担|分担|出资|配套)(?:比例为|比例)?(?:按|为)?$")
# one level named in the payers: 州 / 县级 / 中央
ONE_LEVEL = regex.compile(LEVEL)
# 由 right before the payers: the words before it name what is paid (补贴资金由…)
BY = regex.compile(r"由$")


def per_level(text: str, q: Quantity, c_start: int, cands: list[Candidate]) -> list[Candidate]:
    """The share each level bears (see the module): one candidate per level, or ``cands`` unchanged."""
    if q.unit != "%" or len(cands) != 1:
        return cands
    shared = SHARED.search(text, max(c_start, q.start - 40), q.start)
    if not shared:
        return cands
    payers = shared.group("payers")
    levels = [m.group(0) for m in ONE_LEVEL.finditer(payers)]
    if len(levels) < 2 or len(set(levels)) != len(levels):
        return cands
    paid = paid_words(text[c_start:shared.start() - 1]) if BY.search(text, c_start, shared.start()) else ""
    fiscal = "财政" if "财政" in payers else ""
    out = []
    for level in levels:
        name = f"{paid}{level}{'' if level == '中央' else '级'}{fiscal}{shared.group('verb')}比例"
        target = cands[0].target
        comparator = "=" if target.kind == "target" else target.comparator
        out.append(replace(cands[0], target=replace(target, indicator=None, indicator_raw=name, kind="support",
                                                    comparator=comparator, also_at=[])))  # its flags kept
    return out
