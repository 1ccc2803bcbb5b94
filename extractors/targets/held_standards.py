"""Standards every one of a kind must meet, stated with a bound among dated goals: a requirement with no deadline, as an
undated one is (``bounded``), even when the sentence or paragraph opens with a year.

- a service's level: 采暖季城区室内温度不低于18℃ (the heat every home gets), 供热事故抢修到场时间不超过2小时 (how soon the
  service comes);
- a procedure's term: 张榜公示不少于5个工作日 / 公示时间不少于7天 (how long a list stays posted);
- a land-use or investment standard each project meets: 工业项目容积率不低于1.0 / 亩均投入不低于3000元 / 投资强度 /
  建筑密度 / 绿地率.

A total to reach by the year (耕地保有量不低于163.5万亩, 新建充电端口不少于6000个) is none of these: it stays a goal.
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity

# the level a service keeps: 室内温度 / 室温 / 供水水压 (the figure's words end with it)
SERVICE_LEVEL = regex.compile(r"(?:室内温度|室温|供暖温度|供水水压|水压)$")
# how soon a service's people come: 抢修人员到场时间 / 到达现场时间 / 到场 (the figure's words end with it); a response
# time in general (数据共享申请平均响应时间控制在24小时以内) is a level the year's goals reach
RESPONSE = regex.compile(r"(?:到场|到达现场|到达|抵达)(?:时间|时限)?$")
# an average: a level reached over all, not a standard each one meets
AVERAGE = regex.compile(r"平均|人均|户均")
# a bound word right before the figure: 不低于(18℃) / 不超过(2小时) (not 压缩至20天: a procedure cut, the year's goal)
BOUND_BEFORE = regex.compile(r"(?:不少于|不低于|不超过|不高于|不多于|不得少于|不得低于|不得超过|至少|最多|最长)$")
# a bound right after the figure and its unit: (5个工作日)以上 / (2小时)以内
BOUND_AFTER = regex.compile(r"(?:及以上|以上|以内|之内|及以下|以下)")
# a list posted for a term: 张榜公示 / 公示时间 / 公示期限 / 公告
POSTED = regex.compile(r"(?:公示|公告|张榜)(?:时间|期限|期|时长)?$")
# a standard each project or plot meets: 容积率 / 亩均投入 / 投资强度 / 建筑密度 / 绿地率 (the words end with it)
LAND_USE = regex.compile(r"(?:容积率|建筑密度|绿地率|投资强度|亩均(?:投入|投资|固定资产投资))$")


def held_standard(text: str, q: Quantity, c_start: int, left: str) -> bool:
    """Whether a figure bounded by a bound word (不低于18℃, 2小时以内) is such a standard (see the module), named by
    ``left``."""
    words = left or ""
    if AVERAGE.search(words) or not (BOUND_BEFORE.search(text, c_start, q.start) or BOUND_AFTER.match(text, q.end)):
        return False
    if q.unit == "℃":
        return bool(SERVICE_LEVEL.search(words))
    if q.unit in DURATION_UNITS:
        return bool(RESPONSE.search(words) or POSTED.search(words))
    return bool(LAND_USE.search(words))
