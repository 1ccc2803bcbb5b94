"""One figure of the body text becomes its Target(s); a figure whose words are known (a table cell, a ranking) too.

Reads a quantity with its clause, its words, date, rank and the sentence's subject; returns the Candidates (one per
scope) or none, with why (a count of the units talked about, a staffing rule, money in a subsidy rule …).
"""
from __future__ import annotations

import regex

from extractors.comparators import listed_comparator, share_base, stated_bound
from extractors.numbers import DURATION_UNITS, Quantity, comparator, find_quantities, suffix_length
from extractors.targets.ages import age_words, months_of_age_words
from extractors.targets.asides import aside_reason, counts_the_listed, restated_measure, restating_only
from extractors.targets.bands import banded_words, is_band_bound
from extractors.targets.bounded import bound_across
from extractors.targets.caps import cap_of_rate
from extractors.targets.carried_dates import carried_from_a_goal, funds_due_by, season_only
from extractors.targets.changes import change_of
from extractors.targets.class_bands import class_size_words
from extractors.targets.class_thresholds import counted_class
from extractors.targets.clean_records import clean_record_term
from extractors.targets.clauses import open_bracket, sentence_start, trim
from extractors.targets.condition_spans import bracketed_age, condition_span_words, in_condition, names_class, qualified_thing
from extractors.targets.context import Candidate, Context, Subject
from extractors.targets.elided import elided_noun
from extractors.targets.fines import fine_words
from extractors.targets.levels import allowance_unit, moved_words_end, starts_a_move
from extractors.targets.kind import (GAP, QUOTE_LEAD, STANDING, TARGET_CUE, THRESHOLD, comparator_for, figure_kind,
                                    managed_stock, national_bracket, paid_in_a_past_year, quoted_national, quotes_national,
                                    event_stock, reported_in_words, sets_goal, stated_size, states_standing, whole_stock)
from extractors.targets.led_shares import led_share_words
from extractors.targets.loans import borrowers_bounded, loan_cap
from extractors.targets.once import times_words
from extractors.targets.quotations import in_national_quotation
from extractors.targets.paired_counts import paired_comparator, paired_count_words
from extractors.targets.per_unit_names import per_unit_renamed
from extractors.targets.compared_levels import compared_level
from extractors.targets.per_thing import average_unit, charged_words, part_unit, per_unit_before, periodic_unit, support_unit
from extractors.targets.raises import raise_words
from extractors.targets.shares import share_of_things
from extractors.targets.support_measure import support_words
from extractors.targets.support_names import named_support
from extractors.targets.sanctions import sanction_term
from extractors.targets.set_sizes import set_size
from extractors.targets.triggers import trigger_level
from extractors.targets.scores import assessment_score, per_event_score
from extractors.targets.taxes import tax_relief_words, tax_rate_words
from extractors.targets.service_times import area_range_words, service_time_bound
from extractors.targets.time_limits import support_term, time_limit_words
from extractors.targets.standards import in_standard_phrase, per_base_standard, standard_item, standard_places
from extractors.targets.duty_before import PERIOD_OPENING, STEPPED_UP, TIMES_UNITS, bare_duty, duty_before, echoed_duty
from extractors.targets.span_words import reached_words, stock_in_days
from extractors.targets.rules import MIN_FREQUENCY, SUPPORT_AFTER, eligible_in_clause, last_condition, rule_kind
from extractors.targets.scopes import carried_place_group, each_place, entity_scopes, listed_places
from extractors.targets.subjects import (clean_left, figure_words, part_of_subject, per_capita, resolve_anaphor,
                                        share_words, shortest_suffix, taken_share, topic_share_words)
from extractors.targets.wording import bare_action, measure_across, measure_words, without_comparison
from schemas.records import Deadline, Target

# a duty named after its count: 每年至少召开1次(全体会议) — the clause before does not name it
NAMED_AFTER = regex.compile(r"(?:以上)?\p{Han}{2}")
# people counted right after a figure with no unit: (3.5万)农村人口 / (12万)城镇人口
PEOPLE_COUNTED = regex.compile(r"\p{Han}{0,4}?人口")
# a figure counting the units the sentence is about, not an indicator: 全省9个设区市均已达标
COUNTED_SUBJECT = regex.compile(
    r"(?P<units>\p{Han}{0,4}?(?:市|州|县|区|盟|旗|乡镇|街道|部门|单位|企业|城市)(?:[（(][\p{Han}、]{1,6}[）)])?)"
    r"|\p{Han}{1,6}?(?=均|全部|都)"  # 3个次中心全部建成: the three its paragraph named already
)
ALL_OF_THEM = regex.compile(r"均|都|全部|皆")
# a date that names its year (到2025年, 2026年底前), not one relative to the figure (当年, 上年度)
YEAR_NAMED = regex.compile(r"\d{4}\s*年")
# a Chinese character: words without one (（超过100人) name no thing
HAN = regex.compile(r"\p{Han}")
# 每新增1头 / 每吸纳1人 / 每安排1名 / 每满1年: the one thing a support amount after it is paid for (no figure of its own)
PER_ONE = regex.compile(r"每(?:新增|吸纳|带动|安置|招用|培育|引进|安排|招收|聘用|录用|接收|满)$")
# the notice's own parts, counted: 5个方面 / 18条措施 / 10项举措 / 20条具体政策
OWN_PARTS = regex.compile(r"(?:个)?(?:方面|(?:具体|政策|支持|重点)?(?:措施|举措|意见|条款|政策措施)|部分|章|节)")
# 市防指下设6个工作组 / 领导小组内设3个专项组: the body's own parts, counted (no indicator)
SETS_UP_PARTS = regex.compile(r"(?:下设|内设|分设)$")
# a difference from another region or the average: 高于全省1.5个百分点 / 快于全国平均水平
RELATIVE = regex.compile(r"(?:高于|低于|快于|慢于|超过|超出|领先)(?:全国|全省|全市|全区|同期|平均)\p{Han}{0,4}$")  # … 均已达标: what is said of every one of the counted units
# a figure that says which things are counted, before their count: 年销售额500万元以上的电商企业20家
QUALIFIES_NOUN = regex.compile(r"(?:及)?(?:以上|以下|以内)?的\p{Han}")
# a clause that only names a class of things by a threshold: (服务人口10万)以上的县域医疗卫生次中心，…
CLASS_NAMED = regex.compile(r"(?:及)?(?:以上|以下)的\p{Han}{2,16}$")
# a verb whose object is the share or count reached (覆盖(全省)90%以上的乡镇卫生院): a goal, not a class named
COVERS = regex.compile(r"(?:覆盖|惠及|辐射|带动)(?:全\p{Han})?$")
# a yearly amount: 每年安排 / 每年给予
EVERY_YEAR = regex.compile(r"每年")
# 至少 / 不少于 before the verb of a figure: 至少办好(1所) / 至少配备(2名) / 至少配备河湖警长(1名)
AT_LEAST_ACTION = regex.compile(r"(?:至少[^，,。；;：:\d]{1,14}|不少于\p{Han}{1,3})$")  # 至少配备河湖警长(1名)
# a kind of area heading the words of a part (其中市区…): not the measure of the next part's places (各县600套)
AREA_HEAD = regex.compile(r"^(?:市区|城区|主城区|中心城区|县城|农村|乡村|城镇)(?=\p{Han}{2})")
# a figure's words that only name what the figure before it counted and join on: (3所)幼儿园和(3所小学)
JOINED_ON = regex.compile(r"\p{Han}{0,12}?(?:以及|和|及|与)")
# a list of conditions a rule sets, opening with where or how the thing is registered: 在某市行政区域内依法注册、…
LISTED_CONDITIONS = regex.compile(r"(?:在\p{Han}{1,12}?(?:境内|区域内|范围内|内)|依法|具有|具备|取得)[^、]*、")
# a staffing rule (明确1名分管负责同志和1名联络员 / 确定1名科级干部为联络员): the post named, after 为 when given
STAFFING = regex.compile(r"(?P<who>\p{Han}{0,6}?(?:干部|同志|联络员|负责人|领导|工作人员))"
                         r"(?:(?:作为|为|担任)(?P<post>\p{Han}{0,6}?(?:联络员|信息员|负责人)))?")
# 以…为…标准: a clause opening with 以 whose figure is then declared a standard (以年收入6000元为监测标准)
BY_OPENING = regex.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])?以(?!上|下|内|及)")
STANDARD_SET = regex.compile(r"为(?:\d{4}年度?)?(?P<what>\p{Han}{2,14}?(?:标准|线|门槛|基数|上限|下限))")
# the size of the things a count counts, right after it: (1支)30人以上的综合性应急救援队伍 / (2个)不少于50张床位的护理院
SIZED_NEXT = regex.compile(r"(?:不少于|不低于|至少)?\d+(?:\.\d+)?(?:人|名|张|米|平方米|立方米|吨|千瓦|万元)(?:及?以上)?"
                           r"的(?P<thing>\p{Han}{2,16}?)(?=[，,。；;）)]|$)")
# what a size after a count is the size of: (30人)以上的综合性应急救援队伍
SIZED_THING = regex.compile(r"(?:及?以上)?的(?P<thing>\p{Han}{2,16}?)(?=[，,。；;）)]|$)")
# a team a head count sizes, after words that only act: (组建不少于40人)的旗级专业扑火队伍 (its size, 队伍人数)
TEAM_SIZED = regex.compile(r"(?:及?以上)?的(?P<thing>\p{Han}{2,16}?(?:队伍|队|团队|小组|专班|分队))(?=[，,。；;、）)]|$)")
# nothing but a bound word between two figures: 1支不少于20人的
BOUND_ONLY = regex.compile(r"(?:不少于|不低于|至少|最少)?")
# a rate or share and the verb of its level before a percentage (…申请率达到 / …占比提高到), not a rate of support
# (补贴率 / 贴息率 / 按年利率3%给予贴息) nor a 比例 a rule sets (补贴比例不超过)
RATE_LEVEL = regex.compile(r"(?:(?<!补贴|补助|贴息|奖励|资助|利)率|(?<!配套资金|配套经费)占比|比重)(?:稳定|保持)?(?:达到|提高到|提升到|提高至|提升至|超过|在)?$")
RELATIVE_YEAR = regex.compile(r"(?:上|去|当|本|上一)年度?")  # 上年度 / 当年: relative to the figure's own year, a rule's base
# money spent or lost, reported: 累计投入农村供水工程建设资金3.2亿元 / 累计发放补助资金 / 支出救助资金 / 直接经济损失 / 人均消费支出为
# / 兑付报废补贴资金 / 发放生活补助 / 基金支付 / 带动…新购置农机投入约
MONEY_SPENT = regex.compile(r"(?:投入|发放|支出|拨付|兑付|兑现)(?:[^，,。；;]{0,24}?、)?\p{Han}{0,14}?(?:资金|经费|补助|补贴)$|"
                            r"经济损失(?:约|共计|达到?|为|超过?)?$|支出(?:约|共计|为|达到?)?$|(?:基金|资金)(?:支付|支出)$|投入(?:约|共计|达到?)?$")
# money that measures an economy, a level worth keeping when reported too: 增加值为412亿元
# (not money spent or leveraged: 撬动投资超5000万元, 获得扶持资金 report an effort, not a level)
ECONOMIC_MEASURE = regex.compile(
    r"增加值|产值|营业收入|收入|营收|生产总值|GDP|交易额|销售额|零售额|成交额|固定资产投资|工业投资|技术改造投资|税收|利润|"
    r"进出口|出口额|进口额|消费品零售总额|完成投资|投资规模|消费额|金额$|保费规模|保费收入|风险保障$"
)


def from_quantity(ctx: Context, q: Quantity, lo: int, g_start: int, g_end: int, c_start: int, c_end: int,
                  dates: list[Deadline], deadline: Deadline | None, rank: int | None, subject: Subject,
                  source: str, table_index: int | None, reasons: list, named: str | None = None,
                  antecedent: Subject | None = None, paired_scope: str | None = None,
                  item_scope: tuple[list[str], int | None] | None = None,
                  list_said: str | None = None) -> list[Candidate]:
    """The Target(s) of one figure; ``named`` gives its words when a 分别 list names each figure,
    ``paired_scope`` its entity when a 分别 list of entities does (某市、某市分别为31.2%、27.5%), ``item_scope``
    its places (and where its words start) when the item it stands in heads with them (甲镇、乙镇：…),
    ``list_said`` the comparator a 分别 list states for all its figures (分别为：甲乡12万亩、乙乡8万亩),
    ``antecedent`` what 该指标 refers to when the sentence names nothing before it."""
    text, dictionary = ctx.text, ctx.dictionary
    counted = COUNTED_SUBJECT.match(text, q.end, c_end)
    if counted and ALL_OF_THEM.search(text, counted.end(), c_end) and (counted.group("units") or _named_before(text, q)):
        reasons.append((q.start, q.end, "counts the units the sentence is about (9个设区市均已达标)"))
        return []
    if q.value == 1 and PER_ONE.search(text, c_start, q.start):
        reasons.append((q.start, q.end, "the one thing support is paid per (每新增1头…奖补3000元)"))
        return []
    if text[q.start - 1:q.start] == "每" and q.unit_kind != "money" \
            and any(other.start > q.end for other in find_quantities(text, q.end, c_end)):
        reasons.append((q.start, q.end, "the base of a rate (平均每50公里建成1座 / 每300户设置1个)"))
        return []
    aside = aside_reason(text, q, c_start, c_end)
    if aside:
        reasons.append((q.start, q.end, aside))
        return []
    if q.unit in ("个", "条", "项") and OWN_PARTS.match(text, q.end, c_end):
        reasons.append((q.start, q.end, "counts the notice's own parts (5个方面18条措施)"))
        return []
    if is_band_bound(text, q, c_start, c_end):
        reasons.append((q.start, q.end, "bounds a band an amount is paid in (海拔3000米以下的，每人每月800元)"))
        return []
    if starts_a_move(text, q, c_start, c_end):
        reasons.append((q.start, q.end, "the level a change starts from (由每人每月870元提高到…)"))
        return []
    if SETS_UP_PARTS.search(text, c_start, q.start):
        reasons.append((q.start, q.end, "counts the body's own parts (下设6个工作组)"))
        return []
    if counts_the_listed(text, q, c_start):
        reasons.append((q.start, q.end, "counts the things just listed (胸痛、卒中、创伤3个中心)"))
        return []
    # the figures before it in its clause (read with the rest of the clause: 1.5、5毫克/立方米 share the unit)
    earlier = [other for other in find_quantities(text, c_start, c_end) if other.end <= q.start]
    own_said = comparator(text, q, lo, c_end)
    said = own_said or listed_comparator(text, q, earlier, c_start, c_end) or list_said \
        or paired_comparator(text, q, c_start, c_end)  # 不超过50个小类150个品目: the pair's bound
    # 年销售额500万元以上的企业20家: the first figure says which things are counted, a threshold (requirement)
    after = q.end + suffix_length(text, q, c_end)  # where the words after the figure and its unit start
    qualifies = QUALIFIES_NOUN.match(text, after, c_end)
    qualifier = bool(qualifies) and (any(other.start >= qualifies.end()
                                         for other in find_quantities(text, qualifies.end(), c_end))
                                     or (bool(CLASS_NAMED.match(text, q.end, c_end))
                                         and not COVERS.search(text, c_start, q.start)))
    eligible = eligible_in_clause(text, q, c_start, c_end)  # 对年营收1亿元以上且增长15%以上的企业: who is eligible
    eligible = eligible or in_condition(text, q)  # …达到在职职工人数15%…的，可申请: the condition of a rule
    share = share_of_things(text, q, lo, c_end)  # 80%以上的乡镇卫生院接入…: a share of things, not who is eligible
    if share:
        qualifier = eligible = False
    staffing = STAFFING.match(text, q.end, c_end) if q.unit in ("名", "人") and q.value <= 10 and not said else None
    if staffing:  # 各成员单位明确1名联络员: a staffing rule, named by the post
        return [_rule(ctx, q, staffing.group("post") or staffing.group("who"), q.unit, "=", g_start,
                      max(g_end, staffing.end()), source, table_index)]
    standard = per_base_standard(text, q, c_start, c_end)
    if standard:  # 按照每百户不低于20平方米的标准配建…: 平方米/百户, a requirement named by the thing built
        return [_rule(ctx, q, standard[0], standard[1], said or "=", g_start, g_end, source, table_index)]
    scopes, lo = ([paired_scope], lo) if paired_scope else entity_scopes(ctx, text, lo, q.start)
    if not scopes and item_scope:  # 2.甲镇、乙镇：…分别新增2000头、1500头: the places the item heads with
        scopes, lo = item_scope[0], max(lo, item_scope[1] or lo)
    places = listed_places(ctx, text, c_start, q.start) if not scopes and not named else None
    if places and places[2] and places[2][0] <= q.start < places[2][1]:
        reasons.append((q.start, q.end, "counts the places just listed (甲镇、乙镇2个重点镇)"))
        return []
    if places:  # 甲镇、乙镇2个重点镇农村生活垃圾分类达标率达到90%: the figure holds for each place named
        scopes, lo = places[0], max(lo, places[1])
    # 交通事故死亡人数下降10%: a change of the measure named before its verb (降幅), not a level
    change = change_of(text, q, c_start, find_quantities(text, c_start, q.start))
    words_end = max(lo, change.start) if change else q.start
    moved_end = moved_words_end(text, q, c_start) if not named else None
    if moved_end is not None:  # 城市低保标准由每人每月870元提高到每人每月910元: named by the words before 由
        lo, words_end = (lo if lo < moved_end else c_start), moved_end
    left = resolve_anaphor(named or clean_left(ctx, text, lo, words_end, dates), subject, antecedent)
    joined = bool(earlier) and not named and bool(JOINED_ON.fullmatch(left))
    if joined:  # 至少遴选3所幼儿园和3所小学: what the figure before counted, then a figure of its own
        left = ""
    if change:
        left = without_comparison(left)
    if q.unit in TIMES_UNITS and not named and PERIOD_OPENING.match(left):
        places, left = PERIOD_OPENING.match(left).group("places") or "", PERIOD_OPENING.sub("", left)  # 每学期开展监督检查不少于2次: the check is named, not the period
        verb = bare_duty(left) if not NAMED_AFTER.match(text, q.end, c_end) else None
        duty = duty_before(text, c_start, verb) if verb is not None else None
        left = places + (duty or left)  # 实行驻点检查或飞行检查，每学期不少于1次 / 对停产停建矿山，每月至少检查1次
    elif q.unit in TIMES_UNITS and not named and (len(left) <= 2 or STEPPED_UP.search(left)) and not NAMED_AFTER.match(text, q.end, c_end):
        left = echoed_duty(text, c_start, left) or left  # 组织开展全州包保干部业务培训，培训不少于2期
    # 每个乡镇组建不少于30人的扑火队: the size of each thing (…的扑火队), not a figure per place
    sized = bool(qualifies) and q.unit != "%"  # (不低于本级收入2%)的比例: a share, no size of a thing
    group = each_place(left, sized) if not scopes and not named else None
    if not group and not scopes and not named and subject.raw:
        group = each_place(left, sized, alone=True)  # 其中市区2400套，各县600套: each county, of the subject
        if group:  # …without the kind of area the part before it was of (市区)
            subject = Subject(AREA_HEAD.sub("", subject.raw), subject.indicator)
    if not group and not scopes and not named and earlier and (joined or not left):
        # 每个县（市、区）至少建成1支30人以上的…队伍 / …遴选3所幼儿园和3所小学: the places the clause opened with
        group = each_place(clean_left(ctx, text, c_start, earlier[0].start, dates))
        group = (group[0], left) if group else None
    if group:  # 各县区专职监管人员不少于15人: the figure holds for each of them
        scopes, left = [group[0]], group[1]
    elif not scopes and not named:
        carried = (None if sized else carried_place_group(text, c_start, q.start)) or standard_places(text, q)  # 按照每个乡镇…的标准
        scopes = [carried] if carried else scopes  # 每个省份至少打造3个…，建成不少于20个…: the same places
    clause_text = text[c_start:c_end]
    raw_left = text[lo:q.start]
    unit = q.unit
    gap = bool(GAP.search(raw_left.rstrip("（(")))
    # 高于全省1.5个百分点: a difference from another region, about the figure before it
    relative = q.unit == "个百分点" and bool(RELATIVE.search(raw_left))
    threshold = bool(THRESHOLD.search(text[max(c_start, q.start - 8):q.start]))
    opening = open_bracket(text, c_start, q.start)
    # 评价标准（每万人拥有5G基站数不低于12个、…）: every figure in the bracket, each with its own words
    in_threshold_list = opening is not None and bool(THRESHOLD.search(text[max(c_start, opening - 8):opening + 1]))

    # ---- what the figure is about, then which indicator that is
    part = part_of_subject(ctx, text, c_start, left, subject) if not named else None
    if part is not None:  # 其中农村地区1000个: a part of the figure before
        raw, inherit, switched = part[0], part[1] is not None, False
        scopes = [part[1]] if part[1] else scopes
    else:
        raw, inherit, switched = figure_words(text, q, left, raw_left, subject, c_start, g_end,
                                              threshold or gap or relative, c_end)
    # 应拿出不低于5%的岗位面向退役军人招录: named by what follows; …生活补贴，最长不超过36个月: its term
    raw = share or bracketed_age(text, q) or class_size_words(text, q, c_start, c_end) or months_of_age_words(text, q, c_end) \
        or led_share_words(text, q, left, c_end) or support_term(raw, q, inherit) or raise_words(text, q, c_start, left, subject.raw) or measure_words(raw)  # 在…基础上上浮20%: 上浮比例; 乳儿班…不超过10人…设置班级规模: 乳儿班班级规模
    # 以家庭年人均纯收入6000元为2021年度防返贫监测标准: the figure is the standard named after 为
    standard = STANDARD_SET.match(text, after, c_end) \
        if BY_OPENING.match(text, *trim(text, c_start, q.start)) else None
    raw = standard.group("what") if standard else raw
    sized_next = SIZED_NEXT.match(text, after, c_end) if not named else None
    if sized_next:  # 建成1支30人以上的综合性应急救援队伍: the count of the things the next figure sizes
        raw = sized_next.group("thing")
    sized_thing = SIZED_THING.match(text, after, c_end) \
        if earlier and not named and q.unit in ("人", "名") else None
    if sized_thing and BOUND_ONLY.fullmatch(text, earlier[-1].end + suffix_length(text, earlier[-1], q.start), q.start):
        raw = sized_thing.group("thing") + "人数"  # …1支30人以上的队伍: the size of each (队伍人数)
    team = TEAM_SIZED.match(text, after, c_end) if not named and q.unit in ("人", "名") else None
    team = team if team and (not left or bare_action(left)) else None
    if team:  # 组建不少于40人的专业扑火队伍: the size of the team built, a staffing rule
        raw = team.group("thing") + "人数"
    raw = elided_noun(text, q, raw, c_start, c_end) or raw  # …，3000人以上的行政村配备2名: 2名 of the noun before
    classed = counted_class(text, q, c_start, c_end) if not named else None
    if classed:  # 年收入30万元以上的村达到60个: the count named by its class, the threshold in the name
        raw = clean_left(ctx, text, classed[0], classed[1], dates) + text[classed[2]:classed[3]]
    raw = (paired_count_words(text, q, raw, c_start, c_end) if not named and not classed else None) or raw  # 1230所学校4.56万名教师
    if not raw or not HAN.search(raw):
        raw = qualified_thing(text, q, c_end) or raw  # （超过100人的企业: the thing the threshold qualifies
    if (not raw or not HAN.search(raw) or restating_only(raw)) and opening is not None and subject is not None and subject.raw:
        raw = restated_measure(subject.raw) if restating_only(raw) else subject.raw  # 检出率控制在5%以内（2022年为7.6%）
    quoted = ctx.region != "全国" and quoted_national(text, q.start, q.end)  # 对照国家…的目标: 全国's figure
    base = share_base(text, q, lo) if q.unit == "%" and part is None and not named else None
    if base:  # 不低于从业人员2%的比例配备专职管理人员: 专职管理人员占从业人员比例
        raw = topic_share_words(text, q, raw, base, c_end) or measure_across(raw, base) \
            or share_words(text, q, raw_left, base, subject, c_end) or raw
    elif q.unit == "%" and part is None and (taken := taken_share(raw)):
        raw = taken  # 核减当年运维补助的30%: the share of the money taken
    if change and raw and not raw.endswith(change.noun):
        raw = without_comparison(raw) + change.noun
    if quoted and QUOTE_LEAD.match(raw) and QUOTE_LEAD.match(raw).end() < len(raw):
        raw = raw[QUOTE_LEAD.match(raw).end():]  # 对照国家…提出的全国火灾死亡人数降幅: what the quoted figure measures
    if compared := compared_level(text, q.start, q.unit, ctx.region):  # 高于全市平均水平（6.8‰）: that region's level
        raw, scopes, said = compared[0], [compared[1]], "="
    if not raw:
        given = SUPPORT_AFTER.match(text, q.end, c_end) if q.unit == "%" else None  # 按照60%给予补助: the support
        raw = time_limit_words(text, q, c_end) or age_words(text, q, c_start, c_end) or (given and given.group("noun"))
        # 3年内…发放生活补贴: named by what it limits; 对45周岁以下、…的农创客: the age of whom a rule is for
    if not raw:
        reasons.append((q.start, q.end, "no words name what the figure counts"))
        return []
    unit = per_capita(unit, raw)
    people = PEOPLE_COUNTED.match(text, q.end) if unit is None and not raw.endswith("人口") else None
    raw = people.group(0) if people else raw  # 巩固提升3.5万农村人口供水保障水平: the people counted
    if unit is None and raw.endswith("人口"):
        unit = "人"  # 服务人口10万以上: a population is counted in 人

    raw = standard_item(text, q, raw)  # 按照每个乡镇编织袋(不少于5000条…的标准): the thing, 编织袋
    raw = stock_in_days(text, q, raw) or raw  # 应急物资储备不低于7天用量: the stock, not its use
    indicator = None if gap or relative or (part and not part[1]) else dictionary.match(raw, unit)
    if (indicator is None and inherit and not gap and not switched and subject.indicator is not None
            and subject.indicator.fits(unit)):
        indicator = subject.indicator
    if indicator is not None and not inherit:
        raw = shortest_suffix(raw, indicator)

    # ---- kind: a goal, a report, a threshold, or a rule (requirement) or support
    context_words = clause_text[: q.start - c_start] + (deadline.raw if deadline and deadline.raw else "")
    managed = None if q.unit_kind in ("percent", "money", "price") else managed_stock(text, q.start, q.end)  # 统筹全县356名
    stock = q.unit != "%" and (whole_stock(text, q.start, q.end) or bool(managed)) and not TARGET_CUE.search(context_words)
    if stock:  # 完成全县36座小型水库的汛前检查: the region's things, a report with no date of its own
        context_words, deadline = "现有" + context_words, None
        raw = managed or (raw[:raw.rindex("的")] if "的" in raw[2:] else raw)  # 127公里堤防的汛前检查: the things
    elif states_standing(text, c_start, q.start) and not TARGET_CUE.search(context_words):
        context_words, deadline = "现有" + context_words, None if event_stock(text, c_start, q.start) else deadline  # 境内有…
        opening = STANDING.match(raw or "")
        raw = raw[opening.end():] if opening and len(raw) - opening.end() >= 2 else raw  # 境内有堤防 → 堤防
    national = not scopes and quotes_national(ctx, c_start, q.start)  # 同期全国…为2.65%: a national figure quoted
    scheme = national_bracket(text, open_bracket(text, c_start, q.start)) if ctx.region != "全国" else None
    if scheme:  # 在国家…补贴（…每辆补贴1万元…）基础上: the national scheme's amount, of 全国
        scopes = ["全国"]
    paid = False
    kind = figure_kind(ctx, baseline=threshold or in_threshold_list or quoted or national, rank=rank, gap=gap, raw=raw,
                       left=left, inherit=inherit, context_words=context_words,
                       deadline=None if season_only(deadline) else deadline)
    if kind in ("target", "actual"):
        ruled = rule_kind(text, q, c_start, c_end, left, regulation=ctx.in_regulation(c_start),
                          qualifier=qualifier or eligible,
                          comparator_said=said,
                          dated=bool(deadline and deadline.date and not RELATIVE_YEAR.fullmatch(deadline.raw or "")
                                     and not season_only(deadline)
                                     and not carried_from_a_goal(text, deadline, c_start)),
                          carried=carried_from_a_goal(text, deadline, c_start),
                          year_named=bool(deadline and YEAR_NAMED.search(deadline.raw or "")))
        if ruled == "support" and q.unit == "%" and RATE_LEVEL.search(left):
            ruled = None  # 补贴范围内大型农机具占比提高到25%: a rate reached, whatever support its words name
        # a report stays one unless the figure says who is eligible, or is support its words do not report
        # (按其上年度研发投入增量的10%给予补助: 上年度 dates the base, not the figure)
        # …受理时间为每年3月1日至3月31日。…应在受理后10个工作日内完成初审: a time limit is a rule, whatever date came before
        limit = ruled == "requirement" and time_limit_words(text, q, c_end) is not None
        # 上年度在本省足额缴纳失业保险费12个月以上: a rule's threshold, the relative year its base, not a report's date
        limit = limit or (ruled == "requirement" and deadline is not None
                          and bool(RELATIVE_YEAR.fullmatch(deadline.raw or "")) and not reported_in_words(context_words, raw))
        # 2024年，…兑付报废补贴资金21.3亿元 in a notice of 2025: support paid out in a year gone by, a report
        paid = kind == "actual" and ruled == "support" and paid_in_a_past_year(ctx, deadline)
        if kind == "target" or qualifier or eligible or limit \
                or (ruled == "support" and not reported_in_words(context_words, raw) and not paid):
            kind = ruled or kind
    if standard or (team and kind == "target") or (ctx.in_conditions and kind in ("target", "actual") and not sets_goal(raw, context_words)):
        kind = "requirement"  # under 申报条件, 2022年营业收入不低于500万元: a threshold, its year the one measured
    loan = loan_cap(text, q, c_start, c_end) if kind in ("target", "requirement", "support") \
        and not (kind == "requirement" and borrowers_bounded(text, q, c_end)) else None  # 对贷款余额不超过…的个体工商户
    if loan:  # 最高可贷30万元 / 贷款总额不超过150万元: a loan a scheme allows, support
        kind, said = "support", "<=" if loan[1] else said  # 最高额度为30万元: a cap, whatever 为 says
        raw, indicator = loan[0] or raw, None
        unit = support_unit(text, q, lo) or unit  # per borrower only where its own words say so
    elif kind == "support":
        raw, indicator = support_words(text, q, c_start, c_end, left, raw), None
        unit = support_unit(text, q, c_start) or unit  # 每亩补助1500元: 元/亩
        capped = cap_of_rate(raw, text[c_start:q.start], subject.raw)
        if capped:  # …20%给予补助，单个企业最高200万元: a cap on that support, an amount
            raw = capped  # its unit is ``support_unit``'s: 每家企业每年最高20万元 → 元, 每户最高不超过5000元 → 元/户
        raw = named_support(text, c_start, raw) or raw  # 【投资强度奖励】…单个项目最高…: by its title
    sentence = sentence_start(text, c_start)
    if kind == "support" and unit == "元" and "其中" in text[sentence:q.start]:
        # 一般诊疗费每人次10元，其中医保基金支付8元(，个人支付2元): the parts of a support are paid per the same thing
        unit = part_unit(text, q, sentence) or unit  # (人均月补助约600元，其中…1.12亿元: a part of a total)
    fine = fine_words(text, q.start, q.end, c_end) if kind == "requirement" and (q.unit_kind == "money" or q.unit == "倍") else None
    if fine:  # 再次违反规定的，每次处50元以上200元以下罚款: the offence's fine, per occasion, both bounds stated
        raw, indicator, unit = fine, None, support_unit(text, q, c_start) or unit
        said = "=" if q.value_max is not None else said
    elif kind == "requirement":
        timed = time_limit_words(text, q, c_end)
        limit = condition_span_words(text, q, c_start, c_end) or timed or reached_words(text, q, c_start, raw)
        raw, indicator = (limit, None) if limit else (raw, indicator)
        if timed and limit == timed and group:  # 各市市场监管局于每季度结束后5个工作日内…报送: the issuer's procedure
            scopes = []
        elif (eligible or LISTED_CONDITIONS.match(raw)) and not named:
            # 对新开工建设、总投资10亿元以上的项目 / 须在某市依法注册、具有独立法人资格、正常经营1年以上: the condition it bounds
            raw = last_condition(raw, text[c_start:q.start])
        if q.unit == "元" and not eligible:  # a price or fee per thing: 分别为每立方米2.5元、4.2元 → 元/立方米
            charged = charged_words(text, q, raw, c_end)  # …的标准减免污水处理费: money waived, support
            raw, indicator, kind = (charged[0], None, "support" if charged[1] else kind) if charged else (raw, indicator, kind)
            unit = support_unit(text, q, c_start, averages=False) or unit
    allowance = allowance_unit(text, q, c_start, raw) if kind in ("target", "requirement") else None
    if allowance:  # 城市特困人员基本生活标准为每人每月1183元: the standard paid, support per month
        kind, unit = "support", allowance
    banded = banded_words(text, q, c_start, raw) if kind in ("target", "requirement", "support") else None
    if banded:  # （一）护林员管护补助。…海拔4000米以下的，每人每月900元: the item's allowance in its band, per month
        raw, indicator, kind = banded, None, "support"
        unit = support_unit(text, q, c_start) or unit
    if kind in ("target", "requirement") and unit == "元":
        unit = periodic_unit(text, q, c_start) or unit  # 每月提取金额最高不超过1200元 / 每人每年6000元定额: 元/月, 元/年
    tax = tax_rate_words(text, q, c_start, c_end)
    if tax:  # 减按3%的税率征收房产税: the rate a tax is levied at, a support whatever verb stands before it
        raw, indicator, kind, said = tax, None, "support", "="
    relief = tax_relief_words(text, q, c_end) if not tax else None
    if relief:  # 按每人每年6000元定额依次扣减增值税…: the amount of tax relief, support
        (raw, said), indicator, kind, unit = relief, None, "support", support_unit(text, q, c_start) or unit
    scored = per_event_score(text, q, c_start) or assessment_score(text, q, c_start, kind)
    if scored:  # 被上级通报批评的，每次扣2分 (上级通报批评扣分, 分/次) / 90分及以上为优秀 / 成绩占60% / 扣除3分 (scores.py)
        (raw, unit, kind), indicator = scored, None
    sanction = sanction_term(text, q, c_start, c_end) or clean_record_term(text, q, c_end)
    if sanction:  # 3年内取消其申报资格 / 近2年内无环境违法记录: how long a sanction holds or a record stays clean, a term
        raw, indicator, kind, said = sanction, None, "requirement", "="
    elif (sized := set_size(text, q, c_start, c_end, raw, kind == "target" and bool(deadline and deadline.date))) or (ranged := area_range_words(text, q, c_start)) or trigger_level(text, q, c_end):
        (raw, kind, said), unit = ((sized[0], "requirement", sized[1] or said), sized[2] or unit) if sized else ((ranged or raw, "requirement", "<=" if ranged else "="), unit)  # 半径500米的禁养区 / 水源地周边300米范围内: at most / 涨幅超过15%时启动预警
    # money in a report is kept when it measures the economy (增加值为412亿元) or is money spent or lost (累计投入…资金,
    # 直接经济损失), not money leveraged or received (撬动投资, 获得扶持资金)
    if q.unit_kind in ("money", "price") and kind not in ("target", "support", "requirement") and not paid \
            and not ECONOMIC_MEASURE.search(raw) and not MONEY_SPENT.search(text, max(c_start, q.start - 30), q.start):
        reasons.append((q.start, q.end, "money or price in a report, not an indicator level"))
        return []

    if q.unit in TIMES_UNITS and not named and indicator is None:
        raw = times_words(raw, q.unit, text[q.end:c_end])  # 每年参加培训不少于1次: 参加培训次数 / 每月编发工作简报不少于2期: 工作简报期数
    if unit == "元":
        unit = average_unit(raw) or unit  # 亩均税收30万元以上 → 元/亩, 人均培育经费不低于1.5万元 → 元/人, whatever the kind
    if unit == q.unit:  # 投资强度不低于每亩500万元 → 元/亩, 按每万人不超过2家 → 家/万人, whatever the kind
        unit = per_unit_before(text, q, c_start) or unit
    if said is None and stated_size(raw):
        said = "="  # 规划面积12.6平方公里: the size it is planned at
    if said is None and q.unit in TIMES_UNITS and MIN_FREQUENCY.search(text, c_start, q.start):
        said = ">="  # 每年至少入户安检1次: at least so often
    if said is None and AT_LEAST_ACTION.search(text, c_start, q.start):
        said = ">="  # 原则上每个乡镇至少办好1所…: at least, the bound before the verb
    if said is None:
        said = bound_across(text, q, c_start) or service_time_bound(text, q)  # 按不超过…的1.5倍 / 最多照护3名 / 5分钟到达现场
    # 分别不低于720元、940元: the second takes the bound the list states
    bound = stated_bound(text, q, lo, c_end) or (own_said is None and said is not None
                                                 and any(stated_bound(text, e, c_start, c_end) for e in earlier)) \
        or (kind == "support" and said is not None and bound_across(text, q, c_start) == said)  # 不低于…资金的15%
    comp = comparator_for(kind, said, bound,
                          lower_is_better=dictionary.lower_is_better(raw, indicator))
    funds_due = kind == "support" and unit == "元" and funds_due_by(text, deadline, c_start)  # 2024年3月底前，…其中争取…资金
    if kind in ("requirement", "support") and deadline is not None and not funds_due and (
            not (deadline.char_start is not None and c_start <= deadline.char_start < c_end)
            or RELATIVE_YEAR.fullmatch(deadline.raw or "") or team
            or (kind == "requirement" and deadline.start and q.unit in DURATION_UNITS)  # 禁牧期限为5年（2021—2025年）
            or (not YEAR_NAMED.search(deadline.raw or "") and (kind == "requirement" or season_only(deadline)))  # 汛期（5—9月）
            or (kind == "requirement" and (ctx.in_conditions or in_standard_phrase(text, q) or names_class(text, q)))
            or (kind == "support" and deadline.start and EVERY_YEAR.search(text, c_start, q.start))
            or (kind == "support" and moved_end is not None)):  # 2025年…护理补贴标准提高到每人每年360元: a standard set
        deadline = None  # a rule holds beyond the goals' date unless its own clause dates it (上年度: the base); the
        # date of 于2024年3月底前组建不少于20人的…队伍 is the team's founding, not its size's; 2020年至2022年每年安排
        # 不少于300万元: the years a yearly amount is paid in, no deadline
    if scheme:
        raw, indicator = scheme, None  # named by the scheme, whatever its support words were
    raw, kind = per_unit_renamed(text, raw, c_start, kind, unit)  # …限额合并计算，每人每年不超过1.5万元: 每人每年 names nothing
    if ctx.region != "全国" and in_national_quotation(text, q.start):
        kind = "baseline"  # 《通知》明确：“…每招用1人不超过1200元…”: a national rule quoted, named as the rule it is
    scope_list = scopes or [None]
    ev_start, ev_end = trim(text, g_start, g_end)
    out = []
    for scope in scope_list:
        if kind == "baseline":
            scope_value = "全国"
        else:
            scope_value = scope or ctx.region
        dl = deadline if kind != "baseline" else None
        target = Target(
            char_start=ev_start, char_end=ev_end, evidence=text[ev_start:ev_end],
            indicator=indicator.name if indicator else None, indicator_raw=raw, kind=kind, scope=scope_value,
            comparator=comp, value=q.value, value_max=q.value_max, unit=unit,
            deadline=dl.date if dl else None, deadline_start=dl.start if dl else None,
            deadline_raw=dl.raw if dl and (dl.date or dl.flag or dl.start) else None, rank=rank,
        )
        out.append(Candidate(target, source, table_index))
    return out


def _rule(ctx: Context, q: Quantity, words: str, unit: str, comp: str, g_start: int, g_end: int, source: str,
          table_index: int | None) -> Candidate:
    """A requirement of the issuer's units named by ``words`` (明确1名分管负责同志 → 分管负责同志 = 1名; 按照每百户
    不低于20平方米的标准配建… → 平方米/百户); a date in its sentence is the goals', not the rule's."""
    ev_start, ev_end = trim(ctx.text, g_start, g_end)
    target = Target(char_start=ev_start, char_end=ev_end, evidence=ctx.text[ev_start:ev_end], indicator=None,
                    indicator_raw=words, kind="requirement", scope=ctx.region, comparator=comp, value=q.value,
                    value_max=q.value_max, unit=unit, deadline=None, deadline_start=None, deadline_raw=None,
                    rank=None)
    return Candidate(target, source, table_index)


def _named_before(text: str, q: Quantity) -> bool:
    """Whether the paragraph counted the same things before (选择3个中心卫生院建设次中心…3个次中心全部建成)."""
    start = text.rfind("\n", 0, q.start) + 1
    return any(other.value == q.value and other.unit == q.unit for other in find_quantities(text, start, q.start))
