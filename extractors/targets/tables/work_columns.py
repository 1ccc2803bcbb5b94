"""Columns headed only by the work done or by a word of totals, named by the thing the table counts.

``县区 | 建设任务（个）`` over ``新建 | 维修改造 | 小计`` under ``…社区足球场建设任务分解表``: 新建 and 维修改造 say what is done,
not to what; the thing is the upper header's when it names one (``社区足球场（个）`` over ``新建 | 改造``), else the table's
caption or lead-in (社区足球场). Each such column is named by its work and the thing (新建社区足球场, 维修改造社区足球场) and the
column of their sum under the same upper header (小计 / 合计) by the works joined (新建、维修改造社区足球场).
Reads the header rows of a table; returns the words per column it names.
"""
from __future__ import annotations

import regex

from extractors.targets.tables.layout import header_words
from pipeline.model import Table

# a header that is only the work done: 新建 / 改造提升 / 新增 / 改扩建 / 维修改造 (what is done, not to what)
WORK_ONLY = regex.compile(
    r"^(?:计划|年度)?(?:新建改造|新改建|改扩建|改造提升|提升改造|更新改造|维修改造|新建|新增|改造|提升|续建|建成|扩建|改建|"
    r"修缮|整治|创建|完成)$"
)
# a header that is only the sum of the columns beside it: 小计 / 合计 / 总计
SUM_ONLY = regex.compile(r"^(?:小计|合计|总计|共计)$")
# an upper header naming the work in general, no thing: 建设任务 / 年度任务 / 目标任务 / 建设规模 / 任务数量
GENERIC_UPPER = regex.compile(r"^\p{Han}{0,2}?(?:建设|年度|目标|计划|工作)?(?:任务|目标|计划|内容|规模|数量)(?:数|量)?$")
# a caption's words that name a period, no thing: 年度 / 三年 (各县区年度建设任务 → 年度)
PERIOD_ONLY = regex.compile(r"^(?:年度|本年|全年|当年|各年|[一二三四五两]年)$")
# a digit: an upper header dating its columns (2024年 over 新建 | 改造), no thing
DIGIT = regex.compile(r"\d")


def work_column_names(table: Table, n_header: int, thing: str | None) -> dict[int, str]:
    """{column: words} for each column headed only by its work (新建 → 新建社区足球场) or by the sum of such columns beside
    it under one upper header (小计 → 新建、维修改造社区足球场); ``thing``: what the caption counts (社区足球场), for columns
    whose upper header names none."""
    if not n_header:
        return {}
    if thing and PERIOD_ONLY.match(thing):
        thing = None
    width = max(len(row) for row in table.rows[:n_header])
    heads = {}
    for col in range(width):
        parts = []
        for row in table.rows[:n_header]:
            if col < len(row) and row[col].text.strip() and row[col].text not in parts:
                parts.append(row[col].text)
        if parts:
            heads[col] = (header_words("".join(parts[:-1])) if len(parts) > 1 else "", header_words(parts[-1]))
    names = {}
    works = {}  # upper header → the works under it, in order
    for col, (upper, lower) in heads.items():
        if not WORK_ONLY.match(lower):
            continue
        owner = upper if upper and not GENERIC_UPPER.match(upper) and not DIGIT.search(upper) else thing
        if not owner or len(owner) < 2:
            continue
        names[col] = lower + owner
        works.setdefault(upper, []).append((lower, owner))
    for col, (upper, lower) in heads.items():
        done = works.get(upper, [])
        if SUM_ONLY.match(lower) and len(done) >= 2 and len({owner for _w, owner in done}) == 1:
            names[col] = "、".join(work for work, _o in done) + done[0][1]  # 新建、维修改造社区足球场
    return names
