"""Two counts in a row, each of its own things: ``全县1230所乡村学校（含教学点）4.56万名乡村教师享受生活补助`` /
``共为86所农村学校的3200名教师发放…``: the first count, with no words of its own before it, is named by the noun right
after it, up to the second count (乡村学校（含教学点）); the second by its own noun after it (乡村教师, up to its verb),
not by the first's noun that stands before it.

The second takes the bound the first states (原则上不超过50个小类150个品目 → both <=).

Reads a count with its clause; returns the words that name it (or the bound it shares), or None for any other figure.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, comparator, find_quantities, suffix_length
from extractors.targets.bounded import bound_across

# the noun of a count, up to the next count (乡村学校（含教学点）|4.56万名 / 农村学校的|3200名): words and brackets only
NOUN_THEN_COUNT = regex.compile(r"(?P<noun>(?!的)(?:\p{Han}|[（(]\p{Han}{1,10}[）)]){1,20}?)的?")
# the noun after a count, up to its verb or the clause's end: (4.56万名)乡村教师(享受生活补助)
NOUN_AFTER = regex.compile(r"(?:\p{Han}|[（(]\p{Han}{1,10}[）)]){2,20}")
# a noun joined on to the next item of a list, each with its count: (1处)多功能运动场和(1处全民健身中心)
JOINED_ON = regex.compile(r"(?:和|及|与|或|并)$")
# the counters of things and people such a pair counts (not spans of time, ages or shares: 停留2晚 / 16周岁)
COUNTERS = frozenset({"所", "名", "人", "个", "家", "户", "座", "处", "张", "台", "辆", "套", "间", "条", "支", "只",
                      "头", "艘", "位"})
# count words that name the things counted (3个班次): a pair's first count with no noun after it
NAMED_COUNTS = frozenset({"个班次", "班次", "车次", "架次", "航次", "船次", "趟次", "列次"})
# counters of kinds and items one thing is counted in twice, glued: 6类10项 / 3个5项 (not 名, 人: heads)
GLUED_COUNTERS = frozenset({"类", "项", "个", "种", "门", "套", "批", "款"})
# verbs that make the words after a count a clause of their own (…学校配备300名 / …教师发放补助): no noun alone
ACTION = regex.compile(r"配备|配置|发放|建设|建成|新建|新增|培训|招聘|招录|安排|给予|覆盖|带动|吸纳|投入|完成|实现|开展|"
                       r"组织|提供|设立|设置|选派|聘用|享受|获得|领取|支持|补助|奖励|达到|超过|不少于|不低于|为|有|共|累计")


def _is_counter_figure(q: Quantity) -> bool:
    return q.unit in COUNTERS and q.value_max is None and not q.chinese


def _noun_up_to_next(text: str, q: Quantity, quantities: list[Quantity]) -> str | None:
    """The noun between count ``q`` and the count right after it, when nothing but a noun stands between."""
    nxt = next((n for n in quantities if n.start >= q.end), None)
    if nxt is not None and nxt.start == q.end and q.unit in NAMED_COUNTS and _is_counter_figure(nxt):
        return q.unit.removeprefix("个")  # 3个班次120名学员: the count's word names its things
    if nxt is None or not _is_counter_figure(q) or not _is_counter_figure(nxt) or suffix_length(text, q, nxt.start):
        return None  # 800人以上大型集中安置点34个: a threshold naming a class, no count of its own
    noun = NOUN_THEN_COUNT.fullmatch(text, q.end, nxt.start)
    if noun is None or ACTION.search(noun.group("noun")) or JOINED_ON.search(noun.group("noun")):
        return None
    return noun.group("noun")


def _glued_pair(q: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The count written right after ``q`` in another counter of the same things (6类|10项以上…技术), else None."""
    nxt = next((n for n in quantities if n.start == q.end), None)
    if nxt is None or q.unit not in GLUED_COUNTERS or nxt.unit not in GLUED_COUNTERS or q.unit == nxt.unit \
            or q.value_max is not None or nxt.value_max is not None:
        return None
    return nxt


def _noun_after(text: str, q: Quantity, c_end: int) -> str | None:
    """The noun after count ``q`` (and its bound), up to a verb: (10项以上)中医药适宜技术."""
    after = NOUN_AFTER.match(text, q.end + suffix_length(text, q, c_end), c_end)
    if after is None:
        return None
    verb = ACTION.search(after.group(0))
    noun = after.group(0)[:verb.start()] if verb else after.group(0)
    return noun if len(noun) >= 2 else None


def paired_count_words(text: str, q: Quantity, raw: str | None, c_start: int, c_end: int) -> str | None:
    """The words of a count of a pair (see the module): the noun after the first when it has no words of its own
    (``raw`` empty), the noun after the second (up to a verb) when its words are only the first's noun; both counts
    of one thing in two counters glued together (推广3类12项以上节水灌溉技术) the noun after the second."""
    quantities = find_quantities(text, c_start, c_end)
    glued = _glued_pair(q, quantities)
    if glued is not None or any(_glued_pair(p, quantities) is q for p in quantities if p.end == q.start):
        return _noun_after(text, glued or q, c_end)
    if not raw:
        return _noun_up_to_next(text, q, quantities)
    before = [p for p in quantities if p.end <= q.start]
    if not before or _noun_up_to_next(text, before[-1], quantities) is None or not _is_counter_figure(q):
        return None
    return _noun_after(text, q, c_end)


def paired_comparator(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """The bound the first count of a pair states, for the second (不超过50个小类150个品目 → <=), and the bound after
    the second of a glued pair, for the first (6类10项以上 → >=); None else."""
    quantities = find_quantities(text, c_start, c_end)
    glued = _glued_pair(q, quantities)
    if glued is not None:
        return comparator(text, glued, c_start, c_end)
    before = [p for p in quantities if p.end <= q.start]
    if not before or not _is_counter_figure(q) or _noun_up_to_next(text, before[-1], quantities) is None:
        return None
    return comparator(text, before[-1], c_start, c_end) or bound_across(text, before[-1], c_start)
