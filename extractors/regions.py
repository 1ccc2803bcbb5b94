"""Administrative divisions and national organs: the bundled tables of ``schemas/`` and reading a
region out of a name or a 发文字号.

Reads ``schemas/regions.csv`` once (indexed by full and short name, plus the abbreviations of
``schemas/region_aliases.csv``: 文山州, 黔南州) and returns, for an agency name such as
``某市某区人民政府``, its province / city / county: the name is read left to right as a chain of
division names (``某市`` + ``某区``), and a name that several divisions share is settled by the
division the notice's own text names most. A 发文字号's agency code gives a province by its first
character (沪府办发 → 上海市, 鲁政办字 → 山东省) and a city only where the notice's own text leaves
one candidate. ``schemas/national_issuers.csv`` says which issuers are national (国务院, a ministry,
a national bureau): their region is ``全国``. Used by the metadata extractor (the notice's region)
and the agencies extractor (names that open with any division).
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import regex

_SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
_REGIONS_CSV = _SCHEMAS / "regions.csv"
_ALIASES_CSV = _SCHEMAS / "region_aliases.csv"
_NATIONAL_CSV = _SCHEMAS / "national_issuers.csv"

#: the region of a national issuer's notice
NATIONAL = "全国"
# 办公厅 / 办公室 closing an organ's name: the organ's general office (农业农村部办公厅)
OFFICE_OF_ORGAN = regex.compile(r"(?:办公厅|办公室)$")
# 国家某某局 / 国家某某委员会 / 国务院某办公室 / 中共中央某部 / 中央某委员会: a national organ not listed by name
NATIONAL_ORGAN = regex.compile(
    r"^(?:国家\p{Han}{1,14}(?:总局|局|委员会|委|署|办公室|院|中心)|国务院\p{Han}{0,16}|中共中央\p{Han}{0,12}"
    r"|中央\p{Han}{1,12}(?:办公厅|办公室|委员会|部))$"
)

# a kind of place, then the other kinds its group takes in brackets (no unit's remit): 县（市、区） / 县（区、市） /
# 乡镇（街道） / 乡镇（林场） / 村（社区） (a bare 场 is left to the older readings: 乡镇（场）)
PLACE_GROUP_WORDS = regex.compile(
    r"(?:行政村|乡镇|街道|社区|县|区|市|州|镇|乡|村)[（(](?:(?:行政村|乡镇|街道|社区|林场|农场|牧场|园区|开发区|县|区|市|州|旗|镇|乡|村|居)、?)+[）)]")

# 中共 / 中国共产党 / 共青团 before a division name in an issuer (中共某市委)
PARTY_PREFIX = regex.compile(r"^(?:中国共产党|中共|共青团)")


@dataclass(frozen=True)
class Region:
    name: str
    short: str
    level: str  # province | municipality | city | county
    parent: str
    province: str
    code: str = ""  # GB/T 2260 division code
    type: str = ""  # the official kind: 省, 自治区, 地级市, 自治州, 地区, 盟, 市辖区, 县, 县级市, 旗, 自治县 …


@dataclass(frozen=True)
class RegionTable:
    by_name: dict[str, tuple[Region, ...]]
    by_short: dict[str, tuple[Region, ...]]  # short names and abbreviations (文山, 文山州)
    longest: int
    #: a province's one-character abbreviation (沪, 鲁, 粤 …) → its full name
    province_characters: dict[str, tuple[str, ...]]
    #: first character of a full or short name → the lengths names opening with it have, longest first (most
    #: characters open no division: one lookup settles them)
    lengths_by_first: dict[str, tuple[int, ...]]


@functools.lru_cache(maxsize=1)
def region_table() -> RegionTable:
    """schemas/regions.csv indexed by full and short name (and region_aliases.csv's abbreviations)."""
    by_name: dict[str, list[Region]] = {}
    by_short: dict[str, list[Region]] = {}
    with open(_REGIONS_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            region = Region(row["name"], row["short"], row["level"], row["parent"], row["province"],
                            row["code"], row["type"])
            by_name.setdefault(region.name, []).append(region)
            # a short name that starts with 市/县/区/省 (a 市中区 → 市中) reads as ordinary words
            if region.short and region.short[0] not in "市县区省":
                by_short.setdefault(region.short, []).append(region)
    characters: dict[str, list[str]] = {}
    with open(_ALIASES_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["kind"] == "province_character":
                characters.setdefault(row["alias"], []).append(row["name"])
            else:
                found = by_short.setdefault(row["alias"], [])
                found += [r for r in by_name.get(row["name"], ()) if r not in found]
    longest = max(len(name) for name in list(by_name) + list(by_short))
    lengths: dict[str, set[int]] = {}
    for name in list(by_name) + list(by_short):
        if len(name) >= 2:
            lengths.setdefault(name[0], set()).add(len(name))
    return RegionTable(
        {k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_short.items()}, longest,
        {k: tuple(v) for k, v in characters.items()},
        {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
    )


@functools.lru_cache(maxsize=1)
def national_issuers() -> tuple[frozenset[str], tuple[str, ...]]:
    """(names and aliases of national organs, their 文号 codes longest first) from schemas/national_issuers.csv."""
    names: set[str] = set()
    codes: set[str] = set()
    with open(_NATIONAL_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names.add(row["name"])
            names.update(a for a in row["aliases"].split("|") if a)
            codes.update(c for c in row["doc_codes"].split("|") if c)
    return frozenset(names), tuple(sorted(codes, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def national_branches() -> dict[str, tuple[str, ...]]:
    """Name or alias of a vertically managed national organ → what its regional branches are called
    (国家税务总局 → 税务局; 中国人民银行 → 分行, 中心支行, 支行), from the ``branches`` column."""
    branches: dict[str, tuple[str, ...]] = {}
    with open(_NATIONAL_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ends = tuple(e for e in (row.get("branches") or "").split("|") if e)
            if ends:
                for name in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
                    branches[name] = ends
    return branches


def is_national(name: str) -> bool:
    """国务院办公厅, 工业和信息化部, 国家数据局, 中共中央、国务院: every co-issuer a national organ."""
    names, _ = national_issuers()
    parts = [p for p in regex.split(r"[、，,\s]+", name) if p]
    # 农业农村部办公厅 / 财政部办公室: a national organ's general office issues for it; among co-issuers, a
    # commission written without its 国家 (工业和信息化部、发展改革委、…: no place names it, it is the state's)
    return bool(parts) and all(p in names or OFFICE_OF_ORGAN.sub("", p) in names or NATIONAL_ORGAN.match(p)
                               or (len(parts) > 1 and "国家" + p in names) for p in parts)


def national_code(code: str) -> bool:
    """A 发文字号 agency code of a national organ: 国发, 国办函, 工信部信管, 国信办发文."""
    _, codes = national_issuers()
    return any(code.startswith(c) for c in codes)


def code_region(code: str, text: str) -> tuple[dict[str, str | None], int]:
    """(province/city/county, characters of ``code`` read) of a 发文字号's agency code.

    The first character names a province (沪府办发 → 上海市); a code that opens with a division's
    short name names it (荣政发 reads no, 荣成政发 → 荣成市). A city's one-character code
    (威政发) counts only when exactly one city of the notice's province (or, without one, of the
    cities the text names) starts with it.
    """
    table = region_table()
    place: dict[str, str | None] = {"province": None, "city": None, "county": None}
    chain = region_chain(code)
    if chain:
        resolved, where = resolve_region(code, text)
        if any(resolved.values()):
            return resolved, max(b for _, b in where.values())
    provinces = table.province_characters.get(code[:1], ())
    if len(provinces) == 1:
        place["province"] = provinces[0]
        for region in table.by_name.get(provinces[0], ()):
            if region.level == "municipality":
                place["city"] = region.name
        return place, 1
    candidates = {r.name: r for regions in table.by_short.values() for r in regions
                  if r.level == "city" and r.short.startswith(code[:1]) and (r.name in text or r.short in text)}
    if len(candidates) == 1:
        region = next(iter(candidates.values()))
        place["province"], place["city"] = region.province, region.name
        return place, 1
    return place, 0


def _match_at(text: str, pos: int, table: RegionTable) -> tuple[int, tuple[Region, ...]] | None:
    """The longest division name (full, else short) starting at ``pos``."""
    room = len(text) - pos
    for length in table.lengths_by_first.get(text[pos], ()) if room > 0 else ():
        if length > room:
            continue
        piece = text[pos : pos + length]
        found = table.by_name.get(piece) or table.by_short.get(piece)
        if found:
            return pos + length, found
    return None


def division_opening(text: str) -> tuple[int, tuple[Region, ...]] | None:
    """(length, divisions) of a division's full name opening ``text`` (林芝市公安局 → 3, 林芝市); None when no
    division opens it or only a short name does (公安 of 公安局 is 公安县's short name)."""
    if not text or PARTY_PREFIX.match(text):
        return None  # (中共某市委: the chain opens after the party's word, not at 0)
    hit = _match_at(text, 0, region_table())  # the chain's first link only, not the whole chain
    if hit is None:
        return None
    end = hit[0]
    found = tuple(r for r in hit[1] if r.name == text[:end])
    return (end, found) if found else None


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
