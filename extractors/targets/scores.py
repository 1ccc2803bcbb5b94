"""Scores of an assessment: the bands of its grades (得分85分及以上为优秀 → 优秀等次得分 >= 85 分, a rule), the weights of
its parts (日常检查成绩占60% → 日常检查成绩权重; 考核结果纳入年度绩效考核，占比不低于5% → 考核结果占年度绩效考核比例), points taken off (已按细则扣除3分, 在年度目标考评中扣减1分 → 年度目标考评扣分),
points added or taken per event (因…被上级约谈的，每次扣3分 → 上级约谈扣分, 3 分/次;
发生…案件且未按期整改的，每起扣3分 → …案件扣分, 3 分/起), and the upper bound of a grade's band that only repeats the
bound the next grade starts at (70分（含）以上、不足85分的为合格, after 85分（含）以上的为优良: no figure of its own).

Reads a figure with its clause; returns the score's words, unit and kind, or whether the bound repeats another.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, find_quantities, suffix_length

# points per event, right before the figure: 每次扣 / 每起扣减 / 每项加 / 每例减
PER_EVENT = regex.compile(r"每(?P<event>人次|次|起|项|例|件|处|个|人)(?P<verb>扣减|扣除|扣|减|加)$")
# points per step of a measure or per thing found, the step and thing before: (耕地保有量)每少1%扣(3分) / 每少1万亩扣(0.5分)
# / 每发现1个违规排污口扣减所在乡镇考核分(3分) / 每查处1起违法案件加(1分)
PER_STEP = regex.compile(
    r"(?P<what>\p{Han}{0,12}?)(?P<each>每)?(?:(?P<short>少|减少|低于|下降|降低|超过|超出|超|多|增加|高于|提高)|(?:发现|出现|发生|查处|查实|有)?)"
    r"(?P<step>(?:\d+(?:\.\d+)?|一)\s*(?:个百分点|[%％‰]|[万亿千百]?\p{Han}{1,2}?))(?P<thing>\p{Han}{0,12}?)"
    r"(?P<verb>扣减|扣除|扣|减|加)(?P<of>\p{Han}{0,12}?)$")
# a counter a thing found is counted by: 1个 / 1起 / 1次 (分/个: per thing; a step of a measure stays in the words)
EVENT_COUNTERS = frozenset({"个", "次", "起", "项", "例", "件", "处", "宗", "家", "人次"})
# where the sentence or item the event is named in starts
CONDITION_START = "。；;：:\n"
# who did or suffered it, opening the event: 因 / 对 / 凡 / 发生 (因安全生产工作被上级约谈 → 被…)
EVENT_OPENING = regex.compile(r"^(?:因|凡是|凡|对于|对|如|若)?(?:发生)?")
# the measure a figure inside the event bounds, right before it: 面积(3亩（含）以上) (the event stays: …耕地案件)
MEASURE_BEFORE = regex.compile(r"(?:面积|数量|金额|人数|数额)$")
# a second condition joined on: 且未按期整改 / 并造成… (the event is the first)
JOINED = regex.compile(r"(?:并且|而且|且|并)")
# what follows a grade's lower or upper bound: (90分)及以上为优秀 / (60分)以下为不合格 / (85分)（含）以上的为优良 /
# (70分)以上不足85分为合格
GRADE_BAND = regex.compile(r"(?:[（(]含[）)])?(?:及|或)?(?:以上|以下)"
                           r"(?:[、，,]?(?:不足|不满|低于|未达到|未满)\d+(?:\.\d+)?分(?:[（(]含[）)])?(?:以下)?)?的?(?:为|评为|定为|确定为|认定为)"
                           r"(?P<grade>优秀|优良|良好|较好|基本合格|不合格|合格|一般|较差|不达标|达标|[A-E]级|[一二三四五][等档])")
# a part of an assessment weighed, right before its share: 日常检查成绩占(60%) / 年终考核得分占总成绩的(40%)
WEIGHT = regex.compile(r"(?P<what>\p{Han}{2,10}?(?:成绩|得分|分数|评分|分值))(?:占|按)(?:总成绩|总分|综合得分)?的?(?:比重|权重)?$")
# an assessment's weight in the one it is counted into, right before the share: (考核结果)纳入(全市)(年度绩效考核)，占比
# (不低于5%) / 将(耕地保护)纳入乡镇年度目标责任考核，权重(不低于8%) (the work counted in: 耕地保护考核权重)
COUNTED_INTO = regex.compile(r"(?:将(?P<work>\p{Han}{2,12}?)|(?P<what>\p{Han}{0,6}?(?:考核|考评|评价|测评)(?:结果|成绩|得分)))"
                             r"(?:纳入|计入|列入)"
                             r"(?:全[省市州盟县区旗])?(?P<into>\p{Han}{2,16}?(?:考核|考评|评价|考评体系|考核体系))[，,]?"
                             r"(?:所?占(?:比|比重|比例|权重)?|权重|比重)(?:不低于|不少于|不超过|不高于|为|达到|按)?$")
# points taken off once, right before them: 已按细则扣除(3分) / 在年度目标考评中扣减(1分) (not 每次扣: per event)
DEDUCTED = regex.compile(r"(?:在(?P<within>\p{Han}{2,12}?)中)?(?:予以|给予|一次性)?(?<!每\p{Han})(?:扣除|扣减|扣)$")
# the bound words of a band's upper end: 不足85分 / 未达到75分 / 低于60分
UPPER_BOUND = regex.compile(r"(?:不足|不满|未达到|未满|(?<![不得能应])低于)$")


def assessment_score(text: str, q: Quantity, c_start: int, kind: str) -> tuple[str, str, str] | None:
    """(words, unit, kind) of a grade's band (优秀等次得分, a requirement), a part's weight (日常检查成绩权重, a
    requirement) or points taken off once (年度综合考核扣分: a report keeps its kind, else a rule); None else."""
    if q.unit == "%":
        weight = WEIGHT.search(text, max(c_start, q.start - 20), q.start)
        if weight:
            return weight.group("what") + "权重", q.unit, "requirement"
        start = max(q.start - 40, max(text.rfind(mark, 0, q.start) for mark in "。；;\n") + 1)
        into = COUNTED_INTO.search(text, start, q.start)
        if into is None:
            return None
        if into.group("work"):
            return into.group("work") + "考核权重", q.unit, "requirement"
        return into.group("what") + "占" + into.group("into") + "比例", q.unit, "requirement"
    if q.unit != "分" or PER_EVENT.search(text, max(c_start, q.start - 6), q.start):
        return None
    band = GRADE_BAND.match(text, q.end)
    if band:
        return band.group("grade") + "等次得分", q.unit, "requirement"
    taken = DEDUCTED.search(text, max(c_start, q.start - 20), q.start)
    if taken:
        return (taken.group("within") or "") + "扣分", q.unit, kind if kind == "actual" else "requirement"
    return None


def per_event_score(text: str, q: Quantity, c_start: int) -> tuple[str, str, str] | None:
    """(words, unit, kind) of points added or taken per event, named by the condition before (see the module), a
    requirement; None else."""
    if q.unit != "分":
        return None
    per = PER_EVENT.search(text, max(c_start, q.start - 6), q.start)
    if not per:
        return per_step_score(text, q, c_start)
    verb = "加分" if per.group("verb") == "加" else "扣分"
    unit = f"分/{per.group('event')}"
    start = max(text.rfind(mark, 0, c_start) for mark in CONDITION_START) + 1
    condition = text[start:c_start].strip("，, ")
    if not condition.endswith("的"):
        return verb, unit, "requirement"
    event = JOINED.split(condition[:-1], 1)[0]
    event = event.rsplit("被", 1)[-1] if "被" in event else EVENT_OPENING.sub("", event)
    event = _without_figures(event).strip("，,、 ")
    return (event if len(event) >= 2 else "") + verb, unit, "requirement"


def per_step_score(text: str, q: Quantity, c_start: int) -> tuple[str, str, str] | None:
    """(words, unit, kind) of points per step of a measure (耕地保有量每少1%扣3分 → 耕地保有量每少1%扣分, 分) or per
    thing found (每发现1个违规排污口扣减…考核分3分 → 违规排污口扣分, 分/个), a requirement; None else."""
    per = _per_step(text, q, c_start) if q.unit == "分" else None
    if not per:
        return None
    verb = "加分" if per.group("verb") == "加" else "扣分"
    step, thing = per.group("step").replace(" ", ""), per.group("thing")
    counter = step.lstrip("0123456789.一")
    if not per.group("short") and counter in EVENT_COUNTERS and step[:-len(counter)] in ("1", "一") and len(thing) >= 2:
        return thing + verb, f"分/{counter}", "requirement"
    what = per.group("what")
    short = per.group("short") or ""
    return what + "每" + short + step + thing + verb, q.unit, "requirement"


def is_score_step(text: str, q: Quantity, c_start: int) -> bool:
    """Whether ``q`` is the step a score is taken or added per (the 1万亩 of 每少1万亩扣0.5分, the 1个 of 每发现1个…扣2分):
    no figure of its own."""
    end = min((i for i in (text.find(mark, q.end) for mark in "，,。；;\n") if i >= 0), default=len(text))
    score = next((found for found in find_quantities(text, q.end, end) if found.unit == "分"), None)
    return score is not None and _step_before(text, q, score.start, c_start)


def _step_before(text: str, q: Quantity, score_start: int, c_start: int) -> bool:
    """Whether the step at ``q`` opens the per-step words closing right before a score at ``score_start``."""
    start = max(c_start, score_start - 40, max(text.rfind(mark, 0, score_start) for mark in "，,。；;：:\n") + 1)
    per = _checked(PER_STEP.search(text, start, score_start))
    return per is not None and per.start("step") <= q.start < per.end("step")


def _per_step(text: str, q: Quantity, c_start: int):
    """The per-step words right before score ``q`` (see PER_STEP), None where there are none or the step's clause is
    broken by a comma or full stop."""
    start = max(c_start, q.start - 40, max(text.rfind(mark, 0, q.start) for mark in "，,。；;：:\n") + 1)
    return _checked(PER_STEP.search(text, start, q.start))


def _checked(per):
    """A PER_STEP match that says 每 or a shortfall (少1次扣1分), else None (3分扣 alone is no step)."""
    return per if per is not None and (per.group("each") or per.group("short")) else None


def repeats_band_bound(text: str, q: Quantity, c_start: int) -> bool:
    """Whether score ``q`` is the upper end of a band (不足85分) whose value the sentence states as another band's lower
    end (85分（含）以上): the same boundary, no figure of its own."""
    if q.unit != "分" or not UPPER_BOUND.search(text, max(c_start, q.start - 3), q.start):
        return False
    start = max(text.rfind(mark, 0, q.start) for mark in "。\n") + 1
    end = min((i for i in (text.find(mark, q.end) for mark in "。\n") if i >= 0), default=len(text))
    number = q.text[:len(q.text) - len(q.unit)] if q.text.endswith(q.unit) else None
    if not number:
        return False
    lower = regex.compile(rf"(?<![\d.]){regex.escape(number)}{regex.escape(q.unit)}(?:[（(]含[）)])?(?:及以上|以上)")
    return lower.search(text, start, end) is not None


def _without_figures(words: str) -> str:
    """The words of an event without the figures that bound it and the measures they bound (违规占用耕地面积3亩（含）以上
    案件 → 违规占用耕地案件)."""
    out, pos = [], 0
    for q in find_quantities(words):
        head = words[pos:q.start]
        measure = MEASURE_BEFORE.search(head)
        out.append(head[:measure.start()] if measure else head)
        pos = q.end + suffix_length(words, q, len(words))
    return "".join(out) + words[pos:]
