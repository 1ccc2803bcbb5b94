"""A tax rate a notice sets or cuts (减按3%的税率征收房产税 → 房产税税率; 征收率减按2%计算缴纳增值税 → 增值税征收率):
named by the tax it levies, whatever verb stands before the figure."""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# after the figure: 的税率征收房产税 / 计算缴纳增值税 / 的征收率计征城镇土地使用税 (the tax, closed by punctuation)
LEVIED = regex.compile(r"的?(?P<rate>税率|征收率)?(?:计算缴纳|计算征收|缴纳|征收|计征|计缴)(?P<tax>\p{Han}{1,8}?税)(?!\p{Han})")
# the rate's name written before the figure: 征收率减按2% / 税率降为
RATE_BEFORE = regex.compile(r"(?P<rate>税率|征收率)\p{Han}{0,4}$")


def tax_rate_words(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """The name of a tax rate (房产税税率, 增值税征收率) when a percentage is the rate a tax is levied at; else None."""
    if q.unit != "%":
        return None
    levied = LEVIED.match(text, q.end, c_end)
    if not levied:
        return None
    before = RATE_BEFORE.search(text, max(c_start, q.start - 10), q.start)
    rate = levied.group("rate") or (before.group("rate") if before else "税率")
    return levied.group("tax") + rate
