"""Spans of time in a rule's conditions: how long a person or thing must have been in a state to qualify.

Also names an age that defines a class in brackets (``高龄（80周岁以上）老年人`` → 高龄老年人年龄), tells whether a
figure stands in a sentence's opening condition (``…的，可申请``) and what a threshold with no words of its own
qualifies (``超过100人的企业`` → ``企业人数``).

Reads one span of time (``6个月``, ``1年``) with its clause; tells whether it bounds who is eligible (a clause
opening with 对/凡, or a condition closed by 的: ``吸纳登记失业6个月以上人员``, ``签订2年以上服务协议的``,
``离校2年内未就业高校毕业生``, ``距法定退休年龄5年以内的``, ``中断缴费不超过3个月并按规定补缴的，``) and names what it
measures (``登记失业时间``, ``劳动合同期限``, ``离校年限``; ``连续3年以上在本省举办的品牌赛事`` → 品牌赛事连续举办年限).
A span that ends a goal (``3年内完成``) is no such condition.
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity

# a stay counted in nights or days, its verb right before the count: 在本市留宿满3晚 / 连续入住满3天
STAY = regex.compile(r"(?<!平均|人均)(?P<verb>(?:住宿|入住|留宿|过夜|停留))(?:时间)?"
                  r"(?:不少于|不低于|满|超过|在)?$")  # (not 游客平均停留时间达到2.5晚: a goal's measure)
STAY_UNITS = frozenset({"晚", "夜", "天", "日"})
# what stands before who stays: (研学团队…参观)且(在本市住宿) / 对(游客…)
STAY_CUT = regex.compile(r".*(?:并且|并|且|，|,|对于|对|凡是|凡)")
# the bound right after a span: 6个月以上 / 2年内 / 5年以内 / 3年及以上
BOUND_AFTER = regex.compile(r"(?:及)?(?:以上|以下|以内|之内|内)")
# a bound before a span that a condition closes: (中断缴费)不超过(3个月并按规定补缴的，)
BOUND_BEFORE = regex.compile(r"(?:不超过|未超过|超过|不足|不满)$")
# the rest of a condition closed by 的 and a comma after the span: 并按规定补缴的，
CLOSED_CONDITION = regex.compile(r"[^，,。；;]{0,16}的[，,]")
# after a span bounded before it, a state not yet ended and the thing in it: (超过6个月)未完成整改的隐患 / 未办结的事项
UNMET_FOR = regex.compile(r"(?P<state>(?:未|没有|仍未)\p{Han}{1,10}?)的(?P<thing>\p{Han}{2,8}?)"
                          r"(?=[，,。；;]|$|由|要|应|须|将|实行|予以|一律|列入|纳入)")
# what a goal does within a span (3年内完成整治): the span is the goal's deadline, not a condition
ACCOMPLISH = regex.compile(r"(?:基本|全面|逐步|力争|争取|要|将)?(?:完成|建成|实现|达到|形成|推广|覆盖|消除|解决|办结)")
# a clause that says who qualifies: 对…/ 凡… opening it (after an enumerator)
CONDITION_OPENING = regex.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])?\s*(?:对于|对(?![照标接外])|凡是|凡)")
# a span a sanction or a standard sets, not a condition: 取消该主体3年内…的资格 / 开办时间压缩至4个工作日以内的要求
NO_CONDITION = regex.compile(r"取消|禁止|暂停|限制|不得|压缩至|压缩到|缩短至|缩短到|控制在|降至|降到|减少到")
# the modal of a rule's time limit before its span: 应在 / 须于 / 应当自 (…收到材料后10个工作日内完成…的审核)
RULE_LIMIT = regex.compile(r"(?:应当|应|须|必须)(?:在|于|自)")
# an agreement whose term the span is: 1年以上劳动合同 → 劳动合同期限
AGREEMENT_AFTER = regex.compile(r"\p{Han}{0,4}?(?:合同|协议|合约)")
# where the words of a condition start: after a joint or a link (或离校 / 并按月缴纳 / 与其签订)
CONDITION_CUT = regex.compile(r".*(?:或者|或|并且|并|且|以及|及|、|，|对于|对|凡是|凡)")
# an employer's verb of hiring before whom it hires (企业吸纳登记失业 → 登记失业): the condition is the person's
HIRING = regex.compile(r"^\p{Han}{0,4}?(?:吸纳|招用|招收|招聘|聘用|录用|雇用|安置)")
# the word an age in brackets defines, before them: 高龄（80周岁以上）
AGE_WORD = regex.compile(r"(?P<word>\p{Han}{1,6})[（(]$")
# the bracket's close and the noun after it: (80周岁)以上）老年人
AGE_CLOSE = regex.compile(r"(?:及)?(?:以上|以下)?[）)](?P<noun>\p{Han}{0,6}?)(?=[，,。；;、]|$)")
# what has gone on for a span, after it: (3年)以上在我省举办的品牌赛事
HELD_THING = regex.compile(r"(?:及)?以上(?:在[^，,。；;的]{1,10}?)?(?P<verb>\p{Han}{2})的(?P<thing>\p{Han}{2,10}?)(?=[，,。；;]|$)")
# an item's number opening a clause: 第八条 / （三） / 4.
ITEM_NUMBER = regex.compile(r"^\s*(?:第[一二三四五六七八九十百零\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))\s*")
# the end of a sentence
SENTENCE_END = regex.compile(r"[。；;\n]")
# a bracket opened right after the class a support is for: 对经认定的示范性托育机构（…
CLASS_BRACKET_OPEN = regex.compile(r"对[^，,。；;（(）)]{2,30}[（(][^（()）。；;]*$")
# …that closes before what is given: …以上），给予一次性奖励
CLASS_BRACKET_CLOSE = regex.compile(r"[^（()）。；;]*[）)][，,]?\s*(?:可|给予|予以|按|享受|一次性|奖励|补助|补贴)")
# a condition closed before what the rule then allows: …的，可申请 / …的，给予 / …的，按
CONDITION_CLOSE = regex.compile(r"的[，,](?:可(?:以)?|方可|均可|给予|予以|按|享受|再给予|一次性给予|"
                             r"(?:分别)?(?:一次性)?(?:奖励|补助|补贴|奖补))")  # …突破5亿元、10亿元的，分别一次性奖励
# a bound right after a figure, then the rule its reaching sets: (40℃)以上，应当停止… / 以上时，一律… / 以下的，不得…
THRESHOLD_THEN_RULE = regex.compile(r"\s*(?:[（(]含[）)])?(?:及)?(?:以上|以下)(?:时|的)?[，,]\s*(?:应当|应|须|必须|不得|禁止|严禁|一律)")
# the thing a threshold qualifies: (超过100人)的企业 / (以上)的项目 — up to a verb or a stop
QUALIFIED = regex.compile(
    r"(?:[（(]含[）)])?(?:及)?(?:以上|以下|以内)?的(?P<thing>\p{Han}{1,6}?)(?=达到|达|为|不|应|须|可|[，,。；;）)]|$)")
# the words after a threshold's 的, when a verb or measure follows the thing: (50人（含）以下)的小微企业新招用…
QUALIFIED_RUN = regex.compile(r"(?:[（(]含[）)])?(?:及)?(?:以上|以下|以内)?的(?P<run>\p{Han}{2,8})")
# the head noun a qualified thing ends with: 参保企业 / 家庭农场 / 农民专业合作社
THING_HEAD = regex.compile(r"企业|单位|机构|项目|学校|医院|农户|农场|合作社|园区")
# words that already name a time or age (距法定退休年龄): no 时间/年限 to add
NAMES_TIME = regex.compile(r"(?:龄|时间|期限|年限|时长|周期|工期)$")  # 年龄 / 船龄 / 车龄: an age named already


def condition_span_words(text: str, q: Quantity, c_start: int, c_end: int) -> str | None:
    """What a span of time in an eligibility condition measures (``登记失业时间``, ``劳动合同期限``,
    ``毕业年限``); None when the span is no such condition."""
    stay = STAY.search(text, max(c_start, q.start - 10), q.start) if q.unit in STAY_UNITS else None
    if stay:  # 市外游客在本县住宿3晚以上的 / 连续入住不少于2天: how long one stays, in nights or days, and who stays
        words = ITEM_NUMBER.sub("", text[c_start:stay.end("verb")])
        cut = STAY_CUT.match(words)
        return words[cut.end():] + "天数" if cut else words + "天数"
    if q.unit not in DURATION_UNITS:
        return None
    bound = BOUND_AFTER.match(text, q.end, c_end)
    ahead = BOUND_BEFORE.search(text, max(c_start, q.start - 4), q.start) if not bound else None
    unmet = UNMET_FOR.match(text, q.end, c_end) if ahead and not CLOSED_CONDITION.match(text, q.end) else None
    if unmet:  # 对超过6个月未完成整改的隐患: how long the thing has stayed so
        return unmet.group("thing") + unmet.group("state") + "时间"
    if ahead and not CLOSED_CONDITION.match(text, q.end):
        ahead = None  # 中断缴费不超过3个月并按规定补缴的，: a condition closed by 的, the bound before the span
    if not (bound or ahead) or ACCOMPLISH.match(text, bound.end() if bound else q.end, c_end):
        return None
    after = bound.end() if bound else q.end
    rest = text[after:c_end]
    if NO_CONDITION.search(text, c_start, q.start):
        return None
    if bound and bound.group(0) in ("以内", "之内", "内") and RULE_LIMIT.search(text, c_start, q.start):
        return None  # 应在收到材料后10个工作日内完成是否受理的审核: a rule's time limit, not who qualifies
    if not (CONDITION_OPENING.match(text, c_start, q.start) or "的" in rest):
        return None
    agreement = AGREEMENT_AFTER.match(text, after, c_end)
    if agreement and regex.match(r"\p{Han}", rest):
        return agreement.group(0) + "期限"
    words = ITEM_NUMBER.sub("", text[c_start:ahead.start() if ahead else q.start])  # 第八条连续(3年以上…): no number
    cut = CONDITION_CUT.match(words)
    words = words[cut.end():] if cut else words
    words = HIRING.sub("", words.strip()) or words.strip()
    if len(words) < 2 or not regex.fullmatch(r"[\p{Han}（）()]+", words):
        return None
    held = HELD_THING.match(text, q.end, c_end) if words == "连续" else None
    if held:  # 连续3年以上在本省举办的品牌赛事: how long the thing has been held
        return f"{held.group('thing')}连续{held.group('verb')}年限"
    if NAMES_TIME.search(words):
        return words
    return words + ("年限" if q.unit == "年" else "时间")


# a rate bounded right before a figure that names a class of things after it: (结算费用增幅)超过(30%)的定点医疗机构
# (its gloss and a run between: 个人住房贷款率（以下简称个贷率）低于 / 个贷率连续3个月高于)
RATE_BOUND_BEFORE = regex.compile(r"(?:增幅|增速|增长率?|降幅|比例|占比|比重|\p{Han}率)(?:[（(][^（）()]{1,16}[）)])?"
                                  r"(?:连续[\d一二两三四五六七八九十]{1,2}个?(?:年|月|季度|周|天|日))?(?:超过|高于|低于|不足|达到|在)$")
# the class of things such a figure names: (30%)的定点医疗机构 / (以上)的企业
# (or a condition closing: 个贷率连续3个月高于95%的，要及时报告)
CLASS_AFTER = regex.compile(r"(?:及)?(?:以上|以下)?的(?:\p{Han}{0,8}?(?:机构|企业|单位|医院|药店|项目|主体|学校|园区|村|社区|乡镇|"
                            r"街道|县|地区|城市|家庭|农户|人员|商户|小区|建筑物?)|[，,])")
# a threshold, then another after 或/、 closing the class both name: (建筑面积2万平方米)以上或者床位150张以上的养老机构
LISTED_CLASS = regex.compile(r"(?:及)?(?:以上|以下)(?:或者?|、|和|且|并且?)[^，,。；;\d]{0,12}\d[\d.]*\s*[万亿]?\p{Han}{0,3}?"
                             r"(?:及)?(?:以上|以下)的\p{Han}")


def names_class(text: str, q: Quantity) -> bool:
    """Whether a figure is a threshold naming the class of things a rule or measure is for: a rate bounded before it
    and the things after it (将…投诉数量增幅超过40%的经营单位列为重点抽查对象), or the first of two thresholds closing
    one class (建筑面积2万平方米以上或者床位150张以上的养老机构，应当配备消防设施)."""
    return bool(RATE_BOUND_BEFORE.search(text, max(0, q.start - 30), q.start) and CLASS_AFTER.match(text, q.end)) \
        or bool(LISTED_CLASS.match(text, q.end))


def in_condition(text: str, q: Quantity) -> bool:
    """Whether a figure stands in the condition a sentence opens with, closed by ``的，`` before what a rule
    allows (…达到在职职工人数15%，并与其签订…劳动合同的，可申请…贷款), is a bound whose reaching a rule follows
    (风力达到6级以上，应当停止高空作业), or in a bracket defining the class a support is
    for (对…示范性托育机构（…持证保育人员占比达到60%以上），给予…): a threshold, not a goal or report."""
    end = SENTENCE_END.search(text, q.end)
    close = CONDITION_CLOSE.search(text, q.end, end.start() if end else len(text))
    return bool(close) or bool(THRESHOLD_THEN_RULE.match(text, q.end)) or names_class(text, q) or (
        bool(CLASS_BRACKET_OPEN.search(text, max(0, q.start - 120), q.start)) and bool(CLASS_BRACKET_CLOSE.match(text, q.end)))


def qualified_thing(text: str, q: Quantity, c_end: int) -> str | None:
    """What a threshold with no words before it qualifies (超过100人的企业 → 企业人数; 5000万元以上的项目 → 项目)."""
    thing = QUALIFIED.match(text, q.end, c_end)
    words = thing.group("thing") if thing else None
    run = QUALIFIED_RUN.match(text, q.end, c_end) if not thing else None
    heads = list(THING_HEAD.finditer(run.group("run"))) if run else []
    if heads:  # the longest run of words that ends with a thing's head noun
        words = run.group("run")[:heads[-1].end()]
    if not words:
        return None
    return words + ("人数" if q.unit in ("人", "名") else "")


def bracketed_age(text: str, q) -> str | None:
    """An age that defines a class in brackets after its word: 高龄（80周岁以上）老年人 → 高龄老年人年龄; else None."""
    if q.unit not in ("周岁", "岁"):
        return None
    word = AGE_WORD.search(text, max(0, q.start - 8), q.start)
    after = AGE_CLOSE.match(text, q.end) if word else None
    return word.group("word") + after.group("noun") + "年龄" if after else None
