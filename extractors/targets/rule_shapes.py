"""Rule shapes: figures whose wording alone makes them a rule (requirement) or support, whatever date the sentence has.

Reads one figure with its clause; says whether it is a loan's rate cut (support), a share a plan sets aside, or a
level not yet reached that a step waits for (requirements), a share of a standard paid out (support), and names an amount paid as a multiple of a standard or
paid towards a cost named right after its verb.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# a loan's rate cut below a reference rate, a product's term (support): 贷款利率在同期LPR基础上下浮不低于15个基点
RATE_CUT = regex.compile(r"贷款利率[^，。；]{0,16}?(?:LPR|基准利率|基础上)[^，。；]{0,4}?(?:下浮|下调|优惠)")
# a share set aside, right before it: 预留不低于5%(的建设用地指标) / 留出10%
RESERVED_SHARE = regex.compile(r"(?:预留|留出|划出)(?:不低于|不少于|至少)?$")
# a level not reached, closing a condition on what may not be done: (签约率)未达到(90%)的，原则上不得启动拆除
UNMET_BEFORE = regex.compile(r"(?:未|尚未|没有)(?:达到|超过|满)$")
UNMET_AFTER = regex.compile(r"(?:以上|以下)?的[，,]")
# a level below which things are left out: (年度出勤率)低于(60%)(的学员不予发放补贴) / 不足…的，不予…
BELOW_BEFORE = regex.compile(r"(?:低于|不足|未达到)$")
LEFT_OUT_AFTER = regex.compile(r"的[\p{Han}（）()]{0,12}?[，,]?(?:一律|均|原则上)?(?:不予|不得|不再|不纳入|取消)")
# a standard or amount a multiple or share of it is paid out of: 按原标准的(2)倍支付临时安置费 / 按缴费额的2倍计发 /
# 按人均标准的(90%)发放 / 按补助标准(80%)给予 (a multiple always after 的)
STANDARD_BEFORE = regex.compile(r"按(?:照)?\p{Han}{0,8}?(?:标准|量|额)(?P<of>的)?$")
# a cost a support pays towards, right after the figure and its verb: (每次最高3000元)补助展位费 / 补贴运费
COST_PAID = regex.compile(r"(?:的标准)?(?P<verb>补助|补贴|资助|报销)(?P<cost>\p{Han}{1,6}?(?:费|费用))(?=[，,。；;（(]|$)")
# …(3倍)免费乘车: what is given free of charge up to the multiple (免费 kept in its name)
MULTIPLE_PAID = regex.compile(r"(?:支付|发放|给予|计发|补偿|补助|补贴|(?P<free>免费))(?P<what>\p{Han}{0,10}?)(?=[，,。；;（(]|$)")


def rate_cut(clause: str, q: Quantity) -> bool:
    """贷款利率在同期LPR基础上下浮不低于15个基点: a cut a loan product gives, in points (support); not a cut banks are
    only encouraged to give (鼓励商业银行对…贷款利率…下浮: a rule urged, as set 13's gold reads it)."""
    return q.unit in ("个基点", "个百分点") and bool(RATE_CUT.search(clause)) and "鼓励" not in clause


def set_aside_or_unmet(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """A share a plan sets aside (预留不低于10%的公共停车泊位), a level a step waits for (签约率未达到90%的，不得…) or one
    below which things are left out (利用率低于5%的充电站不予补贴): a requirement."""
    if UNMET_BEFORE.search(text, max(c_start, q.start - 6), q.start) and UNMET_AFTER.match(text, q.end, c_end + 1):
        return True
    if BELOW_BEFORE.search(text, max(c_start, q.start - 6), q.start) and LEFT_OUT_AFTER.match(text, q.end, c_end + 1):
        return True  # 年度出勤率低于60%的学员不予发放补贴: the threshold of who is paid
    return q.unit == "%" and bool(RESERVED_SHARE.search(text, max(c_start, q.start - 8), q.start))


def paid_multiple(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """The words of an amount paid as a multiple of a standard (按原标准的2倍支付临时安置费 → 临时安置费倍数); None
    for any other figure."""
    standard = STANDARD_BEFORE.search(text, max(c_start, q.start - 12), q.start) if q.unit == "倍" else None
    if not standard or not standard.group("of"):
        return None
    paid = MULTIPLE_PAID.match(text, q.end, c_end)
    return f"{paid.group('free') or ''}{paid.group('what')}倍数" if paid and len(paid.group("what")) >= 2 else None


def paid_share(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether a share is paid out of a standard or an amount (3人以上户按人均标准的90%发放): support, not a goal."""
    return q.unit == "%" and STANDARD_BEFORE.search(text, max(c_start, q.start - 12), q.start) is not None \
        and MULTIPLE_PAID.match(text, q.end, c_end) is not None


def cost_paid(text: str, q: Quantity, c_end: int) -> str | None:
    """A support paid towards a cost named after its verb: 按每次最高2000元补助参展费 → 参展费补助; None otherwise."""
    if q.unit_kind != "money":
        return None
    paid = COST_PAID.match(text, q.end, c_end)
    return paid.group("cost") + paid.group("verb") if paid else None
