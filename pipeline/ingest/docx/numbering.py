"""Word's automatic list numbers: the label (``一、`` ``（二）`` ``3.``) Word would print before a paragraph.

Reads the numbering part, then paragraph properties in document order; returns each numbered
paragraph's label, counting as Word does (a new ``一、`` restarts its ``（一）`` list).
"""
from __future__ import annotations

import regex

from pipeline.ingest.docx.ooxml import VAL, _int_attr, _int_attr_named, _w

#: Chinese counting digits for auto-numbered headings (一、 二、 … 十一、)
_CN_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
#: a level placeholder in w:lvlText: "%1、" "（%2）" "%1.%2."
_LEVEL_PLACEHOLDER = regex.compile(r"%([1-9])")


def _chinese_count(n: int) -> str:
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "") if n >= 10 else _CN_DIGITS[n]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting"):
        return _chinese_count(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 0 < n <= len(_TIANGAN):
        return _TIANGAN[n - 1]
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and n > 0:
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal, decimalZero and anything exotic


class _Numbering:
    """Word's automatic list numbers (``一、`` ``（一）`` ``1.`` headings are often generated, not typed)."""

    def __init__(self, root):
        self._levels: dict[str, dict[int, tuple[str, str, int, str]]] = {}  # abstractId → ilvl → (fmt, text, start, suff)
        self._num_to_abstract: dict[str, str] = {}
        self._start_overrides: dict[tuple[str, int], int] = {}
        self._counters: dict[str, list[int]] = {}
        if root is None:
            return
        for abstract in root.iter(_w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                text = lvl.find(_w("lvlText"))
                suff = lvl.find(_w("suff"))
                levels[_int_attr_named(lvl, "ilvl")] = (
                    fmt.get(VAL, "decimal") if fmt is not None else "decimal",
                    text.get(VAL, "") if text is not None else "",
                    _int_attr(lvl.find(_w("start")), 1),
                    suff.get(VAL, "tab") if suff is not None else "tab",
                )
            self._levels[abstract.get(_w("abstractNumId"))] = levels
        for num in root.iter(_w("num")):
            num_id = num.get(_w("numId"))
            abstract_id = num.find(_w("abstractNumId"))
            if abstract_id is not None:
                self._num_to_abstract[num_id] = abstract_id.get(VAL)
            for override in num.iter(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                if start is not None:
                    self._start_overrides[(num_id, _int_attr_named(override, "ilvl"))] = _int_attr(start, 1)

    def label(self, ppr, style_facts: dict) -> str:
        """The generated label of a paragraph ("一、", "（二）", "3."), advancing the counters; "" if none."""
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        if num_pr is None:
            num_pr = style_facts.get("numPr")
        if num_pr is None or not self._levels:
            return ""
        num_id = num_pr.find(_w("numId"))
        num_id = num_id.get(VAL) if num_id is not None else None
        abstract_id = self._num_to_abstract.get(num_id)
        levels = self._levels.get(abstract_id)
        if not levels:
            return ""  # numId 0 switches numbering off
        ilvl = _int_attr(num_pr.find(_w("ilvl")), 0)
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(abstract_id, [0] * 9)
        start = self._start_overrides.get((num_id, ilvl), levels[ilvl][2])
        counters[ilvl] = start if counters[ilvl] == 0 else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0  # a new 一、 restarts its （一） list
        fmt, text, _, suff = levels[ilvl]
        if fmt == "bullet":
            return ""

        def fill(match: regex.Match) -> str:
            level = int(match.group(1)) - 1
            value = counters[level] or (levels.get(level, ("decimal", "", 1, ""))[2])
            return _format_number(value, levels.get(level, (fmt,))[0])

        label = _LEVEL_PLACEHOLDER.sub(fill, text)
        if not label or suff == "nothing" or label[-1] in "、．。，：)）":
            return label
        return label + " "
