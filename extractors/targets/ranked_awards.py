"""Awards paid by rank: 对年度考核排名前三的街道分别给予6万元、4万元、2万元的工作经费 is three supports, one per rank
(年度考核第一名街道工作经费 6万元, 年度考核第二名… 4万元, 年度考核第三名… 2万元), not one support of the top three.

Reads a money figure and its sentence; returns the name of the support paid to the rank the figure's place in the
分别 list gives, or None when the sentence pays no ranks.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, chinese_to_number, find_quantities

# the ranks paid, what they are ranked by and who: 对(考评)排名前三的(乡镇)分别给予 / 对年度考核前5名的单位分别奖励
RANKED = regex.compile(r"对(?P<by>\p{Han}{0,8}?)(?:排名|排序|名次)?前(?P<n>[2-9]|[二两三四五六七八九十])(?:名|位)?的?"
                       r"(?P<who>\p{Han}{1,8}?)分别(?:给予|予以|奖励|奖补|补助|安排)?")
# the support named after the list: (5万元)的以奖代补资金 / (5万元)奖励
NOUN_AFTER = regex.compile(r"的?(?P<noun>\p{Han}{0,6}?(?:资金|奖励|奖补|补助|补贴|经费))")
# the separator of a 分别 list's amounts: 10万元、8万元和5万元
LIST_JOINT = regex.compile(r"\s*[、,，和及]\s*")
# the Chinese numerals of ranks: 第一名
RANK_WORDS = "一二三四五六七八九十"
SENTENCE_MARKS = "。；;\n"


def ranked_award(text: str, q: Quantity) -> str | None:
    """The name of the support a rank gets (``考评第二名乡镇以奖代补资金``), or None."""
    if q.unit_kind != "money":
        return None
    start = max(text.rfind(mark, 0, q.start) for mark in SENTENCE_MARKS) + 1
    ranked = None
    for ranked in RANKED.finditer(text, start, q.start):
        pass
    if ranked is None:
        return None
    n = ranked.group("n")
    count = int(n) if n.isdigit() else int(chinese_to_number(n) or 0)
    amounts, pos = [], ranked.end()
    for other in find_quantities(text, ranked.end(), min(len(text), ranked.end() + 80)):
        if other.unit_kind != "money" or not (other.start == pos or LIST_JOINT.fullmatch(text, pos, other.start)):
            break
        amounts.append(other)
        pos = other.end
    index = next((i for i, a in enumerate(amounts) if a.start == q.start), None)
    if index is None or len(amounts) != count or count > len(RANK_WORDS):
        return None  # the list gives no figure per rank
    noun = NOUN_AFTER.match(text, pos)
    return f"{ranked.group('by')}第{RANK_WORDS[index]}名{ranked.group('who')}{noun.group('noun') if noun else '奖励'}"
