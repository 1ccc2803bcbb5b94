"""Bands that name a class, and the sizes set per class in a list.

An age band in brackets after a class word (幼儿班（2—3岁） / 小龄组（3—4岁）) says which children the class holds: no
figure of its own. A list of classes each with its bound, closed by what the bounds set (幼儿班（2—3岁）不超过12人、小龄班
（3—4岁）不超过20人…设置班级规模 / 甲等包间不超过6座、乙等包间不超过10座核定座位规模) names each figure by its class and that
measure (幼儿班班级规模, 甲等包间座位规模), not by the words that lead the list in.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# units of an age or a span of months a class of people is banded by
BAND_UNITS = frozenset({"个月", "岁", "周岁", "月龄"})
# the class word and the bracket opening right before the band: 幼儿班（ / 小龄组(
CLASS_OPEN = regex.compile(r"\p{Han}{1,8}[（(]$")
# the bracket closing right after the band: ）
CLASS_CLOSE = regex.compile(r"\s*[）)]")
# the bound of a class's size right before the figure: 不超过 / 不少于 / 最多 (after the class and its bracket)
BOUND = r"(?:不超过|不多于|不少于|不低于|不高于|最多|至少|控制在)"
# the class named before its bound, its band in brackets after it (the text may open with it): 幼儿班（2—3岁）不超过 → 幼儿班
LABEL = regex.compile(rf"(?<=^|[、，,：:；;。\n]|按照|按)(?!照)(?P<label>(?:(?!按)\p{{Han}}){{2,6}}?)(?:[（(][^（）()]{{1,16}}[）)])?{BOUND}$")
# the measure the list's bounds set, closing it: …不超过20人设置班级规模 / …确定床位规模
LIST_CLOSE = regex.compile(r"(?:[^，,。；;]*?\d+(?:\.\d+)?\p{Han}{0,2}?)??(?:设置|确定|核定|控制)(?P<what>\p{Han}{2,8}?)(?=[，,。；;]|$)")


def names_a_class(text: str, q: Quantity, c_start: int) -> bool:
    """Whether a figure is an age band in brackets after a class word (幼儿班（2—3岁）): the class, no figure."""
    return (q.unit in BAND_UNITS and q.value_max is not None
            and bool(CLASS_OPEN.search(text, max(c_start, q.start - 10), q.start))
            and bool(CLASS_CLOSE.match(text, q.end)))


def class_size_words(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """The name of a class's size in a list closed by the measure it sets (see the module): the class and the
    measure (幼儿班班级规模); None for any other figure."""
    if q.unit in BAND_UNITS or q.unit == "%":
        return None
    label = LABEL.search(text, max(c_start, q.start - 30), q.start)
    close = LIST_CLOSE.match(text, q.end, c_end) if label else None
    if not close or not (text.startswith("、", q.end) or close.start("what") - q.end <= 2):
        return None
    return label.group("label") + close.group("what")
