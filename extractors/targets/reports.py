"""A 通报 of results (考核结果的通报, 督查整改情况的通报): the part of it that reports what happened in the period it covers.

A notice titled …通报 reports before it requires: its figures up to the heading or paragraph that turns to what is
required next (三、下步整改要求 / 为此，提出以下要求：) are reports (actual) unless their words make them goals
(计划建设管网26.8公里), as of the date the part opens with (2023年，…). Reads the document's anatomy and paragraphs;
returns that part, read as a status section (``dating``: an undated report in it takes the date a paragraph of it
opens with), and the place a finding's sentence opens with (某县第二污水处理厂…滞后，计划建设管网20公里: the
county's figures), a division of the issuer's region or a place a table of the notice lists.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.regions import division_opening
from pipeline.structure import HEADING  # one definition of the heading markers

# the title of a 通报: 关于2023年度…考核结果的通报 / …督查整改情况的通报 (not …通报制度的通知)
REPORT_TITLE = regex.compile(r"通报[\s》”]*$")
# a heading that turns to what is required next: 三、下步整改要求 / 四、下一步工作安排 / 几点建议
TURN_HEADING = regex.compile(r"要求|下步|下一步|打算|建议|意见|安排|措施")
# a paragraph announcing the requirements under it: 为此，提出以下要求： / 现提出如下要求：
TURN_LINE = regex.compile(r"(?:提出|有关|以下|如下|几点)\p{Han}{0,4}要求[：:]\s*$")
#: a heading line's title is this short at most (（二）…整改措施实、成效好 in a long paragraph is no heading)
HEADING_WORDS = 20
# the parts of the front matter the report starts after
FRONT_PARTS = ("title", "doc_number", "recipients")
# a place opening a sentence, after a note's label: 某县(第二污水处理厂…) / （注：东坪镇(因…)
OPENING_PLACE = regex.compile(r"(?:[（(]?(?:注|备注|说明)\s*[：:])?(?P<place>\p{Han}{2,6}?(?:县|市|区|镇|乡|街道|旗))")
# 沙河镇 / 城关街道 / 巴音苏木: a town, the division under a county; 临泽县 / 某区 / 某旗: a county-level issuer
TOWN_END = regex.compile(r"(?:镇|乡|街道|苏木)$")
COUNTY_END = regex.compile(r"(?:县|区|旗)$")
# 全区 / 各镇 / 本市 / 部分老旧小区: no one place
NO_PLACE = regex.compile(r"^(?:全|各|本|我|该|每|部分|个别|有的|其他|其余)")
# what a 通报's title says was assessed: 关于2024年度全县(农村公路养护工作考核)结果的通报
ASSESSED = regex.compile(r"(?:关于)?(?:对)?(?:\d{4}年度?)?(?:第[一二三四]季度|上半年|下半年)?(?:全[省市州县区旗镇乡])?"
                         r"(?P<what>\p{Han}{2,20}?(?:考核|评估|评价|考评|测评|评比|检查|督查))(?:结果|情况|排名)")
# a column of scores named only as such: 得分 / 分数 / 总分 / 考核得分 (in 分)
SCORE_HEADER = regex.compile(r"(?:考核|综合|总)?(?:得分|分数|评分)|总分")
# where a sentence starts
SENTENCE_MARKS = "。；;！？!?\n"


@dataclass
class ReportPart:
    """The span of a 通报 that reports (a status section of its own: ``char_start``, ``char_end``)."""

    char_start: int
    char_end: int
    heading: str = "通报"
    kind: str = "report"


def report_part(doc) -> ReportPart | None:
    """The reporting part of a notice titled …通报, from its front matter to what it requires next (or its
    signature); None for any other notice."""
    title = doc.anatomy.get("title")
    if title is None or not REPORT_TITLE.search(title.text):
        return None
    start = max(doc.anatomy[k].char_end for k in FRONT_PARTS if doc.anatomy.get(k) is not None)
    signature = doc.anatomy.get("signature")
    stop = signature.char_start if signature is not None and signature.char_start > start else len(doc.text)
    for p_start, p_end in doc.paragraphs:
        if p_start < start:
            continue
        if p_start >= stop:
            break
        if _turns(doc.text[p_start:p_end].strip()):
            stop = p_start
            break
    return ReportPart(start, stop) if stop > start else None


def _turns(line: str) -> bool:
    """Whether a paragraph turns to what is required next: a heading of requirements (三、下步整改要求) or a line
    announcing them (为此，提出以下要求：)."""
    marker = HEADING.match(line)
    if marker:
        words = line[marker.end():].split("。")[0]
        if len(words) <= HEADING_WORDS and TURN_HEADING.search(words):
            return True
    return TURN_LINE.search(line) is not None


def titled_year(doc, year: str) -> bool:
    """Whether a 通报's title names ``year`` as the period it reports (关于2024年度…考核结果的通报): figures of that year
    in its report part happened, even when it is issued before the year is out."""
    title = doc.anatomy.get("title")
    return title is not None and REPORT_TITLE.search(title.text) is not None and f"{year}年" in title.text


def opens_its_paragraph(text: str, paragraphs: list[tuple[int, int]], date) -> bool:
    """Whether ``date`` is a year or period opening the paragraph it stands in (2023年，全区…), not the days of an
    inspection (根据…安排，4月8日至19日，… / 11月3日至14日，…): only such a date dates a report part's undated figures."""
    if date is None or date.char_start is None or "年" not in (date.raw or "") or "日" in (date.raw or ""):
        return False
    start = next((a for a, b in paragraphs if a <= date.char_start < b), None)
    return start is not None and not text[start:date.char_start].strip(" \t\u3000（(一二三四五六七八九十、）)")


def sentence_place(ctx, text: str, start: int, q_start: int) -> str | None:
    """The place a sentence of a report part opens with, for a figure in a later clause of it (某县…滞后，计划建设
    管网20公里 / （注：东坪镇因…，已按细则扣除3分）): a division of the issuer's region or a place a table of the notice
    lists; None outside a 通报's report, or when no such place opens it."""
    if ctx.report is None or not ctx.report[0] <= start < ctx.report[1]:
        return None
    sentence = max(text.rfind(mark, 0, start) for mark in SENTENCE_MARKS) + 1
    m = OPENING_PLACE.match(text, sentence, q_start)
    if m is None or m.end() > q_start or NO_PLACE.match(m.group("place")):
        return None
    place = m.group("place")
    opening = division_opening(place)
    if opening is not None and opening[0] == len(place) and any(r.parent == ctx.region for r in opening[1]):
        return place
    if TOWN_END.search(place) and COUNTY_END.search(ctx.region or ""):
        return place  # 沙河镇因…，已按细则扣除3分 in a county's 通报: one of its towns
    return place if any(cell.text.strip() == place for table in ctx.doc.tables for row in table.rows
                        for cell in row) else None


def score_column(ctx, words: str) -> str | None:
    """The words of a column of scores (得分, in 分) named by what a 通报's title says was assessed (关于2024年度全县
    农村公路养护工作考核结果的通报 → 农村公路养护工作考核得分); the column's own words when the title names nothing
    assessed; None for a column of anything else."""
    if not SCORE_HEADER.fullmatch(words):
        return None
    title = ctx.doc.anatomy.get("title")
    m = ASSESSED.search(title.text.replace("\n", "")) if title is not None and REPORT_TITLE.search(title.text) else None
    if m is None:
        return words
    what = m.group("what")
    return what + words[2:] if words.startswith("考核") and what.endswith("考核") else what + words
