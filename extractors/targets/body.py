"""The body text, paragraph by paragraph: the dates that hold beyond one paragraph.

Reads every paragraph that is not a tab-separated table line; a paragraph announcing a list
(…具体目标如下：) dates the items under it, and names the figures of a list of places under it (``place_lines``), and a status section (一、发展现状) is as of the date its first
dated paragraph opens with; a section headed by conditions (申报条件) holds thresholds. Returns the Candidates and that as-of date per status section.
"""
from __future__ import annotations

import bisect

import regex

from extractors.deadlines import find_deadlines
from extractors.targets.carried_dates import SENTENCE_HEAD
from extractors.targets.context import Candidate, Context
from extractors.targets.dating import section_index
from extractors.targets.paragraph import read_paragraph
from extractors.targets.place_lines import announced_measure, line_figure, line_place, rename_to_place
from pipeline.structure import FRONT_NOISE, HEADING  # one definition of the heading markers and front-matter noise
from schemas.records import Deadline

# a paragraph that announces the list after it: …具体目标如下： / …主要指标：
ANNOUNCES_LIST = regex.compile(r"[：:]\s*$")
# the heading of a section of goals: 一、主要目标 / 二、发展目标 / 总体目标 (not 目标任务分解 tables)
GOALS_HEADING = regex.compile(r"\s*(?:主要|发展|总体|工作|建设|具体)?目标\s*$")
# the heading of a section of one year's goals: 五、2027年建设目标 / 二、2026年度发展目标
YEAR_GOALS_HEADING = regex.compile(r"\s*\d{4}\s*年度?(?:主要|发展|总体|工作|建设|具体)?目标(?:任务)?\s*")
# a sentence announcing the goals that follow: …确保实现以下目标： / 主要目标如下： / 具体任务如下：
GOALS_ANNOUNCED = regex.compile(r"(?:以下|如下|下列)(?:目标|任务|指标)[：:]?\s*$|(?:目标|任务|指标)(?:如下|是)[：:]?\s*$")
# the parts of the front matter: a line of noise among them (a byline, a breadcrumb) is none of the body
FRONT_PARTS = ("title", "doc_number", "recipients", "header")
# the title of a part of the notice that sets a year's goals (…市2024年农村供水保障目标任务 / 2024年工作要点): the year
# its undated goals are due in
YEAR_PART_TITLE = regex.compile(r"[^。；;！？!?：:，,]{0,40}\d{4}年[^。；;！？!?：:，,]{2,60}(?:目标任务|工作要点|工作计划|任务清单)")
# the heading of a section of conditions of eligibility, a short noun phrase: 三、申报主体条件 / 申报条件 / 扶持对象和条件 /
# 基本条件 (not a plan's 发展条件 / 有利条件 / 实施条件, its status or means, nor a measure's title: 11.改善城乡居住条件。)
CONDITIONS_HEADING = regex.compile(r"\p{Han}{0,6}?(?:申报|申请|参与|参评|认定|准入|扶持|补贴|补助|奖补|支持|资格|评选|入选|享受|报名"
                                   r"|适用|对象|基本)\p{Han}{0,4}?条件\s*[。：:]?\s*$")
# an article of a regulation opening its paragraph: 第四条 / 第十二条 — a part of its own, as a 一、 section is
ARTICLE = regex.compile(r"\s*第[一二三四五六七八九十百零\d]{1,5}条")
# a note under a table or figure: 注：… / 备注：… / 数据来源：…
NOTE = regex.compile(r"\s*(?:注|备注|说明|数据来源|资料来源)\s*\d?\s*[:：]")


def read_body(ctx: Context, table_paragraphs: set[int],
              status_sections: list) -> tuple[list[Candidate], dict[int, Deadline]]:
    """The Candidates of the body (paragraphs in ``table_paragraphs`` are left to the tables), and the
    as-of date of each status section (index in ``status_sections`` → date)."""
    doc = ctx.doc
    cands: list[Candidate] = []
    as_of: dict[int, Deadline] = {}  # status section index → the date its first dated paragraph opens with
    # 到2023年底，…具体目标如下：: the date of a paragraph that announces a list holds for the items under it
    announced: Deadline | None = None
    goals_section = False  # under 一、主要目标: the date the section opens with holds for its paragraphs
    part_date: Deadline | None = None  # the year a part of the notice titled as that year's goals is due in
    title = doc.anatomy.get("title")
    # an article's lead over a notice it reposts (headline, byline, "17条措施"): the notice starts at its title
    opening = title.char_start if title is not None else 0
    front_end = max((doc.anatomy[k].char_end for k in FRONT_PARTS if doc.anatomy.get(k) is not None), default=0)
    conditions = _conditions_sections(doc)
    listed: str | None = None  # the measure a paragraph announcing a list of places names (…人工造林任务分解如下：)
    by_list = False  # ``announced`` came from a paragraph announcing a list (…任务如下：), which a table may hold
    held: Deadline | None = None  # the date a 五、2027年建设目标 heading gives its section
    table_starts = sorted(t.char_start for t in doc.tables)
    prev_end = 0
    for i, (start, end) in enumerate(doc.paragraphs):
        if i in table_paragraphs or start >= end or end <= opening:
            continue
        if by_list and _table_between(table_starts, prev_end, start, i, table_paragraphs):
            announced, by_list = held, False  # 各街道2025年建设任务如下：, a table, then 4.…: the table was the list
        prev_end = end
        if start < front_end and FRONT_NOISE.fullmatch(doc.text[start:end]):
            continue  # a reader's byline under the title (·2025-03-20·阅读时长约11分钟): no figure of the notice
        if start >= front_end and YEAR_PART_TITLE.fullmatch(doc.text[start:end].strip()):
            part_date = next((d for d in find_deadlines(doc.text, ctx.reference, start, end) if d.date), None)
            continue  # the part's title: its year dates the goals below, it is no figure
        marker = HEADING.match(doc.text, start, end)
        if marker and marker.group("l1"):
            announced, held, by_list = None, None, False  # the next 一、 section
            goals_section = bool(GOALS_HEADING.match(doc.text, marker.end(), end))
            year_goals = YEAR_GOALS_HEADING.fullmatch(doc.text, marker.end(), end)
            if year_goals:  # 五、2027年建设目标: the section's goals are due by that year's end
                announced = held = next((d for d in find_deadlines(doc.text, ctx.reference, start, end) if d.date), None)
                goals_section = True
        elif ARTICLE.match(doc.text, start, end):
            announced, by_list = None, False  # the next 第五条 article
        section = section_index(status_sections, start)
        ctx.in_status_section = section is not None
        ctx.in_conditions = any(s <= start < e for s, e in conditions)
        closing: list[Deadline | None] = []
        first = len(cands)
        date = read_paragraph(ctx, start, end, cands, base=announced or part_date, closing_out=closing)
        place = line_place(ctx, start, end) if listed else None
        if place is not None:  # 甲镇  1500亩 under 2025年人工造林任务分解如下：: the place's share of the measure
            cands[first:] = rename_to_place(ctx, cands[first:], place, listed) if len(cands) > first else \
                line_figure(ctx, start, end, place, listed, announced or part_date)
        else:
            listed = announced_measure(ctx, start, end)
        # 2023年…达到52万头。2024年…达到60万头。各县任务如下：: the list is of the date in force where the
        # paragraph ends (its last sentence's), not the date its first sentence reported a past year by
        last = closing[0] if closing and closing[0] is not None and closing[0].date else date
        if _past_report_before_goals(ctx, doc.text, start, end, last):
            last = announced or part_date  # 2024年，全县共受理…。…确保实现以下目标：: the goals' year, not the report's
        if date is not None and date.date and (ANNOUNCES_LIST.search(doc.text, start, end)
                                               or (goals_section and (announced is None
                                                                      or _opens(doc.text, start, date)))):
            by_list = bool(ANNOUNCES_LIST.search(doc.text, start, end))
            announced = last  # 截至2023年底，…。 then 到2025年，…： the goals' date holds for what follows, not the status
        # 注：…按2023年末常住人口计算 dates the population, not the figures
        if section is not None and section not in as_of and date is not None and date.date \
                and not NOTE.match(doc.text, start, end):
            as_of[section] = date
    ctx.in_status_section = ctx.in_conditions = False
    return cands, as_of


def _table_between(table_starts: list[int], prev_end: int, start: int, i: int, table_paragraphs: set[int]) -> bool:
    """Whether a table stands between the paragraph ending at ``prev_end`` and the one at ``start`` (index ``i``)."""
    if i and (i - 1) in table_paragraphs:
        return True
    k = bisect.bisect_left(table_starts, prev_end)
    return k < len(table_starts) and table_starts[k] < start


def _past_report_before_goals(ctx: Context, text: str, start: int, end: int, last: Deadline | None) -> bool:
    """Whether the date in force where a paragraph ends is a past year an earlier sentence reported by, while the
    paragraph's last sentence announces the goals that follow (2024年，全县共受理投诉845件。…确保实现以下目标：): the
    goals are not of that past year."""
    if last is None or not last.date or not ctx.reference or last.date >= ctx.reference or last.char_start is None:
        return False
    sentence = max(text.rfind(mark, start, end - 1) for mark in "。！？!?") + 1
    return start < sentence <= end and last.char_start < sentence and GOALS_ANNOUNCED.search(text, sentence, end) is not None


def _opens(text: str, start: int, date: Deadline) -> bool:
    """Whether ``date`` opens the paragraph at ``start`` (到2025年，… / （二）2026年，…): a date heading all that follows."""
    return date.char_start is not None and SENTENCE_HEAD.fullmatch(text, start, date.char_start) is not None


def _conditions_sections(doc) -> list[tuple[int, int]]:
    """The spans of the sections under a heading of conditions (三、申报主体条件: 2022年营业收入不低于500万元 is a
    threshold), found once per document."""
    spans = []
    for section in doc.sections:
        if section.kind == "heading":
            marker = HEADING.match(section.heading or "")
            if CONDITIONS_HEADING.fullmatch((section.heading or "")[marker.end() if marker else 0:].strip()):
                spans.append((section.char_start, section.char_end))
    return spans
