"""Regions on the researcher's side: which region a figure is about, and the order regions are listed in.

A figure belongs to its notice's region unless its scope names another region of
``schemas/regions.csv`` inside it (a city's table of districts, a ministry's table of cities), or a
whole-region word (全市, 本县) says it is the notice's own. Regions are ordered 全国 first, then by
province (the GB/T 2260 codes of ``schemas/provinces.csv``), then city, then county.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
NATIONAL = "全国"
#: scopes that mean the whole country
NATIONAL_SCOPES = {NATIONAL, "国家", "全国范围"}


@dataclass(frozen=True)
class Region:
    name: str | None  # the most specific of county, city, province; 全国; None when the notice names none
    province: str | None = None
    city: str | None = None
    county: str | None = None

    @property
    def label(self) -> str:
        return self.name or "(region unknown)"

    def names(self) -> set[str]:
        return {n for n in (self.name, self.province, self.city, self.county) if n}


@dataclass(frozen=True)
class Division:
    name: str
    level: str
    parent: str | None
    province: str


@lru_cache(maxsize=1)
def divisions() -> dict[str, list[Division]]:
    """Full name → the divisions of that name (鼓楼区 is in four cities)."""
    table: dict[str, list[Division]] = {}
    with open(SCHEMAS / "regions.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table.setdefault(row["name"], []).append(
                Division(row["name"], row["level"], row["parent"] or None, row["province"]))
    return table


@lru_cache(maxsize=1)
def short_names() -> dict[str, list[str]]:
    """Short name (咸阳) → full names (咸阳市)."""
    table: dict[str, list[str]] = {}
    with open(SCHEMAS / "regions.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["short"]:
                table.setdefault(row["short"], []).append(row["name"])
    return table


def provinces_of(name: str) -> set[str]:
    """The provinces a region of this full or short name lies in (杭州 → 浙江省)."""
    full = set(short_names().get(name, [])) | ({name} if name in divisions() else set())
    return {d.province for n in full for d in divisions().get(n, [])}


@lru_cache(maxsize=1)
def province_codes() -> dict[str, int]:
    with open(SCHEMAS / "provinces.csv", encoding="utf-8", newline="") as handle:
        return {row["name"]: int(row["code"]) for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def whole_region_words() -> frozenset[str]:
    data = json.loads((SCHEMAS / "indicators.json").read_text(encoding="utf-8"))
    return frozenset(data.get("scope_words", {}).get("whole_region", []))


def notice_region(notice: dict) -> Region:
    """The region of a notices row (its region, province, city and county columns)."""
    name = notice.get("region") or notice.get("county") or notice.get("city") or notice.get("province")
    if name == NATIONAL or notice.get("region_level") in (NATIONAL, "national"):
        return Region(NATIONAL)
    return Region(name, notice.get("province"), notice.get("city"), notice.get("county"))


def _province_region(province: str) -> Region:
    named = divisions().get(province, [])
    return _region_of(named[0]) if named else Region(province, province)


def _region_of(division: Division) -> Region:
    if division.level in ("province", "municipality"):
        return Region(division.name, division.province, division.name if division.level == "municipality" else None)
    if division.level == "city":
        return Region(division.name, division.province, division.name)
    parent = divisions().get(division.parent or "", [])
    city = division.parent if parent else None
    return Region(division.name, division.province, city, division.name)


def _inside(division: Division, region: Region) -> bool:
    if region.name in (None, NATIONAL):
        return True
    if region.county:
        return division.name == region.county
    if region.city:
        return division.name == region.city or division.parent == region.city
    return division.province == region.province


def scope_region(scope: str | None, home: Region) -> Region | None:
    """The region a figure's scope names: ``home`` for no scope or a whole-region word, 全国 for a national
    scope, another region lying inside ``home``; None when the scope names no region (an operator, a
    group of districts), so the figure stays with ``home`` as a scoped figure."""
    scope = (scope or "").strip()
    if scope in whole_region_words() and scope.endswith("省") and home.province and home.province != home.name:
        return _province_region(home.province)  # 全省 in a city's notice: the province
    if not scope or scope in whole_region_words():
        return home
    if scope in NATIONAL_SCOPES:
        return Region(NATIONAL)
    if scope in home.names() and scope != home.name:
        # a county notice's figure about its city or province
        named = divisions().get(scope, [])
        same_province = [d for d in named if d.province == home.province] or named
        if same_province:
            return _region_of(same_province[0])
    if scope == home.name:
        return home
    candidates = [d for d in divisions().get(scope, []) if _inside(d, home)]
    if len(candidates) == 1:
        return _region_of(candidates[0])
    if home.province:
        same_province = [d for d in candidates if d.province == home.province]
        if len(same_province) == 1:
            return _region_of(same_province[0])
    return None


def sort_key(region: Region) -> tuple:
    """全国 first, then province by code, city, county; a notice without a region last."""
    if region.name == NATIONAL:
        return (0, 0, "", "", "")
    if region.name is None:
        return (2, 0, "", "", "")
    code = province_codes().get(region.province or "", 99)
    return (1, code, region.province or "", region.city or "", region.county or "")
