"""Standards every one of a kind must meet, stated with a bound among dated goals: a requirement with no deadline, as an
undated one is (``bounded``), even when the sentence or paragraph opens with a year.

- a service's level: 供暖期居民住宅室温不低于19℃ (the heat every home gets), 燃气抢险人员到场时间不超过40分钟 (how soon
  the service comes);
- a procedure's term: 名单公告不少于10个工作日 / 公示期限不少于5天 (how long a list stays posted);
- the size or term every one of a kind of thing holds: 档案室使用面积不少于20平方米 / 影像资料保存期限不少于90天, and how
  long a benefit runs: 资助期限最长不超过4个月;
- a land-use or investment standard each project meets: 仓储项目容积率不低于0.8 / 亩均投资不低于250万元 / 投资强度 /
  建筑密度 (not a standard when the whole region is the subject, 全县建成区…, or a date of its own opens the clause,
  到2027年，…: then it is the region's goal by that year).

A total to reach by the year (耕地保有量不低于150万亩, 新建充电端口不少于8000个) is none of these: it stays a goal.
The kinds' words are data (schemas/target_words.json).
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity
from extractors.targets.word_lists import HELD_MEASURE, LAND_USE, POSTED, SERVICE_LEVEL, WHOLE_LEVELS

# how soon a service's people come: 抢修人员到场时间 / 到达现场时间 / 到场 (the figure's words end with it); a response
# time in general (热线工单平均响应时间控制在8小时以内) is a level the year's goals reach
RESPONSE = regex.compile(r"(?:到场|到达现场|到达|抵达)(?:时间|时限)?$")
# an average: a level reached over all, not a standard each one meets
AVERAGE = regex.compile(r"平均|人均|户均")
# a bound word right before the figure: 不低于(19℃) / 不超过(40分钟) (not 压缩至20天: a procedure cut, the year's goal)
BOUND_BEFORE = regex.compile(r"(?:不少于|不低于|不超过|不高于|不多于|不得少于|不得低于|不得超过|至少|最多|最长)$")
# a bound word the figure's words may still end with: (资助期限)最长(不超过4个月)
BOUND_TAIL = regex.compile(r"(?:最长|最短|最多|最少|最高|最低)$")
# a bound right after the figure and its unit: (10个工作日)以上 / (40分钟)以内
BOUND_AFTER = regex.compile(r"(?:及以上|以上|以内|之内|及以下|以下)")
# a date of the clause's own, right before it or opening it: 到2027年， / 截至2026年底，
OWN_DATE = r"(?:到|至|截至|截止)\s*\d{4}\s*年(?:底|末)?\s*[，,]?\s*"
DATED_BEFORE = regex.compile(rf"{OWN_DATE}$")
# the whole region as the clause's subject, maybe after its date: 全县(新建项目…) / 到2027年，全市 / 城市建成区
REGION_SUBJECT = regex.compile(rf"\s*(?:{OWN_DATE})?(?:全(?:{WHOLE_LEVELS})|\p{{Han}}{{0,4}}建成区)")


def held_standard(text: str, q: Quantity, c_start: int, left: str) -> bool:
    """Whether a figure bounded by a bound word (不低于18℃, 2小时以内) is such a standard (see the module), named by
    ``left``."""
    words = BOUND_TAIL.sub("", left or "")
    if AVERAGE.search(words) or not (BOUND_BEFORE.search(text, c_start, q.start) or BOUND_AFTER.match(text, q.end)):
        return False
    if q.unit == "℃":
        return bool(SERVICE_LEVEL.search(words))
    if q.unit in DURATION_UNITS:
        return bool(RESPONSE.search(words) or POSTED.search(words) or HELD_MEASURE.search(words))
    if REGION_SUBJECT.match(text, c_start, q.start) or DATED_BEFORE.search(text, max(0, c_start - 14), c_start):
        return False  # 全县建成区…不低于 / 到2027年，…不低于: the region's goal by the year
    return bool(LAND_USE.search(words) or HELD_MEASURE.search(words))
