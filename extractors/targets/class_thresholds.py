"""Thresholds that only name the class of things a count counts: in ``年主营业务收入2000万元以上的工业企业达到150家``
the count is the figure, named by its class (年主营业务收入2000万元以上的工业企业), and the 2000万元 says which firms
are counted, no fact of its own; the same with the count before (``培育10家年交易额5000万元以上的外贸企业``), and for
the next items of a list that leave the measure out (``…、50万元以上的村达到25个`` → 年收入50万元以上的村, the measure of
the first item). A threshold with no count of the things it qualifies (``对年营收1亿元以上的企业给予奖励``) says who is
eligible: a requirement, not this module's; an age naming a class is ``ages``'s.

Reads a figure with its clause; says whether it is such a threshold, and where the words of a count's class lie.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, find_quantities, suffix_length
from extractors.targets.ages import AGE_UNITS

# the bound and the things it qualifies, up to the count of them: (30万元)以上的村达到(60个) / 以上的嘎查村不少于(20个) /
# 及以上的电商企业（网店）(20家) / 以上的企业(86户); not a rule on them (50名以上的至少配备1名 / 以上的行政村配备2名)
CLASS_THEN_COUNT = regex.compile(
    r"(?:及)?以[上下](?:[（(]含[）)])?的(?P<thing>(?:(?!至少|配备|配置|给予|安排|按|每|应|须|可|能|提供|开展|实现)\p{Han}){1,10}?"
    r"(?:[（(]\p{Han}{1,8}[）)])?)(?:达到|不少于|不低于|超过|突破|增至|增加到|提高到|发展到|为|有|共有|共|累计)?")
# the bound and the things it qualifies, up to their share: (70平方米)以下户型占比不低于(70%) — a class whose share is the figure
CLASS_THEN_SHARE = regex.compile(r"(?:及)?以[上下](?:[（(]含[）)])?的?\p{Han}{1,8}?(?:占比|比例|比重|所占比例)"
                                 r"(?:应当?|须|均|原则上)?(?:不低于|不少于|达到|不超过|不高于|不得低于|为|在)?")
# the bound and the things it qualifies, closing the clause (培育10家年交易额5000万元)以上的外贸企业
CLASS_CLOSING = regex.compile(r"(?:及)?以[上下](?:[（(]含[）)])?的(?P<thing>\p{Han}{1,10}?(?:[（(]\p{Han}{1,8}[）)])?)"
                              r"(?=[，,。；;、]|$)")
# the measure a threshold after a count is of, right after the count: (10家)年交易额(5000万元)
MEASURE_BETWEEN = regex.compile(r"\p{Han}{2,10}")
# units of a threshold left to other rules: ages (60周岁以上老年人: ``ages``) and an animal's age (18月龄以上母牛)
NOT_THRESHOLD_UNITS = AGE_UNITS | {"月龄"}


def _is_single_count(q: Quantity) -> bool:
    return q.unit is not None and q.unit_kind == "count" and q.unit != "%" and q.value_max is None


def _is_threshold(q: Quantity) -> bool:
    return q.unit is not None and q.unit not in NOT_THRESHOLD_UNITS and q.unit != "%"  # 80%以上的村卫生室: a share (``shares``)


def _count_after(text: str, t: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The count right after threshold ``t`` and the things it qualifies (30万元以上的村达到|60个)."""
    nxt = next((q for q in quantities if q.start >= t.end), None)
    if nxt is None or not _is_single_count(nxt) or not CLASS_THEN_COUNT.fullmatch(text, t.end, nxt.start):
        return None
    return nxt


def _count_before(text: str, t: Quantity, quantities: list[Quantity], c_end: int) -> Quantity | None:
    """The count of money-classed things right before threshold ``t`` and its measure (10家|年交易额5000万元以上的外贸企业)."""
    if t.unit_kind != "money" or not CLASS_CLOSING.match(text, t.end, c_end):
        return None
    before = [q for q in quantities if q.end <= t.start]
    if not before or not _is_single_count(before[-1]):
        return None
    return before[-1] if MEASURE_BETWEEN.fullmatch(text, before[-1].end, t.start) else None


def names_counted_class(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether threshold ``q`` only says which things a count (or share) of its clause counts (see the module)."""
    if not _is_threshold(q):
        return False
    quantities = find_quantities(text, c_start, c_end)
    share = next((x for x in quantities if x.start >= q.end), None)
    if share is not None and share.unit == "%" and CLASS_THEN_SHARE.fullmatch(text, q.end, share.start):
        return True  # 新开门店中300平方米以上门店占比不低于40%: the 300平方米 says which shops the share counts
    return _count_after(text, q, quantities) is not None or _count_before(text, q, quantities, c_end) is not None


def counted_class(text: str, q: Quantity, c_start: int, c_end: int) -> tuple[int, int, int, int] | None:
    """Where the words of the class count ``q`` counts lie: (start, end) of the measure's words, then (start, end) of
    the threshold and the things (集体经营性收入|30万元以上的村); the measure's words run from the figure before them (or
    the clause's start) to the threshold, the first item's when a later item of a list leaves them out; None for any
    other figure."""
    if not _is_single_count(q):
        return None
    quantities = find_quantities(text, c_start, c_end)
    before = [t for t in quantities if t.end <= q.start]
    if before and _is_threshold(before[-1]) and _count_after(text, before[-1], quantities) is q:
        t = before[-1]
        things_end = CLASS_THEN_COUNT.fullmatch(text, t.end, q.start).end("thing")
        lo = _words_start(text, before, len(before) - 1, c_start)
        if not MEASURE_BETWEEN.search(text, lo, t.start):  # …、50万元以上的村达到25个: the first item's measure
            for i, first in enumerate(before[:-1]):
                if _is_threshold(first) and _count_after(text, first, quantities) is not None:
                    return _words_start(text, before, i, c_start), first.start, t.start, things_end
        return lo, t.start, t.start, things_end
    after = next((t for t in quantities if t.start >= q.end), None)
    if after is not None and _count_before(text, after, quantities, c_end) is q:
        things_end = CLASS_CLOSING.match(text, after.end, c_end).end("thing")  # the lookahead's $ is the clause's end
        return q.end + suffix_length(text, q, after.start), after.start, after.start, things_end
    return None


def _words_start(text: str, quantities: list[Quantity], i: int, c_start: int) -> int:
    """Where the words of the ``i``-th figure start: after the figure before it (and its 以上), else the clause's start."""
    if i == 0:
        return c_start
    prev = quantities[i - 1]
    return prev.end + suffix_length(text, prev, quantities[i].start)
