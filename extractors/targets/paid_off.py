"""Money to be paid off within a span of time, named by the money and the payment: 余款在6个月内缴清 → 余款缴清期限,
欠缴部分须于3个月内补齐 → 欠缴部分补齐期限, 借款于2年内全部还清 → 借款还清期限.

Reads one span of time with the words before it (the money, then a modal and 在/于) and after it (内 and the verb of
paying off); returns the name of the term, or None for any other span.
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity

# the money right before the span, then a modal and 在/于: (余款)在 / (剩余价款)应于 / (欠缴部分)须在
MONEY_BEFORE = regex.compile(r"(?P<what>[^\P{Han}的]{0,4}?(?:款|金|费|额|税|部分))(?:应当|应|须|必须|需|要)?(?:在|于)$")
# after the span, the verb of paying it off: (内)缴清 / 之内一次性付清 / 以内全部还清
PAID_OFF = regex.compile(r"(?:之内|以内|内)(?:全部|一次性|足额)?(?P<verb>缴清|付清|结清|还清|交清|缴齐|补齐|补缴|付讫|偿还|归还)")


def paid_off_words(text: str, q: Quantity, c_end: int) -> str | None:
    """余款在6个月内缴清 → 余款缴清期限: the term money must be paid off in; None for any other span."""
    if q.unit not in DURATION_UNITS:
        return None
    paid = PAID_OFF.match(text, q.end, c_end)
    money = MONEY_BEFORE.search(text, max(0, q.start - 10), q.start) if paid else None
    if not money:
        return None
    return f"{money.group('what')}{paid.group('verb')}期限"
