"""Caps on a support given at a rate earlier in the same sentence: what they cap, and that they are an amount.

``按实际投资额的20%给予补助，单个企业最高200万元``: the cap is on that 补助 (named by the share before it,
海外仓补助占实际投资额比例 → 单个企业海外仓补助), and a cap per enterprise is the amount (元, not 元/家:
``按展位费的70%给予补助，每家企业每年最高20万元``).
"""
from __future__ import annotations

import regex

# a cap per unit of beneficiary named by a bare support noun: 单个企业补助 / 每家企业奖励 / 单个机构补贴 / 单库补助 / 单村奖补
BARE_CAP = regex.compile(r"^(?P<per>(?:单个|单(?![位独次笔项家户])|每个|每家|每户)\p{Han}{0,4}?)(?P<noun>补助|补贴|奖励|奖补|贴息|资助)$")
# the support a share or rate names: 海外仓补助占实际投资额比例 → 海外仓补助 / …周转贴息比例 → …周转贴息
RATE_NAME = regex.compile(r"^(?P<measure>.+?)(?:占.+)?比例$")
# the nouns of support a measure ends with
SUPPORT_END = regex.compile(r"(?:补助|补贴|奖励|奖补|贴息|资助)$")


def cap_of_rate(raw: str, own_words: str, earlier: str | None) -> str | None:
    """The name of a cap per unit (``raw`` such as 单个企业补助) when the figure before it in the sentence
    (``earlier``, its words) is a support given at a rate or per thing: the unit and that support's name
    (单个企业海外仓补助, 单库在线监测系统补助); None when ``raw`` is no such cap, when the cap's own words (``own_words``, its clause
    up to the figure) name its support already (单个景区年度补助最高…), or nothing before it names a support."""
    cap = BARE_CAP.match(raw or "")
    if not cap or not earlier or cap.group("noun") in own_words:
        return None
    rate = RATE_NAME.match(earlier)
    measure = rate.group("measure") if rate else earlier
    if not SUPPORT_END.search(measure) or measure.startswith(cap.group("per")):
        return None
    if not cap.group("per").startswith(("单个", "每")) and "、" in measure:
        return None  # 单船最高8000元 after 购置救生筏、防碰撞预警设备…: a list of things names no cap per ship (单船补助)
    return cap.group("per") + measure
