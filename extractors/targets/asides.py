"""Figures that are asides, not facts of the notice: a conversion between units (``1马力=0.735千瓦``), a departure from
the normal a forecast gives (``据…预测，平均气温较常年同期偏高0.5℃``; a reported one is a fact), a temperature that only names a class of days
(``35℃以上高温日数偏多``), a threshold that only names the class a count counts (``30万元以上的村达到60个``:
``class_thresholds``), a count of the units a rule is for (``对原58个…县按照…给予奖补``), the upper end of a score band that
repeats where the next band starts (``不足85分``: ``scores``), the step a score is taken per (``每少1万亩扣0.5分``), a run of the issuer's sanctions that sets off the next one (``两次通报的，…约谈``),
the edge a bound includes restated in a bracket (``12周岁以下（含12周岁）``), a share a cost split states already, restated in a bracket (``按照4:6比例分担（省级承担40%、市县承担60%）``: ``ratio_shares``),
the teams an inspection is made of or the places it is done to (``组成5个督查组``, ``对7个乡镇（街道）…开展交叉检查``,
``对评估优秀的6个社区共安排…``), a count after 对 of things a finding stated before (``对17处安全隐患逐项建立清单``),
a rule rounding up what falls short (``不足1吨的按1吨计``), a count right after a 、-list of as many items
(``甲区、乙区、丙区3个中心``: it counts what the list names).

Reads one figure with the start of its clause; returns why it is an aside, or None.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, find_quantities
from extractors.targets.class_thresholds import names_counted_class
from extractors.targets.staff_ratios import names_floor_class
from extractors.targets.ratio_shares import restates_split
from extractors.targets.scores import is_score_step, repeats_band_bound

# a clause of only a run of years a level was held at, before the figure: 连续五年稳定在 / 连续3年保持在 / 连续两年超过
HELD_FOR_YEARS = regex.compile(r"\s*连续(?:\d{1,2}|[两二三四五六七八九十]{1,3})年(?:稳定|保持|维持)?(?:在|超过|达到)?")
# a goal that does away with a class of things, before its threshold: (全面)消除(集体经营性收入)(5万元以下的村)
ELIMINATES = regex.compile(r"(?:消除|消灭|基本消除|全面消除|清零)[^，,。；;\d]{0,16}$")
# the class the threshold names, after it: (5万元)以下的村 / 及以下的薄弱村
CLASS_BELOW = regex.compile(r"(?:及)?(?:以下|以内|之下|不足)的\p{Han}{1,8}")
# words that only lead into a bracket restating the figure before in other units: 之间（即 / （折合 / 左右（约合, or
# giving the base year's level of the measure a change is from: 较2022年（1.6亿元） (the year was cut before)
RESTATING = regex.compile(r"(?:之间|之内|以内|左右|以上|以下|较|比|同比)?[（(](?:即|也即|也就是|折合|约合|相当于|约)?")
# the verb of the level a measure is kept at: (日均客流量)保持在(设计容量的80%) / 稳定在 / 控制在
LEVEL_VERB = regex.compile(r"保持在|稳定在|控制在|维持在|达到|占")
# a unit and = right before the figure: 1马力= / 1亩＝ / 1标准箱 = (a conversion note, not a level)
CONVERSION = regex.compile(r"\d+(?:\.\d+)?\s*[\p{Han}A-Za-z]{1,4}\s*[=＝]\s*$")
# a departure from the normal or the same period before: 较常年同期偏高 / 比往年偏多 (a forecast or a climate note)
DEPARTURE = regex.compile(r"(?:较|比)\p{Han}{0,8}?(?:偏高|偏低|偏多|偏少|偏早|偏晚)$")
# a forecast in the sentence: 据…预测 / 预计 / 预报 (a reported departure, 降雨量较常年偏多28%, is a fact)
FORECAST = regex.compile(r"预测|预计|预报|展望")
# a temperature's bound running on into a noun: (35℃)以上高温日数 / 以下低温天气 (not 以上时 / 以上的 / 以上、)
CLASS_AFTER = regex.compile(r"(?:及)?以[上下](?![时的])\p{Han}")
TEMPERATURE_UNITS = frozenset({"℃"})
# a head counted as so many by a rule: 按(安排)(2名)残疾人计算 / 按(1.5名)计
HIRED = r"(?:安排|招用|招收|吸纳|聘用|录用|接收)"
COUNTED_AS_BEFORE = regex.compile(rf"按{HIRED}?$")
COUNTED_AS_AFTER = regex.compile(r"\p{Han}{0,10}?计(?:算)?(?=[，,。；;]|$)")
# the one head such a rule is about, its clause closed by 的 and the rule after: (安排1名)持证的…就业的，按安排2名…计算
COUNTED_ONE = regex.compile(rf"[^。；;，,]{{0,30}}?的[，,]\s*按{HIRED}?\d+(?:\.\d+)?[名人]\p{{Han}}{{0,10}}?计(?:算)?(?=[，,。；;]|$)")
# 对 (原 / 其他 / 所有) right before a count: the units a rule is for (省级财政对原58个…县按照…给予奖补)
# the teams an inspection is made of, counted: 组成(5个督查组) / 派出(3个暗访组)
TEAMS_FORMED = regex.compile(r"(?:组成|派出|分成|分为|成立)$")
TEAM_AFTER = regex.compile(r"\p{Han}{0,4}?(?:督查|督导|检查|巡查|考核|暗访|核查|评估|验收|调研)组")
# the things a count after 对 names, up to the work done to them: 对23条(欠薪线索)逐条建立台账 / 对15个(问题)进行…
THING_DONE_TO = regex.compile(r"(?P<thing>\p{Han}{2,8}?)(?=逐|[，,。；;]|进行|开展|建立|实行|实施|落实|限期|挂牌)")
# the places an inspection is done to or a sum is shared by, counted: 对(11个县（市、区）)…开展实地督查 / 对考核良好的
# (4个镇（街道）)共安排…资金 (the places, then the inspection or the shared sum in the clause)
ACTED_ON = regex.compile(r"对(?:[^，,。；;]{0,12}的|全[省市州盟县区旗])?$")  # / 对全县(7个乡镇)开展了实地考核
PLACES_ACTED_ON = regex.compile(r"(?:行政|自然)?(?:县|市|区|镇|乡|街道|乡镇|村|社区)(?:[（(][^（）()]{1,8}[）)])?[^，,。；;]{0,30}?"
                                r"(?:督查|督导|检查|巡查|考核|暗访|核查|评估|验收|共(?:计)?(?:安排|下达|奖励|拨付))")
FOR_UNITS = regex.compile(r"对(?:原|其他|其余|所有|全部)?$")
# the units counted and the rule applied to them, in the clause: (58个)集中连片特困地区县按照(…给予奖补)
# (not a threshold: 对100户以上的合作社给予…)
RULE_AFTER = regex.compile(r"(?!及?以[上下内]|[（(]含)\p{Han}{1,16}?(?:按照|按|给予|予以|实行|执行)")

# a bracket opening 含 right after a bound, then the same figure: 12周岁以下（含(12周岁)） — the bound's edge, included
INCLUDED_EDGE = regex.compile(r"(?:及以上|以上|及以下|以下|以内|不足|不满)[（(]含$")
# a run of events right before its count: 连续(两次) / 累计(3次)
RUN_OF = regex.compile(r"(?:连续|累计)$")
# the issuer's own sanctions, closing a condition with 的 before the next step of the ladder: (两次)通报的， / 被约谈的，
# (not the conduct a rule counts: 连续3次无故不参加评审的 is a threshold of the rule)
SETS_OFF = regex.compile(r"(?:被|受到|予以)?(?:通报批评|通报|约谈|警告|黄牌警告|批评|问责|挂牌督办|督办)的[，,]")
# a capacity meeting the need of handling some events: 满足(同时应对)2起…险情的需要 / 满足连续处置3场…的需求 (not the
# people or things a capacity serves: 满足30万人饮水的需要 is its size)
EVENT_UNITS = frozenset({"起", "次", "场", "轮"})
NEED_OPENS = regex.compile(r"满足\p{Han}{0,8}$")
NEED_CLOSES = regex.compile(r"[^，,。；;]{0,20}?的需(?:要|求)")

# count words of things listed before their count (3个中心, 5类服务)
LISTED_COUNT_UNITS = frozenset({"个", "项", "类", "家", "所", "座", "条", "支", "种"})
# count words of kinds (甲、乙等12类 / 等8种): a list with 等 before them gives examples of the kinds counted
KIND_UNITS = frozenset({"类", "种"})
# a closed 、-list of short names ending right before a count: 鄂西、鄂东、鄂北 (not one with 等: 甲、乙等5个 names examples)
LISTED_ITEMS = regex.compile(r"(?:[\p{Han}“”]{1,12}、)+[\p{Han}“”]{1,12}$")
# a bound naming a class, then the share of that class with its own figure: (70平方米)以下户型占比不低于(70%)
SHARE_OF_CLASS = regex.compile(r"(?:及)?(?:以上|以下)的?\p{Han}{1,8}?(?:占比|比例|比重)(?:不低于|不少于|不超过|不高于|达到|应达到|为|在)?"
                               r"[\d.]+\s*[%％]")

# a rule rounding up what falls short: 不足1吨的按1吨计 / 不足1年的，按1年计算 (no figure of the notice)
ROUNDED_UP = regex.compile(r"不足\d+(?:\.\d+)?\s*\p{Han}{1,4}?的[，,]?\s*按\d+(?:\.\d+)?\s*\p{Han}{1,4}?计(?:算)?")

# the places of the ranks before, each paid in turn: (前5名)的街道分别(奖励…)
RANKS_PAID = regex.compile(r"的\p{Han}{1,8}?分别")


def aside_reason(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """Why figure ``q`` is an aside (see the module), or None when it may be a fact."""
    before = text[max(c_start, q.start - 24):q.start]
    if q.unit in ("名", "位") and before.endswith("前") and RANKS_PAID.match(text, q.end):
        return "the ranks a list of awards is paid to (对考核前5名的街道分别奖励…)"
    if q.unit_kind == "count" and FOR_UNITS.search(before) and RULE_AFTER.match(text, q.end, c_end):
        return "counts the units a rule is for (对原58个…县按照…给予奖补)"
    if TEAMS_FORMED.search(before) and TEAM_AFTER.match(text, q.end):
        return "counts the teams an inspection is made of (组成5个督查组)"
    if q.unit == "个" and ACTED_ON.search(before) and PLACES_ACTED_ON.match(text, q.end, c_end + 40):
        return "counts the places an inspection is done to or a sum is shared by (对7个乡镇（街道）开展检查)"
    if before.endswith("对") and _said_before(text, q):
        return "counts things a finding stated before, now told what is done to them (对17处安全隐患逐项建立清单)"
    if CONVERSION.search(before):
        return "a conversion between units (1马力=0.735千瓦)"
    if DEPARTURE.search(before) and FORECAST.search(text, max(0, text.rfind("。", 0, q.start) + 1), q.start):
        return "a departure from the normal (较常年同期偏高0.5℃)"
    if repeats_band_bound(text, q, c_start):
        return "the upper end of a band another band starts at (80分以上、不足90分的为良好)"
    if is_score_step(text, q, c_start):
        return "the step a score is taken per (每少1万亩扣0.5分)"
    if q.unit in TEMPERATURE_UNITS and CLASS_AFTER.match(text, q.end):
        return "a temperature naming a class of days (35℃以上高温日数)"
    if q.unit == "次" and RUN_OF.search(before) and SETS_OFF.match(text, q.end):
        return "a run of sanctions that sets off the next one (两次通报的，约谈…)"
    if q.unit in EVENT_UNITS and NEED_OPENS.search(before) and NEED_CLOSES.match(text, q.end, c_end):
        return "the events a capacity is to meet the need of (满足同时应对2起较大险情的需要)"
    if HELD_FOR_YEARS.fullmatch(text, c_start, q.start) and _same_unit_before(text, q, c_start):
        return "a floor the figure before has held for years (…61.3万吨，连续三年稳定在60万吨以上): no measure of its own"
    if ELIMINATES.search(text, c_start, q.start) and CLASS_BELOW.match(text, q.end, c_end):
        return "a threshold naming the class a goal does away with (消除年收入3万元以下的薄弱村)"
    if q.unit in ("名", "人") and (COUNTED_AS_BEFORE.search(text, c_start, q.start) and COUNTED_AS_AFTER.match(text, q.end, c_end)
                                  or COUNTED_ONE.match(text, q.end)):
        return "a rule for counting heads (安排1名一级残疾人就业的，按2名计算): no figure"
    if any(m.start() <= q.start < m.end() for m in ROUNDED_UP.finditer(text, max(0, q.start - 20), q.end + 20)):
        return "a rule rounding up what falls short (不足1吨的按1吨计)"
    if names_floor_class(text, q, c_end):
        return "a size naming the small units a floor of staff is for (不足500人的社区至少配备2名)"
    if names_counted_class(text, q, c_start, c_end):
        return "a threshold naming the class a count counts (30万元以上的村达到60个)"
    if q.unit != "%" and SHARE_OF_CLASS.match(text, q.end, c_end):
        return "a bound naming the class a share is of (300平方米以上门店占比不低于40%)"
    if INCLUDED_EDGE.search(text, max(0, q.start - 6), q.start) and _same_unit_before(text, q, q.start - 4):
        return "the edge a bound includes, restated (12周岁以下（含12周岁）): no figure of its own"
    if restates_split(text, q, c_start):
        return "a share of the split before, restated in a bracket (按4:6比例分担（省级承担40%…）)"
    return None


def _said_before(text: str, q: Quantity) -> bool:
    """Whether the count ``q`` (23条 in 对23条欠薪线索…) and the things it counts were stated earlier in the notice
    (共收集…欠薪问题线索23条): the same things again, no figure of their own."""
    thing = THING_DONE_TO.match(text, q.end)
    if thing is None:
        return False
    prior = text.rfind(q.text, 0, q.start)
    return prior >= 0 and thing.group("thing")[-2:] in text[max(0, prior - 30):prior + len(q.text) + 8]


def _same_unit_before(text: str, q: Quantity, c_start: int) -> bool:
    """Whether the clause before, in the same sentence, states a figure in the same unit (the measure held)."""
    start = max(max(text.rfind(m, 0, c_start) for m in "。；;\n") + 1, c_start - 60)
    return any(other.unit == q.unit for other in find_quantities(text, start, c_start))


def counts_the_listed(text: str, q: Quantity, c_start: int) -> bool:
    """胸痛、卒中、创伤、危重孕产妇救治、危重儿童和新生儿救治5个临床服务中心 / 建设甲区、乙区、丙区3个中心: a count right
    after a 、-list of as many items only counts what the list names (no figure of its own); so does a count of kinds
    after a list of examples with 等 (电视、空调、电脑等8类)."""
    if q.unit not in LISTED_COUNT_UNITS or q.value_max is not None or q.value < 2 or q.value != int(q.value):
        return False
    items = LISTED_ITEMS.search(text, max(c_start, q.start - 80), q.start)
    if not items:
        return False
    count = items.group(0).count("、") + 1
    if q.unit in KIND_UNITS and items.group(0).endswith("等") and count <= q.value:
        return True  # 设备类别为数控机床、工业机器人…等8类: the kinds a list gives examples of, counted
    return count == q.value and "等" not in items.group(0)


def restating_only(words: str | None) -> bool:
    """Whether a figure's words are only the lead into a bracket restating the figure before (85%—115%之间（即2.4万头…）:
    之间（即), naming nothing."""
    return bool(words) and bool(RESTATING.fullmatch(words))


def restated_measure(subject: str) -> str:
    """The measure a bracket restates in other units, the sentence's subject up to its level's verb: 日均客流量保持在设计容量
    → 日均客流量 (the share of 设计容量 is the figure before's)."""
    head = LEVEL_VERB.split(subject, 1)[0]
    return head if len(head) >= 2 else subject
