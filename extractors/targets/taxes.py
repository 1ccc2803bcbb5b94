"""A tax rate a notice sets or cuts (减按3%的税率征收房产税 → 房产税税率; 征收率减按2%计算缴纳增值税 → 增值税征收率):
named by the tax it levies, whatever verb stands before the figure (a fee charged at a share of its standard too:
``charged_shares``); and an amount of tax relief (按每人每年6000元定额
依次扣减增值税… → 税费扣减定额; 按每户每年20000元为限额依次扣减… → 税费扣减限额), named by the relief."""
from __future__ import annotations

import regex

from extractors.numbers import Quantity
from extractors.targets.charged_shares import charged_share

# after the figure: 的税率征收房产税 / 计算缴纳增值税 / 的征收率计征城镇土地使用税 (the tax, closed by punctuation)
LEVIED = regex.compile(r"的?(?P<rate>税率|征收率)?(?:计算缴纳|计算征收|缴纳|征收|计征|计缴)(?P<tax>\p{Han}{1,8}?税)(?!\p{Han})")
# the rate's name written before the figure: 征收率减按2% / 税率降为
RATE_BEFORE = regex.compile(r"(?P<rate>税率|征收率)\p{Han}{0,4}$")


def tax_rate_words(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """The name of a tax rate (房产税税率, 增值税征收率) when a percentage is the rate a tax is levied at; else None."""
    if q.unit != "%":
        return None
    levied = LEVIED.match(text, q.end, c_end)
    if not levied:  # 对…个体工商户，按现行标准的30%征收: a fee charged at a share of its standard, relief too
        return charged_share(text, q, c_start)
    before = RATE_BEFORE.search(text, max(c_start, q.start - 10), q.start)
    rate = levied.group("rate") or (before.group("rate") if before else "税率")
    return levied.group("tax") + rate


# an amount of tax relief, after it: (6000元)定额依次扣减 / (20000元)为限额依次扣减 / 的限额内减免
RELIEF = regex.compile(r"(?:为)?(?P<kind>定额|限额)(?:标准)?(?:内)?(?:依次)?(?P<verb>扣减|减免|抵减|抵扣)")


def tax_relief_words(text: str, q: Quantity, c_end: int) -> tuple[str, str] | None:
    """The name and comparator of an amount of tax relief (税费扣减定额, ``=``; 税费扣减限额, ``<=``); else None."""
    if q.unit_kind != "money":
        return None
    relief = RELIEF.match(text, q.end, c_end)
    if not relief:
        return None
    return f"税费{relief.group('verb')}{relief.group('kind')}", ("<=" if relief.group("kind") == "限额" else "=")
