"""When a task is due: a deadline cell or clause written onto a task, and the schedule an item's own
words set (a due date, a scheduled recurrence or work that comes round every year, ongoing work).

Reads deadline phrases with :mod:`extractors.deadlines`; writes ``deadline`` / ``deadline_start`` /
``recurrence`` / ``deadline_flag`` / ``deadline_raw`` of a :class:`Task`.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines, parse_deadline
from schemas.records import Task

# 2025年6月底前 / 2024年底之前 / 2024年内: a dated phrase that says "by", a due date (截至2024年3月底 is an as-of date)
DUE_BY = regex.compile(r"(?:之前|以前|前|(?<=\d年)内)$")
# 完成 / 建成 after a date: 2024年12月底完成改造 is a due date too
DUE_VERB = regex.compile(r"(?:全面|基本)?(?:完成|建成)")
# 组织开展 / 通报 / 向市工信局报送 / 首月10日前: after 每年 / 每季度, words that make it the schedule
# of the work
SCHEDULED = regex.compile(
    r"(?:向[^，,。；;]{1,15}?)?(?:定期|组织|集中)?"
    r"(?:开展|举办|召开|通报|报送|上报|调度|检查|督查|评估|发布|更新|汇总|征集|评选|遴选|梳理)"
    r"|(?P<due>[^，,。；;]{0,8}?前)"
)
# an amount or a cap over a period right after 每年/每月 (单个企业每年最高10万元, 每月3000元): the period of a
# limit or a rate of pay, not a schedule of work
AMOUNT_AFTER = regex.compile(r"(?:累计)?(?:最高|最多|不超过|不得超过|至多|限)|[\d一二两三四五六七八九十百千万]")
# 每人每月 / 每户每年: a rate per head, not a schedule
PER_HEAD = regex.compile(r"每[人户家名个亩]$")
# 纳入年度财政预算 / 列入年度部门预算: funds put into each year's budget (:mod:`extractors.deadlines`' annual words)
BUDGETED = regex.compile(r"(?:纳入|列入|编入)")
# 到2025年 / 到2025年底: the date a measure's goal is to be reached by
GOAL_DATE = regex.compile(r"到\s*\d{4}")
# 2024年 alone (2024年全省新建暖棚2000栋以上 / 力争2024年新增贷款5亿元): the year a measure's figure is to be reached in
YEAR_ALONE = regex.compile(r"\d{4}年")
# the rest of the clause after such a year: a figure to reach (no comma before it)
FIGURE_IN_CLAUSE = regex.compile(r"[^，,。；;]*?\d")
# the rest of such a clause: to its end
REST_OF_CLAUSE = regex.compile(r"[^，,。；;]*")
# …增长10%以上的 (who is eligible) / 标准提高至89元 (a payment standard set): a year's figure that is no goal of the work
NOT_A_GOAL = regex.compile(r"的$|提高[至到]|调整[为至到]")
# 不少于120批次 / 2000栋以上 / 力争2024年新增…: a figure set as a goal to reach (2024年安排资金3000万元 is an amount given)
GOAL_BOUND = regex.compile(r"以上|不少于|不低于|至少|达到|力争|争取")
# 开展2次 right after 每月 / 每年: the work done several times a period (not 1次, nor 300人次, a count of people, nor 不少于2次,
# a floor on how often the yearly round comes)
MORE_OFTEN = regex.compile(r"(?:(?!不少于|不低于|至少)[^，,。；;\d]){0,6}?(?:[2-9]|[1-9]\d+|[两二三四五六七八九十]+)次")
# 确保 / 确保在 opening the clause a date stands in (确保年底前…达到100%): the result wanted by then, not the work's own date
SECURED = regex.compile(r"确保[^，,。；;]*$")
# 按季度开展 / 每月通报: a recurrence phrase that already holds its verb
REC_WITH_VERB = regex.compile(r"(?:开展|报送|调度|更新|通报|召开|汇总|检查|评估)$|前$")
# 对…的 around a date (对当年完成投资1亿元以上的项目 / 对2024年底前完成改造的企业): who is eligible, not when work
# is due; the clause's words before the date and after it
CONDITION_BEFORE = regex.compile(r"(?:^|[，,；;。：:])\s*(?:对于|对|凡)[^，,；;。]*$")
CONDITION_AFTER = regex.compile(r"[^，,；;。]*?的")
# 期间 / 之间 right after a span of dates: the window a scheme runs over (对2025年3月1日至2027年2月28日期间…的)
WINDOW = regex.compile(r"\s*(?:期间|之间)")
# ，于每季度末月25日前报送 / ，并按月报送 / 要每月上报: progress a dated task reports every month or quarter beside its due
# date, said as the actor's own step (实现数据按月报送 is what a system it builds does; 按月发放补贴并报告 pays monthly and
# reports once)
REPORT_PERIOD = regex.compile(
    r"(?:(?<=[，,；;：:])|(?<=并|于|要|应|将))(?:每|按)(?P<period>月|季度?)"
    r"(?:(?!发放|拨付|兑付|支付|结算|开展|组织|召开)[^，,。；;]){0,10}?(?:报送|上报|报告|汇报)")
# the recurrence each period of REPORT_PERIOD names
REPORT_RECURRENCE = {"月": "monthly", "季": "quarterly", "季度": "quarterly"}
# 全部完成 / 全面完成 after a due date (…10月底前完成排查，2025年底前全部完成改造): when the whole work is due
WHOLE_DONE = regex.compile(r"\s*(?:全部|全面)(?:完成|建成)")
# 其中 right before a date (…累计完成改造12公里，其中2025年完成5公里): a year's share of a goal over a span, not its due date
SHARE_OF = regex.compile(r"其中\s*$")
# spaces, tabs, line ends
WHITESPACE = regex.compile(r"\s+")
# —— / / / 无: a deadline cell that states none
NO_DEADLINE = regex.compile(r"[—–\-－/／]*|无|暂无")


def apply_deadline(task: Task, text: str, reference: str | None) -> None:
    """Write the deadline ``text`` states onto ``task``; words that state none (——, 无) leave it unset."""
    text = WHITESPACE.sub("", text or "")
    if not text or NO_DEADLINE.fullmatch(text):
        return
    deadline = parse_deadline(text, reference)
    if not (deadline.date or deadline.recurrence or deadline.flag or deadline.start):
        return
    task.deadline, task.deadline_start = deadline.date, deadline.start
    task.recurrence, task.deadline_flag = deadline.recurrence, deadline.flag
    task.deadline_raw = text if len(text) <= 20 else deadline.raw


def _in_condition(text: str, d, start: int) -> bool:
    """Whether a date stands inside the 对…的 phrase that says who is eligible (对当年完成投资1亿元以上的项目)."""
    if d.start and d.date and WINDOW.match(text, d.char_end):
        return False  # 对2025年3月1日至2027年2月28日期间投运的…: the window the scheme runs over, its schedule
    before = text[max(start, d.char_start - 40):d.char_start]
    if d.char_start - 40 <= start:
        before = "，" + before  # the item's start opens a clause
    return bool(CONDITION_BEFORE.search(before)) and bool(CONDITION_AFTER.match(text, d.char_end))


def _secured(text: str, d, start: int) -> bool:
    """Whether a date stands in a 确保… clause (确保年底前完成率达到100%): the result the work is to secure by then."""
    return SECURED.search(text, max(start, d.char_start - 30), d.char_start) is not None


def text_deadline(text: str, start: int, end: int, reference) -> str | None:
    """The schedule an item's own words set, when no clause or parenthesis gives one: the first
    due date (2025年6月底前完成…), else, when the item holds no date, ongoing words (持续推进…,
    常态化开展…, 每日发布…: work with no end date, even when a yearly step is part of it), else a recurrence
    that schedules an action (每年组织开展…, 每季度首月10日前报送…, 每季度向X报送…) or an amount of work every period (每年改造80个, 每年安排…资金;
    not a cap over a period: 单个企业每年最高10万元), else the date a goal is reached by (到2025年，…达到…, or a year
    alone before a figure: 2024年新建暖棚2000栋以上), else ongoing words."""
    found = [d for d in find_deadlines(text, reference, start, end) if not _in_condition(text, d, start)]
    due = [d for d in found
           if (d.date or d.flag) and not d.start and (DUE_BY.search(d.raw) or DUE_VERB.match(text, d.char_end))]
    if any(d.start and d.date for d in found):  # 2024—2026年累计完成…，其中2024年完成…: the span is the schedule
        due = [d for d in due if not SHARE_OF.search(text, max(start, d.char_start - 4), d.char_start)]
    periods = [d for d in found if d.recurrence in ("annual", "quarterly", "monthly") and not _secured(text, d, start)
               and (REC_WITH_VERB.search(d.raw) or SCHEDULED.match(text, d.char_end, end))]  # (not 每人每月500元, a rate)
    if due and periods and all(_secured(text, d, start) for d in due):
        due = []  # 每月5日前将上月进展报送…，确保年底前整改完成率达到100%: the work recurs, the date is the result's
    whole = [d for d in due if WHOLE_DONE.match(text, d.char_end)]
    if len(due) > 1 and whole:  # 10月底前完成排查，2025年底前全部完成改造: the date the whole work is due by
        return whole[-1].raw
    if due:  # 2024年6月底前完成排查，12月底前完成整治: the first step's date, as the gold of most sets reads it
        return due[0].raw
    span = next((d.raw for d in found if d.start and d.date), None)  # 2023—2025年，集中整治…: over the span
    ongoing = next((d.raw for d in found if d.recurrence == "ongoing" and not d.date), None)
    if ongoing and not any(d.date for d in found):  # 常态化开展演练，每年汛前至少组织一次: the work goes on, its
        # yearly step a part of it (a date in the item says more: 到2025年 / 2023—2025年)
        return ongoing
    periodic = []
    for d in found:
        if d.recurrence not in ("annual", "quarterly", "monthly"):
            continue
        if MORE_OFTEN.match(text, d.char_end, end):
            continue  # 每月开展2次监测: done more often than the period, which no recurrence names (as 每半年 names none)
        if REC_WITH_VERB.search(d.raw):
            return d.raw
        after = SCHEDULED.match(text, d.char_end, end)
        if after:
            return text[d.char_start : after.end()] if after.group("due") else d.raw
        if not AMOUNT_AFTER.match(text, d.char_end, end) and not PER_HEAD.search(text, max(start, d.char_start - 2),
                                                                                  d.char_start):
            periodic.append(d.raw)  # 每年改造80个 / 市财政每年安排…: the work comes round every year
    # 列入年度财政预算，按季度及时拨付: the funds come every year, the work's own period says more
    periodic.sort(key=lambda raw: bool(BUDGETED.match(raw)))
    if span or periodic:
        return span or periodic[0]
    for d in found:  # 到2025年，县人民医院达到三级医院水平: the measure is due by then
        if d.date and not d.start and GOAL_DATE.match(d.raw) and d.recurrence == "once":
            return d.raw
    for d in found:  # 2024年全市抽检…不少于120批次: a figure the measure is to reach in the year (not one reported for a
        # year gone before the notice)
        if d.date and not d.start and YEAR_ALONE.fullmatch(d.raw) and FIGURE_IN_CLAUSE.match(text, d.char_end, end) \
                and (reference is None or d.date >= str(reference)[:10]):  # an ISO string or a date
            clause = REST_OF_CLAUSE.match(text, d.char_end, end).group(0)
            before = text[max(start, d.char_start - 4):d.char_start]
            if not NOT_A_GOAL.search(clause) and GOAL_BOUND.search(before + clause):
                return d.raw
    return next((d.raw for d in found if d.recurrence == "ongoing"), None)


def reporting_period(task: Task, text: str) -> None:
    """A task due once by a date that also reports its progress every month or quarter (…2024年12月底前实现…，并按月
    报送进展 / 于每季度首月10日前报送进度，2026年1月20日前报送总结): its recurrence is the report's, its date stays."""
    if task.recurrence != "once" or task.deadline is None:
        return
    found = REPORT_PERIOD.search(text, task.char_start, task.char_end)
    if found:
        task.recurrence = REPORT_RECURRENCE[found.group("period")]
