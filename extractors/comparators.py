"""Comparator words: what the words around a quantity say of it (DOMAIN §4).

``comparator(text, q, lo, hi)`` reads the words before and after a quantity: 超过/超/高于/大于/逾 ``>``;
达到/达/以上/不少于/不低于/至少/最低 ``>=``; 不超过/不高于/以内/以下/最高/最多/只 ``<=``; 为/是 ``=``;
约/左右/近 ``~``; ``None`` when no word says (the caller applies its default: ``>=`` for a target).
A comparator may govern a share across the base it is a share of (``不超过项目总投资20%``,
``不低于总投资的30%``), and a table cell may write it as a sign (``≥80``, ``>6.5``, ``<5.5``).
``stated_bound`` tells a bound the words state (以上, 不少于) from a plain verb of reaching (达到), which
in a report only says what was reached.

Works on anything with ``start``/``end``/``more`` (a ``extractors.numbers.Quantity``).
"""
from __future__ import annotations

import regex

#: units of a share of a base: 20% / 1‰ (按项目实际到位资金的1‰给予奖励)
SHARE_UNITS = ("%", "‰")

# before the number (closest wins); each line: the words and what they mean (每人限领1张: a cap, <=)
BEFORE = [
    ("<=", regex.compile(
        r"(?:不超过|不高于|不大于|不多于|不得超过|不能超过|不应超过|(?:不得|不能|不应)(?:高于|大于|多于)|控制在|压缩至|压缩到|压减至|降至|降低到|降低至|"
        r"缩短至|缩短到|缩短为|下降到|下降至|减少到|减少至|回落到|回落至|"
        r"(?<!不|不得|不能|不应)低于|(?<!不|不得|不能|不应)少于|(?<!不|不得|不能|不应)小于|最高(?:可至|可达|不超过|为)?|最多(?:可|为)?|至多|上限为?|封顶|"
        r"最长(?:不超过|为)?|"  # 补贴期限最长3年
        r"(?<![时期年额上下界权局有无])限(?:享受|领取?|申领|补贴?|购买?|申报|参加|办理|用)?)(?:了)?$")),
    (">", regex.compile(r"(?:(?<!不)超过|超出|(?<!不)超|(?<!不|不得|不能|不应)高于|(?<!不|不得|不能|不应)大于|(?<!不)多于|逾|突破)(?:了)?$")),
    (">=", regex.compile(
        r"(?:不少于|不低于|不小于|(?:不得|不能|不应)(?:低于|少于|小于)|至少|最低|最少|最短|达到|达|提高到|提高至|提升到|提升至|增长到|增加到|增加至|增至|扩大到|扩大至|"
        r"保持在|稳定在|(?<![不未])满)(?:了)?$")),
    ("~", regex.compile(r"(?:约|大约|接近|将近|近|左右为|约为|约占|约有|约达)$")),  # 覆盖率约为68%: about
    ("=", regex.compile(r"(?:为|是|共计|合计|总计|共有|总量为|规模为)$")),
]
# of these, the words that state a bound (not a verb of reaching): kept as >= even in a report
BOUND_WORDS = regex.compile(r"(?:不少于|不低于|不小于|(?:不得|不能|不应)(?:低于|少于|小于)|至少|最低|最少|保持在|稳定在|(?<![不未])满)(?:了)?$")
# of the ceilings, the words that state a bound (not a verb of coming down to a level: 下降到, 降至, 压缩至)
CEILING_WORDS = regex.compile(r"(?:不超过|不高于|不大于|不多于|(?:不得|不能|不应)(?:超过|高于|大于|多于)|最高|最多|至多|最长|上限为?|"
                              r"封顶|(?<!不|不得|不能|不应)(?:低于|少于|小于))(?:了)?$")
# a limit set or moved to the figure: 比例上限由7%提高到(15%) / 下限调整为 / 补助上限调整为每生每年(800元) — the figure is the
# limit (上限 <=, 下限 >=), whatever head and period it is paid per
LIMIT_SET = regex.compile(r"(?P<limit>上限|下限)(?:由[^，,。；;]{0,12}?)?(?:提高|提升|调整|放宽|上调|下调|降低|降)?(?:到|至|为)"
                          r"(?:每\p{Han}{1,2}?){0,2}$")
# only / no more than, said with a verb: 只开设一个 / 仅限1家
ONLY_BEFORE = regex.compile(r"(?:只|仅)(?:能|可以?)?(?:限|开设|设立|设|保留|配备|申报|推荐|享受|确定|选择|支持|认定)?$"
                         r"|(?:只|仅)(?:能|可以?)\p{Han}{1,2}$")  # 只能延期一次
# a bound word, then a verb of providing before the number: 至少配备2名 / 不少于安排 / 最多推荐3个 / 最高补贴1万元
BOUND_THEN_VERB = regex.compile(
    r"(?P<word>至少|不少于|不低于|最多|最高|最长|不超过)(?:配备|配置|安排|建设|建成|新增|培育|引进|设置|设立|提供|推荐|选派|开展|组织|"
    r"补贴|补助|奖补|奖励|资助|给予|享受)$")  # 最长享受36个月
# after the number and unit: 以上, 以下, 以内, 左右 (（含）以下: the bound itself included, as 以下 already says)
AFTER_LE = regex.compile(r"^(?:[（(]含[）)])?(?:及以下|以下|以内|之内|内(?![容部]))")
AFTER_APPROX = regex.compile(r"^(?:左右|上下)")
# 左右 closing a list of figures qualifies each of them: 分别稳定在1.2万亩、8000亩、6500亩左右 (1.2万亩 too is about)
LIST_APPROX = regex.compile(r"^(?:\s*(?:、|和|及)\s*\d+(?:\.\d+)?[万亿千]?[^\d\s、，,。；;：:（）()]{0,4}?)+(?:左右|上下)")
AFTER_GE = regex.compile(r"^(?:[（(]含[）)])?(?:及以上|以上)")
# an age limit relaxed to an age: 年龄可放宽至50周岁 (the oldest admitted, a ceiling)
AGE_RAISED = regex.compile(r"放宽(?:至|到)$")
AGES = ("周岁", "岁")
# adverbs that may sit between the comparator and the number: 累计达 / 达到了 / 分别达到
FILLER_BEFORE = regex.compile(r"(?:分别|累计|均|总计|共计|已|将|力争|争取|确保|要|可|原则上|提前)$")
# a condition met by so many in a row: 连续两年未确认的 / 连续3次考核不合格的 (at least that many)
CONSECUTIVE = regex.compile(r"连续$")
CONDITION_END = regex.compile(r"的\s*$")
# a comparator that governs a share across its base: 不超过项目总投资20% / 不低于总投资的30% / 按设备投资额的20%
ACROSS_WORD = regex.compile(r"不得(?:超过|高于|低于|少于)|不超过|不高于|不低于|不少于|最高|最多|最低|(?<!不)超过|高于|低于|达到|按照|按")
# the base between the word and the share: 项目总投资 / 总投资的 / 为合同额的
ACROSS_BASE = regex.compile(r"(?:为|按)?(?P<base>[\p{Han}A-Za-z（）()]{2,14}?)(?:的)?")
ACROSS_MEANING = {"不超过": "<=", "不高于": "<=", "最高": "<=", "最多": "<=", "低于": "<=",
                  "不低于": ">=", "不少于": ">=", "最低": ">=", "达到": ">=", "超过": ">", "高于": ">",
                  "按照": "=", "按": "=", "不得超过": "<=", "不得高于": "<=", "不得低于": ">=", "不得少于": ">="}
# what joins the figures of one list: 10亿元、50亿元 / 4个工作日和5个工作日
LIST_JOINT = regex.compile(r"\s*(?:、|和|及)\s*")
# a comparator written as a sign, in a table cell or a formula: ≥80  >6.5  ＜5.5
SIGN_BEFORE = regex.compile(r"(?P<sign>≥|>=|＞=|≤|<=|＜=|>|＞|<|＜)\s*$")
SIGN_MEANING = {"≥": ">=", ">=": ">=", "＞=": ">=", "≤": "<=", "<=": "<=", "＜=": "<=", ">": ">", "＞": ">",
                "<": "<=", "＜": "<="}


def _before_words(text: str, q, lo: int) -> dict[str, bool]:
    """Which comparators the words right before ``q`` state (an adverb in between skipped)."""
    before = text[max(lo, q.start - 12):q.start]
    found = {name: True for name, pattern in BEFORE if pattern.search(before)}
    if not found:
        stripped = FILLER_BEFORE.sub("", before)
        found = {name: True for name, pattern in BEFORE if pattern.search(stripped)}
    if not found and ONLY_BEFORE.search(before):
        found["<="] = True
    if not found:
        bound = BOUND_THEN_VERB.search(before)  # 至少配备2名: the bound, then the verb it governs
        if bound:
            found[">=" if bound.group("word") in ("至少", "不少于", "不低于") else "<="] = True
    return found


def word_comparator(words: str) -> str | None:
    """The comparator a word standing before a figure states (为 ``=``, 达到 ``>=``, 不超过 ``<=``), or None."""
    return next((name for name, pattern in BEFORE if pattern.search(words)), None) if words else None


def comparator(text: str, q, lo: int = 0, hi: int | None = None) -> str | None:
    """The comparator the words around ``q`` state (``text[lo:hi]`` bounds the clause), or None."""
    hi = len(text) if hi is None else hi
    if getattr(q, "unit", None) in AGES and AGE_RAISED.search(text, max(lo, q.start - 6), q.start):
        return "<="  # 年龄可放宽至50周岁: the upper age limit raised, a ceiling
    sign = SIGN_BEFORE.search(text, max(lo, q.start - 3), q.start)
    if sign:
        return SIGN_MEANING[sign.group("sign")]
    found = _before_words(text, q, lo)
    after = text[q.end:hi]
    if q.more:
        return ">"
    limit = LIMIT_SET.search(text, max(q.start - 24, *(text.rfind(m, 0, q.start) + 1 for m in "，,。；;\n")), q.start)
    if limit:  # 比例上限由7%提高到15%: the new ceiling, whatever verb moved it
        return "<=" if limit.group("limit") == "上限" else ">="
    for name in ("<=", ">"):
        if found.get(name):
            return name
    # 达到1.2万架左右: 左右 qualifies the number itself, so it outweighs the plain verb of reaching
    if AFTER_APPROX.match(after) or LIST_APPROX.match(after):
        return "~"
    if found.get(">="):
        return ">="
    if AFTER_LE.match(after):
        return "<="
    if found.get("~"):
        return "~"
    if AFTER_GE.match(after):
        return ">="
    if found.get("="):
        return "="
    if CONSECUTIVE.search(text, max(lo, q.start - 2), q.start) and CONDITION_END.search(text, q.end, hi):
        return ">="
    return across_base(text, q, lo)


def _across(text: str, q, lo: int):
    """(comparator word, base) of a share said across its base, the word nearest the figure; else None."""
    if getattr(q, "unit", None) not in SHARE_UNITS:  # 按出口额的1‰: a share in per mille too
        return None
    for word in reversed(list(ACROSS_WORD.finditer(text, max(lo, q.start - 24), q.start))):
        base = ACROSS_BASE.fullmatch(text, word.end(), q.start)
        if base and not ACROSS_WORD.fullmatch(base.group("base")):  # 按不低于10%: no base, a bound
            return word.group(0), base.group("base")
    return None


def listed_comparator(text: str, q, earlier: list, lo: int = 0, hi: int | None = None) -> str | None:
    """The comparator a list of figures shares: 突破10亿元、50亿元、100亿元 / 分别不超过4个工作日、5个工作日 — a
    figure with no word of its own, joined by 、 to the one before, takes that one's (``earlier``: the figures
    before ``q`` in its clause, in order); None when no figure of the list states one."""
    for prev in reversed(earlier):
        joint = text[prev.end + suffix_length(text, prev, q.start):q.start]
        if not LIST_JOINT.fullmatch(joint):
            return None
        found = comparator(text, prev, lo, hi)
        if found is not None:
            return found
        q = prev
    return None


def across_base(text: str, q, lo: int = 0) -> str | None:
    """The comparator of a share said across its base (不超过项目总投资20%), or None."""
    found = _across(text, q, lo)
    if found and found[0] == "最低" and found[1].startswith("价"):
        return None  # 按…商业用地出让最低价标准的60%执行: a base named by its lowest price, no bound of its own
    return ACROSS_MEANING[found[0]] if found else None


def share_base(text: str, q, lo: int = 0) -> str | None:
    """What a share is a share of, when a comparator names it before the figure: 不超过项目总投资20% → 项目总投资."""
    found = _across(text, q, lo)
    return found[1] if found else None


def stated_bound(text: str, q, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the words state a bound (以上, 不少于, 不超过, 以内, a sign), not only a verb of reaching (达到, 下降到)."""
    hi = len(text) if hi is None else hi
    if SIGN_BEFORE.search(text, max(lo, q.start - 3), q.start):
        return True
    before = text[max(lo, q.start - 12):q.start]
    after = text[q.end:hi]
    return bool(BOUND_WORDS.search(FILLER_BEFORE.sub("", before)) or BOUND_WORDS.search(before)
                or CEILING_WORDS.search(FILLER_BEFORE.sub("", before)) or CEILING_WORDS.search(before)
                or AFTER_GE.match(after) or AFTER_LE.match(after))


def suffix_length(text: str, q, hi: int | None = None) -> int:
    """Length of 以上/以下/左右… right after a quantity (so that callers can skip it)."""
    after = text[q.end:hi]
    for pattern in (AFTER_GE, AFTER_LE, AFTER_APPROX):
        m = pattern.match(after)
        if m:
            return m.end()
    return 0
