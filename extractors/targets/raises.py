"""Raises a rule allows on a level (上浮 / 下浮): named by the level raised and the direction, not by the base or the
modal before them; and the level after the raise (上浮后最高不超过80万元) named by the level raised.

Reads the words of a clause up to a figure (and the words of the figure before it in the sentence); returns
``贷款最高额度上浮比例`` for ``贷款最高额度分别上浮20%``, ``救助金额上浮比例`` for ``可在核定救助金额基础上上浮不超过20%``,
``贷款利率下浮`` for ``贷款利率可在同档次利率基础上下浮不超过20个基点``, ``贷款最高额度`` for ``上浮后最高不超过80万元``
after them; None for any other figure.
"""
from __future__ import annotations

import regex

from extractors.comparators import SHARE_UNITS
from extractors.numbers import Quantity
from extractors.targets.condition_spans import ITEM_NUMBER
from extractors.targets.wording import measure_words

# the level raised and how, right before the figure: 贷款最高额度分别上浮 / 定额标准最高可上浮 / 可在…基础上上浮不超过
RAISED = regex.compile(r"(?P<what>[\p{Han}（）()“”A-Za-z]{0,32}?)(?:分别|最高|最多|可以|可|再|均)*(?P<dir>上浮|下浮|上调|下调)"
                       r"(?:不超过|不高于|不得超过|最高|最多)?$")
# the base a raise is made on, closing the words of what is raised: 可在上述标准基础上 / 在核定救助金额的基础上
ON_BASE = regex.compile(r"(?:可以|可|均|再)?在(?P<base>[\p{Han}（）()]{2,16}?)(?:的)?基础上$")
# a level bounded by a benchmark raised: (贷款执行利率)不超过(同期贷款市场报价利率（LPR）)(上浮50%) — the level's own words
OVER_BENCHMARK = regex.compile(r"(?P<own>[\p{Han}“”]{2,16}?)(?:不超过|不高于|不得超过|不得高于)(?P<base>.{2,24})$")
# a line a PDF broke inside a sentence, before the clause: …贷款市场报价利率\n（LPR）上浮50%
BROKEN_LINE = regex.compile(r"[^。；;：:！？!?\n]\n$")
# words that only point at a level named before: 上述标准 → 标准 / 核定救助金额 → 救助金额
POINTER = regex.compile(r"^(?:上述|前述|以上|核定的?|原|现行|现有|第[一二三四五六七八九十百零\d]{1,5}条(?:规定的?)?)")
# a time clause, no measure: 核定时 / 申报奖补时
WHEN = regex.compile(r"(?:时|之时|期间)$")
# earlier figures of a list before this one: (贷款最高额度分别上浮)20%、(30%)
LISTED_BEFORE = regex.compile(r"(?:\d+(?:\.\d+)?(?:%|‰|个基点|个百分点)?[、和及])+$")
# a level after the raise: 上浮后(最高不超过80万元)
AFTER_RAISE = regex.compile(r"^(?:上浮|下浮|上调|下调|提高|调整)后")
# a raise's own name, after the level it raises: 贷款最高额度上浮比例 → 贷款最高额度
RAISE_NAME = regex.compile(r"(?:上浮|下浮|上调|下调)(?:比例)?$")

# a rate set off the loan prime rate by points, right before them: 利率按照同期同档次贷款市场报价利率（LPR）减(60个基点)
# (the rate set, not the benchmark: 按…贷款市场报价利率（LPR）减150个基点以下部分给予贴息 names no rate of its own)
POINTS_OFF_LPR = regex.compile(r"(?P<what>\p{Han}{0,6}?(?<!报价|基准)利率)[^，,。；;]{0,30}?(?:LPR|贷款市场报价利率)[）)]?(?P<dir>减|加)$")


def raise_words(text: str, q: Quantity, c_start: int, left: str, before: str | None) -> str | None:
    """The words of a raise (``…上浮比例``), or of the level after one (``before``: the words of the raise named
    before it in the sentence); None for any other figure."""
    if AFTER_RAISE.match(left or "") and before and RAISE_NAME.search(before):
        level = RAISE_NAME.sub("", before)
        return level if len(level) >= 2 else None
    if BROKEN_LINE.search(text, max(0, c_start - 2), c_start):  # the sentence's line before, broken by the page
        c_start = max(text.rfind(m, 0, c_start - 1) for m in "。；;，,：:\n") + 1
    words = LISTED_BEFORE.sub("", text[c_start:q.start].replace("\n", ""))
    off = POINTS_OFF_LPR.search(words) if q.unit == "个基点" else None
    if off:  # 利率按照…贷款市场报价利率（LPR）减60个基点 → 利率较LPR减点
        return f"{measure_words(off.group('what')) or off.group('what')}较LPR{off.group('dir')}点"
    raised = RAISED.search(words)
    if not raised:
        return None
    what = ITEM_NUMBER.sub("", raised.group("what"))  # 第十三条…: no article number
    on = ON_BASE.search(what)
    if on:  # 贷款利率可在同档次利率基础上下浮: the words before the base, else the base itself
        own = measure_words(what[:on.start()])
        when = WHEN.search(own)  # 核定时 / 下一年度申报奖补时: when it is raised, no measure
        what = own if len(own) >= 2 and not when else POINTER.sub("", on.group("base"))
    over = OVER_BENCHMARK.fullmatch(what)
    what = measure_words(over.group("own") if over else what)  # 贷款执行利率不超过…报价利率（LPR）上浮: the rate
    if len(what) < 2:
        return None
    return what + raised.group("dir") + ("比例" if q.unit in SHARE_UNITS else "")
