"""Who or what a figure belongs to: places and operators, and the lists before 分别.

Reads a clause and its figures (某市电信、某市移动分别完成… / 5G用户占比、千兆用户占比分别达到40%、30% /
2021年、2022年分别…); returns the entities one figure is spread over, or the item, entity or date that
goes with the i-th figure, and whether some words name a place or operator at all.
"""
from __future__ import annotations

import regex

from extractors.comparators import word_comparator
from extractors.numbers import PERIOD_WORDS, Quantity, chinese_to_number
from extractors.regions import PLACE_GROUP_WORDS, division_opening, region_chain
from extractors.targets.reports import sentence_place
from extractors.targets.clauses import sentence_start, top_level_cuts, trim
from extractors.targets.context import Context
from extractors.targets.subjects import LEADING_FILLER
from schemas.records import Deadline

# an entity list before 分别/各自 (均 is not one of them): 某市电信、某市移动、某市联通分别
DISTRIBUTIVE = regex.compile(r"(?:分别|各自)")
# what may join the dates listed before 分别: 其中2021年、2022年分别…
DATE_LIST_GLUE = regex.compile(r"[\s、，,和及与]*(?:其中|全市|全县|全区|全省)?[\s、，,和及与]*")
# a deadline opening the words before 分别 (2025年6月底前全市劳务派遣、职业中介许可办理时间分别): the time, not an item's words
DATE_OPENING = regex.compile(r"^(?:到|至|在)?\d{4}年(?:\d{1,2}月)?(?:底|末|年底|年末)?(?:前|以前|之前)?[，,\s]*")
# a base of comparison closing a 分别 item: 比2020年 / 较上年 / 同比
ITEM_COMPARISON = regex.compile(r"(?:比|较)(?:\d{4}年|上年|去年|上一年)(?:末|底)?$|同比$")
# a qualifier of place, area or level parallel items open with: 城区、农村…覆盖率 / 国家级、省级…
PARALLEL_QUALIFIER = regex.compile(
    r"城区|城市|城镇|市区|县城|镇区|农村|乡村|国家级|省级|自治区级|市级|州级|县级|"
    r"[一二三四五]级(?:及以[上下])?|[1-5一二三四五]A级|[一二三四五]星级|"  # levels of hospitals, scenic spots, hotels
    r"学前教育|幼儿园|小学|初中|普通高中|高中|中职|高职"  # school stages: 小学、初中班额分别不超过45人、50人
)
# the first item of such a list may carry the sentence's subject before its qualifier: 在职职工在一级及以下、二级…
QUALIFIER_LAST = regex.compile(rf"(?:{PARALLEL_QUALIFIER.pattern})$")
# the head noun a list of modifiers shares, on its last item: 化学需氧量、氨氮…排放总量
SHARED_HEAD = regex.compile(
    r"(?:排放|消费|使用|销售)?(?:总量|排放量|消费量|产量|规模|占比|比重|比例|浓度|面积|产值|收入|人数)$|(?:整体)?(?:通关|办理|审批|办结)(?:时间|时限)$"
    r"|(?:排放|浓度)?限值$")
# 三大粮食作物 / 两类企业: a word summing up the subjects listed before it (no part of their shared measure)
SUBJECTS_SUMMED = regex.compile(r"[两二三四五六七八九十\d]+[大类种个项]\p{Han}{0,4}?(?:作物|产品|行业|产业|领域|品种|污染物|设施|企业|区域)")
# an item that names its own measure already: 生产安全事故起数 (…起数和死亡人数: 人数 is not its head)
OWN_MEASURE = regex.compile(r"(?:数|率)$")
# a group of places a figure holds for each of: 各县区 / 各县（市、区） / 各乡镇（街道）
EACH_PLACE = regex.compile(
    rf"(?:原则上)?(?:各|(?P<every>每个|每(?=[省市县区乡镇州])))(?P<group>(?:{PLACE_GROUP_WORDS.pattern}|县市区|县区|区县|市州|地市|设区市|省份|"
    r"省（区、市）|省区市|地级市|乡镇街道|乡镇|街道|"
    r"开发区|园区|区|县|市|镇(?![街区村])|乡(?![村镇土])))"
    # the places' governments as the actor: 各镇人民政府要组建… (what they build is each town's)
    r"(?P<government>人民政府|政府)?"
    # 每个 makes a group only when a goal verb follows the places (每个县（市、区）至少打造3所, 每个街道每月开展), not a unit named
    # after them (每个乡镇卫生院至少配备2名); or a period and a bound after its words (每个乡镇（街道）每月快检不少于300批次,
    # 每个市（州）年度推荐项目不超过15个, 每省（区、市）报送案例不超过8个: a quota of each)
    r"(?(every)(?=(?:要|均|都|应|须)?(?:每(?:年|季度|月|周))?(?:至少|不少于|力争)?"
    r"(?:规划)?(?:打造|建成|建设|培育|创建|新建|组建|配备|配置|设立|设置|建立|开展|达到|有|建有|办好|遴选|明确)"
    rf"|(?:每{PERIOD_WORDS}|年度|推荐|申报|报送)[^，,。；;的]{{1,16}}?(?:原则上)?(?:不少于|不超过|不低于|不得超过|至少|$)))"
    r"(?:要|均|都|应|须)?"
)
# levels of government listed with their count: 州、县（市）两级(财政) / 市、县、乡三级
TIERS_BEFORE = regex.compile(r"(?P<levels>[省市州盟县区旗乡镇](?:[（(][市县区旗、]+[）)])?(?:、[省市州盟县区旗乡镇](?:[（(][市县区旗、]+[）)])?)+)"
                             r"(?P<n>[两二三四])级")
# what may stand between those levels and 分别: 财政每年 / 政府 / 财政年度
TIER_GAP = regex.compile(r"(?:财政|政府|人民政府)?(?:每年|年度|每年度)?(?:要|应|须)?")
# ordinals a list of grades names: 一、二、三(等奖) / 甲、乙(类)
ORDINALS = frozenset("一二三四五六七八九十甲乙丙丁")
# the last of such a list with the head the grades share, before whom they are given to: 三等奖(的选手) / 二档 / 乙类
ORDINAL_HEAD = regex.compile(r"(?P<ordinal>[一二三四五六七八九十甲乙丙丁])(?P<head>等奖|等|档|类|级|星级?|批)(?=的|$)")
# the last two items of a list joined by a word: B和C / B及C / B与C
LAST_PAIR = regex.compile(r"(?P<a>[^和及与]{2,}?)(?:以及|和|及|与)(?P<b>[^和及与]{2,})")
# an operator opening a 分别 item, the words after it its measure: 湖州移动5G基站数 → 湖州移动
OPERATOR_HEAD = regex.compile(r"\p{Han}{0,6}?(?:电信|移动|联通|铁塔|广电)")
# 镇 乡: the last character of a town's or township's name (the region table lists none)
TOWN_ENDS = frozenset("镇乡")
# 其中 opening a clause of parts: no word of the first place's name
PART_WORD = regex.compile(r"(?:其中[，,：:]?)?")
# named places listed at the head of a clause, with their count after them (the count is no figure of its own):
# 桂城街道、大沥镇、里水镇3个中心城区片区… / 甲镇、乙镇2个重点镇…
PLACE_LIST = regex.compile(
    r"(?P<places>\p{Han}{1,10}?(?:街道|镇|乡|县|区|市|旗)(?:、\p{Han}{1,10}?(?:街道|镇|乡|县|区|市|旗))+)"
    r"(?:(?P<count>\d+|[两三四五六七八九十]+)个\p{Han}{0,6}(?:街道|镇|乡|县|区|市|旗|片区|城区))?")
# a sum the places listed before it share: (甲街道、乙街道)共安排… / 合计下达…
SHARED_SUM = regex.compile(r"(?<!一)(?:共|合计|总计)(?:计)?(?:安排|下达|奖励|拨付|补助|发放|给予)")
# the places an enumerated item is about, heading it before a colon: 2.甲镇、乙镇： / （三）某某街道：
ITEM_PLACES = regex.compile(r"\s*(?P<places>\p{Han}{1,10}?(?:街道|镇|乡|县|区|旗|市)(?:、\p{Han}{1,10}?(?:街道|镇|乡|县|区|旗|市))*)[：:]")
# each of the item's places holds the figure: 各不少于3个 / 各建成2个
EACH_OF_THEM = regex.compile(r"各(?:不少于|不低于|至少|达到|超过|建成|新建|培育|打造)?$")
# a kind of area, not a named place: 在地质灾害易发区、山洪灾害防治区(和重点林区新建…) / 粮食生产功能区
AREA_KIND = regex.compile(r"^在|(?:易发|防治|保护|功能|风险|重点|示范|试验|集聚|林|矿)区$")
# a named area opening a clause, then a verb of what it did or will do: 甲城区(累计建成) / 乙街道(新建)
NAMED_AREA = regex.compile(r"(?P<area>(?P<name>\p{Han}{2,4}?)(?:城区|街道|镇|乡))(?=累计|新建|新增|建成|已建成|已|共|完成)")
# name words of a kind of area, not of one place: 中心城区 / 重点镇 / 特色小镇 / 建制镇 / 各乡镇 / 全镇 / 贫困乡镇
AREA_KIND_NAME = regex.compile(r"^(?:[各全每本该]|中心|核心|重点|特色|建制|示范|试点|贫困|民族|边境|城区|城市|农村)|[乡城]$")
# a group of places in brackets: 各县（市、区）
PLACE_GROUP = regex.compile(r"[（(][市县区镇乡、]+[）)]$")
# the verb and colon between 分别 and the first place of a list whose places stand before their figures: 分别为：
PLACES_LEAD = regex.compile(r"(?:为|是|达到|达|有|约为|共计)?\s*[：:]?\s*")
# the word joining the last place to the list: (永平镇8000亩)和半坡乡6500亩
LIST_JOINER = regex.compile(r"^(?:以及|和|及|与)")


def is_entity(ctx: Context, words: str) -> bool:
    """Whether ``words`` name a place or an operator (the dictionary's suffixes) or a group of places (各县（市、区）)."""
    words = words.strip()
    if not words or len(words) > 20:
        return False
    return words.endswith(ctx.dictionary.operator_suffixes) or words.endswith(ctx.dictionary.place_suffixes) \
        or PLACE_GROUP.search(words) is not None


def ranked_entity(ctx: Context, words: str) -> bool:
    """A place or operator a ranking can name; not the whole region (全市, 我省), whose rank the
    general rule (a rank after a figure) already reads."""
    return (is_entity(ctx, words) and not words.startswith(("全", "我", "本", "各"))
            and words not in ctx.dictionary.whole_region)


def last_distributive(text: str, lo: int, hi: int):
    """The last 分别/各自 in ``text[lo:hi]`` (the one a list of figures after it follows), or None."""
    m = None
    for m in DISTRIBUTIVE.finditer(text, lo, hi):
        pass
    return m


def _without_region(ctx: Context, words: str) -> str:
    """``words`` without the words that open them and mean nothing (其中, 力争, 现有) and the issuer's whole region."""
    words = LEADING_FILLER.sub("", words)
    for region in ctx.dictionary.whole_region:
        if words.startswith(region):
            words = words[len(region):]
    return words


def _distributed(ctx: Context, text: str, lo: int, hi: int) -> tuple[list[str], int] | None:
    """The items listed before 分别/各自 in ``text[lo:hi]`` and where the words after it start."""
    m = last_distributive(text, lo, hi)
    if m is None:
        return None
    head_start, head_end = trim(text, lo, m.start())
    head = _without_region(ctx, DATE_OPENING.sub("", text[head_start:head_end]))
    items = [head[a:b].strip("、，,和及 ") for a, b in top_level_cuts(head, 0, len(head), {"、", "，", ","})]
    items = [i for i in items if i]
    # the last item may hold two joined by 和 (B和C), which _as_many splits
    return (items, m.end()) if items and all(len(i) <= 30 for i in items[:-1]) and len(items[-1]) <= 61 else None


def each_place(words: str, sized: bool = False, alone: bool = False) -> tuple[str, str] | None:
    """各县区专职监管人员不少于15人: the group of places each of which the figure holds for (各县区), and the
    words after it; None when the words open with no such group (or are the group ``alone``: 各县600套, where the
    sentence's subject names the figure). The size of a thing each builds (``sized``: 每个乡镇组建不少于30人的扑火队)
    stays the issuer's rule unless the places' governments are its actor (各镇人民政府要组建不少于20人的…队伍, or
    各区（县）组建不少于60人的…服务队: 各 and the group name those governments, as the actor of a task does)."""
    m = EACH_PLACE.match(words or "")
    if not m or (m.end() >= len(words)) != alone or (sized and m.group("every") and not m.group("government")):
        return None
    return "各" + m.group("group"), words[m.end():]


# a clause that names no subject, only the goal verb (…，建成不少于20个示范点): the places the sentence opened with
VERB_ONLY = regex.compile(r"(?:要|均|都|应|须)?(?:至少|力争)?(?:打造|建成|建设|培育|创建|新建|组建|配备|设立|设置|建立|开展)")
# an article's or item's number opening a sentence: 第四条 / （二） / 3. / 一、
ENUMERATOR = regex.compile(r"^(?:第[一二三四五六七八九十百零\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|"
                           r"[一二三四五六七八九十]{1,3}、)\s*")
# where a clause ends inside a sentence
CLAUSE_MARK = regex.compile(r"[，,]")


def carried_place_group(text: str, c_start: int, q_start: int) -> str | None:
    """每个省份至少打造3个示范县，建成不少于20个示范点: a clause with only a goal verb takes the group of places
    (各省份) the clause before it opened with (through other clauses with only a verb); None when the clause names a
    subject, or no such group opens the clauses before it in its sentence."""
    if not VERB_ONLY.match(text[c_start:q_start].strip()):
        return None
    start = sentence_start(text, c_start, 160)
    clauses = [ENUMERATOR.sub("", c.strip()) for c in CLAUSE_MARK.split(text[start:c_start]) if c.strip()]
    for clause in reversed(clauses):
        opening = EACH_PLACE.match(clause)
        if opening:
            return "各" + opening.group("group")
        if not VERB_ONLY.match(clause):
            return None
    return None


def _as_many(items: list[str], n: int) -> list[str]:
    """The items of a 分别 list as ``n`` items: A、B和C → A, B, C (the last pair joined by 和/及/与)."""
    if len(items) == n - 1:
        last = LAST_PAIR.fullmatch(items[-1])
        if last:
            return items[:-1] + [last.group("a"), last.group("b")]
    return items


# places chosen by their rank, no place named: (考评排名)前三的(乡镇) / 前5名的
TOP_RANKS = regex.compile(r"前(?:\d{1,2}|[一二三四五六七八九十])(?:名|位)?的\p{Han}{1,8}?分别")


def entity_scopes(ctx: Context, text: str, lo: int, q_start: int) -> tuple[list[str], int]:
    """Entities the clause distributes the figure over (某市电信、某市移动分别…) and where the rest starts."""
    found = _distributed(ctx, text, lo, q_start)
    if found is None:
        return [], lo
    items, after = found
    if not all(is_entity(ctx, i) or i.startswith("各") for i in items) or TOP_RANKS.search(text, max(0, lo - 12), after):
        return [], lo  # 对评比名列前五的社区分别奖励…: the ranks are paid, no place is named
    return items, after


def paired_entities(ctx: Context, text: str, c_start: int,
                    quantities: list[Quantity]) -> tuple[list[str], int, str | None] | None:
    """某市、某市分别为31.2%、27.5%: as many entities before 分别 as figures after it, the i-th figure the i-th
    entity's; where the words after 分别 start; and the words the figures share when they follow the last
    entity before 分别 (昆明市、普洱市、丽江市年接待游客分别达到… → 年接待游客), else None."""
    if len(quantities) < 2:
        return None
    found = _distributed(ctx, text, c_start, quantities[0].start)
    if found is None:
        return None
    items, after = _as_many(found[0], len(quantities)), found[1]
    if len(items) != len(quantities):
        return None
    shared = None
    if all(ranked_entity(ctx, item) for item in items[:-1]) and not ranked_entity(ctx, items[-1]):
        split = _entity_then_words(ctx, items[-1])
        if split:
            items, shared = items[:-1] + [split[0]], split[1]
    return (items, after, shared) if all(ranked_entity(ctx, item) for item in items) else None


def tiered_scopes(ctx: Context, text: str, c_start: int,
                  quantities: list[Quantity]) -> tuple[list[str], int, None] | None:
    """市、县（区）两级财政每年度分别列支…不少于50万元、30万元: levels of government listed before 分别, as many as the
    figures after it, the i-th figure the i-th level's: the issuer's own level is its region, a lower one each place
    of that level (各县（区）); the words after 分别 name them all. None when no such list precedes 分别, or its first
    level is not the issuer's."""
    if len(quantities) < 2 or not ctx.region or any(q.unit == "%" for q in quantities):
        return None  # (市、县两级财政分别按60%、40%的比例承担: shares of one cost, the issuer's rule: party_shares)
    m = last_distributive(text, c_start, quantities[0].start)
    if m is None:
        return None
    tiers = None
    for tiers in TIERS_BEFORE.finditer(text, c_start, m.start()):
        pass
    if tiers is None or text[tiers.end():m.start()].strip() and not TIER_GAP.fullmatch(text, tiers.end(), m.start()):
        return None
    levels = tiers.group("levels").split("、")
    if len(levels) != len(quantities) or chinese_to_number(tiers.group("n")) != len(levels):
        return None
    if not ctx.region.endswith(levels[0]) or any(level[0] == levels[0] for level in levels[1:]):
        return None
    return [ctx.region] + ["各" + level for level in levels[1:]], m.end(), None


def _entity_then_words(ctx: Context, item: str) -> tuple[str, str] | None:
    """丽江市年接待游客 → (丽江市, 年接待游客): a place (by the names of ``schemas/regions.csv``) or an operator
    opening an item, and the words after it; None when the item opens with neither."""
    chain = region_chain(item)
    operator = OPERATOR_HEAD.match(item)
    # 张家界移动新建5G基站: the place is only part of the operator's name
    for end in (operator.end() if operator else 0, chain[-1][1] if chain and chain[0][0] == 0 else 0):
        if end >= 2 and len(item) - end >= 2 and ranked_entity(ctx, item[:end]):
            return item[:end], item[end:]
    # 下洼镇建设任务 / 某某街道分出率: a town, township or street the region table does not list, ended by its place word
    for end in range(3, len(item) - 1):
        if (item[end - 1] in TOWN_ENDS or item[:end].endswith("街道")) and ranked_entity(ctx, item[:end]):
            return item[:end], item[end:]
    return None


def respective_words(ctx: Context, text: str, c_start: int, quantities: list[Quantity]) -> list[str] | None:
    """5G用户占比、千兆用户占比分别达到40%、30%: the i-th figure is about the i-th item (not entities)."""
    if len(quantities) < 2:
        return None
    found = _distributed(ctx, text, c_start, quantities[0].start)
    if found is None:
        return None
    items = [ITEM_COMPARISON.sub("", i) for i in _as_many(found[0], len(quantities))]
    if len(items) != len(quantities) or not all(items):
        return None
    items = _ordinals_sharing_head(items)  # 市级一、二、三等奖 → 市级一等奖, 市级二等奖, 市级三等奖
    qualifiers = all(PARALLEL_QUALIFIER.fullmatch(i) for i in items[1:-1]) and bool(QUALIFIER_LAST.search(items[0]))
    if any(is_entity(ctx, i) or i.startswith("各") for i in items) and not (
            PARALLEL_QUALIFIER.match(items[-1]) and qualifiers):
        return None
    parallel = PARALLEL_QUALIFIER.match(items[-1])
    if parallel and qualifiers and parallel.end() < len(items[-1]):
        # 城区、农村养老服务设施覆盖率分别达到100%、90%: 城区 takes what follows 农村 (在职职工在一级及以下、二级、
        # 三级定点医疗机构的支付比例: the first item keeps the subject before its level)
        return [i + items[-1][parallel.end():] for i in items[:-1]] + [items[-1]]
    shared = _measure_after_subjects(ctx, items)
    if shared:
        return shared
    items = _shared_qualifier(ctx, items)
    head = SHARED_HEAD.search(items[-1])  # A、B、C排放总量分别下降…: the last item's head noun is every item's
    if head and len(items[-1]) > len(head.group(0)) and not any(SHARED_HEAD.search(i) or OWN_MEASURE.search(i)
                                                                 for i in items[:-1]):
        items = [i + head.group(0) for i in items[:-1]] + [items[-1]]
    return items


def _ordinals_sharing_head(items: list[str]) -> list[str]:
    """市级一、二、三等奖的团队: ordinals listed with the head they share written once, after the last (等奖, 档, 类) and
    the qualifier once, before the first (市级): each ordinal with both (市级二等奖), whom it is given to (的团队) left
    out; other items as they are."""
    last = ORDINAL_HEAD.match(items[-1])
    if len(items) < 2 or not last or not items[0][-1:] in ORDINALS or any(i not in ORDINALS for i in items[1:-1]):
        return items
    prefix = items[0][:-1]
    ordinals = [items[0][-1], *items[1:-1], last.group("ordinal")]
    return [prefix + o + last.group("head") for o in ordinals]


def _measure_after_subjects(ctx: Context, items: list[str]) -> list[str] | None:
    """小麦、水稻、玉米三大粮食作物耕种收综合机械化率分别…: bare subjects of one length, the last one followed by the
    rate or count they share: each subject with that measure. Where the last subject ends is known from a word that
    sums the subjects up (三大粮食作物), else from the measure being one the indicator table knows (耕种收综合机械化率);
    else None (大豆、马铃薯机播率: no telling where 马铃薯 ends)."""
    size = len(items[0])
    if len(items) < 2 or any(len(i) != size or OWN_MEASURE.search(i) or SHARED_HEAD.search(i) for i in items[:-1]):
        return None
    last = items[-1]
    rest = last[size:]
    summed = SUBJECTS_SUMMED.match(rest)
    rest = rest[summed.end():] if summed else rest
    if len(rest) < 3 or not (OWN_MEASURE.search(rest) or SHARED_HEAD.search(rest)):
        return None
    if not summed and ctx.dictionary.match(rest, None, any_unit=True) is None:
        return None
    return [i + rest for i in items[:-1]] + [last[:size] + rest]


def _shared_qualifier(ctx: Context, items: list[str]) -> list[str]:
    """生产安全事故起数和死亡人数分别下降…: a later item no indicator by itself takes the first item's qualifier when
    that makes one the dictionary knows (生产安全事故死亡人数)."""
    first = items[0]
    out = [first]
    for item in items[1:]:
        named = item
        if len(first) > len(item) and ctx.dictionary.match(item, None, any_unit=True) is None:
            for cut in range(len(first) - 1, 1, -1):
                if ctx.dictionary.match(first[:cut] + item, None, any_unit=True) is not None:
                    named = first[:cut] + item
                    break
        out.append(named)
    return out


def respective_dates(text: str, c_start: int, quantities: list[Quantity], dates: list[Deadline]) -> list[Deadline] | None:
    """其中2021年、2022年分别新建5G基站1800个、2000个: the i-th figure is due by the i-th date, when the
    dates open the words before 分别 (2023年、2024年签约率分别达到41%、43%: the words after them are shared)."""
    if len(quantities) < 2:
        return None
    m = last_distributive(text, c_start, quantities[0].start)
    if m is None:
        return None
    listed = [d for d in dates if c_start <= d.char_start and d.char_end <= m.start() and d.date]
    if len(listed) != len(quantities):
        return None
    rest, pos = [], c_start
    for d in listed:
        rest.append(text[pos:d.char_start])
        pos = d.char_end
    # 2023年、2024年常住人口家庭医生签约率分别达到41%、43%: the words after the last date are what both figures measure;
    # 青岛港海铁联运量2024年、2025年分别达到…: the words before the first date, the dates right before 分别
    glued = DATE_LIST_GLUE.fullmatch("".join(rest[1:])) and DATE_LIST_GLUE.fullmatch(text[pos:m.start()])
    return listed if DATE_LIST_GLUE.fullmatch("".join(rest)) or glued else None


def listed_places(ctx: Context, text: str, c_start: int, q_start: int) -> tuple[list[str], int, tuple[int, int] | None] | None:
    """桂城街道、大沥镇、里水镇3个中心城区片区城市生活污水集中收集率达到85%: the named places a clause opens with
    (each a fact of its own), where the words after them start, and the span of their count (3个…片区, no figure
    of its own); None when the clause opens with no such list (or its count is not the number of places)."""
    start, _ = trim(text, c_start, q_start)
    start = PART_WORD.match(text, start, q_start).end()  # 其中巴宜区、米林市…各2段: the places are the parts
    m = PLACE_LIST.match(text, start, q_start + 16)
    if not m:
        one = _division_of_region(ctx, text, start, q_start) or _named_area(text, start, q_start)
        opened = sentence_place(ctx, text, start, q_start) if one is None else None  # 某县…滞后，计划建设…
        return ([one[0]], one[1], None) if one else ([opened], start, None) if opened else None
    if m.end("places") > q_start or (m.end() >= q_start and not m.group("count")) or text.startswith("等", m.end("places")):
        return None  # 甲经济区、乙投资区等产业园区中…: examples of a kind of area, not each a scope
    if SHARED_SUM.search(text, m.end("places"), q_start):
        return None  # 对考核优秀的甲街道、乙街道共安排奖补资金15万元: one sum the places share, not each one's
    places = m.group("places").split("、")
    if not all(ranked_entity(ctx, place) and not _area_kind(place) for place in places):
        return None
    if m.group("count"):
        count = m.group("count")
        if (int(count) if count.isdigit() else chinese_to_number(count)) != len(places):
            return None
        return places, m.end(), (m.start("count"), m.end())
    return places, m.end(), None


def _division_of_region(ctx: Context, text: str, start: int, q_start: int) -> tuple[str, int] | None:
    """(place, where the words after it start) when a clause opens with the full name of a division of the
    issuer's own region, then the words of its figure (巴宜区城市生活污水处理率达到95%, in a 林芝市 notice);
    a name the region table does not place under the issuer (高新区) is none."""
    opening = division_opening(text[start:q_start])
    if opening is None or start + opening[0] + 2 > q_start or all(r.parent != ctx.region for r in opening[1]):
        return None
    return text[start : start + opening[0]], start + opening[0]


def _named_area(text: str, start: int, q_start: int) -> tuple[str, int] | None:
    """(area, where the words after it start) when a clause opens with a named town, township, street or urban
    area the region table does not list, then what it has done (甲城区累计建成…28个 / 乙街道新建…): a report or
    goal of that area; None for a kind of area (中心城区, 重点镇, 特色小镇) or a group (各乡镇)."""
    m = NAMED_AREA.match(text, start, q_start)
    if not m or AREA_KIND_NAME.search(m.group("name")):
        return None
    return m.group("area"), m.end("area")


def _area_kind(place: str) -> bool:
    """A kind of area (重点林区, 地质灾害易发区), not a division whose name ends the same way (神农架林区, 矿区)."""
    if not AREA_KIND.search(place):
        return False
    chain = region_chain(place)
    return not (chain and chain[-1][1] == len(place))


def item_places(ctx: Context, text: str, start: int, end: int) -> list[str] | None:
    """2.甲镇、乙镇：发展… — the named places an enumerated item (or a paragraph) heads with a colon; None when
    it heads with none."""
    m = ITEM_PLACES.match(text, start, end)
    if not m:
        return None
    places = m.group("places").split("、")
    return places if all(ranked_entity(ctx, place) for place in places) else None


def item_scopes(text: str, places: list[str], c_start: int, q: Quantity,
                quantities: list[Quantity]) -> tuple[list[str], int | None] | None:
    """The scopes of a figure of an item headed by its places (see ``item_places``), and where its words start
    when a place opens them: the place its clause names (2021年甲镇新增种植面积3000亩), the one place of the item,
    the i-th place for the i-th figure after 分别 (甲镇、乙镇：…分别不少于2000头、1500头), or every place for a
    figure each holds (各不少于3个); None when the item's places do not say whose the figure is."""
    before = text[c_start:q.start]
    named = [(before.find(place), place) for place in places if place in before]
    if len(named) == 1:
        at, place = named[0]
        return [place], c_start + at + len(place)
    if named:
        return None
    if len(places) == 1:
        return places, None
    if "分别" in before:
        listed = [other for other in quantities if other.unit == q.unit and "分别" in text[c_start:other.start]]
        if len(listed) == len(places) and q in listed:
            return [places[listed.index(q)]], None
        return None
    if EACH_OF_THEM.search(before):
        return list(places), None
    return None


def places_before_figures(ctx: Context, text: str, lo: int, quantities: list[Quantity],
                          segments: list[tuple[int, int]]) -> tuple[list[str], str, str | None] | None:
    """各乡镇茶园面积分别为：威远镇8.5万亩、永平镇6.1万亩… — a 分别 list (in the clause or the one before, from
    ``lo``) whose places each stand right before their own figure: the place of each figure, the measure named
    before 分别 (without 全县 or the group of places 各乡镇), and the comparator of the verb after 分别; None when
    any figure's words are no named place (a town, township or street, or a division the region table knows)."""
    if len(quantities) < 2 or len(segments) != len(quantities):
        return None
    m = last_distributive(text, lo, quantities[0].start)
    if m is None:
        return None
    lead = PLACES_LEAD.match(text, m.end(), quantities[0].start)
    starts = [lead.end()] + [trim(text, seg[0], q.start)[0] for seg, q in zip(segments[1:], quantities[1:])]
    places = [LIST_JOINER.sub("", text[a:q.start].strip()) for a, q in zip(starts, quantities)]
    if not all(_named_place(ctx, place) for place in places):
        return None
    head_start = max([lo] + [text.rfind(mark, lo, m.start()) + 1 for mark in "，,；;：:。"])
    head = _without_region(ctx, text[slice(*trim(text, head_start, m.start()))])
    group = each_place(head)
    head = LEADING_FILLER.sub("", group[1]) if group else head  # 各乡镇现有茶园面积 → 茶园面积
    if len(head) < 2:
        return None
    return places, head, word_comparator(text[m.end():lead.end()].strip("：: "))


def _named_place(ctx: Context, place: str) -> bool:
    """A place's own name: a town, township or street (威远镇, 城东街道) or a division the region table knows, not
    a kind of area (禁牧区, 重点林区)."""
    if not ranked_entity(ctx, place) or _area_kind(place):
        return False
    chain = region_chain(place)
    return place[-1] in TOWN_ENDS or place.endswith("街道") or bool(chain and chain[-1][1] == len(place))
