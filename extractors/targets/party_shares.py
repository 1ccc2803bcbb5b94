"""Shares several parties bear, one each, paired in order by 分别 (由风险补偿资金、合作银行和保险机构分别按40%、40%和20%的
比例分担): one fact per party, named by the party and what it bears (风险补偿资金分担比例, 合作银行分担比例, 保险机构
分担比例), never all by the first party's name.

Reads a share's candidates; returns them renamed for the party paired with the share, or as they were.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbers import Quantity
from extractors.targets.context import Candidate

# the parties, 分别, then the shares listed and what each bears: 由A、B和C分别按40%、40%和20%的比例分担 / A和B分别承担60%、40%
PAIRED = regex.compile(
    r"(?:由)?(?P<parties>[\p{Han}“”（）]{2,16}(?:(?:、|和|与|及)[\p{Han}“”（）]{2,16}?)+)分别(?:按照?)?(?P<verb>承担|负担|分担|出资)?"
    r"(?:比例为|按照?)?(?P<shares>\d+(?:\.\d+)?%(?:(?:、|和|及|与)\d+(?:\.\d+)?%)+)"
    r"(?:的比例)?(?P<verb2>承担|负担|分担|出资)?")
# one party in the list: 、 和 与 及 between them
PARTY_JOINT = regex.compile(r"、|和|与|及")
# one share in the list
SHARE = regex.compile(r"\d+(?:\.\d+)?%")


def per_party(text: str, q: Quantity, c_start: int, cands: list[Candidate]) -> list[Candidate]:
    """The share of the party paired with ``q`` (see the module), or ``cands`` unchanged."""
    if q.unit != "%" or len(cands) != 1:
        return cands
    sentence = max(text.rfind(m, 0, c_start) for m in "。；;\n") + 1
    found = None
    end = min([i for i in (text.find(m, q.end) for m in "。；;\n") if i >= 0] or [len(text)])
    for found in PAIRED.finditer(text, sentence, end):
        if found.start("shares") <= q.start < found.end("shares"):
            break
    else:
        return cands
    verb = found.group("verb") or found.group("verb2")
    parties = [p for p in PARTY_JOINT.split(found.group("parties")) if p]
    shares = list(SHARE.finditer(text, found.start("shares"), found.end("shares")))
    index = next((i for i, s in enumerate(shares) if s.start() == q.start), None)
    if not verb or index is None or len(parties) != len(shares):
        return cands
    name = f"{parties[index]}{verb}比例"
    return [replace(cands[0], target=replace(cands[0].target, indicator=None, indicator_raw=name))]
