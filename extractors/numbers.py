"""Numbers, units and comparators as Chinese policy notices write them.

``find_quantities(text)`` returns every *quantity* in a text: a number (Arabic, or Chinese numerals
inside a quantity phrase such as ``百分之九十五`` or ``达到两千个``), an optional ``万``/``亿``
multiplier, ``多``/``余`` (more than), and a unit — or a range of two of them (``30%—40%``).
Values are multiplied out (``1.2万个`` → 12000 个, ``220万户`` → 2200000 户, ``5000万元`` →
50000000 元); percentages keep the percent number (``95%`` → 95, unit ``%``); per-capita units are
canonical (``个/每万人`` → ``个/万人``).

A bare digit run with no unit is *not* a quantity here (years, section numbers, ``5G``): the targets
extractor decides about context and logs why it skips a number. The one exception is a unitless
level that a comparator word governs and a bound word or the clause end closes (``PUE降至1.3以下``,
``系数不低于0.8，``): an index or ratio that has no unit to write.

``comparator(text, q, lo, hi)`` reads the words around a quantity (DOMAIN §4): 超过/超/高于/大于
``>``; 达到/达/以上/不少于/不低于/至少 ``>=``; 不超过/不高于/以内/以下 ``<=``; 为/是 ``=``;
约/左右/近 ``~``; ``None`` when no word says (the caller applies its default: ``>=`` for a target).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

# ---------------------------------------------------------------------------------------- numerals

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
_MULTIPLIERS = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千": 1e3, "百万": 1e6, "千万": 1e7}

# ---------------------------------------------------------------------------------------- units

#: unit spellings → the canonical one (个百分点, as notices and statistics write percentage points, keeps its 个)
_UNIT_ALIASES = {
    "％": "%", "个/每万人": "个/万人", "个每万人": "个/万人", "个/万人口": "个/万人", "座/万人": "个/万人",
    "个/每万人口": "个/万人", "百分点": "个百分点", "兆": "M", "Mbps": "Mbps", "mbps": "Mbps", "gbps": "Gbps",
    "度": "千瓦时", "kWh": "千瓦时", "ms": "毫秒",
}
#: units of bandwidth: ``500Mbps及以上用户`` names a class of users, ``50Gbps系统`` a spec
BANDWIDTH_UNITS = frozenset({"Mbps", "Gbps", "Tbps", "M", "G比特", "兆"})

# A unit right after a number, longest first so that 个/万人 wins over 个, 千瓦时 over 千:
#   %  个/万人  个/每万人  元/千瓦时  万元 → (multiplier) 元  个百分点  PFLOPS  Mbps  座  户 …
UNIT = regex.compile(
    r"(?:%|％"
    r"|[个座站]/(?:每)?万(?:人口|人)|个每万人"  # per-capita: 12个/万人, 20个/每万人
    r"|元/(?:千瓦时|度|kWh|吨|平方米|立方米|人|户|年|月|个|GB|G|M)"  # a price per unit: 0.35元/千瓦时
    r"|元"
    r"|个百分点|百分点|个工作日|个月"
    r"|[PET]FLOPS|FLOPS|[PETG]B(?![A-Za-z])"
    r"|[MGT](?:bps|b/s)|[mg]bps|M(?![A-Za-z\-])|兆(?![瓦])"
    r"|千瓦时|千瓦|兆瓦|平方米|公里|千米|人次"
    r"|[个座户处家项人名台套条所场件款类栋幢根杆站张部辆间枚架亩吨倍天次]"
    r"|小时|毫秒|微秒|分钟|秒(?!钟)|ms(?![A-Za-z])"
    r")"
)

# A number: 1.2  10,000  (Arabic, full-width already folded by normalization)
_ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Chinese numerals, at least one character: 两千  九十五  一百二十  三点五
_CHINESE = r"[零〇○一二两三四五六七八九十百千万亿]+(?:点[零〇○一二三四五六七八九]+)?"
# 万 / 亿 / 万亿 after an Arabic number (千 only when it is not the start of 千瓦/千米/千兆 …)
_MULT = r"(?:万亿|亿|千万|百万|万|千(?![瓦米克兆人]))"
# ~ — – - ～ 至 到: the dash or word joining the two ends of a range
_RANGE_SEP = r"\s*(?:[—–\-~～]{1,2}|至|到)\s*"

# One quantity or range of quantities:
#   1.2万个   220万户   95%   30%—40%   30—40%   30多家   百分之九十五   两千个   0.35元/千瓦时
QUANTITY = regex.compile(
    rf"(?P<pct_cn>百分之(?P<pct_num>{_CHINESE}))"
    rf"(?:{_RANGE_SEP}百分之(?P<pct_num2>{_CHINESE}))?"
    rf"|(?P<num>{_ARABIC})(?P<mult>{_MULT})?(?P<unit1>%|％)?"
    rf"(?:{_RANGE_SEP}(?P<num2>{_ARABIC})(?P<mult2>{_MULT})?(?P<unit1b>(?(unit1)[%％])))?"
    rf"(?P<more>多|余)?(?P<unit>(?(unit1)|{UNIT.pattern}))?"
)
# A Chinese-numeral count: 两千个, 三百座 (only used where a comparator or target verb precedes it)
CHINESE_QUANTITY = regex.compile(rf"(?P<num>{_CHINESE})(?P<more>多|余)?(?P<unit>{UNIT.pattern})")

# Words right before a quantity that make a Chinese numeral a number (达到两千个, 新建三百座)
_CN_CONTEXT = regex.compile(
    r"(?:达到|达|超过|超|不少于|不低于|至少|建成|新建|新增|新开通|开通|累计|完成|形成|打造|培育|提高到|提升到|提高至|提升至|为|约|近|共)$"
)
# the same verbs a few words before a numeral with a magnitude (培育数字化车间两千个)
_CN_VERB_NEAR = regex.compile(r"达到|超过|不少于|不低于|至少|建成|新建|新增|新开通|累计|完成|形成|打造|培育|提高到|提升到")

# 个/万人, 个/每万人, 座/万人口: the per-capita unit
PER_CAPITA_UNIT = regex.compile(r"[个座站]/(?:每)?万(?:人口|人)")
# a digit run glued to a letter or digit before it (10G-PON's 10, v5) is no number of its own
GLUED_BEFORE = regex.compile(r"[A-Za-z0-9.]")
# 十 百 千 万 亿: a Chinese numeral with a magnitude (两千, 三百)
MAGNITUDE = regex.compile(r"[十百千万亿]")
# clause punctuation: a verb beyond it does not govern the numeral
_PUNCT = regex.compile(r"[，。；、]")
# a unitless level (an index or a ratio such as PUE) closed by a bound word or the clause end: 降至1.3以下
BARE_LEVEL = regex.compile(r"(?P<num>\d+(?:\.\d+)?)(?=\s*(?:及以下|以下|以内|及以上|以上|左右|[，。；,;）)]|$))")
# a year standing alone (到2025，): never a level
BARE_YEAR = regex.compile(r"(?:19|20)\d{2}")

# ---------------------------------------------------------------------------------------- comparators

# before the number (closest wins); each line: the words and what they mean
_BEFORE = [
    ("<=", regex.compile(
        r"(?:不超过|不高于|不大于|不多于|控制在|压缩至|压减至|降至|降低到|降低至|(?<!不)低于|(?<!不)少于|(?<!不)小于)(?:了)?$")),
    (">", regex.compile(r"(?:(?<!不)超过|超出|(?<!不)超|(?<!不)高于|(?<!不)大于|(?<!不)多于|逾|突破)(?:了)?$")),
    (">=", regex.compile(
        r"(?:不少于|不低于|不小于|至少|达到|达|提高到|提高至|提升到|提升至|增长到|增加到|增加至|增至|扩大到|扩大至|保持在|稳定在)"
        r"(?:了)?$")),
    ("~", regex.compile(r"(?:约|大约|接近|将近|近|左右为)$")),
    ("=", regex.compile(r"(?:为|是|共计|合计|总计|共有|总量为|规模为)$")),
]
# after the number and unit: 以上, 以下, 以内, 左右
_AFTER_LE = regex.compile(r"^(?:及以下|以下|以内|之内|内(?![容部]))")
_AFTER_APPROX = regex.compile(r"^(?:左右|上下)")
_AFTER_GE = regex.compile(r"^(?:及以上|以上)")
# adverbs that may sit between the comparator and the number: 累计达 / 达到了 / 分别达到
_FILLER_BEFORE = regex.compile(r"(?:分别|累计|均|总计|共计|已|将|力争|争取|确保|要)$")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as found in a text (offsets into that text)."""

    start: int  # first character of the quantity (the number)
    end: int  # one past the unit (or the number when there is no unit)
    text: str
    value: float
    value_max: float | None = None
    unit: str | None = None
    more: bool = False  # 30多家: more than the number
    chinese: bool = False  # written with Chinese numerals

    @property
    def unit_kind(self) -> str | None:
        return unit_kind(self.unit)


def unit_kind(unit: str | None) -> str | None:
    """percent | per_capita | price | money | bandwidth | count | None: what kind of thing a unit measures."""
    if unit is None:
        return None
    if unit in ("%", "个百分点"):
        return "percent"
    if unit.startswith("元/"):
        return "price"
    if "/" in unit and unit.endswith(("万人", "千人", "百人", "百户")):
        return "per_capita"
    if unit == "元":
        return "money"
    if unit in BANDWIDTH_UNITS:
        return "bandwidth"
    return "count"


def canonical_unit(unit: str | None) -> str | None:
    if not unit:
        return None
    unit = _UNIT_ALIASES.get(unit, unit)
    if PER_CAPITA_UNIT.fullmatch(unit):
        return "个/万人"
    if unit.startswith("元/"):
        return "元/" + _UNIT_ALIASES.get(unit[2:], unit[2:])
    return unit


def chinese_to_number(text: str) -> float | None:
    """两千 → 2000, 九十五 → 95, 一百二十 → 120, 三点五 → 3.5, 二〇二三 → 2023; None when not a numeral."""
    if not text:
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = chinese_to_number(whole) if whole else 0
        if head is None or not frac or any(c not in _CN_DIGITS for c in frac):
            return None
        return head + float("0." + "".join(str(_CN_DIGITS[c]) for c in frac))
    if all(c in _CN_DIGITS for c in text):  # digit by digit: 二〇二三
        return float("".join(str(_CN_DIGITS[c]) for c in text))
    total, section, digit = 0, 0, None
    for char in text:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * _CN_SMALL_UNITS[char]
            digit = None
        elif char in _CN_BIG_UNITS:
            section += digit or 0
            total = (total + section) * _CN_BIG_UNITS[char] if char == "亿" else total + section * _CN_BIG_UNITS[char]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def _arabic(text: str) -> float:
    return float(text.replace(",", ""))


def _scaled(value: float, mult: str | None) -> float:
    if mult:
        value *= _MULTIPLIERS[mult]
    return round(value, 6)


def _clean(value: float) -> float:
    """Floating noise from multiplying out (1.2 × 10000 = 12000.000000000002) is rounded away."""
    return float(round(value, 6))


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]`` (offsets into ``text``), in order.

    A number counts only with a unit, ``%`` or a multiplier (``20.56万``), or as a unitless level right
    after a comparator word (``降至1.3以下``); Chinese numerals only in a quantity phrase
    (``百分之九十五``, or right after a comparator or target verb: ``达到两千个``).
    """
    end = len(text) if end is None else end
    out: list[Quantity] = []
    for m in QUANTITY.finditer(text, start, end):
        if m.group("pct_cn"):
            value = chinese_to_number(m.group("pct_num"))
            if value is None:
                continue
            top = chinese_to_number(m.group("pct_num2")) if m.group("pct_num2") else None
            out.append(Quantity(m.start(), m.end(), m.group(0), value, top, "%", chinese=True))
            continue
        num = m.group("num")
        if num is None:
            continue
        # a digit run glued to a preceding digit/letter is not a number of its own (10G-PON, AR2, v5)
        if m.start() > 0 and GLUED_BEFORE.match(text, m.start() - 1, m.start()):
            continue
        unit = m.group("unit1") or m.group("unit1b") or m.group("unit")
        mult, mult2 = m.group("mult"), m.group("mult2")
        if not unit and not mult:
            continue
        unit = canonical_unit(unit)
        value = _scaled(_arabic(num), mult)
        top = None
        if m.group("num2"):
            top = _scaled(_arabic(m.group("num2")), mult2 or mult)
            if not mult and mult2:
                value = _scaled(_arabic(num), mult2)  # 3—5万户: both ends in 万
            if top < value:  # not a range (2023-12): leave it
                continue
        text_end = m.end()
        if unit is None and m.group("more"):
            text_end -= 1  # 20多: 多 without a unit is prose, not a quantity suffix
        out.append(Quantity(m.start(), text_end, text[m.start():text_end], _clean(value),
                            _clean(top) if top is not None else None, unit, more=bool(m.group("more"))))
    # Chinese-numeral counts after a comparator or target verb (达到两千个, 新建三百座)
    for m in CHINESE_QUANTITY.finditer(text, start, end):
        if m.group("num") in ("万", "亿", "千", "百", "十"):
            continue
        near = text[max(start, m.start() - 12):m.start()]
        magnitude = MAGNITUDE.search(m.group("num")) is not None
        if text[max(start, m.start() - 1):m.start()] == "第":
            continue
        if not (_CN_CONTEXT.search(near) or (magnitude and _CN_VERB_NEAR.search(near) and not _PUNCT.search(near))):
            continue
        if any(q.start <= m.start() < q.end for q in out):
            continue
        value = chinese_to_number(m.group("num"))
        if value is None:
            continue
        unit = canonical_unit(m.group("unit"))
        out.append(Quantity(m.start(), m.end(), m.group(0), _clean(value), None, unit,
                            more=bool(m.group("more")), chinese=True))
    out += _bare_levels(text, start, end, out)
    out.sort(key=lambda q: q.start)
    return out


def _bare_levels(text: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """Unitless levels that a comparator word governs (PUE降至1.3以下, 系数不低于0.8，): value, no unit."""
    out = []
    for m in BARE_LEVEL.finditer(text, start, end):
        a = m.start()
        if (a > 0 and GLUED_BEFORE.match(text, a - 1, a)) or BARE_YEAR.fullmatch(m.group("num")):
            continue
        if any(q.start <= a < q.end for q in found):
            continue
        before = text[max(start, a - 12):a]
        # only words that bound a level (不是 为/是, which also introduce names and codes)
        if not any(pattern.search(before) for name, pattern in _BEFORE if name != "="):
            continue
        out.append(Quantity(a, m.end(), m.group(0), _clean(_arabic(m.group("num")))))
    return out


def comparator(text: str, q: Quantity, lo: int = 0, hi: int | None = None) -> str | None:
    """The comparator the words around ``q`` state (``text[lo:hi]`` bounds the clause), or None."""
    hi = len(text) if hi is None else hi
    before = text[max(lo, q.start - 12):q.start]
    # 累计达 / 分别达到: skip an adverb between the comparator and the number
    found = {}
    for name, pattern in _BEFORE:
        if pattern.search(before):
            found[name] = True
    if not found:
        stripped = _FILLER_BEFORE.sub("", before)
        for name, pattern in _BEFORE:
            if pattern.search(stripped):
                found[name] = True
    after = text[q.end:hi]
    if q.more:
        return ">"
    for name in ("<=", ">"):
        if found.get(name):
            return name
    # 达到1.2万架左右: 左右 qualifies the number itself, so it outweighs the plain verb of reaching
    if _AFTER_APPROX.match(after):
        return "~"
    if found.get(">="):
        return ">="
    if _AFTER_LE.match(after):
        return "<="
    if found.get("~"):
        return "~"
    if _AFTER_GE.match(after):
        return ">="
    if found.get("="):
        return "="
    return None


def suffix_length(text: str, q: Quantity, hi: int | None = None) -> int:
    """Length of 以上/以下/左右… right after a quantity (so that callers can skip it)."""
    after = text[q.end:hi]
    for pattern in (_AFTER_GE, _AFTER_LE, _AFTER_APPROX):
        m = pattern.match(after)
        if m:
            return m.end()
    return 0
