"""Task tables (任务分工表, 任务清单): which tables are task tables, their column roles and body rows.

A task table is found by its header words, never by position: a task column (重点任务 / 任务内容 …)
and an agency or deadline column (牵头单位 / 责任单位 / 配合单位 / 完成时限 …). Repeated header rows
are dropped (a header repeated after a page break continues the table; a task row whose words merely
look like labels, 各成员单位, stays), a headerless table right after one continues it, and a header
narrower than its rows (重点任务 over a category and a task column) is widened over the task column.

Reads ``doc.tables``; returns :class:`TaskTable` objects. Shared by the tasks extractor (a task per
row) and the agencies extractor (the agencies of the agency columns).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.agency_names import agency_columns, split_agency_list

# 序号 / 编号: the row-number column of a table
SEQ_HEADER = regex.compile(r"^(?:序号|编号|序)$")
# 完成时限 / 完成期限 / 时间节点 / 完成时间 / 进度安排 / 时间: the deadline column of a task table
DEADLINE_HEADER = regex.compile(r"时限|期限|时间节点|完成时间|进度安排|时间安排|完成日期|截止时间|进度要求|^时间$|^进度$")
# 任务内容 / 工作内容 / 具体任务 / 具体措施: a column that can only hold the task itself
TASK_TEXT_HEADER = regex.compile(r"任务内容|工作内容|具体任务|具体内容|主要内容|具体措施|工作措施|任务措施|工作举措|任务描述")
# 项目名称 / 工程名称: the project each row of a project table is (the task: build it), over its 建设内容
PROJECT_HEADER = regex.compile(r"^(?:重点|建设)?(?:项目|工程)(?:名称)?$")
# 合计 / 小计 / 总计: a row that adds up the rows above (no task)
TOTAL_ROW = regex.compile(r"^(?:合计|小计|总计|共计)$")
# 重点任务 / 主要任务 / 工作任务 / 任务 / 重点工作: a task column (the task, or its category when a 内容 column exists)
TASK_HEADER = regex.compile(r"任务|重点工作|主要工作|工作事项|事项$|内容|措施|举措")
# 事项分类 / 类别 / 领域 / 方面 / 板块: a category column
CATEGORY_HEADER = regex.compile(r"分类|类别|类型|领域|方面|板块|专项|序列")
# 责任单位（第一个为牵头单位）: a responsible column whose first agency leads
FIRST_LEADS = regex.compile(r"第一|首位|排名第一|列首")
# 12 / ，。；: a row number, or sentence punctuation outside a bracketed note (责任单位（第一个为牵头，…）),
# never in a header cell: a body row whose words name 任务 and 单位 is no header
NOT_HEADER_CELL = regex.compile(r"^\d+$|[，,。；;]")
# （…） / (…): a bracketed note in a header cell
HEADER_NOTE = regex.compile(r"（[^（）]*）|\([^()]*\)")
# spaces, tabs, line ends
WHITESPACE = regex.compile(r"\s+")


@dataclass
class Columns:
    seq: int | None = None
    task: int | None = None
    categories: list[int] = field(default_factory=list)
    deadline: int | None = None
    agencies: dict[int, str] = field(default_factory=dict)  # column → role
    first_leads: set[int] = field(default_factory=set)
    projects: bool = False  # the task column names projects (项目名称)

    @property
    def is_task_table(self) -> bool:
        return self.task is not None and bool(self.agencies or self.deadline is not None)


def clean(text: str) -> str:
    """The text without spaces, tabs and line ends (``None`` → ""): how header and body cells compare."""
    return WHITESPACE.sub("", text or "")


def header_columns(header: list[str]) -> Columns:
    """Column roles of a task table from its header words."""
    cols = Columns()
    header = [clean(h) for h in header]
    agencies = agency_columns(header)
    task_candidates = []
    for i, h in enumerate(header):
        if not h:
            continue
        if SEQ_HEADER.match(h):
            cols.seq = i
        elif FIRST_LEADS.search(h) and "牵头" in h:
            cols.agencies[i] = "responsible"  # 责任单位（排名第一的为牵头单位）
            cols.first_leads.add(i)
        elif DEADLINE_HEADER.search(h):
            cols.deadline = i
        elif i in agencies:
            cols.agencies[i] = agencies[i]
        elif PROJECT_HEADER.match(h):
            task_candidates.append((3, i))
        elif TASK_TEXT_HEADER.search(h):
            task_candidates.append((2, i))
        elif TASK_HEADER.search(h):
            task_candidates.append((1, i))
        elif CATEGORY_HEADER.search(h):
            cols.categories.append(i)
    if task_candidates:
        # a project's name, else a 内容 column, else the rightmost task column
        best = max(task_candidates, key=lambda c: (c[0], c[1]))
        cols.task = best[1]
        cols.projects = best[0] == 3
        cols.categories += [i for _, i in task_candidates if i != best[1]]
        cols.categories.sort()
    return cols


def _is_header_row(cells: list[str]) -> bool:
    if any(NOT_HEADER_CELL.search(HEADER_NOTE.sub("", clean(c))) for c in cells):
        return False  # 定期通报各项任务推进情况，… | 领导小组各成员单位: a task row whose words look like labels
    cols = header_columns(cells)
    return cols.is_task_table and sum(1 for c in cells if clean(c)) >= 2


def _repeats_header(cells: list[str], header: list[str]) -> bool:
    """A body row that reads as a header and shares its words: the header repeated at a page top."""
    shared = {clean(c) for c in cells if clean(c)} & {clean(h) for h in header}
    return len(shared) >= 2 and _is_header_row(cells)


def _widen(header: list[str], width: int) -> list[str]:
    """A header narrower than its rows: the task header spans the extra columns (category + task)."""
    extra = width - len(header)
    if extra <= 0:
        return header + [""] * max(0, -extra)
    cols = header_columns(header)
    at = cols.task if cols.task is not None else len(header) - 1
    return header[:at] + [header[at]] * (extra + 1) + header[at + 1 :]


@dataclass
class Row:
    cells: list[tuple[str, int, int]]  # (text, start, end); empty cells have start == end

    def text(self, col: int | None) -> str:
        if col is None or col >= len(self.cells):
            return ""
        return self.cells[col][0]


def _fit(row: list[tuple[str, int, int]], width: int, cols: Columns) -> list[tuple[str, int, int]]:
    """A row with fewer cells than the header lost a merged category cell: pad it where categories are."""
    missing = width - len(row)
    if missing <= 0:
        return row[:width] if len(row) > width and not any(c[0] for c in row[width:]) else row
    at = (cols.seq + 1) if cols.seq is not None else 0
    pos = row[at][1] if at < len(row) else (row[-1][2] if row else 0)
    return row[:at] + [("", pos, pos)] * missing + row[at:]


@dataclass
class TaskTable:
    """A task table: its columns and body rows, possibly continued over several table blocks."""

    cols: Columns
    rows: list[Row]
    last_index: int  # the last table block it runs over
    header: list[str] = field(default_factory=list)  # the header cells, whitespace removed

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)

    @property
    def lists_projects(self) -> bool:
        """Whether its rows are projects (项目名称 / 工程名称 heads the task column): a list of works of its own,
        not the breakdown of a plan's measures."""
        return self.cols.projects


def find_task_tables(doc) -> list[TaskTable]:
    """Every task table of the document, a headerless table continuing the one before joined to it."""
    out: list[TaskTable] = []
    for table in doc.tables:
        if not table.rows:
            continue
        rows = [[(c.text, c.char_start, c.char_end) for c in r] for r in table.rows]
        header_index = next((k for k, r in enumerate(rows[:3]) if _is_header_row([c[0] for c in r])), None)
        if header_index is None:
            if out and _continues(doc, out[-1], table, rows):
                out[-1].rows.extend(Row(_fit(r, out[-1].width, out[-1].cols)) for r in rows if any(c[0] for c in r))
                out[-1].last_index = table.index
            continue
        header = [c[0] for c in rows[header_index]]
        body = rows[header_index + 1 :]
        width = max([len(r) for r in body] + [len(header)])
        cols = header_columns(_widen(header, width))
        kept = [
            Row(_fit(r, width, cols)) for r in body
            # a header repeated at a page top, or an empty row, is no task
            if not _repeats_header([c[0] for c in r], header) and any(c[0].strip() for c in r)
        ]
        if out and out[-1].header == [clean(h) for h in header] and _continues(doc, out[-1], table, rows):
            # the header repeated at the top of the next page: the same table goes on (merged cells included)
            out[-1].rows.extend(Row(_fit(r.cells, out[-1].width, out[-1].cols)) for r in kept)
            out[-1].last_index = table.index
            continue
        out.append(TaskTable(cols, kept, table.index, [clean(h) for h in header]))
    return [t for t in out if t.cols.is_task_table]


def _continues(doc, previous: TaskTable, table, rows) -> bool:
    """A headerless table right after a task table, as wide as it: the same table on the next page."""
    if table.index != previous.last_index + 1 or not previous.rows:
        return False
    between = doc.text[doc.tables[previous.last_index].char_end : table.char_start]
    return abs(max(len(r) for r in rows) - previous.width) <= 1 and "附件" not in between and len(between) < 200


def table_agency_spans(doc) -> list[tuple[int, int]]:
    """Spans of the agencies in the agency columns of every task table (for the agencies extractor)."""
    spans = []
    for table in find_task_tables(doc):
        for row in table.rows:
            for col in table.cols.agencies:
                if col < len(row.cells):
                    text, s, e = row.cells[col]
                    spans.extend((a, b) for _, a, b in split_agency_list(text, s))
    return spans
