"""Why a number is not a figure: every digit run no Target took is told to the skip listener with a reason.

Reads a span of text, the spans taken and the reasons found while reading it; calls
``ctx.skip(start, end, reason)`` (document number, date, ordinal, 5G, ratio, list number …).
"""
from __future__ import annotations

import regex

from extractors.targets.clauses import in_title
from extractors.targets.context import Context
from schemas.records import Deadline

# a digit run (for explaining every number not taken)
DIGITS = regex.compile(r"\d+(?:\.\d+)?")
# a digit run closing a document number: 〔2023〕71号 / [2019] 23号
DOC_NUMBER_AFTER = regex.compile(r"\s*[〕\]］】﹞)）]\s*\d*号")
# a digit run opening inside a document-number bracket: 〔2023
DOC_NUMBER_BEFORE = regex.compile(r"[〔\[［【﹝]$")
# …号: a document or item number
NUMBER_SIGN_AFTER = regex.compile(r"\d*号")
# 年 / 月 / 日 after a digit run: a date
DATE_UNIT_AFTER = regex.compile(r"年|月|日")
# 5G, 4K, 10G-PON, 10GPON: a technology name
TECH_AFTER = regex.compile(r"G|K|-?PON|GPON", flags=regex.I)
# 5：2：3 — a ratio of shares
RATIO_AFTER = regex.compile(r"[：:]\d")
RATIO_BEFORE = regex.compile(r"\d[：:]$")
# 1.  2、 — a list or section number
LIST_MARK_AFTER = regex.compile(r"[.、．]")
# 第45次 / 十三届 / 第三批 / 第17位: ordinals and counts of meetings, batches, ranks
ORDINAL_UNIT_AFTER = regex.compile(r"[次届批期号位名]")


def explain_digits(ctx: Context, start: int, end: int, used: list[tuple[int, int]],
                   reasons: list[tuple[int, int, str]], dates: list[Deadline]) -> None:
    """Log every digit run in ``text[start:end]`` that no Target took, with why."""
    if ctx.on_skip is None:
        return
    text = ctx.text
    for m in DIGITS.finditer(text, start, end):
        a, b = m.span()
        if any(s <= a < e for s, e in used):
            continue
        reason = next((r for s, e, r in reasons if s <= a < e), None)
        if reason is None:
            reason = _digit_reason(text, start, end, a, b, dates)
        ctx.skip(a, b, reason)


def _digit_reason(text: str, lo: int, hi: int, a: int, b: int, dates: list[Deadline]) -> str:
    after, before = text[b:b + 3], text[max(lo, a - 2):a]
    if in_title(text, lo, a):
        return "inside a cited title 《…》"
    if DOC_NUMBER_AFTER.match(text, b, b + 8) or DOC_NUMBER_BEFORE.search(before):
        return "document number"
    if NUMBER_SIGN_AFTER.match(after):
        return "document or item number (…号)"
    if any(d.char_start <= a < d.char_end for d in dates):
        return "date (read as a deadline or as-of date, not a figure)"
    if DATE_UNIT_AFTER.match(after):
        return "date"
    if before.endswith("第") and after[:1] in ("位", "名"):
        return "rank (stored as the rank of the figure before it)"
    if before.endswith("第"):
        return "ordinal (第…)"
    if TECH_AFTER.match(after):
        return "technology name (5G, 10G-PON, 4K)"
    if RATIO_AFTER.match(after) or RATIO_BEFORE.search(before):
        return "ratio (5：2：3)"
    if LIST_MARK_AFTER.match(after) and (a == lo or not text[a - 1].isdigit()):
        return "list or section number"
    if ORDINAL_UNIT_AFTER.match(after):
        return "ordinal or count of meetings/batches"
    if b - a >= 5 and text[a:b].isdigit():
        return "bare long number (phone, code)"
    return "bare number without a unit or quantity words"
