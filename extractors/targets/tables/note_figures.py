"""Figures a table's 备注 column states of its row: ``城西区 | 52 | 5120 | 含加装电梯18部``.

A note naming a part of the row's work with its own figure (含加装电梯18部, 其中新建社区食堂5个, 包括农村公路12公里) is a fact of
the row's place like the row's other cells: the thing (加装电梯) in the counter the note writes (部), of the table's kind and
date. Notes of money (含省级资金20万元) are left to the table's columns of money. Reads the note cells of a row; returns
(words, Quantity) per figure.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, find_quantities
from pipeline.model import Cell

# the header of a column of notes: 备注 / 说明 / 附注
NOTE_HEADER = regex.compile(r"^(?:备注|说明|附注)$")
# a part of the row's figures a note names: 含加装电梯18部 / 其中：新建社区食堂5个 / 包括农村公路12公里
NOTE_PART = regex.compile(
    r"(?:^|(?<=[，,；;、。]))\s*(?:其中|含|包含|包括)[：:]?\s*(?P<words>\p{Han}{2,12}?)\s*"
    r"(?P<fig>\d+(?:\.\d+)?\s*[万亿]?\p{Han}{1,2})\s*(?=$|[，,；;、。])"
)


def note_columns(header: list[str], words_of) -> list[int]:
    """The columns of notes of a table (备注), by their header's words (``words_of``: a header without its unit)."""
    return [col for col, head in enumerate(header) if NOTE_HEADER.match(words_of(head))]


def note_figures(text: str, cell: Cell) -> list[tuple[str, Quantity]]:
    """(words, quantity) of each part of the row a note cell names with a figure not of money (含加装电梯18部 → 加装电梯,
    18 部); none for a note of words only."""
    found = []
    for m in NOTE_PART.finditer(cell.text):
        at = cell.char_start + m.start("fig")
        q = next((q for q in find_quantities(text, cell.char_start, cell.char_end) if q.start == at), None)
        if q is not None and q.unit and not q.unit.startswith("元") and q.value is not None:
            found.append((m.group("words"), q))
    return found
