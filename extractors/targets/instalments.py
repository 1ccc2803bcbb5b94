"""A support paid in instalments, each a share of the whole (安居补助分四年兑现，首年兑现40%，第二至四年各兑现20% / 扶持资金分
两次拨付，第一次拨付70%，第二次拨付30%): one support per instalment, named by what is paid, the instalment and the verb
(安居补助首年兑现比例, 安居补助第二年兑现比例, …); 第二、三年各 / 第二年和第三年各 / 第二至四年各 are several instalments,
one fact each.

Reads a share's candidates with the start of its clause; returns one candidate per instalment, or the candidates as they were.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbers import Quantity
from extractors.targets.clauses import sentence_start
from extractors.targets.context import Candidate
from extractors.targets.paid_words import paid_words

# the sentence says what is paid in instalments: 购房补贴分三年发放 / 奖励资金分两次拨付 / 补助分期兑现
IN_INSTALMENTS = regex.compile(r"(?P<paid>[\p{Han}（）]{2,12}?)(?:按年度)?分(?:[两二三四五六\d]{1,2}|)(?:个)?(?:年度?|次|期|批)"
                               r"(?:发放|兑现|拨付|支付|兑付)")
# the instalment right before the share: 首年发放 / 第二、三年各发放 / 第二年和第三年各发放 / 第二至四年各发放 / 第一次拨付
NUMERAL = r"[一二三四五六七八九十\d]{1,2}"
UNIT = r"(?:年|次|期|批)"
INSTALMENT = regex.compile(rf"(?P<when>首年|首次|首期|次年|第{NUMERAL}{UNIT}?(?:[、和及至到]第?{NUMERAL}{UNIT}?)*"
                           rf"(?<={NUMERAL})(?P<unit>{UNIT}))(?:各|分别|再)?(?P<verb>发放|兑现|拨付|支付|兑付)$")
# one numeral of the instalments, or a range of them: 二 / 二至四 (the ends in ``a`` and ``b``)
NUMBERS = regex.compile(rf"(?P<a>{NUMERAL}){UNIT}?(?:[至到]第?(?P<b>{NUMERAL}))?")
# numerals one to ten, for a range of instalments written in words: 二至四 → 二, 三, 四
DIGITS = "一二三四五六七八九十"


def per_instalment(text: str, q: Quantity, c_start: int, cands: list[Candidate]) -> list[Candidate]:
    """The share each instalment pays (see the module): one candidate per instalment, or ``cands`` unchanged."""
    if q.unit != "%" or len(cands) != 1:
        return cands
    inst = INSTALMENT.search(text, max(c_start, q.start - 16), q.start)
    if not inst:
        return cands
    paid = None
    for paid in IN_INSTALMENTS.finditer(text, sentence_start(text, c_start), c_start):
        pass
    if paid is None:
        return cands
    what = paid_words(paid.group("paid"), bare=True) or paid.group("paid")
    when = inst.group("when")
    if inst.group("unit"):  # 第二、三年 → 第二年, 第三年; 第二至四年 → 第二年, 第三年, 第四年
        whens = [f"第{n}{inst.group('unit')}" for m in NUMBERS.finditer(when) for n in _numbers(m)]
    else:
        whens = [when]
    target = cands[0].target
    return [replace(cands[0], target=replace(target, indicator=None, indicator_raw=f"{what}{w}{inst.group('verb')}比例",
                                             kind="support", comparator="=", deadline=None, deadline_start=None,
                                             deadline_raw=None, also_at=[])) for w in whens]


def _numbers(m: regex.Match) -> list[str]:
    """The instalments' numerals one numeral or a range names: 三 → [三]; 二至四 → [二, 三, 四]; 2到3 → [2, 3]."""
    a, b = m.group("a"), m.group("b")
    if b is None:
        return [a]
    if a.isdigit() and b.isdigit() and int(a) < int(b) <= int(a) + 9:
        return [str(n) for n in range(int(a), int(b) + 1)]
    if len(a) == 1 and len(b) == 1 and a in DIGITS and b in DIGITS and DIGITS.index(a) < DIGITS.index(b):
        return list(DIGITS[DIGITS.index(a):DIGITS.index(b) + 1])
    return [a, b]
