"""The end of the period the plan a notice issues covers, for the goals of a table that name no date of their own.

``…两年提升计划（2025—2026年）`` over a table ``县（市、区） | 老旧燃气管网更新改造任务（公里）``: each place's task is due by the
plan's last year (2026-12-31). Reads the title line of the plan near the top of the text (``dating.PLAN_SPAN``).
"""
from __future__ import annotations

import regex

from extractors.targets.dating import PLAN_SPAN
from schemas.records import Deadline

# how far into the text the plan's title may lie (a cover notice, then the plan's own title)
TITLE_REACH = 1500


def plan_end(text: str, span_pattern: regex.Pattern = PLAN_SPAN) -> Deadline | None:
    """The end of the last year the plan's title spans (…方案（2024—2026年） → 2026-12-31), or of the years another
    ``span_pattern`` (groups ``a`` and ``b``) finds near the top; None without one, or for a span that runs backwards."""
    span = span_pattern.search(text, 0, min(len(text), TITLE_REACH))
    if not span or int(span.group("b")) < int(span.group("a")):
        return None
    return Deadline(raw=span.group(0).strip(), date=f"{int(span.group('b')):04d}-12-31", recurrence="once",
                    char_start=span.start(), char_end=span.end())
