"""The subject words of a figure: what it counts, named before it, after it, or by the figure before.

Reads the text around one figure (and the subject of the sentence so far, or what 该指标 points back to);
returns the raw indicator words (``indicator_raw``) and whether they were borrowed from the subject.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, suffix_length
from extractors.targets.context import Context, Subject
from extractors.targets.dictionary import Indicator, norm_words
from extractors.targets.wording import LEVEL_AGENT, PROVIDE_VERB, SIZE_NOUN, URGED, bare_action, measure_words
from extractors.word_sets import longest_suffix
from schemas.records import Deadline

# words at the end of the left context that only compare: 超过 / 累计达 / 分别达到 / 为 / 总量为 …
# (an adverb, then a comparator, then 了, each optional)
_COMPARATOR_ADVERBS = "分别|累计|均|总计|共计|已经|已|将|要|力争|争取|确保|需|应|连续"
_COMPARATORS = (
    "不超过|不高于|不大于|不少于|不低于|不小于|至少|达到|达|超过|超出|超|高于|大于|多于|逾|突破|低于|少于|小于|"
    "控制在|提高到|提高至|提升到|提升至|增长到|增加到|增加至|增至|扩大到|扩大至|保持在|稳定在|降至|降低到|降低至|满|"
    "缩短至|缩短到|缩短为|下降到|下降至|减少到|减少至|压缩至|压缩到|压减至|回落到|回落至|可放宽至|可放宽到|放宽至|放宽到|延长至|延长到|"
    "不足|不满|为|是|约|大约|接近|将近|近|共计|合计|总计|共有|共|累计|由|下降|降低|减少|回落"
)
TRAILING_COMPARATOR = regex.compile(rf"(?:{_COMPARATOR_ADVERBS})?(?:{_COMPARATORS})?(?:了)?$")
#: every text TRAILING_COMPARATOR matches in full (a few thousand words): drop_trailing_comparator looks
#: up the text's endings in it instead of trying the pattern at every character
_TRAILING_COMPARATOR_WORDS = frozenset(
    adverb + comparator + le
    for adverb in ("", *_COMPARATOR_ADVERBS.split("|")) for comparator in ("", *_COMPARATORS.split("|"))
    for le in ("", "了")
)
# words at the start of the left context that carry no meaning for the indicator (an item's number or bracketed
# title: 4. / 第八条 / 【监督管理】), a connective (但 / 或者) or the bracket a 其中 part opens with (（其中2023年完成…）)
LEADING_FILLER = regex.compile(
    r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|"
    r"第[一二三四五六七八九十百零\d]{1,5}条\s*|【[^】\n]{1,16}】|\d{1,2}[.．](?!\d)\s*|[（(]?其中|分别|同时|以及|并且|并|且|和|及|"
    r"但是|但(?![书凡])|或者|而且|"
    r"力争|争取|确保|实现|具备|基本|全面|进一步|使(?![用命])|让|推动|努力|预计|计划|目前|当前|现有|截至目前|"
    r"截止目前|综合来看|总体上|按照|依照|依据|对于|凡是|凡|对(?![外口接标话比]))+"
)
# the words of a bracket still open before a figure: …天气下（(日最高气温达到)35℃以上）
OPEN_BRACKET_WORDS = regex.compile(r"[（(](?P<words>[^（()）\d]*)$")
# a term right before a bracket that states its length: (运营期限)内（原则上不少于(8年)）
TERM_BEFORE_BRACKET = regex.compile(r"(?P<term>(?:(?![的在])\p{Han}){0,6}?(?:期限|年限|时限|有效期|服务期|任期))内?[（(][^（()）\d]*$")
# bracket words that only hedge a bound: 原则上不少于 / 一般不超过 / 最长
HEDGE_ONLY = regex.compile(r"(?:原则上|一般|通常|最长|最短|最多|最少|至少)+(?:不少于|不低于|不超过|不高于|不得超过|不得少于)?")
# the thing the clause before sets aside or builds, its object, right before a bare 占比: 单列(保障性租赁住房用地)，
OBJECT_BEFORE = regex.compile(r"(?:单列|预留|配建|划定|储备|安排)(?P<thing>\p{Han}{2,14})[，,]\s*$")
# only verbs left: the quantity is named after it (形成5个…示范项目) or by the clause before
VERB_ONLY = regex.compile(
    r"^(?:已经?|累计|共计|共|总计|新|完成|建成|建设|新建|形成|打造|培育|开通|新增|新开通|实现|部署|建|创建|"
    r"认定|引进|培养|获得|达成|分别|各|力争|争取|确保|再)*$"
)
# an amount per thing with no noun of its own: 每户标准不超过300元 (what it is the amount of is the sentence's topic)
AMOUNT_ONLY = regex.compile(r"^(?:每(?:户|人|家|个|名|项|年))?(?P<charge>收费|缴费)?(?:标准|金额|额度)$")
# words that end with what an amount is per: 每户每次 / (对流浪人员按照)每人每天 / 每人每学年
PER_RATE_END = regex.compile(r"(?:^|按照?)(?:每(?:户|人|家|个|名|项|年|月|天|日|次|学年|学期|人次|户次))+$")
# the standard an amount sets, after it: (60元)的标准提供临时食宿 → 临时食宿标准
STANDARD_AFTER = regex.compile(r"(?:以内|以下)?的标准(?:提供|给予|发放|安排|配备|收取|执行|核定)?"
                               r"(?P<noun>\p{Han}{2,12})(?=[，,。；;]|$)")
# the price a thing is bought or sold at, after it: (按不低于80元/吨)的价格收购秸秆 → 秸秆收购价格
PRICE_AFTER = regex.compile(r"的(?:价格|单价)(?P<verb>收购|回收|收取|销售|出售|购买|采购)(?P<noun>\p{Han}{2,10})(?=[，,。；;]|$)")
# words that only say how a price applies, before it: (回收企业)按 / 按照
BY_PRICE = regex.compile(r"(?:^|\p{Han}{0,8}?)(?:按照|按|以)$")
# a capacity a thing after the figure has, ending the words before it: (新建（改扩建）)库容 / 装机容量 (not 面积: a
# measure of its own, 建筑面积不超过70平方米的小户型)
CAPACITY_END = regex.compile(r"(?:库容|容量|储量)$")
# a verb ending the words before a figure, maybe with the whole region it acts over: what is counted follows the figure
# (在…领域打造5个以上5G应用场景)
VERB_END = regex.compile(rf"(?P<verb>新建|新增|新开通|累计建成|打造|建成|建设|形成|培育|创建|建立|引进|推出|开通|部署|认定|实施|完成|统筹|"
                         rf"{PROVIDE_VERB})(?:全县|全市|全区|全州|全旗|全乡|全镇|全省)?$")  # 统筹全县(356名生态护林员)
# words of work on what exists, with no noun: 改造提升 / 升级改造 / 扩建
WORK_ONLY = regex.compile(r"(?:改造|提升|升级|提档|改建|扩建|新建|建设)+")
# verbs that say new-this-period or cumulative: kept in the words (新建 is not 累计)
PERIOD_VERB = regex.compile(r"新建|新增|新开通|累计建成")
# a word that says which period a figure counts, in a clause that borrows its subject: 新建…，累计达到4500个
PERIOD_WORD = regex.compile(r"累计建成|累计|新建|新增|新开通")
# words that point back to an indicator named before: 该指标距离…评价标准（25%）
ANAPHOR = regex.compile(r"(?:该|此|这一|这个|这项|此项|该项|上述)指标")
# a ratio word with no subject of its own (占比达到40% after 5G用户数超220万户)
RATIO_ONLY = regex.compile(r"^(?:其)?(?:占比|比重|比例|渗透率|覆盖率|普及率)$")
# the trailing noun of a subject that a following ratio refers to: 5G用户数 → 5G用户
SUBJECT_TAIL = regex.compile(r"(?:总数|总量|数量|规模|数)$")
# a quota handed down, named by who set it and not by the indicator: 完成省下达年度任务（1200个）
QUOTA = regex.compile(
    r"(?:完成)?(?P<words>(?:国家|省|市|区|县|上级)?(?:下达|分解)?(?:的)?(?:年度|全年|当年)?(?:建设)?(?:任务|目标)(?:数)?)[（(]?"
)
# the share of something done: 完成省下达年度任务（1200个）的112.5%
COMPLETED_SHARE = regex.compile(r"完成[^，,。；;]{1,30}的$")
# the noun phrase after a figure, up to the next figure or clause end: 企业单位获得省、市专项扶持资金
RIGHT_WORDS = regex.compile(r"(?:[\p{Han}“”A-Za-z\-（）()、+]|\d+(?=[A-Za-z]))+")
# a conjunction right after a figure: another condition follows (装机容量1兆瓦以上且并网运行的), not its noun
JOINT_NEXT = regex.compile(r"(?:并且|且|或者|或|并)")
# a second condition joined on after the noun: (案件)且未按期整改 / 或者造成…
JOINED_CONDITION = regex.compile(r"并且|而且|且|或者")
# a word joining the next figure's words, closing a figure's noun: (3所)幼儿园和(3所小学) / 专任教师及
JOINT_END = regex.compile(r"(?:以及|和|及|与)$")
# a figure is followed by a noun (or a quoted name, or a name like 5G应用场景): 190万户家庭, 5个“双千兆”…
NOUN_START = regex.compile(r"[\p{Han}“]|[A-Za-z0-9]{1,4}[\-\p{Han}A-Za-z]")
# a clause that gives a part of the figure before: 其中农村地区1000个 / 其中，甲区500个
PART_OPENING = regex.compile(r"\s*其中[，,]?")
# 其中， as a clause of its own before the parts
PART_BEFORE = regex.compile(r"其中[，,：:]\s*$")
# words that name a part by place or kind, not a measure of their own: 农村地区 / 重点行业 / 城区
PART_QUALIFIER = regex.compile(
    r"(?:地区|区域|农村|乡村|城市|城区|城镇|乡镇|县城|市区|行政村|园区|领域|行业|方面|部分|地方|境内|片区|景区|街道|社区)"
    r"(?:新建|新增|建成|完成|累计)?$"
)
# the kind of area a named place is, before its name: 县城(某某镇) / 城区(某某街道) / 中心城区
AREA_OF_PLACE = regex.compile(r"^(?:县城|城区|市区|主城区|中心城区|老城区|镇区)(?=\p{Han}{2})")
# a measure noun ending the words: the part names its own measure (其中5G用户占比…)
MEASURE_END = regex.compile(r"(?:率|比重|占比|比例|数|量|规模|面积|额|值|收入|指数|水平|能力|强度|人次|人数|个数|总量)$")
# a predicate closing a topic clause: 数字经济规模持续扩大 / 粮食生产稳步发展
TOPIC_PREDICATE = regex.compile(
    r"(?:持续|不断|稳步|进一步|显著|明显|大幅|快速|加快|逐步|全面)?"
    r"(?:扩大|提升|提高|增长|增强|壮大|优化|改善|发展|推进|下降|降低|减少|加强|完善|巩固|稳定)$"
)
# the thing a clause fronts with 将/把 and puts somewhere (将森林草原防灭火工作经费纳入年度财政预算): its topic, which a later
# clause with only a verb (每年安排不少于200万元) counts
FRONTED = regex.compile(r"(?:将|把)(?P<thing>\p{Han}{2,16}?)(?:纳入|列入|列为|足额纳入|全额纳入)")
# 由 + an agent (由旗财政统一… / 由市政府负责), or how a thing is done (按照…原则): the topic of a clause ends before it
BY_AGENT = regex.compile(r"(?<=\p{Han}{2})(?:由(?=[^，,。；]{0,8}?(?:财政|政府|局|委|办|厅|部门|单位|公司|中心|统一|负责))|"
                      r"按照|依照|参照)")  # 课后服务按照…原则收取服务性收费: the topic ends before how it is done
# a verb right after a figure: what follows is the rule's action, not what is counted (0.35元/千瓦时执行 / 3亿元用于支持…)
RIGHT_VERB = regex.compile(r"执行|实施|计算|计|为准|给予|予以|核定|结算|收取|缴纳|(?:专项|主要|全部)?用于"
                        r"|时(?![间段期代长限效速刻])")  # (风力达到3级以上)时: when, no noun
# what may stand before the base of a share and nothing else: 应当按照不低于 / 可按 / 不超过
SHARE_LEAD = regex.compile(rf"{LEVEL_AGENT}?(?:{URGED.pattern})?(?:应当|应|须|必须|可|可以|原则上)?(?:按照|按)?"
                           r"(?:不低于|不少于|不超过|不高于|最高|最低|达到)?")
# the thing a share is of, after it: 2%的比例配备专职安全生产管理人员 / 30%的比例用于…
SHARE_AFTER = regex.compile(r"(?:的)?(?:比例|标准)(?:配备|配置|用于|安排|设置|招聘|聘用|确定)?(?P<noun>\p{Han}{2,20})")
# per 10,000 people: 每万人拥有5G基站数
PER_10K_PEOPLE = regex.compile(r"每万人|万人拥有")
# 以上 / 以下 / 左右 after a figure (not a noun)
SUFFIX_WORD = regex.compile(r"以上|以下|左右")
# a short noun phrase a clause topic may be: 数字经济规模 / 5G基站（个）
TOPIC_WORDS = regex.compile(r"[\p{Han}A-Za-z0-9“”（）()]+")


def drop_trailing_comparator(words: str) -> str:
    """``TRAILING_COMPARATOR.sub("", words)``: the words without the comparator they end with
    (累计达到 → ""; 5G基站总数超过 → 5G基站总数). Every match ends where ``$`` does (the end, or before a
    final line break), so the one removed is the longest ending that is a word of the pattern."""
    body, line_end = (words[:-1], words[-1:]) if words.endswith("\n") else (words, "")
    ending = longest_suffix(body, _TRAILING_COMPARATOR_WORDS)
    return body[: len(body) - len(ending)] + line_end if ending else words


def clean_left(ctx: Context, text: str, lo: int, q_start: int, dates: list[Deadline]) -> str:
    """The words before a figure with dates, fillers, region words and comparators removed."""
    pieces, pos = [], lo
    for d in dates:
        if lo <= d.char_start and d.char_end <= q_start and text[d.char_end:d.char_end + 1] != "度":
            # (上年度当地…工资: 上年 opens the word 年度, no date to cut out of it)
            pieces.append(text[pos:d.char_start])
            pos = d.char_end + (text[d.char_end:d.char_end + 1] == "的")  # 下降到2020年的16起: the date's 的
    pieces.append(text[pos:q_start])
    left = "".join(pieces).strip("，,；;：:、 ")
    inner = OPEN_BRACKET_WORDS.search(left)
    term = TERM_BEFORE_BRACKET.search(left) if inner and HEDGE_ONLY.fullmatch(inner.group("words")) else None
    if term:  # 在合同约定的服务期内（原则上不少于(5年）): the term before the bracket, which only hedges its bound
        left = term.group("term")
    elif inner and len(drop_trailing_comparator(inner.group("words"))) >= 2:
        left = inner.group("words")  # 在高温天气下（日最高气温达到(35℃以上）): the bracket's own words name it
    left = drop_trailing_comparator(left)
    previous = None
    while previous != left:
        previous = left
        left = LEADING_FILLER.sub("", left)
        for word in ctx.dictionary.whole_region:
            if left.startswith(word):
                left = left[len(word):]
        left = left.lstrip("，,、的")
    left = drop_trailing_comparator(left).strip("，,、 ")
    return "" if HEDGE_ONLY.fullmatch(left) else left  # …年满18周岁，一般(不超过35周岁): a hedge names nothing


def _right_words(text: str, q: Quantity, hi: int) -> str:
    """The noun after a figure when it names what is counted (5个“双千兆”应用创新示范项目, 190万户家庭)."""
    pos = q.end + suffix_length(text, q, hi)
    m = RIGHT_WORDS.match(text, pos, hi)
    if not m or not NOUN_START.match(text, pos, hi) or RIGHT_VERB.match(text, pos, hi) or JOINT_NEXT.match(text, pos, hi):
        return ""
    words = JOINED_CONDITION.split(m.group(0), 1)[0]  # (5亩以上)案件且未按期整改: the noun, not the next condition
    return JOINT_END.sub("", drop_trailing_comparator(words).rstrip("、"))


def _right_of(text: str, q: Quantity, g_end: int, c_end: int | None) -> str:
    """``_right_words`` up to the figure's own part of its clause, or up to the clause's end ``c_end`` when that
    part ends with the figure (2名|专任教师和1名保育员: the noun after it is still its own)."""
    right = _right_words(text, q, g_end)
    if not right and c_end is not None and q.end + suffix_length(text, q, g_end) >= g_end:
        right = _right_words(text, q, c_end)
    return right


def shortest_suffix(words: str, indicator: Indicator) -> str:
    """The shortest ending of ``words`` that names ``indicator`` as well as all of them (drops agents, places)."""
    full = indicator.score(norm_words(words))
    for i in range(len(words) - 1, -1, -1):
        tail = words[i:]
        if indicator.score(norm_words(tail)) == full:
            return tail.lstrip("，,、的")
    return words


def per_capita(unit: str | None, words: str) -> str | None:
    """个 becomes 个/万人 when the words say 每万人 (每万人拥有5G基站数超过23个)."""
    if unit in ("个", "座", "站") and PER_10K_PEOPLE.search(words or ""):
        return "个/万人"
    return unit


def find_antecedent(ctx: Context, sentences: list[tuple[int, int, Subject]]) -> Subject:
    """What 该指标 points back to: the last indicator an earlier sentence of the paragraph named.

    A reply often names the indicator in a sentence without a figure (一是500Mbps及以上用户占比偏低。)
    and gives the figures in the next one (该指标距离评价标准（25%）还差6.4个百分点)."""
    for s_start, s_end, last in reversed(sentences):
        if last.raw:
            return last
        words = ctx.text[s_start:s_end]
        indicator = ctx.dictionary.match(words, None, any_unit=True)
        if indicator is not None:
            return Subject(_naming_words(words, indicator), indicator)
    return Subject(None, None)


def _naming_words(words: str, indicator: Indicator) -> str:
    """The shortest stretch of ``words`` that names ``indicator`` as well as all of them (一是X偏低 → X)."""
    tail = shortest_suffix(words, indicator)
    full = indicator.score(norm_words(tail))
    for i in range(1, len(tail) + 1):
        if indicator.score(norm_words(tail[:i])) == full:
            return tail[:i]
    return tail


def _borrowed_words(subject_raw: str, left: str, raw_left: str) -> tuple[str, bool]:
    """The words of a figure that borrows the subject before it, and whether its period word replaced the subject's.

    新建5G基站800个，累计达到4500个: the second figure counts 累计 5G基站, not 新建 ones."""
    if left and (VERB_ONLY.match(subject_raw) or WORK_ONLY.fullmatch(subject_raw)):
        return left, False  # 改造提升3千亩；新建1.2万亩: a subject of verbs alone names nothing to borrow
    period = PERIOD_WORD.search(raw_left)
    if period and PERIOD_WORD.search(subject_raw) and period.group(0) not in subject_raw:
        return period.group(0) + PERIOD_WORD.sub("", subject_raw), True
    return ((subject_raw + "…" + left) if left else subject_raw), False


def resolve_anaphor(left: str, subject: Subject, antecedent: Subject | None) -> str:
    """Words that open with 该指标 / 这一指标 get the words of what it points back to: the subject of the
    sentence so far, else ``antecedent`` (the indicator an earlier sentence named)."""
    anaphor = ANAPHOR.match(left)
    if anaphor:
        referent = subject if subject.raw else (antecedent or Subject(None, None))
        if referent.raw:  # 这一指标目前为72%: the referent's words, without the filler after the pointer
            left = referent.raw + LEADING_FILLER.sub("", left[anaphor.end():])
    return left


def figure_words(text: str, q: Quantity, left: str, raw_left: str, subject: Subject, c_start: int, g_end: int,
                 leans_on_subject: bool, c_end: int | None = None) -> tuple[str, bool, bool]:
    """The words naming what figure ``q`` counts, from the words before it (``left``, cleaned), the noun after
    it, or the sentence's ``subject``; ``leans_on_subject`` when a threshold or gap refers to the subject.
    After words that only act (``bare_action``) the noun after the figure is read up to the clause's end
    ``c_end`` when the figure's own part of the clause ends with it (向16.8万户|企业发放…资金23.6亿元).

    Returns (words, inherit, switched): ``inherit`` when the words come from the subject (its indicator may
    stand in), ``switched`` when a period word of the figure replaced the subject's (新建… → 累计…)."""
    inherit = switched = False
    raw = left
    standard = STANDARD_AFTER.match(text, q.end, g_end) if PER_RATE_END.search(measure_words(left)) else None
    if standard:  # 按照每人每天不超过60元的标准提供临时食宿: the standard of what is provided, not 每人每天
        return standard.group("noun") + "标准", False, False
    price = PRICE_AFTER.match(text, q.end + suffix_length(text, q, g_end), g_end) if BY_PRICE.fullmatch(left) else None
    if price:  # 加工企业按不低于80元/吨的价格收购秸秆: the price of what is bought, not who buys it
        return price.group("noun") + price.group("verb") + "价格", False, False
    quota = QUOTA.fullmatch(left)
    if quota and subject.raw:  # 新建5G基站1350个，完成省下达年度任务（1200个）: the quota of that indicator
        raw, inherit = quota.group("words"), True
    elif q.unit == "%" and subject.raw and COMPLETED_SHARE.search(text[c_start:q.start]):
        raw, inherit = subject.raw + "完成率", True  # 完成…任务（1200个）的112.5%: how much of it was done
    elif not left or VERB_ONLY.match(left) or AMOUNT_ONLY.match(measure_words(left)) or bare_action(left):
        bare = bare_action(left)
        amount = AMOUNT_ONLY.match(measure_words(left))  # 收费标准为…: what is charged, of the topic (课后服务…收费)
        left = (amount.group("charge") or "") if amount else left
        if bare and not VERB_ONLY.match(left):  # 每年安排 / 累计向: only its period word (累计) names anything
            period = PERIOD_WORD.search(left)
            left = period.group(0) if period else ""
        right = _right_of(text, q, g_end, c_end) if bare else _right_words(text, q, g_end)
        if right.startswith("的") and subject.raw:
            right = ""  # 1亿元以上且增长15%以上的企业: the thing qualified, not what the figure measures
        if right:
            raw = (left + right) if left else right
        elif subject.raw:
            (raw, switched), inherit = _borrowed_words(subject.raw, left, raw_left), True
    elif RATIO_ONLY.match(left) and not subject.raw and (thing := OBJECT_BEFORE.search(text, max(0, c_start - 40), c_start)):
        raw = thing.group("thing") + left  # 预留社区养老服务用房，占比不低于15%: the share of the thing set aside
    elif RATIO_ONLY.match(left) and subject.raw:
        raw, inherit = SUBJECT_TAIL.sub("", subject.raw) + "…" + left, True
    elif leans_on_subject and subject.raw:
        raw, inherit = subject.raw + "…" + left, True
    else:
        verb = VERB_END.search(left)
        right = _right_of(text, q, g_end, c_end) if verb else _right_words(text, q, g_end)
        if right and not SUFFIX_WORD.match(right) and verb:
            raw = (verb.group("verb") if PERIOD_VERB.match(verb.group("verb")) else "") + right
        elif right and not SUFFIX_WORD.match(right) and not right.startswith("的"):
            raw = left + right  # 年营收1亿元以上的企业: what has the figure is not the measure
        elif right.startswith("的") and len(right) > 2 and SIZE_NOUN.fullmatch(measure_words(left)):
            raw = right[1:] + measure_words(left)  # 设立规模5亿元的冷链物流产业发展基金: the fund's 规模
        elif right.startswith("的") and len(right) > 2 and CAPACITY_END.search(measure_words(left)):
            # 新建（改扩建）库容800吨以上的气调储藏库: the size of the thing after 的 (气调储藏库库容), not of the work
            raw = right[1:] + CAPACITY_END.search(measure_words(left)).group(0)
    return raw, inherit, switched


def clause_topic(ctx: Context, c_start: int, c_end: int, dates: list[Deadline]) -> Subject | None:
    """What a sentence opening without a figure is about (数字经济规模持续扩大，到2025年达到5000亿元 → 数字经济规模):
    the subject of a later clause that has only a verb. None when the clause is no short noun phrase."""
    words = clean_left(ctx, ctx.text, c_start, c_end, dates)
    fronted = FRONTED.search(words)
    words = fronted.group("thing") if fronted else words
    words = BY_AGENT.split(words, 1)[0]  # 首套印章由旗财政统一购买服务: what the sentence is about, before its agent
    words = TOPIC_PREDICATE.sub("", words)
    words = measure_words(words)
    if not (2 <= len(words) <= 16) or not TOPIC_WORDS.fullmatch(words):
        return None
    return Subject(words, ctx.dictionary.match(words, None, any_unit=True))


def share_words(text: str, q: Quantity, raw_left: str, base: str, subject: Subject, hi: int) -> str | None:
    """A share whose words before it only bound it across its base (应当按照不低于从业人员2%的比例配备专职安全生产
    管理人员): named ``<what it is a share of>占<base>比例``, the thing named after it or the sentence's subject;
    None when the words before it name a measure of their own."""
    head = LEADING_FILLER.sub("", raw_left.strip("，,、 "))  # 第八条县级可按…: no article number
    if not head.endswith(base) and not head.endswith(base + "的"):
        return None
    if not SHARE_LEAD.fullmatch(head[:head.rfind(base)]):
        return None
    after = SHARE_AFTER.match(text, q.end, hi)
    noun = after.group("noun") if after and not RIGHT_VERB.match(after.group("noun")) else subject.raw
    return f"{measure_words(noun)}占{base}比例" if noun else None


# where a share applies, then how, before its base: (新建商业综合体)按照不低于(停车位总数) — the place, not a measure
TOPIC_THEN_BY = regex.compile(r"(?P<topic>(?!应当|应|须|必须|可|要|原则上|各)\p{Han}{2,12}?)(?:应当|应|须|必须|可)?(?:按照|按)(?:不低于|不少于|不超过|不高于)?")
# money taken back or withheld, as a share of it: 扣减(次年运维补助的30%) / 收回(已拨资金的50%)
TAKEN = regex.compile(r"(?:扣减|扣除|扣发|核减|调减|收回|追回|暂停拨付|暂缓拨付)\p{Han}{2,14}")
# what is built or set up at that share, after it: (10%)的比例配建(电动自行车充电车位)
SHARE_BUILT = regex.compile(r"(?:的)?比例(?P<verb>配套建设|配建|建设|配备|配置|设置|预留)(?P<noun>\p{Han}{2,16}?)(?=[，,。；;（(]|$)")


def taken_share(raw: str | None) -> str | None:
    """A share of money taken back or withheld, named by the taking (扣减次年运维补助的30% → 扣减次年运维补助比例);
    None for any other words."""
    head = (raw or "").removesuffix("的")
    return f"{head}比例" if TAKEN.fullmatch(head) else None


def topic_share_words(text: str, q: Quantity, raw: str | None, base: str, hi: int) -> str | None:
    """A share of things built where a rule applies, set against a base (新建商业综合体按照不低于停车位总数15%的比例配建新能源
    汽车充电桩 → 新建商业综合体新能源汽车充电桩配建比例); None for any other share."""
    head = (raw or "").removesuffix("的")
    if not head.endswith(base):
        return None
    topic = TOPIC_THEN_BY.fullmatch(head[:-len(base)])
    built = SHARE_BUILT.match(text, q.end, hi) if topic else None
    if not built:
        return None
    return f"{topic.group('topic')}{built.group('noun')}{built.group('verb')}比例"


def part_of_subject(ctx: Context, text: str, c_start: int, left: str, subject: Subject) -> tuple[str, str | None] | None:
    """其中 parts: ``其中农村地区1000个`` after 新建5G基站3000个 → (农村地区新建5G基站, None); ``其中甲区500个`` →
    (新建5G基站, 甲区): the part's words with what it is a part of, and the place it is scoped to, if one."""
    opens = PART_OPENING.match(text, c_start) or PART_BEFORE.search(text, max(0, c_start - 4), c_start)
    if not subject.raw or not left or not opens or MEASURE_END.search(left):
        return None
    words = drop_trailing_comparator(left)
    named = AREA_OF_PLACE.sub("", words)  # 其中县城某某街道18所: a named town or street in the county seat
    if named != words and len(named) >= 3 and named.endswith((*ctx.dictionary.place_suffixes, "街道")):
        return subject.raw, named
    if PART_QUALIFIER.search(words):
        return words + subject.raw, None
    if words.endswith(ctx.dictionary.place_suffixes) and len(words) <= 8 and words not in ctx.dictionary.whole_region:
        return subject.raw, words
    return None
