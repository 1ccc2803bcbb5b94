"""Which tier of a 分别 list of support a figure is for: 对国家级、省级、市级企业，分别给予50万元、30万元、10万元 (the i-th
figure for the i-th tier or thing listed), 对年营业收入首次突破10亿元、50亿元、100亿元的工业企业，分别给予… (the i-th for the
i-th threshold). Reads the beneficiary's words and the clause; returns the words naming the figure's tier.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, find_quantities

# a tier of support: 国家级 / 省级 / 一等奖 / 金奖 / AAA级 / 三星级
TIER = regex.compile(r"(?:国家|省|自治区|市|州|县|区|乡镇|[A-Z]{1,5}|[一二三四五]星)级|[一二三四五六七八九十]等奖|特等奖|[金银铜]奖")
TIER_LAST = regex.compile(rf"(?:{TIER.pattern})$")
TIER_FIRST = regex.compile(rf"(?:{TIER.pattern})")


def threshold_tier(who: str, text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """对年营业收入首次突破10亿元、50亿元、100亿元的工业企业，分别给予50万元、100万元、200万元奖励: the i-th award is
    for the i-th threshold (年营业收入首次突破50亿元的工业企业), the tiers being amounts; None for any other list."""
    parts = who.split("、")
    if len(parts) < 2 or "分别" not in text[max(0, c_start - 4):q.start]:
        return None
    given = [f for f in find_quantities(text, c_start, c_end) if f.unit == q.unit]
    tiers = find_quantities(who, 0, len(who))
    if len(tiers) != len(parts) or len(given) != len(parts) or q not in given:
        return None
    bare = [who[t.start:t.end] for t in tiers]
    if not (parts[0].endswith(bare[0]) and parts[-1].startswith(bare[-1]) and parts[1:-1] == bare[1:-1]):
        return None
    return who[:tiers[0].start] + bare[given.index(q)] + who[tiers[-1].end:]


def listed_tier(who: str, text: str, q: Quantity, c_start: int, c_end: int) -> str:
    """对国家级、省级、市级企业，分别给予50万元、30万元、10万元: the i-th figure is for the i-th tier
    (国家级企业), or for the i-th of the things listed (对A、B，分别给予…); ``who`` unchanged when it lists
    as many things as figures 分别 gives."""
    parts = who.split("、")
    if len(parts) < 2 or "分别" not in text[max(0, c_start - 4):q.start]:
        return who
    figures = [f for f in find_quantities(text, c_start, c_end) if f.unit == q.unit]
    if len(figures) != len(parts) or q not in figures:
        return who
    first, last = TIER_LAST.search(parts[0]), TIER_FIRST.match(parts[-1])
    if not first or not last or not all(TIER.fullmatch(p) for p in parts[1:-1]):
        # 对新认定的国家级“小巨人”企业、省级专精特新中小企业，分别给予50万元、20万元: the i-th is for the i-th named
        listed = parts[figures.index(q)]
        return listed if len(listed) >= 2 and not regex.search(r"\d", who) else who
    tiers = [first.group(0)] + parts[1:-1] + [last.group(0)]
    return parts[0][:first.start()] + tiers[figures.index(q)] + parts[-1][last.end():]
