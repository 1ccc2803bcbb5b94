"""The duty a bare count of times counts, as the clause before it names it.

A clause holding only a period, a verb and a count (原则上每2年调整一次, 每月至少检查1次, 每学期不少于1次) leaves what is
adjusted or checked to the clause before it in the sentence: a system it sets up (实行联合抽查制度), the object of 对
(对停产停建矿山 / 对补贴标准实行动态调整), the duty it carries out (实行驻点检查或飞行检查), the topic it opens with
(病种分值根据…测算确定 / 总林长会议由总林长主持召开) or the object it closes with (合理确定公办园保教费标准 / 汇总各县（区）、
各成员单位工作进展情况). :func:`duty_before` gives the duty's words, the verb added where that clause names only what
the duty is done to; None where it names nothing of the kind (an organ, a place, a clause of its own).
"""
from __future__ import annotations

import regex

from extractors.numbers import PERIOD_WORDS
from extractors.targets.scopes import ENUMERATOR

# a period with its count of years or months: 每年度 / 每3年 / 每两个月 / 每学期
EVERY_PERIOD = rf"每(?:\d{{1,2}}|[两三四五六七八九十])?(?:个)?{PERIOD_WORDS}度?"
# verbs that say only that the duty takes place: the duty alone names the count (开展一次全面排查 → 全面排查次数)
LIGHT_VERB = regex.compile(r"组织开展|联合开展|集中开展|开展|组织|进行|召开|举行|举办|实施")
# the period, 原则上 and a light verb opening a count's words: 每学期开展(监督检查) / 原则上每年召开 — no name of the duty
# (各乡镇每年至少组织: the places each doing it kept apart, ``places``)
PLACES_EACH = r"各(?:乡镇|街道|社区|[省市县区镇乡村])(?:[（(][\p{Han}、]{1,8}[）)])?"
PERIOD_OPENING = regex.compile(rf"^(?P<places>{PLACES_EACH})?(?:原则上)?{EVERY_PERIOD}(?:至少|不少于)?(?:{LIGHT_VERB.pattern})?")
# the units a count of times is in: 每年召开1次 / 每月编发工作简报不少于2期 (issues, sessions)
TIMES_UNITS = frozenset({"次", "期"})
# a clause opening with its period (no duty or organ named before it): 原则上每2年… / 每月至少…
PERIOD_FIRST = regex.compile(rf"(?:{PLACES_EACH})?(?:原则上)?{EVERY_PERIOD}")  # (各乡镇)每年至少组织1次: duty before
# a bare verb left once the period is gone: (至少)检查 / 调整 — the duty's object is named before
BARE_VERB = regex.compile(r"(?:至少|不少于|不低于)?(?P<verb>\p{Han}{0,2})")
# words closing a duty's object that name no duty of their own: 公示一次水费收支情况 → 水费收支公示次数
OBJECT_TAIL = regex.compile(r"(?:情况|工作|内容)$")
# an organ or a place doing the duty, not what the duty is done to: 市交通局 / 县人民政府 / 各乡镇
ORGAN_TAIL = regex.compile(r"(?:局|委|厅|办|部|政府|中心|小组|单位|部门|学校|企业|[省市县区镇乡村]|街道|办事处)$")

# a count stepped up for a time, closing the words: (流行季节（5—）)加密至(每周) / 增加到
STEPPED_UP = regex.compile(r"(?:加密|增加|提高|增至)(?:至|到|为)?(?:每\p{Han}{1,2})?$")
# the duty the clause before counts, after its count: (每月开展2次)蚊媒密度监测
COUNTED_DUTY = regex.compile(r"\d+(?:\.\d+)?[次期](?P<duty>\p{Han}{2,12})$")
# a bracket in the words (a span of months its dates were cut from): 流行季节（5—）
BRACKETED = regex.compile(r"[（(][^（()）]*[）)]")

# the forms of the clause before, tried in turn (each on the clause trimmed of its punctuation):
# a system set up for the duty: 实行联合抽查制度 / 建立工作调度通报制度 (the duty itself)
SYSTEM = regex.compile(r"(?:实行|建立健全|建立|实施|落实)(?P<words>\p{Han}{2,12}?)(?:制度|机制)$")
# the object of 对, alone or with a light verb after it: 对停产停建矿山 / 对补贴标准实行动态调整
OBJECT_OF_DUI = regex.compile(r"^(?:\p{Han}{0,12}?(?:、\p{Han}{1,12}?)*)对(?P<words>\p{Han}{2,12}?)(?:(?:实行|进行|开展|实施)\p{Han}{0,6})?$")
# the duty carried out: 实行驻点检查或飞行检查 (the duty itself; not 实施中的重大问题, a verb inside a noun)
DUTY_DONE = regex.compile(r"(?:组织开展|联合开展|集中开展|开展|进行|组织|实行|实施)(?![中的])(?P<words>[^，,。；;：:]{2,16})$")
# a topic opening the clause before a preposition: 病种分值根据… / 总林长会议由… / 标准经…
TOPIC_FIRST = regex.compile(r"^(?P<words>\p{Han}{2,20}?)(?:根据|按照|依据|由|经)")
# an object closing the clause after its verb: 合理确定公办园保教费标准 / 汇总各县（区）、各成员单位工作进展情况
OBJECT_VERB = r"确定|制定|核定|测算|汇总|编制|公布|发布|修订|评定|发放"
OBJECT_LAST = regex.compile(rf"(?:{OBJECT_VERB})(?!{OBJECT_VERB})(?P<words>[^，,。；;：:]{{2,24}})$")
# the work a clause tells its actor to do well, closing it: (…要)做好用工备案和参保信息核查 (its check verb left to the count's)
DONE_WELL = regex.compile(r"(?:做好|抓好|加强)(?P<words>[^，,。；;：:]{2,20}?)(?:核查|检查|排查|工作)?$")
# a list of units before what the duty is about: 各县（区）、各成员单位(工作进展) — kept is what follows the last
UNITS_LEAD = regex.compile(
    r"^(?:.*[、和及])?各\p{Han}{0,6}?(?:单位|部门|学校|企业|机构|社区|街道|乡镇|[镇乡村县区市])(?:[（(][^）)]{1,8}[）)])?")
# a way things are managed, naming no duty: 实行动态管理 / 实施清单化管理 (what is managed is in the clause before)
REGIME = regex.compile(r"(?:实行|实施|推行)\p{Han}{2,5}管理")
# the punctuation a clause ends with
CLAUSE_MARK = regex.compile(r"[，,。；;：:\n]")


def bare_duty(words: str) -> str | None:
    """The verb a count's words hold once the period is gone (至少检查 → 检查, '' → ''), or None where they name the
    duty themselves (开展监督检查)."""
    m = BARE_VERB.fullmatch(words)
    return m.group("verb") if m else None


def duty_before(text: str, c_start: int, verb: str) -> str | None:
    """The duty the clause before ``c_start`` names for a count whose own clause holds only ``verb`` (病种分值根据…确定，
    原则上每2年调整一次 → 病种分值调整); None where that clause is not in the same sentence or names no duty."""
    if not PERIOD_FIRST.match(text, c_start):
        return None  # 县农业农村局每年检查1次: the clause names who does it
    clause = _clause_before(text, c_start)
    if clause is not None and REGIME.fullmatch(clause):  # 目录由市级审定并发布，实行分类管理，每两年评估一次: the list
        clause = _clause_before(text, text.rfind(clause, 0, c_start))  # managed is named before the way it is managed
    if clause is None:
        return None  # the count's clause opens the sentence: nothing before it names the duty
    verb = "" if LIGHT_VERB.fullmatch(verb or "") else verb
    m = SYSTEM.search(clause)
    if m:
        return m.group("words")  # 实行联合抽查制度，每年至少抽查1次 → 联合抽查
    m = OBJECT_OF_DUI.search(clause)
    if m:
        words = _object_words(m.group("words"))  # 对维保单位实行动态考核: units may be what the duty is done to
        if m.group("words").startswith("各"):
            return None  # 对各乡镇…，每季度通报一次: one duty for many units, not counted (tests/ANNOTATION_GUIDE.md)
    else:
        done = DUTY_DONE.search(clause) if not verb or clause.endswith(verb) else None
        if done:  # 实行驻点检查或飞行检查，每学期不少于1次 / 开展星级农家乐评定，每年组织评定一次: the duty the verb ends
            return done.group("words")
        m = TOPIC_FIRST.search(clause) or OBJECT_LAST.search(clause) or (DONE_WELL.search(clause) if verb else None)
        words = _object_words(m.group("words")) if m else ""
        if ORGAN_TAIL.search(words):
            return None  # 县人民政府根据…: the organ doing it, not what it does it to
    if len(words) < 2:
        return None
    return words if words.endswith(verb) else words + verb


def echoed_duty(text: str, c_start: int, words: str) -> str | None:
    """The duty the clause before names in full where a count's clause echoes it by its last word (组织开展全州包保干部业务
    培训，培训不少于2期 → 全州包保干部业务培训), or steps its count up for a time (市区每月开展3次水质抽样检测，汛期
    （6—9月）加密至每周2次 → 汛期水质抽样检测); else None."""
    clause = _clause_before(text, c_start)
    stepped = STEPPED_UP.search(words) if clause else None
    if stepped:
        counted = COUNTED_DUTY.search(clause)
        return BRACKETED.sub("", words[:stepped.start()]) + counted.group("duty") if counted else None
    done = DUTY_DONE.search(clause) if clause and len(words) >= 2 else None
    return done.group("words") if done and done.group("words").endswith(words) else None


def _clause_before(text: str, c_start: int) -> str | None:
    """The clause before the one at ``c_start`` in its sentence (without an item's number), or None where that one
    opens the sentence."""
    end = c_start
    while end > 0 and text[end - 1] in " \u3000":
        end -= 1
    if end == 0 or text[end - 1] not in "，,":
        return None
    end -= 1
    start = end
    while start > 0 and not CLAUSE_MARK.match(text, start - 1):
        start -= 1
    clause = text[start:end].strip(" \u3000")
    enum = ENUMERATOR.match(clause)
    return clause[enum.end():] if enum else clause  # 三、对停产停建矿山


def _object_words(words: str) -> str:
    """What a duty is done to, without the units it is asked of nor 情况: 各县（区）、各成员单位工作进展情况 → 工作进展."""
    words = OBJECT_TAIL.sub("", words)
    lead = UNITS_LEAD.match(words)
    return words[lead.end():] if lead and lead.end() < len(words) else words
