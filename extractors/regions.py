"""Administrative divisions: the bundled table ``schemas/regions.csv`` and reading a region out of a name.

Reads the CSV once (indexed by full and short name) and returns, for an agency name such as
``某市某区人民政府``, its province / city / county: the name is read left to right as a chain of
division names (``某市`` + ``某区``), and a name that several divisions share is settled by the
division the notice's own text names most. Used by the metadata extractor (the notice's region)
and the agencies extractor (names that open with any division).
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import regex

_REGIONS_CSV = Path(__file__).resolve().parent.parent / "schemas" / "regions.csv"

# 中共 / 中国共产党 / 共青团 before a division name in an issuer (中共某市委)
PARTY_PREFIX = regex.compile(r"^(?:中国共产党|中共|共青团)")


@dataclass(frozen=True)
class Region:
    name: str
    short: str
    level: str  # province | municipality | city | county
    parent: str
    province: str


@dataclass(frozen=True)
class RegionTable:
    by_name: dict[str, tuple[Region, ...]]
    by_short: dict[str, tuple[Region, ...]]
    longest: int


@functools.lru_cache(maxsize=1)
def region_table() -> RegionTable:
    """schemas/regions.csv indexed by full and short name."""
    by_name: dict[str, list[Region]] = {}
    by_short: dict[str, list[Region]] = {}
    with open(_REGIONS_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            region = Region(row["name"], row["short"], row["level"], row["parent"], row["province"])
            by_name.setdefault(region.name, []).append(region)
            # a short name that starts with 市/县/区/省 (a 市中区 → 市中) reads as ordinary words
            if region.short and region.short[0] not in "市县区省":
                by_short.setdefault(region.short, []).append(region)
    longest = max(len(name) for name in by_name)
    return RegionTable(
        {k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_short.items()}, longest
    )


def _match_at(text: str, pos: int, table: RegionTable) -> tuple[int, tuple[Region, ...]] | None:
    """The longest division name (full, else short) starting at ``pos``."""
    for length in range(min(table.longest, len(text) - pos), 1, -1):
        piece = text[pos : pos + length]
        found = table.by_name.get(piece) or table.by_short.get(piece)
        if found:
            return pos + length, found
    return None


def region_chain(name: str) -> list[tuple[int, int, tuple[Region, ...]]]:
    """Division names that open ``name`` one after another: 某市某区人民政府 → [某市, 某区]."""
    table = region_table()
    prefix = PARTY_PREFIX.match(name)
    pos = prefix.end() if prefix else 0
    chain = []
    while pos < len(name):
        hit = _match_at(name, pos, table)
        if not hit:
            break
        chain.append((pos, hit[0], hit[1]))
        pos = hit[0]
    return chain


def _drop_descendants(candidates: list[Region]) -> list[Region]:
    """A short name shared by a province and its own city: keep the higher division."""
    names = {c.name for c in candidates}
    return [c for c in candidates if not ({c.parent, c.province} - {c.name}) & names]


def _text_score(region: Region, text: str) -> int:
    """How often the notice names the city and province that ``region`` lies in."""
    table = region_table()
    score = 0
    for name in {region.parent, region.province} - {region.name, ""}:
        score += text.count(name)
        for r in table.by_name.get(name, ()):
            if r.short:
                score += text.count(r.short) - text.count(name)
    return score


def _consistent(region: Region, place: dict[str, str | None]) -> bool:
    if place["province"] and region.province != place["province"]:
        return False
    if region.level in ("province", "municipality") and place["province"]:
        return False
    if region.level == "county" and place["city"] and region.parent != place["city"]:
        return False
    return not (region.level == "city" and place["city"])


def resolve_region(name: str, text: str) -> tuple[dict[str, str | None], dict[str, tuple[int, int]]]:
    """(province/city/county, the span in ``name`` each came from) of the division an agency name opens with."""
    place: dict[str, str | None] = {"province": None, "city": None, "county": None}
    where: dict[str, tuple[int, int]] = {}
    for start, end, found in region_chain(name):
        candidates = _drop_descendants([r for r in found if _consistent(r, place)])
        if len(candidates) > 1:
            scores = [_text_score(r, text) for r in candidates]
            best = max(scores)
            if best > 0 and scores.count(best) == 1:
                candidates = [candidates[scores.index(best)]]
        if not candidates:
            break
        if len(candidates) > 1:
            provinces = {r.province for r in candidates}
            if len(provinces) == 1 and not place["province"]:
                place["province"] = provinces.pop()
                where["province"] = (start, end)
            if all(r.level == "county" for r in candidates) and {r.name for r in candidates} == {candidates[0].name}:
                place["county"] = candidates[0].name
                where["county"] = (start, end)
            break
        region = candidates[0]
        if region.level == "county":
            place["county"] = region.name
            where["county"] = (start, end)
        if region.level in ("city", "municipality"):
            place["city"] = region.name
            where["city"] = (start, end)
        elif region.level == "county" and not place["city"]:
            place["city"] = region.parent
            where["city"] = (start, end)
        if not place["province"]:
            place["province"] = region.province
            where["province"] = (start, end)
    return place, where
