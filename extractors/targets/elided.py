"""A count whose noun the clause before gave: 每个社区至少配备1名网格员，户数2000户以上的社区配备2名 → 网格员; a
threshold whose measure it gave: 对年销售收入首次突破2000万元的企业，…；首次突破5000万元的，… → 年销售收入.

A staffing rule often states a second bound for a larger class and leaves out what is counted; the noun is the
one the same verb took in the sentence before the figure's clause. A tier of a reward likewise leaves out the measure
the tier before named with the same words.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity
from extractors.targets.clauses import sentence_start
from extractors.targets.staff_ratios import ratio_staff_words

# the verbs of a staffing or setting-up rule, closing the words of a count with no noun after it
STAFFING_VERB = regex.compile(r"(?P<verb>配备|配置|配齐|设置|设立|聘用|聘请|选聘|确定)$")
# the same verb with its count and noun earlier in the sentence: 配备1名网格员 / 至少配置2台救护车
COUNTED_NOUN = r"{verb}[^，,。；;]{{0,6}}?\d+(?:\.\d+)?{unit}(?P<noun>\p{{Han}}{{2,10}}?)(?=[，,。；;]|$)"
# words of a threshold naming no measure: 首次突破 / 再次超过 (the words before them gone)
BARE_TIER = regex.compile(r"(?:首次|再次|累计)(?:突破|超过|达到)?")
# the measure a tier before named with the same words: (对)年销售收入首次突破(2000万元)
TIER_MEASURE = regex.compile(r"(?:^|(?<=[，,；;。：:对]))(?P<what>(?!对)\p{Han}{2,12}?)(?:首次|再次|累计)(?:突破|超过|达到)\d")


def elided_noun(text: str, q: Quantity, raw: str | None, c_start: int, c_end: int) -> str | None:
    """The noun a bare 配备2名 counts, as the sentence named it for the same verb and unit, or the measure a bare 首次突破
    tier is of, as the tier before named it, or the staff a ratio or a small unit's floor counts (``staff_ratios``); None
    otherwise."""
    staffed = ratio_staff_words(text, q, c_start, c_end)
    if staffed:  # 按照服务人口每500人配备1名 / 不足500人的社区至少配备2名: the staff, with the base or the class
        return staffed
    if raw and BARE_TIER.fullmatch(raw):
        tier = None
        start = max(text.rfind("。", 0, c_start), text.rfind("\n", 0, c_start), c_start - 160) + 1  # across ；
        for tier in TIER_MEASURE.finditer(text, start, c_start):
            pass
        return tier.group("what") if tier else None
    if not raw or not q.unit or text[q.end:c_end].strip("，,。；; "):
        return None
    verb = STAFFING_VERB.search(raw)
    if not verb:
        return None
    start = sentence_start(text, c_start, 120)
    named = None
    for named in regex.finditer(COUNTED_NOUN.format(verb=verb.group("verb"), unit=regex.escape(q.unit)),
                                text[start:c_start]):
        pass
    return named.group("noun") if named else None
