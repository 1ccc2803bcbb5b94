"""A level moved from one figure to another (由每人每月870元提高到每人每月910元): the first is where the change
starts, no figure the notice sets; the second is the new level, named by the words before 由. And a money
standard paid per head and period (低保标准为每人每月910元): an allowance, support in 元/月 or 元/年.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, suffix_length
from extractors.targets.per_thing import support_unit
from extractors.targets.word_lists import PAID_IN

# what a level is moved by, after the figure it starts from: 提高到 / 调整为 / 下调至
MOVE = r"(?:提高|提升|增加|上调|调高|调整|降低|下调|调低|下降|减少|压减)(?:到|至|为)"
# 由 (每人每月) right before a figure: the level a change starts from (no date between: 由2018年的1.43 is a report)
# (or a bound: 由不超过8500元提高至不超过9800元, a cap moved)
BOUND = r"(?:不超过|不高于|不得超过|最高|最多|不低于|不少于|至少)?"
FROM_BEFORE = regex.compile(rf"由(?:每\p{{Han}}{{1,2}}(?:每?[年月日天])?)?{BOUND}$")  # 由每人次(8元): per visit too
# the move right after the starting figure and its unit: 提高到
MOVE_AFTER = regex.compile(MOVE)
# 由 and the words of a range before a count: (补助范围)由原集中连片特困地区(58个县逐步扩大到…)
RANGE_FROM = regex.compile(r"由[^，,。；;由\d]{1,12}$")
# the things counted and the widening after them: (58个)县逐步扩大到 / 乡镇扩展至
WIDENED_AFTER = regex.compile(rf"\p{{Han}}{{0,8}}?(?:逐步|进一步|再)?(?:{MOVE}|(?:扩大|扩展|延伸|拓展|推广)(?:到|至))")
# 由…提高到(每人每月) / 由…增加到2024年的 before the new level: where the words that name it end
MOVED_TO = regex.compile(rf"由[^，,。；;由]{{1,24}}?{MOVE}(?:\d{{4}}年(?:底|末)?的?)?(?:每\p{{Han}}{{1,2}}每?[年月日天])?{BOUND}$")
# 标准提高到(每人每年) before the new level, with no 由 (the old level unsaid): where the words naming it end (a
# standard named by its words, not a bare 补贴标准, which the support it raises names better)
RAISED_TO = regex.compile(rf"(?<=\p{{Han}}{{4}}标准){MOVE}(?:每\p{{Han}}{{1,2}}每?[年月日天])?$")
# a standard (低保标准 / 照料护理标准 / 基本生活标准) or a pay (基本报酬 / 岗位津贴): money paid per head and period
# is an allowance
STANDARD_NAME = regex.compile(r"标准$|报酬$|津贴$")
# the units of money paid per head and period
ALLOWANCE_UNITS = ("元/月", "元/年", "元/天")
# a standard of money paid out, not charged (医保支付标准 / 报销标准 / 补助标准; not 水价标准): raised per thing, it is support
PAID_STANDARD = regex.compile(r"(?:支付|补助|补贴|报销|救助|津贴|奖励|资助)\p{Han}{0,2}标准$")


def starts_a_move(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether ``q`` is the level a change starts from: 由每人每月870元提高到…910元 → 870, 由7%提高到15% → 7%,
    限额由300元提高至500元 → 300 (the old level is no figure the notice sets; the annotation guide leaves it out)."""
    before = FROM_BEFORE.search(text, c_start, q.start)
    if not before:  # 范围由原58个县逐步扩大到全省: the count a range is widened from
        return bool(RANGE_FROM.search(text, c_start, q.start)) and q.unit_kind == "count" \
            and bool(WIDENED_AFTER.match(text, q.end + suffix_length(text, q, c_end), c_end))
    return bool(MOVE_AFTER.match(text, q.end + suffix_length(text, q, c_end), c_end))


def moved_words_end(text: str, q: Quantity, c_start: int) -> int | None:
    """Where the words naming a new level end (at 由, or at the move of a 标准 when no 由 says where it starts):
    全市城市低保标准由…提高到每人每月910元 → before 由; 水费补助标准提高到每人每年240元 → before 提高到."""
    moved = MOVED_TO.search(text, c_start, q.start) or RAISED_TO.search(text, c_start, q.start)
    return moved.start() if moved and moved.start() > c_start else None


def is_allowance(unit: str | None, words: str) -> bool:
    """A standard paid per head and period (城市低保标准 in 元/月): the unit an allowance's, the words a 标准."""
    return (unit or "") in ALLOWANCE_UNITS and bool(STANDARD_NAME.search(words))


def allowance_unit(text: str, q: Quantity, c_start: int, raw: str | None) -> str | None:
    """元/月 or 元/年 of a standard paid per head and period (城市低保标准为每人每月910元, 照料护理标准分别为每人每月
    150元), or the unit per thing of a paying standard moved (支付标准由每人次12元提高到15元 → 元/人次); None for any
    other figure."""
    if q.unit != "元" or not raw or not STANDARD_NAME.search(raw) or PAID_IN.search(raw):
        return None  # 个人缴费标准为每人每年260元: what a person pays in, no allowance
    unit = support_unit(text, q, c_start)
    if is_allowance(unit, raw):
        return unit
    # 门诊诊查费医保支付标准由每人次12元提高到15元: a paying standard moved to a new level per thing, 元/人次
    moved = PAID_STANDARD.search(raw) and MOVED_TO.search(text, c_start, q.start)
    return unit if moved and unit and unit.startswith("元/") else None
