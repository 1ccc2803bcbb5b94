"""tasks extractor: the key tasks a notice assigns, each with its agencies and deadline.

Three sources, in this order of authority:

1. **Task tables** (任务分工表, 任务清单): a table whose header names a task column (重点任务 /
   任务内容 …) and an agency or deadline column (牵头单位 / 责任单位 / 配合单位 / 完成时限 …),
   found by header words, never by position. Category cells left blank under a merged cell take
   the value above, repeated header rows are dropped (a header repeated after a page break
   continues the table; a task row whose words merely look like labels, 各成员单位, stays), a row
   continued on the next page is joined to its first part, and a header narrower than its rows
   (重点任务 over a category and a task column) is widened over the task column.
2. **Numbered items** under a heading that names the task list (``四、重点任务``; in a reply or a
   report, the work it plans next: ``四、下一步工作打算``), and items elsewhere that name their
   agencies in so many words, when the notice has no task table (the table is the breakdown of
   those items, so they would count twice). Items under a section that reports work done or the
   state of things (``二、主要工作及成效``, ``三、存在的问题``) are never tasks. Their agencies come
   from a trailing parenthesis (``（市规自局、市通联办）``: responsible, in order), role clauses
   (``（牵头单位：…；责任单位：…）``, bracketed names and a comma before the next label allowed),
   role words in the parenthesis (``（市发改委牵头，市财政局配合）``) or a sentence that opens with
   its actor (``各电信运营企业要…``, ``X将会同Y``). The deadline comes from a clause or the
   parenthesis, else from a due date or a scheduled recurrence in the item's words
   (``2024年10月底前完成…``, ``每年组织开展…``), else ongoing words (``持续开展``: work with no
   end date); ``每年服务企业100家`` is a rate. The last item of a list of one-paragraph items is
   one paragraph too (not the thanks and signature of a reply).
3. **Prose** in the body: a sentence that assigns work explicitly (``由X牵头会同Y``, ``X会同Y``,
   ``由X负责，Y要配合``) or opens with a deadline and its actor (``2020年10月前，X…``). A sentence
   that restates a table task (same agency, same timing) is not counted again; attachments other
   than task tables (member duties, proposal lists) and sections reporting work done hold no
   prose tasks.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.agencies import (
    Resolver,
    agency_columns,
    bracket_agency_lists,
    is_agency_like,
    knowledge,
    resolver_for,
    role_clauses,
    split_agency_list,
)
from extractors.deadlines import find_deadlines, is_deadline_phrase, parse_deadline
from extractors.registry import register
from pipeline.structure import HEADING  # one definition of the heading markers and their levels
from schemas.records import Task

# 序号 / 编号: the row-number column of a table
SEQ_HEADER = regex.compile(r"^(?:序号|编号|序)$")
# 完成时限 / 完成期限 / 时间节点 / 完成时间 / 进度安排 / 时间: the deadline column of a task table
DEADLINE_HEADER = regex.compile(r"时限|期限|时间节点|完成时间|进度安排|时间安排|完成日期|截止时间|进度要求|^时间$|^进度$")
# 任务内容 / 工作内容 / 具体任务 / 具体措施: a column that can only hold the task itself
TASK_TEXT_HEADER = regex.compile(r"任务内容|工作内容|具体任务|具体内容|主要内容|具体措施|工作措施|任务措施|工作举措|任务描述")
# 重点任务 / 主要任务 / 工作任务 / 任务 / 重点工作: a task column (the task, or its category when a 内容 column exists)
TASK_HEADER = regex.compile(r"任务|重点工作|主要工作|工作事项|事项$|内容|措施|举措")
# 事项分类 / 类别 / 领域 / 方面 / 板块: a category column
CATEGORY_HEADER = regex.compile(r"分类|类别|类型|领域|方面|板块|专项|序列")
# 责任单位（第一个为牵头单位）: a responsible column whose first agency leads
FIRST_LEADS = regex.compile(r"第一|首位|排名第一|列首")
# 各项任务责任单位排在第一位的为牵头单位 / 列首位的为牵头部门: a notice-wide rule for agency lists
FIRST_LISTED_LEADS = regex.compile(
    r"(?:排在?第一(?:位|个)?|排名第一|列(?:第一位|首位)|排在首位|第一个)(?:的)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"
)
# ，其他为配合单位 / ，其余单位为配合单位 right after that rule
OTHERS_PARTNER = regex.compile(r"[，,；;]?(?:其他|其余)(?:单位|部门)?(?:为|是)配合(?:单位|部门)")
# 任务落实情况 / 跟踪督办 / 督查督办 / 考核评估: a prose sentence about following up the tasks themselves
OVERSIGHT = regex.compile(r"(?:任务|工作)(?:落实|推进|完成|进展)(?:情况)?的?(?:跟踪|督办|督查|督促|调度|通报|考核)|跟踪督办|督查督办|督促检查")
# 建立联络员制度。: an item's short title before its first sentence
SHORT_TITLE = regex.compile(r"[^，,。；;：:\n]{2,24}。\s*")
# 一是 … 二是 …: inline enumeration inside a paragraph
INLINE_ITEM = regex.compile(r"(?<![\p{Han}])(?:[一二三四五六七八九十]{1,2})是|(?<=[。；：:])(?:[一二三四五六七八九十]{1,2})是")
# 重点任务 / 主要任务 / 任务分工 / 下一步工作打算 / 下步工作计划: a heading that introduces the task list
# (in a reply or a report, the work it plans next)
TASK_SECTION = regex.compile(
    r"重点任务|主要任务|工作任务|具体任务|任务分工|职责分工|重点工作|主要工作|任务清单"
    r"|下一步|下步工作|工作打算|工作计划|下一阶段|今后工作"
)
# 主要工作及成效 / 工作开展情况 / 发展现状 / 存在的问题: a heading that reports work done or the state of
# things (a reply, a report): its items are no tasks, whatever words they share with a task list
REPORTED = regex.compile(
    r"(?:工作|主要|取得的?|及|和|与)成效|(?:进展|开展|完成|落实|推进|办理|工作|基本|总体|建设|发展)情况"
    r"|现状|存在(?:的)?(?:主要)?(?:问题|困难|不足)"
)
# 附件1 / 附件 / 抄送： / 提案清单 / 建议清单: where the body ends and no prose task may start
BODY_END = regex.compile(r"^(?:附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$|抄送|抄报|提案清单|建议清单|办理清单)")
# 12 / ，。；: a row number, or sentence punctuation outside a bracketed note (责任单位（第一个为牵头，…）),
# never in a header cell: a body row whose words name 任务 and 单位 is no header
NOT_HEADER_CELL = regex.compile(r"^\d+$|[，,。；;]")
# （…） / (…): a bracketed note in a header cell
HEADER_NOTE = regex.compile(r"（[^（）]*）|\([^()]*\)")
# 。！？；: sentence ends (prose tasks are sentences)
SENTENCE = regex.compile(r"[^。！？；;!?]+[。！？；;!?]?")
# （以上改造涉及的工程投资…）: a bracketed remark opening a sentence, no part of the task
LEADING_REMARK = regex.compile(r"[（(][^（）()]*[）)]")
# 要 / 应 / 将 / 积极 / 共同 / 按职责分工: words between an agency and its role word (X要配合, X将会同, X按职责分工负责)
FILLER = regex.compile(r"(?:等(?:单位|部门)?)?(?:要|应当|应|须|需要|需|必须|将|积极|主动|共同|切实|全力|分别|按职责分工|按职责|依职责)*")
# 负责制 / 负责人 / 负责同志: 负责 that is not a role (主要领导负责制)
NOT_RESPONSIBLE = regex.compile(r"负责(?:制|人|同志)")
# 要 / 应 / 须 / 负责 after the agency that opens a sentence: it is the actor of the sentence
ACTOR_VERB = regex.compile(r"(?:等(?:单位|部门)?)?(?:要|应当|应|须|需|必须|负责(?![制人]))")
# 会同 / 联合: X会同Y — Y is the partner of the lead X
WITH = regex.compile(r"会同|联合")
# ，会同 / ，联合 after a role word: X牵头，联合Y — Y still partners X
WITH_AFTER_ROLE = regex.compile(r"[，,]?(?:会同|联合)")
# 建立由…牵头 / 成立由…负责: an attributive clause describing a body, not a task assignment
ATTRIBUTIVE = regex.compile(r"(?:建立|成立|组建|设立|已)由$")
# 2024年10月底前 / 2024年底之前: a dated phrase that says "by", a due date (截至2024年3月底 is an as-of date)
DUE_BY = regex.compile(r"(?:之前|以前|前)$")
# 完成 / 建成 after a date: 2024年12月底完成改造 is a due date too
DUE_VERB = regex.compile(r"(?:全面|基本)?(?:完成|建成)")
# 组织开展 / 通报 / 向市工信局报送 / 首月10日前: after 每年 / 每季度, words that make it the schedule
# of the work (每年服务企业100家 is a rate, not a schedule)
SCHEDULED = regex.compile(
    r"(?:向[^，,。；;]{1,15}?)?(?:定期|组织|集中)?"
    r"(?:开展|举办|召开|通报|报送|上报|调度|检查|督查|评估|发布|更新|汇总|征集|评选|遴选|梳理)"
    r"|(?P<due>[^，,。；;]{0,8}?前)"
)
# 按季度开展 / 每月通报: a recurrence phrase that already holds its verb
REC_WITH_VERB = regex.compile(r"(?:开展|报送|调度|更新|通报|召开|汇总|检查|评估)$|前$")
# 。 ） at a paragraph's end (spaces aside): the paragraph ends a sentence
ITEM_END = regex.compile(r"[。！？!?）)][ \t]*$")
# spaces, tabs, line ends
WHITESPACE = regex.compile(r"\s+")
# —— / / / 无: a deadline cell that states none
NO_DEADLINE = regex.compile(r"[—–\-－/／]*|无|暂无")
# 。；： ending a heading's title (（二）健全工作机制。建立… → （二）健全工作机制)
TITLE_END = regex.compile(r"[。；;：:]")
# 、 ， 和 及 与: what joins agencies into one group (A、B和C)
GROUP_JOINER = regex.compile(r"[、，,和及与]{1,2}|以及")
# 完成时限：2023年底 / 时间节点： … inside a task's clause: the task's deadline words (group d)
DEADLINE_CLAUSE = regex.compile(r"(?:完成时限|完成期限|时间节点|完成时间|时限)[：:](?P<d>[^；;。）)\n]+)")


@dataclass
class Heading:
    level: int
    title: str
    start: int  # paragraph start
    marker_end: int  # end of the 一、 / （一） marker
    end: int = 0  # end of the heading's section
    parent: "Heading | None" = None
    children: list["Heading"] = field(default_factory=list)


# ---------------------------------------------------------------- deadlines


def _apply_deadline(task: Task, text: str, reference: str | None) -> None:
    text = WHITESPACE.sub("", text or "")
    if not text or NO_DEADLINE.fullmatch(text):
        return
    deadline = parse_deadline(text, reference)
    if not (deadline.date or deadline.recurrence or deadline.flag or deadline.start):
        return
    task.deadline, task.deadline_start = deadline.date, deadline.start
    task.recurrence, task.deadline_flag = deadline.recurrence, deadline.flag
    task.deadline_raw = text if len(text) <= 20 else deadline.raw


# ---------------------------------------------------------------- task tables


@dataclass
class Columns:
    seq: int | None = None
    task: int | None = None
    categories: list[int] = field(default_factory=list)
    deadline: int | None = None
    agencies: dict[int, str] = field(default_factory=dict)  # column → role
    first_leads: set[int] = field(default_factory=set)

    @property
    def is_task_table(self) -> bool:
        return self.task is not None and bool(self.agencies or self.deadline is not None)


def _clean(text: str) -> str:
    return WHITESPACE.sub("", text or "")


def header_columns(header: list[str]) -> Columns:
    """Column roles of a task table from its header words."""
    cols = Columns()
    header = [_clean(h) for h in header]
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
        elif TASK_TEXT_HEADER.search(h):
            task_candidates.append((2, i))
        elif TASK_HEADER.search(h):
            task_candidates.append((1, i))
        elif CATEGORY_HEADER.search(h):
            cols.categories.append(i)
    if task_candidates:
        best = max(task_candidates, key=lambda c: (c[0], c[1]))  # a 内容 column, else the rightmost task column
        cols.task = best[1]
        cols.categories += [i for _, i in task_candidates if i != best[1]]
        cols.categories.sort()
    return cols


def _is_header_row(cells: list[str]) -> bool:
    if any(NOT_HEADER_CELL.search(HEADER_NOTE.sub("", _clean(c))) for c in cells):
        return False  # 定期通报各项任务推进情况，… | 领导小组各成员单位: a task row whose words look like labels
    cols = header_columns(cells)
    return cols.is_task_table and sum(1 for c in cells if _clean(c)) >= 2


def _repeats_header(cells: list[str], header: list[str]) -> bool:
    """A body row that reads as a header and shares its words: the header repeated at a page top."""
    shared = {_clean(c) for c in cells if _clean(c)} & {_clean(h) for h in header}
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


def _task_tables(doc) -> list[TaskTable]:
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
        if out and out[-1].header == [_clean(h) for h in header] and _continues(doc, out[-1], table, rows):
            # the header repeated at the top of the next page: the same table goes on (merged cells included)
            out[-1].rows.extend(Row(_fit(r.cells, out[-1].width, out[-1].cols)) for r in kept)
            out[-1].last_index = table.index
            continue
        out.append(TaskTable(cols, kept, table.index, [_clean(h) for h in header]))
    return [t for t in out if t.cols.is_task_table]


def _continues(doc, previous: TaskTable, table, rows) -> bool:
    """A headerless table right after a task table, as wide as it: the same table on the next page."""
    if table.index != previous.last_index + 1 or not previous.rows:
        return False
    between = doc.text[doc.tables[previous.last_index].char_end : table.char_start]
    return abs(max(len(r) for r in rows) - previous.width) <= 1 and "附件" not in between and len(between) < 200


Cells = list[tuple[str, list[tuple[int, int]]]]  # per column: (text, spans it came from)


def _merge_split_rows(cols: Columns, rows: list[Row]) -> list[Cells]:
    """Rows as cells of (text, spans); a row continued across a page joins the row it continues.

    In a numbered table a row without a number of its own (or with the number above, when the
    backend filled merged cells) and without a different lead agency is the rest of the row above.
    """
    merged: list[Cells] = []
    numbered = cols.seq is not None and sum(1 for r in rows if _clean(r.text(cols.seq))) > len(rows) / 2
    lead_col = next((c for c, role in cols.agencies.items() if role == "lead"), None)
    for row in rows:
        cells = [(t, [(s, e)] if e > s else []) for t, s, e in row.cells]
        if merged and numbered and _continues_row(row, merged[-1], cols, lead_col):
            _append_cells(merged[-1], cells, cols)
        else:
            merged.append(cells)
    return merged


def _continues_row(row: Row, previous: Cells, cols: Columns, lead_col: int | None) -> bool:
    seq = _clean(row.text(cols.seq))
    if seq and seq != _clean(_first(previous, cols.seq)):
        return False
    if seq and _clean(row.text(cols.task)) == _clean(_first(previous, cols.task)):
        return False  # the same task again under a filled number: a repeated row, not a continuation
    lead = _clean(row.text(lead_col)) if lead_col is not None else ""
    return not lead or lead == _clean(_first(previous, lead_col))


def _first(cells: Cells, col: int | None) -> str:
    return cells[col][0] if col is not None and col < len(cells) else ""


def _append_cells(target: Cells, cells: Cells, cols: Columns) -> None:
    for k, (text, spans) in enumerate(cells):
        if k >= len(target) or not text.strip() or k in cols.categories or k == cols.seq:
            continue
        old_text, old_spans = target[k]
        if _clean(text) != _clean(old_text):
            target[k] = (old_text + text, old_spans + spans)


def _table_tasks(doc, resolver: Resolver, reference: str | None) -> list[Task]:
    tasks: list[Task] = []
    for table in _task_tables(doc):
        cols = table.cols
        above: dict[int, str] = {}
        for cells in _merge_split_rows(cols, table.rows):
            for c in cols.categories:  # a blank category cell under a merged cell takes the value above
                if c < len(cells) and _clean(cells[c][0]):
                    above[c] = _clean(cells[c][0])
                    # a new upper category resets the lower ones that were filled down
                    for lower in cols.categories:
                        if lower > c and lower < len(cells) and not _clean(cells[lower][0]):
                            above.pop(lower, None)
            text, spans = cells[cols.task] if cols.task < len(cells) else ("", [])
            if not _clean(text) or not spans:
                continue
            start, end = spans[0][0], spans[-1][1]
            category = "/".join(above[c] for c in cols.categories if c in above) or None
            task = Task(
                char_start=start, char_end=end, evidence=doc.text[start:end], page=doc.page_at(start),
                section_path=_section_path(doc, start), category=category, text=text.strip(),
            )
            if cols.deadline is not None and cols.deadline < len(cells):
                _apply_deadline(task, cells[cols.deadline][0], reference)
            for col in sorted(cols.agencies, key=lambda c: ("lead", "responsible", "partner").index(cols.agencies[c])):
                if col >= len(cells):
                    continue
                for k, (s, e) in enumerate(_cell_items(doc, cells[col][1])):
                    role = "lead" if col in cols.first_leads and k == 0 else cols.agencies[col]
                    task.agencies.append(resolver.mention(doc, s, e, role))
            tasks.append(task)
    return tasks


def table_agency_spans(doc) -> list[tuple[int, int]]:
    """Spans of the agencies in the agency columns of every task table (for the agencies extractor)."""
    spans = []
    for table in _task_tables(doc):
        for row in table.rows:
            for col in table.cols.agencies:
                if col < len(row.cells):
                    text, s, e = row.cells[col]
                    spans.extend((a, b) for _, a, b in split_agency_list(text, s))
    return spans


def _cell_items(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        out.extend((a, b) for _, a, b in split_agency_list(doc.text[s:e], s))
    return out


# ---------------------------------------------------------------- body outline


def _section_path(doc, start: int) -> str | None:
    section = doc.section_at(start) if doc.sections else None
    return section.path if section else None


def _heading_title(text: str) -> str:
    """``（二）健全工作机制。建立…`` → ``（二）健全工作机制``."""
    cut = TITLE_END.search(text)
    title = text[: cut.start()] if cut else text
    return title if len(title) <= 40 else title[:40]


def parts(doc) -> list[list[tuple[int, int]]]:
    """Paragraphs split into the body and the parts after it (each attachment, 抄送, a proposal list).

    The first part is the notice's body (the only place prose tasks are read); each later part
    restarts the heading tree.
    """
    out: list[list[tuple[int, int]]] = [[]]
    for start, end in doc.paragraphs:
        if BODY_END.match(_clean(doc.text[start:end])):
            out.append([])
        out[-1].append((start, end))
    return [p for p in out if p] or [[]]


def outline(doc, paragraphs: list[tuple[int, int]]) -> list[Heading]:
    """The heading tree of the body paragraphs (一、 → （一） → 1. → （1） → ①)."""
    headings: list[Heading] = []
    stack: list[Heading] = []
    for start, end in paragraphs:
        m = HEADING.match(doc.text, start, end)
        if not m:
            continue
        level = next(int(k[1]) for k, v in m.groupdict().items() if v)
        while stack and stack[-1].level >= level:
            stack.pop()
        heading = Heading(level, _heading_title(doc.text[start:end]), start, m.end(), parent=stack[-1] if stack else None)
        if heading.parent:
            heading.parent.children.append(heading)
        headings.append(heading)
        stack.append(heading)
    body_end = paragraphs[-1][1] if paragraphs else 0
    for i, heading in enumerate(headings):
        heading.end = next((h.start for h in headings[i + 1 :] if h.level <= heading.level), body_end)
    _bound_last_items(doc.text, headings, paragraphs)
    return headings


def _bound_last_items(text: str, headings: list[Heading], paragraphs: list[tuple[int, int]]) -> None:
    """The last item of a list runs on to the next heading: over a closing remark (同时，我局将…),
    thanks (感谢您…) or the signature. When its siblings are one paragraph each, so is it."""
    groups: dict[int, list[Heading]] = {}
    for heading in headings:
        groups.setdefault(id(heading.parent), []).append(heading)
    for siblings in groups.values():
        if len(siblings) < 3 or any(h.children for h in siblings):
            continue
        if all(_paragraph_count(paragraphs, h) == 1 for h in siblings[:-1]):
            last = siblings[-1]
            first = next(((s, e) for s, e in paragraphs if s <= last.start < e), None)
            # a paragraph that stops mid-sentence (责任单位：| page break | 各县…) goes on in the next one
            if first and ITEM_END.search(text, first[0], first[1]):
                last.end = first[1]


def _paragraph_count(paragraphs: list[tuple[int, int]], heading: Heading) -> int:
    return sum(1 for s, _ in paragraphs if heading.start <= s < heading.end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _path_titles(heading: Heading | None) -> list[str]:
    titles = []
    while heading is not None:
        titles.append(heading.title)
        heading = heading.parent
    return titles[::-1]


def _items(doc, headings: list[Heading]) -> list[tuple[int, int, str, bool]]:
    """(start, end, category, listed) of numbered items: those of a task-list section (listed), and
    any other leaf item, which counts only if it assigns agencies explicitly (（责任单位：…）).
    Items under a heading that reports work done are neither."""
    items: list[tuple[int, int, str, bool]] = []
    listed: set[int] = set()
    for heading in headings:
        if not _lists_tasks(heading) or heading.start in listed or _reported(heading):
            continue
        if not _holds_items(doc, heading):
            continue  # （二）制定工作计划: an item that names a list, not a list
        if any(_lists_tasks(h) and _holds_items(doc, h) for h in _descendants(heading)):
            continue  # 四、下一步工作计划 over （二）明确重点任务: the narrower list is the task list
        leaves = [h for h in _descendants(heading) if not h.children] or [heading]
        for leaf in leaves:
            inline = _inline_items(doc, leaf)
            if inline:
                items.extend((s, e, leaf.title, True) for s, e in inline)
            elif leaf is not heading:
                end = _trim_end(doc.text, leaf.marker_end, leaf.end)
                items.append((leaf.marker_end, end, leaf.parent.title if leaf.parent else heading.title, True))
        listed.update(h.start for h in [heading, *_descendants(heading)])
    for leaf in headings:
        if leaf.children or leaf.start in listed or _reported(leaf):
            continue
        category = leaf.parent.title if leaf.parent else leaf.title
        inline = _inline_items(doc, leaf)
        spans = inline or [(leaf.marker_end, _trim_end(doc.text, leaf.marker_end, leaf.end))]
        items.extend((s, e, leaf.title if inline else category, False) for s, e in spans)
    return sorted(items)


def _lists_tasks(heading: Heading) -> bool:
    return bool(TASK_SECTION.search(heading.title)) and not REPORTED.search(heading.title)


def _holds_items(doc, heading: Heading) -> bool:
    return bool(heading.children) or bool(_inline_items(doc, heading))


def _is_section(heading: Heading) -> bool:
    """一、 headings and headings with items under them are sections; a leaf below 一、 is an item."""
    return bool(heading.children) or heading.level == 1


def _reported(heading: Heading) -> bool:
    """Whether a section above a heading (or the heading, when it is a section) reports work done
    (二、主要工作及成效); an item's own title may say 情况 (（三）建立推进情况通报制度) and still be a task."""
    section: Heading | None = heading if _is_section(heading) else heading.parent
    while section is not None:
        if REPORTED.search(section.title):
            return True
        section = section.parent
    return False


def _descendants(heading: Heading) -> list[Heading]:
    out = []
    for child in heading.children:
        out.append(child)
        out.extend(_descendants(child))
    return out


def _inline_items(doc, heading: Heading) -> list[tuple[int, int]]:
    """一是…二是… inside a heading's section: the spans after each enumerator."""
    text = doc.text
    section_end = heading.children[0].start if heading.children else heading.end
    marks = [m for m in INLINE_ITEM.finditer(text, heading.marker_end, section_end)]
    if len(marks) < 2 or not marks[0].group(0).startswith("一"):
        return []
    spans = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else section_end
        spans.append((m.end(), _trim_end(text, m.end(), end)))
    return spans


# ---------------------------------------------------------------- agencies of a body item


def _role_word(text: str, at: int) -> tuple[str | None, int]:
    """The role the words at ``at`` give the agency before them (X牵头 / X负责 / X要配合 / X会同)."""
    filler = FILLER.match(text, at)
    pos = filler.end() if filler else at
    if NOT_RESPONSIBLE.match(text, pos):
        return None, at
    roles = knowledge().role_words
    for role in ("lead", "responsible", "partner"):
        for word in roles[role]:
            if len(word) <= 2 and text.startswith(word, pos):
                return role, pos + len(word)
    linked = WITH.match(text, pos)
    return ("with", linked.end()) if linked else (None, at)


def _groups(text: str, mentions: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Mentions joined by 、，和及与 (A、B和C) form one group that a role word after them governs."""
    groups: list[list[tuple[int, int]]] = []
    for s, e in mentions:
        if groups and GROUP_JOINER.fullmatch(text, groups[-1][-1][1], s):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    return groups


def prose_roles(text: str, mentions: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, role) of agencies that role words assign in a sentence (由X牵头会同Y, X负责，Y配合)."""
    out: list[tuple[int, int, str]] = []
    groups = _groups(text, mentions)
    k = 0
    while k < len(groups):
        group = groups[k]
        if ATTRIBUTIVE.search(text, 0, group[0][0]):
            k += 1
            continue
        role, after = _role_word(text, group[-1][1])
        if role == "with":  # X会同Y: X leads, Y partners
            out.extend((s, e, "lead") for s, e in group)
            if k + 1 < len(groups) and groups[k + 1][0][0] - after <= 2:
                out.extend((s, e, "partner") for s, e in groups[k + 1])
                k += 1
        elif role:
            out.extend((s, e, role) for s, e in group)
            nxt = WITH_AFTER_ROLE.match(text, after)
            if nxt and k + 1 < len(groups) and groups[k + 1][0][0] - nxt.end() <= 1:
                out.extend((s, e, "partner") for s, e in groups[k + 1])
                k += 1
        k += 1
    return out


def _clause_agencies(doc, start: int, end: int) -> tuple[list[tuple[int, int, str]], str | None, int]:
    """Agencies of ``牵头单位：…；责任单位：…`` clauses in a span, any deadline clause, and where they begin."""
    text = doc.text
    labels = {w: role for role, words in knowledge().role_words.items() for w in words if len(w) > 2}
    out: list[tuple[int, int, str]] = []
    deadline, first = None, end
    for label, label_start, list_start, list_end in role_clauses(text, start, end):
        first = min(first, label_start)
        out.extend((s, e, labels[label]) for _, s, e in split_agency_list(text[list_start:list_end], list_start))
    for m in DEADLINE_CLAUSE.finditer(text, start, end):
        first = min(first, m.start())
        deadline = m.group("d")
    if out or deadline:
        # a clause inside （…）: the task text ends before the bracket
        bracket = text.rfind("（", start, first)
        if bracket >= 0 and "）" not in text[bracket:first]:
            first = bracket
    return out, deadline, first


def _trailing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The （…） group that closes an item (before a final 。), as the inner span."""
    e = end
    while e > start and text[e - 1] in "。；; \n":
        e -= 1
    if e <= start or text[e - 1] not in "）)":
        return None
    depth = 0
    for i in range(e - 1, start - 1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            depth -= 1
            if depth == 0:
                return i + 1, e - 1
    return None


def _mentions_in(index, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.char_start, m.char_end) for m in (index.mentions if index else []) if start <= m.char_start and m.char_end <= end]


def _explicit_agencies(doc, start: int, end: int, index) -> tuple[list[tuple[int, int, str]], str | None, int]:
    """Agencies an item assigns in so many words — role clauses, or a closing parenthesis of agencies
    with or without role words — its deadline clause, and where the task's own text ends."""
    text = doc.text
    clauses, deadline_words, clause_start = _clause_agencies(doc, start, end)
    if clauses or deadline_words:
        return clauses, deadline_words, clause_start
    bracket = _trailing_bracket(text, start, end)
    if bracket:
        inner_s, inner_e = bracket
        inner = text[inner_s:inner_e]
        deadline = _bracket_deadline(inner)
        inner_mentions = _mentions_in(index, inner_s, inner_e)
        by_words = prose_roles(text, inner_mentions) if inner_mentions else []
        if by_words:  # （市发改委牵头，市财政局配合，2024年底前完成）
            return by_words, deadline, inner_s - 1
        if bracket_agency_lists(text[inner_s - 1 : inner_e + 1], inner_s - 1):
            return [(s, e, "responsible") for _, s, e in split_agency_list(inner, inner_s)], None, inner_s - 1
        if deadline and _is_deadline_phrase(inner):  # （2024年底前完成）
            return [], deadline, inner_s - 1
        listed = _agencies_then_schedule(text, inner_s, inner_e)
        if listed:  # （市通信发展办、各基础电信企业，持续推进）
            return [(s, e, "responsible") for _, s, e in split_agency_list(text[inner_s:listed], inner_s)], \
                text[listed + 1:inner_e], inner_s - 1
    return [], None, end


def _agencies_then_schedule(text: str, inner_s: int, inner_e: int) -> int | None:
    """Where the agency list of ``（A、B，持续推进）`` ends: at the last comma, when the words after it are
    a schedule and those before it all agencies."""
    cut = max(text.rfind("，", inner_s, inner_e), text.rfind(",", inner_s, inner_e))
    if cut <= inner_s or not _is_deadline_phrase(text[cut + 1:inner_e]):
        return None
    items = split_agency_list(text[inner_s:cut], inner_s)
    return cut if items and all(is_agency_like(name) for name, _, _ in items) else None


def _bracket_deadline(inner: str) -> str | None:
    """The first deadline or recurrence phrase inside an item's closing parenthesis, as written."""
    found = find_deadlines(inner)
    return found[0].raw if found else None


def _is_deadline_phrase(text: str) -> bool:
    """（2024年底前完成）: a parenthesis that holds nothing but a deadline."""
    return is_deadline_phrase(WHITESPACE.sub("", text).removesuffix("完成")) or is_deadline_phrase(text)


def _item_task(doc, item: tuple[int, int, str, bool], resolver: Resolver, index, reference) -> Task | None:
    """The task of a numbered item; None for an item outside the task list that names no agency."""
    start, end, category, listed = item
    text = doc.text
    agencies, deadline_words, task_end = _explicit_agencies(doc, start, end, index)
    if not agencies and not listed:
        return None  # outside the task list only a named agency makes an item a task
    if not agencies:
        agencies = _actor_agencies(doc, start, task_end, index)
    task_end = _trim_end(text, start, task_end)
    if task_end - start < 2:
        return None  # a bare number with nothing after it
    task = Task(
        char_start=start, char_end=task_end, evidence=text[start:task_end], page=doc.page_at(start),
        section_path=_section_path(doc, start), category=category, text=text[start:task_end],
    )
    deadline_words = deadline_words or _text_deadline(text, start, task_end, reference)
    if deadline_words:
        _apply_deadline(task, deadline_words, reference)
    task.agencies = [resolver.mention(doc, s, e, role) for s, e, role in agencies]
    return task


def _text_deadline(text: str, start: int, end: int, reference) -> str | None:
    """The schedule an item's own words set, when no clause or parenthesis gives one: the first
    due date (2024年10月底前完成…), else a recurrence that schedules an action (每年组织开展…,
    每季度首月10日前报送…, 每季度向X报送…), else ongoing words (持续推进…, 常态化开展…): work
    with no end date. ``每年服务企业100家`` is a rate, not a schedule."""
    found = find_deadlines(text, reference, start, end)
    for d in found:
        if (d.date or d.flag) and not d.start and (DUE_BY.search(d.raw) or DUE_VERB.match(text, d.char_end)):
            return d.raw
    for d in found:
        if d.recurrence not in ("annual", "quarterly", "monthly"):
            continue
        if REC_WITH_VERB.search(d.raw):
            return d.raw
        after = SCHEDULED.match(text, d.char_end, end)
        if after:
            return text[d.char_start : after.end()] if after.group("due") else d.raw
    return next((d.raw for d in found if d.recurrence == "ongoing"), None)


def _actor_agencies(doc, start: int, end: int, index) -> list[tuple[int, int, str]]:
    """Agencies that a sentence of the item opens with as its actor (各电信运营企业要…), or role words."""
    text = doc.text
    out: list[tuple[int, int, str]] = []
    for sentence in SENTENCE.finditer(text, start, end):
        mentions = _mentions_in(index, sentence.start(), sentence.end())
        if not mentions:
            continue
        by_words = prose_roles(text, mentions)
        if by_words:
            out.extend(by_words)
            continue
        group = _groups(text, mentions)[0]
        if group[0][0] == sentence.start() and ACTOR_VERB.match(text, group[-1][1]):
            if not NOT_RESPONSIBLE.match(text, group[-1][1]):
                out.extend((s, e, "responsible") for s, e in group)
    seen, unique = set(), []
    for s, e, role in out:
        key = (text[s:e], role)
        if key not in seen:
            seen.add(key)
            unique.append((s, e, role))
    return unique


# ---------------------------------------------------------------- prose tasks


def _sentences(doc, paragraphs, skip: list[tuple[int, int]]):
    for start, end in paragraphs:
        if any(s <= start and end <= e for s, e in skip):
            continue
        for m in SENTENCE.finditer(doc.text, start, end):
            s = m.start()
            remark = LEADING_REMARK.match(doc.text, s, m.end())
            if remark:
                s = remark.end()
            while s < m.end() and doc.text[s] in " \t":
                s += 1
            if m.end() - s >= 6:
                yield s, m.end()


def _opening_deadline(doc, start: int, end: int, reference):
    """A deadline phrase that opens a sentence and is followed by a comma: (deadline, after comma)."""
    text = doc.text
    found = find_deadlines(text[start:end], reference)
    if not found:
        return None
    first = found[0]
    if first.char_start != 0:
        return None
    after = start + first.char_end
    if after < end and text[after] in "，,":
        return first, after + 1
    return None


def _prose_tasks(doc, paragraphs, headings, skip, resolver, index, reference) -> list[Task]:
    text = doc.text
    tasks = []
    for start, end in _sentences(doc, paragraphs, skip):
        mentions = _mentions_in(index, start, end)
        if not mentions:
            continue
        roles = prose_roles(text, mentions)
        kinds = {role for _, _, role in roles}
        opener = _opening_deadline(doc, start, end, reference)
        if opener and opener[0].date and reference and opener[0].date < reference:
            continue  # 2023年，各单位认真贯彻落实… in a notice of 2024: work reported done, not assigned
        actor = None
        if opener and mentions[0][0] == opener[1]:
            actor = opener
        elif not roles:
            actor = _actor_with_due_date(doc, start, end, mentions, reference)
        if not ("lead" in kinds or len(kinds) >= 2 or actor):
            continue
        if OVERSIGHT.search(text, start, end):
            continue  # 会同有关部门加强对任务落实情况的跟踪督办: watching over the tasks is no task of its own
        if actor and not roles:
            group = _groups(text, mentions)[0]
            roles = [(s, e, "responsible") for s, e in group]
        task_end = _trim_end(text, start, end)
        heading = _heading_at(headings, start)
        if heading is not None and SHORT_TITLE.fullmatch(text, heading.marker_end, start):
            start = heading.marker_end  # （二）建立联络员制度。各成员单位要…: the item's title opens its task
        task = Task(
            char_start=start, char_end=task_end, evidence=text[start:task_end], page=doc.page_at(start),
            section_path=_section_path(doc, start), category="/".join(_path_titles(heading)) or None,
            text=text[start:task_end],
        )
        if actor:
            _apply_deadline(task, actor[0].raw, reference)
        else:  # 由X牵头，会同Y于2022年10月底前研究制定…: the sentence's own due date or schedule
            words = _text_deadline(text, start, task_end, reference)
            if words:
                _apply_deadline(task, words, reference)
        task.agencies = [resolver.mention(doc, s, e, role) for s, e, role in roles]
        tasks.append(task)
    return tasks


def _actor_with_due_date(doc, start: int, end: int, mentions, reference):
    """A sentence that opens with its actor and sets a due date (各成员单位要…，于2020年6月15日前报送…):
    (the due date, None); None when it does not (an exhortation without a date is no task)."""
    text = doc.text
    group = _groups(text, mentions)[0]
    if group[0][0] != start or not ACTOR_VERB.match(text, group[-1][1]) or NOT_RESPONSIBLE.match(text, group[-1][1]):
        return None
    for d in find_deadlines(text, reference, start, end):
        if d.date and not d.start and DUE_BY.search(d.raw):
            return d, None
    return None


def _heading_at(headings: list[Heading], pos: int) -> Heading | None:
    best = None
    for h in headings:
        if h.start <= pos < h.end and (best is None or h.level >= best.level):
            best = h
    return best


def _restates(task: Task, table_tasks: list[Task]) -> bool:
    """A prose task that a table row already holds: an agency in common and the same timing."""
    mine = {m.canonical for m in task.agencies}
    for other in table_tasks:
        if (other.deadline, other.recurrence) == (task.deadline, task.recurrence) and mine & {
            m.canonical for m in other.agencies
        }:
            return True
    return False


@register("tasks", "2")
def extract(doc, prior) -> list[Task]:
    index = prior.get("agencies")
    meta = prior.get("metadata")
    resolver = resolver_for(index, meta)
    reference = getattr(meta, "issue_date", None)
    table_tasks = _table_tasks(doc, resolver, reference)
    sections = parts(doc)
    body = sections[0]
    item_tasks: list[Task] = []
    skip: list[tuple[int, int]] = []  # whole items that made a task: their agency notes make no prose task
    if not table_tasks:  # a task table is the breakdown of the numbered items: they would count twice
        for part in sections:
            for item in _items(doc, outline(doc, part)):
                task = _item_task(doc, item, resolver, index, reference)
                if task is not None:
                    item_tasks.append(task)
                    skip.append((item[0], item[1]))
    headings = outline(doc, body)
    # sentences of a task item, or of a section reporting work done (由X牵头…, in the past), make no prose task
    skip += [(h.start, h.end) for h in headings if _is_section(h) and REPORTED.search(h.title)]
    prose = [
        t for t in _prose_tasks(doc, body, headings, skip, resolver, index, reference)
        if not _restates(t, table_tasks) and not any(s <= t.char_start < e for s, e in skip)
    ]
    tasks = sorted(table_tasks + item_tasks + prose, key=lambda t: t.char_start)
    first_leads = FIRST_LISTED_LEADS.search(doc.text)  # 各项任务责任单位排在第一位的为牵头单位
    if first_leads:
        others = "partner" if OTHERS_PARTNER.match(doc.text, first_leads.end()) else "responsible"
        for task in item_tasks:
            _first_listed_leads(task, others)
    for seq, task in enumerate(tasks, 1):
        task.seq = seq
    return tasks


def _first_listed_leads(task: Task, others: str) -> None:
    """A task that names no lead: its first responsible agency leads it, as the notice says, and the
    others take the role it gives them (其他为配合单位: partner)."""
    listed = [a for a in task.agencies if a.role == "responsible"]
    if not listed or any(a.role == "lead" for a in task.agencies):
        return
    listed[0].role = "lead"
    for agency in listed[1:]:
        agency.role = others
