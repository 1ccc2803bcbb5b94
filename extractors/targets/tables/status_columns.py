"""Which undated column of a table of goals reports the state the goals start from, and what a column of the stock or
of the work done counts.

``乡镇（街道） | 养老机构床位（张） | 2026年护理型床位占比目标（%） | 新建村级互助幸福院（个）``: beside a column headed as a goal
(…目标, a year still to come), a column naming only a thing, with no date, role, bound or work of its own, counts what
each place has now: a report (actual, =, no deadline), not a goal. A column headed only by the stock or the work and a
generic noun (``2023年底已建点位`` / ``新建点位`` under ``…普惠托育点建设任务表``) counts the things the title
names (普惠托育点 / 新建普惠托育点).
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
# 新建站点 / 改造个数
BUILT_ONLY = regex.compile(r"^(?:(?P<stock>已建成?|已有|现有|存量)|(?:计划)?(?P<verb>新建|新增|改造|续建|建成|完成))"
                           r"(?:站点|网点|点位|站|点|项目|数量|个数|总数|数)?$")


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
