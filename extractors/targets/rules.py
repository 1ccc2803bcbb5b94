"""Quantified rules: a figure that is a requirement (a threshold, a term, a time limit, a staffing rule) or
support (a subsidy, award or funding amount or share), and spans of time that are no figure at all.

Reads one figure with its clause (and whether it stands in a regulation: ``regulation``); returns the kind a rule
gives the figure (``requirement`` / ``support``) or None, the words that name what a time limit measures (a support
figure's: ``support_measure``), and why a span of time is skipped (``构建24小时全生活链服务体系``: a name; ``3年内完成整治``: the deadline of a measure; ``连续11年``: a span).
"""
from __future__ import annotations

import regex

from extractors.comparators import AGE_RAISED, LIMIT_SET
from extractors.numbers import DURATION_UNITS, PERIOD_BEFORE_COUNT, PERIOD_WORDS, Quantity
from extractors.targets.added_support import added_support
from extractors.targets.case_support import case_support
from extractors.targets.listed_support import listed_support
from extractors.targets.ages import AGE_UNITS
from extractors.targets.bounded import OUTPUT_PERIOD, PER_HEAD, STATED_BOUND, bounded_standard
from extractors.targets.condition_spans import condition_span_words
from extractors.targets.held_standards import held_standard
from extractors.targets.paid_off import paid_off_words
from extractors.targets.per_occasion import PER_HEAD_AND_TIME
from extractors.targets.sanctions import sanction_term
from extractors.targets.insured_sums import insured_sum_words
from extractors.targets.service_times import service_time_words
from extractors.targets.staff_ratios import ratio_staff_words
from extractors.targets.sentence_span import sentence_before
from extractors.targets.sited_places import sited_threshold
from extractors.targets.standards import in_standard_phrase
from extractors.targets.rule_shapes import paid_multiple, paid_share, rate_cut, set_aside_or_unmet
from extractors.targets.span_words import BOUND_AFTER_SPAN, BOUND_BEFORE_SPAN, DAYS_OF_USE, IN_USE_FOR, TERM_AFTER
from extractors.targets.terms import counted_span_words, leave_words
from extractors.targets.time_limits import SUPPORT_TERM, WITHIN, admin_time_limit, ahead_of_event, next_clause_action, step_after_event, time_limit_words  # noqa: E501
from extractors.targets.word_lists import FUNDS, PAID_IN

# a cap before a multiple: (报废补贴总额)不超过(…标准的1.5倍) — a support capped, not 撬动社会资本投入达到财政投入的5倍 (a goal)
CAPPED = regex.compile(r"不超过|不高于|不得超过|最高|最多")
# money or a share given as support: 补贴 / 补助 / 奖励 / 资助 / 资金支持 / 支持金额 / 贴息 / 给予…支持 / 消费券 (not
# 债券 or 证券: bonds are funding raised, not given) / 亩均财政投入 / 安排管护经费 / 将…经费纳入预算，每年安排… /
# 省级财政承担40% / 经费按照…的标准列入区级年度部门预算 / 县级财政出资不低于15% / 设立规模3亿元的…引导基金 / 稳岗返还比例60% /
# 单个银行年度补偿总额不超过500万元 / 服务费用减免标准每具不超过1200元 / 县级每年安排不少于800万元
SUPPORT_CUE = regex.compile(
    r"补贴|补助|奖励|奖补|补奖|以奖代补|资助|津贴|扶持资金|资金支持|支持金额|支持资金|贴息|给予[^，。；]{0,24}(?:支持|配套资金|元优惠)|一次性|专项资金|返还|"
    r"(?:安排|设立)[^，。；]{0,24}(?:资金|经费)|(?:资金|经费)(?:纳入|列入)[^。；]{0,30}?安排|(?:资金|经费)[^，。；]{0,30}?(?:纳入|列入|在)[^，。；]{0,12}?预算|财政资金|财政投入|补偿资金|风险补偿|财政(?:承担|分担|出资)|引导资金|引导基金|产业基金|(?:设立|组建)[^，。；]{0,30}?基金|\p{Han}{2}(?<![债证])券|免费|购买服务|"
    r"生均\p{Han}{0,8}?(?:经费|拨款|定额)|公用经费|拨款标准|(?:资金|经费)按照?每|"  # 服务经费按每村每年5000元的标准保障  # public funding per pupil: 生均公用经费不低于800元/生·年
    r"(?:支付|报销|补偿)比例|(?:最高)?(?:支付|报销)限额|补偿(?:金额|总额|额度)|减免(?:标准|金额|额度)|(?:计入|划入)(?:标准|比例|额度)|"  # what insurance pays out
    r"公益金|失业保险金|救助比例|用于支持|支持的金额|(?:中央|省|自治区|市|州|县|区)级(?:财政)?(?:每年|年度)安排|" + FUNDS  # 彩票公益金用于支持残疾人事业的比例 / 门诊费用救助比例 / 烈属抚恤金
)
# an amount of funds named right before it (整合配套资金不少于3000万元 / 争取中央和省级资金1.9亿元 / 专项经费不少于120万元),
# not a firm's own money (注册资金, 自有资金), research spending (研发经费), money leveraged (带动社会资金) or bonds
# (专项债券资金: funding raised, as SUPPORT_CUE reads 债券)
FUNDS_BEFORE = regex.compile(r"(?<!注册|自有|实缴|研发|试验发展|债券|(?:带动|撬动|吸引|拉动|引导)\p{Han}{0,6})(?:资金|经费)"
                             r"(?:总额|规模)?(?:不少于|不低于|不超过|不高于|达到|达|为|约|共计|合计|超过)?$")
# the noun naming what is given: …的资金支持 / 一次性奖励 / 支持金额 / 补助资金
SUPPORT_NOUN = regex.compile(
    r"(?:一次性)?(?:资金支持|资金补助|资金奖励|财政补贴|财政补助|奖补资金|补助资金|补贴资金|扶持资金|支持资金|支持金额|"
    r"补助金额|补贴金额|奖励金额|资助金额|后补助|\p{Han}{0,6}?配套资金|先建后补|以奖代补资金|\p{Han}{0,20}?(?:专项资金|引导基金|产业基金)|财政资金|引导资金|"
    r"(?:岗位|生活|交通|住房|伙食)?津贴|\p{Han}{0,4}?经费|\p{Han}{2}(?<![债证])券|风险补偿(?:资金)?|补贴|补助|奖励|奖补|资助|贴息|支持)"
)
# the support noun right after a figure, with its modifier: 0.5元/千瓦时的电费补贴 / 100万元奖励
# (按每月1500元)标准申领(租房补贴) / (3亿元)用于(支持…) / (15元标准)据实(补助): the standard, the verb of taking or
# spending it and how it is paid are no part of its name
SUPPORT_AFTER = regex.compile(rf"(?:以上|以下|以内)?(?:的)?(?:标准)?(?:据实|足额|全额|按实)?(?:申领|领取|发放|给予|予以|享受|用于)?"
                              rf"(?P<noun>\p{{Han}}{{0,8}}?(?:{SUPPORT_NOUN.pattern}))")
# a figure that says which things are eligible: 1亿元以上的企业 / 500万元及以上的项目
ELIGIBLE = regex.compile(r"(?:及)?(?:以上|以下|以内)的(?:\p{Han}{0,6}?)(?:企业|单位|项目|机构|主体|个人|人员|平台|园区|家庭|农户)")
# the verb that gives a support noun, inside the words after a figure: 标准给予补助 → 补助 / 标准发放岗位津贴 → 岗位津贴
GIVING = regex.compile(r"给予|予以|发放|兑现|提供|安排")
# a rate counted within a span, its name after 内: (24小时内)扑灭率 / (3个月内)学员就业率 / (72小时内)完成隐患复核的比例
RATE_WINDOW = regex.compile(r"\p{Han}{0,8}?率|(?![按以])\p{Han}{2,12}?的比例")  # (not 按原分担比例返还: how, not a rate)
# who or what an eligibility phrase 对…的 ends with, and the verb that ends it: 对年营收1亿元以上的企业，/ …的项目给予
ELIGIBLE_END = regex.compile(r"给予|予以|按照|按|分别|奖励|补助|补贴|资助|实行|发放|享受|[，,；;。]")
# a standard every unit of a kind must meet: 每个次中心编制床位不少于100张 / 每个乡镇卫生院至少配备2名全科医生
EVERY_UNIT = regex.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:原则上)?(?:每(?:个|名|家|所|位|户|届|人)|单(?:个|户|家))\p{Han}")
# each place of a level opening a clause: 每省（区、市） / 每县 (a quota of each, with QUOTA)
EVERY_PLACE = regex.compile(r"\s*(?:原则上)?每个?[省市县区乡镇州]")
# a cap on how many each may put forward: 推荐数量不超过 / 申报项目原则上不超过 / 报送名额最多
QUOTA = regex.compile(r"(?:推荐|申报|报送)\p{Han}{0,6}?(?:原则上)?(?:不超过|不得超过|最多)$")
# a clause opening on who applies for support: 申请补贴的(冷库总库容不低于500立方米) / 申报奖励的企业 (its bounds are the
# conditions to meet, whatever date a sentence before gave the scheme)
APPLICANT_OPENING = regex.compile(r"\s*(?:申请|申报|享受|领取)\p{Han}{0,10}?(?:补贴|补助|奖励|奖补|资金|支持|政策)的")
# a share of matching funds: 市县配套资金占比不低于20% / 财政配套比例 (support, as a share; an amount keeps its own reading)
MATCHING_SHARE = regex.compile(r"配套(?:资金|经费)|财政配套")
# a cap on how many places an award or scheme takes each time: (每年奖励)名额不超过(20家) / 名额原则上控制在
AWARD_QUOTA = regex.compile(r"名额(?:原则上)?(?:不超过|不得超过|最多|控制在)$")
# a share of what every new build must fit, opening its clause: 新建公共停车场车位100%(预留充电接口) / 新建园区…100%(配建)
NEW_BUILD_SHARE = regex.compile(r"\s*新建\p{Han}{2,16}")
# what that share of them is fitted with: (100%)建设 / 配建 / 预留 / 安装 / 同步建设
FITTED = regex.compile(r"(?:同步)?(?:建设|配建|配置|配套建设|预留|安装|设置)")
# what each one of a kind or period must meet: 每月 / 每名 / 每个 / 单个 / 单户
EACH_ONE = regex.compile(r"每|单(?:个|户|家|人|笔|次)")
# modal words that make a whole sentence a rule (新建户厕应当符合国家标准，化粪池有效容积不小于1.5立方米), and what a
# rule allows in the clause itself (起始价可按不低于…的70%确定)
RULE_MODAL = regex.compile(r"(?P<modal>应当|应为|必须|(?<![必])须(?![知要])|不得|原则上|(?<![相适对供响回答效反感呼])"
                        r"应(?=依法|达到|符合|具备|配备|设置|不低于|不少于|不超过|不高于|控制在))|(?P<permission>可(?:以)?按(?:照)?)")
# a time limit on paying out: 惠企资金兑付时间不超过10个工作日 (a rule of the support scheme)
PAYMENT_TIME = regex.compile(r"(?:兑付|拨付|支付|兑现|发放)(?:时间|时限|期限)$")
# a clause naming who a rule or support is for: 对… / 对于… / 凡…
BENEFICIARY_OPENING = regex.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*(?:对于|对|凡是|凡)(?![外口接标话比照])")
# a measure whose short title names standards or time limits: （三）严格项目建设标准。… / 3.提高建设标准。… / （四）办理时限。…:
# its figures are the standards (not （一）大幅压缩办理时限。…: a cut the measure makes, its goals)
STANDARDS_TITLE = regex.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?\s*(?:\*\*)?"
                             r"(?:[^。，\n\d]{0,14}标准|(?:(?!压缩|缩短|压减|减少|精简|提速)[^。，\n\d]){0,8}时限)(?:\*\*)?。")
# a figure that closes a condition (…达到80%以上的，建设补贴标准上浮20% / 入住率达到30%以上后拨付): a threshold
CONDITION_AFTER = regex.compile(r"(?:及)?(?:以上|以下)(?:的[，,]|后(?=\p{Han})|(?:[^，,。；;\d]{0,8}?\d+\p{Han}{0,3}(?:以上|以下))?时[，,])")
# the same condition closing a list of figures after the first: (面积分别达到200亩)、50公顷以上的，…
LISTED_CONDITION = regex.compile(rf"(?:[、和及与或]\s*\d[\d.]*\s*[万亿]?\p{{Han}}{{0,3}}?)+(?:{CONDITION_AFTER.pattern})")
# the share a party pays itself right before a figure: (养殖户)自缴(20%) / 个人自付 / 自筹比例不低于 / 个人承担
OWN_SHARE = regex.compile(r"(?:自缴|自付|自筹|自担|个人(?:缴纳|缴费|承担|负担))(?:比例)?(?:为|不低于|不少于|不超过|不高于)?$")
# a figure that says which things count: 10万人次以上的… / 500万元及以上的…
QUALIFIES = regex.compile(r"(?:及)?(?:以上|以下|以内)?的\p{Han}")
# a bound closing the things a 对… clause is about, then what is done to them: 对集中连片(50亩)以上实施…改造
BOUND_THEN_ACT = regex.compile(r"(?:及)?(?:以上|以下)(?:[（(]含[）)])?(?:实施|开展|进行|建设|给予|予以|按|的)")
# a share's bound joined to the support before it: (…按每套不超过8万元给予补助，)且不超过(设备更新改造投入的40%)
JOINED_BOUND = regex.compile(r"(?:且|并且|同时)(?:最高)?(?:不超过|不高于|最高)")
# a price or fee a rule sets, not support: 电价 / 收费 / 价格 / 执行…元/千瓦时
PRICE_RULE = regex.compile(r"电价|收费|价格|单价|执行|罚款|费用|标准为")
# words that make a figure a rule: obligations, terms, eligibility
RULE_CUE = regex.compile(
    r"应当|必须|须(?![知要])|不得|不应|原则上|方可|只能|只开设|仅限|应(?=[在按于由予对向每])|(?<![相适对供响回答效反感呼])应(?=达到|不低于|不少于|不超过)|"
    r"任期|聘期|每届|有效期|(?<!生命)周期为|过渡期|公示期|试用期|保护期|考察期|服务期|保修期|质保期|期限|时限|之日起|到期后|届满|延长|提前|发生后|"
    r"申报条件|申请条件|认定条件|具备以下条件|符合以下条件"
)
# a term noun right after a span of time: 5年过渡期 / 3年有效期
TERM_NOUN = regex.compile(r"(?:过渡期|有效期|任期|公示期|试用期|保护期|考察期|服务期|观察期|期限|年限|时限|周期|期)")
# a failure repeated for the years before it, a sanction's case: (连续两年)考核不合格的， / 评估不达标的，
FAILED_AGAIN = regex.compile(r"\p{Han}{0,8}?(?:不合格|不达标|不及格|未达标|未通过|较差|末位)的[，,]")
# the time since the last time a thing was done, a condition for doing it again: (上一次检测)距今已满(3年)
SINCE_LAST = regex.compile(r"(?:上一?[轮次期]|上次|前次)\p{Han}{0,8}?距今(?:已)?(?:满|超过|达到)?$")
# words that measure a time as a level: 审批时间压缩至3天 / 时延20毫秒 / 响应时间24小时
TIME_MEASURE = regex.compile(r"时间|时长|时限|时延|延迟|时效|周期|用时|天数|寿命|年限|期限|工期|间隔|期$")
# 压缩至 / 缩短到 / 压减至 (分别 before): a procedure's time cut to a level (备案压缩至1个工作日)
SHORTENED_TO = regex.compile(r"(?:压缩|缩短|压减|减少|降低|降)(?:至|到)(?:[\d.]+\p{Han}{0,4}[、和及])*$")
# a verb or word that governs a span of time before it: 延长30年 / 任期5年 / 连续两年 / 满3年 / 不超过2年
GOVERNS_SPAN = regex.compile(
    r"(?:延长|延期|顺延|为期|期限为|任期|满|连续|超过|不超过|不得超过|不少于|不低于|至少|为|达到|达|控制在|压缩至|压缩到|缩短至|缩短到|"
    r"降至|以内|提前|过去|近)$"
)
# after 内 (a time limit): an accomplishment, the deadline of a measure (3年内完成整治), not a rule
ACCOMPLISH_AFTER = regex.compile(r"^(?:[，,]?(?:基本|全面|逐步|力争|争取|要|将)?(?:完成|建成|实现|达到|形成|推广|覆盖|消除|解决))")
# the bound closing its clause or qualifying with 的: (存放48小时以上)。 / (运行5年以上)的
BOUND_CLOSES = regex.compile(r"(?:及)?(?:以上|以下)(?=[，,。；;、）)]|的|$)")
# a word that governs a span bounded before a noun: (签订)3年以上劳动合同 / (登记失业)6个月以上人员 — not 和5年以上首套…贷款
# or a clause opening with the span: a class named by its term
GOVERNED_SPAN = regex.compile(r"(?![和及与或])\p{Han}$")
# a share of things to be checked: (按不低于10%)的比例对竣工项目开展抽查 / 比例进行抽检
INSPECTION_SHARE = regex.compile(r"(?:以上)?的?比例[，,]?[^，,。；;]{0,24}?(?:抽查|抽检|抽验|检查|核查|复核|复查|巡查)")
# a share to be checked, named before it: 抽查比例不低于…的10% / 抽检比例
INSPECTION_SHARE_NAMED = regex.compile(r"(?:抽查|抽检|抽验|核查|复核|复查)(?:比例|[^，,。；;\d]{1,12}?数量?)(?:不低于|不少于|不得低于|达到)"
                                    r"(?:总数|总量)?")
# a service's time to respond, bounded: 道路救援响应时间不超过2小时 / 到场时间 / 故障修复时间 (a standard of the service)
RESPONSE_TIME = regex.compile(r"(?:响应|到场|到达|修复|抢修|处置|维修)时间$")
# 在每个活动县域(至少设立…) inside a clause: what every one of a kind must have (EVERY_UNIT, not at the clause's start)
EVERY_UNIT_WITHIN = regex.compile(r"(?:在|为|向|对)每(?:个|名|家|所|位|户|场)\p{Han}")
# a staffing rule with a bound: 固定人员不少于40人 / 配备专职人员至少2名
STAFF_WORDS = regex.compile(r"人员|专职|兼职|编制|工作人员|专家|成员|法定代表人")
# the close of a class named by a threshold, the period before it the class's: (当年参保职工5000人)以上的(县…专职工作人员)
CLASS_CUT = regex.compile(r"(?:以上|以下)的")
# a count with no object of its own, the last of a list of conditions: 累计人数 / 人次 / 总数
BARE_COUNT = regex.compile(r"(?:年度|年|累计|合计)?(?:总)?(?:人数|人次|次数|数量|总数|户数)")
# what the first condition does, up to where it goes on (并 / 且 / a figure): 年度组织省外游客入滇(并在省内过夜…)
COUNTED_ACTION = regex.compile(r"\p{Han}{4,}?(?=并|且|同时|\d|$)")
# the level a source may emit, a standard each one must meet (颗粒物排放浓度不高于10毫克/立方米, 排放限值); an
# ambient level (PM2.5平均浓度控制在35微克/立方米以下) is a goal
EMISSION_LIMIT = regex.compile(r"排放(?:浓度|限值)|(?:浓度|排放)限值")
# a period counted from an event, opening a clause: 自(缴费)满 / 自…之日起满
STARTS_FROM = regex.compile(r"\s*自\p{Han}{1,12}?满")
# the month or day a period starts after a span: (满3个月)的次月起 / 之日起 / 的次日起
PERIOD_START = regex.compile(r"(?:的)?(?:次月|次日|当月|之日|次年)起")
# a life span measured, whose years are a level reached (人均预期寿命达到79.5岁), not an age a rule is for
LIFE_SPAN = regex.compile(r"寿命|平均年龄")
# the bound after an age: (2岁)以上(幼儿) / (45周岁)以下
AGE_BOUND = regex.compile(r"(?:[（(]含[）)])?(?:及)?(?:以上|以下)")  # 14周岁（含）以下


def _under_standards_title(text: str, c_start: int) -> bool:
    """Whether the clause stands in a measure whose short title names standards (严格项目建设标准。…)."""
    line = text.rfind("\n", 0, c_start) + 1
    title = STANDARDS_TITLE.match(text, line, c_start)
    return bool(title)

# 每年至少 / 每季度不少于 / 每半年至少 / 每日开展检查不少于: the least number of times a duty comes round (每年至少
# 入户安检1次 / 每学期开展监督检查不少于2次: a rule); the duty may stand between the period and the bound
MIN_FREQUENCY = regex.compile(rf"每{PERIOD_WORDS}[^，,。；;：:]{{0,16}}?(?:至少|不少于|不低于)")
# the period a number of lessons is set per, right before it: (小学1—2年级)每周(4课时)
PER_PERIOD = regex.compile(rf"每{PERIOD_WORDS}$")


def rule_kind(text: str, q: Quantity, c_start: int, c_end: int, left: str, *, regulation: bool,
              qualifier: bool, comparator_said: str | None, dated: bool = False, year_named: bool = False,
              carried: bool = False) -> str | None:
    """``support`` for money or a share given as support, ``requirement`` for a rule's figure, else None.

    ``qualifier``: the figure says which things count (年营收1亿元以上的企业), an eligibility threshold;
    ``dated``: a goal's date, no modal word before it makes a rule (nor a regulation if ``year_named``: 到2025年);
    ``carried``: the date is an earlier sentence's goal's (``carried_dates``), a bound makes a rule only of what each
    one must meet (管护员每月巡护天数不少于20天)."""
    if insured_sum_words(text, q) or (EVERY_UNIT.match(text, c_start, c_end) or EVERY_PLACE.match(text, c_start, c_end)) \
            and QUOTA.search(text, c_start, q.start):
        return "requirement"  # 投保保额不低于50万元的…意外险: the sum a policy must cover; 每市（州）推荐数量不超过5个: a quota
    if AWARD_QUOTA.search(text, c_start, q.start):
        return "requirement"  # 每批奖励名额不超过15个: how many an award takes, a rule of the scheme
    clause = text[c_start:c_end]
    if q.start > 0 and text[q.start - 1] == "满" and (q.unit in DURATION_UNITS or q.unit in AGE_UNITS):
        return "requirement"  # 运营满1年 / 年满80周岁: a threshold a thing or person must reach
    if q.unit in DURATION_UNITS and IN_USE_FOR.search(text, max(c_start, q.start - 6), q.start):
        return "requirement"  # 服役超过10年的老旧机床: how old the things a rule is for are
    if leave_words(text, q, c_start) or counted_span_words(text, q, c_start, c_end):
        return "requirement"  # 产假158天 / 每年按10个月计发: a term a rule grants or counts by
    if q.unit in DURATION_UNITS and not dated and BOUND_AFTER_SPAN.match(text, q.end):
        return "requirement"  # 复训记录存放3年以上 / 从事本专业工作5年以上: how long a thing must last
    if q.unit in AGE_UNITS and not LIFE_SPAN.search(left) and (AGE_BOUND.match(text, q.end)
                                                              or STATED_BOUND.search(text, c_start, q.start)
                                                              or AGE_RAISED.search(text, c_start, q.start)):
        return "requirement"  # 对80周岁以上老年人 / 年龄不超过45周岁: an age a rule or benefit is for (not 预期寿命79.5岁)
    if (q.unit_kind == "money" or (q.unit == "%" and JOINED_BOUND.match(clause))) and not SUPPORT_CUE.search(clause) \
            and not PAID_IN.search(text, c_start, q.start) \
            and SUPPORT_CUE.search(sentence_before(text, c_start) + clause[:q.start - c_start]):
        clause = sentence_before(text, c_start) + clause  # …给予补贴，单个项目最高不超过1000万元 (not 个人缴费标准为…)
    # 给予贴息1个百分点 / 年贴息率不超过2个百分点: interest paid down, in points, is support too; 报废补贴总额不超过…标准的
    # 1.5倍: a support capped at a multiple of a standard
    if q.unit_kind in ("money", "price") or (q.unit == "%" and (SUPPORT_CUE.search(clause) or MATCHING_SHARE.search(clause))) \
            or (q.unit == "倍" and SUPPORT_CUE.search(left) and CAPPED.search(text, c_start, q.start)) \
            or (q.unit == "个百分点" and "贴息" in clause) or rate_cut(clause, q):
        if qualifier or ELIGIBLE.match(text, q.end, c_end) or set_aside_or_unmet(text, q, c_start, c_end):
            return "requirement"  # 对年营收1亿元以上的企业给予奖励 / 利用率低于5%的不予补贴: the figure says who is eligible
        if SUPPORT_CUE.search(clause) or (q.unit == "%" and MATCHING_SHARE.search(clause)) or rate_cut(clause, q) or (q.unit_kind == "money" and (SUPPORT_AFTER.match(text, q.end, c_end)
                                                                      or FUNDS_BEFORE.search(text, c_start, q.start))) \
                or added_support(text, q, c_start) or case_support(text, q, c_start) \
                or listed_support(text, q, c_start):  # 按以下标准发放护理补贴：…1. …的，每人每月发放200元  # …；对集中安置的，每户再增加0.5万元
            return "support"  # …补助 / 每年安排20亿元支持… / 整合配套资金不少于3000万元
        if q.unit_kind == "price" or PRICE_RULE.search(clause):
            return "requirement"
    if qualifier or (BENEFICIARY_OPENING.match(clause) and (QUALIFIES.match(text, q.end, c_end)
                                                            or BOUND_THEN_ACT.match(text, q.end, c_end))):
        return "requirement"  # 年营收1亿元以上的企业 / 对年诊疗量10万人次以上的中心: which things count
    if comparator_said and APPLICANT_OPENING.match(clause):
        return "requirement"  # 申请补贴的冷库总库容不低于500立方米: a condition of the support
    if sited_threshold(text, q, c_start, c_end):
        return "requirement"  # 优先在日均车流量超过3000辆次的服务区布设: which places qualify
    if LIMIT_SET.search(text, max(c_start, q.start - 24), q.start):
        return "requirement"  # 用地面积占总用地面积的比例上限由7%提高到15%: a limit a rule sets
    if paid_multiple(text, q, c_start, c_end) or paid_share(text, q, c_start, c_end):
        return "support"  # 按原标准的2倍支付临时安置费 / 3人以上户按人均标准的90%发放
    if q.unit == "%" and OWN_SHARE.search(text, max(c_start, q.start - 12), q.start):
        return "requirement"  # 保费由各级财政补贴65%，种植户自缴35%: what the insured pays itself, a rule of the scheme
    if set_aside_or_unmet(text, q, c_start, c_end):
        return "requirement"  # 预留不低于10%的公共停车泊位 / 签约率未达到90%的，原则上不得启动拆除
    if q.unit == "%" and (INSPECTION_SHARE.match(text, q.end, c_end) or INSPECTION_SHARE_NAMED.search(text, c_start, q.start)):
        return "requirement"  # 每年按不低于10%的比例对竣工项目开展抽查: how many must be checked
    if q.unit in ("人", "名") and ((STAFF_WORDS.search(left) and comparator_said and not _counted_per_period(text, q, c_start))
                                  or ratio_staff_words(text, q, c_start, c_end)):
        return "requirement"  # 固定人员不少于40人 / 不足300户的村配备1名: a staffing rule (not 城镇新增就业人员每年不少于5000人,
        # the people a region adds each year: a goal)
    if comparator_said and (EMISSION_LIMIT.search(left) or held_standard(text, q, c_start, left)):
        return "requirement"  # 氮氧化物排放浓度不高于50毫克/立方米 / 室内温度不低于18℃ / 容积率不低于1.0, dated or not
    if q.unit_kind not in ("money", "price") and in_standard_phrase(text, q):
        return "requirement"  # 按照每个社区灭火器不少于30个、…的标准完成配备: a standard, dated or not
    if not dated and q.unit_kind not in ("money", "price") and PER_HEAD_AND_TIME.search(text, c_start, q.start):
        return "requirement"  # 献血者每人每次献血量一般为200毫升至400毫升: what each one gives each time, a norm
    if (regulation and not (dated and year_named)) or RULE_CUE.search(clause) or time_limit_words(text, q, c_end) \
            or condition_span_words(text, q, c_start, c_end):
        return "requirement"  # …应当… / 5个工作日内办结 (a regulation's 到2025年… goal stays a goal)
    if q.unit in ("次", "期") and (PERIOD_BEFORE_COUNT.search(text, c_start, q.start)
                                  or MIN_FREQUENCY.search(text, c_start, q.start)) \
            or not dated and q.unit in ("学时", "课时") and (MIN_FREQUENCY.search(text, c_start, q.start)
                                                           or PER_PERIOD.search(text, c_start, q.start)):
        return "requirement"  # 每半年通报一次 / 每年召开会议不少于1次 (a goal's date is not a duty's) / 每年接受培训不少于40学时
        # / 高中每周2课时 (a timetable's lessons)
    if q.unit in DURATION_UNITS and PAYMENT_TIME.search(left):
        return "requirement"  # 惠企资金兑付时间不超过10个工作日
    if not dated and comparator_said and (CONDITION_AFTER.match(text, q.end, c_end + 1)
                                          or LISTED_CONDITION.match(text, q.end, c_end + 1)):
        return "requirement"  # 护理型床位占比达到80%以上的，…上浮20%: the condition of a rule
    if not dated and comparator_said and _under_standards_title(text, c_start):
        return "requirement"  # （三）严格项目建设标准。…耕作层厚度不低于20厘米: a standard every project must meet
    if not dated and comparator_said and (EVERY_UNIT.match(text, c_start, c_end) or EVERY_UNIT_WITHIN.search(
            text, c_start, q.start) or (q.unit in DURATION_UNITS and RESPONSE_TIME.search(left))):
        return "requirement"  # 每个次中心编制床位不少于100张: what every one must have; 响应时间不超过2小时: a service's standard
    if not dated and q.unit == "%" and NEW_BUILD_SHARE.fullmatch(text, c_start, q.start) \
            and FITTED.match(text, q.end, c_end):
        return "requirement"  # 新建公共停车场车位100%预留充电接口: what every new build must be fitted with
    permission = RULE_MODAL.search(clause)
    if not dated and permission and permission.group("permission"):
        return "requirement"  # 起始价可按不低于…最低价标准的70%确定: what a rule allows
    modal = RULE_MODAL.search(sentence_before(text, c_start))
    if not dated and modal and modal.group("modal"):
        return "requirement"  # 新建户厕应当符合国家标准，化粪池有效容积不小于1.5立方米
    if not dated and bounded_standard(text, q, c_start) and not (carried and not EACH_ONE.search(clause)
                                                                 and not MIN_FREQUENCY.search(sentence_before(text, c_start))):
        return "requirement"  # 停靠点距离主航道不少于500米: a standard every one must meet; 每年至少组织1次演练，参演率不低于
        # 80%: a standard of each time a duty comes round, whatever date an earlier sentence's goal had
    return None


def span_skip(text: str, q: Quantity, c_start: int, c_end: int, *, regulation: bool) -> str | None:
    """Why a span of time is no figure (None when it is one): a name (24小时服务体系, 5年行动), the deadline
    of a measure (3年内完成), or a span no measure or rule words make a level or a term (连续11年)."""
    if q.unit not in DURATION_UNITS:
        return None
    if text.endswith("连续", c_start, q.start) and FAILED_AGAIN.match(text, q.end, c_end + 1):
        return "the years a failure repeats, a sanction's condition (连续三年评估不达标的，取消…), not a figure"
    if SINCE_LAST.search(text, c_start, q.start):
        return "the time since the last time, when a duty falls due again (上一次检测距今已满3年的，须…)"
    if STARTS_FROM.fullmatch(text, c_start, q.start) and PERIOD_START.match(text, q.end, c_end):
        return "the start of a period (自缴费满3个月的次月起), a condition restated, not a figure"
    if sanction_term(text, q, c_start, c_end) or service_time_words(text, q) or ahead_of_event(text, q, text[q.end:c_end]):
        return None  # 3年内取消其申报资格 / 5分钟到达现场 / 发生前12小时发布预警: a sanction's or service's term, a lead time
    if leave_words(text, q, c_start) or counted_span_words(text, q, c_start, c_end):
        return None  # 产假158天 / 每年按10个月计发: a term a rule grants or counts by
    before = text[c_start:q.start]
    after = text[q.end:c_end]
    governed = bool(GOVERNS_SPAN.search(before))
    if not governed and after[:1] and regex.match(r"\p{Han}", after) and not WITHIN.match(after) \
            and not TERM_NOUN.match(after) and not after.startswith(("的", "以上", "以下", "左右")) \
            and not DAYS_OF_USE.match(after):  # 库存不低于2天用量: a stock counted in days of use
        return "a span of time naming a thing (24小时服务体系, 15分钟生活圈, 5年行动)"
    within = WITHIN.match(after)
    if within and RATE_WINDOW.match(after, within.end()):
        return "the window a rate is counted in (故障48小时内修复率), part of its name"
    if admin_time_limit(q, after) or (within and SUPPORT_TERM.match(after)) \
            or (within and not after[within.end():].strip() and next_clause_action(text, q, c_end)) \
            or condition_span_words(text, q, c_start, c_end) or step_after_event(text, q, after) \
            or paid_off_words(text, q, c_end):  # 余款在6个月内缴清: the term money is paid off in
        return None  # 5个工作日内完成审批 / 3年内…发放生活补贴 / 收到…后20日内，组织… / 交付后1年内完成…登记发证: a time limit
    if within and ACCOMPLISH_AFTER.match(after[within.end():]) and not RULE_CUE.search(text, c_start, c_end):
        return "the deadline of a measure (3年内完成), not a figure"
    if TIME_MEASURE.search(before) or TERM_NOUN.match(after) or regulation or RULE_CUE.search(text, c_start, c_end):
        return None
    if (BOUND_BEFORE_SPAN.search(before) or BOUND_CLOSES.match(after)
            or (BOUND_AFTER_SPAN.match(after) and GOVERNED_SPAN.search(before))) \
            and not (regex.match(r"的\p{Han}", after) and not TERM_AFTER.match(after)):  # 按不低于1个月的预算额度: an
        # amount's size (连续入住不少于15天的，方可…: a condition's)
        return None  # 集中培训不少于40小时 / 存放48小时以上 / 发车间隔不超过10分钟: a level bounded, a rule's figure
    if before.endswith("满") or TIME_MEASURE.search(GOVERNS_SPAN.sub("", before)):
        return None  # 运营满1年的机构: a threshold; 工程质量保修期不少于2年: a term measured
    if SHORTENED_TO.search(before):
        return None  # 企业投资项目备案压缩至1个工作日: the time a procedure takes, cut to a level
    if IN_USE_FOR.search(before) and QUALIFIES.match(text, q.end, c_end):
        return None  # 更新服役超过10年的老旧机床: how old the things a measure is for are
    return "a span of time, not a measured level or a rule's term (连续11年, 40多年)"


def eligible_in_clause(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether a figure stands inside the 对/凡…的 phrase that says who is eligible (对年营收1亿元以上且较上年增长
    15%以上的企业 / 对总投资50亿元以上、产业带动作用突出的项目): a threshold, not a goal."""
    opening = BENEFICIARY_OPENING.match(text, c_start, c_end)
    if not opening or q.start < opening.end():
        return False
    end = ELIGIBLE_END.search(text, opening.end(), c_end)
    stop = end.start() if end else c_end
    return q.end <= stop and "的" in text[q.end:stop]


def last_condition(words: str, conditions: str) -> str:
    """The condition a threshold bounds, the last of those listed: 新开工建设、总投资 → 总投资; a bare count
    counts what the first of the ``conditions`` (the clause up to the figure) does: 对年度组织省外游客入滇并在省内
    过夜2晚以上、累计人数 → 年度组织省外游客入滇累计人数."""
    items = [w for w in words.split("、") if w]
    last = items[-1] if len(items) > 1 and len(items[-1]) >= 2 else words
    if not BARE_COUNT.fullmatch(last):
        return last
    opening = BENEFICIARY_OPENING.match(conditions)
    counted = COUNTED_ACTION.match(conditions.split("、")[0], opening.end() if opening else 0)
    return counted.group(0) + last if counted else last


def _counted_per_period(text: str, q: Quantity, c_start: int) -> bool:
    """Whether people are counted over a period (城镇新增就业人员每年不少于5000人 / 全年培训专业人员不少于300人), not kept on
    the staff of each unit (每个站点专职人员不少于3人) nor what each holder does each period (网格员每月走访…)."""
    cut = max((m.end() for m in CLASS_CUT.finditer(text, c_start, q.start)), default=c_start)  # 当年…1000人以上的县: the class's
    return bool(OUTPUT_PERIOD.search(text, cut, q.start)) and not EVERY_UNIT.match(text, c_start, q.start) \
        and not EVERY_UNIT_WITHIN.search(text, c_start, q.start) and not PER_HEAD.search(text, c_start, q.start)
