"""One paragraph (or a table cell read as text): its sentences, clauses and figures, in reading order.

Reads a span of the text with the date it inherits; carries the head date of the paragraph or of an
enumerated item, and the subject of the sentence, from figure to figure; appends the Candidates and
returns the date the paragraph opens with.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from extractors.numbers import Quantity, find_quantities, suffix_length
from extractors.targets.named_periods import named_period
from extractors.targets.party_shares import party_share
from extractors.targets.class_bands import names_a_class
from extractors.targets.clauses import CLAUSE_END, SENTENCE_END, in_title, top_level_cuts, trim
from extractors.targets.ages import age_threshold
from extractors.targets.bounded import STATED_BOUND
from extractors.targets.context import Candidate, Context, Subject
from extractors.targets.each_alike import each_alike
from extractors.targets.back_refs import earlier_words, incident_words, pointed_back_words
from extractors.targets.carried_dates import STANDS_ALONE, opens_own_frame
from extractors.targets.changes import is_base_date
from extractors.targets.dating import head_date, plan_years_goal, year_end_of_context
from extractors.targets.figure import from_quantity
from extractors.targets.instalments import per_instalment
from extractors.targets.once import ONE_EACH, once_per_period
from extractors.targets.rank_goals import rank_goal
from extractors.targets.ranks import rank_after_figure, rank_of_clause, ranked_figures
from extractors.targets.reach import reach_threshold, zero_goal
from extractors.targets.rules import BENEFICIARY_OPENING, span_skip
from extractors.targets.ratio_shares import ratio_shares
from extractors.targets.shared_levels import per_level
from extractors.targets.service_times import area_range_words
from extractors.targets.scopes import (item_places, item_scopes, paired_entities, places_before_figures, respective_dates,
                                      respective_words, tiered_scopes)
from extractors.targets.sentence_span import sentence_end
from extractors.targets.skips import explain_digits
from extractors.targets.subjects import ANAPHOR, clause_topic, find_antecedent
from schemas.records import Deadline

# 一是 / （一） / 1. / ① at the start of a clause: an enumerated item, whose dates do not carry over
# 各市商务局要于 / 应在 / 须于 before a date in a clause of no figure: the deadline of that action (…要于6月15日前确定
# 地点), which the next sentence's figures do not inherit (a date that opens a clause, 到2025年，, they do)
ACTION_DATE_LEAD = regex.compile(r"\p{Han}(?:要|应|须|需|将)(?:于|在)?$")
# 山西、吉林、江苏等 right before a count: the count is of the things the list names
LISTED_BEFORE = regex.compile(r"、[^，,。；;、]{1,12}等$")
# 省（区、市） / 市 / 县 / 城市 after the count: places (a count of listed places is no figure of theirs)
PLACES_AFTER = regex.compile(r"(?:省|自治区|市|县|区|州|地市|城市|乡镇|镇|乡|村)")
ENUMERATOR = regex.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|[①-⑳])")
# a paragraph of the 版记 or an attachment list: 抄送：…  印发  共印 20 份  附件：1. …
BOILERPLATE = regex.compile(r"(?:抄送|抄报|印发|共印|联系人|附件[：:]|（联系人|[上下]一[篇条][：:])")  # 上一篇：a page's link
# the topic a sentence opens with: 从5G基站总量看， / 从每万人拥有5G基站数来看， / 就覆盖率而言，
TOPIC = regex.compile(r"(?:从|就)(?P<words>[^，。；：,]{2,24}?)(?:情况)?(?:来看|看|而言|方面看)[，,]")
# a paragraph that can hold a figure: a digit, 百分之, tenths (六成以上), a Chinese-numeral count, a 达标 goal, or a
# count in one word (每月一调度: ``once.ONE_EACH``)
MAY_HOLD_FIGURE = regex.compile(
    r"\d|百分之|分之|[一两二三四五六七八九]成(?:以[上下]|左右|[，。；、])|[一两二三四五六七八九十百千万亿](?:[个座户处家项所年元亩吨斤人名倍次天周]|个月|个工作日)|"
    r"[超逾过破][一二两三四五六七八九十百千]*[万亿]|(?:前|第)[一二两三四五六七八九十]|达标|零发生|" + ONE_EACH.pattern
)
# a bandwidth figure followed by 及以上/以上/及更高 + a noun names a class (500Mbps及以上用户), not a level
BANDWIDTH_CLASS = regex.compile(r"^(?:及以上|以上|及更高|及更快|及以下)?+(?:速率|带宽)?[\p{Han}“]")
# what a date before it names a class of things by (2005年底前建成的校舍 / 2010年以前出生、…的): no deadline
CLASS_DATE_AFTER = regex.compile(r"(?:以?前|之前|以后)?(?:建成|竣工|建设|出生|注册|登记|投产|投用|建造)[的、]|"
                              r"(?:新建|改建|扩建|购置|购买|安装)[^，,。；;]{0,12}?的(?=\p{Han})|"  # 对2026年新建温室大棚的农户
                              r"(?:以后|之后|起)(?:新建|改建|扩建|购置|购买|安装)[^，,。；;]{0,16}?的|"  # 3月1日以后新建、…的
                              r"(?:以后|之后)(?:全职|新)?(?:引进|认定|入职|落户|招聘|录用)")  # 7月1日之后新引进…的人才
# a date a period runs from, then the rest of a clause of who (对2022年以来新建冷库的，): who qualifies, no as-of date
SINCE_WHO = regex.compile(r"[^，,。；;：:]{1,30}的[，,]?")
# a choice of one among the benefits just named: (三项)可任选(一项) / 两者只能选其一 / 三项只可任选
ONE_OF_THEM = regex.compile(r"(?:二者|两者|三者|两项|三项|以上各项)(?:只能|仅能|只可|仅可|须|可)(?:任)?(?:选择|选|择|享受)$")
# an age followed by the people it names: 5岁以下儿童死亡率 / 65岁（含）以上老年人 / 6周岁以下（含6周岁）儿童 (a class)
AGE_CLASS = regex.compile(r"(?:[（(]含[）)])?(?:及以上|以上|及以下|以下|以内)?+(?:[（(]含\d+周?岁[）)])?(?!左右|上下|以|及|的)\p{Han}")
# an open quote before a figure, with the words of a name between: “六个百分之百 / “双
QUOTED_NAME = regex.compile(r".*“[^“”，。；]{0,6}$")
# the close of that quote, with a few more words of the name: 百分之百” / 万”工程
QUOTE_CLOSE = regex.compile(r"[^“”，。；]{0,6}”")
# a character of a web address or file name (printable ASCII but no space)
LINK_CHAR = regex.compile(r"[!-~]")
# what marks a run of such characters as an address: ://  www.  .html  %E8 (percent-encoding)
LINK_MARK = regex.compile(r"://|www\.|\.s?html?\b|\.pdf\b|%[0-9A-F]{2}(?=[%A-Za-z0-9])")
# a bandwidth figure that is a goal level: 达到1000Mbps / 提升至500M
# the one thing an amount after it is paid for: 按每带动1人一千元 / 每招用1人1500元 (the 1人 is the amount's unit)
PER_ONE = regex.compile(r"每\p{Han}{1,8}$")
# an amount right after such a count, maybe per period: 一千元 / 1500元 / 每年5000元 (按每超1人每年5000元), or in the
# clause after it: (每多吸纳1人)，给予一次性奖励2000元
AMOUNT_NEXT = regex.compile(r"(?:[，,]\s*(?:给予|予以|再|另)?(?:一次性)?(?:奖励|补助|补贴|奖补|资助)?)?"
                            r"(?:每(?:年|月|天|日))?[\d零〇一二两三四五六七八九十百千万亿.]+(?:万|亿)?元")
# units of counts of people and households (两个连写的计数: 3.58万户15.26万人)
COUNT_UNITS = frozenset({"户", "人", "名", "人次", "家", "个"})
# nothing but 或 between two figures: 不少于3年或10万公里 / 不得超过2个月或40学时 (one bound, either measure)
ALTERNATIVE = regex.compile(r"\s*或者?\s*")
# a term's noun, which a distance as its alternative measures as mileage: 质保期限3年或10万公里 → 质保里程
TERM_NOUN = regex.compile(r"(?:期限|年限)$")
# a bound and a kind of place right after a figure, with no 的: (城区常住人口100万)以上城市(要…) names which cities
PLACE_CLASS = regex.compile(r"(?:及)?(?:以上|以下)(?:城市|县城|县市|县|地区|乡镇|村庄|村|社区|园区)")
# a bound and 户 right after a count of people: (1至3人)户 / (3人以上)户 / (5人及以上)户 — a class of households by size
HOUSEHOLD_SIZE = regex.compile(r"(?:及以上|以上|及以下|以下)?户(?!籍|口|数|均|分离)")  # (not 3000人户均…: per household)
# a bound right before a size: (服务半径)不超过(1000米设置助餐点) — a rule's figure, not a size naming a thing
BOUND_BEFORE = regex.compile(rf"(?:{STATED_BOUND.pattern})$")
BANDWIDTH_GOAL = regex.compile(r"(?:达到|达|提升至|提升到|提高到|不低于|超过|为)$")


def read_paragraph(ctx: Context, start: int, end: int, out: list[Candidate], *, base: Deadline | None = None,
                   source: str = "body", table_index: int | None = None,
                   reasons_out: list | None = None, closing_out: list | None = None) -> Deadline | None:
    """Targets of one paragraph (or one table cell read as text); returns the date the paragraph opens with (and puts
    in ``closing_out`` the date in force where it ends: its last sentence's head date, or the opening one)."""
    text = ctx.text
    if not MAY_HOLD_FIGURE.search(text, start, end):
        return None
    if BOILERPLATE.match(text, start, end):
        explain_digits(ctx, start, end, [], [], [])
        return None
    para_date: Deadline | None = base
    item_date: Deadline | None = None
    in_item = False
    subject = Subject(None, None)
    used: list[tuple[int, int]] = []
    reasons: list[tuple[int, int, str]] = []
    all_dates: list[Deadline] = []

    sentences: list[tuple[int, int, Subject]] = []  # earlier sentences and the subject each ended on
    opening_date: Deadline | None = None
    places: list[str] | None = None  # the places the paragraph or its current item heads with (甲镇、乙镇：)

    action_date = None  # (date, paragraph's date before it, item's date before it) of an action in the last sentence
    for s_start, s_end in top_level_cuts(text, start, end, SENTENCE_END):
        # 项目全部建成后，…: a frame of its own, no earlier sentence's date
        framed = (para_date, item_date) if opens_own_frame(text, *trim(text, s_start, s_end)) else None
        if action_date is not None:  # …要于6月15日前确定…。: that date was the action's, not the next sentence's
            para_date = action_date[1] if para_date is action_date[0] else para_date
            item_date = action_date[2] if item_date is action_date[0] else item_date
            action_date = None
        subject = Subject(None, None)
        antecedent = find_antecedent(ctx, sentences) if ANAPHOR.search(text, s_start, s_end) else Subject(None, None)
        topic = TOPIC.match(text, *trim(text, s_start, s_end))
        if topic:  # 从5G基站总量看，…: what the sentence's figures are about
            words = topic.group("words")
            subject = Subject(words, ctx.dictionary.match(words, None, any_unit=True))
        ranked, ranked_at = ranked_figures(ctx, s_start, s_end, topic,
                                           item_date if in_item and item_date else para_date)
        for cand in ranked:
            out.append(cand)
            used.append((cand.target.char_start, cand.target.char_end))
        clauses = top_level_cuts(text, s_start, s_end, CLAUSE_END)
        recent: list[str] = []  # the words of the sentence's figures so far (a 分别 clause may name them again)
        last_comparator = None  # the comparator of the figure before (its alternative after 或 shares it)
        opening_topic = None  # what the sentence's opening clause is about, when it has no figure
        for ci, (c_start, c_end) in enumerate(clauses):
            c_start, c_end = trim(text, c_start, c_end)
            if c_start >= c_end:
                continue
            enum = ENUMERATOR.match(text, c_start, c_end)
            if enum and c_start > start:
                in_item, item_date = True, None
                subject = Subject(None, None)
            body_start = enum.end() if enum else c_start
            if enum or (s_start == start and ci == 0):
                places = item_places(ctx, text, body_start, end)
            found_dates = [d for d in find_deadlines(text, ctx.reference, c_start, c_end, recurrences=False)]
            all_dates += found_dates
            quantities = _kept_quantities(ctx, c_start, c_end, reasons)
            quantities = [q for q in quantities if not any(d.char_start <= q.start < d.char_end for d in found_dates)
                          and q.start not in ranked_at]
            # 比2020年下降13.5%: the base of a change is no deadline, nor a date naming a class (2005年底前建成的校舍)
            dates = [d for d in found_dates if not is_base_date(text, d, c_start)
                     and not CLASS_DATE_AFTER.match(text, d.char_end, c_end)
                     and not (d.start and not d.date and SINCE_WHO.fullmatch(text, d.char_end, c_end))]
            head = head_date(text, body_start, dates, quantities)
            dated_head = year_end_of_context(head, item_date if in_item and item_date is not None else para_date)
            dates = [dated_head if d is head else d for d in dates]
            head = dated_head
            if head is not None and opening_date is None:
                opening_date = head
            if action_date is not None and ci and text[clauses[ci - 1][1] - 1] in "；;" and action_date[3]:
                para_date = action_date[1] if para_date is action_date[0] else para_date  # …，2026年6月底前完成…；
                item_date = action_date[2] if item_date is action_date[0] else item_date  # 处置时间不超过72小时
                action_date = None
            if head is not None and not quantities and (ACTION_DATE_LEAD.search(text, body_start, head.char_start)
                                                         or ci and head.char_start == body_start
                                                         and not STANDS_ALONE.match(text, head.char_end)):
                action_date = (head, para_date, item_date, bool(ci))  # mid-sentence: an action's own, to its ；
            if head is not None:
                if in_item:
                    item_date = head
                else:
                    para_date, item_date = head, None
            context_date = item_date if in_item and item_date is not None else para_date
            context_date = None if framed and context_date is not None and context_date in framed else context_date
            once_per_period(ctx, c_start, c_end, out, source, table_index)  # 每季度召开一次全体会议
            ratio_shares(ctx, c_start, c_end, out, source, table_index)  # 由县财政与乡镇按6:4比例分担: 60%, 40%
            if not quantities:
                follows_figure = ci > 0 and bool(find_quantities(text, *clauses[ci - 1]))
                goal = rank_goal(ctx, c_start, c_end, subject, context_date, follows_figure, source, table_index)
                if goal is not None:  # 数字经济规模位居全省前3位: a rank that is the figure itself
                    out.append(goal)
                    used.append((goal.target.char_start, goal.target.char_end))
                    continue
                reach_threshold(ctx, c_start, c_end, dates, context_date, out, source, table_index)
                zero_goal(ctx, c_start, c_end, dates, context_date, out, source, table_index)
                if ci == 0 and subject.raw is None:  # 粮食生产，2025年达到…: what a verb-only clause counts
                    opening_topic = clause_topic(ctx, c_start, c_end, found_dates)
                continue
            own = [d for d in dates if d is not head and (d.date or d.flag)]
            rank_next = rank_of_clause(text, clauses[ci + 1]) if ci + 1 < len(clauses) else None
            segments = _segments(text, c_start, c_end, quantities)
            # 各乡镇茶园面积分别为：威远镇8.5万亩、永平镇6.1万亩: each figure after its own place, named by the measure
            inline = places_before_figures(ctx, text, clauses[ci - 1][0] if ci else c_start, quantities, segments)
            if inline:
                respective, dated = [inline[1]] * len(quantities), None
                paired = (inline[0], segments[0][0], None)
            else:
                respective = respective_words(ctx, text, c_start, quantities)
                dated = respective_dates(text, c_start, quantities, dates)
                if dated:
                    respective = None
                # 州、县（市）两级分别…20万元、10万元: the i-th level's figure
                paired = paired_entities(ctx, text, c_start, quantities) or tiered_scopes(ctx, text, c_start, quantities)
                pointed = pointed_back_words(text, c_start, quantities,
                                             [(c.target.char_start, c.target.indicator_raw) for c in out])
                if pointed and not dated:  # 上述三项指标分别达到…: the indicators named last before the clause
                    respective, paired = pointed, None
                if not respective and not paired:  # 同比分别下降25%和22.2%: the changes of the figures before
                    respective = earlier_words(text, c_start, quantities, recent)
            for qi, (q, (g_start, g_end)) in enumerate(zip(quantities, segments)):
                lo = max(g_start, quantities[qi - 1].end + suffix_length(text, quantities[qi - 1], c_end)) if qi else g_start
                if paired and not qi:
                    lo = paired[1]  # the words after 分别, not the entities
                q_dates = [d for d in own if g_start <= d.char_start < g_end]
                deadline = dated[qi] if dated else q_dates[-1] if q_dates else context_date
                if not dated and not q_dates:  # 本防火期…控制在0.9‰以内: the season defined before, not the last date
                    deadline = named_period(text, ctx.reference, c_start, c_end) or deadline
                deadline = deadline or plan_years_goal(text, body_start, q.start)  # 三年新增…200处: the plan's last year
                rank = rank_after_figure(text, q, g_end) or (rank_next if qi == len(quantities) - 1 else None)
                named = respective[qi] if respective else paired[2] if paired else None
                if named is None:  # 发生生产安全事故6起、死亡7人: incidents and their casualties
                    named = incident_words(text[lo:q.start], q.unit, recent)
                if named is None and qi and recent and _same_thing_counted(text, quantities[qi - 1], q):
                    named = recent[-1]  # 建档立卡脱贫户3.58万户15.26万人: the same people in another unit
                alternative = named is None and qi and recent and _alternative(text, quantities[qi - 1], q)
                if alternative:  # 质保期限不少于3年或10万公里: the same bound on the same thing, in another measure
                    named = TERM_NOUN.sub("里程", recent[-1]) if q.unit in ("公里", "千米") else recent[-1]
                in_places = item_scopes(text, places, c_start, q, quantities) if places and not paired else None
                cands = from_quantity(ctx, q, lo, g_start, g_end, c_start, c_end, found_dates, deadline, rank,
                                      subject if subject.raw or opening_topic is None else opening_topic,
                                      source, table_index, reasons, named, antecedent,
                                      paired[0][qi] if paired else None, in_places,
                                      inline[2] if inline else last_comparator if alternative else None)
                cands = per_level(text, q, c_start, cands)  # 由市级财政和区级财政各承担40%: one share per level
                cands = each_alike(text, q, c_start, cands)  # A、B合格率均达到100%: one fact per measure
                cands = party_share(text, q, c_start, c_end, cands)  # 由资金、银行和保险机构分别按40%、40%和20%…分担
                cands = per_instalment(text, q, c_start, cands)  # 分三年发放，…第二、三年各兑现25%: one per instalment
                for cand in cands:
                    out.append(cand)
                    used.append((q.start, q.end))
                if cands:
                    t = cands[0].target
                    subject = Subject(t.indicator_raw, ctx.dictionary.by_name(t.indicator))
                    recent.append(t.indicator_raw)
                    last_comparator = t.comparator
        sentences.append((s_start, s_end, subject))
    explain_digits(ctx, start, end, used, reasons, all_dates)
    if reasons_out is not None:
        reasons_out += reasons
    if closing_out is not None:
        closing_out.append(para_date)
    return opening_date


def _same_thing_counted(text: str, prev: Quantity, q: Quantity) -> bool:
    """Two counts in a row with nothing between them (脱贫户3.58万户15.26万人, 搬迁群众2000户8000人): one thing
    counted in two units."""
    return (prev.end + suffix_length(text, prev, q.start) == q.start and prev.unit != q.unit
            and prev.unit in COUNT_UNITS and q.unit in COUNT_UNITS)


def _alternative(text: str, prev: Quantity, q: Quantity) -> bool:
    """Two figures in other units with only 或 between them (不少于3年或10万公里): alternatives of one rule."""
    return prev.unit != q.unit and bool(ALTERNATIVE.fullmatch(text, prev.end + suffix_length(text, prev, q.start),
                                                               q.start))


def _segments(text: str, c_start: int, c_end: int, quantities: list[Quantity]) -> list[tuple[int, int]]:
    """The part of a clause each figure owns: cut at the 、 (or 和/及) between two figures."""
    if len(quantities) == 1:
        return [(c_start, c_end)]
    cuts = [c_start]
    for prev, nxt in zip(quantities, quantities[1:]):
        cut = None
        for piece_start, piece_end in top_level_cuts(text, prev.end, nxt.start, {"、"}):
            if text[piece_end - 1] == "、":
                cut = piece_end
        if cut is None:  # 达标值（25%）还差4.47%: cut after the first figure and its closing bracket
            cut = prev.end + suffix_length(text, prev, nxt.start)
            while cut < nxt.start and text[cut] in "）)":
                cut += 1
        cuts.append(cut)
    cuts.append(c_end)
    return [(cuts[i], cuts[i + 1]) for i in range(len(quantities))]


def _kept_quantities(ctx: Context, c_start: int, c_end: int, reasons: list) -> list[Quantity]:
    """Quantities of a clause that can be figures (not titles, not bandwidth classes or specs)."""
    text = ctx.text
    kept = []
    for q in find_quantities(text, c_start, c_end):
        if _in_link(text, q):
            reasons.append((q.start, q.end, "inside a web address or file name"))
            continue
        why_not = span_skip(text, q, c_start, c_end, regulation=ctx.in_regulation(c_start))
        if why_not:
            reasons.append((q.start, q.end, why_not))
            continue
        if in_title(text, c_start, q.start):
            reasons.append((q.start, q.end, "inside a cited title 《…》"))
            continue
        if QUOTED_NAME.match(text, max(c_start, q.start - 8), q.start) and _quoted_name(text, q, c_end):
            reasons.append((q.start, q.end, "inside a name in quotes (“六个百分之百”, “三个一百”)"))
            continue
        if q.value == 1 and q.unit in ("人", "户", "家", "名") and PER_ONE.search(text, c_start, q.start) \
                and AMOUNT_NEXT.match(text, q.end, min(len(text), c_end + 20)):
            reasons.append((q.start, q.end, "the one thing an amount is paid for (按每带动1人一千元): its unit"))
            continue
        if q.value == 1 and ONE_OF_THEM.search(text, c_start, q.start):
            reasons.append((q.start, q.end, "a choice of one of the benefits named (三项可任选一项): no figure"))
            continue
        if LISTED_BEFORE.search(text, c_start, q.start) and PLACES_AFTER.match(text, q.end, c_end):
            reasons.append((q.start, q.end, "a count of the places just listed (山西、吉林…等12个省)"))
            continue
        if q.start > c_start and text[q.start - 1] == "第":
            reasons.append((q.start, q.end, "an ordinal (第45次, 第3名)"))
            continue
        if q.unit in ("岁", "周岁") and AGE_CLASS.match(text, q.end, c_end) and text[q.start - 1] != "满" \
                and not age_threshold(text, q, c_start, sentence_end(text, q.end)):  # 年满60周岁 / 对80周岁以上老年人 / 为…14周岁
            # 以下…的女生(，…)免费接种: who is eligible
            reasons.append((q.start, q.end, "an age naming a class of people (5岁以下儿童, 65岁及以上老年人)"))
            continue
        if names_a_class(text, q, c_start):
            reasons.append((q.start, q.end, "an age band naming a class (乳儿班（6—12个月）, 小龄组（3—4岁）)"))
            continue
        if PLACE_CLASS.match(text, q.end, c_end) \
                and not BENEFICIARY_OPENING.match(text, c_start, c_end):
            reasons.append((q.start, q.end, "a threshold naming a class of places (城区常住人口100万以上城市)"))
            continue
        if q.unit == "人" and HOUSEHOLD_SIZE.match(text, q.end, c_end):
            reasons.append((q.start, q.end, "a household size naming a class of households (1至3人户, 3人以上户)"))
            continue
        if q.unit in ("千伏", "千伏安") and AGE_CLASS.match(text, q.end, c_end):
            reasons.append((q.start, q.end, "a voltage naming a class of lines or plants (10千伏及以上线路, 110千伏变电站)"))
            continue
        if q.unit in ("米", "厘米", "毫米") and AGE_CLASS.match(text, q.end, c_end) \
                and not BOUND_BEFORE.search(text, c_start, q.start) \
                and not area_range_words(text, q, c_start):  # 服务半径不超过1000米设置… / 周边300米范围内: a bound
            reasons.append((q.start, q.end, "a size naming a thing (直径3.8米运载火箭)"))
            continue
        if q.unit_kind == "bandwidth":
            before = text[max(c_start, q.start - 4):q.start]
            after = text[q.end:c_end]
            if BANDWIDTH_CLASS.match(after) or not BANDWIDTH_GOAL.search(before):
                reasons.append((q.start, q.end, "bandwidth names a user class or a technical spec (500Mbps及以上用户, 50Gbps系统)"))
                continue
        kept.append(q)
    return kept


def _quoted_name(text: str, q: Quantity, c_end: int) -> bool:
    """Whether a figure is part of a short name in quotes (“六个百分之百”要求): the quote holds words beside it."""
    opening = text.rfind("“", 0, q.start)
    close = QUOTE_CLOSE.match(text, q.end, c_end)
    return bool(close) and (q.start - opening > 1 or close.end() - q.end > 1)


def _in_link(text: str, q: Quantity) -> bool:
    """Whether a quantity sits inside a web address or file name (…/content/7262f1c2…#:~:text=%E8%BF%91…)."""
    start, end = q.start, q.end
    while start > 0 and LINK_CHAR.match(text, start - 1, start):
        start -= 1
    while end < len(text) and LINK_CHAR.match(text, end, end + 1):
        end += 1
    return bool(LINK_MARK.search(text, start, end))
