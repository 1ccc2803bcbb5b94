"""Rates of change: a figure that says by how much a measure falls or rises, not the level it reaches.

Reads the words right before a figure (``交通事故死亡人数下降10%``, ``单位GDP能耗比2020年降低13.5%``,
``A、B和C分别下降12.5%、20.1%、33.0%`` — the second and third figures reach back over the 、 to the
verb); returns where the change words start (the measure's words end there) and the noun the measure takes
for its direction: 降幅 / 增速 / 增幅 for a share (``交通事故死亡人数降幅``), 减少量 / 增加量 for an amount.
``降至``/``提高到`` name the level reached and are no change.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.numbers import Quantity

# a verb of change right before the figure, with what may stand between: 下降 / 年均增长 / 分别降低 / 提高了 / 减少约
CHANGE_BEFORE = regex.compile(
    r"(?P<change>(?:年均|平均|累计|分别|均|总体|同比|环比)*(?P<verb>下降|降低|减少|削减|压减|缩减|减排|减少排放|回落|"
    r"增长|提高|(?<!改造)提升|增加|上升|上涨|(?<![新递倍])增|(?<![升沉])降|(?<=(?:较|比)\p{Han}{0,4})新增))"  # 较上年新增
    r"(?:了)?(?:约|近|超过|超|逾|达到|达|不低于|不少于|至少|不超过|左右)?$"
)
# a bound word after a figure of the list: 10%以上、10%以上
BOUND_AFTER = regex.compile(r"^(?:及以上|以上|以下|以内|左右)$")
# words that say how a change is counted: 年均 (a yearly rate) / 累计 (over the period)
PACE = regex.compile(r"年均|累计")
# the verb as a fall or a rise
FALL = regex.compile(r"下降|降低|减少|削减|压减|缩减|减排|回落|降")
# between two figures of one verb: 、 / 和 / 及
JOINED = regex.compile(r"[、和及与]\s*$")
# a date that is the base of a comparison, not a deadline: 比2020年 / 较2020年 / 与2020年相比 / 2020年以来
BASE_BEFORE = regex.compile(r"(?:(?<!占)比|较|与|同)$")  # (not a share's 占比: 绿色建筑占比2026年底前达到70%)
BASE_AFTER = regex.compile(r"(?:相比|比较|基础上|水平|的基础)")


@dataclass(frozen=True)
class Change:
    start: int  # where the change words start: the measure's words end before them
    noun: str  # 降幅 / 增速 / 增幅 / 减少量 / 增加量


def change_of(text: str, q: Quantity, lo: int, earlier: list[Quantity]) -> Change | None:
    """The change a figure states (``earlier``: the figures before it in the clause, for 、-joined lists)."""
    pos = q.start
    for _ in range(len(earlier) + 1):
        m = CHANGE_BEFORE.search(text, max(lo, pos - 16), pos)
        if m:  # 年均增长10% → 年均增速: the yearly rate stays in the words
            pace = PACE.search(m.group("change"))
            return Change(m.start(), (pace.group(0) if pace else "") + _noun(m.group("verb"), m.group("change"), q.unit))
        joined = JOINED.search(text, max(lo, pos - 2), pos)
        previous = next((e for e in reversed(earlier) if e.end <= (joined.start() if joined else pos)), None)
        if not joined or previous is None:
            return None
        if BOUND_AFTER.sub("", text[previous.end:joined.start()].strip("%％")) != "":
            return None
        pos = previous.start
    return None


def _noun(verb: str, words: str, unit: str | None) -> str:
    fall = bool(FALL.fullmatch(verb))
    if unit in ("%", "个百分点"):
        if fall:
            return "降幅"
        return "增速" if "增长" in words or verb == "增" else "增幅"
    return "减少量" if fall else "增加量"


def is_base_date(text: str, d, lo: int) -> bool:
    """Whether a date is the base a change is measured from (比2020年下降), not when the figure is due."""
    return bool(BASE_BEFORE.search(text, max(lo, d.char_start - 1), d.char_start)
                or BASE_AFTER.match(text, d.char_end))


#: the verbs a measure's change is named by (down, then up), shared by the readers of words, tables and 分别 clauses
CHANGE_VERBS = "下降|降低|减少|削减|压减|增长|提高|提升|增加|上升"
# an indicator named with its change: 单位GDP能源消耗降低 / 地区生产总值增长 / 全员劳动生产率增长
CHANGE_WORDS = regex.compile(rf"(?P<verb>{CHANGE_VERBS})$")


def change_in_words(words: str, unit: str | None) -> tuple[str, str] | None:
    """An indicator table's row named by its change: (the measure, 降幅/增速/增幅/减少量/增加量), else None."""
    m = CHANGE_WORDS.search(words or "")
    if not m or m.start() < 2:
        return None
    return words[:m.start()], _noun(m.group("verb"), m.group("verb"), unit)
