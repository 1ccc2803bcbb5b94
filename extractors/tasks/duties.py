"""A regulation that sets out who does what in a part of its own: a chapter (``第六章 职责分工``, ``第五章 职责分工与监督
管理``) or an article titled so (``第八条 职责分工。市教育局负责…``).

There the duties are the regulation's tasks. In its other articles a step of handling an application within a time
counted from its receipt (``乡镇人民政府应当自受理申请之日起5个工作日内完成审核``) is a service standard of the scheme's
procedure, no task (a regulation without such a part may give its procedure steps as its duties: they stay tasks).
Also where an article's title ends (``第九条资金拨付。``): the task text begins after it, as after the article's number.
Reads the paragraphs of a part; returns the spans of its duties.
"""
from __future__ import annotations

import regex

from extractors.regulations import ARTICLE, CHAPTER

# 职责分工 / 部门职责 / 职责与分工 / 工作职责: a title that announces who does what
DUTIES_TITLE = regex.compile(r"职责")
# 资金拨付。/ 职责分工。/ 【职责分工】 right after an article's number: its title (a few words, no clause), not a sentence
ARTICLE_TITLE = regex.compile(
    r"[ \t\u3000]*(?:(?P<title>[^，,。；;：:\s]{2,6})[。．.]|【(?P<title>[^【】，,。；;\s]{2,8})】)[ \t\u3000]*")
# 自受理申请之日起5个工作日内 / 自收到审核材料之日起3个工作日内 / 受理后10日内: a time counted from the receipt of an
# application (not from the end of a 公示, nor 收到补偿资金后: money received)
APPLICATION_CLOCK = regex.compile(
    r"(?:受理(?:[^，,。；;]{0,6}?(?:申请|申报))?|(?:收到|接到)[^，,。；;]{0,6}?(?:申请|申报|材料))(?:之日起|后)"
    r"[^，,。；;]{0,4}?[\d一二三四五六七八九十两]+(?:个)?(?:工作日|日|天)(?:内|以内)"
)
# 路灯出现故障的，…应在48小时内排除 / 群众投诉的，…7日内答复: work a case calls for within a time limit, the scheme's
# standard of service (the condition opening the sentence, then the limit)
CASE_LIMIT = regex.compile(r"[^，,。；;]{2,24}?的[，,][^。]*?[\d一二三四五六七八九十两]+(?:个)?(?:工作日|日|天|小时)(?:内|以内)")
# ，；。: where a sentence's first clause ends
CLAUSE_END = regex.compile(r"[，,；;。]")


def article_title_end(text: str, start: int, end: int) -> int | None:
    """Where the title of the article that opens at ``start`` ends (``第九条资金拨付。`` → after 。), or None."""
    number = ARTICLE.match(text, start, end)
    if number is None:
        return None
    title = ARTICLE_TITLE.match(text, number.end(), end)
    return title.end() if title else None


def duty_spans(doc, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of a regulation's duties among ``paragraphs`` (a chapter whose title says 职责, up to the next
    chapter, or an article titled so); [] for a text without them."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    chapter_start = None
    article = None  # the paragraphs of an article titled so, up to the next article (第九条职责分工。 over its lines)
    for start, end in paragraphs:
        if CHAPTER.match(text, start, end) or ARTICLE.match(text, start, end):
            if article is not None:
                spans.append(article)
            article = None
        if CHAPTER.match(text, start, end):
            if chapter_start is not None:
                spans.append((chapter_start, start))
            chapter_start = start if DUTIES_TITLE.search(text, start, end) else None
            continue
        title_end = article_title_end(text, start, end)
        if chapter_start is None and title_end is not None and DUTIES_TITLE.search(text, start, title_end):
            article = (start, end)
        elif article is not None:
            article = (article[0], end)
    if article is not None:
        spans.append(article)
    if chapter_start is not None:
        spans.append((chapter_start, paragraphs[-1][1] if paragraphs else chapter_start))
    return spans


def handles_application(text: str, start: int, end: int) -> bool:
    """Whether the first clause of a task's sentence sets the time an application is handled in (X应当自受理申请之日起
    5个工作日内完成审核)."""
    clause = CLAUSE_END.search(text, start, end)
    return APPLICATION_CLOCK.search(text, start, clause.end() if clause else end) is not None


def answers_case(text: str, start: int, end: int) -> bool:
    """Whether a task's sentence opens with a case (路灯出现故障的，) and sets the time within which it is dealt with
    (一般故障应在48小时内排除): a standard of the scheme's service, no work due by a date."""
    return CASE_LIMIT.match(text, start, end) is not None
