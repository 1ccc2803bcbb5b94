"""A table of standards by row: one column of labels (a level, a class, a thing), every other column a measure whose
cells are figures only::

    学校类别 | 生均公用经费标准 | 补助比例
    小学     | 700元            | 60%
    初中     | 900元            | 50%

Each figure is one fact in the issuer's region, named by its row's label and its column's words (小学生均公用经费标准);
a 合计 row's figure is the column's total (总分值). A column of money or shares given (报销比例, 补助金额) is support,
a column of thresholds or scores (起付标准, 最高限额, 分值) a requirement, any other column as the table's title says
(goals, a report, national thresholds). A cell that sets nothing (不设, 无) is left out.
"""
from __future__ import annotations

import regex

from extractors.numbers import find_quantities
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.rules import SUPPORT_CUE
from extractors.targets.tables.layout import (BARE_NUMBER, EMPTY_CELL, SERIAL_HEADER, TOTAL_ROW, cell_quantity,
                                              column_cells, date_of_title, descriptive_column, header_unit,
                                              header_words, table_kind, title_unit)
from pipeline.model import Table

# a cell that sets nothing: 不设 / 无 / 不限 / 暂无
NOTHING_SET = regex.compile(r"^(?:不设|不限|暂无|无|—|/)$")
# a header of a threshold or a score a rule sets: 起付标准 / 最高支付限额 / 门槛 / 分值 / 上限
RULE_HEADER = regex.compile(r"标准|起付|门槛|限额|上限|下限|封顶|分值|分数|要求|条件")
# a header naming its figures' unit in its words: 分值 / 分数 / 得分 → 分
UNIT_WORDS = {regex.compile(r"(?:分值|分数|得分)$"): "分"}
# a note in brackets inside a row's label, no part of its name: 一类地区（省会城市市区） → 一类地区
LABEL_NOTE = regex.compile(r"[（(][^（）()]*[）)]")
#: the fewest rows of labels such a table has
_MIN_ROWS = 2


def row_label_header(table: Table, header: list[str], n_header: int) -> tuple[list[str], int]:
    """The header of such a table: the one found, else its first row when every cell of it is words (就诊机构 |
    住院起付线 | 住院报销比例 with no header word the other readers know)."""
    if n_header or len(table.rows) < 2 or not all(cell.text.strip() and not _figure_cell(cell.text.strip())
                                                  for cell in table.rows[0]):
        return header, n_header
    return [cell.text for cell in table.rows[0]], 1


def row_label_columns(table: Table, header: list[str], n_header: int) -> tuple[int, list[int]] | None:
    """(label column, figure columns) of a table of standards by row; None for any other table (a column of words
    beside the labels, a column mixing words and figures, too few rows)."""
    rows = [row for row in table.rows[n_header:] if any(cell.text.strip() for cell in row)]
    if not n_header or len(rows) < _MIN_ROWS:
        return None
    labels, figures = [], []
    for col, head in enumerate(header):
        cells = [cell.strip() for cell in column_cells(rows, col)]
        if SERIAL_HEADER.fullmatch(head.strip()) or not any(cells):
            continue
        filled = [cell for cell in cells if cell and not EMPTY_CELL.match(cell) and not NOTHING_SET.match(cell)]
        if filled and all(_figure_cell(cell) for cell in filled) and not descriptive_column(head, cells):
            figures.append(col)
        elif all(cell and not _figure_cell(cell) for cell in cells[:-1]):
            labels.append(col)  # the last row may be a 合计 with its label in the serial column
        else:
            return None
    # one column of labels, before the figures; any other column of words only describes (主要评分依据, 备注)
    if not labels or not figures or labels[0] > min(figures) or not all(header_words(header[c]) for c in figures) \
            or not all(descriptive_column(header[c], column_cells(rows, c)) for c in labels[1:]):
        return None
    return labels[0], figures


def _figure_cell(cell: str) -> bool:
    """A cell that is one figure and nothing else: 25 / 50元 / 70% / ≥3.5."""
    if BARE_NUMBER.match(cell):
        return True
    found = find_quantities(cell, 0, len(cell))
    return len(found) == 1 and found[0].start <= 1 and found[0].end >= len(cell) - 2


def read_row_label_table(ctx: Context, table: Table, header: list[str], n_header: int, title: str,
                         columns: tuple[int, list[int]], out: list[Candidate]) -> None:
    """One fact per row and figure column, named by the row's label and the column's words."""
    label_col, figure_cols = columns
    kind = table_kind(title, header)
    title_date = date_of_title(ctx, title)
    for row in table.rows[n_header:]:
        label = row[label_col].text.strip() if label_col < len(row) else ""
        total = any(TOTAL_ROW.match(cell.text.strip()) for cell in row[: label_col + 1])
        if not label and not total:
            continue
        for col in figure_cols:
            if col >= len(row) or NOTHING_SET.match(row[col].text.strip()):
                continue
            words = header_words(header[col])
            unit, mult = _unit(header[col], words, title)
            q, comp = cell_quantity(ctx.text, row[col], unit, mult)
            if q is None:
                continue
            col_kind = _kind(words, kind)
            deadline = title_date if col_kind in ("target", "actual") else None
            name = ("总" + words) if total else _bare_label(label) + words
            target = make_target(ctx, row[col], q, comp, name, col_kind, None, deadline)
            out.append(Candidate(target, "table", table.index, total_row=total))


def _bare_label(label: str) -> str:
    """A row's label without the note in brackets it carries (二档（人均收入较低的县）→ 二档); as it is when that is all."""
    return LABEL_NOTE.sub("", label).strip() or label


def _unit(head: str, words: str, title: str) -> tuple[str | None, float]:
    """A column's unit: its header's bracket, the unit line under the title, or its words (分值 → 分)."""
    unit, mult = header_unit(head)
    if unit is None:
        unit, mult = title_unit(title, words)
    if unit is None:
        unit = next((u for pattern, u in UNIT_WORDS.items() if pattern.search(words)), None)
    return unit, mult


def _kind(words: str, kind_of_table: str) -> str:
    """support for money or shares given, requirement for a threshold or score a rule sets, else the table's kind."""
    if SUPPORT_CUE.search(words):
        return "support"
    if RULE_HEADER.search(words):
        return "requirement"
    return kind_of_table

