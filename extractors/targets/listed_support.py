"""A support a lead line names and the numbered items under it pay, each item writing only its case and how the money
is paid (``按以下标准发放护理补贴：\\n1. 失能等级为重度的，每人每月发放800元；\\n2. 中度的，每人每月发放500元``): each amount is
that support, named by its case (重度失能护理补贴 stays 失能等级为重度护理补贴), not by the way it is paid (每人每月发放).

Reads a money figure and the start of its clause; returns the support's name, or None when the figure stands in no such
item or its clause names a support of its own.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# the support a lead line gives, closing on a colon: (按以下标准)发放育儿补贴(，每年发放一次…)： / 给予一次性奖励如下：
LEAD_NOUN = regex.compile(r"(?:发放|给予|予以|兑现)(?P<noun>\p{Han}{0,8}?(?:补贴|补助|津贴|奖励|奖补|资助|慰问金|救助金))")
# a lead line that announces a list: 按以下标准 / 按如下标准 / 标准如下 / 分类发放
ANNOUNCES = regex.compile(r"以下|如下|下列|分类|分档|按照?[^，,。；;]{0,8}标准")
# a numbered item line: 1. / 2、 / （3） / ① / 一是
ITEM = regex.compile(r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑩]|[一二三四五六七八九十]是)\s*")
# the case an item opens with, closed by 的: (生育第二个孩子)的， / (对重度残疾人)的，
CASE = regex.compile(r"(?:对|对于)?(?P<case>[^，,；;。：:\d]{2,16}?)的[，,]\s*")
# the clause up to the amount: only how it is paid, per head or period, and the verb (每孩每年发放 / 一次性发放 / 每人每月给予)
HOW_PAID = regex.compile(r"(?:(?:每\p{Han}{1,2}?)|一次性|按|标准|最高|不超过|可)*(?:发放|给予|予以|补助|补贴|奖励|领取)?")
# how many lines up the lead may stand (a list of a few items)
MAX_ITEMS = 8


def listed_support(text: str, q: Quantity, c_start: int) -> str | None:
    """The name of an item's amount of the support its list's lead line gives (see the module), or None."""
    if q.unit_kind != "money":
        return None
    line = text.rfind("\n", 0, c_start) + 1
    item = ITEM.match(text, line)
    if item is None:
        return None
    case = CASE.match(text, item.end())
    if case is None or case.end() != c_start or not HOW_PAID.fullmatch(text, c_start, q.start):
        return None  # (1. 生育第一个孩子的，)一次性发放(2000元): the case, then only how it is paid
    lead = _lead_line(text, line)
    if lead is None:
        return None
    noun = LEAD_NOUN.search(lead)
    if noun is None or not ANNOUNCES.search(lead):
        return None
    return case.group("case") + noun.group("noun")


def _lead_line(text: str, line: int) -> str | None:
    """The line that closes on a colon right above a run of numbered item lines ending at ``line``, or None."""
    end = line - 1
    for _ in range(MAX_ITEMS):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        words = text[start:end].rstrip()
        if words.endswith(("：", ":")):
            return words
        if not ITEM.match(words) or not words:
            return None
        end = start - 1
    return None
