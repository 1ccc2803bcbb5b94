"""What money is paid or charged per: the thing or period of a unit (每亩1500元 → 元/亩, 每人每月500元 → 元/月),
and what a bare 按…元的标准 standard charges (可按每户每月5元的标准收取垃圾处理费 → 垃圾处理费)."""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# support given per thing (按每亩1500元 / 每辆车最高3万元 / 每间客房1万元 / 每人次20元 / 每户不超过2万元 / 亩均财政
# 投入3000元 / 每起奖励200元): the amount
# keeps the thing it is paid for as its unit (group ``thing``: 元/亩, 元/辆, 元/间, 元/人次, 元/户), a monthly
# allowance its month (每人每月500元 → 元/月), an allowance per head and year or day its period (每人每年6000元 →
# 元/年, 每人每天50元 → 元/天, 每生每学期300元 → 元/学期; 每课时40元 → 元/课时; 每校每年5万元 → 元/校;
# 每新增1头能繁母牛奖补3000元 → 元/头; 每个村每年800元 / 每村奖励5万元 → 元/村, the thing after 个; 每列给予1万元 →
# 元/列, 每组给予2000元 → 元/组); an
# amount per year is the amount (每年安排5000万元 → 元)
PER_THING = regex.compile(
    r"每(?:(?P<month>月)|(?P<period>年|天|日|学期)|个(?P<thing>村|社区|乡镇|镇|街道)|(?:新增|吸纳|带动|安置|招用|培育|引进)?[1一]?(?P<thing>吨标准煤|平方米|立方米|千瓦时|千瓦|公里|课时|公顷|公斤|千克|人次|户次|列次|架次|班次|车次|间夜|"
    r"生(?![产成活态效])|"
    r"[亩吨户人家头台辆套座张床间项个名位所校处只次起件条餐列]|村(?!民)|组(?!织))|\p{Han}{1,3}?[1一](?P<thing>[人户家名]))|(?P<average>[亩户人])均"
)
# what a standard of money is charged as, after it: (每户每月5元)的标准收取垃圾处理费 → 垃圾处理费
CHARGED = regex.compile(r"(?:的)?(?:标准|价格)?(?:收取|缴纳|计收|征收|核收|收缴)(?P<what>\p{Han}{2,8}?)(?=[，,。；;]|$)")
# an amount per head and period as a table header writes it: 元/人·月 / 元/人/年 / 元/户·月
PER_HEAD_PERIOD = regex.compile(r"^元/(?:人|户|名)[·•/](?P<period>月|年|天|日)$")
# words that name nothing, only how a figure applies: 可按 / 按照 / 应当按
HOW_ONLY = regex.compile(r"(?:可以?|应当?|须|原则上)?(?:按照?|依照?|参照)?")


def support_unit(text: str, q: Quantity, c_start: int, averages: bool = True) -> str | None:
    """The unit of support paid per thing: 每亩补助1500元 → 元/亩, 每辆车最高3万元 → 元/辆, 每户不超过2万元 →
    元/户, 每人每月500元 → 元/月 (a monthly allowance), 每人每年6000元 → 元/年, 每人每天50元 → 元/天 (每生每天: per
    pupil, 每处每年: per site, the same); None for an amount (每年安排1200万元, 单个项目最高500万元); ``averages``:
    户均/人均 count too (a rule's 户均年增收 is an amount, not per head)."""
    if q.unit != "元":
        return None
    found = list(PER_THING.finditer(text, c_start, q.start))
    month = next((m for m in found if m.group("month")), None)
    if month:
        return "元/月"
    things = [m for m in found if not m.group("period") and (averages or not m.group("average"))]
    period = next((m for m in found if m.group("period")), None)
    if things and period and things[0].group("thing") in ("人", "生", "处") and things[0].start() < period.start():
        # 每人每年6000元: an allowance per head and year, like 每人每月 (每亩每年…: per mu; 每年安排…: the amount)
        return f"元/{period.group('period')}"
    # 每条航线每班次给予5万元: the thing nearest the amount is what it is paid per
    return f"元/{things[-1].group('thing') or things[-1].group('average')}" if things else None


# only a bound between a thing an amount is per and the amount: 每亩(不低于)500万元 / 每平方米(最高)100元
BOUND_BETWEEN = regex.compile(r"(?:不低于|不少于|不超过|不高于|最高|最低|至少|达到|为|约)?")


def per_unit_before(text: str, q: Quantity, c_start: int) -> str | None:
    """The unit of money stated right after the thing it is per, whatever the kind (新引进项目固定资产投资强度不低于每亩500万元 →
    元/亩); None when no such thing stands right before the amount (每亩补助1500元 is ``support_unit``'s)."""
    if q.unit != "元":
        return None
    last = None
    for last in PER_THING.finditer(text, c_start, q.start):
        pass
    if last is None or not last.group("thing") or not BOUND_BETWEEN.fullmatch(text, last.end(), q.start):
        return None
    return f"元/{last.group('thing')}"


def header_per_unit(words: str, unit: str | None) -> str | None:
    """The unit of a table column of money whose header says what it is paid per: 租房提取每月最高额度（元） → 元/月,
    每亩补助（元） → 元/亩; else the header's unit."""
    if unit != "元":
        return unit
    found = list(PER_THING.finditer(words))
    if any(m.group("month") for m in found):
        return "元/月"
    things = [m.group("thing") for m in found if m.group("thing")]
    return f"元/{things[-1]}" if things else unit


def charged_words(text: str, q: Quantity, raw: str | None, c_end: int) -> str | None:
    """What a money standard charges when the words before it name nothing: 可按每人每月3元的标准收取水费 → 水费;
    None when the words before it name the figure already."""
    if q.unit != "元" or (raw and not HOW_ONLY.fullmatch(raw)):
        return None
    charged = CHARGED.match(text, q.end, c_end)
    return charged.group("what") if charged else None


def per_head_period(unit: str | None) -> str | None:
    """元/人·月 → 元/月 (an allowance per head and month, like 每人每月); any other unit as it is."""
    m = PER_HEAD_PERIOD.match(unit or "")
    return f"元/{m.group('period')}" if m else unit


# 每月 before an amount, not a day of the month (每月10日前拨付): 每月提取金额最高不超过1200元
EVERY_MONTH = regex.compile(r"每(?:人每)?月(?!\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|底|末|初)")


def monthly_amount(text: str, q: Quantity, c_start: int) -> bool:
    """Whether money is an amount per month by its clause's own words (每月提取金额最高不超过1200元 → 元/月)."""
    return q.unit == "元" and EVERY_MONTH.search(text, c_start, q.start) is not None
