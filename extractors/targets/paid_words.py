"""What a support clause pays, in the words before the payer: 补贴资金(由…) / (所需)经费 / (第四条)奖补资金.

One helper for every reader of a cost split or an instalment: the item's number, the words that only lead the thing in
(所需, 相关, 上述, 有关) and a scope or verb around it left out; a bare 资金/经费 names nothing.
"""
from __future__ import annotations

import regex

from extractors.targets.wording import measure_words

# an item's number before its words: 第四条 / （二） / 三、 / 2.
ITEM_NUMBER = regex.compile(r"^(?:第[一二三四五六七八九十百零\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                            r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*")
# words that only say the thing is needed or named before: 所需(资金) / 上述(补贴)
NEEDED = regex.compile(r"^(?:所需|相关|上述|有关)")
# what is paid, a short noun phrase: 补贴资金 / 管护经费 / 奖补资金（含配套）
PAID = regex.compile(r"[\p{Han}（）()]{2,12}")
# funds named by their kind only: 资金 / 经费
BARE = frozenset({"资金", "经费"})


def paid_words(words: str, bare: bool = False) -> str:
    """The name of what is paid in ``words`` (the clause before 由…, or a phrase already cut), else ""; a bare
    资金/经费 only when ``bare``."""
    words = ITEM_NUMBER.sub("", (words or "").strip("，,；;：: "))
    words = NEEDED.sub("", measure_words(words) or "")
    if not PAID.fullmatch(words) or (words in BARE and not bare):
        return ""
    return words
