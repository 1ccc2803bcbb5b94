"""A duty done once a period, its count written in words: 每季度召开一次全体会议 → 全体会议次数 = 1 次.

The numbers module reads no 一次 (一次性, 进一步一次… are no counts), so a clause's 每<period>…一次<duty> is read
here: a rule (requirement) of exactly one time per period, or at least one when 至少/不少于 stands before it; a duty
counted at least once with no period (至少组织一次演练, 开展一次以上演练) is a rule of at least one time too.
"""
from __future__ import annotations

import regex

from extractors.targets.context import Candidate, Context
from extractors.targets.duty_before import EVERY_PERIOD, LIGHT_VERB, OBJECT_TAIL, ORGAN_TAIL, duty_before
from schemas.records import Target

# the verbs of a duty done once: 召开 / 更新 / 申报 / 汇总 / 调整 / 受理
DUTY_VERB = (r"组织开展|联合开展|集中开展|开展|组织|进行|召开|举行|举办|实施|参加|更新|修订|公示|公布|发放|"
             r"通报|调度|评估|评定|检查|督查|排查|巡查|核查|体检|报告|报送|发布|清查|盘点|申报|"
             r"汇总|调整|考评|考核|审计|抽查|抽检|督导|会商|受理|复核|核定|测评|监测|演练|培训|比对|核对")
# 每年对全县桥梁开展一次全面检测 / 每半年至少组织一次消防演练 / 每季度更新一次台账 / 原则上每3年开展一次评估:
# the period, what stands between (who is checked, 至少), the verb, 一次, the duty (not 一次性)
ONCE = regex.compile(
    rf"{EVERY_PERIOD}"
    rf"(?P<between>(?:[^，,。；;：:、“”]|[（(][\p{{Han}}、]{{1,10}}[）)]){{0,20}}?)(?P<verb>{DUTY_VERB})一次(?!性)"
    # 调度一次各地项目开工、建设进度: a list reported, no duty; 通报一次各区（县、市）进度: places in brackets, one duty
    r"(?P<duty>(?:[\p{Han}“”·]|[（(][\p{Han}、]{1,10}[）)]){2,24}?)(?=[，,。；;：:]|并|$)"
)
# the duty named before its period, 一次 closing the clause: 工作专班原则上每季度召开一次， / 台账每半年动态更新一次。
# (or an article's or item's number: 第十九条奖补项目每年集中受理一次; not 原则上 itself: …，原则上每2年调整一次 names its
# duty in the clause before)
ONCE_AFTER_DUTY = regex.compile(
    r"(?<=[，,。；;：:\n]|第[一二三四五六七八九十百零\d]{1,5}条|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|(?:^|\n)\d{1,2}[.．、])"  # an item numbered in figures opening its line: 3.古树名木健康状况普查每2年至少开展一次
    r"(?!原则上每|第[一二三四五六七八九十百零\d]{1,5}条)(?P<duty>[\p{Han}“”]{2,12}?)(?:原则上)?"
    rf"{EVERY_PERIOD}(?P<between>(?:至少|动态|集中|统一|定期)?)(?P<verb>{DUTY_VERB})一次(?=[，,。；;]|$)"
)
# a clause of a period, its verb and 一次 alone, the duty named in the clause before: (病种分值根据…确定，)原则上每2年调整一次
# (开展星级农家乐评定，)每年组织评定一次: 组织 before the duty's own verb only leads it in
ONCE_BARE = regex.compile(
    rf"(?:原则上)?{EVERY_PERIOD}(?P<between>(?:至少|动态|集中|统一|定期)?(?:组织)?)(?P<verb>{DUTY_VERB})一次")
# a leader's duty to take a matter up once a period, named by itself: (县委书记、县长)每半年至少专题研究一次 → 专题研究次数
TAKEN_UP = regex.compile(rf"{EVERY_PERIOD}(?P<between>(?:至少)?)(?P<verb>专题(?:研究|调度|部署|会商|听取汇报))一次(?=[，,。；;]|$)")
# a duty counted at least once with no period: 至少组织一次消防疏散演练 / 组织开展一次以上应急救护培训 (a rule: >= 1 次)
ONCE_AT_LEAST = regex.compile(
    rf"(?:(?P<between>至少|不少于)(?P<verb>{DUTY_VERB})一次(?!性|以上)|(?P<verb>{DUTY_VERB})一次以上)"
    r"(?P<duty>(?:[\p{Han}“”·]|[（(][\p{Han}、]{1,10}[）)]){2,20}?)(?=[，,。；;：:]|并|$)"
)
# (汛期前后)各开展一次 (two seasons, each once) / 分别: more than one occasion per period, no single count (not 对各乡镇…,
# the places the duty is done to)
EACH = regex.compile(r"(?:各|分别)(?:至少|集中|统一|组织)?$")
# the places each of which does the duty: 每年汛期前每个乡（镇、街道）至少组织一次防汛演练 → scope 各乡（镇、街道）
PLACES_EACH = regex.compile(r"(?<!对)(?:各|每个)(?P<group>(?:乡镇|街道|社区|行政村|省份|[省市县区镇乡村旗州])(?:[（(][\p{Han}、]{1,8}[）)])?)"
                            r"(?:人民政府|政府)?(?=都|均|要|应|至少|不少于|每|$)")
AT_LEAST = regex.compile(r"至少|不少于|不低于")
# a period anywhere before in the clause: (每年汛前)至少组织召开一次… — the periodic forms read it
EVERY_PERIOD_BEFORE = regex.compile(EVERY_PERIOD)
# a duty met by a light verb that names an event: 联席会议每半年召开一次 (not 各乡镇每年开展一次)
EVENT_TAIL = regex.compile(r"(?:会议|例会|会商|调度会|座谈会|活动|演练|培训|检查|督查|评估|评价|考核|普查|测评)$")
# a verb taking part in a duty others hold: (协理员每年至少)参加(一次业务培训) — the duty alone names the count
JOINING_VERB = regex.compile(r"参加")
# a duty a period counts with one word for its count: 每季度一巡查、每年一评估 → 巡查次数 = 1 次 (周检查 has no count)
ONE_EACH = regex.compile(rf"{EVERY_PERIOD}(?P<between>)一(?P<verb>{DUTY_VERB})(?=[，,。；;、]|$)")
# the duty's verb and object between period and 一次, closing the clause: (驻村干部)每周至少走访困难群众一次 → 走访困难群众
ONCE_AFTER_OBJECT = regex.compile(
    rf"{EVERY_PERIOD}(?P<between>(?:至少|不少于)?)(?P<verb>{DUTY_VERB}|接待|走访|听取)(?P<duty>\p{{Han}}{{2,12}}?)一次(?=[，,。；;]|$)")
# a duty named after a count whose own words end in a verb of taking place: (每个社区汛期前至少开展)1次(防汛应急演练)(和…)
DUTY_AFTER = regex.compile(r"(?!以上|以内|左右)(?P<duty>\p{Han}{2,16}?)(?=[和及与、，,。；;]|$)")
# words before a count ending in such a verb: 每个社区汛期前至少开展
ENDS_IN_LIGHT = regex.compile(rf"(?:至少|不少于)?(?:{LIGHT_VERB.pattern})$")


def once_per_period(ctx: Context, c_start: int, c_end: int, out: list[Candidate], source: str,
                    table_index: int | None) -> None:
    """Every 每<period>…一次<duty> of the clause, every <duty>每<period>…<verb>一次 closing a clause, and a clause of
    每<period><verb>一次 alone whose duty the clause before names (duty_before.py), as a count of 1 次 (>= after 至少),
    a rule without a date."""
    text = ctx.text
    periodic = [(m.start(), m.end()) for m in ONCE.finditer(text, c_start, c_end)]
    for m in ONCE_AT_LEAST.finditer(text, c_start, c_end):
        if any(start < m.end() and m.start() < end for start, end in periodic) or EVERY_PERIOD_BEFORE.search(
                text, c_start, m.start()):
            continue  # 每年至少组织一次…: the period's rule, read below
        duty = m.group("duty")
        if not LIGHT_VERB.fullmatch(m.group("verb")):
            duty = OBJECT_TAIL.sub("", duty) + m.group("verb")
        places = PLACES_EACH.search(text, c_start, m.start())  # 各社区至少组织一次…: each community's
        _add_once(ctx, m, duty + "次数", out, source, table_index, "各" + places.group("group") if places else None,
                  at_least=True)
    for m in ONCE.finditer(text, c_start, c_end):
        places = PLACES_EACH.search(m.group("between"))
        if EACH.search(PLACES_EACH.sub("", m.group("between"))) or m.group("duty").startswith("的"):
            continue
        duty = m.group("duty")
        if not LIGHT_VERB.fullmatch(m.group("verb")) and not JOINING_VERB.fullmatch(m.group("verb")):
            duty = OBJECT_TAIL.sub("", duty) + m.group("verb")  # 更新一次项目清单 → 项目清单更新
        _add_once(ctx, m, duty + "次数", out, source, table_index, "各" + places.group("group") if places else None)
    for m in ONCE_AFTER_DUTY.finditer(text, c_start, c_end):
        duty = OBJECT_TAIL.sub("", m.group("duty"))
        light = LIGHT_VERB.fullmatch(m.group("verb"))
        if ORGAN_TAIL.search(duty) or (light and not EVENT_TAIL.search(duty)):
            continue
        raw = duty + ("次数" if light else m.group("verb") + "次数")  # 台账…更新一次 → 台账更新次数
        _add_once(ctx, m, raw, out, source, table_index)
    for m in TAKEN_UP.finditer(text, c_start, c_end):
        _add_once(ctx, m, m.group("verb") + "次数", out, source, table_index)
    for m in ONE_EACH.finditer(text, c_start, c_end):
        _add_once(ctx, m, m.group("verb") + "次数", out, source, table_index)  # 每季度一巡查 → 巡查次数
    for m in ONCE_AFTER_OBJECT.finditer(text, c_start, c_end):
        if m.group("verb") in ("组织", "实施") or ONCE_BARE.fullmatch(text, c_start, c_end):
            continue  # 每月至少组织检查一次: the bare form's, its duty named before
        verb = "" if LIGHT_VERB.fullmatch(m.group("verb")) else m.group("verb")
        _add_once(ctx, m, verb + OBJECT_TAIL.sub("", m.group("duty")) + "次数", out, source, table_index)
    bare = ONCE_BARE.fullmatch(text, c_start, c_end)
    duty = duty_before(text, c_start, bare.group("verb")) if bare else None
    if duty:
        _add_once(ctx, bare, duty + "次数", out, source, table_index)  # 病种分值…，原则上每2年调整一次 → 病种分值调整次数



def _add_once(ctx: Context, m: regex.Match, raw: str, out: list[Candidate], source: str,
              table_index: int | None, scope: str | None = None, at_least: bool = False) -> None:
    """The match as a rule of 1 次 per period named ``raw`` (>= when 至少 stands between period and verb), of the
    places each doing it (``scope``: 各县（市、区）) or of the issuer's region."""
    indicator = ctx.dictionary.match(raw, "次")
    target = Target(
        char_start=m.start(), char_end=m.end(), evidence=m.group(0),
        indicator=indicator.name if indicator else None, indicator_raw=raw, kind="requirement",
        scope=scope or ctx.region, comparator=">=" if at_least or AT_LEAST.search(m.group("between") or "") else "=",
        value=1, unit="次",
    )
    out.append(Candidate(target, source, table_index))


# the period a count of times is given per, wherever the figure's words hold it: 出厂水每日检测 / 水质检测每季度
PERIOD = regex.compile(rf"(?:原则上)?{EVERY_PERIOD}")
# what opens a duty's words without naming it: 至少组织开展(应急演练)
DUTY_OPENING = regex.compile(rf"^(?:至少|不少于)?(?:{LIGHT_VERB.pattern})?")


def times_words(raw: str, unit: str = "次", after: str = "") -> str:
    """The words of a count of times, as a count: 每年参加培训(不少于1次) → 参加培训次数, 至少组织开展应急演练 →
    应急演练次数, 出厂水每日检测 → 出厂水检测次数 (the period is the rule's, not the duty's name); words ending in a
    verb of taking place are named by the duty ``after`` the count: 每个社区汛期前至少开展(1次)防汛应急演练 →
    防汛应急演练次数."""
    duty = DUTY_AFTER.match(after) if ENDS_IN_LIGHT.search(raw) else None
    if duty:
        return duty.group("duty") + unit + "数"
    words = PERIOD.sub("", raw)
    words = DUTY_OPENING.sub("", words) if len(words) - DUTY_OPENING.match(words).end() >= 2 else words
    if len(words) <= 2:
        return raw  # 每周排查不少于1次: a bare verb names the duty with its period (每周排查), kept as written
    return words if words.endswith(("次数", "频次", "频率", "期数")) else words + unit + "数"
