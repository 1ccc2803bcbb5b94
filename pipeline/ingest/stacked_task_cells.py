"""Task tables (任务分工表) flattened to one cell per line, the header's cells and then each row's on lines of their own
(a table copied out of a WeChat article or a portal page that lost its borders)::

        序号
        重点任务
        牵头单位
        配合单位
        完成时限
        1
        编制年度实施计划，明确责任分工
        市水利局
        市财政局、市林业局
        2025年3月底前
        2
        …

The header names the columns: a task column (重点任务 / 工作内容 / 具体措施 …) and a unit column (牵头单位 / 责任单位 /
配合单位 …) or a time column (完成时限 / 时间节点 …), read from words, never from position. The rows are read by that
count of cells: where the header opens with 序号 each row opens with the next row number; a cell wrapped over two lines,
units stacked one a line in a unit cell, or an empty cell left out are told apart by what each column must hold (a unit
column units or ``/``, a time column a date, a period or an ongoing word, the task column anything else). A run whose
rows do not read so stays text: prose lists are never tables. Unlike :mod:`.stacked_cells` (indicator tables, figures
beside words), every column here holds words. Each cell is a one-line text block, as every backend gives it.
"""
from __future__ import annotations

import itertools

import regex

from pipeline.ingest.stacked_runs import tables_from_runs
from pipeline.model import Block
from schemas.agency_words import organization_endings, role_labels

# （第一个为牵头单位） in a header cell / （市、区） in a unit cell: a bracket group, taken out before a header is read or a
# unit list is cut at its 、
BRACKETED = regex.compile(r"（[^（）]*）|\([^()]*\)")
# 序号 / 编号: the row-number column
SEQ_HEADER = regex.compile(r"^(?:序\s*号|编\s*号)$")
# 重点任务 / 工作内容 / 具体措施 / 工作事项 / 重点工作 / 建设内容: the task column
TASK_HEADER = regex.compile(r"^\p{Han}{0,6}(?:任务|工作|措施|举措|事项|内容)(?:名称|内容|描述)?$")
# 牵头单位 / 责任部门 / 配合单位 / 实施主体: a unit column (the role words of schemas/agencies.json, or …单位 / …部门)
UNIT_HEADER = regex.compile(r"^\p{Han}{0,6}(?:单位|部门|主体)$")
# 完成时限 / 时间节点 / 完成时间 / 进度安排 / 时间: the time column
TIME_HEADER = regex.compile(r"^\p{Han}{0,4}(?:时限|期限|时间|时间节点|节点|进度|进度安排|时间安排|日期)(?:要求)?$")
# 类别 / 任务分类 / 重点领域 / 主要方面: a category column
CATEGORY_HEADER = regex.compile(r"^\p{Han}{0,4}(?:分类|类别|类型|领域|方面|板块|专项)$")
# 备注 / 工作目标 / 完成标志 / 责任领导 / 具体要求: another column a task table may have
OTHER_HEADER = regex.compile(
    r"^\p{Han}{0,4}(?:备注|目标|预期成效|预期成果|完成标志|成果形式|考核指标|领导|责任人|联系人|要求|标准|依据|指标)$"
)
# a row number: 1 / 12 / （3） / 4.
ROW_NUMBER = regex.compile(r"^[（(]?(?P<n>\d{1,3})[)）.、．]?$")
# an empty cell: / / — / —— / - / 无
EMPTY = regex.compile(r"^(?:[—–\-－/／]{1,2}|无)$")
# 、 ， , ； ; / spaces: what parts the units of a unit cell
UNIT_SEPARATORS = regex.compile(r"[、，,；;／/\s]+")
# 各有关单位 / 某市海关 / 重点企业: what else a unit's name may end with (beside the endings of schemas/agencies.json)
MORE_ENDINGS = ("单位", "部门", "海关", "机关", "企业", "机构")
# 2025年6月底前 / 每年3月底前 / 持续推进 / 长期坚持 / 2025—2027年 / 年底前: what a time cell says
TIME_WORDS = regex.compile(
    r"(?:19|20)\d{2}|\d{1,2}\s*月|[一二三四五六七八九十]+月|年底|年内|年前|底前|以前|之前|前完成|持续|长期|常态|每年|每季|"
    r"每月|每半年|每周|定期|逐年|分年度|分阶段|立即|及时|动态|全年|滚动|适时|按期|按年度|当年|次年|年度"
)
# 二、保障措施 / （三）工作要求 / 第五条 / 附件2: a heading of the text, which no row of a table opens with
HEADING = regex.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[条章节]|附件)")
# 。 ： — a sentence or a label, never in a unit or a time cell
SENTENCE = regex.compile(r"[。：:]")
#: the longest header cell, time cell and unit cell; the most columns; the most lines a row may take beyond its cells
_HEADER_CHARS, _TIME_CHARS, _UNIT_CHARS, _MAX_COLUMNS, _EXTRA_LINES = 16, 40, 80, 8, 3
#: the longest line read as a cell, the most lines looked at, the fewest body rows of a table
_MAX_LINE, _MAX_RUN, _MIN_ROWS = 300, 800, 2
#: the longest second line of a unit's name wrapped in its cell that may be read as a name's tail (划局, 务局)
_WRAP_TAIL = 6
#: the shortest line after a task's first line read as a unit of the next cell (区财政局), not the task's tail (市场)
_STRAY_UNIT = 4


def _line(block: Block) -> str | None:
    """The text of a one-line text block, else None."""
    if block.kind != "text" or "\n" in block.text.strip():
        return None
    text = block.text.strip(" \u3000\xa0\t")
    return text if 0 < len(text) <= _MAX_LINE else None


def _column_kind(cell: str) -> str | None:
    """seq / task / unit / time / category / other for a header cell, else None."""
    bare = BRACKETED.sub("", regex.sub(r"\s+", "", cell))
    if not bare or len(bare) > _HEADER_CHARS:
        return None
    if SEQ_HEADER.match(bare):
        return "seq"
    if bare in role_labels() or UNIT_HEADER.match(bare):
        return "unit"
    if TIME_HEADER.match(bare):
        return "time"
    if TASK_HEADER.match(bare):
        return "task"
    if CATEGORY_HEADER.match(bare):
        return "category"
    if OTHER_HEADER.match(bare):
        return "other"
    return None


def _header(lines: list[str]) -> list[str] | None:
    """The column kinds of the header the lines open with (a task column, and a unit or time column), else None."""
    kinds: list[str] = []
    for cell in lines[:_MAX_COLUMNS]:
        kind = _column_kind(cell)
        if kind is None or (kind == "seq" and kinds):
            break
        kinds.append(kind)
    while kinds and kinds.count("task") > 1:  # 重点任务 | 具体内容: the last one is the task, the first a category
        kinds[kinds.index("task")] = "category"
    if len(kinds) < 3 or "task" not in kinds or not ({"unit", "time"} & set(kinds)):
        return None
    return kinds


def is_units(text: str) -> bool:
    """Whether a cell names units only (区商务局、区税务局 / 各县（市、区）人民政府 / 市财政局等)."""
    text = BRACKETED.sub("", text).strip()
    if not text or len(text) > _UNIT_CHARS or regex.search(r"\d", text) or SENTENCE.search(text):
        return False
    items = [item.removesuffix("等") for item in UNIT_SEPARATORS.split(text) if item]
    endings = organization_endings() + MORE_ENDINGS
    return bool(items) and all(2 <= len(item) <= 30 and item.endswith(endings) for item in items)


def is_time(text: str) -> bool:
    """Whether a cell says when (2025年6月底前 / 每年3月底前 / 持续推进 / 2025—2027年)."""
    return (len(text) <= _TIME_CHARS and bool(TIME_WORDS.search(text)) and not SENTENCE.search(text)
            and not is_units(text))


def _fit(kind: str, lines: list[str]) -> float:
    """How well ``lines`` read as one cell of a column of ``kind`` (negative: they cannot be)."""
    if not lines:
        return -5.0 if kind == "task" else -0.5  # a cell left out of the copy
    text = "".join(lines)
    if EMPTY.match(text):
        return -5.0 if kind == "task" else 0.0
    # a line joined to the one above costs little in the task column (a long task wraps), more in a short column
    joins = (0.1 if kind == "task" else 0.5) * (len(lines) - 1)
    if kind == "unit":
        stacked = all(is_units(line) for line in lines)  # units stacked one a line
        # one name (or list) wrapped once: 市自然资源和规 / 划局, never a time or a whole name of its own on either line
        wrapped = (len(lines) == 2 and is_units(text) and not is_units(lines[0]) and not is_time(lines[0])
                   and (len(lines[1]) <= _WRAP_TAIL or not is_units(lines[1])))
        return (2.0 if stacked or wrapped else -3.0) - joins
    if kind == "time":
        # a time wrapped over two lines, never a unit's name glued to it
        return (2.0 if is_time(text) and not any(is_units(line) for line in lines) else -3.0) - joins
    if kind == "task":
        # a unit or a time on a line of its own after the task's first line is the next cell, not the task wrapped
        strays = sum(1 for line in lines[1:] if (len(line) >= _STRAY_UNIT and is_units(line))
                     or (len(line) <= 12 and is_time(line)))
        return (-2.0 if is_units(text) or (len(text) <= 12 and is_time(text)) else 1.0) - joins - 2.0 * strays
    return (-1.0 if is_units(text) or is_time(text) else 0.0) - joins


def _split(kinds: list[str], lines: list[str]) -> tuple[float, list[list[str]]]:
    """The best way to read ``lines`` as one row's cells of ``kinds`` (in order, some maybe left out): (score, cells)."""
    best: tuple[float, list[list[str]]] = (float("-inf"), [])
    n, width = len(lines), len(kinds)
    # cut points 0 ≤ c1 ≤ … ≤ c(width-1) ≤ n: each column takes the lines between two cuts
    for cuts in itertools.combinations_with_replacement(range(n + 1), width - 1):
        bounds = (0,) + cuts + (n,)
        cells = [lines[a:b] for a, b in zip(bounds, bounds[1:])]
        if sum(1 for cell in cells if not cell) > 1:
            continue  # a copy leaves one cell of a row out, not more
        # of two readings alike, the one leaving a later cell out (a partner, not the lead, is what a row most lacks)
        score = sum(_fit(kind, cell) - (0.01 * (width - k) if not cell else 0.0)
                    for k, (kind, cell) in enumerate(zip(kinds, cells)))
        if score > best[0]:
            best = (score, cells)
    return best


def _readable(kinds: list[str], cells: list[list[str]]) -> bool:
    """Every unit and time cell holds what its column must (or was left out), the task cell something (a short task
    may end as a unit's name does: 建设智慧农贸市场)."""
    if not any(cell and kind in ("unit", "time") for kind, cell in zip(kinds, cells)):
        return False  # a row names its units or its time
    return all(bool(cell) and not EMPTY.match("".join(cell)) if kind == "task" else (not cell or _fit(kind, cell) >= 0.0)
               for kind, cell in zip(kinds, cells))


def _rows(kinds: list[str], lines: list[str]) -> tuple[list[list[str]], int]:
    """(body rows, lines taken) of the lines after a header of ``kinds``."""
    serial = kinds[0] == "seq"
    body = kinds[1:] if serial else kinds
    rows: list[list[str]] = []
    pos, expected = 0, 1
    while pos < len(lines):
        start = pos
        if serial:
            if not _number(lines[pos], expected):
                break
            start = pos + 1
            reach = lines[start + 1:start + len(body) + _EXTRA_LINES + 1]
            following = next((k for k, line in enumerate(reach, start + 1) if _number(line, expected + 1)), None)
            if following is not None:  # the next row's number closes this one: its cells are the lines between
                _, cells = _split(body, lines[start:following])
                task = cells[body.index("task")] if cells else []
                if not task or EMPTY.match("".join(task)):
                    break  # numbered lines that hold no task: no row of a task table
                rows.append([str(expected)] + ["\n".join(cell) for cell in cells])
                pos, expected = following, expected + 1
                continue
        found = _free_row(body, lines, start, serial)  # the last numbered row, or a row of a table without numbers
        if found is None:
            break
        cells, pos = found
        rows.append(([str(expected)] if serial else []) + ["\n".join(cell) for cell in cells])
        expected += 1
    return rows, pos


def _free_row(body: list[str], lines: list[str], start: int, last: bool) -> tuple[list[list[str]], int] | None:
    """(cells, end) of the row opening at ``start`` when no row number closes it (the ``last`` of a numbered table, or a
    row of a table without numbers): the count of lines that reads best, in a table without numbers a unit or time
    line right after it taken in (the next row opens with its task); None when no count reads as a row."""
    if HEADING.match(lines[start]):
        return None  # the text goes on under a heading of its own
    best = None
    for count in range(max(1, len(body) - 1), len(body) + _EXTRA_LINES + 1):
        end = start + count
        if end > len(lines):
            break
        score, cells = _split(body, lines[start:end])
        if not _readable(body, cells):
            continue
        after = lines[end] if end < len(lines) else None
        if not last and after is not None and (is_units(after) or (len(after) <= 12 and is_time(after))):
            score -= 3.0  # the next line is a unit or a time: it belongs to this row
        if best is None or score > best[0]:
            best = (score, cells, end)
    return None if best is None else (best[1], best[2])


def _number(line: str, n: int) -> bool:
    """Whether ``line`` is the row number ``n``."""
    number = ROW_NUMBER.match(line)
    return number is not None and int(number.group("n")) == n


def stacked_task_tables(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of one-line text blocks that is a task table flattened one cell per line made a table
    block (on the page of its first cell)."""
    return tables_from_runs(blocks, _line, lambda line: _column_kind(line) in ("seq", "task", "category"), _table_at,
                            _MAX_RUN)


def _table_at(lines: list[str]) -> tuple[list[list[str]], int] | None:
    """The task table the run of ``lines`` opens with (header first) and how many lines it takes, or None."""
    kinds = _header(lines)
    if kinds is None:
        return None
    rows, taken = _rows(kinds, lines[len(kinds):])
    if len(rows) < _MIN_ROWS:
        return None
    return [lines[:len(kinds)]] + rows, len(kinds) + taken
