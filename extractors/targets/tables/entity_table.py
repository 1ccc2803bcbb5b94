"""An entity table (a column headed 城市/县（市、区）/单位…): one Target per place and value column.

Reads the header cells (indicator words, unit, maybe a year) and one row per place, a 合计/全市 row
being the region itself; appends the Candidates. A table of tiers (a column headed 等级/档次, rows 一星级 /
一档 …) is read the same way, each row's grade naming its figures (一星级 + 等级评定奖励) in the issuer's
region, a column of money or shares given (奖励, 补贴, 上浮比例 under a 奖补 title) being support and a
column of conditions (…要求, 条件) requirements. A column headed with the state things are in (现有…/已有…), or whose
合计 a report of the body states in fuller words (民营机构数 for 民营养老服务机构), reports (actual); a goal column
headed with a campaign's stretch (暑期巡查不少于) is due when the campaign the lead-in sets ends (``campaign``), an undated goal
column of a plan spanning years when the plan ends (``plan_period``); a column naming only a thing beside goal columns reports
(``status_columns``), and so does one of what each place has built (已建面积 under …已建口袋公园…表（截至…）: the area of
the things the caption names, at its as-of date), while one of what each place must keep (应配管护员) states a rule; a
column of when each row is due (完成时限 | 2026年9月30日前) dates that row (a 合计 row's dash beside them no date); a table
sharing out funds gives support and reports, no goals (``allocation``). Columns headed only by the work (新建 / 改造提升 under
建设任务（个）) or their sum (小计) are named by the thing the table counts (``work_columns``); a 合计 column whose total the body
states takes the body's words (农村公路养护补助资金); a column headed 目标… holds goals whatever the lead-in's note says; a
figure in a 备注 cell (含加装电梯18部) is a fact of its row (``note_figures``); goals with no date are due when a sentence says
their work is to be finished (``due_sentences``).
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.changes import CHANGE_VERBS, change_in_words, is_base_date
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.levels import is_allowance
from extractors.targets.per_thing import header_per_unit, support_unit
from extractors.targets.reports import score_column
from extractors.targets.subjects import PERIOD_WORD
from extractors.targets.rules import SUPPORT_CUE
from extractors.targets.tables.allocation import allocation_kind, lead_sum_words, shares_out_funds
from extractors.targets.tables.campaign import campaign_end, names_campaign_period
from extractors.targets.tables.layout import (EMPTY_CELL, FLOOR_HEADER, OF_WHICH, PLACE_CLASS, SCALE_GRADE, TASK_HEADER,
                                              cell_quantity, column_cells, date_of_title, descriptive_column,
                                              header_unit, header_words, region_total, table_kind, title_unit,
                                              words_of_title)
from extractors.targets.tables.due_sentences import finishing_date
from extractors.targets.tables.note_figures import note_columns, note_figures
from extractors.targets.tables.plan_period import plan_end
from extractors.targets.tables.work_columns import work_column_names
from extractors.targets.tables.status_columns import (BUILT_ONLY, caption_thing, goal_headed, reports_status,
                                                      required_column)
from pipeline.model import Cell, Table
from schemas.records import Deadline

# the other places together, summed: 其余乡镇合计 / 其他县区小计 (a place of the table, not its total)
REST_TOTAL = regex.compile(r"^(?P<rest>(?:其余|其他)\p{Han}{1,6}?)(?:合计|小计|共计)$")
# the header of a column of years or of when each row is due: 年度 / 年份 / 实施年度 / 建设年份 / 完成时间 / 时间节点
YEAR_HEADER = regex.compile(r"\p{Han}{0,4}(?:年度|年份)|年|(?:完成|截止|计划完成)?(?:时间|时限|时间节点)")
# the header of a column of when each row is due, not of the year it reports: 完成时限 / 完成时间 / 时间节点
DUE_HEADER = regex.compile(r"时限|(?:完成|截止)时间|时间节点")
# a year cell: 2024 / 2024年 / 2024年度 / 2024年底 / 2024年6月底 / 2026年9月30日前
YEAR_CELL = regex.compile(r"(?:19|20)\d{2}(?:年度?|年(?:年底|底|末)|年(?:1[0-2]|0?[1-9])月(?:底|末|(?:3[01]|[12]\d|0?[1-9])日)?)?"
                          r"(?:之?前)?")
# the spaces a cell's layout puts inside a date: 2026年11月30 / 日前 (a PDF cell wrapped)
SPACES = regex.compile(r"\s+")
# a rank column of an entity table
RANK_HEADER = regex.compile(r"排名|排序|位次|名次")
# a digit: a column holding one holds figures (等次 | 优秀 holds none)
DIGIT = regex.compile(r"\d")
# a rank cell: 1 / 第3名 / 10
RANK_CELL = regex.compile(r"第?(\d{1,3})[名位]?")
# a header naming only the figure's role, not the measure: 2025年控制目标 / 目标值 / 目标数 / 较2023年下降（%）
# (or the state the goals start from: 2023年现状 / 基期值 / 现状值, ``STATUS_ROLE``)
ROLE_ONLY = regex.compile(
    r"^(?:较|比|与|同比)?(?:控制|考核|预期|计划|规划|年度)?(?:目标[值数]?|任务[值数]?|指标值?|值)?"
    rf"(?P<change>{CHANGE_VERBS})?(?:幅度|比例|率|幅)?$"
    r"|^(?P<status>现状|现有|基期|基准|基线|基数|实际|当前)(?:值|水平|数)?$"
)
# a header opening with the state things are in: 现有养老机构数 / 现状床位数 / 已有充电桩 (the level the goals start from)
STATUS_HEAD = regex.compile(r"^(?:现有|现状|已有|存量)(?!基础上)(?!\p{Han}{0,8}(?:新增|新建|改造|建设|提升|增加))(?=\p{Han}{2})")
# the bound a header closes with, the measure before it: 汛期巡查不少于（次） / 单次收费不超过（元）
BOUND_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:(?P<floor>不少于|不低于|不小于|至少)|(?P<cap>不超过|不高于|不多于))$")
# a header opening with the goal it sets before its measure: 目标接种人数 / 年度目标培训人次 (not 目标值: a role only)
GOAL_HEAD = regex.compile(r"^(?:年度|计划)?目标(?![值数]?$)(?!任务|完成|值)\p{Han}{2}")
# the role a header closes with after its measure: 白名单公示率目标 / 培训率目标值 (the measure is 白名单公示率)
GOAL_TAIL = regex.compile(r"(?<=\p{Han}{2})目标值?$")
# the work a title's measure closes with, not the thing it counts: 公共充电桩建设 → 公共充电桩
TITLE_WORK = regex.compile(r"(?:建设|新建|新增|改造|创建|布点)(?:工作)?$")
# the work a title's measure opens with: 新建充电桩 → 充电桩
TITLE_WORK_HEAD = regex.compile(r"^(?:新建|新增|改造|建设)")
# ，。；： inside a title's words: a lead-in sentence (本批次…资金共计900万元，按…分配，具体如下：), no caption naming things
CLAUSE_PUNCT = regex.compile(r"[，,。；;：:]")
# the period a header's words open with: 年培训人次 / 年均新增 / 当年 (the body names the measure without it)
PERIOD_HEAD = regex.compile(r"^(?:每年|年均|年度|当年|全年|年)")
# a column headed only as the total of the others (合计 / 三年合计 / 总计): it names no measure of its own
TOTAL_HEADER = regex.compile(r"^(?:\p{Han}年)?(?:合计|总计|小计|累计|汇总)$")
# a column of a tier table stating what each grade must meet: 护理型床位占比要求 / 申报条件
CONDITION_HEADER = regex.compile(r"要求|条件|门槛|(?<!补贴|补助|奖励|津贴|资助|奖补)标准$")  # 补贴标准: money given, support
# a column of terms: 补贴年限 / 发放年数 (a term, whatever it pays)
TERM_HEADER = regex.compile(r"(?:年限|年数)$")
# a column of counts or times, never money whatever the title: 每月上门服务次数 / 服务时长
COUNT_OR_TIME = regex.compile(r"(?:次数|人数|天数|频次|时长|时间)$")
# a table title saying its figures are goals: …建设目标 / …任务 / 年度指标
GOAL_WORDS = regex.compile(r"目标|任务|指标|计划")
# a grade column naming what is graded (照护等级 / 信用等级 / 风险级别 / 人才类别), its rows bare ordinals (一级 /
# 二级、三级) or classes (A类 / 甲类)
GRADED_HEADER = regex.compile(r"^(?P<what>\p{Han}{2,4})(?P<by>等级|级别|类别)$")
BARE_GRADE = regex.compile(r"^[一二三四五六七八九十\d]{1,2}级(?:[、和或及][一二三四五六七八九十\d]{1,2}级)*$")
SCALE = regex.compile(rf"^{SCALE_GRADE}$")  # 国家级 / 全省性 / 国际B类: a grade by reach, naming no thing
BARE_CLASS = regex.compile(r"^[A-F甲乙丙丁一二三四五六七八九十]类(?:[、和或及][A-F甲乙丙丁一二三四五六七八九十]类)*$")
# a row naming a stage of a programme, not a grade: 第一批 / 第二阶段 / 第三期 (its figures are the stage's goals)
STAGE_LABEL = regex.compile(r"^第[一二三四五六七八九十\d]{1,2}(?:批|阶段|期)$")
# money a grade is given beside what SUPPORT_CUE names: 安家费（万元） / 人才奖金
GIVEN_MONEY = regex.compile(r"安家费|安置费|奖金")
# a column of ceilings: 控制目标 (kept within, 控制在…以内), in the column's header
CEILING = regex.compile(r"控制")
# a column of caps, whatever else its header says: 贷款最高额度（万元） / 补助上限
CAP_HEADER = regex.compile(r"最高|上限")
# the class of places a grade names: 第一类城市 / 二类地区 / 三档县
PLACE_TIER = regex.compile(rf"{PLACE_CLASS}$")
# a table of ceilings, by its title: 各镇（街道）火灾起数控制指标 / …能源消费总量控制目标
CEILING_TITLE = regex.compile(r"控制(?:目标值?|指标|数)$")
# a header counting things, its unit the counter: 学校个数 → 学校 in 个 / 户数 → 户 / 企业家数 → 企业 in 家
COUNT_HEADER = regex.compile(r"^(?P<thing>\p{Han}{0,8}?)(?P<unit>个|户|家|人|所|座|处|名)数$")
# the words a title puts before a column's tasks, naming whose they are: 农村危房 / 乡村教师 / “千村”工程 (a sentence
# the paragraph before the table says is no title: （一）推进…。各县（市、区）)
TASK_OWNER = regex.compile(r"[\p{Han}\w“”‘’\-]{1,12}")
# what a table title says beside the measure: the places it lists (各县（市、区）) and the role (控制目标)
# / 各镇（街道） / 各乡镇, after the table's label (表1 / 附表2：)
TITLE_PLACES = regex.compile(r"^(?:附?表\s*\d{1,2}\s*[：:.．、]?\s*)?(?:各|全)\p{Han}{0,8}?[市州县区旗盟镇乡]+(?:[（(][市州县区旗镇乡街道、]+[）)])?")


def read_entity_table(ctx: Context, table: Table, header: list[str], n_header: int, title: str, entity_col: int,
                      out: list[Candidate], tiers: bool = False) -> None:
    """One Candidate per place (row) and value column (header: indicator words and unit) of an entity table;
    ``tiers``: the rows are grades (一星级), not places."""
    text = ctx.text
    kind = table_kind(title, header)
    title_date = date_of_title(ctx, title, goals=kind == "target")
    year_col = _year_column(text, header, table.rows[n_header:], entity_col)
    # 完成时限 | 2026年9月30日前: when each row's work is due, which dates no report of the row (已建面积 as of the caption)
    due_col = year_col is not None and DUE_HEADER.search(header_words(header[year_col])) is not None
    funds = not tiers and kind == "target" and shares_out_funds(title, header)  # 资金分配: money given, not goals
    goals_said = frozenset(c.target.indicator_raw for c in out if c.source == "body" and c.target.kind == "target"
                           and c.target.scope == ctx.region and c.target.indicator_raw)  # 到2026年，全市建成…站500个
    works = {} if tiers else work_column_names(table, n_header, _counted_thing(ctx, title))  # 新建 → 新建口袋公园
    columns = [c for c in _value_columns(ctx, header, entity_col, title, kind, table.rows[n_header:], funds, goals_said,
                                         works) if c[0] != year_col]
    plan = None if tiers else plan_end(text)  # …方案（2024—2026年）: when the plan's goals without a date are due
    restated = {} if tiers else _restated_columns(ctx, table.rows[n_header:], entity_col, columns, out)
    notes = [] if tiers or kind not in ("target", "actual") else note_columns(header, header_words)
    entity, finished = "", {}
    # 排名 | 单位 | 得分: each row's rank, the rank of its one figure (beside several columns it ranks by none of them)
    rank_col = next((c for c, h in enumerate(header) if c != entity_col and RANK_HEADER.fullmatch(header_words(h))),
                    None) if sum(any(c[0] < len(r) and DIGIT.search(r[c[0]].text) for r in table.rows[n_header:])
                                 for c in columns) == 1 else None
    for row in table.rows[n_header:]:
        if entity_col < len(row) and row[entity_col].text.strip():
            entity = REST_TOTAL.sub(r"\g<rest>", row[entity_col].text.strip())  # 其余乡镇合计: the other towns
        total = any(region_total(c.text.strip()) for c in row[: entity_col + 1])
        if not entity or (EMPTY_CELL.match(entity) and not total):
            continue
        places = tiers and bool(PLACE_TIER.search(entity))  # 第一类城市: a class of places, the scope of its figures
        scope = ctx.region if total or region_total(entity) or (tiers and not places) else entity
        if entity == "全国":  # a national total row names its scope itself
            scope = entity
        for col, words, (unit, mult), col_date, col_kind, bound in columns:
            if col >= len(row):
                continue
            q, comp = cell_quantity(text, row[col], unit, mult)
            if q is None:
                continue
            if tiers:  # the kind by the cell's unit: 不少于20张 under 床位数 is a count whatever the title
                words, col_kind = (words if places else _grade_name(entity, header[entity_col]) + words), \
                    _tier_kind(header[col], title, col_kind, q.unit)
            if col_kind == "support" and unit is None and (per := support_unit(text, q, row[col].char_start)):
                q = replace(q, unit=per)  # 每月最高2000元 under 生活津贴: a monthly allowance (元/月)
            stage = tiers and bool(STAGE_LABEL.match(entity))  # 第一批 | 2024年底 | 25: a stage's goals, no grade's rule
            if tiers and not places and not stage and col_kind == "target" and col_date is None \
                    and not GOAL_WORDS.search(title):
                col_kind, comp = "requirement", comp or "="  # 四级 | 每周上门服务次数 5次: what a grade gets, a rule
            dated_row = col_date is None and not (due_col and col_kind == "actual")
            row_date = _row_year(ctx, row, year_col) if dated_row else None
            if row_date and col_kind == "target" and ctx.reference and row_date.date[:4] < ctx.reference[:4]:
                col_kind = "actual"  # a row of 2022 in a plan of 2024: the state the goals start from
            # money given or a rule (补助资金 of 2024年…任务分解表, a grade's 床位 floor) is no goal due by the title's year
            # (nor is a goal's date that of a report: 已有 beside 7月至8月底新建 in a title of a notice of June)
            ahead = col_kind == "actual" and title_date and (STATUS_HEAD.match(words) is not None or ctx.reference
                                                             and title_date.date > ctx.reference)  # 现有…: today's
            if col_kind == "target" and col not in finished:  # …于2023年11月底前完成新建充电桩建设: when the work is due
                finished[col] = finishing_date(text, words, ctx.reference, table.char_start, table.char_end)
            deadline = col_date or row_date or (title_date if col_kind not in ("support", "requirement") and not ahead
                                                else None) or (finished.get(col) or plan if col_kind == "target" else None)
            if col in restated:  # the total row restates a figure of the body (merged with it): its measure, date, kind
                body = restated[col]  # its words unless borrowed from a clause before (累计建成…累计建成760个)
                said = body.indicator_raw if "…" not in (body.indicator_raw or "") else words
                # the places' rows keep the column's words where they say more than the body's (奖励 in 补助和奖励资金)
                core = _counted_core(words, unit)
                words = said if total or region_total(entity) or said not in core or said == core else words
                col_kind = body.kind
                # a report's as-of date (截至5月底共有412家) dates its sum, not the places' rows the table adds
                dated = body.deadline and body.kind != "support" and (body.kind != "actual" or total or region_total(entity))
                deadline = deadline or (Deadline(body.deadline_raw, body.deadline, body.deadline_start)
                                        if dated else None)
            elif funds and col_kind == "support" and scope == ctx.region:
                words = lead_sum_words(title, q.value, q.unit) or words  # 本批次市级奖补资金共计3150万元 over the 合计
            target = make_target(ctx, row[col], q, comp or bound, words, col_kind, scope, deadline, bound=bool(bound))
            if rank_col is not None and rank_col < len(row) and RANK_CELL.fullmatch(row[rank_col].text.strip()):
                target.rank = int(RANK_CELL.fullmatch(row[rank_col].text.strip()).group(1))
            out.append(Candidate(target, "table", table.index, total_row=scope == ctx.region and not tiers))
        for col in notes:  # 备注 | 含加装电梯18部: a part of the row's work, a fact of its place
            due = (title_date or plan) if kind == "target" else title_date
            for words, q in (note_figures(text, row[col]) if col < len(row) else ()):
                out.append(Candidate(make_target(ctx, row[col], q, None, words, kind, scope, due), "table", table.index,
                                     total_row=scope == ctx.region))


def _year_column(text: str, header: list[str], rows: list[list[Cell]], entity_col: int) -> int | None:
    """The column giving each row's year (乡镇 | 年度 | 建设面积 with 2024 / 2025 below): a header of 年度/年份 and
    a year in every cell; its cells date the row's figures, they are no figures."""
    for col, h in enumerate(header):
        if col == entity_col or not YEAR_HEADER.fullmatch(header_words(h)):
            continue
        cells = [SPACES.sub("", row[col].text) for row in rows if col < len(row) and row[col].text.strip()
                 and not EMPTY_CELL.match(row[col].text)]  # 合计 | 120 | — : the sum is due with no row
        if cells and all(YEAR_CELL.fullmatch(cell) for cell in cells):
            return col
    return None


def _row_year(ctx: Context, row: list[Cell], year_col: int | None) -> Deadline | None:
    """The end of the year a row's year cell names (2024 → 2024-12-31), None without one."""
    if year_col is None or year_col >= len(row):
        return None
    cell = SPACES.sub("", row[year_col].text)  # 2026年11月30 / 日前 wrapped in a PDF cell
    found = [d for d in find_deadlines(cell if cell.endswith(("年", "度")) else cell + "年", ctx.reference,
                                       recurrences=False) if d.date]
    return found[0] if found else None


def _value_columns(ctx: Context, header: list[str], entity_col: int, title: str, kind: str,
                   rows: list[list[Cell]], funds: bool = False, goals_said: frozenset = frozenset(),
                   works: dict | None = None) -> list[tuple]:
    """(column, words, (unit, multiplier), date, kind, bound) of each value column (bound: ``<=`` for a column of
    ceilings or caps, ``>=`` for one of floors, else None). A header that names only
    the figure's role (2025年控制目标, 较2023年下降（%）) takes its measure from the value column beside it
    (2023年PM2.5浓度) or the table title; a change names it by its direction (PM2.5浓度降幅); one naming only
    the work done (已建 / 2024年新建) counts the things the title names (新建公共充电桩); a column dated
    before the notice's year reports the state of things then (actual) in a table of goals. Columns headed only by
    years that split another column (老旧小区改造（个） | 2024年 | 2025年 | 2026年, its cells their sum) count that
    column's measure, in its unit, and that column their total (累计)."""
    named = []
    reported = set()  # the columns headed with the state things are in (现有…)
    tails = {}  # the bound a column's header closes with (…不少于: >=)
    below_title = title_unit(title)
    for col, h in enumerate(header):
        if col == entity_col or descriptive_column(h, column_cells(rows, col)) or not header_words(h):
            continue
        if RANK_HEADER.fullmatch(header_words(h)):
            continue
        dates = [d for d in find_deadlines(h, ctx.reference, recurrences=False) if d.date]
        words = header_words(h)
        for d in dates:
            words = words.replace(d.raw, "")
        dates = [d for d in dates if not is_base_date(h, d, 0)]  # 较2023年下降: the base, not the due date
        words = words.strip()
        tail = BOUND_TAIL.search(words)
        words = GOAL_TAIL.sub("", words[:tail.start()] if tail else words)  # 暑期巡查不少于 → 暑期巡查 (>=)
        if tail:
            tails[col] = ">=" if tail.group("floor") else "<="
        status = STATUS_HEAD.match(words)  # 现有非学科类机构数: a report (its words as written, 现有 kept)
        role = ROLE_ONLY.fullmatch(words) if words else None
        named.append((col, h, words, role, dates[0] if dates else None))
        if status:
            reported.add(col)
    columns = []
    split = _split_measure(ctx.text, rows, named)
    split_due = None
    if split:  # the years' total is due with the last year (2025年 | 2026年 | 2027年 | 合计: end of 2027)
        split_due = max((entry[4] for entry in named if not entry[2] and entry[4] is not None),
                        key=lambda d: d.date)
    if split and TOTAL_HEADER.fullmatch(split[1]):  # 2025年（公里） | … | 合计: the title names the measure
        year_units = [header_unit(entry[1]) for entry in named if not entry[2] and entry[4] is not None]
        unit_of_years = next((u for u in year_units if u[0]), below_title)
        split = (split[0], _title_measure(ctx, title) or words_of_title(ctx, title) or split[1],
                 split[2] if split[2][0] else unit_of_years)
    ceilings = bool(CEILING_TITLE.search(words_of_title(ctx, title)))
    campaign = None
    goals = {col for col, h, _w, _r, d in named if goal_headed(h, d.date if d else None, ctx.reference)}
    status = set()  # the columns counting what each place has now
    for k, (col, h, words, role, col_date) in enumerate(named):
        words_said = bool(words)
        unit, mult = header_unit(h)
        if unit is None:
            unit, mult = title_unit(title, words) if words else below_title
        unit = header_per_unit(words, unit)
        scored = score_column(ctx, words) if unit is None else None
        if scored:  # 得分 under a 通报 of 考核结果: 分, named by what was assessed
            words, unit, mult = scored, "分", 1.0
        if col in tails and unit == "次" and not words.endswith(("数", "次")):
            words += "次数"  # 汛期巡查不少于（次） → 汛期巡查次数
        count = COUNT_HEADER.match(words) if unit is None else None
        if count:  # 学校个数 → 学校, in 个 (户数 stays 户数, in 户)
            words, unit, mult = count.group("thing") or words, count.group("unit"), 1.0
        if works and col in works:  # 新建 / 小计 under 建设任务（个）: the work and the thing the table counts
            words = works[col]
        elif not words and split and col_date:  # 2024年 | 2025年 | 2026年 splitting 老旧小区改造（个）: its measure
            words = split[1]
            unit, mult = split[2] if header_unit(h)[0] is None and split[2][0] else (unit, mult)
        elif split and col == split[0]:
            # the years' total: 三年累计改造老旧小区120个 in the body
            words = split[1] if PERIOD_WORD.search(split[1]) else "累计" + split[1]
            unit, mult = split[2] if header_unit(h)[0] is None and split[2][0] else (unit, mult)
            col_date = col_date or split_due
        elif not words:  # a column headed only by a year (2021年 | 2022年): the table title names the quantity
            words = (_title_measure(ctx, title) if ceilings else words_of_title(ctx, title)) or header_words(h)
        elif (built := BUILT_ONLY.fullmatch(words)) and (thing := _built_thing(ctx, title, built)):
            words = thing if built.group("stock") else built.group("verb") + thing  # 已建 → 充电桩, 新建 → 新建充电桩
            words += built.group("measure") or ""  # 已建面积 under 已建高标准农田…表 → 高标准农田面积
            if built.group("stock") and kind == "target":
                reported.add(col)  # what each place has built: a report (at the caption's 截至 date)
        elif role:
            measure = _sibling_measure(named, k) or _title_measure(ctx, title)
            if measure and (built := BUILT_ONLY.fullmatch(measure)) and (thing := _counted_thing(ctx, title)):
                measure = thing if built.group("stock") else thing + words if built.group("verb") == "完成" else built.group("verb") + thing  # 2025年目标 beside 已建站点; 任务数 beside 完成 → 农村改厕任务数
            if measure and role.group("change"):
                change = change_in_words(measure + role.group("change"), unit)
                measure = "".join(change) if change else measure
            words = measure or words
        if words_said and TASK_HEADER.search(words):  # 2025年改造任务: the title names whose (农村危房改造任务)
            words = _fuller_task(ctx, title, words)
        col_kind = kind
        if kind == "actual" and GOAL_HEAD.match(header_words(h)):
            col_kind = "target"  # 目标接种人数 under a lead-in whose note speaks of 到货情况: the goal each place is set
        if kind == "target" and (is_allowance(unit, words) or (SUPPORT_CUE.search(words) and (unit or "").startswith("元"))):
            col_kind = "support"  # 城市低保标准（元/月）: the standard each place pays; 奖补资金（万元）: what each gets
        if kind == "target" and ((col_date and ctx.reference and col_date.date[:4] < ctx.reference[:4])
                                 or (role and role.group("status"))):
            col_kind = "actual"  # 2023年PM2.5浓度 in a notice of 2024 / 现状: the level the goals start from
        if kind == "target" and col in reported:
            col_kind = "actual"  # 现有非学科类机构数 beside 暑期巡查不少于: the state the goals start from
        if col_kind in ("target", "actual") and words_said and required_column(words, unit if col_kind == "target" else None):
            col_kind = "requirement"  # 应配管护员（人）: what each place must keep, a rule (=, no date)
        if col_kind == "target" and col_date is None and not role and col not in tails and words_said \
                and not (split and col == split[0]) and goals - {col} and not names_campaign_period(h) \
                and words not in goals_said \
                and (reports_status(words, h, unit, words_of_title(ctx, title))
                     or (OF_WHICH.match(h.strip()) and k and named[k - 1][0] in status)):
            col_kind = "actual"  # 养老机构床位（张） beside 2026年护理型床位占比目标: what each place has now (and 其中 …),
            # not a column of the measure the body sets a goal for (全市建成…服务站500个: each place's share of it)
            status.add(col)
        if funds and col_kind == "target":
            col_kind = allocation_kind(words, unit) or col_kind  # 下达资金 support, 核定渔船 what it was shared out by
        if col_kind == "target" and col_date is None and names_campaign_period(h):
            col_date = campaign or (campaign := campaign_end(ctx.text, ctx.reference))  # 暑期巡查: by the campaign's end
        # a title of 控制指标: the ceilings are the columns of the measure itself (2025年目标, 2025年), not its change
        ceiling = bool(role and CEILING.search(h)) or bool(CAP_HEADER.search(h)) or (
            ceilings and not (role and role.group("change")) and (role is not None or not words_said))
        bound = "<=" if ceiling else ">=" if FLOOR_HEADER.search(h) else tails.get(col)
        columns.append((col, words, (unit, mult), col_date, col_kind, bound))
    return columns


def _restated_columns(ctx: Context, rows: list[list[Cell]], entity_col: int, columns: list[tuple],
                       out: list[Candidate]) -> dict:
    """{column: the body's Target} for each value column whose 合计 row states a figure the body states in the
    issuer's region, in words that hold the column's (改造中小学校舍46个 in the text, 合计 | 46 under 学校个数; 年培训人次
    as 家政服务技能培训…人次), or that the column's hold (奖励 in 补助和奖励资金): the column breaks that figure down."""
    total = next((row for row in rows if any(region_total(c.text.strip()) for c in row[: entity_col + 1])), None)
    if total is None:
        return {}
    body = [c.target for c in out if c.source == "body" and c.target.scope == ctx.region
            and c.target.kind in ("target", "actual", "support")]
    found = {}
    for col, words, (unit, mult), _date, _kind, _ceiling in columns:
        q, _ = cell_quantity(ctx.text, total[col], unit, mult) if col < len(total) else (None, None)
        if q is None or not q.value:
            continue
        # the body names the column's measure more fully (学校 → 改造中小学学校), or the column only counts its
        # unit (户数 in 户)
        same = [t for t in body if t.unit == q.unit and t.value is not None
                and abs(t.value - q.value) <= 1e-6 * abs(q.value)
                and (words in (t.indicator_raw or "") or words == f"{unit}数"
                     or _counted_core(words, unit) in (t.indicator_raw or "")
                     or len(t.indicator_raw or "") >= 2 and (t.indicator_raw or "") in words
                     or _abbreviates(words, unit, t.indicator_raw or "")
                     or TOTAL_HEADER.fullmatch(words))]  # 合计（万元）: the sum the body names (…补助资金588万元)
        if len(same) == 1:
            found[col] = same[0]
    return found


def _abbreviates(words: str, unit: str | None, said: str) -> bool:
    """Whether a header shortens the body's words for the measure (民营机构数 for 民营养老服务机构; not a core of fewer
    than four characters, 公办园数 for 公办幼儿园, too loose to tell): its count word dropped, it opens with the body's
    first two characters, closes with its last one and keeps the rest of its characters in order."""
    core = _counted_core(words, unit).removesuffix("数")
    if len(core) < 4 or len(said) <= len(core) or not (said.startswith(core[:2]) and said.endswith(core[-1])):
        return False
    at = 0
    for ch in core:
        at = said.find(ch, at) + 1
        if not at:
            return False
    return True


def _counted_core(words: str, unit: str | None) -> str:
    """What a header counts without its period and its counter (年培训人次 in 人次 → 培训, 年均创业培训人数 in 人 →
    创业培训: the body names it more fully, 家政服务技能培训); the words whole when that leaves less than two characters."""
    core = PERIOD_HEAD.sub("", words)
    for counter in (f"{unit}数", unit) if unit else ():
        if core.endswith(counter):
            core = core[: -len(counter)]
            break
    return core if len(core) >= 2 else words


def _split_measure(text: str, rows: list[list[Cell]], named: list[tuple]) -> tuple[int, str, tuple] | None:
    """(column, words, (unit, multiplier)) of the column that columns headed only by years split: in every row with figures
    its cell is the sum of theirs (老旧小区改造（个） 14 = 6 + 4 + 4); None when no column (or more than one) adds up."""
    years = [entry[0] for entry in named if not entry[2] and entry[4] is not None]
    if len(years) < 2:
        return None
    fits = []
    for col, head, words, role, col_date in named:
        if not words or role or col_date is not None:
            continue
        checked = 0
        for row in rows:
            values = [_cell_value(text, row, c) for c in [col] + years]
            if any(v is None for v in values):
                continue
            if abs(values[0] - sum(values[1:])) > 1e-6 * max(1.0, abs(values[0])):
                break
            checked += 1
        else:
            if checked >= 2:
                fits.append((col, words, header_unit(head)))
    return fits[0] if len(fits) == 1 else None


def _cell_value(text: str, row: list[Cell], col: int) -> float | None:
    """The number in a row's cell, as written (no unit applied); None for an empty cell or none."""
    if col >= len(row):
        return None
    q, _ = cell_quantity(text, row[col], None, 1.0)
    return q.value if q is not None else None


def _grade_name(grade: str, head: str) -> str:
    """A bare grade with what its column grades (一级 under 照护等级 → 一级照护等级: 一级 alone says nothing; A类
    under 人才类别 → A类人才; 省级 under 奖项级别 → 省级奖项);
    any other grade as written (一星级, A类（顶尖人才）)."""
    graded = GRADED_HEADER.match(header_words(head))
    if graded and SCALE.match(grade):  # 省级 under 奖项级别 → 省级奖项: what the grade's reach is of
        return f"{grade}{graded.group('what')}"
    if graded and graded.group("by") == "类别":
        return f"{grade}{graded.group('what')}" if BARE_CLASS.match(grade) else grade  # A类 under 人才类别 → A类人才
    return f"{grade}{graded.group('what')}等级" if graded and BARE_GRADE.match(grade) else grade


def _tier_kind(head: str, title: str, kind: str, unit: str | None) -> str:
    """The kind of a tier table's column: a condition (…要求) a requirement, money or a share given support
    (by its header, else, for money or shares, by the table's title: …奖补标准; 上门服务次数 under a 补贴 title is
    what each grade gets, no money)."""
    if CONDITION_HEADER.search(header_words(head)) or TERM_HEADER.search(header_words(head)):
        return "requirement"  # 申报条件 / 补贴年限: what a grade must meet, how long it is paid
    money = unit.startswith("元") or unit == "%" if unit else not COUNT_OR_TIME.search(header_words(head))
    given = SUPPORT_CUE.search(head) or GIVEN_MONEY.search(head)
    return "support" if given or (money and SUPPORT_CUE.search(title)) else kind


def _sibling_measure(named: list[tuple], k: int) -> str | None:
    """The measure a value column beside a role-only one names (the nearest before it, else after it)."""
    order = list(range(k - 1, -1, -1)) + list(range(k + 1, len(named)))
    return next((named[j][2] for j in order if named[j][2] and not named[j][3]), None)


def _title_measure(ctx: Context, title: str) -> str | None:
    """The measure a table title names: 各县（市、区）PM2.5浓度控制目标 → PM2.5浓度."""
    words = TITLE_PLACES.sub("", words_of_title(ctx, title))
    m = regex.search(r"(?:控制|考核|年度)?(?:目标值?|任务值?|指标)$", words)
    return (words[:m.start()] if m else words) or None


def _built_thing(ctx: Context, title: str, built) -> str | None:
    """The things a column of the stock or the work counts: those the caption names after its own stock word
    (已建口袋公园及养护人员配置表 → 口袋公园), else the caption's measure (``_counted_thing``)."""
    return (built.group("stock") and caption_thing(words_of_title(ctx, title))) or _counted_thing(ctx, title)


def _counted_thing(ctx: Context, title: str) -> str | None:
    """The things a table title counts, without the work done on them: 公共充电桩建设任务分解表 → 公共充电桩."""
    measure = _title_measure(ctx, title) or ""
    thing = TITLE_WORK_HEAD.sub("", TITLE_WORK.sub("", measure))
    return thing if len(thing) >= 2 and not CLAUSE_PUNCT.search(thing) else None  # not a lead-in sentence's words


def _fuller_task(ctx: Context, title: str, words: str) -> str:
    """A column of tasks as the table title names them more fully: 改造任务 under 各乡镇农村危房改造任务分解表 →
    农村危房改造任务; the header's words where the title does not hold them."""
    measure = TITLE_PLACES.sub("", words_of_title(ctx, title))
    at = measure.find(words)
    return measure[:at + len(words)] if at > 0 and TASK_OWNER.fullmatch(measure[:at]) else words
