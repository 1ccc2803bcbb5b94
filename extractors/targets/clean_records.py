"""How long a record must have stayed clean: ``近2年内无重大环境违法记录`` / ``近三年未发生较大及以上生产安全事故``.

The span is a condition of whom a rule admits (requirement), its value the span itself (``=``): neither the 近 of
近三年 (not "about") nor the 内 of 3年内 (not a ceiling) bounds it. Named by what did not happen and 年限
(``无重大环境违法记录年限``).
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# the units of such a span
SPAN_UNITS = frozenset({"年", "个月"})
# 近 / 最近 right before the span: 近3年 / 最近两年
RECENT_BEFORE = regex.compile(r"(?:近|最近)$")
# what did not happen in it, after the span: (内)无重大环境违法记录 / 未发生…事故 / 未被列入… (up to the clause's end)
NOTHING_AFTER = regex.compile(r"(?:内|以内|来)?[，,]?(?P<what>(?:无|未发生|未出现|未被|没有|未受到|未有|不存在)"
                              r"[^，,。；;：:]{2,28}?)(?=[，,。；;：:]|$)")


def clean_record_term(text: str, q: Quantity, c_end: int) -> str | None:
    """The name of a span a clean record must last (近2年内无重大环境违法记录 → 无重大环境违法记录年限), else None."""
    if q.unit not in SPAN_UNITS or not RECENT_BEFORE.search(text, max(0, q.start - 2), q.start):
        return None
    after = NOTHING_AFTER.match(text, q.end, max(c_end, q.end))
    return after.group("what") + "年限" if after else None
