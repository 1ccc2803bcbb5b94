"""Cutting text into sentences and clauses, outside brackets and quotes.

Reads a span of the document text; returns spans (start, end): the pieces cut after a sentence or
clause end, a span trimmed of punctuation, and where a 《title》 or an open bracket encloses a position.
"""
from __future__ import annotations

import functools
import re

# opening and closing brackets/quotes: clause and sentence cuts never fall inside them
_OPEN, _CLOSE = "（(《〈【[“‘「『", "）)》〉】]”’」』"
SENTENCE_END = set("。！？!?")  # a sentence ends after 。 ！ ？
CLAUSE_END = set("，,；;：:")  # a clause ends after ， ； ：


def top_level_cuts(text: str, start: int, end: int, cut_chars: set[str]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` after each char of ``cut_chars`` that is outside brackets and quotes."""
    pieces, depth, begin = [], 0, start
    open_closes: set[int] = set()  # where a quotation of whole sentences closes: no bracket to leave
    for m in _marks(frozenset(cut_chars)).finditer(text, start, end):  # only the characters that matter
        i, char = m.start(), m.group()
        if char == "“" and depth == 0 and _quotes_sentences(text, i, end):
            open_closes.add(text.find("”", i))  # 《办法》明确：“…。…。”: its sentences and clauses are cut as the text's
        elif i in open_closes:
            continue
        elif char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in cut_chars and not (char in ":：" and _between_digits(text, i)):
            pieces.append((begin, i + 1))
            begin = i + 1
    if begin < end:
        pieces.append((begin, end))
    return pieces


@functools.lru_cache(maxsize=64)
def _marks(cut_chars: frozenset[str]) -> re.Pattern:
    """One character class of the brackets, quotes and ``cut_chars``: ``[（(《…，,；;：:]``."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(set(_OPEN + _CLOSE) | cut_chars)) + "]")


def _quotes_sentences(text: str, i: int, end: int) -> bool:
    """Whether the quotation opened at ``i`` holds a sentence end before its close (a document's rules quoted), not a
    term or a slogan (“免申即享”)."""
    close = text.find("”", i, end)
    return close > 0 and any(c in SENTENCE_END for c in text[i:close])


def _between_digits(text: str, i: int) -> bool:
    """A colon inside a ratio or a time (15:1, 8:30): no clause end."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Span without surrounding whitespace and clause punctuation."""
    while start < end and (text[start].isspace() or text[start] in "，,；;：:。、"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "，,；;：:。、！？"):
        end -= 1
    return start, end


def in_title(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a 《…》 title opened after ``start``."""
    depth = 0
    for i in range(start, pos):
        if text[i] == "《":
            depth += 1
        elif text[i] == "》":
            depth = max(depth - 1, 0)
    return depth > 0


def open_bracket(text: str, lo: int, pos: int) -> int | None:
    """Where the bracket that is still open at ``pos`` opened (searching back to ``lo``), if one is."""
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            if depth == 0:
                return i
            depth -= 1
    return None


def sentence_start(text: str, pos: int, window: int | None = None) -> int:
    """Where the sentence (or item) holding ``pos`` starts: after the last 。；or line break before it, looking
    back at most ``window`` characters (the window's start when none is there)."""
    lo = 0 if window is None else max(0, pos - window)
    cut = max(text.rfind(mark, lo, pos) for mark in "。；;\n")
    return cut + 1 if cut >= 0 else lo
