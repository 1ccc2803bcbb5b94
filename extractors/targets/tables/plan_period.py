"""The end of the period the plan a notice issues covers, for the goals of a table that name no date of their own.

``…两年提升计划（2025—2026年）`` over a table ``县（市、区） | 老旧燃气管网更新改造任务（公里）``: each place's task is due by the
plan's last year (2026-12-31). Reads the title line of the plan near the top of the text (``dating.PLAN_SPAN``).
"""
from __future__ import annotations

import regex

from extractors.targets.dating import PLAN_SPAN
from schemas.records import Deadline

# how far into the text the plan's title may lie (a cover notice, then the plan's own title)
TITLE_REACH = 1500


def plan_end(text: str, span_pattern: regex.Pattern = PLAN_SPAN) -> Deadline | None:
    """The end of the last year the plan's title spans (…方案（2024—2026年） → 2026-12-31), or of the years another
    ``span_pattern`` (groups ``a`` and ``b``) finds near the top; None without one, or for a span that runs backwards."""
    span = span_pattern.search(text, 0, min(len(text), TITLE_REACH))
    if not span or int(span.group("b")) < int(span.group("a")):
        return None
    return Deadline(raw=span.group(0).strip(), date=f"{int(span.group('b')):04d}-12-31", recurrence="once",
                    char_start=span.start(), char_end=span.end())


# one year a title names as the year its work covers: 关于印发某县2024年…实施方案的通知 / 做好2025年秋冬植树工作 (not a span
# 2024—2026年, nor 2024年度…通报 reporting a year)
TITLE_YEAR = regex.compile(r"(?<![\d—–－\-~～至到])(?P<y>\d{4})\s*年度?(?!\s*[—–－\-~～至到]\s*\d)")
# a part of the year right after it: 2023年暑期… / 2024年汛期 / 2025年春节期间 / 2024年第三季度 (the work of a season)
SEASON = regex.compile(r"\s*(?:暑期|暑假|寒假|春季|夏季|秋季|冬季|汛期|汛前|主汛期|防汛|春节|元旦|国庆|中秋|五一|清明|春运|"
                       r"上半年|下半年|第[一二三四]季度|一季度|二季度|三季度|四季度|\d{1,2}月|森林防火期|防火期|采暖季|供暖季|"
                       r"夏收|秋收|三夏|三秋|春耕|春播|高考|中考)")
# a title of work to be done in that year: 实施方案 / 工作要点 / 工作计划 / 工作安排 / 做好…工作
YEAR_WORK = regex.compile(r"方案|要点|计划|安排|工作|行动|任务")
# a title that reports: …结果的通报 / 工作总结 / 情况的报告 (not a year's 《政府工作报告》 a plan divides up: its goals)
REPORTS = regex.compile(r"通报[\s》”]*$|总结|(?<!政府工作)报告|情况")


def year_plan_end(doc, reference: str | None) -> Deadline | None:
    """The end of the one year a notice's title says its work covers (某县2024年秸秆综合利用实施方案 → 2024-12-31), when that
    year is not over before the notice (a 2023年工作总结 of 2024 reports); None for a title naming no year, several, or
    a span, or a season of it (2023年暑期…专项治理: the campaign's own days)."""
    title = doc.anatomy.get("title")
    if title is None or not YEAR_WORK.search(title.text) or REPORTS.search(title.text):
        return None
    years = list(TITLE_YEAR.finditer(title.text))
    if not years or len({m.group("y") for m in years}) != 1 or PLAN_SPAN_WORDS.search(title.text):
        return None
    year = years[0]
    if SEASON.match(title.text, year.end()) or (reference and year.group("y") < reference[:4]):
        return None
    day = EVENT_DAY.search(doc.text, title.char_end, min(len(doc.text), title.char_end + TITLE_REACH))
    if day and day.group("y") == year.group("y"):  # 定于2025年4月12日…举行…演练: the work is that one day's
        return Deadline(raw=day.group("raw"), date=f"{day.group('y')}-{int(day.group('m')):02d}-{int(day.group('d')):02d}",
                        recurrence="once", char_start=day.start("raw"), char_end=day.end("raw"))
    return Deadline(raw=year.group(0), date=f"{year.group('y')}-12-31", recurrence="once",
                    char_start=title.char_start + year.start(), char_end=title.char_start + year.end())


# the one day the opening fixes for the work: 定于2025年4月12日在全区举行… (not a span 7月1日至8月31日, nor a
# start 自…日起)
EVENT_DAY = regex.compile(r"定于\s*(?P<raw>(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)"
                          r"(?!\s*[至到—–－\-~～起]|\s*\d)(?:（[^（）]{0,6}）)?[^。；，,]{0,20}?(?:开展|举行|举办|组织|进行)")
# a span of years anywhere in a title: 2024—2026年 / 2024至2025年
PLAN_SPAN_WORDS = regex.compile(r"\d{4}\s*年?\s*[—–－\-~～至到]\s*\d{4}")
