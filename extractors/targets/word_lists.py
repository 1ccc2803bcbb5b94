"""The word lists the targets extractor reads from ``schemas/target_words.json``, loaded once, as patterns.

Kinds of standard (a service's level, a posting term, a land-use standard), the names of funds paid to people, the
words that make a row or line the whole region's total, and the class words that name a kind of place, not a place.
"""
from __future__ import annotations

import json

import regex

from schemas import data_file

_WORDS = json.loads(data_file("target_words.json").read_text(encoding="utf-8"))


def _any(key: str) -> str:
    """An alternation of one list's words, longest first."""
    return "|".join(regex.escape(w) for w in sorted(_WORDS[key], key=len, reverse=True))


# the level a service keeps: 室内温度 / 供水水压 (the figure's words end with it)
SERVICE_LEVEL = regex.compile(rf"(?:{_any('service_levels')})$")
# a list posted for a term: 张榜公示 / 公示时间 / 公告期限 (the figure's words end with it)
POSTED = regex.compile(rf"(?:{_any('posted_acts')})(?:{_any('posted_terms')})?$")
# a standard each project or plot meets: 容积率 / 亩均投入 / 投资强度 (the figure's words end with it)
LAND_USE = regex.compile(rf"(?:{_any('land_use')})$")
# the size or term every one of a kind of thing holds (营业面积 / 贮存周期) or a benefit runs for (补助时间 / 补贴期限):
# the figure's words end with it
HELD_MEASURE = regex.compile(rf"(?:{_any('unit_sizes')})$|(?:{_any('benefit_acts')})(?:{_any('benefit_terms')})$")
# funds paid to people, as an alternation: 慰问金|抚恤金
FUNDS = _any("funds")
# money a person or unit pays in, not support given: 个人缴费标准 / 单位缴纳 / 个人自付
PAID_IN = regex.compile(_any("paid_in"))
# the whole region, as an alternation of the levels after 全: 全县 / 全地区
WHOLE_LEVELS = _any("whole_region_levels")
# a total's word, as an alternation: 合计|小计
TOTAL_WORDS = _any("total_words")
# the whole region alone: 全县 / 全州
WHOLE = regex.compile(rf"全(?:{WHOLE_LEVELS})")
# a row or line of the whole region's total: 合计 / 全县合计 / 全市
REGION_TOTAL = regex.compile(rf"^(?:全(?:{WHOLE_LEVELS}))?(?:{TOTAL_WORDS})$|^全(?:{WHOLE_LEVELS}|国)$")
# a word naming a kind of place (示范村, 森林乡镇), not a place's own name
KIND_OF_PLACE = regex.compile(_any("place_class_words"))
