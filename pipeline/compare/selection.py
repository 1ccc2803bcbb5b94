"""What ``--indicator`` and ``--region`` name: the user's words resolved to the names the database holds.

An indicator is found by its canonical name, a wording of ``schemas/indicators.json`` or the words
a notice used; a region by its name, its name without the level word (咸阳 → 咸阳市) or a province or
city that contains it. A name that matches nothing raises ``ResearchError`` listing the close names
that exist (difflib's similar names and names that contain the words or are contained in them).
"""
from __future__ import annotations

import difflib
import re
from typing import Iterable

from pipeline.geography import Region, provinces_of
from pipeline.research_db import ResearchError

#: spaces, quotes, hyphens and ellipses do not tell indicator names apart: “双千兆”应用 = 双千兆应用
_NAME_NOISE = re.compile(r"[\s“”\"'‘’「」『』\-‐‑–—·…]")
#: the level word a region's short name drops: 咸阳市 → 咸阳
_LEVEL_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|自治州|地区|盟|县|区|旗)$")


def name_key(name: str | None) -> str:
    """An indicator name as names are compared: 10G-PON = 10GPON, “双千兆”应用创新 = 双千兆应用创新."""
    return _NAME_NOISE.sub("", name or "").lower()


def close_names(query: str, names: Iterable[str], limit: int = 8) -> list[str]:
    """Names like ``query``: those containing it or contained in it, then difflib's closest."""
    names = sorted(set(names))
    key = name_key(query)
    containing = [n for n in names if key and (key in name_key(n) or name_key(n) in key)]
    similar = difflib.get_close_matches(query, names, n=limit, cutoff=0.4)
    seen: list[str] = []
    for name in containing + similar:
        if name not in seen:
            seen.append(name)
    return seen[:limit]


def _unknown(what: str, query: str, names: Iterable[str], listing: str) -> ResearchError:
    names = list(names)
    close = close_names(query, names)
    if close:
        return ResearchError(f"no {what} {query!r} in the database; close names that exist: {', '.join(close)}")
    return ResearchError(f"no {what} {query!r} in the database; {listing}: {', '.join(sorted(names)[:30])}"
                         + (" …" if len(names) > 30 else ""))


def resolve_indicators(queries: Iterable[str], known: Iterable[str], wordings: dict[str, str]) -> list[str]:
    """Each query as an indicator name of ``known`` (canonical names and recurring raw names), through
    ``wordings`` (a wording's name key → canonical name) where the query is a wording."""
    known = list(known)
    by_key = {name_key(n): n for n in known}
    resolved = []
    for query in queries:
        key = name_key(query)
        name = by_key.get(key) or wordings.get(key)
        if name is None:
            raise _unknown("indicator", query, known, "indicators that exist")
        if name not in resolved:
            resolved.append(name)
    return resolved


def region_matches(query: str, region: Region) -> bool:
    """Whether ``--region query`` selects ``region``: its own name (with or without the level word), or
    the province or city it lies in."""
    for name in region.names():
        if query == name or (len(query) >= 2 and _LEVEL_SUFFIX.sub("", name) == query):
            return True
    return False


def resolve_regions(queries: Iterable[str], regions: Iterable[Region]) -> list[str]:
    """The queries, each checked to select at least one of ``regions``; for one that selects none, the
    regions of the same province are named first (西安 → 咸阳市), then close names."""
    regions = list(regions)
    for query in queries:
        if not any(region_matches(query, r) for r in regions):
            provinces = provinces_of(query)
            neighbours = sorted({r.name for r in regions if r.province in provinces and r.name})
            if neighbours:
                raise ResearchError(f"no region {query!r} in the database; in {'/'.join(sorted(provinces))} it has: "
                                    + ", ".join(neighbours))
            names = {n for r in regions for n in r.names()}
            raise _unknown("region", query, names, "regions that exist")
    return list(queries)
