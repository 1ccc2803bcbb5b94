"""The kind and comparator of a figure: a goal (target), a report (actual) or a national threshold (baseline).

Reads the words before a figure and around it, its rank, date and section; returns ``target``,
``actual`` or ``baseline``, and the comparator (``>=`` for a bare goal, ``=`` for a report).
"""
from __future__ import annotations

import regex

from extractors.targets.context import Context
from extractors.targets.reports import titled_year
from schemas.records import Deadline

# a gap to a threshold: 还差4.47%, 差距, 缺口
GAP = regex.compile(r"(?:还差|尚差|相差|差距|缺口)$")
# a threshold named right before a figure (in brackets or not): 达标值（25%）, 标准值为, 阈值
THRESHOLD = regex.compile(r"(?:达标值|标准值|阈值|门槛值|门槛|达标线|评价标准|评价指标|国家标准|基准值)(?:为|是|[（(])?$")
# 对照《“十四五”国家应急体系规划》提出的… / 对照国家关于…: a national goal or rule quoted before the local ones
QUOTES_NATIONAL = regex.compile(r"(?:对照|参照|对标)(?:《[^》]{0,40}》|国家|全国)[^。；;]*$")
# …的目标 / …的要求 after the quoted figure: where the quotation ends
QUOTE_END = regex.compile(r"[^。；;]*?的(?:目标|要求|标准)")
# 照国家…提出的全国 / 国家关于: the quotation's own words before what its figure measures
QUOTE_LEAD = regex.compile(r"^[^，,]*?(?:提出的|确定的|规定的|关于)(?:到\d{4}年)?(?:全国)?")
# words that make a figure a report of status, not a goal
ACTUAL_CUE = regex.compile(
    r"截至|截止|目前|现有|当前|已经|已(?:建成|完成|开通|实现|达到|累计|有|建|开放|形成|获得|培育|打造|成为|位居|居)|共计|以来|"
    r"连续(?:\d{1,3}|[一二两三四五六七八九十]{1,3})年|"
    r"同比|较上年|比上年|实际完成|完成率|现已|累计开放|累计建成了"
)
# 已建成 naming the things a goal or a bound is about, not reporting: 实现已建成泵站远程监控率100% / 不低于本辖区已建成数量的40%
ATTRIBUTIVE_DONE = regex.compile(r"(?<=(?:实现|覆盖|推动|督促|对|不低于|不少于|不超过|不高于|达到)(?:本地区|本辖区|全部|所有)?)"
                                 r"已(?:建成|完成|开通|建)")
# a change counted on the year before: 较上年 / 比上年 / 同比 (a report's words, or a goal's base when it is due later)
COMPARED_TO_LAST = regex.compile(r"同比|较上年|比上年")
# a year named by its number: 2024年 / 2023年1—11月 (not 上年度 / 当年)
NAMED_YEAR = regex.compile(r"\d{4}\s*年")
# a completion rate reports progress, whatever task it is the rate of: 完成率52.36%
COMPLETION_RATE = regex.compile(r"完成率|完成比例|完成进度")
# the size a thing is planned or built at: 规划面积 / 占地面积 / 设计规模 (a bare figure of it is that size)
STATED_SIZE = regex.compile(r"(?:规划|占地|用地|建筑|设计)面积$|设计规模$")
# a sentence that states what a place has (境内有堤防42.3公里，…中小河流12条 / 全县共有水库13座 / 我县现有小作坊86家，…): a
# standing fact
STANDING = regex.compile(
    r"(?:境内|辖区内?|区域内|域内|县内|市内|区内|全县|全市|全区|全旗|全省|全州|全乡|全镇)(?:现|共|目前)?有(?![效序力关])|"
    r"(?:我|本)(?:县|市|区|旗|省|州|乡|镇)(?:现|目前)有(?![效序力关])|"
    r"(?<!拥|没|具|享|占|持|所)共有(?=\p{Han})|"
    r"本次\p{Han}{0,6}?共(?:启用|投入|出动|动用|调集|调派|设置)"
)
# what an event itself puts to use (本次演练共出动救援车辆12辆): a count of the day, no as-of date of its own
EVENT_STOCK = regex.compile(r"本次\p{Han}{0,6}?共(?:启用|投入|出动|动用|调集|调派|设置)")
# the whole region right before a count of its things: 全县(36座小型水库)
WHOLE_BEFORE_FIGURE = regex.compile(r"全(?:县|市|区|省|州|旗|盟|乡|镇)(?=\d)")
# what follows a stock counted (its unit already read): 小型水库(、127公里…)的汛前检查 — the things, then 的 and a check
# done to every one of them (a count to improve, 1200户农户的改厕, is a goal); a share (80%的村) is no stock
STOCK_CLOSE = regex.compile(r"(?!以上|以下|以内|左右|的)\p{Han}[^，,。；;：:%％]*?的\p{Han}{0,6}?"
                            r"(?:检查|排查|巡查|普查|核查|摸排|清查|鉴定|评估|监测|体检)")
# a verb that puts a region's whole stock to use, then the region: 统筹全县(356名生态护林员) / 调度全市(120辆救护车)
MANAGES_STOCK = regex.compile(r"(?:统筹|调度|调配|整合|盘活|用好|管好)(?:使用)?全(?:县|市|区|省|州|旗|盟|乡|镇)")
# the things counted right after the figure and its unit, up to the next item, the clause's end or the work they are put
# to: (356名)生态护林员(和…) / (15辆)物流车辆(保障展会运输)
STOCK_THING = regex.compile(r"(?P<thing>\p{Han}{2,12}?)(?=[和及与、，,。；;]|$|(?:用于|保障|支持|参与|开展|实行|负责|从事|投入|服务于|承担)"
                            r"\p{Han})")
# an earlier item of the stock's list, right before a later figure: …生态护林员和(120名…) / …、(…)
STOCK_JOINT = regex.compile(r"(?:\d[^，,。；;]*?)?(?:和|及|与|、)$")
# a sentence end (the standing fact's sentence runs back to it)
SENTENCE_END = regex.compile(r"[。；;\n]")
# words that make a figure a goal even in a reporting sentence: 任务为699个, 目标, 计划
TARGET_CUE = regex.compile(r"任务|目标|计划|力争|争取|确保|预计|规划")
# a verb of striving in the figure's clause: 力争生产安全事故起数同比下降8% is a goal, 同比 notwithstanding
STRIVE = regex.compile(r"力争|争取|确保")


def figure_kind(ctx: Context, *, baseline: bool, rank: int | None, gap: bool, raw: str, left: str, inherit: bool,
                context_words: str, deadline: Deadline | None) -> str:
    """``baseline`` for a threshold (达标值（25%）, 评价标准（…）); ``actual`` for a rank, a gap (还差), a completion
    rate, or words or a date that report; else ``target``. Goal words (任务, 目标, 力争) win over report words:
    they are read in the figure's own words (``left`` when the words were borrowed, ``raw`` otherwise)."""
    if baseline:
        return "baseline"
    if rank is not None or gap or (COMPLETION_RATE.search(raw or "") and not _due_later(ctx, deadline)):
        return "actual"  # a completion rate reports progress, unless it is due after the notice (到2025年…完成率达到100%)
    if TARGET_CUE.search(left if inherit else raw or ""):
        return "target"
    if _due_later(ctx, deadline):  # a completion rate due later is the rate to reach (完成率达到100%); a change on the
        # year before due later is a goal's base (到2025年底，…发案数较上年下降8%)
        context_words, raw = (COMPARED_TO_LAST.sub("", COMPLETION_RATE.sub("", context_words)),
                              COMPARED_TO_LAST.sub("", COMPLETION_RATE.sub("", raw or "")))
    context_words, raw = ATTRIBUTIVE_DONE.sub("", context_words), ATTRIBUTIVE_DONE.sub("", raw or "")
    if STRIVE.search(context_words) and not ACTUAL_CUE.search(raw or ""):
        return "target"
    if ACTUAL_CUE.search(context_words) or ACTUAL_CUE.search(raw or ""):
        return "actual"
    if _reports_the_past(ctx, deadline, context_words):
        return "actual"
    return "target"


def sets_goal(raw: str | None, context_words: str) -> bool:
    """Whether a figure's own words name a task or a goal (招聘计划中高校毕业生比例…, 力争达到85%): a goal even under a
    heading of conditions, whose other figures (年龄为20至35周岁) are rules."""
    return bool(TARGET_CUE.search(raw or "") or STRIVE.search(context_words))


def states_standing(text: str, c_start: int, q_start: int) -> bool:
    """Whether the sentence up to a figure states what a place has (境内有…, 全县共有…): a report of what stands."""
    lo = max(0, c_start - 120)
    start = lo
    for m in SENTENCE_END.finditer(text, lo, c_start):
        start = m.end()
    return bool(STANDING.search(text, start, q_start))


def event_stock(text: str, c_start: int, q_start: int) -> bool:
    """Whether the sentence up to a figure counts what the notice's event itself uses (本次演练共出动…): a report,
    undated (the event's day dates the event, not the count)."""
    start = max(0, c_start - 120, *(m.end() for m in SENTENCE_END.finditer(text, max(0, c_start - 120), c_start)))
    return bool(EVENT_STOCK.search(text, start, q_start))


def whole_stock(text: str, q_start: int, q_end: int) -> bool:
    """Whether a figure counts all of a region's things a measure is done to (完成全县36座小型水库、127公里堤防的汛前检查):
    the region's stock, right after 全县 (or after an earlier such item of a 、 list), then 的 and the measure: a report of
    what stands, not a goal."""
    start = max(0, q_start - 60, *(text.rfind(mark, 0, q_start) + 1 for mark in "，,。；;：:\n"))
    whole = None
    for whole in WHOLE_BEFORE_FIGURE.finditer(text, start, q_start + 1):  # (its lookahead sees the figure)
        pass
    if whole is None:
        return False
    if whole.end() != q_start and text[q_start - 1] != "、":
        return False
    return STOCK_CLOSE.match(text, q_end) is not None


def managed_stock(text: str, q_start: int, q_end: int) -> str | None:
    """The things a figure counts when a verb puts a region's whole stock of them to use (统筹全镇48名网格员和15名专职
    调解员，实行片区化管理 → 网格员, 专职调解员): a report of what stands; None for any other figure (the caller
    passes no money: 统筹全县3000万元就业补助资金 pools funds to spend, support)."""
    start = max(0, q_start - 60, *(text.rfind(mark, 0, q_start) + 1 for mark in "，,。；;：:\n"))
    whole = None
    for whole in MANAGES_STOCK.finditer(text, start, q_start):
        pass
    if whole is None or (whole.end() != q_start and not STOCK_JOINT.search(text, whole.end(), q_start)):
        return None
    thing = STOCK_THING.match(text, q_end)
    return thing.group("thing") if thing else None


def reported_in_words(context_words: str, raw: str | None) -> bool:
    """Whether the words themselves report a status (截至, 已完成, 同比), not only a date before the notice."""
    return bool(ACTUAL_CUE.search(context_words) or ACTUAL_CUE.search(raw or ""))


def stated_size(words: str | None) -> bool:
    """Whether the words name the size a thing is planned or built at (规划面积12.6平方公里, 占地面积): a bare
    figure of it states the size (=), it sets no floor."""
    return bool(STATED_SIZE.search(words or ""))


def comparator_for(kind: str, said: str | None, bound: bool = False, lower_is_better: bool = False) -> str:
    """A bare goal means reach at least (>=), or at most (<=) for an indicator where lower is better
    (城镇调查失业率 5.5); a report states a level (=): 5G用户达到68.5万户 in a status report says what was
    reached, not a floor, unless the words state the bound (保持在50%以上). A rule or support figure without a
    comparator word states its value (每届任期5年, 补助50万元): =. 超过 and 约 keep their meaning either way."""
    if kind == "actual":
        return "=" if said is None or (said in (">=", "<=") and not bound) else said  # 超载率下降到8.5%: reached
    if kind == "support" and said == ">=" and not bound:
        return "="  # 补助比例提高至12% / 达到: the share support is given at, not a floor
    if kind in ("requirement", "support"):
        return said or "="
    return said or ("<=" if lower_is_better else ">=")


def _due_later(ctx: Context, deadline: Deadline | None) -> bool:
    """Whether a figure is dated after the notice was written: a goal to be reached by then."""
    return bool(deadline is not None and deadline.date and ctx.reference and deadline.date > ctx.reference)


def paid_in_a_past_year(ctx: Context, deadline: Deadline | None) -> bool:
    """Whether a figure is dated by a year named before the notice's date (2024年，…兑付报废补贴资金21.3亿元 in a notice
    of 2025): money of a support scheme so dated was paid out, a report."""
    return bool(deadline is not None and deadline.date and ctx.reference and deadline.date < ctx.reference
                and NAMED_YEAR.search(deadline.raw or ""))


def _reports_the_past(ctx: Context, deadline: Deadline | None, context_words: str) -> bool:
    """A figure dated before the notice was written reports what happened (2022年，…增加值为412亿元 in a
    2023 notice); in a status section (一、发展现状) an undated figure does too, unless words make it a goal."""
    if TARGET_CUE.search(context_words):
        return False
    if deadline is not None and deadline.date and ctx.reference:
        if ctx.report is not None and ctx.in_status_section and titled_year(ctx.doc, deadline.date[:4]):
            return True  # a 通报 of 2024年度 results, issued in 2024: (2024年，)全县共完成…1260座 reports the year it covers
        return deadline.date < ctx.reference
    return ctx.in_status_section


def quoted_national(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` stands in a national goal or rule the notice quotes as its yardstick
    (对照国家…提出的到2025年全国…下降15%的目标): a baseline, about 全国."""
    sentence = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    return bool(QUOTES_NATIONAL.search(text, sentence, start)) and bool(QUOTE_END.match(text, end))


# a national figure a local notice quotes: 同期全国研发经费投入强度为2.65% (the clause opens with 全国)
NATIONAL_SUBJECT = regex.compile(r"(?:同期|同年|当年|目前)?全国")
# national rules a local notice quotes: 按照国家《科技型中小企业评价办法》，…应当满足职工总数不超过500人
NATIONAL_RULES = regex.compile(r"(?:按照|根据|依据|按)国家(?:有关|相关)?(?:规定|标准|《[^》]{2,40}》)")
# the notice's own region or a date in the sentence: its own rule or goal, not the national one
OWN_REGION_OR_DATE = regex.compile(r"本市|全市|我市|本省|全省|我省|本区|全区|本县|全县|\d{4}年")


# 在国家汽车报废更新补贴（…每辆补贴1万元…）基础上: a national scheme named before a bracket of its amounts
NATIONAL_SCHEME = regex.compile(r"国家(?:\p{Han}{2,20}?)(?:补贴|补助|奖励|标准|政策)$")
# what follows that bracket: …）基础上 / …）之外
ON_TOP_OF = regex.compile(r"的?(?:基础上|之外|以外)")


def national_bracket(text: str, opening: int | None) -> str | None:
    """The national scheme a figure in brackets states, when a local notice adds its own on top of it
    (在国家汽车报废更新补贴（…每辆补贴1万元…）基础上 → 国家汽车报废更新补贴, scope 全国); else None."""
    if opening is None:
        return None
    scheme = NATIONAL_SCHEME.search(text, max(0, opening - 24), opening)
    close = text.find("）", opening)
    if not scheme or close < 0 or not ON_TOP_OF.match(text, close + 1):
        return None
    return scheme.group(0)


def quotes_national(ctx: Context, c_start: int, q_start: int) -> bool:
    """Whether a figure of a local notice is a national one it quotes (kind baseline, scope 全国): its clause opens
    with 全国, or its sentence follows 按照国家《…》 and names neither the notice's own region nor a year."""
    if ctx.region in (None, "全国"):
        return False
    text = ctx.text
    if NATIONAL_SUBJECT.match(text, c_start, q_start):
        return True
    sentence = max(text.rfind(p, 0, q_start) for p in "。；\n") + 1
    rules = NATIONAL_RULES.search(text, sentence, q_start)
    return bool(rules) and not OWN_REGION_OR_DATE.search(text, sentence, q_start)
