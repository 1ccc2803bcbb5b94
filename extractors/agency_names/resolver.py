"""The canonical full name of an agency in one notice, and the pairings that feed it.

A notice names a body in several ways; :class:`Resolver` answers with its aliases first (``以下简称``),
then its pairings (a short form it writes beside the full one), then the abbreviation dictionary,
and the name as written when none applies. Reads the notice's region (from the metadata result) for
the prefixes an abbreviation may carry; returns canonical names and :class:`AgencyMention` records.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.agency_names.knowledge import knowledge
from extractors.agency_names.names import expand_abbreviation, kind_of, normalize_name
from schemas.records import AgencyIndex, AgencyMention

# 省 / 市 / 自治区 / 县 … at the end of a region name: what its stem leaves out (某某市 → 某某)
REGION_LEVEL = regex.compile(r"(?:省|市|自治区|自治州|自治县|地区|盟|州|区|县|旗)$")


@dataclass
class Resolver:
    """Name → (canonical, kind) for one notice: its aliases first, then its pairings, then the dictionary."""

    aliases: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias → (canonical, source)
    regions: frozenset[str] = frozenset()  # the notice's region names, valid abbreviation prefixes

    def canonical(self, name: str) -> tuple[str, str | None]:
        """(canonical full name, source of the resolution or None when written in full)."""
        agency = normalize_name(name)
        if agency in self.aliases:
            return self.aliases[agency]
        expanded = expand_abbreviation(agency, self.regions)
        if expanded:
            return expanded, "dictionary"
        return agency, None

    def mention(self, doc, start: int, end: int, role: str | None = None) -> AgencyMention:
        raw = doc.text[start:end]
        canonical, _ = self.canonical(raw)
        return AgencyMention(
            char_start=start, char_end=end, evidence=raw, page=doc.page_at(start), name_raw=raw,
            agency=normalize_name(raw), canonical=canonical, kind=kind_of(canonical) or kind_of(raw), role=role,
        )


def resolver_for(index: AgencyIndex | None, meta=None) -> Resolver:
    """The resolver of a notice from the aliases its AgencyIndex records (notice and pairing)."""
    resolver = Resolver(regions=region_names(meta))
    for alias in (index.aliases if index else []):
        if alias.source in ("notice", "pairing"):
            resolver.aliases[normalize_name(alias.alias)] = (alias.canonical, alias.source)
    return resolver


def region_names(meta) -> frozenset[str]:
    """The notice's province / city / county, full and without the level word (某某市, 某某)."""
    names = set()
    for name in (getattr(meta, "province", None), getattr(meta, "city", None), getattr(meta, "county", None)):
        if name and len(name) >= 2:
            names.add(name)
            stem = REGION_LEVEL.sub("", name)
            if len(stem) >= 2:
                names.add(stem)
    return frozenset(names)


def regional_forms(names: set[str], meta, resolver: Resolver) -> dict[str, str]:
    """Names with a bare level prefix that the notice also writes with its region's name:
    ``市通联办`` (市通信建设联合办公室) → ``某某通信建设联合办公室`` when the notice's city is 某某市."""
    by_level: dict[str, list[str]] = {}
    for region in (getattr(meta, "province", None), getattr(meta, "city", None), getattr(meta, "county", None)):
        if region and len(region) >= 2:
            by_level.setdefault(region[-1], []).extend([region, REGION_LEVEL.sub("", region)])
    pairs: dict[str, str] = {}
    for name in names:
        full, _ = resolver.canonical(name)
        if full[0] not in by_level:
            continue
        found = [region + full[1:] for region in by_level[full[0]] if region + full[1:] in names]
        if found and found[0] != name:
            pairs[name] = found[0]
    return pairs


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(char in it for char in short)


def pair_short_forms(names: set[str]) -> dict[str, str]:
    """Short forms the notice pairs with a full name it also writes: ``市大数据局`` → ``市大数据应用局``.

    Same level prefix and last character, the short core a subsequence of the long one, and
    exactly one candidate; a name contained whole in another (市财政局 / 市财政局某县分局) is a
    sub-unit, not a full form. A truncated name (``区大数据`` without its suffix) pairs with the
    one name it begins.
    """
    kb = knowledge()
    pairs: dict[str, str] = {}
    for short in names:
        if len(short) < 3 or short[0] not in "省市区县" or kb.group_end.match(short):
            continue
        truncated = not kb.strong_end.search(short)
        candidates = []
        for full in names:
            if full == short or len(full) <= len(short) or full[0] != short[0]:
                continue
            if truncated:
                if full.startswith(short) and kb.strong_end.search(full) and len(full) - len(short) <= 2:
                    candidates.append(full)
            elif full[-1] == short[-1] and short not in full and _is_subsequence(short[1:-1], full[1:-1]):
                if short[1] == full[1]:
                    candidates.append(full)
        if len(candidates) == 1:
            pairs[short] = candidates[0]
    return pairs
