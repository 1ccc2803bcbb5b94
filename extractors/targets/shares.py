"""Shares of things that do something: ``四分之三以上的乡镇（街道）建成便民服务站`` is the share of 乡镇（街道） that do it;
a 其中 part (``其中20%以上的养老机构设置护理型床位``) too, and each share of a pair whose things do the same (``100%的二级医院和
70%以上的一级医院能够开展远程会诊…`` → …的二级医院占比, …的一级医院占比).

Reads a percentage (or fraction) with nothing before it in its clause and the words after it; returns the
measure's words as a researcher names it (``建成便民服务站的乡镇（街道）占比``), or None for any other figure. A share of
those who must agree to a thing (``方案须经三分之二以上居民同意``) is named by the thing and who agree (方案居民同意比例).
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# a Chinese character before the figure: its own words (学校80%以上)
HAN = regex.compile(r"\p{Han}")
# only the region's whole before the first share of a pair, no words of its own: (截至2025年底，)全省(92.1%的小学和
# 88.5%的初中建成了心理辅导室)
WHOLE_REGION = regex.compile(r"\s*(?:全国|全省|全区|全市|全州|全县|全盟|全旗)\s*")

# N%以上的<things><what they do>: 80%以上的乡镇卫生院接入医共体信息平台 / 三分之二以上的县（市）实现…
SHARE_OF_THINGS = regex.compile(
    r"(?:及)?(?:以上|以下)?的(?P<things>[\p{Han}（）()、]{2,24}?)"
    r"(?P<does>(?:能够|能|可以|均|全部)?(?:规范|有效|全面|稳定|按要求|按规定)?(?:实现|接入|开展|达到|建成|具备|提供|完成|纳入|配备|开通|参加|参与|通过|建立|设立|设置|设有|建有|使用|应用|落实)"
    r"[^，,。；;：:]{1,30})"
)


# the next share of a pair whose things do the same: (100%的社区卫生服务站)和(80%以上的村卫生室能够…)
NEXT_SHARE = regex.compile(r"的(?P<things>[\p{Han}（）()]{2,16}?)(?:和|及|与|、)(?=\d+(?:\.\d+)?%(?:及)?(?:以上|以下)?的)")
# the things of the share before, closing the words before the next of a pair: (100%)的社区卫生服务站和(80%…)
PAIR_TAIL = regex.compile(r"(?:及)?(?:以上|以下)?的[\p{Han}（）()]{2,16}?(?:和|及|与|、)")
# 其中 opening a part's share: 其中(15%以上的中医馆完成服务内涵建设)
PART_OPENING = regex.compile(r"^\s*其中\s*$")
# what must be agreed to before a share of those who agree: (收益分配方案)须经(本集体经济组织成员大会)(三分之二以上…同意)
CONSENTED = regex.compile(r"(?P<thing>\p{Han}{2,12}?)(?<!须|需|应当|应|必须)(?:须|需|应当|应|必须)?经(?![济营费销验常历])过?(?P<who>[\p{Han}（）()]{0,20})$")
# an article number or a list number opening the words: 第七条 / 二、 / （三）
ARTICLE = regex.compile(r"^(?:第[一二三四五六七八九十百零〇\d]{1,5}条|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])")
# who agree, after their share: (三分之二)以上(成员（代表）)同意 / 以上的(业主)书面同意
AGREEING = regex.compile(r"(?:及)?(?:以上|以下)?的?(?P<party>[\p{Han}（）()]{0,10}?)(?:书面)?同意")
# words in brackets (成员（代表）: 代表)
BRACKETED = regex.compile(r"[（(][^（）()]*[）)]")
# a percentage: 80%
PERCENT = regex.compile(r"\d+(?:\.\d+)?%")


def share_of_things(text: str, q: Quantity, lo: int, c_end: int) -> str | None:
    """The words of a share of things that do something (``90%以上的中小学接入智慧教育平台`` →
    ``接入智慧教育平台的中小学占比``; ``100%的二级医院和70%以上的一级医院能够…`` → the first share is of
    二级医院 doing what the pair does); None when the figure has words of its own before it (其中 is none)."""
    before = text[lo:q.start]
    consent = consent_share(text, q, lo, c_end)
    if consent:
        return consent
    if q.unit != "%" or (HAN.search(before) and not PART_OPENING.match(before) and not PAIR_TAIL.fullmatch(before)
                         and not (WHOLE_REGION.fullmatch(before) and NEXT_SHARE.match(text, q.end, c_end))):
        return None
    m = SHARE_OF_THINGS.match(text, q.end, c_end)
    pair = NEXT_SHARE.match(text, q.end, c_end) if not m else None
    if pair:  # (100%)的二级医院和70%以上的一级医院能够…: the things of this share, the doing of the next
        m2 = SHARE_OF_THINGS.match(text, pair.end() + _figure_length(text, pair.end()), c_end)
        return f"{m2.group('does')}的{pair.group('things')}占比" if m2 else None
    if not m:
        return None
    return f"{m.group('does')}的{m.group('things')}占比"


def consent_share(text: str, q: Quantity, lo: int, c_end: int) -> str | None:
    """The share of those who must agree to a thing (``改造方案须经小区三分之二以上居民同意`` → ``改造方案居民同意比例``;
    ``分配方案须经成员大会三分之二以上成员（代表）同意`` → ``分配方案成员同意比例``; the body before the share names
    those who agree when nothing does after it); None for any other figure."""
    consented = CONSENTED.search(text, lo, q.start) if q.unit == "%" else None
    agreeing = AGREEING.match(text, q.end, c_end) if consented else None
    if agreeing is None:
        return None
    party = BRACKETED.sub("", agreeing.group("party")) or BRACKETED.sub("", consented.group("who"))
    return f"{ARTICLE.sub('', consented.group('thing'))}{party}同意比例"


def _figure_length(text: str, pos: int) -> int:
    """The length of the percentage opening at ``pos`` (80% → 3)."""
    m = PERCENT.match(text, pos)
    return len(m.group(0)) if m else 0
