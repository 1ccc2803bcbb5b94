"""Shares whose words before them only lead them in (who applies them, a modal, 按照, 拿出): named by what follows.

Reads a percentage with its clause and sentence; returns the measure's words — the action the share is applied to
(``各市级市场监管部门要按照不低于10%的比例，对…机构开展抽查`` → 抽查比例; ``按不低于10%的比例用于支持老年助餐`` →
用于支持老年助餐比例), or the thing taken out and what for (``应拿出不低于5%的岗位面向退役军人招录`` →
面向退役军人招录岗位比例) — or None when the words before the share name a measure of their own.
"""
from __future__ import annotations

import regex

from extractors.comparators import SHARE_UNITS
from extractors.numbers import Quantity
from extractors.targets.wording import LEVEL_AGENT, measure_words

# words that only lead a share in: (各市级市场监管部门要)(按照)(不低于) / (应)(拿出) / (奖励资金中)按 / (要)(督促县级)按
LED = regex.compile(
    rf"(?P<source>\p{{Han}}{{2,12}}?(?:资金|经费|收入|基金)中)?(?:{LEVEL_AGENT}|\p{{Han}}{{2,14}}?(?=要|应|须|可))?(?:要|应当|应|须|必须|可|可以|原则上)?"
    r"(?:(?:督促|指导|组织|要求)\p{Han}{1,8}?)?(?:在\p{Han}{2,12}?中)?(?:按照|按|拿出|安排|(?P<reserve>预留|留出|划出)|提取|统筹)?"
    r"(?:不低于|不少于|不超过|不高于|最高|最低|至少)?")
# the share's own word after it, then what it is applied to: (10%)的比例，对本省份…机构开展抽查 / 的比例用于支持老年助餐
APPLIED = regex.compile(r"(?:以上|以下)?的比例[，,]?\s*(?:对[^，,。；;]{1,30}?(?=开展|进行|组织|实施))?"
                        r"(?P<act>[^，,。；;：:]{2,20}?)(?=[，,。；;：:]|$)")
# the thing set aside, closing the clause: (预留不低于5%)的建设用地指标
RESERVED = regex.compile(r"(?:以上|以下)?的(?!比例)(?P<thing>\p{Han}{2,10}?)(?=[，,。；;：:]|$)")
# the thing taken out and what it is for: (5%)的岗位面向退役军人招录 / 的资金用于… / 的计划定向招录优秀…
TAKEN_FOR = regex.compile(r"(?:以上|以下)?的(?!比例)(?P<thing>\p{Han}{1,4}?)"
                          r"(?P<use>(?:专门|专项|定向)?(?:用于|面向|招录|招聘|招收|录用)[^，,。；;：:]{2,20}?)"
                          r"(?=[，,。；;：:]|$)")


def led_share_words(text: str, q: Quantity, left: str, c_end: int) -> str | None:
    """The words of a share whose words before it (``left``, cleaned) only lead it in; None otherwise."""
    led = LED.fullmatch(left or "") if q.unit in SHARE_UNITS else None
    if not led:
        return None
    source = led.group("source")[:-1] if led.group("source") else ""  # 奖励资金中按…: the share of those funds
    end = _sentence_end(text, q.end)
    taken = TAKEN_FOR.match(text, q.end, end)
    if taken:  # 拿出不低于5%的岗位面向退役军人招录: the share of the positions set aside for that
        return source + taken.group("use") + taken.group("thing") + "比例"
    reserved = RESERVED.match(text, q.end, end) if led.group("reserve") else None
    if reserved:  # 在国土空间规划中预留不低于10%的公共停车泊位: the share of that thing set aside
        return source + led.group("reserve") + reserved.group("thing") + "比例"
    applied = APPLIED.match(text, q.end, end)
    if not applied:
        return None
    act = measure_words(applied.group("act"))
    return source + act + "比例" if len(act) >= 2 else None


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its 。 or ；, or the line's end)."""
    ends = [i for i in (text.find(m, pos) for m in "。；;\n") if i >= 0]
    return min(ends) if ends else len(text)
