"""The sum an insurance a rule makes someone buy must cover: 为每名志愿者购买保额不低于30万元的团体意外险 →
团体意外险保额, a requirement in 元 (the sum of each policy, not support paid per head), whatever support the sentence
gives besides.

Reads the words around a money figure; returns the name of the sum, or None for any other figure.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# the sum named right before the figure, with its bound: 保额不低于 / 保险金额不少于 / 每人保额最高 / 赔偿限额为
SUM_BEFORE = regex.compile(r"(?P<sum>保额|保险金额|保障金额|保险额度|赔偿限额|赔付限额)(?:不低于|不少于|不得低于|不超过|最高|最低|达到|为|在)?$")
# the insurance after the figure: (60万元)(以上)的人身意外伤害保险 / 的意外险
INSURANCE_AFTER = regex.compile(r"(?:及?以上)?的(?P<insurance>\p{Han}{1,14}?(?:保险|险))(?!\p{Han}{0,2}(?:费|补助|补贴))")


def insured_sum_words(text: str, q: Quantity) -> str | None:
    """团体意外险保额 for 购买保额不低于30万元的团体意外险; None for any other figure."""
    if q.unit != "元":
        return None
    named = SUM_BEFORE.search(text, max(0, q.start - 12), q.start)
    insurance = INSURANCE_AFTER.match(text, q.end) if named else None
    if not insurance:
        return None
    what, sum_word = insurance.group("insurance"), named.group("sum")
    return what + (sum_word.removeprefix("保险") if what.endswith("保险") else sum_word)  # 意外伤害保险金额
