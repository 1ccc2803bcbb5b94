"""Ages that say who a rule or benefit is for: an eligibility threshold (a requirement named by the people and 年龄),
not an age that only names a class of people inside an indicator or a count (5岁以下儿童死亡率, 60周岁以上老年人41.2万人).

Reads an age with its clause; says whether it is such a threshold and what it is the age of:
``对80周岁以上老年人…给予`` / ``对45周岁以下、在本市创业…的青年`` (who is eligible, right after 对),
``高龄（80周岁以上）老年人`` (a class word explained in brackets), ``招收2岁以上幼儿`` (who is admitted),
``落实65周岁以上老年人、残疾人等群体免费乘车`` (who a free or reduced fare is for). And an animal's age in months, named
by the livestock it is of (``引进18月龄以上…的良种母牛`` → 良种母牛月龄).
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

AGE_UNITS = frozenset({"周岁", "岁"})
# right before the age: 对 / 对于 / 凡 opening who is eligible (对45周岁以下… / 全年对60周岁以上老年人…), maybe 年龄在
FOR_WHOM = regex.compile(r"(?:对于|对|凡是|凡)(?:年龄在)?$")
# right before the age: the verb of admitting people (招收2岁以上幼儿)
ADMITS = regex.compile(r"(?:招收|招录|招聘|招用|录用|收托|接收)$")
# a class word whose age bound is given in brackets: 高龄（80周岁以上）
CLASS_IN_BRACKETS = regex.compile(r"(?P<word>\p{Han}{1,4})[（(]$")
# the bound and the close of such a bracket: 以上）
BRACKET_CLOSE = regex.compile(r"(?:及以上|以上|及以下|以下)[）)]")
# the bound after the age: 以上 / 以下 / 及以上, maybe after the edge it includes: 14周岁（含）以下
BOUND_AFTER = regex.compile(r"(?:[（(]含[）)])?(?:及以上|以上|及以下|以下)")
# a free or reduced fare, ticket or service the people after the age are given, later in the clause
FREE_OR_REDUCED = regex.compile(r"免费|优惠|免收|减免|免票|半价")
# the people right after the age (and its bound) in brackets, closed by a list mark or the clause: （80周岁以上）老年人
PEOPLE_AFTER = regex.compile(r"(?!的)(?P<who>\p{Han}{1,5}?)(?=[、，,；;。）)]|以及|和|及|与|等|免|优惠|$)")
# words that are only people: 子女 / 老年人 / 申报人 (the figure's own words, when they name whom the age is of)
PEOPLE_WORDS = regex.compile(r"\p{Han}{0,4}(?:人|者|子女|儿童|幼儿|少年|学生|青年|人员|人才|农民)")
# a count of the people named, after them: (3岁以下婴幼儿)人数 — the age names the class counted
COUNTED_AFTER = regex.compile(r"\p{Han}{1,5}?(?:人数|数量|总数|人口)")
# a count of the people named, after them: (3岁以下)婴幼儿不少于10名 — the age names the class counted
COUNT_NEXT = regex.compile(r"\p{Han}{1,6}?(?:不少于|不低于|至少|达到|超过)?\d+(?:\.\d+)?万?(?:名|人)")
# who an eligibility phrase ends with, before its support or comma: …的农创客，
THING_AFTER_DE = regex.compile(r"的(?P<who>\p{Han}{2,8}?)(?=[，,；;。]|给予|按|予以|可|经|$)")
# the livestock an age in months is of, after it and its bound: (12月龄以上、体重40公斤以上)的肉羊、奶羊等能繁母羊
LIVESTOCK_AFTER = regex.compile(r"[^，,。；;]*?的(?:[^，,。；;]*?等)?(?P<what>\p{Han}{2,8}?)(?=[，,。；;（(]|$)")


def age_threshold(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether an age followed by the people it names says who a rule or benefit is for (see the module)."""
    if q.unit not in AGE_UNITS or q.value_max is not None:
        return False  # 招收2至3岁幼儿: an age band naming a group
    bound = BOUND_AFTER.match(text, q.end, c_end)
    after = bound.end() if bound else q.end
    if COUNTED_AFTER.match(text, after, c_end) or COUNT_NEXT.match(text, after, c_end):
        return False  # 按实际收托3岁以下婴幼儿人数 / 收托3岁以下婴幼儿不少于10名: the class counted
    if FOR_WHOM.search(text, c_start, q.start) or ADMITS.search(text, c_start, q.start):
        return True
    if CLASS_IN_BRACKETS.search(text, max(c_start, q.start - 6), q.start) and BRACKET_CLOSE.match(text, q.end, c_end):
        return True
    return bool(bound) and bool(FREE_OR_REDUCED.search(text, after, c_end))


def age_words(text: str, q: Quantity, c_start: int, c_end: int, raw: str | None = None) -> str | None:
    """What an eligibility age is the age of: the people after it with 年龄 (老年人年龄; 高龄老年人年龄 for a class word
    explained in brackets; 农创客年龄 for the thing a 对…的 phrase ends with), the figure's own words when they only name people (子女年龄), or 年龄 alone; None for other figures."""
    if q.unit not in AGE_UNITS:
        return None
    bound = BOUND_AFTER.match(text, q.end, c_end)
    after = bound.end() if bound else q.end
    word = CLASS_IN_BRACKETS.search(text, max(c_start, q.start - 6), q.start)
    closing = BRACKET_CLOSE.match(text, q.end, c_end) if word else None
    if closing:
        people = PEOPLE_AFTER.match(text, closing.end(), c_end)
        return word.group("word") + (people.group("who") if people else "") + "年龄"
    if FOR_WHOM.search(text, c_start, q.start) or ADMITS.search(text, c_start, q.start):
        thing = THING_AFTER_DE.search(text, after, c_end)
        if thing:
            return thing.group("who") + "年龄"  # 对45周岁以下、在本市…创业的农创客 → 农创客年龄
    return (raw if raw and PEOPLE_WORDS.fullmatch(raw) else "") + "年龄"  # 子女3周岁以下的 → 子女年龄


def months_of_age_words(text: str, q: Quantity, c_end: int) -> str | None:
    """What an age in months (月龄) is the age of: the livestock named after it (…等能繁母羊 → 能繁母羊月龄), else 月龄
    alone; None for a figure in another unit."""
    if q.unit != "月龄":
        return None
    what = LIVESTOCK_AFTER.match(text, q.end, c_end)
    return (what.group("what") if what else "") + "月龄"
