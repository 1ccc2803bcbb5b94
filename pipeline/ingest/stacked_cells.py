"""Tables flattened to one cell per line, with no tab, pipe or alignment to tell the columns (a table copied out of a
web page or a phone app: the header's cells, then each row's, each on its own line)::

        序号
        指标名称
        2023年
        2026年目标
        1
        人均体育场地面积（平方米）
        2.4
        ≥2.8
        2
        …

The number of columns is what makes the run a table: the header's cells are words (序号, 指标, a place column, a year)
and, cut into rows of that many cells, every column below holds only figures or only words, with a column of figures
beside a column of words; where the header opens with 序号 each row opens with the next row number (a 合计 row, its
number cell left empty, opens with 合计). Each cell is a text block of one line, as every backend gives it (a line of
a text file, a ``<p>`` of a page, a paragraph of a DOCX); :func:`stacked_tables` runs over every backend's blocks.
"""
from __future__ import annotations

import regex

from pipeline.ingest.stacked_runs import tables_from_runs
from pipeline.model import Block

# the words of a header of places: 县（市、区） / 乡镇（街道） / 苏木乡镇 / 嘎查村 / 村（社区）
PLACE_LEVELS = r"(?:[省市州盟县区旗镇乡街道、（）()]|苏木|嘎查村?|社区|行政村|村(?=[（(]))"
# the first header cell of such a table: 序号 / 指标名称 / 主要指标 / 项目 / 地区 / 县（市、区） / 乡镇（街道）
HEADER_START = regex.compile(
    r"^(?:序\s*号|编\s*号|\p{Han}{0,4}(?:指标|指标名称|项目|名称|地区|区域|城市|省份|单位|类别|等级)"
    rf"|{PLACE_LEVELS}{{1,12}})$"
)
# a header cell saying what its column holds: 指标 / 2023年 / 目标值 / 属性 / 县（市、区） (at least one in a header)
HEADER_WORD = regex.compile(
    r"序号|编号|指标|名称|项目|地区|区域|城市|省份|单位|属性|类别|等级|目标|现状|基期|基数|数值|任务|(?:19|20)\d{2}\s*年"
    rf"|^{PLACE_LEVELS}{{1,12}}$"
)
# a cell that is a figure: 2.4 / ≥42 / ≤11.0 / 1.2万 / 30%—40% / 95%以上 / 约5000
FIGURE = regex.compile(
    r"^(?:[≥≤<>＞＜]=?|约|不低于|不少于|不高于|不超过)?\s*[-+]?\d[\d,，]*(?:\.\d+)?\s*(?:%|％|‰)?"
    r"(?:\s*[—–～~\-]\s*\d[\d,，]*(?:\.\d+)?\s*(?:%|％|‰)?)?\s*[万亿]?\s*(?:以上|以下|以内|左右)?$"
)
# a cell with nothing in it: — / / / 无
EMPTY = regex.compile(r"^[—–\-－/／无]$")
# a row number: 1 / 12 / （3） / 4.
ROW_NUMBER = regex.compile(r"^[（(]?(?P<n>\d{1,3})[)）.、．]?$")
# the header over row numbers
SERIAL = regex.compile(r"^(?:序\s*号|编\s*号)$")
# a total row's first cell: 合计 / 总计 / 全市合计
TOTAL = regex.compile(r"^(?:全\p{Han})?(?:合计|总计|小计)$")
# what ends a cell: a sentence stop (a paragraph, not a cell), a label's colon, a tab or a pipe (other layouts)
NOT_A_CELL = regex.compile(r"[。；;：:\t|｜]")
#: the longest cell, the most columns, and the fewest rows of a table (of a two-column one); the most cells looked at
_MAX_CELL, _MAX_COLUMNS, _MIN_ROWS, _MIN_ROWS_OF_TWO, _MAX_RUN = 40, 8, 2, 3, 600


def _cell(block: Block) -> str | None:
    """The text of a block that may be a cell (one short line), else None."""
    if block.kind != "text" or "\n" in block.text:
        return None
    text = block.text.strip(" \u3000\xa0")
    return text if 0 < len(text) <= _MAX_CELL and not NOT_A_CELL.search(text) else None


def _kind(cell: str) -> str | None:
    """"figure", "words", or None for an empty cell (fits either)."""
    if EMPTY.match(cell):
        return None
    return "figure" if FIGURE.match(cell) else "words"


def _rows(cells: list[str], width: int) -> tuple[list[list[str]], int]:
    """(rows with the header first, cells taken) of ``cells`` cut into rows of ``width``; ([], 0) when they make no
    table."""
    header = cells[:width]
    if any(_kind(cell) != "words" for cell in header) or not any(HEADER_WORD.search(cell) for cell in header):
        return [], 0
    serial = bool(SERIAL.match(header[0]))
    kinds: list[str | None] = [None] * width
    rows, pos, expected = [header], width, 1
    while pos + (width - 1 if serial else width) <= len(cells):
        if serial and TOTAL.match(cells[pos]):
            row, step = [""] + cells[pos:pos + width - 1], width - 1  # 合计 under 乡镇, its 序号 cell empty
        else:
            row, step = cells[pos:pos + width], width
            if len(row) < width:
                break
            number = ROW_NUMBER.match(row[0]) if serial else None
            if serial and (number is None or int(number.group("n")) != expected):
                break
        row_kinds = [_kind(cell) for cell in row]
        if any(k and kinds[col] and k != kinds[col] for col, k in enumerate(row_kinds) if col or not serial):
            break
        kinds = [kinds[col] or row_kinds[col] for col in range(width)]
        rows.append(row)
        pos += step
        expected += 1
    body_kinds = set(kinds[1:] if serial else kinds)
    enough = len(rows) - 1 >= (_MIN_ROWS_OF_TWO if width - serial <= 2 else _MIN_ROWS)
    return (rows, pos) if enough and {"figure", "words"} <= body_kinds else ([], 0)


def _table_at(cells: list[str]) -> tuple[list[list[str]], int] | None:
    """(rows, cells taken) of the table the run of ``cells`` opens with, else None: the width that takes the most."""
    if not HEADER_START.match(cells[0]):
        return None
    best: tuple[list[list[str]], int] = ([], 0)
    for width in range(2, min(_MAX_COLUMNS, len(cells) // 3) + 1):
        rows, taken = _rows(cells, width)
        if taken > best[1]:
            best = (rows, taken)
    return best if best[1] else None


def stacked_tables(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of one-line text blocks that is a table flattened one cell per line made a table block
    (on the page of its first cell)."""
    return tables_from_runs(blocks, _cell, lambda cell: bool(HEADER_START.match(cell)), _table_at, _MAX_RUN)
