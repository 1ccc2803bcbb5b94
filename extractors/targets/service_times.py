"""Times and distances a service or rule must meet, said without 内 or a bound word: how fast it answers or arrives
(2分钟接警响应、5分钟到达现场 → 接警响应时间, at most), the minutes of a service circle each kind of area is given
(城区10分钟、山区25分钟”就医圈 → 城区就医圈, as stated) and the area around a place a rule covers
(水源地周边300米范围内 → 水源地周边范围, at most). 实行24小时应急值守 stays the duty's name, no figure: round the clock is a way of working, not a level to compare.

Reads a span of time and the words around it; returns the words naming it, or the bound it states.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# what a service does within minutes or hours, right after the span and closing its clause or list item:
# (3分钟)到达现场 / (5分钟)快速响应 / (30分钟)赶到现场 / (10分钟)出警
REACHED = regex.compile(r"(?P<done>(?:快速|及时)?(?:响应|到达现场|到达|到场|赶到现场|赶到|抵达现场|抵达|出警|出动|到岗))"
                        r"(?=[，,；;。、”’\"）)]|$)")
SHORT_UNITS = frozenset({"小时", "分钟"})
# a kind of area right before a span of minutes, one of a list each given its own: (中心城区)15分钟、(农村集镇)30分钟
AREA_BEFORE = regex.compile(r"(?P<area>中心城区|主城区|城区|城市社区|城市|农村集镇|农村地区|农村|乡村|集镇|乡镇|镇区|社区|城镇|县城|山区|"
                            r"偏远地区|平原地区)$")
# the service circle such spans set, after the list: …25分钟”(就医圈) / (养老服务圈)
CIRCLE_AFTER = regex.compile(r"[^。；;，,]{0,24}?(?:分钟)?[”’\"]?(?P<circle>(?!分钟)\p{Han}{2,8}?圈)")
# the area a distance bounds around a place, right after it: (200米)范围内 / 半径以内
RANGE_AFTER = regex.compile(r"(?:范围|半径)(?:内|以内)")
# the place the area is around, right before the distance: (学校)周边 / (水源地)周围 / (道路)两侧 / (铁路)沿线
AROUND = regex.compile(r"(?P<place>\p{Han}{1,8}?(?:周边|周围|附近|两侧|沿线|四周|外围|门外|外侧))各?$")  # 管道两侧各5米 / 校门外
# words that only lead to the place (the place is after the last): 以 / 在 / 对 / 距离 / 于 (禁止在水源地周边)
LEAD = regex.compile(r"以|在|对|距离|距|于|从|将")
DISTANCE_UNITS = frozenset({"米", "公里", "千米"})


def service_time_words(text: str, q: Quantity) -> str | None:
    """接警响应时间 for 2分钟接警响应, 城区就医圈 for “城区10分钟、山区25分钟”就医圈; None for any
    other figure (实行24小时应急值守 is the duty's name: round the clock is a way of working)."""
    if q.unit not in SHORT_UNITS:
        return None
    reached = REACHED.match(text, q.end)
    if reached:
        return reached.group("done") + "时间"
    area = AREA_BEFORE.search(text, max(0, q.start - 6), q.start) if q.unit == "分钟" else None
    circle = CIRCLE_AFTER.match(text, q.end) if area else None
    if circle:  # “城区10分钟、山区25分钟”就医圈: each area's circle, as stated
        return area.group("area") + circle.group("circle")
    return None


# an event a span stands before: (天气)发生前(12小时) / 到达前 / 抵达前
EVENT_AHEAD = regex.compile(r"(?:(?:发生|到达|抵达|来临|影响)前|提前)$")  # …发生前12小时 / 作业前提前15分钟申请


def service_time_bound(text: str, q: Quantity) -> str | None:
    """``<=`` for a time a service must answer or arrive in (2分钟接警响应: within it), ``>=`` for how long before an
    event it must act (灾害性天气发生前12小时发布预警: at least that early), None otherwise."""
    if q.unit in SHORT_UNITS and EVENT_AHEAD.search(text, max(0, q.start - 4), q.start):
        return ">="
    return "<=" if q.unit in SHORT_UNITS and REACHED.match(text, q.end) else None


def area_range_words(text: str, q: Quantity, c_start: int) -> str | None:
    """水源地周边范围 for 以水源地周边300米范围内的…: the area around a place a rule covers, at most that far; None for any
    other figure."""
    if q.unit not in DISTANCE_UNITS or not RANGE_AFTER.match(text, q.end):
        return None
    around = AROUND.search(text, max(c_start, q.start - 12), q.start)
    if not around:
        return None
    place = LEAD.split(around.group("place"))[-1]
    return place + "范围" if len(place) >= 4 else None
