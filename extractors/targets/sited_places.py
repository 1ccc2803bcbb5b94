"""A figure that says which places a thing is to be put in: 优先在日均车流量超过3000辆次的服务区布设 / 重点在常住人口
5000人以上的行政村建设. The clause opens with where (在…, 选择…), the figure is bounded and closes a 的 phrase on the
places: a threshold the places must meet, not a goal to reach."""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# the clause opens with where a thing goes: (优先)在… / 重点选择… / 选取… (after a list number or a bold mark)
SITED_OPENING = regex.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])?\s*(?:\*\*[^*\n]{1,20}\*\*)?\s*"
    r"(?:优先|重点|主要|原则上|依托)?(?:在|于|选择|选取|选址于|布局于|布设于)(?![外内上下])")
# a bound said before the figure: 超过 / 不低于 / 达到 (日均车流量超过3000辆次)
BOUND_BEFORE = regex.compile(r"(?:超过|不低于|不少于|高于|大于|达到|在)$")
# the bound or 的 after the figure, then the places: (3000辆次)的高速公路服务区 / (5000人)以上的行政村
PLACES_AFTER = regex.compile(r"(?:及)?(?:以上|以下)?(?:[（(]含[）)])?的\p{Han}{0,8}?"
                             r"(?:服务区|区域|地区|片区|路段|沿线|路口|站点|站|场所|园区|商圈|街区|社区|村|乡镇|街道|小区|景区|口岸|港口|机场|医院|学校)")


def sited_threshold(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether the figure bounds the places a thing is to be put in (优先在日均货车流量超过3000辆次的高速公路服务区布设):
    the clause opens with where, a bound stands right before or after the figure, and 的 then the places close it."""
    opening = SITED_OPENING.match(text, c_start, q.start)
    if not opening:
        return False
    after = PLACES_AFTER.match(text, q.end, c_end)
    if not after:
        return False
    return bool(BOUND_BEFORE.search(text, opening.end(), q.start) or text[q.end:after.end()].lstrip("及").startswith(("以上", "以下")))
