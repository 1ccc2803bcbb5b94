"""The level of a wider region a figure is compared with, stated in brackets after the comparison:
``污水集中收集率为58.5%，低于全省平均水平（66.2%）`` → the province's 污水集中收集率, 66.2%, scope the province;
``人均可支配收入3.2万元，高于全国平均水平（2.9万元）`` → 全国's 人均可支配收入. The bracket holds the measure the figure
before it in the sentence states, never a measure named 低于全省平均水平.

Reads the text before a figure; returns (measure words, scope) or None.
"""
from __future__ import annotations

import regex

from extractors.numbers import find_quantities
from extractors.regions import division_opening, region_table
from extractors.targets.wording import measure_words

# the comparison with a wider region's level, right before the bracket holding it: 低于全省平均水平（ / 高于全国平均（
COMPARED_LEVEL = regex.compile(r"(?:略|明显|远|均)?(?:高于|低于|超过|超出|不及|接近|快于|慢于)"
                               r"(?P<area>全国|全省|全区|全市|全州)(?:同期)?(?:平均)?(?:水平|值|数)?[（(]$")
# where the measure's words stop, before the figure they name: a clause or sentence mark
CLAUSE_MARKS = "，,。；;：:\n"
# a verb of being between a measure and its figure: (千人口献血率)为(12.4‰) / 达到 / 是
BEING_END = regex.compile(r"(?:为|达到|达|是|约|仅为|仅)$")
# words of a wider region at the opening of the measure's words: 全州(千人口献血率)
AREA_OPENING = regex.compile(r"^(?:全国|全省|全区|全市|全州|全县|我省|我市|我州|我县|本省|本市|本州|本县)")


def compared_level(text: str, q_start: int, q_unit: str | None, region: str | None) -> tuple[str, str] | None:
    """(measure, scope) of a figure in brackets after ``低于全省平均水平（``: the measure the figure before the comparison
    states in the same sentence, in the same unit, and the wider region (全国, or the province or city of the notice's
    ``region``); None for any other figure, or when the region cannot be told."""
    compared = COMPARED_LEVEL.search(text, max(0, q_start - 16), q_start)
    if not compared or compared.end() != q_start:
        return None
    scope = _wider_region(compared.group("area"), region)
    if scope is None:
        return None
    sentence = max(text.rfind(mark, 0, compared.start()) for mark in "。；;\n") + 1
    own = [x for x in find_quantities(text, sentence, compared.start()) if x.unit == q_unit]
    if not own:
        return None
    before = own[-1]
    clause = max(text.rfind(mark, sentence, before.start) for mark in CLAUSE_MARKS) + 1
    words = BEING_END.sub("", text[max(clause, sentence):before.start].strip())
    opening = division_opening(words)  # 驻马店市(千人口献血率): the measure, not the place whose level it was
    words = measure_words(AREA_OPENING.sub("", words[opening[0]:] if opening else words))
    return (words, scope) if len(words) >= 2 else None


def _wider_region(area: str, region: str | None) -> str | None:
    """The region 全国 / 全省 / 全市 names for a notice of ``region``: 全国; the province (or autonomous region) it lies in
    or is; the city a county lies in or the city itself; None when the region cannot be told."""
    if area == "全国":
        return "全国"
    if not region:
        return None
    places = region_table().by_name.get(region, ())
    if not places:
        return None
    place = places[0]
    if area == "全区" and place.level == "county" and region.endswith("区") and not place.province.endswith("自治区"):
        return region  # 全区 of a district's own notice: the district itself (in an autonomous region 全区 names it)
    if area in ("全省", "全区"):
        return place.province  # (a province's own notice: 某市…低于全省平均水平（…）, the province itself)
    if place.level == "city":
        return region  # 全市 / 全州 of a city's own notice: the city itself
    if place.level == "county" and place.parent and place.parent != place.province:
        return place.parent  # 全市 / 全州 of a county's notice: its city or prefecture
    return None
