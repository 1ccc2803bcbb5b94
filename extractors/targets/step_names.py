"""The step a time limit is for, in the words a researcher compares: the first of two steps joined by 并, the object
before a verb that says the step is done (清理完毕场地 → 场地清理), the topic a bare 完成 finishes
(对…的鉴定意见，应当在…15个工作日内完成 → 鉴定) and an application due a span before a term runs out
(资质证书届满需延续的，应在届满60日前提出申请 → 延续申请提前时间).

Reads the words time_limits.py found after a span of time, or the text around the span; returns the words or None.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity

# two steps joined by 并, the first naming the limit: (2小时内完成)现场核查并采样送检 → 现场核查
JOINED_STEP = regex.compile(r"^(?P<first>\p{Han}{2,8}?)并\p{Han}{2,}$")
# a verb, a word saying it is done, then what it is done to: 清理完毕场地 → 场地清理 / 拆除完成围挡 → 围挡拆除
DONE_THEN_OBJECT = regex.compile(r"^(?P<verb>\p{Han}{2})(?:完毕|完成|到位|结束)(?P<object>\p{Han}{2,6})$")
# a word saying a step is done, closing it: 设置到位 → 设置 / 清运完毕 → 清运
DONE_AFTER = regex.compile(r"(?<=\p{Han}{2})(?:到位|完毕)$")
# a bare 完成 (or 办完) closing the clause right after 内: (10个工作日内)完成。
BARE_DONE = regex.compile(r"(?:之内|以内|内)(?:全部|及时|依法)?(?:完成|办完)(?:工作|任务)?(?=[，,；;。]|$)")
# the modal opening a rule's limit, before the span: 应当在 / 应于 / 须自
MODAL_AT = regex.compile(r"[，,]?(?:应当|应|须|必须)(?:在|于|自)")
# what a topic is of, opening it: 对社区服刑人员的 / 关于…的 (the step is after the last 的)
TOPIC_OF = regex.compile(r"^(?:对|关于)?[^，,；;。]*的(?=\p{Han}{2})")
# the outcome a step writes, no part of its name: 调查评估意见 → 调查评估 / 整改工作 → 整改
STEP_OUTCOME = regex.compile(r"(?<=\p{Han}{2})(?:意见|工作|任务)$")
# who acts, no step: 项目主管部门 / 县市场监管局 / 审核小组 (their limit is named by the step, never by them)
ACTOR_END = regex.compile(r"(?:部门|单位|机构|机关|政府|中心|街道|局|委|办|厅|处|科|站|所|院|组|队|会|人|者|方|企业|银行|省|市|县|区|乡|镇|村|各地|双方)$")
# a term running out, right before a span counted back from it: (有效期)届满(30日前) / 期满 / 到期
TERM_RUNS_OUT = regex.compile(r"(?:届满|期满|到期|截止|结束)$")
# after the span and 前, the application due: (30日前)提出申请 / 向原发证部门提交延续申请 / 办理续期手续
DUE_ACTION = regex.compile(r"^前(?:[，,])?(?:向\p{Han}{2,12}?)?(?:提出|提交|递交|办理|报送)?(?P<what>\p{Han}{2,8}?)(?=[，,；;。]|$)")
# a case closed by 的 right before the modal's clause, its words after the last mark or event: (报废机具后)新购同类机具的，
CASE_CLOSED = regex.compile(r"(?:^|[，,、\s）)]|后)(?P<case>[^\P{Han}后]{2,16}?)的[，,]$")
# words that open a case, no part of its thing: 对 / 凡 / 需要 / 拟
CASE_OPENING = regex.compile(r"^(?:对于|对|凡是|凡|需要|需|拟|如需|如)")
# a case a rule's clause states before it: (有效期届满)需延续的 / 需要变更的 / 拟继续的
CASE_VERB = regex.compile(r"(?:需要|需|拟|要求)(?P<verb>\p{Han}{2})的[，,]?$")


def step_words(act: str) -> str:
    """现场核查并采样送检 → 现场核查; 清理完毕场地 → 场地清理; 设置到位 → 设置; other steps as they are."""
    joined = JOINED_STEP.match(act)
    if joined:
        act = joined.group("first")
    done = DONE_THEN_OBJECT.match(act)
    if done:
        return done.group("object") + done.group("verb")
    return DONE_AFTER.sub("", act)


def rule_topic(text: str, q: Quantity) -> str | None:
    """新建公共停车场标识应在投入使用后20日内(设置到位) → 新建公共停车场标识: the thing a rule's limit is about, before the
    modal of the span's sentence (after the last 的: 对…的鉴定意见 → 鉴定); None where that is who acts
    (县民政局应在…), a case (门牌损毁的，应在…) or too long."""
    start = max(text.rfind(mark, 0, q.start) for mark in "。；;\n") + 1
    modal = None
    for modal in MODAL_AT.finditer(text, start, q.start):
        pass
    if modal is None:
        return None
    topic = text[start:modal.start()].strip("，, ")
    topic = topic[topic.rfind("，") + 1:] if "，" in topic else topic
    of = TOPIC_OF.match(topic)
    topic = STEP_OUTCOME.sub("", topic[of.end():] if of else topic)
    if not 2 <= len(topic) <= 10 or not regex.fullmatch(r"\p{Han}+", topic) or ACTOR_END.search(topic) \
            or topic.endswith("的"):
        return None
    return topic


def bare_done_topic(text: str, q: Quantity, c_end: int) -> str | None:
    """对申请对象的鉴定意见，应当在收到材料之日起15个工作日内完成 → 鉴定: a step finished with a bare 完成
    is named by the topic before the modal; None where that topic is who acts (县民政局应在…内完成) or is too long."""
    return rule_topic(text, q) if BARE_DONE.match(text, q.end, c_end) else None


def ahead_of_expiry(text: str, q: Quantity, c_end: int) -> str | None:
    """资质证书届满需延续的，应在届满60日前提出申请 → 延续申请提前时间: how long before a term runs out an application is
    due (at least that early); None for any other span."""
    if not TERM_RUNS_OUT.search(text, max(0, q.start - 2), q.start):
        return None
    due = DUE_ACTION.match(text[q.end:c_end])
    if not due:
        return None
    what = due.group("what")
    start = max(text.rfind(mark, 0, q.start) for mark in "。；;\n") + 1
    clause_start = text.rfind("，", start, q.start)
    case = CASE_VERB.search(text, start, clause_start + 1) if clause_start > 0 else None
    verb = case.group("verb") if case and case.group("verb") not in what else ""
    return f"{verb}{what}提前时间"


def case_topic(text: str, q: Quantity, act: str) -> str | None:
    """新购同类车辆的，应在…12个月内完成购置 → 新购同类车辆: the case a rule opens with (closed by 的, right before the
    modal's clause) where it names the step's thing, sharing a word of the step; the case alone where it ends with the
    step (需要变更登记的，应在…内完成登记 → 变更登记, then no step is added: see ``case_words``); None otherwise."""
    start = max(text.rfind(mark, 0, q.start) for mark in "。；;\n") + 1
    modal = None
    for modal in MODAL_AT.finditer(text, start, q.start):
        pass
    case = CASE_CLOSED.search(text, start, modal.start() + 1) if modal is not None else None
    if case is None:
        return None
    words = CASE_OPENING.sub("", case.group("case"))
    if not 2 <= len(words) <= 10 or not set(words) & set(act):
        return None
    return words[:-len(act)] if words.endswith(act) else words
