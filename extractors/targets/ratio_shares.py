"""A cost split written as a ratio between the budgets that bear it (奖补资金由区财政与街道按7:3比例分担 /
所需经费由省级财政和市县财政按8∶2负担 / 由省、市、县财政按4:4:2的比例承担): one support share per party, in percent of
the whole (70, 30), named by what is paid, the party and what it does (奖补资金区财政分担比例).

The numbers module reads no ratio (4：4：2 is skipped as one), so the clause is read here. Only a split whose parties
are budgets (a 财政 among them, or every party a level: 省级和县级) is read: a split between places alone (由州与县按6:4分担)
says who pays, not how much. Levels named together (市、县两级财政 / 省财政与市县按4:3:3) are one party each. A revenue
shared out (中央与地方按1:9比例分成) is read whoever the parties are: a rule of how much each gets (requirement, 中央分成比例).
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity
from extractors.targets.context import Candidate, Context
from extractors.targets.paid_words import paid_words
from schemas.records import Target

# one party: 县财政 / 乡镇（街道） / 省级 / 市县财政 / 区级财政 (a name, brackets allowed)
PARTY = r"(?:(?![由按以])\p{Han}|[（(][\p{Han}、]{1,8}[）)]){1,10}?"
# 由区财政与街道（乡镇）按7:3比例分担 / 省级财政和市县财政按照8∶2的比例负担 / 由省、市、县财政按4:4:2承担
SPLIT = regex.compile(
    rf"(?P<by>由)?(?P<parties>{PARTY}(?:(?:与|和|、|及)(?:{PARTY}))+)"
    r"(?:按照?|以)(?P<ratio>\d{1,3}(?:\s*[:：∶]\s*\d{1,3})+)(?:的)?(?:比例)?(?P<verb>分担|承担|负担|出资|分成)")
# the parties one by one, never inside a bracket: 市、县（市、区）
PARTY_SPLIT = regex.compile(r"(?:与|和|、|及)(?![^（(]*[）)])")
# a ratio's parts
RATIO_PART = regex.compile(r"\d{1,3}")
# levels named together at the end of the last party: (市、县)两级财政 / (省市县)三级 (the levels' 级 in ``tiers``)
TIERS = regex.compile(r"(?P<tiers>[两二三四]级)(?=财政$|$)")
# a party of levels only, one share each when the ratio has more parts than parties: 市县 / 县乡
LEVELS = regex.compile(r"[省市州县区乡镇]{2,3}")
# a party that is a level of government: 省级 / 县级财政
LEVEL = regex.compile(r"级(?:财政)?$")


def ratio_shares(ctx: Context, c_start: int, c_end: int, out: list[Candidate], source: str,
                 table_index: int | None) -> None:
    """Every split of the clause (see the module) as one support share per party."""
    text = ctx.text
    for m in SPLIT.finditer(text, c_start, c_end):
        parties = [p for p in PARTY_SPLIT.split(m.group("parties")) if p]
        parts = [int(p) for p in RATIO_PART.findall(m.group("ratio"))]
        tiers = TIERS.search(parties[-1]) if parties else None
        if tiers:  # 市、县两级财政: 市级财政, 县级财政
            parties[-1] = parties[-1][:tiers.start()] + parties[-1][tiers.end():]
        if len(parties) < len(parts):  # 省财政与市县按4:3:3: 市 and 县 bear a share each
            parties = [q for p in parties for q in (list(p) if LEVELS.fullmatch(p) else [p])]
        budgets = any("财政" in p for p in parties) or all(LEVEL.search(p) for p in parties) or m.group("verb") == "分成"
        if len(parties) != len(parts) or not budgets or sum(parts) <= 0:
            continue
        fiscal = "财政" if parties[-1].endswith("财政") else ""
        if tiers:
            parties = [p.removesuffix("财政") + "级" for p in parties]
        # 由省、市、县财政: the last party's 财政 is every level's (州、县（市）两级财政: 县（市）级财政 too)
        parties = [p if p.endswith("财政") or (len(p) > 2 and not LEVEL.search(p)) else p + fiscal for p in parties]
        paid = paid_words(text[c_start:m.start()]) if m.group("by") else ""
        total = sum(parts)
        for party, part in zip(parties, parts):
            raw = f"{paid}{party}{m.group('verb')}比例"
            target = Target(char_start=m.start(), char_end=m.end(), evidence=m.group(0), indicator=None,
                            indicator_raw=raw, kind="requirement" if m.group("verb") == "分成" else "support",
                            scope=ctx.region, comparator="=",
                            value=round(part * 100 / total, 6), unit="%")
            out.append(Candidate(target, source, table_index))


# a bracket right after a split, opening the shares restated: （省级承担40%、市县承担60%） / （其中省级承担60% /
# （市级承担40%、县（区）承担60%: a party's own bracket inside
RESTATED_OPEN = regex.compile(r"[（(](?:[^（(）)]|[（(][^（(）)]*[）)])*$")


def restates_split(text: str, q: Quantity, c_start: int) -> bool:
    """Whether a percentage stands in a bracket right after a split of its sentence and restates one of its shares
    (按照4:6比例分担（省级承担40%、市县承担60%）): the split's share, no fact of its own."""
    if q.unit != "%":
        return False
    start = max(text.rfind(mark, 0, q.start) for mark in "。；;\n") + 1
    for m in SPLIT.finditer(text, start, q.start):
        parts = [int(p) for p in RATIO_PART.findall(m.group("ratio"))]
        if RESTATED_OPEN.fullmatch(text, m.end(), q.start) and sum(parts) > 0 \
                and any(abs(part * 100 / sum(parts) - q.value) < 1e-6 for part in parts):
            return True
    return False
