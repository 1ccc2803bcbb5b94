"""What a support figure measures: the name of a subsidy, award or fund amount or share, read from the clause
around the figure (给予不超过项目总投资20%的资金支持 → 资金支持占项目总投资比例; 单个项目最高300万元 → 单个项目补助;
对新建高标准农田，每亩补助1500元 → 新建高标准农田补助; 对…新建雨水收集池的，按照池体容积每立方米80元 → named by the
facility, not by the volume it is paid by; 设立规模3亿元的…引导基金 → …引导基金规模; 观影另给予每人次10元优惠 → 观影优惠).
Whether a figure is support at all is ``rules.rule_kind``'s call.
"""
from __future__ import annotations

import regex

from extractors.comparators import LIST_JOINT, SHARE_UNITS, share_base, suffix_length
from extractors.numbers import Quantity, find_quantities
from extractors.targets.added_support import added_support
from extractors.targets.case_support import case_support
from extractors.targets.listed_support import listed_support
from extractors.targets.ranked_awards import ranked_award
from extractors.targets.paid_thing import invested_thing, piece_named, thing_paid_for
from extractors.targets.rule_shapes import cost_paid, paid_multiple
from extractors.targets.rules import GIVING, SUPPORT_AFTER, SUPPORT_NOUN
from extractors.targets.sentence_span import SENTENCE_END, sentence_before, sentence_end
from extractors.targets.support_names import item_title, work_paid_per_thing
from extractors.targets.support_tiers import support_tier
from extractors.targets.wording import SIZE_NOUN, bare_action, measure_across, measure_words

# 资金 right after an amount: 安排不少于5000万元资金 (what the funds are for is said after)
FUNDS_AFTER = regex.compile(r"(?:的)?资金")

# what funds are for, in the clauses after them: 用于支持… / 发放文化和旅游消费券 / 重点支持…
PURPOSE = regex.compile(r"(?:用于|发放|重点支持|支持)(?P<what>[^，,。；;]{2,16}?)(?=[，,。；;]|$)")

# a share named already with its base: 人居环境整治资金占本级财政收入比例
SHARE_OF = regex.compile(r"\p{Han}{2,}占\p{Han}{2,}比例")

# where a fund's name starts: after the verb or payer before it (县财政每年安排…专项资金 → …专项资金)
FUND_CUT = regex.compile(rf".*(?:{GIVING.pattern}|设立|统筹|整合|筹集|筹措|用于|财政|每年)")

# 、中级工（四级）1500元/人: the next item of a list of amounts that each carry a label of their own (a grade, a level)
LABELLED_NEXT = regex.compile(r"、[\p{Han}“”（）]{2,12}?\d")

# 1000元/人、中级工（四级）: a label after the amount of the item before (the figure is a later item of such a list)
LABELLED_AFTER_AMOUNT = regex.compile(r"\d[^\d、，,。；;]{0,5}、[\p{Han}“”（）]{2,12}$")

# 的标准给予企业培训补贴: the support a list of amounts is given as, with its modifier (企业培训补贴, not 补贴)
GIVEN_NOUN = regex.compile(rf"(?:{GIVING.pattern})(?P<noun>\p{{Han}}{{0,8}}?(?:{SUPPORT_NOUN.pattern}))")
# a standard a support is carried out or paid at, right after the amount: (800元)的标准兑付护林员管护补助
STANDARD_PUT = regex.compile(rf"的?标准(?:足额)?(?:落实|拨付|支付|兑付)(?P<noun>\p{{Han}}{{2,12}}?(?:{SUPPORT_NOUN.pattern}))(?=[，,。；;]|$)")

# the figure's own words as a noun phrase (who is given support, or what it is: 企业经营团队 / 单个企业年度贴息),
# with no bound, rate per thing or way of giving in them (最高 / 每亩 / 按 / 一次性); a 、 only inside brackets (单个县（市、区）)
OWN_NOUN = regex.compile(r"(?!.*(?:最高|最多|不超过|不高于|一次性|每|按|标准|给予|分别))(?:[\p{Han}“”（）]|、(?=[^（]*）)){2,16}")

# words that name a share themselves: 支付比例 / 计入比例 / 补助比率 (not one built as …占展位费比例)
SHARE_NAMED = regex.compile(r"(?:比例|比率)$")

# a public funding standard named by its words: 公办幼儿园生均公用经费财政拨款标准 / 初中生均公用经费基准定额
FUNDING_STANDARD = regex.compile(r"(?!.*(?:给予|予以|每|在此))[\p{Han}（）]{2,30}?(?:经费|拨款)\p{Han}{0,8}?")

# a clause opening with the support it sets, then its rate: 乡村教师生活补助按照…每人每月300元 / 膳食补助按每生每天5元
NAMED_THEN_RATE = regex.compile(
    r"(?:^|(?<=[，,；;。：:、\n]))\s*(?P<name>(?:(?!给予|予以|每)[\p{Han}“”（）]){1,20}?(?:补助|补贴|津贴|奖励|奖补|资助))按照?")

TRAILING_BY = regex.compile(r"按照?$")  # 特殊教育学校生均公用经费按照(不低于…的标准): the way, not the name
BY_BASE = regex.compile(r"(?<=经费|拨款)按照?")  # 运行管护经费(按照服务人口): the base the funds are set by

# the interest rate a 贴息 is a share of: 贷款市场报价利率 / 贷款基准利率 (→ 贷款贴息比例)
INTEREST_RATE = regex.compile(r"(?P<loan>\p{Han}{0,8}?贷款)(?:实际|市场报价|基准|合同)?(?:利率|利息)")

# 单个 / 每个 / 每家 / 每户: one unit of a kind, opening the words of what it may receive
ONE_UNIT = r"(?:单个|每个|每家|每户)"

# a cap per unit: 单个项目 / 单个企业 / 每个项目 (单个项目最高300万元: 单个项目补助), not the verb that gives it (每个认证给予)
PER_UNIT = regex.compile(rf"^{ONE_UNIT}(?!给予|予以|按|补|奖|标准)\p{{Han}}{{1,4}}?(?<!给予|予以)(?=$|每年|年度|累计)")

# a fund opening the clause that spends it: (省级体育彩票公益金)每年安排不少于 / (省级财政资金)安排
FUND_SUBJECT = regex.compile(r"\s*(?P<fund>[\p{Han}“”]{2,16}?(?:公益金|资金|基金))(?:每年|年度|共)?(?:安排|投入|统筹)"
                             r"(?:不少于|不低于|约|达到?)?")

# places only, naming no support: 县（市、区） / 各乡镇 / 市、县
PLACES_ONLY = regex.compile(r"各?[省市州县区旗乡镇街道（）()、]{1,10}")

# the later amounts of a list, then the support they all are: (2000元)、1000元生活补贴
LIST_THEN_NOUN = regex.compile(r"(?:、\s*[\d.]+\s*[万亿]?元)+\s*(?P<noun>(?:(?!的|标准|给予|予以|按)\p{Han}){0,6}?(?:补贴|补助|奖励|奖补|资助|津贴))")

# a discount of money, right after the amount, and what it is on, right before its verb: (用餐)另给予(每人次5元)优惠
DISCOUNT_AFTER = regex.compile(r"(?:的)?优惠(?![政券])")
DISCOUNT_ON = regex.compile(r"(?P<what>\p{Han}{2})(?:另|再|可)?(?:给予|享受)(?:每\p{Han}{1,3})?$")

# a fund's size, before the amount, and the fund after it: (设立)规模(3亿元)的智能制造产业引导基金
SIZE_BEFORE = regex.compile(r"规模(?:为|达到?|约)?$")
FUND_AFTER = regex.compile(r"的(?P<fund>[\p{Han}“”]{2,24}?基金)(?=[，,。；;（(）)]|$)")

# a support bounded by a multiple of a standard, before the bound: (累计发放的培训补贴总额)不超过(…标准的2倍)
MULTIPLE_OF = regex.compile(r"(?P<what>[\p{Han}“”（）]{2,20}?)(?:不超过|不高于|不得超过|最高|最多)")

# the measure an amount is paid by, then the unit of it: 按照(池体容积)每立方米 / 按(还田面积)每亩 / 按库容每立方米
MEASURED_BY = regex.compile(r"按照?\p{Han}{0,8}?(?:容积|库容|面积|长度|里程|体积|重量|吨位|数量|产量|处理量|人数|户数|人次)每\p{Han}{1,4}$")
# 按照实际接诊人数每人每次(15元): the head count it is paid by, no name either

# who pays, inside the words of the thing paid for: 保费由县财政(补贴70%) → 保费 (the payer is no part of the name)
PAYER_INSIDE = regex.compile(r"(?<=\p{Han}{2})由\p{Han}{0,6}?(?:财政|政府)(?:统一)?(?=补贴|补助|奖补|奖励|资助)")

# the year a cap per unit holds for, right after the unit: (每家企业)年度(奖励) / (单个机构)每年
YEARLY = regex.compile(r"年度|每年")

# a unit's words that pay per unit, no cap (每个产品奖励2万元: the rate, named by whom it is paid to)
PAID_PER_UNIT = regex.compile(r"(?:奖励|补助|补贴|奖补|资助)$")

# a rate or bound inside a support's words (给予每人一次性补助 / 按标准给予): how it is paid, not its name
RATE_OR_BOUND = regex.compile(r"每|按|标准|最高|最多|不超过")
# a support given per head and named by words of its own after the head: (给予)每人一次性安家补助 → 一次性安家补助
PER_HEAD_NAMED = regex.compile(r"每[人户名位](?P<noun>(?:一次性)?(?P<own>\p{Han}{3,10}))")

# a total named by its own words, of one unit, a year or the whole: 每户企业补贴总额 / 每村奖励总额 / 全年补贴总额 / 补贴资金合计
# the amount of a support, after its noun, closing a clause's own words: (单户年度贴息)额 / (补助)金额 / (奖励)额度
AMOUNT_WORDS = ("额", "金额", "额度")

NAMED_TOTAL = regex.compile(rf"(?:{ONE_UNIT}|每[村镇乡校所]|全年|年度)?\p{{Han}}{{1,12}}?(?:总额|总计|合计)")

# a bound word closing the activity before its threshold: (年处理废弃菌包)达到 / 超过 / 不少于
BOUND_TAIL = regex.compile(r"(?:达到|超过|不少于|不低于|在|为)$")

# the end of a measure of the firm (年研发投入, 进出口额, 营业收入), or conditions joined (且): no activity supported
FIRM_MEASURE = regex.compile(r"(?:额|收入|投入|产值|规模|量|数|率|营收|利润|税收|面积|资产)$|且|并")

# a firm's yearly scale, all a threshold leaves of its class: 年加工粮食 / 年产 / 年销售 (no thing paid for)
FIRM_SCALE = regex.compile(r"年(?!度)\p{Han}")

# a year opening the words of whom support is for: (对)2025年(新建冷库的合作社) / 2023年度
LEADING_YEAR = regex.compile(r"^(?:(?:19|20)\d{2}年度?(?:以来|起|内)?)")

# who a support is for, opening a clause or a numbered item: 对新建高标准农田， / 对新招聘的全科医生给予 / 2. 对…
BENEFICIARY = regex.compile(
    r"(?:^|(?<=[，,；;。：:\n]|[（(][一二三四五六七八九十\d]{1,3}[）)]|(?:^|\n)\s*\d{1,2}[.．、]))\s*对(?:于)?(?P<who>[^，,；;。：:]{2,40}?)(?=[，,]|给予|按|予以|奖励|补助|补贴|资助|分别)")
# the same, with a longer list of conditions, read only for the thing it builds or buys: 对在园区新建或租赁、…的共享中试车间
LONG_BENEFICIARY = regex.compile(BENEFICIARY.pattern.replace("{2,40}?", "{41,80}?"))

# a class of its own opening a clause that pays: 新评定的省级旅游度假区一次性奖励
OWN_CLASS = regex.compile(r"\s*[\p{Han}]{1,8}?的[\p{Han}\dA-Z“”]{2,20}?(?:一次性)?(?:给予)?(?:奖励|补助|补贴|奖补)")

# the way an amount is paid, closing the words of the funds it pays: (法律顾问服务经费)按每村（社区） (not a payer's:
# 市级财政按每部)
PAID_PER = regex.compile(r"(?<=经费|资金|补助|补贴|津贴|奖励|费)按照?每[^按]*$")

# an amount named by its own words, after the thing it is per: 每箱(保险金额) / 每人(保险金额)
AMOUNT_NAMED = regex.compile(r"(?:每\p{Han})?(?P<name>(?:(?!补|奖|资助|贴息|支持|每|按|依|以)\p{Han}){2,10}金额)")

# whom a clause paying at a rate names itself, after a 对… clause before it: (…给予全额补贴，)残疾人按每人每年200元…
# (not the payer: 市级财政按每台8万元给予补助)
OWN_SUBJECT = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])?(?P<who>(?:(?!标准|补助|补贴|资金|经费|奖励|财政)\p{Han}){2,8}?)(?<![府局委厅办])按照?每")

# a grade opening its own clause, in parallel with one a clause before named with 对: 良好的给予(3万元奖励)
CLASS_OPENING = regex.compile(r"\s*(?P<who>优秀|良好|较好|合格|基本合格|[一二三四五]等奖?|[一二三四五]星级?|[一二三]档)的[，,]?"
                           r"(?:给予|奖励|补助|补贴|奖补)")

# the title a beneficiary earns, the last condition before its support: 经认定为市级示范基地的， / 被评为省级…的，
RECOGNISED = regex.compile(r"(?:认定|评定|评|命名|确定)为(?P<what>[\p{Han}“”]{2,16}?)的[，,]\s*(?:再|可|一次性)?(?:给予|予以|按)?$")

# a beneficiary that says nothing of what is supported: 符合条件的项目 / 相关企业
GENERIC_BENEFICIARY = regex.compile(
    r"(?:符合(?:条件|要求|规定|上述条件)的|经认定的|认定的|相关|有关|上述|以上)?(?:项目|企业|单位|主体|机构|个人|平台)")


# a lead that announces the list of classes after it, naming none itself: (对)以下机具 / 下列企业 / 如下项目
LIST_LEAD = regex.compile(r"以下|如下|下列")


def support_words(text: str, q: Quantity, c_start: int, c_end: int, left: str, words: str | None = None) -> str:
    """What a support figure measures: the support noun (资金支持, 一次性奖励, 支持金额), a share as
    ``<noun>占<base>比例`` (给予不超过项目总投资20%的资金支持 → 资金支持占项目总投资比例); the figure's own words
    when they end with the noun (单个企业年度贴息最高100万元); a cap per unit with its unit (单个项目最高300万元 →
    单个项目补助). ``words``: the figure's words as found, for when no support noun is written."""
    fund = FUND_AFTER.match(text, q.end, c_end) if SIZE_BEFORE.search(text, c_start, q.start) else None
    if fund:  # 设立规模3亿元的智能制造产业引导基金: the fund's size, named by the fund
        return fund.group("fund") + "规模"
    discount = DISCOUNT_ON.search(text, c_start, q.start) if DISCOUNT_AFTER.match(text, q.end, c_end) else None
    if discount:  # 学生观影另给予每人次10元优惠: a discount on what is bought, 观影优惠
        return discount.group("what") + "优惠"
    multiple = MULTIPLE_OF.match(words or "") if q.unit == "倍" else None
    if multiple:  # 累计发放的培训补贴总额不超过省级培训补贴标准的2倍: the support capped, not the standard
        return multiple.group("what")
    labelled = ranked_award(text, q) or paid_multiple(text, q, c_start, c_end) or listed_support(text, q, c_start) or added_support(text, q, c_start) or case_support(text, q, c_start) or cost_paid(text, q, c_end) or _labelled_item(text, q, c_start, c_end, left) or work_paid_per_thing(left)
    if labelled:  # …的标准给予企业培训补贴 / 山塘清淤扩容每口补助3000元 → 山塘清淤扩容补助 / 按原标准的2倍支付X → X倍数
        return labelled
    if q.unit in SHARE_UNITS and words and SHARE_NAMED.search(words) and "占" not in words:
        return words  # 退休人员…的支付比例分别为70%: the words name the share already
    standard = FUNDING_STANDARD.fullmatch(TRAILING_BY.sub("", words or ""))
    if standard:  # 公办幼儿园生均公用经费财政拨款标准不低于800元/生·年: a funding standard named (…运行管护经费按照
        return BY_BASE.split(standard.group(0))[0]  # 服务人口每人每年…: the funds, not the base they are set by)
    # back to the sentence's start or its last ；(…按每人每月500元标准发放；对跨省务工的…给予一次性交通补助: another item's)
    named = NAMED_THEN_RATE.search(text, max(max(text.rfind(m, 0, c_start) for m in "。；;") + 1, c_start - 60), q.start)
    if named and q.unit not in SHARE_UNITS:
        return named.group("name")  # 乡村教师人才津贴按每人每月400元…发放: the support the clause opens with
    right_after = SUPPORT_AFTER.match(text, q.end, c_end)
    before = None
    for before in SUPPORT_NOUN.finditer(text, c_start, q.start):  # 支持金额最高可至… / 分别奖励20万元
        pass
    before_noun = before.group(0) if before else None
    given_before = None
    for given_before in GIVEN_NOUN.finditer(text, c_start, q.start):
        pass
    if before and given_before and given_before.end() == before.end() and given_before.group("noun") != before.group(0) \
            and q.unit not in SHARE_UNITS and not text[given_before.end():q.start].strip("，, ") \
            and not RATE_OR_BOUND.search(given_before.group("noun")):
        before_noun = given_before.group("noun")  # 给予一次性稳岗奖励2万元: the support as named
    per_head = PER_HEAD_NAMED.fullmatch(given_before.group("noun")) if before and given_before \
        and given_before.end() == before.end() and before_noun == before.group(0) else None
    if per_head and not RATE_OR_BOUND.search(per_head.group("noun")) and not SUPPORT_NOUN.fullmatch(per_head.group("own")) \
            and q.unit not in SHARE_UNITS and not text[given_before.end():q.start].strip("，, "):
        before_noun = per_head.group("noun")  # 给予每户一次性搬迁补助3万元: 一次性搬迁补助, not the bare 补助
    # the support named with the verb that gives it (…的标准给予一次性带动就业补贴), else its bare noun
    later = (LIST_THEN_NOUN.match(text, q.end, c_end) if not right_after else None) \
        or (STANDARD_PUT.match(text, q.end, c_end) if not right_after else None) or GIVEN_NOUN.search(text, q.end, c_end) or SUPPORT_NOUN.search(text, q.end, c_end)  # 2000元、1000元生活补贴: all
    earlier = None
    for earlier in SUPPORT_NOUN.finditer(sentence_before(text, c_start)):
        pass
    given_earlier = None
    for given_earlier in GIVEN_NOUN.finditer(sentence_before(text, c_start)):
        pass
    earlier = _named(given_earlier) if given_earlier and earlier and given_earlier.end() == earlier.end() else earlier
    if q.unit in SHARE_UNITS and words and SHARE_OF.fullmatch(words) and not (right_after or before or later or earlier):
        # 安排不超过结余额3%的资金用于岗位培训补贴: the funds named by their purpose, a share of the same base
        purpose = PURPOSE.search(text, q.end, sentence_end(text, c_end)) if FUNDS_AFTER.match(text, q.end, c_end) else None
        if purpose:
            return measure_words(purpose.group("what")) + "资金" + words[words.index("占"):]
        return words  # 各乡镇按不低于本级财政收入1%的比例安排人居环境整治资金: named as a share already, no support noun
    noun = ((_given(right_after.group("noun")) if right_after else None) or before_noun
            or _named(later) or _named(earlier) or words or left)
    noun = measure_words(_fund_name(noun))
    if not (right_after or before or later or earlier) and FUNDS_AFTER.match(text, q.end, c_end):
        purpose = PURPOSE.search(text, q.end, sentence_end(text, c_end))  # 安排5000万元资金，…发放文化和旅游消费券
        noun = measure_words(purpose.group("what")) + "资金" if purpose else noun
    fund_named = FUND_SUBJECT.fullmatch(text, c_start, q.start)
    if right_after and noun == "支持" and fund_named:  # 省级体育彩票公益金每年安排不少于5000万元用于支持…: the fund
        return fund_named.group("fund")
    if right_after and noun == "支持":  # 每年安排不少于20亿元支持农村公路安全生命防护工程建设: what it supports
        supported = OWN_NOUN.match(text, right_after.end(), c_end)  # 农村公路安全生命防护工程建设
        noun += supported.group(0) if supported else ""
    head = _list_head(text, q, c_start) if not left else None  # an item a 分别 list names keeps its words
    # 分别给予企业经营团队50万元、100万元: the later figures of the list share the words of the first
    own = measure_words(_fund_name(left if head is None else text[c_start:head].strip("，,、 ")))
    own = own[:by.start()] if (by := PAID_PER.search(own)) and by.start() >= 2 else own  # 服务经费(按每村（社区）)
    own_noun = bool(OWN_NOUN.fullmatch(own)) and not bare_action(own)  # 每年安排(不少于3亿元): no noun of its own
    if own_noun and MEASURED_BY.search(text, c_start, q.start):
        own_noun = False  # 按照池体容积每立方米80元: the measure it is paid by, not what it is paid for
    standard = own.endswith(noun + "标准") and bool(OWN_NOUN.fullmatch(own.removesuffix("标准")))
    amount = own_noun and any(own.endswith(noun + word) for word in AMOUNT_WORDS)
    if before is not None and (own_noun or standard) and (own.removesuffix("标准").endswith(noun) or amount) \
            and len(own) > len(noun):
        # 单个企业年度贴息最高100万元 / …补助标准 / 单笔贷款年度贴息额最高5万元 (the amount of the support, 额)
        own = PAYER_INSIDE.sub("", own)  # 运费由市财政补贴50% → 运费补贴比例: who pays is no part of the name
        return own if q.unit not in SHARE_UNITS else _share(text, q, c_start, own)
    amount_named = AMOUNT_NAMED.fullmatch(own)
    if amount_named and before is None:  # (保费由县财政补贴60%，)每亩保险金额800元: an amount its own words name
        return amount_named.group("name")
    if NAMED_TOTAL.fullmatch(own) and noun in own:
        return own  # 每家合作社奖补总额最高不超过8万元 / 全年补贴总额: a total, named by its own words
    per_unit = PER_UNIT.match(own)
    if per_unit and noun != own and not PAID_PER_UNIT.search(per_unit.group(0)):
        yearly = YEARLY.match(own, per_unit.end())  # 每家机构年度奖励不超过80万元: a yearly cap says its year
        return per_unit.group(0) + (yearly.group(0) if yearly else "") + noun  # 单个项目最高300万元 → 单个项目补助
    if before is None and own_noun and own != noun and q.unit not in SHARE_UNITS:
        # 分别给予企业经营团队50万元…奖励: to whom, in the clause; 设立规模2亿元的…产业基金: the fund's size
        return noun + own if SIZE_NOUN.fullmatch(own) else noun if noun.startswith(own) else own + noun
    # …给予补助，最高100万元: a cap on the support the clause before names, which named whom it is for already
    continued = not right_after and before is None and later is None and earlier is not None
    titled = item_title(text, c_start, noun) if len(noun) <= 6 else None
    recognised = RECOGNISED.search(sentence_before(text, c_start)) \
        if len(noun) <= 6 and q.unit not in SHARE_UNITS else None
    if recognised:  # …，经认定为市级创业孵化示范基地的，给予一次性奖补 → 市级创业孵化示范基地一次性奖补 (before a title)
        return recognised.group("what") + noun
    if len(noun) <= 6 and not continued:  # 对新建高标准农田，每亩补助1500元 → 新建高标准农田补助
        beneficiary = None
        for beneficiary in BENEFICIARY.finditer(text, max(0, c_start - 60), q.start):
            pass
        beneficiary = CLASS_OPENING.match(text, c_start, q.start) or beneficiary  # (…优秀的给予5万元，)良好的给予3万元
        if beneficiary is None:  # 对在园区新建或租赁、…提供服务的共享中试车间，按…: long, but it names what is built
            for beneficiary in LONG_BENEFICIARY.finditer(text, max(0, c_start - 90), q.start):
                pass
            beneficiary = beneficiary if beneficiary and thing_paid_for(beneficiary.group("who")) else None
        if beneficiary and beneficiary.end() <= c_start and OWN_CLASS.match(text, c_start, q.start):
            beneficiary = None  # (对新评定的甲…奖励200万元，)新评定的乙一次性奖励100万元: the clause's own class
        elif (beneficiary is None or beneficiary.end() <= c_start) and (own_subject := OWN_SUBJECT.match(text, c_start, q.start)):
            beneficiary = own_subject  # (对特困人员…给予全额资助，)残疾人按每人每年200元给予定额资助: its own (with no 对… before too)
        if beneficiary and not SENTENCE_END.search(text, beneficiary.end(), q.start) \
                and not GENERIC_BENEFICIARY.fullmatch(beneficiary.group("who")) \
                and not LIST_LEAD.match(beneficiary.group("who")):  # 对下列车辆提高淘汰补贴标准：…: a lead, no class
            who, threshold = support_tier(beneficiary.group("who"), text, q, c_start, c_end)
            thing = thing_paid_for(LEADING_YEAR.sub("", beneficiary.group("who"))) if not threshold else None
            if thing:  # 新建…气调库的合作社 → 新建气调库 / 购买良种母牛、良种母羊的牧场 → each thing: what it pays for
                who = support_tier(thing, text, q, c_start, c_end)[0]
            who = LEADING_YEAR.sub("", who)  # 对2025年新建智能温室的农户: the year dates the measure, no threshold
            if regex.search(r"\d", who) and not threshold:  # 年诊疗量10万人次以上的社区卫生服务中心: the thing
                invested = invested_thing(share_base(text, q, c_start)) if q.unit in SHARE_UNITS else None
                who = _without_thresholds(who)  # (对年加工粮食5万吨以上的企业，)按新购烘干设备投资额的30%: the firm's
                who = invested if invested and FIRM_SCALE.match(who) else who  # yearly scale names no thing, the base does
            if (threshold or not titled) and not PLACES_ONLY.fullmatch(who):  # 年营业收入首次突破10亿元、50亿元的，分别…:
                # each tier, before a title (…95%以上的县（市、区）: places only, which name no support)
                who = measure_words(who)  # (对新评定的某某示范区)一次性|一次性奖励: 一次性 said once
                noun, titled = (who[:-3] if who.endswith("一次性") and noun.startswith("一次性") else who) + noun, None
    if titled:  # 3.就餐补贴。对…老年人，给予每人次5元补贴: the item's title names it, not whom it is for
        noun = titled
    if q.unit not in SHARE_UNITS:  # 按每座公厕2万元…予以补助 → 公厕补助: the thing paid per piece names a bare noun
        return piece_named(text, c_start, q.start, q.end, noun) or noun
    return _share(text, q, c_start, noun)


def _named(found) -> str | None:
    """The support noun of a match: its ``noun`` group when the match holds the verb giving it (给予…补贴)."""
    if found is None or isinstance(found, str):
        return found
    return found.groupdict().get("noun") or found.group(0)


def _share(text: str, q: Quantity, c_start: int, noun: str) -> str:
    base = share_base(text, q, c_start)
    rate = INTEREST_RATE.fullmatch(base or "")
    if rate and noun.endswith("贴息"):  # 按贷款市场报价利率的40%给予贴息: the share of the loan's interest paid
        return f"{rate.group('loan')}贴息比例"
    if base:  # 县级配套资金不低于中央补助资金的30%: the measure before the bound, not the bound's words
        return measure_across(noun, base) or f"{noun}占{base}比例"
    return f"{noun}比例"


def _labelled_item(text: str, q: Quantity, c_start: int, c_end: int, left: str) -> str | None:
    """The name of an item in a list of amounts that each carry a label, given as one support after the list
    (按初级工（五级）1000元/人、中级工（四级）1500元/人…的标准给予企业培训补贴 → 初级工（五级）企业培训补贴, …);
    None for any other figure."""
    if q.unit == "%" or not (LABELLED_NEXT.match(text, q.end, c_end)
                             or LABELLED_AFTER_AMOUNT.search(text, c_start, q.start)):
        return None
    given = GIVEN_NOUN.search(text, q.end, c_end)
    label = measure_words(left).removeprefix("按")
    if not given or not OWN_NOUN.fullmatch(label):
        return None
    return label + given.group("noun")


def _list_head(text: str, q: Quantity, c_start: int) -> int | None:
    """Where the 、-list a figure closes starts (50万元、100万元、200万元 → at 50), None when it is no later item."""
    head = None
    for prev in reversed(find_quantities(text, c_start, q.start)):
        if not LIST_JOINT.fullmatch(text, prev.end + suffix_length(text, prev, q.start), (head or q.start)):
            break
        head = prev.start
    return head


def _without_thresholds(who: str) -> str:
    """Who support is for, without the figures that say who is eligible: 实施节能降碳技术改造、年节能量500吨以上的项目
    → 实施节能降碳技术改造 (what is supported, the thing being a bare 项目); 年诊疗量10万人次以上的社区卫生服务中心 →
    社区卫生服务中心; 新建成开业、客房数量不少于50间的半山酒店 → 半山酒店."""
    head, _, thing = who.rpartition("的")
    conditions = [c for c in (head or who).split("、") if c and not regex.search(r"\d", c)]
    if head and conditions and GENERIC_BENEFICIARY.fullmatch(thing):
        return "、".join(conditions)
    if head and "、" not in head and GENERIC_BENEFICIARY.fullmatch(thing):  # 年回收废旧轮胎3000吨以上的企业: what it does
        found = find_quantities(head)
        activity = BOUND_TAIL.sub("", head[:found[0].start]) if found else ""
        # (not a measure of the firm, 年研发投入 / 进出口额, nor conditions joined: 新注册且当年…)
        return activity if len(activity) >= 3 and not FIRM_MEASURE.search(activity) else thing
    return thing if head else who


def _given(noun: str) -> str:
    """The support noun after the verb that gives it: 标准给予补助 → 补助 (the whole when no verb is inside)."""
    parts = GIVING.split(noun)
    return parts[-1] if len(parts) > 1 and len(parts[-1]) >= 2 else noun


def _fund_name(noun: str) -> str:
    """A fund's own name, without the payer and verb before it: 县财政每年安排基层…专项资金 → 基层…专项资金."""
    cut = FUND_CUT.match(noun)
    return noun[cut.end():] if cut and len(noun) - cut.end() >= 4 else noun
