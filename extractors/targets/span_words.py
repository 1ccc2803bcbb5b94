"""What a span of time or an age in a rule measures, when its own words do not say: a leave or the months a payment is
counted by (产假, 运营补助计发月数), an eligibility age (年龄, 高龄老年人年龄), a term named after its length (不超过6个月的渐退期
→ 渐退期), a bounded span named by its action (集中授课不少于1个月 → 集中授课时间; 存放48小时以上 → 存放时间), how long a thing
has been in use (服役超过10年 → 服役年限) or what must have lasted (正常运营满6个月 → 正常运营时长, 入库满3年 → 入库年限).

Reads a figure with its clause and words; returns the words, or None when its own words stand.
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity
from extractors.targets.ages import AGE_UNITS, age_threshold, age_words
from extractors.targets.bounded import STATED_BOUND
from extractors.targets.sentence_span import sentence_end
from extractors.targets.terms import counted_span_words, leave_words

# a bound right before a span of time: (集中培训)不少于(40小时) / (发车间隔)不超过(10分钟) / 累计不少于
BOUND_BEFORE_SPAN = regex.compile(rf"(?:{STATED_BOUND.pattern})$")
# a bound right after it, closing its clause or qualifying: (存放48小时)以上 / (运行5年)以上的 — not 以内 (a time limit
# or a deadline)
BOUND_AFTER_SPAN = regex.compile(r"(?:及)?(?:以上|以下)")
# words that name a span already: 保存期 / 培训时间 / 发车间隔 / 报告时限 / 服务年限 / 产假 (a bounded span named by its
# action takes 时间 or 年限 after it: 集中授课不少于1个月 → 集中授课时间)
SPAN_NOUN = regex.compile(r"(?:时间|时长|时限|期限|年限|周期|间隔|工期|时效|时延|期|假|龄|年数|月数|天数|学时|课时)")
# a term named right after its length: (不超过6个月)的渐退期 / (3年)过渡期
TERM_AFTER = regex.compile(r"(?:及?以[上下内])?的?(?P<term>\p{Han}{0,4}?(?:过渡期|渐退期|观察期|保护期|考察期|试用期|服务期|有效期|公示期|"
                           r"保修期|质保期|整改期|缓冲期|培育期|孵化期|建设期|期限))(?=[，,。；;、）)]|$)")
# a stock counted in the days of use it covers, after the span: (库存不低于2天)用量 / (7天)日均用量 — named by the stock
DAYS_OF_USE = regex.compile(r"(?:及?以[上下])?(?:的)?(?P<noun>(?:日均)?(?:用量|使用量|消耗量|供应量))")
# where or how an action is done, opening its words: 在冷藏条件下(存放) / 在现场(带班)
PLACE_OR_WAY = regex.compile(r"^在\p{Han}{1,8}?(?:条件下|状态下|环境下|下|中|内)")
# where a list is posted, opening the words of its posting: 在村务公开栏(公示) / 在单位内部(公告) — the period is the 公示期
POSTED_AT = regex.compile(r"^在\p{Han}{1,12}?(?=(?:公示|公告)$)")
# what is done before a span that must be full: (在本市依法注册)满1年 / (入库)满3年 — not 年满 (an age)
DONE_BEFORE_FULL = regex.compile(r"(?P<done>\p{Han}{2,12}?)(?<!年)满$")
# where a thing is done, opening its words: 在四川省境内(依法注册)
PLACE_OPENING = regex.compile(r"^在\p{Han}{1,8}?(?:境内|以内|内)(?=\p{Han}{2})")
# who is named before what they do: 鼓励地方对(连续运营) / 对在乡镇卫生院(连续工作)
DONE_AFTER_OBJECT = regex.compile(r"^.*[对向]")
# things done one after another before 满: 新建并正常运营 (the last is what has lasted)
JOINED_DONE = regex.compile(r"并且|(?<![合兼吞归])并(?![购入])|且")
# how long a thing has been in use, before its years: 服役超过(10年) / 运行超过 / 使用满
IN_USE_FOR = regex.compile(r"(?P<use>服役|运行|使用|投用|投运)(?:已)?(?:超过|满|达到|达)$")
# a term named already before 满: 质保期 / 车龄 / 服务年限
TERM_END = regex.compile(r"(?:期|龄|年限|时间|年)$")


def stock_in_days(text: str, q: Quantity, raw: str | None) -> str | None:
    """The stock a span of days of use measures, without the use in its words (应急饮用水储备不低于7天用量 → 应急饮用水储备;
    储备量降至5天用量以下时 → 储备量); None for any other figure."""
    used = DAYS_OF_USE.match(text, q.end) if q.unit in ("天", "日") and raw else None
    tail = regex.search(rf"{used.group('noun')}(?:以[上下])?时?$", raw) if used else None
    return raw[:tail.start()] if tail and tail.start() >= 2 else None


def reached_words(text: str, q: Quantity, c_start: int, raw: str) -> str | None:
    """What a span or age of a rule measures (see the module): 年满80周岁 → 年龄; years after 满, how long what is done
    has lasted: 入库满3年(未获得支持的项目自动出库) → 入库年限, 从事本专业工作满8年 → 从事本专业工作年限 (a term named
    already stays: 质保期满1年, 车龄满3年); None for other figures."""
    term = leave_words(text, q, c_start) or counted_span_words(text, q, c_start, sentence_end(text, q.end))
    if term:
        return term  # 产假158天 → 产假; 每年按10个月计发 → 运营补助计发月数
    if q.unit in AGE_UNITS and text[max(0, q.start - 2):q.start] == "年满":
        return "年龄"
    end = sentence_end(text, q.end)
    if q.unit in AGE_UNITS and not regex.search(r"年龄\p{Han}{0,4}$", raw or "") and age_threshold(text, q, c_start, end):
        return age_words(text, q, c_start, end, raw)  # 高龄（80周岁以上）老年人 → 高龄老年人年龄
    bound = BOUND_BEFORE_SPAN.search(text, c_start, q.start)
    named = bool(raw) and bool(SPAN_NOUN.search(raw))  # 录像资料保存期 / 发车间隔: a span named already
    term = TERM_AFTER.match(text, q.end) if q.unit in DURATION_UNITS and (bound or not named) else None
    if term:
        return term.group("term")  # 可给予不超过6个月的渐退期 → 渐退期: the term named after its length
    if q.unit in ("天", "日") and raw and DAYS_OF_USE.match(text, q.end):
        return stock_in_days(text, q, raw) or raw  # 应急饮用水储备不低于7天用量: the stock, no 时间 after it
    case = text[(bound.start() if bound else q.start) - 1] == "的"  # (跨年度实施的)不超过2年: a case of the rule before
    if q.unit in DURATION_UNITS and raw and not named and not case and (bound or BOUND_AFTER_SPAN.match(text, q.end)):
        action = POSTED_AT.sub("", PLACE_OR_WAY.sub("", raw))  # 在冷藏条件下存放48小时以上 → 存放时间
        action = action if len(action) >= 2 else raw  # (并)公示不少于20日 → 公示期: a notice's period, 期
        return action + ("期" if action.endswith(("公示", "公告")) else "年限" if q.unit == "年" else "时间")
    in_use = IN_USE_FOR.search(text, max(c_start, q.start - 6), q.start)
    if q.unit == "年" and in_use:
        return in_use.group("use") + "年限"  # 服役超过10年的老旧机床 → 服役年限
    if q.unit not in ("年", "个月") or text[q.start - 1:q.start] != "满" or TERM_END.search(raw):
        return None
    noun = "年限" if q.unit == "年" else "时长"  # 正常运营满6个月 → 正常运营时长
    if text.endswith(raw, c_start, q.start - 1):  # the words before 满 name what is done (地方对|连续运营)
        done = JOINED_DONE.split(DONE_AFTER_OBJECT.sub("", raw))[-1]  # 新建并正常运营: the last thing done
        return (done if len(done) >= 2 else raw) + noun
    done = DONE_BEFORE_FULL.search(text, max(c_start, q.start - 16), q.start)
    return PLACE_OPENING.sub("", done.group("done")) + noun if done else None
