"""A fee charged at a share of its standard (``对符合条件的个体工商户，按现行标准的30%征收`` / ``按收费标准的50%收取``): a
relief given to whom the clause before names, support named by them and the share charged (小型微利企业征收比例), not
a share of the standard as a goal.

Reads a percentage with its clause; returns the support's name or None.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# 按(现行)(收费)标准的(50%): the share of a standard a fee is charged at, before the figure
OF_STANDARD = regex.compile(r"按(?:照)?\p{Han}{0,6}?标准的$")
# the charging verb right after it: (50%)征收 / 收取 / 计征 / 计收 / 缴纳
CHARGED_AFTER = regex.compile(r"\s*(?P<verb>征收|收取|计征|计收|缴纳)")
# whom the clause before names: 对(符合条件的)小型微利企业，
FOR_WHOM = regex.compile(r"对(?:符合(?:条件|规定)的)?(?P<who>[\p{Han}（）]{2,16}?)[，,]\s*$")
VERB_NOUN = {"收取": "收费", "计收": "收费", "计征": "征收", "缴纳": "缴费"}


def charged_share(text: str, q: Quantity, c_start: int) -> str | None:
    """The name of a fee charged at a share of its standard for whom the clause before names (see the module), or None."""
    if q.unit != "%" or not OF_STANDARD.search(text, c_start, q.start):
        return None
    verb = CHARGED_AFTER.match(text, q.end)
    if not verb:
        return None
    who = FOR_WHOM.search(text, max(0, c_start - 30), c_start)
    noun = VERB_NOUN.get(verb.group("verb"), verb.group("verb"))
    return (who.group("who") if who else "") + noun + "比例"
