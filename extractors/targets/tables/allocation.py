"""A table sharing out funds among places: what its columns are and what its 合计 row is called.

``本批次市级奖补资金共计3150万元，按核定养殖场数量和存栏规模因素分配，具体如下：`` over ``县（市、区） | 核定养殖场（个） | 下达资金（万元）``:
the money each place is given (下达资金) is support (=, no deadline), the other columns count what the money was shared
out by (核定养殖场: a report, =), and the 合计 of the money is the sum the lead-in states, named by its words (市级奖补资金).
Reads the table's title (its lead-in) and header; returns a column's kind and the total's words.
"""
from __future__ import annotations

import regex

from extractors.numbers import find_quantities

# a title sharing out funds: 资金分配 / …因素分配，具体如下 / 下达2024年…补助资金 / 拨付 / 切块
SHARED_OUT = regex.compile(r"分配|下达|拨付|切块|分解下达")
# what is shared out is money: 补助资金 / 奖补资金 / 经费 / 金额 (in the title or a header)
FUNDS = regex.compile(r"资金|经费|补助|补贴|奖补|金额|额度")
# a title whose figures are goals however they are shared out: 任务分配表 / 目标分解下达 / 下达年度指标 / 计划
GOALS_SHARED = regex.compile(r"任务|目标|指标|计划")
# a column of the money each place gets: 下达资金 / 分配金额 / 安排资金 / 补助资金 / 中央资金 / 资金（万元）
MONEY_GIVEN = regex.compile(r"资金|金额|经费|额度|补助|补贴|奖补|奖励|拨款")
# a column of the investment the work costs (带动完成投资 / 总投资 / 社会资本投入), in money but no money given: a goal
INVESTMENT = regex.compile(r"投资|投入")
# a column of work to do (新建… / 改造… / …任务): a goal, even in a table of money
WORK_COLUMN = regex.compile(r"任务|目标|计划|^(?:年度|计划)?(?:新建|新增|改造|完成|建设|实施|培育|创建)")
# the words before a sum in the lead-in: 本批次市级奖补资金共计 → 市级奖补资金 / 本次下达中央财政…补贴资金共计 → 中央财政…补贴资金
# (this batch's, the verb handing it out, in all)
LEAD_SUM = regex.compile(r"^(?:本批次?|本次|此次|这批|该批|今年|本年度|全年)?(?:下达|分配|安排|拨付)?"
                         r"(?P<words>\p{Han}{2,20}?)(?:共计|合计|总计|总额|共)?(?:为|达)?$")
# where the clause holding a sum starts: after the last ， ； ： 。 or space before it
CLAUSE_START = regex.compile(r"[，,；;：:。\s]")


def shares_out_funds(title: str, header: list[str]) -> bool:
    """Whether a table shares out money among its rows (资金分配 / …下达资金): its title says money is shared out and
    names no tasks or goals (任务分配表 shares out work)."""
    return bool(SHARED_OUT.search(title) and (FUNDS.search(title) or any(FUNDS.search(h) for h in header))
                and not GOALS_SHARED.search(title))


def allocation_kind(words: str, unit: str | None) -> str | None:
    """The kind of a column of a table sharing out funds: the money given support, work to do or the investment it costs a
    goal (None: as the table says), anything else (核定养殖场, 存栏规模) a count the money was shared out by, a report."""
    money = (unit or "").startswith("元")
    if (money and (MONEY_GIVEN.search(words) or not INVESTMENT.search(words))) or (unit is None and MONEY_GIVEN.search(words)):
        return "support"  # 下达资金 / 投资补助 (not 带动完成投资: what the work costs)
    return None if WORK_COLUMN.search(words) or INVESTMENT.search(words) else "actual"


def lead_sum_words(title: str, value: float, unit: str | None) -> str | None:
    """The words the lead-in names the sum of a column by, where it states that sum (本批次市级奖补资金共计3150万元 for a
    合计 of 3150 万元 → 市级奖补资金); None where it states no such figure."""
    for q in find_quantities(title):
        if q.unit != unit or q.value is None or abs(q.value - value) > 1e-6 * max(1.0, abs(value)):
            continue
        start = max((m.end() for m in CLAUSE_START.finditer(title, 0, q.start)), default=0)
        m = LEAD_SUM.match(title[start:q.start].strip())
        if m:
            return m.group("words")
    return None
