"""Tables that plain text holds without tabs: pipe tables and tables aligned with spaces.

Two layouts are read here (tab-separated ones are read by :mod:`.text`):

(c) cells between pipes, an optional ``|---|`` rule under the header::

        | 序号 | 地区 | 5G基站数（个） | 5G用户占比 |
        |---|---|---|---|
        | 1 | 某市 | 21000 | 38% |

(d) columns aligned with runs of spaces, the header cells broken over lines::

        地区        5G基站数      5G 用户       千兆用户
                    （个）        占比(%)       （万户）
        某市        21000         38.5          12.3

A space-aligned run counts as a table only when three or more cells start at the same columns on
every data row and a column holds figures (a padded member list ``组    长：罗    毅`` is no table); a run
whose every line has as many cells, separated by gaps but not lined up (the words before them of different
widths), is read cell by cell in order.
The header lines above the first data row are joined per column into one header row.
"""
from __future__ import annotations

import regex

from pipeline.model import Block

# |---|:---:| : the rule under a pipe table's header
PIPE_RULE = regex.compile(r"^\s*[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?\s*$")
# two or more spaces (or an ideographic space): the gap between two aligned cells
GAP = regex.compile(r"(?: {2,}|\u3000+| ?\t ?)")
# 合　计 / 县　市　区: a word letter-spaced one ideographic space between single characters, one cell
LETTER_SPACED = regex.compile(r"(?<![^\s])\p{Han}(?:\u3000\p{Han})+(?![^\s])")
# — 3 —, - 12 -: a page number line, where a page break cut a table
PAGE_NUMBER = regex.compile(r"^\s*[—–\-－]\s*\d{1,4}\s*[—–\-－]\s*$")
# ------ / ====== / ──────: a rule drawn under a header or closing a table
RULE_LINE = regex.compile(r"^\s*(?:[-—─━=＝_]\s*){6,}$")
# 21000, 38.5, 38%, -2.1, 1.2万: a cell that is a figure
FIGURE = regex.compile(r"^[-+]?\d[\d,，.]*\s*(?:%|％|万|亿|个|户|元)?$")
#: cells of one column start within this many display columns of each other
_ALIGN = 2
#: fewest rows and columns of a space-aligned table
_MIN_ROWS, _MIN_COLUMNS = 2, 3


def pipe_cells(line: str) -> list[str] | None:
    """The cells of ``| a | b |`` (or ``a | b | c``: two pipes or more), else None."""
    stripped = line.strip()
    if stripped.count("|") + stripped.count("｜") < 2 or PIPE_RULE.match(stripped):
        return None
    inner = stripped.strip("|｜")
    cells = [cell.strip() for cell in regex.split(r"(?<!\\)[|｜]", inner)]
    return cells if len(cells) >= 2 else None


def pipe_table(lines: list[str], start: int) -> tuple[list[list[str]], int, int] | None:
    """(rows, header rows, index after the table) of a pipe table starting at ``start``."""
    rows: list[list[str]] = []
    header_rows = 0
    i = start
    while i < len(lines):
        if PIPE_RULE.match(lines[i].strip()) and "-" in lines[i]:
            header_rows = header_rows or len(rows)
            i += 1
            continue
        cells = pipe_cells(lines[i])
        if cells is None:
            break
        rows.append(cells)
        i += 1
    rows, header_rows = _without_empty_header(rows, header_rows)
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows], header_rows, i


def _without_empty_header(rows: list[list[str]], header_rows: int) -> tuple[list[list[str]], int]:
    """Rows and header rows once a header of empty cells is gone (``| | | |`` over the rule, some editors'
    way to write a table whose real header is its first row under the rule): that first row of words,
    no figure among them, is then the header."""
    if not header_rows or any(cell for row in rows[:header_rows] for cell in row):
        return rows, header_rows
    rows = rows[header_rows:]
    first = rows[0] if rows else []
    words = [cell for cell in first if cell]
    return rows, int(len(words) >= 2 and not any(FIGURE.match(cell) for cell in words))


def _display(text: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _aligned_cells(line: str) -> list[tuple[int, str]]:
    """(display column where the cell starts, cell text) of each gap-separated cell of a line."""
    cells, pos = [], 0
    line = LETTER_SPACED.sub(lambda m: m[0].replace("\u3000", "\ue000"), line)
    for piece in GAP.split(line.rstrip()):
        at = line.index(piece, pos) if piece else pos
        if piece.strip():
            start = _display(line[:at]) + (len(piece) - len(piece.lstrip()))
            cells.append((start, piece.strip().replace("\ue000", " ")))
        pos = at + len(piece)
    return cells


def aligned_table(lines: list[str], start: int) -> tuple[list[list[str]], int, int] | None:
    """(rows, header rows, index after the table) of a space-aligned table of figures from ``start``."""
    run: list[list[tuple[int, str]]] = []
    i = start
    while i < len(lines) and "\t" not in lines[i]:
        if RULE_LINE.match(lines[i]):
            i += 1  # a rule under the header is skipped; one under the rows closes the table
            if any(len(cells) >= _MIN_COLUMNS and _has_figure(cells) for cells in run):
                break
            continue
        if not lines[i].strip():
            i = _after_page_break(lines, i, run)
            if not lines[i].strip():
                break
            continue
        cells = _aligned_cells(lines[i])
        if len(cells) < 2 and not (run and cells and lines[i][:1] in " \u3000"):
            break
        run.append(cells)
        i += 1
    end = i
    data = [k for k, cells in enumerate(run) if len(cells) >= _MIN_COLUMNS and _has_figure(cells)]
    if len(data) < _MIN_ROWS:
        two = _two_columns(run)
        return (two, 1, end) if two is not None else None
    counted = _counted_rows(run)
    if counted is not None:
        return counted[0], counted[1], end
    columns = _columns([run[k] for k in data])
    if len(columns) < _MIN_COLUMNS:
        return None
    first_data = data[0]
    header = [""] * len(columns)
    if first_data == 1 and len(run[0]) == len(columns):
        # one header cell per column: taken in order, since headers wider than their figures (健身步道（公里）
        # over 40) start further right than the figures under them and would fall to the next column
        header = [text for _, text in run[0]]
    for cells in run[:first_data] if not any(header) else ():
        for at, text in cells:
            column = _nearest(columns, at)
            if column is None:
                return None
            header[column] += text
    rows = [header] if first_data else []
    for cells in run[first_data:]:
        row = [""] * len(columns)
        for at, text in cells:
            column = _nearest(columns, at)
            if column is None:
                return None
            row[column] = f"{row[column]} {text}".strip()
        wrapped = _wrapped_name(rows[first_data and 1:], row)
        if wrapped is not None:  # 生服务中心占比（%） under …社区卫: the rest of the name above
            rows[-1][wrapped] += row[wrapped]
            continue
        rows.append(row)
    return rows, 1 if first_data else 0, end


def _counted_rows(run: list[list[tuple[int, str]]]) -> tuple[list[list[str]], int] | None:
    """(rows, header rows) of a run whose every line holds the same number of cells, read cell by cell whatever
    their columns (a post or app text that puts one run of spaces between cells, so that a longer name pushes its
    figures right: ``乡镇商贸中心（个）    9    18`` over ``快递服务建制村覆盖率（%）    86    100``), else None.
    Only the first line may be a header (words only); every other line is a name and then figures."""
    width = len(run[0])
    if width < _MIN_COLUMNS or any(len(cells) != width for cells in run):
        return None
    rows = [[text for _, text in cells] for cells in run]
    header = int(not any(FIGURE.match(text) for text in rows[0][1:]))
    if len(rows) - header < _MIN_ROWS or not all(all(FIGURE.match(text) for text in row[1:]) for row in rows[header:]):
        return None
    return rows, header


def _two_columns(run: list[list[tuple[int, str]]]) -> list[list[str]] | None:
    """The rows of a table of names and one figure each under a header of words whose last cell stands over the
    figures (``乡　镇　　　　2025年目标`` over ``东关镇　　　　12`` …, at least three rows), else None: a column of figures
    alone is too weak a sign without a header naming it."""
    if len(run) < _MIN_ROWS + 2 or len(run[0]) < 2 or any(FIGURE.match(text) for _, text in run[0]):
        return None
    at = run[0][-1][0]
    rows = run[1:]
    if not all(len(cells) == 2 and not FIGURE.match(cells[0][1]) and FIGURE.match(cells[1][1])
               and abs(cells[1][0] - at) <= _ALIGN for cells in rows):
        return None
    return [["".join(text for _, text in run[0][:-1]), run[0][-1][1]]] + [[a, b] for (_, a), (_, b) in rows]


def _after_page_break(lines: list[str], i: int, run: list[list[tuple[int, str]]]) -> int:
    """Where the table goes on after a blank line at ``i``: past blank and page-number lines (``— 3 —``) to a
    row of figures on the columns of the rows so far (a table cut by a page break), else ``i`` itself."""
    j = i
    while j < len(lines) and (not lines[j].strip() or PAGE_NUMBER.match(lines[j])):
        j += 1
    data = [cells for cells in run if len(cells) >= _MIN_COLUMNS and _has_figure(cells)]
    if j >= len(lines) or not data or "\t" in lines[j]:
        return i
    cells = _aligned_cells(lines[j])
    if len(data) < _MIN_ROWS:
        # one row before the break: the next row goes on where that row's cells stood, its figure last (a row
        # whose first cell is left blank under the one above, indented: 　　　社会散居孤儿    1100)
        starts = [at for at, _ in data[0]]
        lined_up = all(any(abs(c - at) <= _ALIGN for c in starts) for at, _ in cells)
        return j if len(cells) >= 2 and FIGURE.match(cells[-1][1]) and lined_up else i
    columns = _columns(data)
    lined_up = all(any(abs(c - at) <= _ALIGN for c in columns) for at, _ in cells)
    return j if len(cells) >= _MIN_COLUMNS and _has_figure(cells) and lined_up else i


def _wrapped_name(rows: list[list[str]], row: list[str]) -> int | None:
    """The column of a line that only carries on the name of the row above, wrapped in its cell (one cell
    of words, not the first column, under a name that does not end with its closing bracket), else None."""
    filled = [k for k, text in enumerate(row) if text]
    if len(filled) != 1 or not filled[0] or not rows or FIGURE.match(row[filled[0]]):
        return None
    above = rows[-1][filled[0]]
    if not above or above.endswith((")", "）")) or FIGURE.match(above):
        return None
    return filled[0]


def _has_figure(cells: list[tuple[int, str]]) -> bool:
    return any(FIGURE.match(text) for _, text in cells[1:])


def _columns(rows: list[list[tuple[int, str]]]) -> list[int]:
    """Column starts shared by the data rows: a start (within ``_ALIGN``) that most rows have."""
    starts = sorted({at for cells in rows for at, _ in cells})
    columns: list[int] = []
    for at in starts:
        if columns and at - columns[-1] <= _ALIGN:
            continue
        hits = sum(any(abs(c - at) <= _ALIGN for c, _ in cells) for cells in rows)
        if hits >= max(_MIN_ROWS, 0.6 * len(rows)):
            columns.append(at)
    return columns


def _nearest(columns: list[int], at: int) -> int | None:
    """The column whose start is nearest to a cell starting at ``at``."""
    return min(range(len(columns)), key=lambda k: abs(columns[k] - at)) if columns else None


def table_block(rows: list[list[str]], header_rows: int, page: int | None) -> Block:
    return Block("table", rows=rows, header_rows=header_rows, page=page)
