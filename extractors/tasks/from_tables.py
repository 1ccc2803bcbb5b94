"""Tasks from task tables: one task per body row, with its category, agencies by column role and
deadline cell.

Reads the tables :mod:`extractors.task_tables` finds; category cells left blank under a merged cell
take the value above, and a row continued on the next page is joined to its first part. Returns
:class:`Task` records whose agencies the notice's resolver names.
"""
from __future__ import annotations

import regex

from extractors.agency_names import Resolver, knowledge, split_agency_list
from extractors.task_tables import TOTAL_ROW, Columns, Row, clean, find_task_tables
from extractors.tasks.outline import section_path
from extractors.tasks.schedule import apply_deadline
from pipeline.structure import AGENCY_LINE  # one definition of a line that is nothing but an agency's name
from schemas.records import Task

# 2025—2026年 / 2024年至2026年: the period a project list's lead line sets (2025—2026年重点项目清单如下：)
LEAD_PERIOD = regex.compile(r"(?:19|20)\d{2}\s*年?\s*(?:[—–\-－~～至到])\s*(?:19|20)\d{2}\s*年")
# 120 / 85户 / 3.5万亩 / 60%: a cell holding a figure alone (an allocation table's share, its column read for the tasks)
BARE_FIGURE = regex.compile(r"[\d.,，、%％\s]*\d[\d.,，、%％\s]*(?:[万亿千百])?\p{Han}{0,2}")
#: the longest line before a table that is read as its lead (its title, 重点项目清单如下：)
_LEAD_CHARS = 60

Cells = list[tuple[str, list[tuple[int, int]]]]  # per column: (text, spans it came from)


def _merge_split_rows(cols: Columns, rows: list[Row]) -> list[Cells]:
    """Rows as cells of (text, spans); a row continued across a page joins the row it continues.

    In a numbered table a row without a number of its own (or with the number above, when the
    backend filled merged cells) and without a different lead agency is the rest of the row above.
    """
    merged: list[Cells] = []
    numbered = cols.seq is not None and sum(1 for r in rows if clean(r.text(cols.seq))) > len(rows) / 2
    lead_col = next((c for c, role in cols.agencies.items() if role == "lead"), None)
    for row in rows:
        cells = [(t, [(s, e)] if e > s else []) for t, s, e in row.cells]
        if merged and numbered and _continues_row(row, merged[-1], cols, lead_col):
            _append_cells(merged[-1], cells, cols)
        else:
            merged.append(cells)
    return merged


def _continues_row(row: Row, previous: Cells, cols: Columns, lead_col: int | None) -> bool:
    if TOTAL_ROW.match(clean(row.text(cols.task))):
        return False  # a 合计 row without a number adds up the rows above: no part of the last one
    seq = clean(row.text(cols.seq))
    if seq and seq != clean(_first(previous, cols.seq)):
        return False
    if seq and clean(row.text(cols.task)) == clean(_first(previous, cols.task)):
        return False  # the same task again under a filled number: a repeated row, not a continuation
    lead = clean(row.text(lead_col)) if lead_col is not None else ""
    return not lead or lead == clean(_first(previous, lead_col))


def _first(cells: Cells, col: int | None) -> str:
    return cells[col][0] if col is not None and col < len(cells) else ""


def _append_cells(target: Cells, cells: Cells, cols: Columns) -> None:
    for k, (text, spans) in enumerate(cells):
        if k >= len(target) or not text.strip() or k in cols.categories or k == cols.seq:
            continue
        old_text, old_spans = target[k]
        if clean(text) != clean(old_text):
            target[k] = (old_text + text, old_spans + spans)


def table_tasks_by_kind(doc, resolver: Resolver, reference: str | None) -> tuple[list[Task], list[Task]]:
    """The tasks of the task tables of ``doc`` (one per body row): of tables breaking work down (任务分工表), and of
    tables listing projects (项目名称 | 建设内容 | 牵头单位), which are works of their own beside the measures."""
    breakdown: list[Task] = []
    projects: list[Task] = []
    for table in find_task_tables(doc):
        tasks = projects if table.lists_projects else breakdown
        cols = table.cols
        period = _lead_period(doc, table) if table.lists_projects and cols.deadline is None else None
        above: dict[int, str] = {}
        for cells in _merge_split_rows(cols, table.rows):
            for c in cols.categories:  # a blank category cell under a merged cell takes the value above
                if c < len(cells) and clean(cells[c][0]):
                    above[c] = clean(cells[c][0])
                    # a new upper category resets the lower ones that were filled down
                    for lower in cols.categories:
                        if lower > c and lower < len(cells) and not clean(cells[lower][0]):
                            above.pop(lower, None)
            text, spans = cells[cols.task] if cols.task < len(cells) else ("", [])
            if not clean(text) or not spans or TOTAL_ROW.match(clean(text)) or BARE_FIGURE.fullmatch(clean(text)):
                continue  # an empty task cell, a 合计 row adding up the projects above, or a figure alone (某镇 | 120 |
                # 2024年10月底前: each place's share of a goal, no work named)
            start, end = spans[0][0], spans[-1][1]
            category = "/".join(above[c] for c in cols.categories if c in above) or None
            task = Task(
                char_start=start, char_end=end, evidence=doc.text[start:end], page=doc.page_at(start),
                section_path=section_path(doc, start), category=category, text=text.strip(),
            )
            if cols.deadline is not None and cols.deadline < len(cells):
                apply_deadline(task, cells[cols.deadline][0], reference)
            elif period:  # no time column: the projects are built over the period the list is for
                apply_deadline(task, period, reference)
            for col in sorted(cols.agencies, key=lambda c: ("lead", "responsible", "partner").index(cols.agencies[c])):
                if col >= len(cells):
                    continue
                for k, (s, e) in enumerate(_cell_items(doc, cells[col][1])):
                    role = "lead" if col in cols.first_leads and k == 0 else cols.agencies[col]
                    task.agencies.append(resolver.mention(doc, s, e, role))
            tasks.append(task)
    return breakdown, projects


def _lead_period(doc, table) -> str | None:
    """The period (2025—2026年) the short line right before a project table names, else None."""
    starts = [s for row in table.rows for _, s, e in row.cells if e > s]
    if not starts:
        return None
    first = min(starts)
    before = [(s, e) for s, e in doc.paragraphs if e <= first]
    if not before:
        return None
    s, e = before[-1]
    line = doc.text[s:e].strip()
    found = LEAD_PERIOD.search(line) if len(line) <= _LEAD_CHARS else None
    return found.group() if found else None


def _cell_items(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        for _, a, b in split_agency_list(doc.text[s:e], s):
            out.extend(_stacked(doc, a, b))
    return out


def _stacked(doc, start: int, end: int) -> list[tuple[int, int]]:
    """A cell item whose lines were units stacked one per line (市工信局<br>市自然资源和规划局, glued by normalization):
    one span per line when each line is a whole unit's name and each after the first opens as a unit's name does
    (a level word: 市, 县, 各 …); a name wrapped over two lines (市自然资源和规 / 划局) stays whole."""
    cuts = [start] + doc.line_breaks(start, end) + [end]
    lines = [(a, b) for a, b in zip(cuts, cuts[1:])]
    if len(lines) < 2:
        return [(start, end)]
    names = [doc.text[a:b].strip() for a, b in lines]
    opens = knowledge().actor_start
    if all(AGENCY_LINE.fullmatch(n) for n in names) and all(opens.match(n) for n in names[1:]):
        return lines
    return [(start, end)]
