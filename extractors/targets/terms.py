"""Terms a rule grants or counts by: leave (产假158天, 配偶陪产假30天, 每年各享受育儿假10天, 护理假15天) and the span a
payment is counted over (每年按10个月计发, 按12个月计算) or capped at (每年最多发放8个月 → 岗位津贴月数): spans of time that are figures of a rule, each named by its own
words (产假; 运营补助计发月数).

Reads a span of time with its clause; returns the words that name it, or None for any other figure.
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity

# a kind of leave right before its length: (严格落实)产假 / 配偶陪产假 / (每年各享受)育儿假 / 独生子女护理假 / 带薪年休假
LEAVE = regex.compile(
    r"(?P<leave>(?:配偶|男方|女方|父母|独生子女|带薪)?"
    r"(?:陪产|护理|育儿|生育|年休|探亲|哺乳|节育|看护|陪护|产|婚|丧|病|事)假)(?:期)?(?:为|共|各)?$")
# a leave granted, its length before its name: (每年各)享受累计(10天)的育儿假 / 休(15天)护理假
LEAVE_GRANTED = regex.compile(r"(?:享受|享有|休|给予|增加|延长)(?:累计|共计|合计|共)?$")
LEAVE_AFTER = regex.compile(r"的?(?P<leave>(?:配偶|男方|女方|父母|独生子女|带薪)?"
                            r"(?:陪产|护理|育儿|生育|年休|探亲|哺乳|节育|看护|陪护|产|婚|丧|病|事)假)(?![\p{Han}])")
# the most spans a support is paid for, right before them: (每年)最多补助(10个月) / 最长发放 / 最长享受不超过
CAPPED_SPANS = regex.compile(r"(?:最多|最长)(?:可)?(?:补助|补贴|发放|享受|给予|资助)(?:不超过)?$")
# 按 right before a span, and the verb of counting or paying by it after: (每年按)10个月(计发) / (按)12个月计算
COUNTED_BY = regex.compile(r"按(?:照)?$")
COUNTING_VERB = regex.compile(r"(?P<verb>计发|计算|核定|发放|折算|计付|计)")
# the support or pay the sentence named before, whose months are counted: 运营补助 / 生活补贴 / 工资
PAID = regex.compile(r"\p{Han}{0,2}(?:补助|补贴|津贴|工资|薪酬|经费|奖励|奖补)")
# the noun of a count of spans by unit: 10个月 → 月数, 30天 → 天数
COUNT_NOUN = {"年": "年数", "个月": "月数", "天": "天数", "日": "天数", "个工作日": "工作日数", "小时": "小时数"}


def leave_words(text: str, q: Quantity, c_start: int) -> str | None:
    """The leave a span of time right after it is the length of (产假158天 → 产假), else None."""
    if q.unit not in DURATION_UNITS:
        return None
    leave = LEAVE.search(text, max(c_start, q.start - 12), q.start)
    if not leave and LEAVE_GRANTED.search(text, max(c_start, q.start - 6), q.start):
        leave = LEAVE_AFTER.match(text, q.end)  # 每年享受累计5天的护理假 → 护理假
    return leave.group("leave") if leave else None


def counted_span_words(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """The count of spans a payment is counted by (每年按10个月计发 → 运营补助计发月数, with the support the sentence
    named before; 计发月数 without one), else None."""
    if q.unit not in COUNT_NOUN:
        return None
    start = max([0, c_start - 80] + [text.rfind(mark, 0, c_start) + 1 for mark in "。\n"])
    capped = CAPPED_SPANS.search(text, max(c_start, q.start - 8), q.start)
    if capped:  # 每人每月发放岗位津贴400元，每年最多发放8个月 → 岗位津贴月数: the support named before, never the cap's verb
        paid = None
        for paid in PAID.finditer(text, start, capped.start()):
            pass
        return paid.group(0) + COUNT_NOUN[q.unit] if paid else None
    if not COUNTED_BY.search(text, max(c_start, q.start - 2), q.start):
        return None
    verb = COUNTING_VERB.match(text, q.end, c_end)
    if not verb:
        return None
    paid = None
    for paid in PAID.finditer(text, start, q.start):
        pass
    return (paid.group(0) if paid else "") + verb.group("verb") + COUNT_NOUN[q.unit]
