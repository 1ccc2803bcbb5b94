"""An amount added on top of a support the sentence before set: 奖励标准为每人3000元；对取得高级证书的，每人再增加1000元.

Reads a money figure and the words before it; returns the name of the support added (增加补助) when the figure follows
再增加 / 另增加 / 再给予 and the sentence or case before it (back to 。) names the support it is added to, or the case's
added support when the verb names it and a case closed by 的 opens the clause before (使用有机肥替代化肥的，每亩再增加补助30元 →
使用有机肥替代化肥增加补助); None otherwise.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# the verb adding an amount, right before the figure (a unit word may stand between): 每户再增加(0.5万元) / 另给予(2000元)
# (another support's noun, 额外补助 / 另奖励, names the figure itself)
ADDED = regex.compile(r"(?:再|另行?|额外|追加)(?:增加|给予|提高)(?:每\p{Han}{1,2})?$")
# the support an earlier sentence or case named: 给予补助 / 补贴标准为 / 奖励资金
SUPPORT_NOUN = regex.compile(r"补助|补贴|奖励|奖补|资助|津贴")
# a support noun right after the figure (its own name): (2000元)补助 / 的生活补贴
NAMED_AFTER = regex.compile(r"的?\p{Han}{0,4}?(?:补助|补贴|奖励|奖补|资助|津贴)")
# the verb adding an amount and the support it names, right before the figure: (每亩)再增加补助(20元)
ADDED_NAMED = regex.compile(r"(?:再|另行?|额外|追加)(?:增加|给予|提高)(?P<noun>补助|补贴|奖励|奖补|资助)(?:最高|不超过)?$")
# the case an added amount is paid in, a clause closed by 的 before it: (其中)使用商品有机肥等替代化肥的，
CASE_BEFORE = regex.compile(r"(?:^|(?<=[，,；;。：:\n]))\s*(?:其中)?(?:对于|对)?(?P<case>[^，,；;。：:\n]{2,30}?)的[，,]\s*$")
# where the sentence holding the earlier cases starts
SENTENCE_START = regex.compile(r"[。\n]")


def added_support(text: str, q: Quantity, c_start: int) -> str | None:
    """The name of an amount added to a support named before it in the sentence (…给予补助…；…每户再增加0.5万元 →
    增加补助), or None."""
    named = ADDED_NAMED.search(text, max(c_start, q.start - 12), q.start) if q.unit_kind == "money" else None
    case = CASE_BEFORE.search(text, max(0, c_start - 40), c_start) if named else None
    if case:  # 其中使用…替代化肥的，每亩再增加补助30元: the case's added support, not the item's base one
        return case.group("case") + "增加" + named.group("noun")
    if q.unit_kind != "money" or not ADDED.search(text, max(c_start, q.start - 10), q.start) \
            or NAMED_AFTER.match(text, q.end) or SUPPORT_NOUN.search(text, c_start, q.start):
        return None  # 每亩每年再给予150元补助 / 省级财政再给予额外补助300元: the support is named in its clause
    start = max(0, *(m.end() for m in SENTENCE_START.finditer(text, max(0, q.start - 120), q.start)))
    noun = None
    for noun in SUPPORT_NOUN.finditer(text, start, q.start):
        pass
    return "增加" + noun.group(0) if noun else None
