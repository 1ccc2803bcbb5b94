"""A norm of each occasion: an amount each one gives or takes each time (献血者每人每次献血量一般为200毫升至400毫升,
每户每次限购液化气2瓶) is a rule the issuer sets for every donor or buyer, a requirement of the issuer's region, even where
the sentence opens with the places it is kept in (各县（市、区）…): those places are where the rule holds, not whose goal
the figure is.
"""
from __future__ import annotations

import regex

from schemas.records import Target

# 每人每次 / 每户每次 / 每辆每次: what each one gives or takes each time; 每人每年: what each person does each year
# (志愿者每人每年参加服务2至4次)
PER_HEAD_AND_TIME = regex.compile(r"每(?:人|名|位|户|家|辆|台|车)每次|每(?:人|名|位)每年")
# 各县（市、区） / 各乡镇 / 各地: a group of places as a figure's scope
PLACE_GROUP = regex.compile(r"各\p{Han}")


def issuers_norms(targets: list[Target], region: str | None) -> None:
    """A requirement per head and occasion scoped to a group of places gets the issuer's region (``region``)."""
    if not region:
        return
    for target in targets:
        if target.kind == "requirement" and PLACE_GROUP.match(target.scope or "") \
                and PER_HEAD_AND_TIME.search(target.indicator_raw or target.evidence):
            target.scope = region
