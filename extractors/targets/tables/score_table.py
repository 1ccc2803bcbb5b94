"""An assessment's score table: a column naming what is assessed, a column of the points it is worth, and maybe a column
of how the points are given::

    考核内容 | 考核指标                 | 分值 | 评分标准
    水资源   | 用水总量控制在3.2亿立方米以内 | 20   | 每超1%扣2分，超过5%的不得分
    合计     |                          | 100  |

Each row gives: the goal its indicator cell states, read as prose (用水总量 <= 3.2亿立方米); the points, a requirement
named by the indicator without its goal (用水总量分值 = 20 分; a 合计 row: 总分值); and the rules of its scoring
cell, clause by clause: points per step (每超1%扣2分 → 用水总量每超1%扣分 = 2 分, ``scores``), a cap on them
(最多扣10分 → 用水总量扣分累计 <= 10 分), a floor below which no
points are given (完成率低于90%不得分 → …完成率 >= 90%), a count the duty is held to (每年不少于2次 → …次数 >= 2 次;
各不少于2次 after 甲会、乙会研究… → one count each); any other clause is read as prose, its goals requirements.
"""
from __future__ import annotations

import regex

from extractors.numbers import find_quantities
from extractors.targets.cell_target import make_target
from extractors.targets.context import Candidate, Context
from extractors.targets.kind import comparator_for
from extractors.targets.paragraph import read_paragraph
from extractors.targets.scores import per_step_score
from extractors.targets.tables.layout import (SERIAL_HEADER, TOTAL_ROW, cell_quantity, column_cells, descriptive_column,
                                              header_unit, header_words)
from pipeline.model import Cell, Table

# the header of a column of points: 分值 / 标准分 / 分数 / 满分 / 权重 / 分值（分）
SCORE_HEADER = regex.compile(r"^(?:标准|基本|考核)?(?:分值|分数|标准分|满分|权重|基础分)$")
# the header of the column naming what is assessed: 考核指标 / 考核内容 / 评价项目 / 二级指标 / 考核事项
NAME_HEADER = regex.compile(r"^(?:[一二三]级|考核|评价|评分|测评|主要)?(?:指标|内容|项目|事项|要素|要点)(?:名称|内容)?$")
# the header of the column saying how points are given: 评分标准 / 评分细则 / 扣分办法 / 计分方法 / 考核标准
RULE_HEADER = regex.compile(r"(?:评分|计分|扣分|赋分|考核|评价)(?:标准|细则|办法|方法|规则|要求)")
# the header of a column of the goals each row is assessed against: 目标值 / 2025年目标 / 任务数 / 考核值 (not 得分: a result)
GOAL_HEADER = regex.compile(r"目标|任务|计划|指标值|考核值")
# where an indicator cell's goal starts after its name: (森林覆盖率)保持在45%以上 / (用水总量)控制在… / (新建农田)65万亩
GOAL_START = regex.compile(r"稳定在|保持在|控制在|维持在|达到|不低于|不少于|不高于|不超过|不减少|不下降|\d")
# the row number before an indicator's name: 1. / （2） / 3、
ROW_NUMBER = regex.compile(r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)])\s*")
# the year an assessment is of, in its title: 2024年度…考核评分细则 / 2025年…目标责任考核办法
ASSESSED_YEAR = regex.compile(r"(?P<year>20\d{2})\s*年度?\p{Han}{0,24}?(?:考核|考评|评价|评分|测评)")
# a clause of a scoring cell
CLAUSE = regex.compile(r"[^，,；;。]+")
# a floor or ceiling below or above which no points are given: (完成率)低于90%不得分 / 超过5%的不得分
NO_POINTS = regex.compile(r"^(?P<what>\p{Han}{0,8}?)(?P<bound>低于|不足|未达到|未达|少于|小于|超过|高于|大于)"
                          r"(?P<figure>\d+(?:\.\d+)?\s*(?:%|％|‰|\p{Han}{1,3}?))的?[，,]?(?:该项|此项|本项)?"
                          r"(?:不得分|不计分|得0分|计0分|记0分|扣除?全部分值)")
# a cap on the points taken or added: 最多扣10分 / 累计加分不超过5分 / 扣分上限为20分
CAPPED = regex.compile(r"(?:最多|最高|累计|合计|共)?(?P<verb>扣|加)(?:减|除)?分?(?:累计)?(?:不超过|最多|最高|上限为?|以)?"
                       r"\d+(?:\.\d+)?分(?:为限|封顶)?$")
# the words that make a clause with points a cap, not points given: 最多 / 不超过 / 上限 / 为限 / 封顶
CAP_WORDS = regex.compile(r"最多|最高|不超过|上限|为限|封顶")
# the bound words of a floor (低于90%不得分: at least 90%); any other bound is a ceiling (超过5%的不得分)
BELOW = frozenset({"低于", "不足", "未达到", "未达", "少于", "小于"})
# a count the duty is held to: (每年)(各)不少于2次 / 至少1次
COUNT_FLOOR = regex.compile(r"(?P<each>各)?(?:不少于|不低于|至少)(?P<figure>\d+\s*[次项期篇场份个])")
# names sharing what they do, before a 各: 市发改委、市经信委(部署…) / 市级、县级(财政安排…)
LISTED = regex.compile(r"^(?P<heads>\p{Han}{2,10}(?:、\p{Han}{2,10})+)$")


def score_columns(header: list[str]) -> tuple[int, int, int | None] | None:
    """(name column, points column, scoring column or None) of a score table; None for any other table."""
    words = [header_words(h).replace(" ", "") for h in header]
    score = next((i for i, w in enumerate(words) if SCORE_HEADER.match(w)), None)
    if score is None:
        return None
    names = [i for i, w in enumerate(words[:score]) if NAME_HEADER.match(w) and not SERIAL_HEADER.fullmatch(w)]
    if not names:
        return None
    rule = next((i for i, w in enumerate(words) if i != score and RULE_HEADER.search(w)), None)
    return names[-1], score, rule


def read_score_table(ctx: Context, table: Table, header: list[str], n_header: int,
                     columns: tuple[int, int, int | None], out: list[Candidate]) -> None:
    """The goals, points and scoring rules of each row (see the module); a column of goals beside them (目标值) gives
    each row's goal, named by its indicator."""
    name_col, score_col, rule_col = columns
    suffix = "权重" if "权重" in header_words(header[score_col]) else "分值"
    unit, mult = header_unit(header[score_col])
    unit = unit or ("分" if suffix == "分值" else None)
    rows = table.rows[n_header:]
    goal_cols = [col for col, h in enumerate(header) if col not in columns and GOAL_HEADER.search(header_words(h))
                 and not NAME_HEADER.match(header_words(h)) and not descriptive_column(h, column_cells(rows, col))]
    label = ""
    for row in rows:
        cells = [c.text.strip() for c in row]
        total = any(TOTAL_ROW.match(c) for c in cells[:score_col])
        cell = row[name_col] if name_col < len(row) else None
        if cell is not None and cell.text.strip() and not total:
            label = _name(cell.text)
            first = len(out)
            read_paragraph(ctx, cell.char_start, cell.char_end, out, source="table", table_index=table.index)
            _as_goals(ctx, out[first:])
        elif not total and not label:
            continue  # no indicator yet: nothing to name the row's figures by (merged cells fill down)
        if score_col < len(row):
            q, comp = cell_quantity(ctx.text, row[score_col], unit, mult)
            if q is not None and q.unit == unit:
                words = "总" + suffix if total else label + suffix  # 合计: 总分值, as a table of standards by row names it
                target = make_target(ctx, row[score_col], q, comp or "=", words, "requirement", None, None)
                out.append(Candidate(target, "table", table.index, total_row=total))
        if total:
            continue
        if rule_col is not None and rule_col < len(row):
            _read_rules(ctx, table, row[rule_col], label, out)
        for col in goal_cols:
            h_unit, h_mult = header_unit(header[col])
            q, comp = cell_quantity(ctx.text, row[col], h_unit, h_mult) if col < len(row) else (None, None)
            if q is not None:
                target = make_target(ctx, row[col], q, comp, label, "requirement", None, None)
                goal = Candidate(target, "table", table.index)
                _as_goals(ctx, [goal])
                out.append(goal)


def _as_goals(ctx: Context, found: list[Candidate]) -> None:
    """The figures of an indicator cell are the goals the assessment holds its units to (read under a 细则's rules they
    came out requirements), due by the end of the year assessed when no date of their own is said."""
    year = ASSESSED_YEAR.search(ctx.text, 0, min(len(ctx.text), 2000))
    for candidate in found:
        target = candidate.target
        if target.kind != "requirement":
            continue
        target.kind = "target"
        if target.comparator == "=":
            target.comparator = comparator_for("target", None, lower_is_better=ctx.dictionary.lower_is_better(
                target.indicator_raw or "", None))
        if year and not (target.deadline or target.deadline_raw):
            target.deadline, target.deadline_raw = f"{year.group('year')}-12-31", year.group(0)


def _name(text: str) -> str:
    """An indicator cell's name without its goal (森林覆盖率保持在45%以上 → 森林覆盖率), or the whole cell."""
    words = ROW_NUMBER.sub("", text.strip())
    goal = GOAL_START.search(words)
    return words[:goal.start()] if goal and goal.start() >= 2 else words


def _read_rules(ctx: Context, table: Table, cell: Cell, label: str, out: list[Candidate]) -> None:
    """The rules of one scoring cell, clause by clause (see the module)."""
    text = ctx.text
    for clause in CLAUSE.finditer(text, cell.char_start, cell.char_end):
        start, end = clause.start(), clause.end()
        piece = Cell(clause.group(), start, end)
        found = find_quantities(text, start, end)
        points = [q for q in found if q.unit == "分"]
        stepped = per_step_score(text, points[-1], start) if points else None
        if stepped:
            words, unit, kind = stepped
            q = points[-1]
            words = words if words.startswith(label) else label + words
            target = make_target(ctx, piece, q, "=", words, kind, None, None)
            target.unit = unit
            out.append(Candidate(target, "table", table.index))
            continue
        capped = CAPPED.search(clause.group()) if points and CAP_WORDS.search(clause.group()) else None
        if capped:
            words = label + ("加分" if capped.group("verb") == "加" else "扣分") + "累计"
            target = make_target(ctx, piece, points[-1], "<=", words, "requirement", None, None)
            target.comparator = "<="
            out.append(Candidate(target, "table", table.index))
            continue
        floor = NO_POINTS.match(clause.group())
        if floor and found:
            comp = ">=" if floor.group("bound") in BELOW else "<="
            target = make_target(ctx, piece, found[0], comp, label + floor.group("what"), "requirement", None, None)
            target.comparator = comp
            out.append(Candidate(target, "table", table.index))
            continue
        counted = COUNT_FLOOR.search(clause.group())
        if counted and found and not points:
            q = next((f for f in found if f.start >= start + counted.start("figure")), found[0])
            for name in _each(label) if counted.group("each") else [label]:
                target = make_target(ctx, piece, q, ">=", name + "次数" if q.unit == "次" else name, "requirement",
                                     None, None)
                target.comparator = ">="
                out.append(Candidate(target, "table", table.index))
            continue
        if found and not points:
            first = len(out)
            read_paragraph(ctx, start, end, out, source="table", table_index=table.index)
            for candidate in out[first:]:
                if candidate.target.kind == "target":  # a scoring rule's level is a rule's, not a goal
                    candidate.target.kind = "requirement"


def _each(label: str) -> list[str]:
    """The names a 各 shares a count among: 市发改委、市经信委部署节能工作 → 市发改委部署节能工作 |
    市经信委部署节能工作 (the last name as long as the first, the duty after it); the label alone else."""
    parts = label.split("、")
    if len(parts) < 2 or not LISTED.match("、".join(parts[:-1] + [parts[-1][:len(parts[0])]])):
        return [label]
    width = len(parts[0])
    last = parts[-1]
    if len(last) <= width or last[width - 1] != parts[0][-1]:
        return [label]
    duty = last[width:]
    return [part + duty for part in parts[:-1]] + [last]
