"""Shares a rule sets for several parties of a 分别 list: 由应急转贷基金、承贷银行和担保公司分别按50%、30%和20%的比例分担, or
for levels of government counted before it (市、县两级财政分别按60%、40%的比例承担 → 市级财政承担比例, 县级财政承担比例), or
each level with its own share after the budgets split the cost (由州、县两级财政分担，其中州级承担40%、县级承担60%).

Reads one share figure, the party a 分别 list gives it and its clause; returns its candidates renamed by the party and
the verb (承贷银行分担比例), the comparator ``=``, and the kind by the party: public funds or a budget bear a share as
support (应急转贷基金分担比例), any other party (a bank, an insurer, a firm) as a rule (requirement).
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbers import Quantity, find_quantities
from extractors.targets.context import Candidate
from extractors.targets.clauses import sentence_start
from extractors.targets.shared_levels import LEVEL

# the clause: 分别按40%、40%和20%的比例分担 / 分别承担40%、20% — the list of shares, then (or before) the verb of bearing
SHARES_BORNE = regex.compile(r"分别(?:按照?)?(?P<verb1>承担|分担|负担)?[\d.%％、和及与]+(?:的比例)?(?P<verb2>承担|分担|负担)?")
# a party that is public money: 风险补偿资金 / 省级财政 / 引导基金 / 县政府
PUBLIC_PARTY = regex.compile(r"资金|财政|基金|政府|专项")
# the parties, after 由 and before 分别: 由(应急转贷基金、承贷银行和担保公司)分别
PARTIES = regex.compile(r"由(?P<parties>[^，,。；;由]{2,40}?)$")
# what joins the parties: 、 / 和 / 及 / 与
JOINT = regex.compile(r"、|和|及|与")
# levels of government counted before 分别, the parties themselves: (市、县两级财政)分别按60%、40%的比例承担 → 市级财政, 县级财政
TIERS = regex.compile(rf"(?P<levels>{LEVEL}(?:、{LEVEL})+)[两二三四]级(?P<fiscal>财政)?$")


# one level and the share it bears, one of a list: (其中)州级承担(40%)、县级承担(60%) / 省级财政负担
LEVEL_BEARS = regex.compile(rf"(?P<level>{LEVEL})级?(?P<fiscal>财政)?(?P<verb>承担|分担|负担)(?:比例为|比例)?$")
# the same, with its share, to count the list: 州级承担40
LEVEL_BORNE = regex.compile(rf"{LEVEL}级?(?:财政)?(?:承担|分担|负担)(?:比例为|比例)?\d")
# public budgets the sentence splits the cost between: (由市、县两级)财政(分担) / 资金
BUDGETS = regex.compile(r"财政")


def party_share(text: str, q: Quantity, c_start: int, c_end: int, cands: list[Candidate]) -> list[Candidate]:
    """The candidates of one share of a 分别 list of parties, renamed and kinded by the party; ``cands`` unchanged for
    any other figure."""
    if q.unit != "%" or not cands:
        return cands
    borne = SHARES_BORNE.search(text, c_start, c_end)
    if borne is None or not borne.start() <= q.start < borne.end():
        return _level_borne(text, q, c_start, c_end, cands)
    verb = borne.group("verb1") or borne.group("verb2")
    parties = PARTIES.search(text, c_start, borne.start())
    tiers = TIERS.search(text, c_start, borne.start()) if parties is None else None
    if verb is None or (parties is None and tiers is None):
        return cands
    if tiers:  # 市、县两级财政分别按60%、40%的比例承担: each level's budget, public money
        names = [f"{level}{'' if level == '中央' else '级'}{tiers.group('fiscal') or '财政'}" for level in
                 tiers.group("levels").split("、")]
    else:
        names = [p for p in JOINT.split(parties.group("parties")) if p]
    shares = [other for other in find_quantities(text, borne.start(), borne.end()) if other.unit == "%"]
    if len(names) != len(shares) or len(names) < 2 or not all(len(p) >= 2 for p in names):
        return cands
    party = names[[other.start for other in shares].index(q.start)]
    kind = "support" if PUBLIC_PARTY.search(party) else "requirement"
    return [replace(c, target=replace(c.target, indicator=None, indicator_raw=f"{party}{verb}比例", kind=kind,
                                      comparator="=")) for c in cands]


def _level_borne(text: str, q: Quantity, c_start: int, c_end: int, cands: list[Candidate]) -> list[Candidate]:
    """One share of a list of levels each bearing its own (由省、市两级财政分担，其中省级承担45%、市级承担55% → 省级财政承担比例
    45%, 市级财政承担比例 55%): the level's budget, support; ``cands`` unchanged for any other figure."""
    bears = LEVEL_BEARS.search(text, c_start, q.start)
    if bears is None or bears.end() != q.start or len(LEVEL_BORNE.findall(text, c_start, c_end)) < 2 \
            or not BUDGETS.search(text, sentence_start(text, c_start), q.start):
        return cands
    level = bears.group("level")
    party = f"{level}{'' if level == '中央' else '级'}财政"
    return [replace(c, target=replace(c.target, indicator=None, indicator_raw=f"{party}{bears.group('verb')}比例",
                                      kind="support", comparator="=")) for c in cands]
