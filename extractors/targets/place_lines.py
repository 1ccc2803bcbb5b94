"""A list of places, one line each with its figure, under a sentence announcing what the figures are.

``2025年人工造林任务分解如下：`` over ``甲镇  1500亩`` / ``乙乡  1200亩`` / ``其余乡镇合计  2300亩`` (a text copy of a
table without its header, or a DOCX/web page's short paragraphs): each line's figure is the announced measure
(``人工造林任务``) with the line's place as its scope, never the place as its name. Reads the announcing paragraph's
last clause and each line; the body reader renames the line's Candidates. A kind of place a list counts (示范村  8个 /
生态乡镇  2个: a class word, schemas/target_words.json) is no place, and ends the list.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.deadlines import find_deadlines
from extractors.numbers import comparator, find_quantities
from extractors.regions import division_opening
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.word_lists import KIND_OF_PLACE, WHOLE
from pipeline.model import Cell
from schemas.records import Deadline

# the last clause of a paragraph announcing a list of places: 2025年人工造林任务分解如下： / 各镇改造任务安排如下：
# (its measure in ``what``)
ANNOUNCING = regex.compile(r"(?:^|[。；;，,：:])\s*(?P<what>[^。；;，,：:]{2,40}?)(?:分解|分配|安排|下达|明确)?如下\s*[：:]\s*$")
# the places a measure's words may open with: 各乡镇 / 各镇（街道） / 全县
OWNER_HEAD = regex.compile(r"^(?:各|全)\p{Han}{0,4}?(?:乡镇|镇|乡|街道|县|区|市)(?:[（(][\p{Han}、]{1,8}[）)])?")
# words announcing a list that name no measure: 具体目标 / 主要任务 / 工作安排 (its lines name their own)
GENERIC = regex.compile(r"(?:具体|主要|工作|年度|各项|有关|相关|重点)?(?:目标|任务|指标|要求|安排|措施)(?:任务)?")
# a place, maybe the rest of them together: 城东镇 / 河西街道 / 其余乡镇合计 (the place in ``place``, its name before the
# kind of place in ``name``)
PLACE = (r"(?P<place>(?P<rest>其余|其他)?(?P<name>\p{Han}{0,10}?)(?P<suffix>乡镇|镇|乡|街道|苏木|县|区|市|旗|开发区|园区|社区|村)"
         r"(?:[（(][\p{Han}、]{1,8}[）)])?)(?:合计|小计|共计)?")
PLACE_CELL = regex.compile(PLACE)
# a line that is a place and its figure: 甲镇  1500亩 / 乙街道：1300个 / 其余乡镇合计 2300亩 (the place in ``place``)
PLACE_LINE = regex.compile(
    rf"^\s*{PLACE}\s*[：:]?\s*"
    r"(?P<figure>\d[\d,.]*\s*[万亿]?\s*\p{Han}{0,3}|\d[\d.]*\s*[%％])\s*[；;。，,]?\s*$")


def announced_measure(ctx: Context, start: int, end: int) -> str | None:
    """What a paragraph closing with …如下： announces a list of (2025年人工造林任务分解如下： → 人工造林任务), without its
    date or the places it is split among; None for any other paragraph."""
    return measure_announced(ctx, ctx.text[start:end])


def measure_announced(ctx: Context, words: str) -> str | None:
    """The measure words closing with …如下： announce (a paragraph, or a table's title): 各镇秸秆离田利用任务分解如下： →
    秸秆离田利用任务."""
    m = ANNOUNCING.search(words)
    if not m:
        return None
    what = m.group("what")
    for d in find_deadlines(what, ctx.reference, recurrences=False):
        what = what.replace(d.raw, "")
    what = OWNER_HEAD.sub("", what.strip()).strip()
    return what if len(what) >= 2 and not GENERIC.fullmatch(what) else None


def place_label(label: str) -> str | None:
    """The place a table row's first cell names (甲镇 / 其余乡镇合计 → 其余乡镇), else None."""
    m = PLACE_CELL.fullmatch(label.strip())
    return m.group("place") if m and _proper(m) else None


def line_place(ctx: Context, start: int, end: int) -> str | None:
    """The place a paragraph that is only a place and its figure names (其余乡镇合计  2300亩 → 其余乡镇; 全县 → the
    issuer's region), else None."""
    m = PLACE_LINE.match(ctx.text[start:end])
    if not m or not _proper(m):
        return None
    return ctx.region if WHOLE.fullmatch(m.group("place")) else m.group("place")  # 全县合计  5.2万吨: the county's own


def _proper(m: regex.Match) -> bool:
    """Whether a place matched names a place (城东镇, 其余乡镇, 全县, a division the regions data knows), not a kind of
    place a list counts (示范村, 森林乡镇, 绿色园区: a class word, or a name too long to be a place's own)."""
    place, name = m.group("place"), m.group("name")
    if m.group("rest") or WHOLE.fullmatch(place):
        return True
    if KIND_OF_PLACE.search(name) or m.group("suffix") == "乡镇":
        return False
    opening = division_opening(place)  # 某县城关镇: the division the regions data knows, then a short name
    return len(name) - (opening[0] if opening else 0) <= 4


def rename_to_place(ctx: Context, cands: list[Candidate], place: str, measure: str) -> list[Candidate]:
    """The Candidates of a place's line named by the announced measure, scoped to the place; a bare goal (no bound in
    the line: its 合计 only says the place is several) reaches at least its figure."""
    out = []
    for cand in cands:
        t = cand.target
        indicator = ctx.dictionary.match(measure, t.unit)
        comparator = ">=" if t.kind == "target" and t.comparator == "=" else t.comparator
        out.append(replace(cand, target=replace(t, indicator_raw=measure, scope=place, comparator=comparator,
                                                indicator=indicator.name if indicator else None)))
    return out


def line_figure(ctx: Context, start: int, end: int, place: str, measure: str, due: Deadline | None) -> list[Candidate]:
    """The one figure of a place's line the paragraph reader found no words for (全县合计  6.4万吨), as the announced
    measure in that place, due by the list's date; nothing for a line of several figures."""
    found = find_quantities(ctx.text, start, end)
    if len(found) != 1:
        return []
    q = found[0]
    cell = Cell(ctx.text[start:end], start, end)
    comp = comparator(ctx.text, q, start, end)  # 合计 says the place is several, not that the goal is exact
    return [Candidate(make_target(ctx, cell, q, None if comp == "=" else comp, measure, "target", place, due), "body")]
