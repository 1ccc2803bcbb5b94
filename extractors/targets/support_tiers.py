"""Which tier of a 分别 list of support a figure is for: 对国家级、省级、市级企业，分别给予50万元、30万元、10万元 (the i-th
figure for the i-th tier or thing listed), 对年营业收入首次突破10亿元、50亿元、100亿元的工业企业，分别给予… (the i-th for the
i-th threshold). Reads the beneficiary's words and the clause; returns the words naming the figure's tier.
"""
from __future__ import annotations

import regex

from extractors.numbers import DIGIT, Quantity, find_quantities

# a tier of support: 国家级 / 省级 / 一等奖 / 金奖 / AAA级 / 三星级
TIER = regex.compile(r"(?:国家|省|自治区|市|州|县|区|乡镇|[A-Z]{1,5}|[一二三四五]星)级|[一二三四五六七八九十]等奖|特等奖|[金银铜]奖")
TIER_LAST = regex.compile(rf"(?:{TIER.pattern})$")
TIER_FIRST = regex.compile(rf"(?:{TIER.pattern})")


def support_tier(who: str, text: str, q: Quantity, c_start: int, c_end: int) -> tuple[str, bool]:
    """The words naming the tier ``q`` is given to in a 分别 list of support, and whether the tiers are thresholds
    (amounts); ``(who, False)`` unless the clause gives as many figures of ``q``'s unit as ``who`` lists things.
    The clause's figures are read once for both kinds of list."""
    parts = who.split("、")
    if len(parts) < 2 or "分别" not in text[max(0, c_start - 4):q.start]:
        return who, False
    given = [f for f in find_quantities(text, c_start, c_end) if f.unit == q.unit]
    if len(given) != len(parts) or q not in given:
        return who, False
    index = given.index(q)
    threshold = _threshold_tier(who, parts, index)
    return (threshold, True) if threshold else (_listed_tier(who, parts, index), False)


def _threshold_tier(who: str, parts: list[str], index: int) -> str | None:
    """对年营业收入首次突破10亿元、50亿元、100亿元的工业企业，分别给予50万元、100万元、200万元奖励: the i-th award is
    for the i-th threshold (年营业收入首次突破50亿元的工业企业), the tiers being amounts; None for any other list."""
    tiers = find_quantities(who, 0, len(who))
    if len(tiers) != len(parts):
        return None
    bare = [who[t.start:t.end] for t in tiers]
    if not (parts[0].endswith(bare[0]) and parts[-1].startswith(bare[-1]) and parts[1:-1] == bare[1:-1]):
        return None
    return who[:tiers[0].start] + bare[index] + who[tiers[-1].end:]


def _listed_tier(who: str, parts: list[str], index: int) -> str:
    """对国家级、省级、市级企业，分别给予50万元、30万元、10万元: the i-th figure is for the i-th tier
    (国家级企业), or for the i-th of the things listed (对A、B，分别给予…)."""
    first, last = TIER_LAST.search(parts[0]), TIER_FIRST.match(parts[-1])
    if not first or not last or not all(TIER.fullmatch(p) for p in parts[1:-1]):
        # 对新认定的国家级“小巨人”企业、省级专精特新中小企业，分别给予50万元、20万元: the i-th is for the i-th named
        listed = parts[index]
        return listed if len(listed) >= 2 and not DIGIT.search(who) else who
    tiers = [first.group(0)] + parts[1:-1] + [last.group(0)]
    return parts[0][:first.start()] + tiers[index] + parts[-1][last.end():]
