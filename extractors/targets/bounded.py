"""Standing standards: an undated figure whose bound is stated (不少于, 不超过, 不小于, 至少) is a rule the things it
names must meet (停靠点距离主航道不少于500米, 零售经营场所面积不小于10平方米, 录像资料保存期不少于90天, 考核权重不低于3%),
a requirement; what is to be done every year (每年培训…不少于1500人次, 全年举办赛事不少于300场) stays a goal of output.

Reads one figure with its clause; says whether the figure is such a standard, and which way a bound stated apart from
the figure points (按不超过当地低保标准的1.5倍确定 → <=; 每名照护人员最多照护3名 → <=; 至少配备河湖警长1名 → >=).
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity, find_quantities

# a bound stated before the figure, in its clause: 不少于 / 不低于 / 不超过 / 不小于 / 不大于 / 至少 / 最多 / 不得超过
STATED_BOUND = regex.compile(r"不少于|不低于|不小于|不超过|不大于|不高于|不多于|至少|最多|最少|不得(?:超过|低于|少于|高于|大于|小于)")
# a period the output is counted over: 每年 / 全年 / 年内 / 每季度 / 每个雪季 / 三年 (每年举办活动不少于10场, 三年扶持村数
# 不少于90个: a goal of output)
OUTPUT_PERIOD = regex.compile(r"每年|全年|年内|当年|每季度?|每半年|每月|每周|每个?(?:雪季|学期|学年)|(?<![\d年])[两三四五2-5]年(?![内来以])")
# the same, per head: 每人每年 / 每名…每年 (线上学习每人每年不少于16学时: what each one must do, a rule), or a post's
# holders or a kind of office right before the period and the work each does after it (传承人每年带徒不少于2人 / 网格员每月走访
# 不少于30户 / 街道文化站每季度举办活动不少于2场: what each holder or office must do; not 引进技能大师每年不少于5人, the
# holders counted)
PER_HEAD = regex.compile(r"每(?:人|名|位|户|个|家|所)|(?<=\p{Han}(?:人|员|者|师|所|站|中心|馆|院|队))"
                         r"每(?:年|季度?|半年|月|周|天|日|学期|学年)"
                         r"(?=(?!不|至少|最少|达|超过|力争|均)\p{Han})")
# words that make a figure a goal: 力争 / 确保 / 目标 / 任务 / 计划
GOAL_WORDS = regex.compile(r"力争|争取|确保|目标|任务|计划|预计|规划")
# a year named in the sentence: 2026年底前 / 到2025年
YEAR = regex.compile(r"(?:19|20)\d{2}\s*年")
# units of effort or time a rule sets per period (每年接受培训不少于40小时, 年度岗位培训不少于72学时)
EFFORT_UNITS = DURATION_UNITS | {"学时", "课时"}


# a clause that opens with the verb of an output (after where it is done): 发放宣传资料不少于3万份 / 在全市…设立代办点 /
# 新开通公交线路不少于5条
OUTPUT_OPENING = regex.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:在[^，,；;。]{1,20}?)?"
    r"(?:新设置|设置|设立|建成|开发|发放|完成|举办|开展|推出|引进|新增|新开通|开通|开行|打造|办好|组织|募集|筛查|辅导|抽检|抽查|评选|遴选|选树)")
# units that count outputs (not sizes, shares, times or staff): 个 / 项 / 处 / 份 / 场 / 批次
OUTPUT_UNITS = frozenset({"个", "项", "处", "份", "场", "场次", "批次", "家", "家次", "人次", "所", "条", "套", "期", "件"})
# a clause that opens with the verb of works done to land or water, then what they are measured by: 修复河道岸线长度不少于
# 35公里 / 治理水土流失面积不低于12平方公里 (the extent of the works, a goal; not a size each thing must have)
WORK_OPENING = regex.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:恢复|修复|整治|治理|营造|造林|种植|清退|退养|复垦|疏浚|清淤|绿化|"
    r"改造|铺设|新建|新增|建设|完成|实施)\p{Han}")
# units of the extent of such works: 亩 / 公顷 / 平方公里 / 公里
EXTENT_UNITS = frozenset({"亩", "公顷", "平方公里", "公里", "千米"})
# a part of the figure before: 其中…不少于3万批次 (the sentence's period counts it too)
PART_OPENING = regex.compile(r"\s*其中")


def bounded_standard(text: str, q: Quantity, c_start: int) -> bool:
    """Whether a figure (undated: the caller knows) with a bound stated before it in its clause is a standing standard:
    not when goal words stand in the clause, nor when it counts an output over a period (每年培训…不少于1500人次)
    unless it is an effort per head or a time (每人每年在村工作时间不少于60天, 每年接受培训不少于40小时), nor an
    output a clause opens with the verb of (发放宣传资料不少于3万份)."""
    if not STATED_BOUND.search(text, c_start, q.start) or GOAL_WORDS.search(text, c_start, q.start):
        return False
    start = max([0, c_start - 120] + [text.rfind(mark, 0, c_start) + 1 for mark in "。\n"])
    end = min([x for x in (text.find(mark, c_start) for mark in "。\n") if x >= 0] or [len(text)])
    if any(not _in_title(text, start, year.start()) for year in YEAR.finditer(text, start, end)):
        return False  # 每个街道至少建成1处…，2026年底前实现全覆盖: a goal its sentence dates (not 《…（2021—2025年）》)
    period_from = c_start
    if PART_OPENING.match(text, c_start, q.start):  # 全省每年完成抽检不少于1.2万批次，其中快检不少于3万批次
        period_from = max([0, c_start - 80] + [text.rfind(mark, 0, c_start) + 1 for mark in "。；;\n"])
    if OUTPUT_PERIOD.search(text, period_from, q.start):
        return q.unit in EFFORT_UNITS or bool(PER_HEAD.search(text, c_start, q.start)) or q.unit == "%"
    return not ((q.unit in OUTPUT_UNITS and OUTPUT_OPENING.match(text, c_start, q.start))
                or (q.unit in EXTENT_UNITS and WORK_OPENING.match(text, c_start, q.start)))


def _in_title(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside a 《…》 title opened after ``start`` (《城乡供气安全规划（2021—2030年）》 names a plan, it
    dates no figure)."""
    return text.rfind("《", start, at) > text.rfind("》", start, at)


# a later item of a list the bound opens: 至少配建1个综合服务站、1个托育点和(1个老年服务站)
LIST_JOINT_BEFORE = regex.compile(r"\p{Han}{0,16}(?:、|和|及|与|以及)")
# the bounds that set a floor (the others set a ceiling)
FLOOR_WORDS = regex.compile(r"不少于|不低于|不小于|至少|最少|不得(?:低于|少于|小于)")


def bound_across(text: str, q: Quantity, c_start: int) -> str | None:
    """The comparator of a bound stated in the figure's clause with words but no other figure between them (按不低于
    当地低保标准的1.3倍确定 → >=, 最多照护3名 → <=) or only the items of a list it opens (至少配建1个综合服务站、1个托育点和
    1个老年服务站), or None."""
    last = None
    for last in STATED_BOUND.finditer(text, c_start, q.start):
        pass
    if last is None:
        return None
    between = find_quantities(text, last.end(), q.start)
    if between and not LIST_JOINT_BEFORE.fullmatch(text, between[-1].end, q.start):
        return None  # 不少于3个…，覆盖率达到90%: a bound of another figure
    return ">=" if FLOOR_WORDS.fullmatch(last.group(0)) else "<="
