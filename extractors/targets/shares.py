"""Shares of things that do something: ``三分之二以上的县（市）实现检查结果互认`` is the share of 县（市） that do it.

Reads a percentage (or fraction) with nothing before it in its clause and the words after it; returns the
measure's words as a researcher names it (``实现检查结果互认的县（市）占比``), or None for any other figure.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# a Chinese character before the figure: its own words (学校80%以上)
HAN = regex.compile(r"\p{Han}")

# N%以上的<things><what they do>: 80%以上的乡镇卫生院接入医共体信息平台 / 三分之二以上的县（市）实现…
SHARE_OF_THINGS = regex.compile(
    r"(?:及)?(?:以上|以下)?的(?P<things>[\p{Han}（）()、]{2,24}?)"
    r"(?P<does>(?:能够|能|可以|均|全部)?(?:实现|接入|开展|达到|建成|具备|提供|完成|纳入|配备|开通|参加|参与|通过|建立|设立|使用|应用|落实)"
    r"[^，,。；;：:]{1,30})"
)


def share_of_things(text: str, q: Quantity, lo: int, c_end: int) -> str | None:
    """The words of a share of things that do something (``80%以上的乡镇卫生院接入县域医共体信息平台`` →
    ``接入县域医共体信息平台的乡镇卫生院占比``); None when the figure has words of its own before it."""
    if q.unit != "%" or HAN.search(text[lo:q.start]):
        return None
    m = SHARE_OF_THINGS.match(text, q.end, c_end)
    if not m:
        return None
    return f"{m.group('does')}的{m.group('things')}占比"
