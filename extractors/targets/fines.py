"""Fines a rule sets: 违反…的，每次处50元以上200元以下罚款 → the offence's fine, a range in 元 per occasion.

Reads the words after a figure and the clause before it; returns the fine's words (the offence and 罚款) or
None when the figure is no fine.
"""
from __future__ import annotations

import regex

# 罚款 right after the amount (its range): 处5000元以上5万元以下罚款 / 处200元的罚款
FINE_AFTER = regex.compile(r"(?:以下|以内)?的?罚款")
# the offence a fine follows, a clause ending in 的 just before it: 收集、运输单位将…混装混运的，每车次处…
OFFENCE = regex.compile(r"(?P<offence>[^，。；：,;:]{2,40})的[，,]\s*(?:每\p{Han}{0,3}|并|可|应|由\p{Han}{0,12})?处?$")
# leading words of a clause that are no part of the offence: 对 / 凡 / 如
OFFENCE_OPENER = regex.compile(r"^(?:对|凡|如|若)")


def fine_words(text: str, q_start: int, q_end: int, c_end: int) -> str | None:
    """``生活垃圾分类管理责任人未履行管理责任的，每次处3000元以上3万元以下罚款`` → 生活垃圾分类管理责任人未履行
    管理责任罚款; ``罚款`` alone when no offence clause comes before; None when no 罚款 follows the figure."""
    if not FINE_AFTER.match(text, q_end, c_end):
        return None
    sentence_start = max(text.rfind(p, 0, q_start) for p in "。；;\n") + 1
    offence = OFFENCE.search(text, sentence_start, q_start)
    # 处少缴费用3倍以上6倍以下的罚款: a multiple of the money at stake, 罚款倍数
    noun = "罚款倍数" if text[q_end - 1:q_end] == "倍" else "罚款"
    if not offence:
        return noun
    return OFFENCE_OPENER.sub("", offence.group("offence").strip()) + noun
