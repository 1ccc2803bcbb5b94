"""The measure's own words: a figure's raw indicator words without the verbs, adverbs and asides around them.

Reads the words the subject step found (``坚决守住耕地红线``, ``粮食年产量连续``, ``新增国家级、市级重点实验室、
产业技术研究院、应用技术中心等创新平台``); returns the noun phrase a researcher compares (``耕地红线``,
``粮食年产量``, ``新增创新平台``). Period words (新建, 新增, 累计) stay: a count of this period is not a stock.
"""
from __future__ import annotations

import functools

import regex

# adverbs that open or close a verb phrase: 坚决 / 着力 / 有序 / 连续 / 持续 …
_ADVERB = (r"坚决|严格|着力|大力|积极|有序|稳步|加快|全面|进一步|持续|努力|力争|争取|确保|基本|切实|深入|扎实|不断|逐步|"
           r"重点|率先|继续|再|将|要|已|已经|均|分别|同时|并|且|连续|原则上|只|仅|至少|可|应当|须|必须")
# verbs that open a noun phrase they act on (not period words): 守住耕地红线 / 打造…示范园 / 发展…用户
_VERB = (r"守住|严守|守牢|坚守|保持|发展|推动|推进|开展|建设|打造|培育|形成|创建|实施|引进|引育|选育|聚焦|围绕|构建|布局|"
         r"实现|完成|培养|组建|设立|设置|认定|扶持|吸引|集聚|壮大|突破|发放|安排|落实|部署|开通|建立|建成|拥有|具备|开设|"
         r"鼓励|举办|招引|遴选|评选|创成|争创|获批|获得|吸纳|新引进|新培育|搭建|制定|修订|选育或引进|新引进和培育|引进和培育|"
         r"给予|予以|统筹安排|统筹|共有|引导")
# verbs that staff, pick or hand out the things a figure counts, named after the figure: 组建(40人的扑火队伍) /
# 配备(2名专任教师) / 遴选(3所幼儿园) / 办好(1所中心幼儿园) / 建有(1座公共厕所) / 安排(200万元)
PROVIDE_VERB = r"组建|配备|配置|配齐|明确|遴选|选树|办好|建有|设有|安排|发放|提供|选派|派驻|招聘|招录|举办|评选|推荐"
# a size with no thing of its own, the thing after the figure and 的: (设立)规模(5亿元的…基金) / (建设)总面积(2万平方米的…)
SIZE_NOUN = regex.compile(r"(?:总)?(?:规模|面积|建筑面积|容量|库容|投资|总投资|长度|里程)")
# words that say which period a figure counts: they stay in the measure's words
PERIOD = regex.compile(r"^(?:累计)?(?:新建|新增|新开通|累计建成|累计|新引进(?:和|及|、)?(?:培育)?|新培育(?:和|及|、)?(?:引进)?|新认定|"
                    r"当年|年度|年均)")  # 累计新引进培育(各类乡村人才)
# a verb phrase opening the words: (adverbs)(verbs)(的)? — 坚决守住 / 着力推动智能… / 有序开展
LEADING_VERBS = regex.compile(rf"^(?:(?:{_ADVERB})*(?:{_VERB}|{PROVIDE_VERB})(?:和|及|或|、)?)+(?:的)?")
# who must, before a modal: 申报主体须带动农户 → 带动农户 (the measure is what follows the modal)
MODAL = regex.compile(r"^[^，,、]{2,12}?(?:必须|(?<![必])须|应当)(?=\p{Han}{2})")
# what an amount right after the words is per, no part of the measure's name: (投资强度不低于)每亩(500万元) /
# (收费标准为每生)每学期(不超过200元) / 每平方米
PER_UNIT = r"每(?:亩|吨|平方米|立方米|千瓦时?|公里|学期|课时|班|校|所|村|床|张|穴|具|例|套|间)"
# adverbs and verbs closing the words: 粮食年产量连续 / 专家连续参与评审不得 / 支持金额最高可至
TRAILING_VERBS = regex.compile(r"(?:连续|持续|稳步|基本|不断|逐步|原则上|一般|分别|保持在?|稳定在|控制在|最高|最多|最长|最短|至少|可至|可达|不得|"
                               r"不低于|不超过|不少于|每年|每月|(?<=不低于|不少于|不超过|不高于|达到)每[日天]|达到(?=每[日天])|首次|全部|各|(?:尚)?未|"
                               rf"每[人户生]|(?<![行作认])为|(?<=得分|评分|成绩)在|{PER_UNIT})+$")  # 划入额度为每人(每月85元): the rate, not the name
# a span of years inside the words (an aside, not the measure): 连续11年 / 近10年来 / 连续两年 (not 同一年度)
DURATION_ASIDE = regex.compile(r"(?:连续|近|过去)?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:多|余)?(?:个)?(?:年|月)(?!度)(?:来|以来)?")
# the base a rate is changed from, or the range a count is added beyond, an aside: (报销比例)在上述标准基础上(降低10个
# 百分点) / 在现行标准的基础上 / 在上述范围外(增加不超过3个品目)
# (在政策范围内报销比例 keeps its 范围内: it says which costs the share is of)
BASE_ASIDE = regex.compile(r"(?:可以|可|应当|应|须)?在[^，,。；;]{1,12}?(?:的?基础上|范围外|以外)")  # 在上述范围外(增加…品目)
# a comparison with a base year or place: 比2020年 / 较上年 / 同比 / 与…相比 (the date was removed before), its base's
# figure in a bracket after it gone too: 较2022年（1.6亿元）
COMPARISON = regex.compile(r"(?:比|较|同比|环比|相比|与[^，,。]{0,8}相比)(?:[（(][)）]?)?$")
# a list of three or more items before 等 and its head noun: A、B、C、D等创新平台 → 创新平台
LONG_LIST = regex.compile(r"(?P<items>[^、，,]+(?:、[^、，,]+){2,})等(?P<head>\p{Han}{2,12})$")
# examples of where, opening the words: 甲经济区、乙投资区、丙开发区等产业园区中(工业项目配套用地面积…)
WHERE_EXAMPLES = regex.compile(r"^[^、，,]{2,20}(?:、[^、，,]{2,20})+等\p{Han}{1,8}?(?:中|内)(?=\p{Han}{4})")
# conditions joined by 且 before the figure's own: (经县文旅局备案且)参与游客(达到5000人次以上的) / (接入平台且)正常运营
JOINED_CONDITIONS = regex.compile(r"^[^，,；;。]*(?:并且|且)(?=\p{Han}{2})")
# scope words opening the words: 全国 / 我国 / 全市 (the scope is stored apart), and how often (每年改造 → 改造)
_SCOPE_WORDS = r"全国|我国|全球|全省|全市|全县|全区|全地区|全州|全盟|全旗|本市|本省|我省|我市|各地|全年|当年|每年|每届|每季度|每月|每半年"
SCOPE_OPENING = regex.compile(rf"^(?:{_SCOPE_WORDS})")
# a bound with no measure of its own: (…生活补贴，)最长(不超过36个月) / 最多
_BOUND = r"最长|最短|最多|最少|至多|最低|最高"
# words that only act, with no noun of their own (adverbs, verbs, scope words, 向 before whom it is done): what the
# figure counts is named after it (累计向16.8万户企业发放… / 每年安排不少于200万元 / 至少遴选3所幼儿园). A set read by
# segmenting, not one alternation repeated: the lists share words, and a repeated alternation of shared words
# backtracks exponentially on a long run of them that fails at its end
ACTION_WORDS = frozenset("|".join((_SCOPE_WORDS, _ADVERB, _VERB, PROVIDE_VERB, _BOUND, "累计|共|向|给")).split("|"))
_LONGEST_ACTION = max(map(len, ACTION_WORDS))


@functools.lru_cache(maxsize=8192)  # pure; notices of one kind (and the clauses tried twice) repeat their words
def measure_words(words: str) -> str:
    """The measure's own words: no verbs (守住, 打造), adverbs (坚决, 连续), asides (连续11年) or scope (全国)."""
    if not words:
        return words
    out = DURATION_ASIDE.sub("", words) if DURATION_ASIDE.search(words) and len(words) > 6 else words
    out = MODAL.sub("", out)
    out = BASE_ASIDE.sub("", out) if len(BASE_ASIDE.sub("", out)) >= 2 else out
    out = WHERE_EXAMPLES.sub("", out)
    out = JOINED_CONDITIONS.sub("", out)
    previous = None
    while previous != out:
        previous = out
        period = PERIOD.match(out)
        head = period.group(0) if period else ""
        rest = out[len(head):]
        stripped = LEADING_VERBS.sub("", rest)
        if len(stripped) >= 2 and stripped != rest:
            out = head + stripped
        stripped = SCOPE_OPENING.sub("", out)
        if len(stripped) >= 2:
            out = stripped
        stripped = TRAILING_VERBS.sub("", out)
        if len(stripped) >= 2:
            out = stripped
        out = out.strip("，,、的 ")
    listed = LONG_LIST.search(out)
    if listed:  # 新增国家级、市级重点实验室、…等创新平台 → 新增创新平台
        period = PERIOD.match(out)
        out = (period.group(0) if period else "") + listed.group("head")
    return out or words


def bare_action(words: str) -> bool:
    """Whether ``words`` only act, naming nothing (每年安排 / 累计向 / 原则上至少遴选(的)): ``ACTION_WORDS`` end to end,
    perhaps with a 的 after them."""
    if not words:
        return False
    reached = [True] + [False] * len(words)  # reached[i]: words[:i] is action words end to end
    for i in range(len(words)):
        if reached[i]:
            for j in range(i + 1, min(i + _LONGEST_ACTION, len(words)) + 1):
                if words[i:j] in ACTION_WORDS:
                    reached[j] = True
    return reached[-1] or (words.endswith("的") and len(words) > 1 and reached[-2])


def without_comparison(words: str) -> str:
    """Words without a trailing comparison (单位GDP能耗比 → 单位GDP能耗)."""
    return COMPARISON.sub("", words).rstrip("，,、 ")


# a bound word said across a share's base, closing the words before the base: 预拨比例不低于(当季预算额)
BOUND_ACROSS = regex.compile(r"(?:不低于|不少于|不超过|不高于|不得(?:低于|少于|超过|高于)|最高|最低|达到|超过|高于|低于)$")
# a measure that is a ratio already: …比例 / …率 / …比重 / …占比
RATIO_END = regex.compile(r"(?:比例|比率|率|比重|占比)$")
# who is urged to apply a share, before the share (督促各村民委员会按不低于… / 要求各企业按…): no measure of its own
URGED = regex.compile(r"(?:督促|要求|指导|引导|推动)\p{Han}{2,8}?")
# words that only lead a share in (应当按照 / 原则上按): no measure of their own
# a level of government or group of places that applies a share, before the share (县级可按不超过…1%的比例统筹安排… /
# 各乡镇按不低于本级财政收入1%的比例安排…): no measure of its own
LEVEL_AGENT = r"(?:[省市县区乡镇州旗]级|本级|各地|各[\p{Han}（）()、]{1,8}?(?=按|可|应|须|要|原则上))"
# the lead closing a measure's words before the bound: (新建住宅项目)应按照(不低于总户数…) — how, not what
LEAD_AFTER = regex.compile(r"(?:应当|应|须|必须|可以|可|原则上)(?:按照|按)$")
LEAD_ONLY = regex.compile(rf"{LEVEL_AGENT}?(?:{URGED.pattern})?(?:应当|应|须|必须|可|可以|原则上)?(?:按照|按)?")


def measure_across(raw: str | None, base: str) -> str | None:
    """The measure a bound across its base follows (县级配套资金不低于中央补助资金的30% → 县级配套资金占中央补助资金比例; a
    ratio keeps its own name, as the gold of sets 13 and 17 writes it: 预拨比例不低于当季预算额的90% → 预拨比例); None
    when the words do not end with the bound and its base."""
    head = (raw or "").removesuffix("的")
    if not head.endswith(base):
        return None
    word = BOUND_ACROSS.search(head[:-len(base)])
    measure = head[:word.start()] if word else ""
    measure = LEAD_AFTER.sub("", measure) if len(LEAD_AFTER.sub("", measure)) >= 2 else measure
    if len(measure) < 2 or LEAD_ONLY.fullmatch(measure):
        return None  # 应当按照不低于从业人员2%的比例…: no measure before the bound
    return measure if RATIO_END.search(measure) else f"{measure}占{base}比例"
