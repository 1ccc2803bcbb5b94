"""A support paid in instalments, each a share of the whole (购房补贴分三年发放，首年发放40%，第二、三年各发放30% / 奖励资金分
两次拨付，第一次拨付60%，第二次拨付40%): one support per instalment, named by what is paid, the instalment and the verb
(购房补贴首年发放比例, 购房补贴第二年发放比例, 购房补贴第三年发放比例); 第二、三年各 is two instalments, two facts.

Reads a share's candidates with the start of its clause; returns one candidate per instalment, or the candidates as they were.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbers import Quantity
from extractors.targets.clauses import sentence_start
from extractors.targets.context import Candidate

# the sentence says what is paid in instalments: 购房补贴分三年发放 / 奖励资金分两次拨付 / 补助分期兑现
IN_INSTALMENTS = regex.compile(r"(?P<paid>[\p{Han}（）]{2,12}?)(?:按年度)?分(?:[两二三四五六\d]{1,2}|)(?:个)?(?:年度?|次|期|批)"
                               r"(?:发放|兑现|拨付|支付|兑付)")
# the instalment right before the share: 首年发放 / 第二、三年各发放 / 第一次拨付 / 次年兑现
NUMERAL = r"[一二三四五六七八九十\d]{1,2}"
INSTALMENT = regex.compile(rf"(?P<when>首年|首次|首期|次年|第{NUMERAL}(?:[、和及]第?{NUMERAL})*(?P<unit>年|次|期|批))"
                           r"(?:各|分别|再)?(?P<verb>发放|兑现|拨付|支付|兑付)$")
# what is paid, without the words that only lead it in: (所需)资金 / (本办法)补贴
LEAD = regex.compile(r"^(?:第[一二三四五六七八九十百零\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])?"
                     r"(?:所需|相关|上述)?")


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
    what = LEAD.sub("", paid.group("paid"))
    when = inst.group("when")
    if inst.group("unit"):  # 第二、三年 → 第二年, 第三年
        whens = [f"第{n}{inst.group('unit')}" for n in regex.findall(NUMERAL, when)]
    else:
        whens = [when]
    target = cands[0].target
    return [replace(cands[0], target=replace(target, indicator=None, indicator_raw=f"{what}{w}{inst.group('verb')}比例",
                                             kind="support", comparator="=", deadline=None, deadline_start=None,
                                             deadline_raw=None, also_at=[])) for w in whens]
