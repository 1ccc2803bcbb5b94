"""Two things paid for each by its own piece, written once as a piece and its alternative in brackets: 对引进良种母牛、
良种母羊的，每头（只）分别补助1500元、300元 — the first amount per 头, the second per 只 (not both per 头).

Reads an amount and its clause; returns the piece that amount is paid per, or None when the clause is no such pair.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, find_quantities

# a piece and its alternative, then the pair of amounts: 每头（只）分别(补助) / 每匹（头）分别
PIECE_PAIR = regex.compile(r"每(?P<first>\p{Han})[（(](?P<second>\p{Han})[）)][^，,；;。]{0,6}?分别")


def paired_piece(text: str, q: Quantity, c_start: int) -> str | None:
    """The piece the i-th of two amounts paid 分别 per ``每A（B）`` is paid per (A, then B); None for any other."""
    pair = None
    for pair in PIECE_PAIR.finditer(text, c_start, q.start):
        pass
    if pair is None or pair.group("first") == pair.group("second"):
        return None
    clause_end = min([i for i in (text.find(m, q.end) for m in "，,；;。") if i >= 0] or [len(text)])
    amounts = [f for f in find_quantities(text, pair.end(), clause_end) if f.unit == q.unit]
    if len(amounts) != 2 or q.start not in [f.start for f in amounts]:
        return None
    return pair.group("first") if amounts[0].start == q.start else pair.group("second")
