"""Where a notice's regulation holds: the span of text whose figures are a regulation's rules.

Reads the notice's title and paragraphs; a notice is (or issues) a regulation when its title names one
(《…管理办法》, 实施细则, 规定) or three paragraphs or more open with an article 第N条. The regulation holds from
the start of the text to the end of its articles, unless another document of the notice follows them: a
title line right after the last article's paragraphs, over a section heading of its own (…2024年农村供水保障目标任务 ⏎
一、总体目标), starts a part whose figures are goals again.
"""
from __future__ import annotations

import regex

from pipeline.structure import HEADING  # one definition of the heading markers

# 第五条 / 第二十一条 (and the space after it): what opens an article; a regulation is written in articles
ARTICLE = regex.compile(r"\s*第[一二三四五六七八九十百零〇\d]{1,6}条[ \t　]*")
# a title naming a regulation: 《…管理办法》 / 实施细则 / 规定 / 条例
REGULATION_TITLE = regex.compile(r"(?:办法|细则|规定|条例|规则|章程|准则|守则|规程)(?:（[^）]*）)?(?:》|$|的通知)")
# 某县2024年农村供水保障目标任务: a line that ends no sentence (a title): no 。；！？：, and some words
TITLE_LINE = regex.compile(r"[^。；;！？!?：:]{6,80}")
# 第二章 总则 / 第三节 / 附则: a chapter heading (no sentence), where an article's paragraphs end; no title of another
# document
CHAPTER = regex.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节](?!\S*[。；])|附\s*则)")
# at least this many articles make a regulation of a notice whose title names none
MIN_ARTICLES = 3


def regulation_span(doc, meta) -> tuple[int, int] | None:
    """(start, end) of the text a regulation holds in, or None when the notice is no regulation."""
    text = doc.text
    title = getattr(meta, "title", None) or ""
    articles = [i for i, (start, end) in enumerate(doc.paragraphs) if ARTICLE.match(text, start, end)]
    if not REGULATION_TITLE.search(title.strip("# ")) and len(articles) < MIN_ARTICLES:
        return None
    return 0, _articles_end(doc, articles[-1]) if articles else len(text)


def _articles_end(doc, last: int) -> int:
    """Where the regulation's articles end: at the title of another document that follows the last article
    (a line of no sentence over a 一、 heading), else the end of the text."""
    text, paragraphs = doc.text, doc.paragraphs
    for i in range(last + 1, len(paragraphs) - 1):
        start, end = paragraphs[i]
        line = text[start:end].strip()
        if HEADING.match(line) or CHAPTER.match(line) or not TITLE_LINE.fullmatch(line):
            continue
        following = HEADING.match(text, *paragraphs[i + 1])
        if following and following.group("l1"):
            return start
    return len(text)
