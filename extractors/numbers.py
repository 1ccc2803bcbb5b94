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

Also read: fractions (``三分之一`` → 33.333333 %), Chinese numerals with a magnitude before a money,
area or weight unit (``一千二百万元``, ``百亿元``), a bare magnitude after a comparator (``用户超千万`` →
10000000, no unit), and spans of years (``5年``, ``两年`` after 连续/满…): a number of up to three digits
before 年 (four digits before 年 are a year, read by ``extractors.deadlines``), and temperatures below zero as
negative values, the sign in the quantity's text (``零下15℃`` / ``-18℃`` → -15, -18; ``5℃-10℃`` is a range).

The comparator words around a quantity live in ``extractors.comparators`` (``comparator`` and
``suffix_length`` are re-exported here).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extractors.comparators import BEFORE as _BEFORE
from extractors.comparators import comparator, suffix_length  # noqa: F401  (re-exported for callers)
from extractors.count_words import alternation as count_alternation

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
    "度": "千瓦时", "kWh": "千瓦时", "吨标煤": "吨标准煤", "μg/m3": "微克/立方米", "mg/m3": "毫克/立方米",
    "个学时": "学时", "个课时": "课时", "摄氏度": "℃", "°C": "℃", "台(套)": "台（套）", "套（台）": "台（套）", "套(台)": "台（套）", "套(间)": "套（间）",
}
#: units of bandwidth: ``500Mbps及以上用户`` names a class of users, ``50Gbps系统`` a spec
BANDWIDTH_UNITS = frozenset({"Mbps", "Gbps", "Tbps", "M", "G比特", "兆"})

# the count words a unit with its alternative in brackets is written with: 件（套） / 台（套） / 套（间） / 座（处）
_COUNT_WORDS = "件台套间个座处栋幢辆艘家所张卷"
_ALTERNATIVE_UNIT = rf"[{_COUNT_WORDS}][（(][{_COUNT_WORDS}][）)]"
# 件(套) as a notice may write it with ASCII brackets: 件（套）
ALTERNATIVE_UNIT = regex.compile(rf"(?P<unit>[{_COUNT_WORDS}])[（(](?P<other>[{_COUNT_WORDS}])[）)]")

# A unit right after a number, longest first so that 个/万人 wins over 个, 千瓦时 over 千:
#   %  个/万人  个/每万人  元/千瓦时  万元 → (multiplier) 元  个百分点  PFLOPS  Mbps  座  户 …
UNIT = regex.compile(
    r"(?:%|％"
    r"|[个座站]/(?:每)?万(?:人口|人)|个每万人"  # per-capita: 12个/万人, 20个/每万人
    r"|(?:批次|件|张|名|人|次|床)/(?:每)?[千百万](?:人口|人)"  # per so many people: 1.2件/千人, 3.2人/千人
    r"|元/(?:千瓦时|千瓦|瓦(?!时)|度|kWh|吨标准煤|吨|平方米|立方米|人次|列次|人|生|户|年|月|小时|天|日|次|餐|个|亩|辆|间夜|间|项|家|床|台|套|GB|G|M|头|只|羽|匹|峰|口(?![径岸罩头])|店)"  # a price/rate per
    r"(?:[·/](?:月|年|日|天))?"  # unit: 0.35元/千瓦时, 150元/千瓦, 0.2元/瓦, 3万元/辆; per thing and time: 100元/床·月, 800元/生·年
    # a measure per thing or time, written with its base: 149公斤/亩, 1.5平方米/人, 29厘牛/特克斯, 20公里/小时, 300吨/日
    r"|(?:公斤|千克|毫克|微克|克|吨|平方米|立方米|平方公里|公里|千米|厘米|毫米|米|厘牛|千瓦时|千瓦)"
    r"/(?:亩|公顷|人次|人|户|吨|小时|特克斯|天|日|年|月|秒|台|辆|平方米|立方米|千瓦时|万元|千克)"  # 有机质1克/千克
    r"|/(?:10|100|1)?(?:十万|百万|万|千|百)(?=以[上下内]|左右|[^\p{Han}]|$)"  # a rate per so many: 孕产妇死亡率12/10万
    r"|(?:吨标准煤|吨|立方米|千瓦时|公斤|千克)/(?:日|天|年|小时)"  # a physical rate: 2300吨/日, 100万吨/年, 5万立方米/天
    r"|[美欧港]元|元"  # a foreign currency keeps its name: 500万美元 → 5000000 美元, not 元
    r"|个百分点|百分点|个基点|基点|个工作日|个月|个等级|个?学时|个?课时|批次"  # 提升0.5个等级: grades of a scale; LPR减150个基点; 8个学时
    r"|[PET]FLOPS|FLOPS|[PETG]B(?![A-Za-z])"
    r"|[MGT](?:bps|b/s)|[mg]bps|M(?![A-Za-z\-])|兆(?![瓦])"
    r"|千瓦时|千伏安|千伏|千瓦|兆瓦时|吉瓦时|兆瓦|吉瓦|平方公里|平方千米|平方米|立方米|公顷|公里|千米|厘米|毫米|米(?![饭粉面酒])|人次|户次|家次|标准机架|标准箱|标箱"
    r"|吨标准煤|吨标煤|吨二氧化碳当量|吨二氧化碳|公斤|千克|斤|毫升|克(?![服隆拉制])|微克/立方米|毫克/立方米|μg/m3|mg/m3|‰"
    r"|℃|摄氏度|°C|月龄|口(?![径岸罩头子号碑语味])"  # 35℃以上, 18月龄以上的母牛, 山塘800口
    r"|场次|床位|支(?![持付出撑援])|床|顶(?![层端级尖部])"  # 46场次 演练, 300顶 帐篷, 3000床 棉被, 14支 队伍
    r"|份(?![额子])"  # 监测样品不少于220份 (not 份额)
    r"|瓶(?![装颈子])"  # 钢瓶原则上不超过3瓶 (not 2瓶装)
    # a count word with its alternative in brackets, the unit as written: 560万台（套） (machines or sets), 5000套（间）
    # (flats or rooms), 8.6万件（套） (pieces or sets)
    rf"|{_ALTERNATIVE_UNIT}"
    r"|段(?![落时])"  # 河段/路段 counted: 示范河段30段
    r"|层(?![级次面楼峰])"  # floors: 建筑层数不超过4层 (not 层级, 层面)
    r"|片(?![区面])"  # 分散式供水片区48片 (not 片区)
    r"|期(?![间限内末满中初货刊望待盼工项建改扩续])"  # issues or sessions: 编发简报不少于2期 (not 2期工程, 期限)
    rf"|周岁|人(?!口)|{count_alternation()}|[亩吨倍天次岁]|部(?![门委])"  # count words: schemas/count_words.json; 等10部门: issuers
    r"|具(?![有备体])|度(?=抗震|设防)"  # seismic intensity: 7度抗震设防 (not 年度, 1度电)
    r"|单位(?=以[上下内]|左右|[^\p{Han}A-Za-z]|$)"  # blood counted: 采集全血2.93万单位 (not 单位GDP, 单位名称)  # fire extinguishers, pumps counted: 灭火器不少于20具 (not 具有, 具备, 具体)
    # a score, closed by a bound or the clause: 测评成绩达到90分以上 / 得分在60分（含）至80分的 (not 分钟, 分辨率)
    r"|分(?=及?以[上下]|[（(]含|[，。；、,;）)\s的]|$)"
    r"|晚(?![上间会饭餐霞期年辈报])|笔(?![记试者画墨录迹])"  # nights of a stay: 过夜2晚以上; loans: 贷款2.3万笔
    # animals counted: 生猪存栏80万头 / 肉鸭出栏500万羽 / 马存栏3000匹 / 骆驼存栏14万峰 (not 只能/只有 "only", 羽毛,
    # 匹配, 峰值, 峰会)
    r"|只(?![能要有是需限对在用允准可得])|羽(?![毛绒球])|匹(?![配敌])|峰(?![值会期谷顶峦])"
    r"|发(?![展布射放挥生现出行起动改达挥])|头(?![部等号])|周(?![边围年期岁])|起(?![草步点来始])"
    r"|小时|毫秒|微秒|分钟|秒(?!钟)|ms(?![A-Za-z])|日(?![常期均报起止程])"
    r"|年(?![级代度份初末底中终报鉴会检刊薪])"  # a span of years (5年过渡期); four digits before 年 are a year
    r")"
)
#: units of time spans: a figure in one of them is a duration (任期5年, 10个工作日内, 时延20毫秒)
DURATION_UNITS = frozenset({"年", "个月", "周", "天", "日", "个工作日", "工作日", "小时", "分钟", "秒", "毫秒", "微秒",
                            "ms"})

# A number: 1.2  10,000  (Arabic, full-width already folded by normalization)
_ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Chinese numerals, at least one character: 两千  九十五  一百二十  三点五
_CHINESE = r"[零〇○一二两三四五六七八九十百千万亿]+(?:点[零〇○一二三四五六七八九]+)?"
# 万 / 亿 / 万亿 after an Arabic number (千 only when it is not the start of 千瓦/千米/千兆 …)
_MULT = r"(?:万亿|亿|千万|百万|万|千(?![瓦米克兆人伏]))"
# ~ — – - ～ 至 到: the dash or word joining the two ends of a range
_RANGE_SEP = r"\s*(?:[—–\-~～]{1,2}|至|到)\s*"
# between two figures that each carry the unit: 300元至1000元, 10%（含）至20% (the lower end said to be in; not 到,
# which also ends a change: 由30%提高到50%)
UNIT_RANGE_JOINT = regex.compile(r"\s*(?:[（(]含[）)]\s*)?(?:[—–\-~～]{1,2}|至)\s*")
# a range a rule sets with both bounds: 处50元以上200元以下罚款 (以上 between the figures, 以下 after the second)
# (and 、 between the two: 日最高气温37℃以上、40℃以下)
BOUNDED_RANGE_LOW, BOUNDED_RANGE_HIGH = regex.compile(r"(?:[（(]含[）)])?以上、?"), regex.compile(r"以下")

# One quantity or range of quantities:
#   1.2万个   220万户   95%   30%—40%   30—40%   30多家   百分之九十五   两千个   0.35元/千瓦时
QUANTITY = regex.compile(
    rf"(?P<frac>(?P<den>{_CHINESE}|\d+)分之(?P<numr>{_CHINESE}|\d+(?:\.\d+)?))"
    rf"|(?P<pct_cn>百分之(?P<pct_num>{_CHINESE}))"
    rf"(?:{_RANGE_SEP}百分之(?P<pct_num2>{_CHINESE}))?"
    rf"|(?P<num>{_ARABIC})(?P<mult>{_MULT})?(?P<unit1>%|％)?"
    rf"(?:{_RANGE_SEP}(?P<num2>{_ARABIC})(?P<mult2>{_MULT})?(?P<unit1b>(?(unit1)[%％])))?"
    rf"(?P<more>多|余)?(?P<unit>(?(unit1)|{UNIT.pattern}))?"
)
# a digit, and a Chinese numeral character: what a quantity holds (a clause with neither is not scanned)
DIGIT = regex.compile(r"\d")
CN_NUMERAL = regex.compile(r"[零〇○一二两三四五六七八九十百千万亿]")
# A Chinese-numeral count: 两千个, 三百座 (only used where a comparator or target verb precedes it)
CHINESE_QUANTITY = regex.compile(rf"(?P<num>{_CHINESE})(?P<more>多|余)?(?P<unit>{UNIT.pattern})")

# Words right before a quantity that make a Chinese numeral a number (达到两千个, 新建三百座)
_CN_CONTEXT = regex.compile(
    r"(?:达到|达|超过|超|逾|突破|不少于|不低于|至少|不超过|不得超过|最高|最多|建成|新建|新增|新开通|开通|累计|完成|形成|打造|"
    r"培育|提高到|提升到|提高至|提升至|为|约|近|共|连续|满|任期|为期|有效期|期限|(?:只|仅)(?:能|可以?)?\p{Han}{0,2})$"
)
# the words that make 一 (one) a count rather than an article: 只开设一个 / 不超过一家 / 至少一名 / 满一年
_CN_ONE_CONTEXT = regex.compile(r"(?:只|仅|不超过|不得超过|最多|至多|至少|不少于|限)\p{Han}{0,3}$|满$")
# a bound right before a Chinese-numeral count of sessions: 不少于两期
_CN_BOUND = regex.compile(r"(?:不少于|至少|不低于|不超过|最多)$")
# the periods a duty comes round in, after 每: 每年 / 每季度 / 每季 / 每半月 / 每学期 (one alternation for every reader)
PERIOD_WORDS = r"(?:年|半年|季度?|半月|月|旬|周|日|天|学期|学年)"
# a period and a duty's verb before a count of times: 每季度通报两次 / 每半年通报2次 (how often the duty comes round)
PERIOD_BEFORE_COUNT = regex.compile(rf"每{PERIOD_WORDS}度?\p{{Han}}{{0,6}}$")
# a Chinese-numeral span of time closed by 内 (五年内不得重复申报, 三年内取消其资格): a number wherever it stands
_CN_SPAN_WITHIN = regex.compile(r"(?:之|以)?内")
_CN_SPAN_UNITS = frozenset({"年", "个月", "个工作日", "天", "日"})
# a Chinese numeral with a magnitude before a money, area or weight unit is a number wherever it stands:
# 一千二百万元, 百亿元, 三千亩 (not 千家万户: a one-character numeral before a count word is an idiom)
_CN_MEASURE_UNIT = regex.compile(r"元|亩|吨|斤|公顷|平方公里|千瓦")
# 逾 / 超 / 突破 / 过 right before a lone 万 or 亿: 投资逾亿元, 销售额突破万元
OVER_BEFORE = regex.compile(r"(?:超过|超|逾|突破|过)$")
# a bare magnitude after a comparator, with no unit: 用户超千万 / 人口逾亿 / 过亿
CN_MAGNITUDE = regex.compile(r"(?<=超过|超|逾|突破|达到|达|近|约|过|破)(?P<num>[一二两三四五六七八九十百千]*[万亿]+)(?![\p{Han}\d])")
# tenths, as a share: 六成以上 / 超过七成 / 近三成， / 五成半 → 60 %, 70 %, 30 %, 55 % (only before a bound word or the
# clause's end, never 一成不变)
TENTHS = regex.compile(r"(?<![零〇一二两三四五六七八九十百千万\d.])(?P<num>[一二两三四五六七八九1-9])成(?P<half>半)?"
                       r"(?=(?:及)?以[上下]|左右|[，。；、）)]|$)")
# the same verbs a few words before a numeral with a magnitude (培育数字化车间两千个)
_CN_VERB_NEAR = regex.compile(r"达到|超过|不少于|不低于|至少|建成|新建|新增|新开通|累计|完成|形成|打造|培育|提高到|提升到")

# 个/万人, 个/每万人, 座/万人口: the per-capita unit
PER_CAPITA_UNIT = regex.compile(r"[个座站]/(?:每)?万(?:人口|人)")
# 件/每万人口 → 件/万人, 批次/千人: a count per so many people, 每 and 口 dropped
PER_PEOPLE_UNIT = regex.compile(r"(?P<what>\p{Han}{1,2})/每?(?P<base>[千百万])人口?")
# 共印 / 印发 / 印: the print run before a number of 份 (共印20份)
PRINT_RUN = regex.compile(r"印(?:发|制)?(?:共计?)?$")
# a digit run glued to a letter or digit before it (10G-PON's 10, v5) is no number of its own
GLUED_BEFORE = regex.compile(r"[A-Za-z0-9.]")
# 十 百 千 万 亿: a Chinese numeral with a magnitude (两千, 三百)
MAGNITUDE = regex.compile(r"[十百千万亿]")
# clause punctuation: a verb beyond it does not govern the numeral
_PUNCT = regex.compile(r"[，。；、]")
# a unitless level (an index or a ratio such as PUE) closed by a bound word or the clause end: 降至1.3以下; a ratio
# to one (生师比不高于15:1, 19:1、13.5:1的标准) is its first term, and may close a list or a modifier (、 的); a grade
# reached is a level too (应用水平达到3级以上 → 3 级), and one that sets something off (指数超过20时 / 超过20的社区须启动…)
BARE_LEVEL = regex.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?:(?P<ratio>\s*[:：]\s*1)(?![\d.：:])(?=\s*(?:及以下|以下|以内|及以上|以上|左右|[，。；,;）)、的]|$))"
    r"|(?P<grade>级)?(?=\s*(?:及以下|以下|以内|及以上|以上|左右|时(?:[，,]|\p{Han}|$)|的[^，。；,;]{0,12}?(?:启动|触发)|[，。；,;）)]|$)))")
# 、 / 和 between two levels of a list: 19:1、13.5:1 (the second governed by the bound before the first)
LEVEL_LIST_JOINT = regex.compile(r"\s*[、和]\s*$")
# 月 (or 月份) right before a number of days: a day of the month (12月31日), not a span of days
DAY_OF_MONTH = regex.compile(r"月份?\s*$")
# a Chinese numeral of magnitudes only (百万, 十万, 千亿): no count of its own when a noun goes on after its unit
PURE_MAGNITUDE = regex.compile(r"[十百千万亿]+")
# what goes on after the unit of such a numeral to make it part of a name: 百万吨死亡率 / 千亿元级 (not 以上, 左右)
NAME_GOES_ON = regex.compile(r"(?!以[上下内]|左右|及以|的)[\p{Han}]")
# a year standing alone (到2025，): never a level
BARE_YEAR = regex.compile(r"(?:19|20)\d{2}")
# bare numbers listed before one that has the unit they share: (分别不高于)10、35、50毫克/立方米 / 10、20、30万元
SHARED_UNIT_LIST = regex.compile(r"(?:(?<![\d.A-Za-z])\d+(?:\.\d+)?\s*、\s*)+$")
# one number of that list: 35
LISTED_NUMBER = regex.compile(r"\d+(?:\.\d+)?")
# what opens such a list: 分别 and a verb (分别给予), or a comparator word (不高于)
SHARED_UNIT_OPENER = regex.compile(r"分别\p{Han}{0,4}$")

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
    if unit == "‰":
        return "permille"
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
    alternative = ALTERNATIVE_UNIT.fullmatch(unit)
    if alternative:  # 件(套) → 件（套）
        unit = f"{alternative.group('unit')}（{alternative.group('other')}）"
    unit = _UNIT_ALIASES.get(unit, unit)
    if PER_CAPITA_UNIT.fullmatch(unit):
        return "个/万人"
    per_people = PER_PEOPLE_UNIT.fullmatch(unit)
    if per_people:
        return f"{per_people.group('what')}/{per_people.group('base')}人"
    if unit.startswith("元/"):
        return "元/" + _UNIT_ALIASES.get(unit[2:], unit[2:])
    return unit


def chinese_to_number(text: str) -> float | None:
    """两千 → 2000, 九十五 → 95, 一百二十 → 120, 三点五 → 3.5, 二〇二三 → 2023, 万亿 → 10¹²; None when not a numeral."""
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
            if not (total or section):
                section = 1  # 逾万亿元 / 亿: a magnitude with no count before it counts one
            total = (total + section) * _CN_BIG_UNITS[char] if char == "亿" else total + section * _CN_BIG_UNITS[char]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def _numeral(text: str) -> float | None:
    """An Arabic or Chinese numeral: 3 → 3, 三 → 3."""
    return _arabic(text) if text[:1].isdigit() else chinese_to_number(text)


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
    return list(_quantities(text, start, end))


@functools.lru_cache(maxsize=4096)  # the targets extractor reads a clause's figures again (the clause before)
def _quantities(text: str, start: int, end: int) -> tuple[Quantity, ...]:
    digits = DIGIT.search(text, start, end) is not None or text.find("分之", start, end) >= 0
    numerals = CN_NUMERAL.search(text, start, end) is not None
    if not (digits or numerals):
        return ()  # every quantity holds a digit, 分之 or a Chinese numeral
    out: list[Quantity] = []
    for m in QUANTITY.finditer(text, start, end) if digits else ():
        if m.group("frac"):  # 三分之一 → 33.333333 %
            den, numr = _numeral(m.group("den")), _numeral(m.group("numr"))
            if den and numr is not None and numr <= den:
                out.append(Quantity(m.start(), m.end(), m.group(0), _clean(100 * numr / den), None, "%",
                                    chinese=True))
            continue
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
        if unit == "年" and (len(num.split(".")[0]) >= 4 or mult):
            continue  # 2025年 is a year (a date), not a span of years
        if unit == "日" and DAY_OF_MONTH.search(text, max(0, m.start() - 4), m.start()):
            continue  # 12月31日 is a date, not a span of days
        if unit == "份" and PRINT_RUN.search(text, max(0, m.start() - 3), m.start()):
            continue  # 共印20份: the print run of the notice, no figure
        if unit == "期" and text[max(0, m.start() - 1):m.start()] in ("第", "分"):
            continue  # 第3期 / 分2期建设: an issue's number, phases
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
        if top is None:
            out += _sharing_the_unit(text, start, m.start(), mult, unit)
    # Chinese-numeral counts after a comparator or target verb (达到两千个, 新建三百座)
    for m in CHINESE_QUANTITY.finditer(text, start, end) if numerals else ():
        if m.group("num") in ("万", "亿", "千", "百", "十") and not (
                m.group("num") in ("万", "亿") and OVER_BEFORE.search(text, max(start, m.start() - 2), m.start())):
            continue  # 千家万户 (an idiom), not 投资逾亿元 (a magnitude after 逾: one 亿)
        near = text[max(start, m.start() - 12):m.start()]
        magnitude = MAGNITUDE.search(m.group("num")) is not None
        if text[max(start, m.start() - 1):m.start()] == "第":
            continue
        measure = magnitude and len(m.group("num")) >= 2 and _CN_MEASURE_UNIT.fullmatch(m.group("unit"))
        span = m.group("unit") in _CN_SPAN_UNITS and _CN_SPAN_WITHIN.match(text, m.end()) is not None
        # 每季度通报两次 (一次 is read as a duty's count of its own: targets/once.py; 一次性 is "one-off")
        frequency = m.group("unit") == "次" and m.group("num") != "一" and PERIOD_BEFORE_COUNT.search(near)
        span = span or bool(frequency)
        if not (measure or span or _CN_CONTEXT.search(near)
                or (magnitude and _CN_VERB_NEAR.search(near) and not _PUNCT.search(near))):
            continue
        if PURE_MAGNITUDE.fullmatch(m.group("num")) and NAME_GOES_ON.match(text, m.end(), end):
            continue  # 煤矿百万吨死亡率 / 千亿元级产业集群: a per-unit base or a class named by a magnitude
        if m.group("unit") == "期" and not _CN_BOUND.search(near):
            continue  # 新建二期 / 完成一期: a phase; 培训不少于两期: a count of sessions
        if m.group("num") == "一" and not (span or _CN_ONE_CONTEXT.search(near)):
            continue  # 成为一个可持续的过程 / 建立一个平台: an article, not a count
        if any(q.start <= m.start() < q.end for q in out):
            continue
        value = chinese_to_number(m.group("num"))
        if value is None:
            continue
        unit = canonical_unit(m.group("unit"))
        out.append(Quantity(m.start(), m.end(), m.group(0), _clean(value), None, unit,
                            more=bool(m.group("more")), chinese=True))
    for m in CN_MAGNITUDE.finditer(text, start, end) if numerals else ():  # 用户超千万: a magnitude, no unit
        value = chinese_to_number(m.group("num")) or _CN_BIG_UNITS.get(m.group("num"))  # 过亿: 亿 alone
        if value and not any(q.start <= m.start() < q.end for q in out):
            out.append(Quantity(m.start(), m.end(), m.group(0), _clean(value), chinese=True))
    for m in TENTHS.finditer(text, start, end):  # 六成以上: tenths as a percentage
        if not any(q.start <= m.start() < q.end for q in out):
            tenths = chinese_to_number(m.group("num")) if not m.group("num").isdigit() else int(m.group("num"))
            value = 10 * tenths + (5 if m.group("half") else 0)
            out.append(Quantity(m.start(), m.end(), m.group(0), _clean(value), None, "%", chinese=True))
    if digits:
        out += _bare_levels(text, start, end, out)
    out.sort(key=lambda q: q.start)
    return tuple(_ranges_with_both_units(text, [_below_zero(text, start, q) for q in _units_completed_later(text, out)]))


# a sign before a temperature: 零下15℃ / 低于零下10摄氏度 / -18℃ / 负5℃ (a dash after a figure joins a range: 5℃-10℃)
BELOW_ZERO = regex.compile(r"(?:零下|(?<!正)负|(?<![\d\p{Latin}℃%）)])[-−－])$")  # 正负0.5℃: a tolerance, not below zero


def _below_zero(text: str, start: int, q: Quantity) -> Quantity:
    """A temperature below zero as a negative value, its sign in its text (零下15℃ → -15); any other figure as it is."""
    sign = BELOW_ZERO.search(text, max(start, q.start - 2), q.start) if q.unit == "℃" else None
    if sign is None or q.value_max is not None:
        return q
    return Quantity(sign.start(), q.end, text[sign.start():q.end], -q.value, None, q.unit, q.more, q.chinese)


def _units_completed_later(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别压缩至15个、10个工作日 / 3个、6个月: a figure whose 个 the next figure of the list completes takes its unit."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if (q.unit == "个" and nxt.unit and nxt.unit.startswith("个") and len(nxt.unit) > 1
                and LISTED_JOINT.fullmatch(text, q.end, nxt.start)):
            out[k] = Quantity(q.start, q.end, q.text, q.value, q.value_max, nxt.unit, q.more, q.chinese)
    return out


# 、 / 和 / 及 between two figures of a list
LISTED_JOINT = regex.compile(r"\s*[、和及]\s*")


def _ranges_with_both_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """每人每月300元至1000元 / 500元-2000元 / 处50元以上200元以下罚款: two figures of one unit joined by 至 or a
    dash, or bounded by 以上 and 以下, are one range."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.value_max is None and q.value_max is None and prev.unit and prev.unit == q.unit
                and not prev.more and prev.value < q.value
                and (UNIT_RANGE_JOINT.fullmatch(text, prev.end, q.start) or (
                    BOUNDED_RANGE_LOW.fullmatch(text, prev.end, q.start) and BOUNDED_RANGE_HIGH.match(text, q.end)))):
            out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], prev.value, q.value, q.unit)
            continue
        out.append(q)
    return out


def _sharing_the_unit(text: str, start: int, at: int, mult: str | None, unit: str | None) -> list[Quantity]:
    """分别不高于10、35、50毫克/立方米 / 分别奖励10、20、30万元: the bare numbers listed before the one at ``at``
    take its multiplier and unit, when 分别 or a comparator word opens the list."""
    listed = SHARED_UNIT_LIST.search(text, max(start, at - 40), at)
    if not listed:
        return []
    before = text[max(start, listed.start() - 12):listed.start()]
    if not (SHARED_UNIT_OPENER.search(before) or any(pattern.search(before) for _, pattern in _BEFORE)):
        return []
    return [Quantity(n.start(), n.end(), n.group(0), _scaled(_arabic(n.group(0)), mult), None, unit)
            for n in LISTED_NUMBER.finditer(text, listed.start(), listed.end())]


# 死亡率为 / 系数为 / 倍差为: a rate named right before 为 (亿元GDP死亡率为0.017), whose level is a bare number
RATE_IS = regex.compile(r"\p{Han}(?:率|系数|指数|倍差)为$")


def _bare_levels(text: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """Unitless levels that a comparator word governs (PUE降至1.3以下, 系数不低于0.8，): value, no unit."""
    out: list[Quantity] = []
    for m in BARE_LEVEL.finditer(text, start, end):
        a = m.start()
        if (a > 0 and (GLUED_BEFORE.match(text, a - 1, a) or text[a - 1] in ":：")) \
                or BARE_YEAR.fullmatch(m.group("num")):
            continue
        if any(q.start <= a < q.end for q in found):
            continue
        before = text[max(start, a - 12):a]
        # only words that bound a level (不是 为/是, which also introduce names and codes)
        listed = bool(out) and LEVEL_LIST_JOINT.fullmatch(text, out[-1].end, a) is not None
        if not listed and not any(pattern.search(before) for name, pattern in _BEFORE if name != "=") \
                and not RATE_IS.search(before):
            continue
        out.append(Quantity(a, m.end(), m.group(0), _clean(_arabic(m.group("num"))), unit=m.group("grade")))
    return out
