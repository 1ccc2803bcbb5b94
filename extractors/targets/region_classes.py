"""Figures a national notice sets for a class of regions: the class is the scope, not part of the measure's name.

Reads the targets of a national notice (scope 全国) and their evidence: a class of regions written before the figure
(中央财政对西部省份和东北省份补贴60%、对东部省份补贴30% / 其中中部地区为66.5%) or carried into the figure's
words from the clause before (单个项目最高不超过500万元 after 对中部地区脱贫县项目…) becomes the scope as written
(西部省份和东北省份, 中部地区脱贫县), and leaves the words (补贴比例, 单个项目补助). A class the figure goes to
(其中用于中西部地区的比例不低于85%) or a class's share of a national total (中西部地区占比) stays 全国. A class
alone before a figure (…达到90%以上，西部地区不低于75%) takes the measure of the figure before it in the sentence.
The classes are data (schemas/region_classes.json).
"""
from __future__ import annotations

import json

import regex

from schemas import data_file
from schemas.records import Target

_WORDS = json.loads(data_file("region_classes.json").read_text(encoding="utf-8"))


def _any(key: str) -> str:
    return "|".join(regex.escape(w) for w in sorted(_WORDS[key], key=len, reverse=True))


# one class of regions: 中西部地区 / 东北地区 / 中西部有条件地区
_ONE = rf"(?:{_any('macro_regions')})(?:{_any('qualifiers')})?(?:{_any('region_heads')})"
# classes joined, a kind of county after them: 西部省份和东北省份 / 中部地区脱贫县
CLASS = regex.compile(
    rf"(?<!{_any('destination_words')}|[东中西])(?:对|其中)?(?P<cls>{_ONE}(?:(?:和|及|以及|、){_ONE})*(?:{_any('county_kinds')})?)"
    r"(?!的?(?:占比|比重|所占|占全国))"
)
# a sentence's end, or a clause of its own kind: the figure before is no longer the same measure
SENTENCE_END = regex.compile(r"[。；;！？\n]")
# words a borrowed measure drops: 全国县级综合档案馆… → 县级综合档案馆…
WHOLE_COUNTRY = regex.compile(r"^(?:全国|各地|其中)")
NATIONAL = "全国"


def _classes(words: str) -> list[regex.Match]:
    return list(CLASS.finditer(words or ""))


def _without(words: str, found: list[regex.Match]) -> str:
    """``words`` without the classes found in them; a word on both sides of a cut kept once (单个项目|项目补助)."""
    out, last = "", 0
    for m in found:
        left, out = words[last:m.start()], out + words[last:m.start()]
        last = m.end()
        right = words[last:]
        if len(left) >= 2 and out[-2:] == right[:2]:
            last += 2
    out += words[last:]
    return out.strip("的、，, ")


def _borrowed(text: str, targets: list[Target], i: int) -> str | None:
    """The measure of the figure before ``targets[i]`` in the same sentence, its classes and 全国 dropped."""
    t = targets[i]
    before = [p for p in targets[:i] if p.char_end <= t.char_start and p.indicator_raw]
    if not before:
        return None
    prev = before[-1]
    if SENTENCE_END.search(text, prev.char_end, t.char_start):
        return None
    words = _without(prev.indicator_raw, _classes(prev.indicator_raw))
    return WHOLE_COUNTRY.sub("", words) or None


def scope_region_classes(text: str, region: str | None, targets: list[Target]) -> None:
    """Give each figure of a national notice set for a class of regions that class as scope (in place)."""
    if region != NATIONAL:
        return
    ordered = sorted(range(len(targets)), key=lambda k: targets[k].char_start)
    targets_sorted = [targets[k] for k in ordered]
    for i, t in enumerate(targets_sorted):
        if t.scope != NATIONAL:
            continue
        in_evidence = _classes(t.evidence)
        in_words = _classes(t.indicator_raw or "")
        if not in_evidence and (not in_words or any(m["cls"] in (t.evidence or "") for m in in_words)):
            continue  # (其中安排中西部地区资金…: a class the evidence writes where it is no scope, as its words hold it)
        scope = (in_evidence or in_words)[0]["cls"]
        words = _without(t.indicator_raw or "", in_words)
        if not words:
            words = _borrowed(text, targets_sorted, i)
            if not words:
                continue
        t.scope = scope
        t.indicator_raw = words
