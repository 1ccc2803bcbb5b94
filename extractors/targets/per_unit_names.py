"""A name that is only what a figure is given per (每人每年, 每户每月, 每亩) names nothing: the measure is the one the clause
before it in the sentence names (``年度最高支付限额合并计算，每人每年不超过1.5万元`` → 年度最高支付限额; ``收费标准由…核定，
最高不超过每吨4元`` → 收费标准, a fee charged: a requirement), up to its head word, or, after a clause that charges
it (``…按排放量计征，每吨不超过3元``), the fee's standard its paragraph named; None when no clause before names one (the
name stays as it is).

Reads a figure's words and the start of its clause; returns the measure's words or None.
"""
from __future__ import annotations

import regex

from extractors.targets.sentence_span import sentence_before

# words that only say what a figure is per, maybe after its bound: 每人每年 / 每户每月 / 每亩 / 每名学生每学期 / 每人次 /
# 最高不超过每平方米 / 每吨
PER_UNIT_ONLY = regex.compile(r"(?:最高|最低)?(?:不超过|不高于|不低于|不少于)?"
                              r"(?:每(?:个|位|名|家|户)?(?:人次|户次|剂次|学生|学期|季度|平方米|立方米|人|户|亩|家|村|校|生|孩|吨|年|月|天|日|次))+")
# the way an amount is paid, inside its name: 接种服务费(按每剂次标准由县级财政承担)
PAID_BY = regex.compile(r"按照?每")
# a clause closing on the verb that charges a fee: (矿产按开采量)计征 / 征收 / 收取
CHARGE_VERB = regex.compile(r"(?:计征|征收|收取|计收)$")
# the standard a fee is charged by, named: 征收标准 / 收费标准
CHARGE_NAMED = regex.compile(r"(?:征收|收费)标准")
# a measure of what is charged, not given: 征收标准 / 收费标准 / 采购价格 (a fee or a price, a requirement)
CHARGED_MEASURE = regex.compile(r"(?:征收|收费|计征|缴费)标准$|价格$")
# the head word a measure of money or quantity ends with: (年度最高支付限额) / (生活补助标准) / (补贴金额)
# (not past 由 to whoever sets it: 收费标准由各市级发展改革部门…核定 → 收费标准)
MEASURE_HEAD = regex.compile(r"(?:(?!由)\p{Han}){2,14}(?:限额|标准|金额|额度|上限|补助|补贴|津贴|奖励|资金|费用|价格|待遇)")
# an item's number opening the clause: 一、 / （二） / 3.
ENUMERATOR = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])")
# the clause right before, its words only: (…，)年度最高支付限额合并计算，
LAST_CLAUSE = regex.compile(r"(?P<words>[^，,；;：:。]{2,30})[，,]\s*$")


def per_unit_measure(text: str, raw: str | None, c_start: int) -> str | None:
    """The measure a per-unit-only name stands for (see the module), or None."""
    if not raw or not PER_UNIT_ONLY.fullmatch(raw):
        return None
    clause = LAST_CLAUSE.search(sentence_before(text, c_start))
    head = MEASURE_HEAD.match(ENUMERATOR.sub("", clause.group("words").strip())) if clause else None
    if head is None and clause and CHARGE_VERB.search(clause.group("words").strip()):
        # …按排放量计征，每吨不超过3元: the fee's standard the paragraph named before (征收标准由…核定)
        named = None
        for named in CHARGE_NAMED.finditer(text, text.rfind("\n", 0, c_start) + 1, c_start):
            pass
        return named.group(0) if named else None
    return head.group(0) if head else None


def per_unit_renamed(text: str, raw: str | None, c_start: int, kind: str, unit: str | None = None) -> tuple[str | None, str]:
    """The name and kind of a figure whose name is only what it is per: the measure ``per_unit_measure`` finds, and a
    fee or price charged (征收标准, 收费标准, 价格) a requirement, not support; a name that says what its unit says already
    loses those words (每剂次采购价格 in 元/剂次 → 采购价格; 接种服务费按每剂次…标准由县级财政承担 → 接种服务费); else both as they are."""
    measure = per_unit_measure(text, raw, c_start)
    if measure is None:
        return (_without_per_unit(raw, unit, kind != "support") if raw else raw), kind
    return measure, "requirement" if kind == "support" and CHARGED_MEASURE.search(measure) else kind


def _without_per_unit(raw: str, unit: str | None, price: bool) -> str:
    """A name without the way it is paid from 按每 on (接种服务费按每剂次标准由县级财政承担 → 接种服务费) and, for a price or
    fee (``price``), without the thing its unit is per (每剂次采购价格, 元/剂次 → 采购价格; a support's 每村奖补总额 stays whole);
    the name as it is for any other unit."""
    if not unit or "/" not in unit:
        return raw
    per = unit.split("/", 1)[1]
    if price and raw.startswith("每" + per) and len(raw) - len(per) - 1 >= 2:
        return raw[len(per) + 1:]
    paid = PAID_BY.search(raw)
    return raw[:paid.start()] if paid and paid.start() >= 2 else raw
