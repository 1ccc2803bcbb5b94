"""Quantified rules: a figure that is a requirement (a threshold, a term, a time limit, a staffing rule) or
support (a subsidy, award or funding amount or share), and spans of time that are no figure at all.

Reads one figure with its clause (and whether the notice is a regulation: articles 第一条 …, or a title
naming an 办法/细则/规定); returns the kind a rule gives the figure (``requirement`` / ``support``) or None,
the words that name what a support figure or a time limit measures, and why a span of time is skipped
(``构建24小时全生活链服务体系``: a name; ``3年内完成整治``: the deadline of a measure; ``连续11年``: a span).
"""
from __future__ import annotations

import regex

from extractors.comparators import share_base
from extractors.numbers import DURATION_UNITS, Quantity, find_quantities
from extractors.targets.wording import measure_words

# money or a share given as support: 补贴 / 补助 / 奖励 / 资助 / 资金支持 / 支持金额 / 贴息 / 给予…支持
SUPPORT_CUE = regex.compile(
    r"补贴|补助|奖励|奖补|资助|扶持资金|资金支持|支持金额|支持资金|贴息|给予[^，。；]{0,24}支持|一次性|专项资金|财政资金|引导资金"
)
# the noun naming what is given: …的资金支持 / 一次性奖励 / 支持金额 / 补助资金
SUPPORT_NOUN = regex.compile(
    r"(?:一次性)?(?:资金支持|资金补助|资金奖励|财政补贴|财政补助|奖补资金|补助资金|补贴资金|扶持资金|支持资金|支持金额|"
    r"补助金额|补贴金额|奖励金额|资助金额|后补助|\p{Han}{0,8}专项资金|财政资金|引导资金|补贴|补助|奖励|奖补|资助|贴息|支持)"
)
# the support noun right after a figure, with its modifier: 0.5元/千瓦时的电费补贴 / 100万元奖励
SUPPORT_AFTER = regex.compile(rf"(?:以上|以下|以内)?(?:的)?(?P<noun>\p{{Han}}{{0,4}}?(?:{SUPPORT_NOUN.pattern}))")
# a figure that says which things are eligible: 1亿元以上的企业 / 500万元及以上的项目
ELIGIBLE = regex.compile(r"(?:及)?(?:以上|以下|以内)的(?:\p{Han}{0,6}?)(?:企业|单位|项目|机构|主体|个人|人员|平台|园区|家庭|农户)")
# support given per thing: 每亩 / 每户 / 每人 / 每千瓦 (按每亩1500元给予补助)
PER_THING = regex.compile(r"每(?:个|位|名)?(?P<thing>亩|户|人|家|吨|头|平方米|千瓦时|千瓦|台|辆|套|座|张|床|年|个)")
# who a support is for, opening a clause: 对新建高标准农田， / 对新招聘的全科医生给予
BENEFICIARY = regex.compile(
    r"(?:^|(?<=[，,；;。：:\n]))\s*对(?:于)?(?P<who>[^，,；;。：:]{2,24}?)(?=[，,]|给予|按|予以|奖励|补助|补贴|资助|分别)")
SENTENCE_END = regex.compile(r"[。；;]")
# a beneficiary that says nothing of what is supported: 符合条件的项目 / 相关企业
GENERIC_BENEFICIARY = regex.compile(
    r"(?:符合(?:条件|要求|规定|上述条件)的|经认定的|认定的|相关|有关|上述|以上)?(?:项目|企业|单位|主体|机构|个人|平台)")
# a clause naming who a rule or support is for: 对… / 对于… / 凡…
BENEFICIARY_OPENING = regex.compile(r"\s*(?:对于|对|凡是|凡)(?![外口接标话比])")
# a figure that says which things count: 10万人次以上的… / 500万元及以上的…
QUALIFIES = regex.compile(r"(?:及)?(?:以上|以下|以内)?的\p{Han}")
# a tier of support: 国家级 / 省级 / 一等奖 / 金奖 / AAA级 / 三星级
TIER = regex.compile(r"(?:国家|省|自治区|市|州|县|区|乡镇|[A-Z]{1,5}|[一二三四五]星)级|[一二三四五六七八九十]等奖|特等奖|[金银铜]奖")
TIER_LAST = regex.compile(rf"(?:{TIER.pattern})$")
TIER_FIRST = regex.compile(rf"(?:{TIER.pattern})")
# a price or fee a rule sets, not support: 电价 / 收费 / 价格 / 执行…元/千瓦时
PRICE_RULE = regex.compile(r"电价|收费|价格|单价|执行|罚款|费用|标准为")
# words that make a figure a rule: obligations, terms, eligibility
RULE_CUE = regex.compile(
    r"应当|必须|须(?![知要])|不得|不应|原则上|方可|只能|只开设|仅限|应(?=[在按于由予对向])|"
    r"任期|每届|有效期|过渡期|公示期|试用期|保护期|考察期|服务期|期限|时限|之日起|到期后|届满|延长|提前|发生后|"
    r"申报条件|申请条件|认定条件|具备以下条件|符合以下条件"
)
# a term noun right after a span of time: 5年过渡期 / 3年有效期
TERM_NOUN = regex.compile(r"(?:过渡期|有效期|任期|公示期|试用期|保护期|考察期|服务期|观察期|期限|年限|时限|周期|期)")
# words that measure a time as a level: 审批时间压缩至3天 / 时延20毫秒 / 响应时间24小时
TIME_MEASURE = regex.compile(r"时间|时长|时限|时延|延迟|时效|周期|用时|天数|寿命|年限|期限|工期|期$")
# a verb or word that governs a span of time before it: 延长30年 / 任期5年 / 连续两年 / 满3年 / 不超过2年
GOVERNS_SPAN = regex.compile(
    r"(?:延长|延期|顺延|为期|期限为|任期|满|连续|超过|不超过|不得超过|不少于|至少|为|达到|达|控制在|压缩至|压缩到|缩短至|缩短到|"
    r"降至|以内|提前|过去|近)$"
)
# after 内 (a time limit): an accomplishment, the deadline of a measure (3年内完成整治), not a rule
ACCOMPLISH_AFTER = regex.compile(r"^(?:[，,]?(?:基本|全面|逐步|力争|争取|要|将)?(?:完成|建成|实现|达到|形成|推广|覆盖|消除|解决))")
# administrative actions a time limit is for: 10个工作日内报市科委备案 → 备案时限
ADMIN_ACTION = regex.compile(
    r"备案|报告|报送|上报|办结|答复|回复|审核|审批|审查|核查|核实|公示|公告|公布|告知|反馈|受理|登记|整改|提交|申请|"
    r"缴纳|支付|拨付|兑现|出具|作出决定|决定|处理|处置|确认|更新|申诉|复核|复议|异议"
)
# a staffing rule with a bound: 固定人员不少于40人 / 配备专职人员至少2名
STAFF_WORDS = regex.compile(r"人员|专职|兼职|编制|工作人员|专家|成员|法定代表人")
# after a span of time and 内: the words of a time limit (…内报市科委备案)
WITHIN = regex.compile(r"^(?:之内|以内|内)")
# a relation held within a span of time (a look-back): 3年之内有…合作关系 / 2年内与被评单位存在聘用关系
RELATION = regex.compile(r"(?:与[^，,；;。有存具]{1,12})?(?:有|存在|具有|发生过|发生|曾有|担任)(?P<what>[^，,；;。]{2,60})")
# what opens a 第N条 article: a regulation is written in articles
ARTICLE = regex.compile(r"\s*第[一二三四五六七八九十百零\d]{1,5}条")
# a title naming a regulation: 《…管理办法》 / 实施细则 / 规定 / 条例
REGULATION_TITLE = regex.compile(r"(?:办法|细则|规定|条例|规则|章程|准则|守则|规程)(?:（[^）]*）)?(?:》|$|的通知)")


def is_regulation(doc, meta) -> bool:
    """Whether the notice is (or issues) a regulation: a title naming one, or three articles 第N条 or more."""
    title = getattr(meta, "title", None) or ""
    if REGULATION_TITLE.search(title.strip("# ")):
        return True
    articles = 0
    for start, end in doc.paragraphs:
        if ARTICLE.match(doc.text, start, end):
            articles += 1
            if articles >= 3:
                return True
    return False


def rule_kind(text: str, q: Quantity, c_start: int, c_end: int, left: str, *, regulation: bool,
              qualifier: bool, comparator_said: str | None) -> str | None:
    """``support`` for money or a share given as support, ``requirement`` for a rule's figure, else None.

    ``qualifier``: the figure says which things count (年营收1亿元以上的企业), an eligibility threshold."""
    clause = text[c_start:c_end]
    if q.unit_kind == "money" and not SUPPORT_CUE.search(clause) and SUPPORT_CUE.search(_sentence_before(text, c_start)):
        clause = _sentence_before(text, c_start) + clause  # …给予补贴，单个项目最高不超过1000万元
    if q.unit_kind in ("money", "price") or (q.unit == "%" and SUPPORT_CUE.search(clause)):
        if qualifier or ELIGIBLE.match(text, q.end, c_end):
            return "requirement"  # 对年营收1亿元以上的企业给予奖励: the money says who is eligible
        if SUPPORT_CUE.search(clause):
            return "support"
        if q.unit_kind == "price" or PRICE_RULE.search(clause):
            return "requirement"
    if qualifier or (BENEFICIARY_OPENING.match(clause) and QUALIFIES.match(text, q.end, c_end)):
        return "requirement"  # 年营收1亿元以上的企业 / 对年诊疗量10万人次以上的中心: which things count
    if q.unit in ("人", "名") and STAFF_WORDS.search(left) and comparator_said:
        return "requirement"  # 固定人员不少于40人
    if regulation or RULE_CUE.search(clause):
        return "requirement"
    return None


def support_unit(text: str, q: Quantity, c_start: int) -> str | None:
    """The unit of support given per thing: 每亩补助1500元 → 元/亩; None when it is no amount per thing."""
    if q.unit != "元":
        return None
    things = [m.group("thing") for m in PER_THING.finditer(text, c_start, q.start)]
    # 每家每年贴息最高5万元: per firm (the year is the period it recurs in); 每年安排…1200万元: per year
    thing = next((t for t in things if t != "年"), things[0] if things else None)
    return f"元/{thing}" if thing else None


def support_words(text: str, q: Quantity, c_start: int, c_end: int, left: str) -> str:
    """What a support figure measures: the support noun (资金支持, 一次性奖励, 支持金额), a share as
    ``<noun>占<base>比例`` (给予不超过项目总投资20%的资金支持 → 资金支持占项目总投资比例)."""
    right_after = SUPPORT_AFTER.match(text, q.end, c_end)
    before = None
    for before in SUPPORT_NOUN.finditer(text, c_start, q.start):  # 支持金额最高可至… / 分别奖励20万元
        pass
    later = SUPPORT_NOUN.search(text, q.end, c_end)
    earlier = None
    for earlier in SUPPORT_NOUN.finditer(_sentence_before(text, c_start)):
        pass
    noun = ((right_after.group("noun") if right_after else None) or (before.group(0) if before else None)
            or (later.group(0) if later else None) or (earlier.group(0) if earlier else None) or left)
    noun = measure_words(noun)
    if len(noun) <= 5 and noun != left:  # 对新建高标准农田，每亩补助1500元 → 新建高标准农田补助
        beneficiary = None
        for beneficiary in BENEFICIARY.finditer(text, max(0, c_start - 40), q.start):
            pass
        if beneficiary and not SENTENCE_END.search(text, beneficiary.end(), q.start) \
                and not GENERIC_BENEFICIARY.fullmatch(beneficiary.group("who")):
            who = _tier(beneficiary.group("who"), text, q, c_start, c_end)
            if regex.search(r"\d", who):  # 年诊疗量10万人次以上的社区卫生服务中心: the thing, not its threshold
                who = who.rsplit("的", 1)[-1]
            noun = measure_words(who) + noun
    if q.unit != "%":
        return noun
    base = share_base(text, q, c_start)
    return f"{noun}占{base}比例" if base else f"{noun}比例"


def span_skip(text: str, q: Quantity, c_start: int, c_end: int, *, regulation: bool) -> str | None:
    """Why a span of time is no figure (None when it is one): a name (24小时服务体系, 5年行动), the deadline
    of a measure (3年内完成), or a span no measure or rule words make a level or a term (连续11年)."""
    if q.unit not in DURATION_UNITS:
        return None
    before = text[c_start:q.start]
    after = text[q.end:c_end]
    governed = bool(GOVERNS_SPAN.search(before))
    if not governed and after[:1] and regex.match(r"\p{Han}", after) and not WITHIN.match(after) \
            and not TERM_NOUN.match(after) and not after.startswith(("的", "以上", "以下", "左右")):
        return "a span of time naming a thing (24小时服务体系, 15分钟生活圈, 5年行动)"
    within = WITHIN.match(after)
    if within and ACCOMPLISH_AFTER.match(after[within.end():]) and not RULE_CUE.search(text, c_start, c_end):
        return "the deadline of a measure (3年内完成), not a figure"
    if TIME_MEASURE.search(before) or TERM_NOUN.match(after) or regulation or RULE_CUE.search(text, c_start, c_end):
        return None
    return "a span of time, not a measured level or a rule's term (连续11年, 40多年)"


def time_limit_words(text: str, q: Quantity, c_end: int) -> str | None:
    """The words of a time limit: 10个工作日内报市科委备案 → 备案时限; 提前3个月向市科委报告 → 提前报告时间."""
    if q.unit not in DURATION_UNITS:
        return None
    after = text[q.end:c_end]
    within = WITHIN.match(after)
    early = text[max(0, q.start - 2):q.start] == "提前"
    if not within and not early:
        return None
    if within:
        relation = RELATION.match(text, q.end + within.end(), c_end)
        if relation:  # 过去3年之内有…等合作关系: a look-back, named by the relation
            return measure_words(relation.group("what"))
    action = None
    for action in ADMIN_ACTION.finditer(after):
        pass
    if action is None:
        return None
    return f"提前{action.group(0)}时间" if early else f"{action.group(0)}时限"


def _sentence_before(text: str, c_start: int) -> str:
    """The sentence's words before a clause (back to 。；or the paragraph start, at most 60 characters)."""
    lo = max(0, c_start - 60)
    cut = max(text.rfind(mark, lo, c_start) for mark in "。；;\n")
    return text[max(lo, cut + 1):c_start]


def _tier(who: str, text: str, q: Quantity, c_start: int, c_end: int) -> str:
    """对国家级、省级、市级企业，分别给予50万元、30万元、10万元: the i-th figure is for the i-th tier
    (国家级企业); ``who`` unchanged when it lists no tiers for the figures 分别 gives."""
    parts = who.split("、")
    if len(parts) < 2 or "分别" not in text[max(0, c_start - 4):q.start]:
        return who
    figures = [f for f in find_quantities(text, c_start, c_end) if f.unit == q.unit]
    first, last = TIER_LAST.search(parts[0]), TIER_FIRST.match(parts[-1])
    if len(figures) != len(parts) or q not in figures or not first or not last \
            or not all(TIER.fullmatch(p) for p in parts[1:-1]):
        return who
    tiers = [first.group(0)] + parts[1:-1] + [last.group(0)]
    return parts[0][:first.start()] + tiers[figures.index(q)] + parts[-1][last.end():]
