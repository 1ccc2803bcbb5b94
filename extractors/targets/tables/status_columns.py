"""Which undated column of a table of goals reports the state the goals start from, and what a column of the stock or
of the work done counts.

``乡镇（街道） | 养老机构床位（张） | 2026年护理型床位占比目标（%） | 新建村级互助幸福院（个）``: beside a column headed as a goal
(…目标, a year still to come), a column naming only a thing, with no date, role, bound or work of its own, counts what
each place has now: a report (actual, =, no deadline), not a goal. A column headed only by the stock or the work and a
generic noun (``2023年底已建点位`` / ``新建点位`` under ``…普惠托育点建设任务表``) counts the things the title
names (普惠托育点 / 新建普惠托育点); a column of the stock and a measure (``已建面积`` under ``…已建口袋公园及养护人员配置表``)
measures the things the caption names after its stock word (口袋公园面积). A column of what each place must keep
(``应配管护员``) is a rule, not a goal.
"""
from __future__ import annotations

import regex

from extractors.targets.tables.layout import OF_WHICH

# a header naming a goal: 2026年护理型床位占比目标 / 目标值 / 2026年任务 / 计划数
GOAL_HEADER = regex.compile(r"目标|任务|指标|计划")
# the work, change or bound a column's words open with (新建… / 改造… / 完成… / 提升… / 累计…): a goal or a figure of the
# period, never a bare count of what there is
WORK_HEAD = regex.compile(
    r"^(?:计划|年度|年均|当年|累计|力争|确保)?(?:新|建|改|扩|续|完成|培育|创建|实施|打造|引进|发展|提升|提高|推广|开通|开展|"
    r"整治|治理|种植|造林|培训|招引|落实|达到|实现|降低|减少|增加|增长|下降|消除|淘汰|关停|修复|安装|配备|设立|组建|"
    r"推进|争创|认定|覆盖|保持|控制|压减|化解|处置|清理|腾退)"
)
# a header of the stock or of the work done, maybe with a generic noun for the things: 已建 / 已建站点 / 现有数量 /
# 新建站点 / 改造个数; or of the stock and a measure of it: 已建面积 (the area of the things built; 改造面积 names its measure)
BUILT_ONLY = regex.compile(r"^(?:(?P<stock>已建成?|已有|现有|存量)(?P<measure>面积|长度|里程|规模)?"
                           r"|(?:计划)?(?P<verb>新建|新增|改造|续建|建成|完成))"
                           r"(?(measure)|(?:站点|网点|点位|站|点|项目|数量|个数|总数|数)?)$")
# the things a caption names after a word of the stock, up to the next thing it joins: 已建口袋公园及养护人员配置 →
# 口袋公园 / 现有养老机构床位情况 → 养老机构床位
CAPTION_THING = regex.compile(r"(?:已建成?|已有|现有|存量)(?P<thing>\p{Han}{2,12}?)"
                              r"(?=及|和|与|、|以及|的|建设|情况|任务|目标|计划|$)")
# a column stating what each place must have or set up: 应配管护员 / 须配备网格员 / 应设置服务点 / 需配置救护车 (a rule
# of the notice: a requirement, neither a goal nor a report)
REQUIRED_HEAD = regex.compile(r"^(?:应当?|须|需|必须)(?:配备?|配置|设置?|聘用|聘请)\p{Han}")
# a column of what each place charges or what a thing is priced at: 收费标准 / 易地建设费征收标准 / 销售价格 / 电价 (in
# 元: a rule the notice sets, =, not a goal to reach)
CHARGED_HEAD = regex.compile(r"(?:收费|征收|缴费|计费|缴纳)(?:标准|金额|价格)?$|(?:价格|单价|电价|水价|气价|票价)$")


def goal_headed(header: str, due: str | None, reference: str | None) -> bool:
    """Whether a column is headed as a goal: a goal word (…目标, 任务) or a date after the notice's (2025年)."""
    return bool(GOAL_HEADER.search(header)) or bool(due and reference and due > reference)


def reports_status(words: str, header: str, unit: str | None, title_words: str) -> bool:
    """Whether an undated column beside goal columns counts what there is (养老机构床位（张）): its words a thing alone,
    no goal word, no work, change or bound opening them, not money (投资 beside goals is planned), not a part of the
    column before it (其中：“头雁”项目 beside 培育任务 is part of that task), and not the measure the table's title names
    (…新建农村客运班线任务: the column is that task)."""
    if not words or GOAL_HEADER.search(header) or WORK_HEAD.match(words) or BUILT_ONLY.match(words) \
            or OF_WHICH.match(header.strip()):
        return False
    if (unit or "").startswith("元"):
        return False
    return words not in title_words


def caption_thing(caption_words: str) -> str | None:
    """The things a caption counts after its word of the stock (已建口袋公园及养护人员配置 → 口袋公园), None when it has
    no such word."""
    m = CAPTION_THING.search(caption_words)
    return m.group("thing") if m else None


def required_column(words: str, unit: str | None = None) -> bool:
    """Whether a column's words state what each row must have (应配管护员: a staffing rule, a requirement), or what it
    charges, in 元 (收费标准（元/平方米）: a fee the notice sets)."""
    return bool(REQUIRED_HEAD.match(words)) or ((unit or "").startswith("元") and bool(CHARGED_HEAD.search(words)))
