"""A cost split written as a ratio between the budgets that bear it (补助资金由县财政与乡镇（街道）按6:4比例分担 /
所需资金由省级财政和市县财政按6∶4比例分担 / 由省、市、县财政按5:3:2的比例承担): one support share per party, in percent of
the whole (60, 40), named by what is paid, the party and what it does (补助资金县财政分担比例).

The numbers module reads no ratio (5：2：3 is skipped as one), so the clause is read here. Only a split whose parties
are budgets (a 财政 among them) is read: a split between places alone (由市与县按5:5分担) says who pays, not how much.
"""
from __future__ import annotations

import regex

from extractors.targets.context import Candidate, Context
from extractors.targets.wording import measure_words
from schemas.records import Target

# one party: 县财政 / 乡镇（街道） / 省级 / 市县财政 / 区级财政 (a name, brackets allowed)
PARTY = r"(?:(?![由按以])\p{Han}|[（(][\p{Han}、]{1,8}[）)]){1,10}?"
# 由县财政与乡镇（街道）按6:4比例分担 / 省级财政和市县财政按照6∶4的比例分担 / 由省、市、县财政按5:3:2比例承担
SPLIT = regex.compile(
    rf"(?P<by>由)?(?P<parties>{PARTY}(?:(?:与|和|、|及)(?:{PARTY}))+)"
    r"(?:按照?|以)(?P<ratio>\d{1,3}(?:\s*[:：∶]\s*\d{1,3})+)(?:的)?比例(?P<verb>分担|承担|负担|出资)")
# the parties one by one
PARTY_SPLIT = regex.compile(r"与|和|、|及")
# a ratio's parts
RATIO_PART = regex.compile(r"\d{1,3}")
# what is paid, the words before 由: 补助资金 / 所需资金 (所需 only says it is needed) / 第四条补贴资金 (the item's number no part)
ITEM_NUMBER = regex.compile(r"^(?:第[一二三四五六七八九十百零\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                            r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*")
NEEDED = regex.compile(r"^(?:所需|相关|上述|有关)")
PAID = regex.compile(r"[\p{Han}（）]{2,12}")


def ratio_shares(ctx: Context, c_start: int, c_end: int, out: list[Candidate], source: str,
                 table_index: int | None) -> None:
    """Every split of the clause (see the module) as one support share per party."""
    text = ctx.text
    for m in SPLIT.finditer(text, c_start, c_end):
        parties = [p for p in PARTY_SPLIT.split(m.group("parties")) if p]
        parts = [int(p) for p in RATIO_PART.findall(m.group("ratio"))]
        if len(parties) != len(parts) or not any("财政" in p for p in parties) or sum(parts) <= 0:
            continue
        fiscal = "财政" if parties[-1].endswith("财政") else ""
        # 由省、市、县财政: the last party's 财政 is every level's
        parties = [p if p.endswith("财政") or len(p) > 2 else p + fiscal for p in parties]
        paid = ""
        if m.group("by"):
            words = measure_words(ITEM_NUMBER.sub("", text[c_start:m.start()].strip("，,；;：: ")))
            words = NEEDED.sub("", words or "")
            paid = words if PAID.fullmatch(words) and words not in ("资金", "经费") else ""
        total = sum(parts)
        for party, part in zip(parties, parts):
            raw = f"{paid}{party}{m.group('verb')}比例"
            target = Target(char_start=m.start(), char_end=m.end(), evidence=m.group(0), indicator=None,
                            indicator_raw=raw, kind="support", scope=ctx.region, comparator="=",
                            value=round(part * 100 / total, 6), unit="%")
            out.append(Candidate(target, source, table_index))
