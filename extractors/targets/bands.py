"""Allowances paid by band: an item naming an allowance (（二）护林员管护补助。) whose amounts hang on a measured band
(年龄60周岁以下的，每人每月800元；60周岁（含）至70周岁的，…). The band's bounds are the cases, not figures of the
notice; each amount is the item's allowance in its band (护林员管护补助（年龄60周岁以下）, 元/月).
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# a clause that is only a band of a measure, closing with 的 (and the thing in it): 海拔4000米以下的 /
# 年龄60周岁（含）至70周岁的 / 面积50亩（含）以上的乡（镇）
BAND_CLAUSE = regex.compile(
    r"\s*(?:[^，,。；;：:\d]{0,12}?(?<=\P{Han}))?(?P<band>(?P<measure>\p{Han}{0,6}?)\d+(?:\.\d+)?\p{Han}{1,3}?"
    r"(?:（含）)?(?:及以上|以上|以下|(?:至|—|-|～)\d+(?:\.\d+)?\p{Han}{1,3}?))的[\p{Han}（）()]{0,8}\s*$"
)
# money right at the head of the next clause, paid per head (每人每月 / 每人每天 / 每人每月另加发…)
PAID_PER = regex.compile(r"[，,]\s*每(?:人|户|名|队|个)")
# an enumerated item's lead-in naming an allowance: （一）护林员管护补助。 / 2.巡山交通补贴：
ITEM_ALLOWANCE = regex.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)"
    r"(?P<name>[\p{Han}“”（）]{2,16}?(?:补助|补贴|津贴|报酬|生活费|慰问金))[。：:]"
)
# the allowance named right before an amount, after the verb that pays it: 每人每月另加发(高寒补贴)200元
NOUN_BEFORE = regex.compile(r".*(?:发放|增发|加发|给予|安排)(?P<name>\p{Han}{2,10}?(?:补助|补贴|津贴|报酬|奖励))\s*$")
# words that only say per what and when an amount is paid (值守期间每人每天 / 每人每月): they name nothing
ONLY_PER = regex.compile(r"^(?:\p{Han}{0,4}?期间|在岗期间)?(?:每\p{Han}{1,2}){1,2}$|^$")


def _clause_before(text: str, c_start: int) -> tuple[int, int] | None:
    """The span of the clause right before a clause (back to the last ，：；。 or line start)."""
    end = c_start
    while end > 0 and text[end - 1] in " ，,":
        end -= 1
    if end == c_start:
        return None
    start = max(text.rfind(mark, 0, end) for mark in "，,：:；;。\n") + 1
    return start, end


def band_label(text: str, start: int, end: int) -> str | None:
    """海拔4000米（含）至4500米 of a band clause ``text[start:end]`` (its measure and bounds, （含） dropped); None
    when the clause is no band."""
    m = BAND_CLAUSE.match(text, start, end)
    if not m or "元" in m.group("band"):
        return None  # 投资额500万元以上的: money says who is eligible, no band of a measure
    return m.group("band").replace("（含）", "")


def is_band_bound(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether ``q`` bounds a band that the next clause pays an amount in (海拔4000米以下的，每人每月900元): a case,
    no figure of its own."""
    if q.unit_kind == "money" or band_label(text, c_start, c_end) is None:
        return False
    return bool(PAID_PER.match(text, c_end, c_end + 4))


def item_allowance(text: str, c_start: int) -> str | None:
    """The allowance an enumerated item's lead-in names (（一）护林员管护补助。按…分档发放：…) for the amounts in it."""
    line = text.rfind("\n", 0, c_start) + 1
    m = ITEM_ALLOWANCE.match(text, line, c_start)
    return m.group("name") if m else None


def banded_words(text: str, q: Quantity, c_start: int, raw: str | None) -> str | None:
    """The words of an amount paid in a band or under an allowance's lead-in: the allowance named before it
    (高寒取暖补贴) or the item's (护林员管护补助) when the figure's words (``raw``) only say per what it is paid, with the
    band of the clause before (（海拔4000米以下）); None when neither applies."""
    if q.unit != "元":
        return None
    before = _clause_before(text, c_start)
    # the band holds an amount paid per head right after it (…以下的，每人每月800元), not a rule on whom it is paid to
    # (对年诊疗量10万人次以上的中心，给予一次性奖励20万元: a threshold of eligibility)
    band = band_label(text, *before) if before and PAID_PER.match(text, before[1], c_start + 2) else None
    own = NOUN_BEFORE.match(text, c_start, q.start)
    if own:
        return f"{own.group('name')}（{band}）" if band else None
    name = item_allowance(text, c_start) if ONLY_PER.match(raw or "") else None
    if name is None:
        return None
    return f"{name}（{band}）" if band else name
