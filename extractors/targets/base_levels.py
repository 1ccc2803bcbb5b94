"""Base levels in a bracket: the figure a change is measured from, given in a bracket after its year.

Reads the text and the candidates of the body; a figure inside ``较2022年（1.6亿元）`` / ``比2022年（1800万件）`` is that
year's level of the measure, a report (``actual``, ``=``, as of the year's end), not a goal of the sentence's date.
"""
from __future__ import annotations

import regex

from extractors.targets.context import Candidate

# a base year with its level in a bracket: 较2022年（1.6亿元） / 比2022年底（1800万件） / 同比2021年（…）
BASE_BRACKET = regex.compile(r"(?:较|比)(?P<year>(?:19|20)\d{2})年(?:底|末|度)?(?P<open>[（(])(?P<level>[^（）()，,。；;]{1,24})[)）]")


def date_bracketed_bases(text: str, cands: list[Candidate]) -> None:
    """Make each candidate whose figure stands alone in a base year's bracket that year's reported level, in place."""
    for base in BASE_BRACKET.finditer(text):
        inside = (base.start("level"), base.end("level"))
        for cand in cands:
            t = cand.target
            if cand.source != "body" or t.kind not in ("target", "actual") or not _within(t.char_start, t.char_end, base, inside):
                continue
            t.kind, t.comparator = "actual", "="
            t.deadline, t.deadline_start, t.deadline_raw = f"{base.group('year')}-12-31", None, f"{base.group('year')}年"


def _within(start: int, end: int, base: regex.Match, inside: tuple[int, int]) -> bool:
    """Whether a figure's evidence is the bracket's level (its span, which may start at the measure's name before the
    comparison, ends in the bracket)."""
    return start < inside[1] and inside[0] < end <= base.end()
