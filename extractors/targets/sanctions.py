"""The term of a sanction: how long a disqualification or a ban lasts, a rule's term (=), named by what it takes away.

Reads one span of time in years or months with its clause: ``3年内取消其申报资格`` → 取消申报资格期限,
``取消其5年内申报科技资金的资格`` → 取消申报科技资金资格期限, ``暂停补贴资格6至12个月`` → 暂停补贴资格期限,
``清退后2年内不得再次承揽…工程`` → 不得再次承揽…工程期限; a pledge's term likewise: ``须承诺10年内不迁出本县`` →
不迁出本县承诺期限. The span is how long the sanction or pledge holds, not a time limit (以内 → <=) nor a span no rule
governs.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# the units a sanction's term is counted in
TERM_UNITS = frozenset({"年", "个月"})
# what a disqualification takes away: …资格 / …资质 / …权利
RIGHTS = r"(?:资格|资质|权利)"
# the 内 closing the span of the term: (3年)内 / 之内 / 以内
WITHIN = r"(?:之|以)?内"
# a sanction right after the span and 内: (3年)内取消其申报资格 / (2年)内不得再次承揽… / 内暂停相关企业…资格 / (5年)内不再
# 重复纳入改造范围
AFTER_WITHIN = regex.compile(
    rf"{WITHIN}[，,]?(?:[其该]|相关\p{{Han}}{{0,8}}?)?(?P<verb>取消|暂停|停止|不得|禁止|不再)(?P<what>[^，,；;。]{{1,16}})"
)
# a disqualification opened before the span, over whom it falls: 取消其(5年内…) / 取消相关企业(三年内…) / 暂停补贴资格(6至12个月)
OPENED_BEFORE = regex.compile(r"(?P<verb>取消|暂停|停止)(?P<who>[^，,；;。\d]{0,16}?)$")
# after the span and 内: what the disqualification takes, up to its 资格: (内)申报市级财政科技资金的资格
TAKEN_AFTER = regex.compile(rf"{WITHIN}(?P<what>[^，,；;。]{{1,24}}?{RIGHTS})")
# what a disqualification takes away ends with one
TAKEN_END = regex.compile(rf"{RIGHTS}$")
# the words up to the first thing taken away: (取消)申报资格，并… → 申报资格
TAKEN_UP_TO = regex.compile(rf".*?{RIGHTS}")
# a pledge right before the span: (须)承诺(10年内不迁出本县) / 承诺在(5年内…)
PLEDGED_BEFORE = regex.compile(r"承诺(?:在)?$")
# what is pledged not to be done within the span: (5年)内不改变设施用途
PLEDGE_AFTER = regex.compile(rf"{WITHIN}(?P<what>不[^，,；;。]{{1,12}})")
# who the sanction falls on, before what it takes: 其 / 该 / 相关企业
WHOM = regex.compile(r"^(?:[其该]|相关\p{Han}{0,8}?(?=申报|享受|参与|申请))")


def sanction_term(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """What a sanction whose term the span of time ``q`` is takes away, named as its 期限; None for any other span."""
    if q.unit not in TERM_UNITS:
        return None
    pledge = PLEDGE_AFTER.match(text, q.end, c_end) if PLEDGED_BEFORE.search(text, max(c_start, q.start - 4), q.start) else None
    if pledge:  # 须承诺10年内不迁出本县: how long the pledge holds
        return f"{pledge.group('what')}承诺期限"
    after = AFTER_WITHIN.match(text, q.end, c_end)
    if after:
        what = after.group("what")
        taken = TAKEN_UP_TO.match(what)
        return _term(after.group("verb"), taken.group(0) if taken else what)
    before = OPENED_BEFORE.search(text, c_start, q.start)
    if not before:
        return None
    taken = TAKEN_AFTER.match(text, q.end, c_end)
    if taken:  # 取消其5年内申报…的资格: the rights taken come after the span
        return _term(before.group("verb"), taken.group("what"))
    who = before.group("who")
    if TAKEN_END.search(who):  # 暂停补贴资格6至12个月: the rights were named before it
        return _term(before.group("verb"), who)
    return None


def _term(verb: str, what: str) -> str:
    """取消 + 其申报资格 → 取消申报资格期限 (whom it falls on and 的 left out)."""
    what = WHOM.sub("", what).replace("的", "")
    return f"{verb}{what}期限"
