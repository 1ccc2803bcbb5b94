"""Standards per a base of households or people: ``按照每百户不低于20平方米的标准配建养老服务设施`` sets how much of a
thing is built per 百户 (20 平方米/百户), a requirement named by the thing and 配建标准; a standard per 千人口 or 万人
(每千人口不少于10个托位的标准) is counted in the thing's own unit with the base in its words (每千人口托位配建标准, 个), as the
indicators per 千人口 are (每千人口拥有3岁以下婴幼儿托位数: 个). A figure per people that names no counted thing's
standard (按每万人不少于3个布局) is ``per_thing.per_base_unit``'s: its base in its unit (个/万人), as every other figure set per a base of people is written.

Any figure set inside ``按照…的标准`` (``按照每个社区灭火器不少于30个、急救箱不少于5套的标准完成物资配备``) is likewise a
standard every one must meet, a requirement, whatever date the sentence gives for meeting it (``in_standard_phrase``).

Reads a figure with its clause and sentence; returns (words, unit) of such a standard, or None for any other figure.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# 按照每百户不低于 / 按每千人口不少于 / 按每万人: the base the figure is per, right before it (group ``base``)
PER_BASE = regex.compile(r"按(?:照)?每(?P<base>[百千万])(?P<who>户|人口|人|常住人口)(?:不低于|不少于|不小于|至少|达到)?$")
# what the standard is of, after 的标准: (…的标准)配建社区综合服务设施 / 规划建设托育服务设施 / 配套建设养老服务设施
BUILT_AFTER = regex.compile(r"的标准(?:规划|配套|同步)?(?:建设|配建|配置|配备|设置|建设配置)(?P<thing>\p{Han}{2,14}?)(?=[，,。；;（(]|$)")
# the few words of a clause before 按照 that name where the standard holds: 新建居住区 / 老城区和已建成居住区 (after
# the item's number: （一）新建小区)
WHERE = regex.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?\s*(?P<where>\p{Han}{2,14})")
# 按照 / 按 opening the phrase a standard is set in: 按照(每个社区灭火器不少于30个…的标准)
STANDARD_OPENING = regex.compile(r"按(?:照)?")
# the places a standard phrase sets each one's stock for, right after 按照: (按照)每个社区(灭火器不少于30个…)
EACH_PLACE_OPENING = regex.compile(r"每(?:个|一个)?(?P<places>乡镇|街道|社区|行政村|村|县[（(]市、区[）)]|县区|县|区|设区市|市|镇|乡)"
                                   r"(?=\p{Han})")
# the phrase's close after the figure, in its clause (over 、 items): (…、急救箱不少于5套)的标准
STANDARD_CLOSE = regex.compile(r"[^，,。；;：:\n]*?的标准(?!化)")
# where the phrase cannot reach past: a clause's or sentence's end
PHRASE_STOPS = "，,。；;：:\n"
# the thing a standard per people counts, after its unit: (10个)托位(的标准)
COUNTED = regex.compile(r"(?P<noun>\p{Han}{1,4}?)的标准")


def per_base_standard(text: str, q: Quantity, c_start: int, c_end: int) -> tuple[str, str] | None:
    """(words, unit) of a standard per base: ``新建城区按照每百户不低于20平方米的标准配套建设养老服务设施`` →
    (新建城区养老服务设施配建标准, 平方米/百户), ``新建居住区按照每千人口不少于10个托位的标准…`` → (新建居住区每千人口托位
    配建标准, 个); a clause per 百户 that names no thing after 的标准 takes the thing of the standard before it in the
    sentence, over ； (…；已建成住宅小区…按照每百户不低于15平方米的标准，通过购置…补齐); None for any other figure."""
    per = PER_BASE.search(text, max(c_start, q.start - 16), q.start)
    if per is None or q.unit is None:
        return None
    where = WHERE.fullmatch(text[c_start:per.start()].strip())
    where = where.group("where") if where else ""
    if per.group("who") != "户":  # 每千人口不少于10个托位的标准: the base in the words, the thing's unit
        counted = COUNTED.match(text, q.end, c_end)
        if counted is None:
            return None  # 按每万人不少于3个布局: no standard of a counted thing, the base in the unit (per_thing)
        return f"{where}每{per.group('base')}{per.group('who')}{counted.group('noun')}配建标准", q.unit
    thing = BUILT_AFTER.search(text, q.end, c_end)
    if thing is None:  # the thing of the standard before it in the sentence
        start = max([c_start - 200, 0] + [text.rfind(mark, 0, c_start) + 1 for mark in "。\n"])  # over ；
        for thing in BUILT_AFTER.finditer(text, start, c_start):
            pass
    return where + (thing.group("thing") if thing else "") + "配建标准", f"{q.unit}/{per.group('base')}户"


def in_standard_phrase(text: str, q: Quantity) -> bool:
    """Whether the figure stands inside ``按照…的标准`` in its clause (按照每个社区灭火器不少于30个、急救箱不少于5套的标准
    完成配备 → both figures): a standard set, not an amount to reach by a date."""
    return _standard_opening(text, q) is not None


def standard_places(text: str, q: Quantity) -> str | None:
    """The group of places a standard phrase sets each one's figure for (按照每个乡镇…、救生衣不少于100件的标准 → 各乡镇,
    for every item of its list), or None."""
    opening = _standard_opening(text, q)
    each = EACH_PLACE_OPENING.match(text, opening, q.start) if opening is not None else None
    return "各" + each.group("places") if each else None


def standard_item(text: str, q: Quantity, raw: str | None) -> str | None:
    """A figure's words without the 按照 (and 每个乡镇) that open the standard phrase it stands in: 按照每个乡镇编织袋 →
    编织袋, the thing each place stocks."""
    opening = _standard_opening(text, q)
    if opening is None or not raw:
        return raw
    each = EACH_PLACE_OPENING.match(text, opening, q.start)
    places = text[opening:each.end()] if each else ""  # 每个乡镇
    said = STANDARD_OPENING.match(raw)  # the words may start at 按照 or after it
    rest = raw[said.end():] if said else raw
    if places and rest.startswith(places):
        rest = rest[len(places):]
    return rest if rest != raw and len(rest) >= 2 else raw


def _standard_opening(text: str, q: Quantity) -> int | None:
    """Where the words after the 按照 of the standard phrase a figure stands in start, or None."""
    start = max(text.rfind(mark, 0, q.start) for mark in PHRASE_STOPS) + 1
    opening = None
    for opening in STANDARD_OPENING.finditer(text, start, q.start):
        pass
    return opening.end() if opening is not None and STANDARD_CLOSE.match(text, q.end) is not None else None
