"""A name that is only what a figure is given per (每人每年, 每户每月, 每亩) names nothing: the measure is the one the clause
before it in the sentence names (``年度最高支付限额合并计算，每人每年不超过1.5万元`` → 年度最高支付限额), up to its head
word; None when no clause before names one (the name stays as it is).

Reads a figure's words and the start of its clause; returns the measure's words or None.
"""
from __future__ import annotations

import regex

from extractors.targets.sentence_span import sentence_before

# words that only say what a figure is per: 每人每年 / 每户每月 / 每亩 / 每名学生每学期 / 每人次
PER_UNIT_ONLY = regex.compile(r"(?:每(?:个|位|名|家|户)?(?:人次|户次|学生|学期|季度|人|户|亩|家|村|校|生|孩|年|月|天|日|次))+")
# the head word a measure of money or quantity ends with: (年度最高支付限额) / (生活补助标准) / (补贴金额)
MEASURE_HEAD = regex.compile(r"\p{Han}{2,14}(?:限额|标准|金额|额度|上限|补助|补贴|津贴|奖励|资金|费用|价格|待遇)")
# the clause right before, its words only: (…，)年度最高支付限额合并计算，
LAST_CLAUSE = regex.compile(r"(?P<words>[^，,；;：:。]{2,30})[，,]\s*$")


def per_unit_measure(text: str, raw: str | None, c_start: int) -> str | None:
    """The measure a per-unit-only name stands for (see the module), or None."""
    if not raw or not PER_UNIT_ONLY.fullmatch(raw):
        return None
    clause = LAST_CLAUSE.search(sentence_before(text, c_start))
    head = MEASURE_HEAD.match(clause.group("words").strip()) if clause else None
    return head.group(0) if head else None
