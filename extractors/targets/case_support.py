"""A case that pays the support the case before it named, written without its noun: 新建普惠托育机构的，按每个托位给予
8000元一次性建设补助；改扩建的，每个托位给予4000元 — the 4000元 is the same 一次性建设补助, for the case 改扩建
(改扩建一次性建设补助).

Reads a money figure and its clause; returns the support's name (the case and the noun of the case before), or None.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# the clause up to the figure: only a rate and the verb giving it: 每张给予 / 每户补助 / 按每人
RATE_ONLY = regex.compile(r"\s*(?:按照?)?(?:每\p{Han}{1,3}?)?(?:再|另|可)?(?:给予|予以|补助|补贴|奖励|奖补)?(?:每\p{Han}{1,3}?)?")
# the case closing the clause before, after the ； that ends the case before it: ；(改建)的， / ；对(扩建)的，
CASE = regex.compile(r"[；;]\s*(?:对|对于)?(?P<case>\p{Han}{2,10}?)的[，,]\s*$")
# the support noun closing the case before, after its amount: (8000元)一次性建设补助； / (2000元)奖励；
CASE_NOUN = regex.compile(r"(?:万|亿)?元(?:的)?(?:标准)?(?:给予)?(?P<noun>(?:一次性)?\p{Han}{0,6}?(?:补贴|补助|奖励|奖补|资助))[；;]\s*$")
# a noun or name of its own after the figure: (4000元)补助 / 的奖励
OWN_NOUN = regex.compile(r"的?\p{Han}{0,6}?(?:补贴|补助|奖励|奖补|资助)")


def case_support(text: str, q: Quantity, c_start: int) -> str | None:
    """The name of a case's support left unsaid (see the module), or None."""
    if q.unit_kind != "money" or not RATE_ONLY.fullmatch(text, c_start, q.start) or OWN_NOUN.match(text, q.end):
        return None
    case = CASE.search(text, max(0, c_start - 16), c_start)
    if case is None:
        return None
    before = CASE_NOUN.search(text, max(0, case.start() - 40), case.start() + 1)
    return case.group("case") + before.group("noun") if before else None
