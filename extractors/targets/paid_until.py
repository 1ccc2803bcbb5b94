"""The age a support is paid until, named by the support: 按季度发放营养补助，直至儿童满6周岁 →
营养补助发放年龄 (=); 按月发放生活补助至子女年满18周岁 → 生活补助发放年龄.

Reads an age with the sentence before it; returns the name, or None for any other figure.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

AGE_UNITS = frozenset({"周岁", "岁"})
# right before the age, the end of the payments: 直至孩子满 / 直到子女年满 / 至其满
UNTIL = regex.compile(r"(?:直至|直到|至)(?:孩子|子女|婴幼儿|儿童|其)?(?:年)?满$")
# the support paid, earlier in the sentence: 发放育儿补贴 / 给予生活补助 / 享受…津贴
SUPPORT_PAID = regex.compile(r"(?:发放|给予|享受|领取)(?P<what>\p{Han}{0,6}?(?:补贴|补助|津贴|救助金|生活费))")


def paid_until_age(text: str, q: Quantity) -> str | None:
    """直至儿童满6周岁, after 发放营养补助 → 营养补助发放年龄; None without such an end or without the support named."""
    if q.unit not in AGE_UNITS or not UNTIL.search(text, max(0, q.start - 8), q.start):
        return None
    start = max(text.rfind(mark, 0, q.start) for mark in "。\n") + 1
    paid = None
    for paid in SUPPORT_PAID.finditer(text, start, q.start):
        pass
    return paid.group("what") + "发放年龄" if paid else None
