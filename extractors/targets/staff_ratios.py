"""Staffing ratios: how many staff a rule sets per so many of those served (保洁员按照服务人口每500人配备1名的标准配备
→ 保洁员（服务人口每500人）, 1 名), and the floor it sets for units too small for the ratio (服务人口不足500人的社区至少
配备2名 → 保洁员（服务人口不足500人的社区）, 2 名, the 500人 naming the class, no figure of its own).

The base of the ratio (每500人) is no figure either: ``figure`` skips a count right after 每 with a figure after it.
Reads the sentence around a figure; returns the words naming it, or whether it only names a class.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity
from extractors.targets.clauses import sentence_start

# the ratio right before the staff count: 按照服务人口每500人配备(1名) / 按每300户配备 / 按照每10名失能老人配备
RATIO_BEFORE = regex.compile(
    r"(?:按照?|依照?|参照)(?P<before>\p{Han}{0,8}?)每(?P<n>\d+(?:\.\d+)?)(?P<per>名|人|户|张|个|所|家|床|间)"
    r"(?P<after>\p{Han}{0,8}?)(?:至少|不少于|不低于|原则上)?(?:配备|配置|配足|设置|安排)(?:不少于|至少|不低于)?$")
# the staff named after the count: (1名)护理员(的标准) — not the 的标准 itself
STAFF_AFTER = regex.compile(r"(?P<staff>(?!的)\p{Han}{2,10}?)(?=的标准|[，,。；;）)]|$)")
# the floor for a small unit, right before its staff count: 服务人口不足500人的社区至少配备(2名) / 不足300户的村配备
FLOOR_BEFORE = regex.compile(
    r"(?P<class>\p{Han}{0,8}?(?:不足|少于|不到|低于)\d+(?:\.\d+)?(?:名|人|户|张|个|所|家|床|间)(?:的)?\p{Han}{1,6}?)"
    r"(?:原则上)?(?:至少|不少于)?(?:配备|配置|配足|设置|安排)(?:不少于|至少|不低于)?$")
# the threshold of such a class, right after it: (500人)的社区至少配备2名 / (300户)的村配备1名
FLOOR_AFTER = regex.compile(r"的?\p{Han}{1,6}?(?:原则上)?(?:至少|不少于)?(?:配备|配置|配足|设置|安排)(?:不少于|至少|不低于)?"
                            r"\d+(?:\.\d+)?(?:名|人)")
# the words that open the rule before 按照 and only say how it holds: 原则上 / 应 / 要 / 须
HOW_ONLY = regex.compile(r"(?:原则上|应当|应该|应|要|须|必须|一般)+$")
# the staff the sentence opens with, before its ratio: (学校)食堂从业人员(原则上按照…)
SUBJECT = regex.compile(r"(?P<staff>\p{Han}{2,12}?)(?:原则上|应当|应|要|须|必须|一般)*(?:按照?|依照?|参照)[^，,。；;]{0,20}?每\d")
STAFF_UNITS = frozenset({"名", "人"})
# a clause naming only the unit each must staff, before its count: (各街道要明确消防巡查专职人员，)每个街道不少于(3名)
EACH_UNIT_ONLY = regex.compile(r"每(?:个|一个|所|家|处)\p{Han}{2,8}?(?:均|都|应当|应|要|须)?(?:不少于|至少|不低于|不得少于)$")
# the staff the clause before puts in place, closing it: 明确消防巡查专职人员 / 配齐专兼职网格员
STAFF_PUT = regex.compile(r"(?:落实|配备|配齐|配强|明确|确定|设立|设置)(?P<staff>\p{Han}{2,12}?(?:人员|员|干部|队伍|力量))[，,]$")


def ratio_staff_words(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """The name of a staff count a ratio or a small unit's floor sets (``保洁员（服务人口每500人）``), None for any
    other figure."""
    if q.unit not in STAFF_UNITS:
        return None
    ratio = RATIO_BEFORE.search(text, c_start, q.start)
    if ratio:
        staff = _staff(text, q, c_start, c_end, ratio.start())
        base = ratio.group("before") or ratio.group("after")
        return f"{staff}（{base}每{ratio.group('n')}{ratio.group('per')}）" if staff else None
    if EACH_UNIT_ONLY.fullmatch(text, c_start, q.start) and not STAFF_AFTER.match(text, q.end, c_end):
        put = STAFF_PUT.search(text, max(0, c_start - 30), c_start)  # …明确消防巡查专职人员，每个街道不少于3名
        return put.group("staff") if put else None
    floor = FLOOR_BEFORE.search(text, c_start, q.start)
    if floor:
        staff = _staff(text, q, c_start, c_end, floor.start())
        return f"{staff}（{floor.group('class')}）" if staff else None
    return None


def names_floor_class(text: str, q: Quantity, c_end: int) -> bool:
    """Whether ``q`` is the size that classes the units a floor of staff is set for (不足500人的社区至少配备2名)."""
    before = text[max(0, q.start - 3):q.start]
    return before.endswith(("不足", "少于", "不到", "低于")) and FLOOR_AFTER.match(text, q.end, c_end) is not None


def _staff(text: str, q: Quantity, c_start: int, c_end: int, rule_start: int) -> str | None:
    """Who is counted: the words after the count (配备1名护理员), else the subject of the sentence's ratio."""
    after = STAFF_AFTER.match(text, q.end, c_end)
    if after:
        return after.group("staff")
    start = sentence_start(text, c_start, 120)
    opening = HOW_ONLY.sub("", text[c_start:rule_start]).strip("，, ")
    if opening and regex.fullmatch(r"\p{Han}{2,12}", opening) and rule_start > c_start:
        return opening
    subject = SUBJECT.search(text, start, q.start)
    return subject.group("staff") if subject else None
