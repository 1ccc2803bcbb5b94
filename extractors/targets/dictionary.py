"""The indicator dictionary: which canonical indicator a figure's words name.

Reads ``schemas/indicators.json`` (and the files listed in ``ZHENGCE_INDICATORS``) once; returns a
``Dictionary`` whose ``match(words, unit)`` gives the best ``Indicator`` for the words among those a
figure in that unit can measure, plus the scope words (operator and place suffixes, whole-region words).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from extractors.numbers import canonical_unit, unit_kind

DEFAULT_INDICATORS = Path(__file__).resolve().parent.parent.parent / "schemas" / "indicators.json"


def norm_words(text: str | None) -> str:
    """Words as the dictionary compares them: no spaces, quotes, hyphens or ellipses, no 拥有 or 常住 in a base of people
    (每千人口拥有托位数 = 每千常住人口托位数 = 每千人口托位数); ASCII lower-cased."""
    if not text:
        return ""
    return _HAVE_AFTER_BASE.sub("", _NORM_DROP.sub("", text)).lower()


# the noun a change is named by (交通事故死亡人数降幅, GDP增速) and the words that make an indicator one
CHANGE_NOUN = regex.compile(r"降幅|增幅|增速|减少量|增加量")
CHANGE_WORD = regex.compile(r"降幅|增幅|增速|减少量|增加量|下降|降低|增长")
# spaces, quotes, hyphens and ellipses: 10G-PON = 10GPON, “双千兆” = 双千兆
_NORM_DROP = regex.compile(r"[\s“”\"'‘’「」『』\-‐‑–—·…]")
# 拥有 right after a base of people a figure is per, and 常住 inside it: 每千人口拥有(托位数) / 每万人拥有(5G基站数) /
# 每千常住人口拥有 (= 每千人口)
_HAVE_AFTER_BASE = regex.compile(r"(?<=每[百千万])常住(?=人口)|(?<=每[百千万](?:常住)?人口?)拥有")


@dataclass(frozen=True)
class Indicator:
    name: str
    unit: str
    units: frozenset[str]
    wordings: tuple[str, ...]
    keywords: tuple[tuple[str, ...], ...]
    exclude: tuple[str, ...]
    miit: bool = False
    threshold: tuple[str, float] | None = None
    direction: str = "higher"  # higher | lower: which way is better
    topic: str | None = None  # the indicator system: 十四五主要指标, 数字经济, 安全生产 …

    def fits(self, unit: str | None) -> bool:
        """Whether a figure in ``unit`` can measure this indicator (a percent is never a count; an index such as
        PUE has no unit)."""
        return self._fits(unit, unit_kind(unit))

    def _fits(self, unit: str | None, kind: str | None) -> bool:
        mine = self._unit_kind
        if kind is None:
            return mine in ("count", None)
        if mine is None:
            return False
        if kind != mine:
            return False
        return kind != "count" or unit in self.units or unit == self.unit

    @cached_property
    def _unit_kind(self) -> str | None:
        return unit_kind(self.unit)

    @cached_property
    def measures_change(self) -> bool:
        """Whether the indicator is a change (单位GDP能源消耗降幅, GDP增速), not a level."""
        return bool(CHANGE_WORD.search(self.name))

    def score(self, words: str) -> int:
        """How well normalized ``words`` name this indicator: 0 none, >1000 an exact wording."""
        return self._score(words, bool(CHANGE_NOUN.search(words)))

    def _score(self, words: str, names_change: bool) -> int:
        if any(x in words for x in self.exclude):
            return 0
        if names_change and not self.measures_change:
            return 0  # 人均预期寿命累计增幅 is a change, not the level 人均预期寿命
        best = 0
        for wording in self.wordings:
            if wording in words:
                best = max(best, 1000 + len(wording))
        if best:
            return best
        if self.keywords and all(any(k in words for k in group) for group in self.keywords):
            return 100 * len(self.keywords) + sum(max(len(k) for k in group if k in words) for group in self.keywords)
        return 0


@dataclass(frozen=True)
class Dictionary:
    indicators: tuple[Indicator, ...]
    operator_suffixes: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    whole_region: tuple[str, ...]
    lower_words: tuple[str, ...] = ()  # head words of measures where lower is better (direction_words)
    #: answers already given, by (words, unit, any_unit): the dictionary never changes once loaded
    _matches: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def match(self, words: str | None, unit: str | None, any_unit: bool = False) -> Indicator | None:
        """The best indicator for ``words`` among those a figure in ``unit`` fits (all when ``any_unit``)."""
        key = norm_words(words)
        if not key:
            return None
        asked = (key, unit, any_unit)
        if asked not in self._matches:
            if len(self._matches) >= 4096:  # a long batch keeps asking new words: memory stays flat
                self._matches.clear()
            self._matches[asked] = self._best(key, unit, any_unit)
        return self._matches[asked]

    def _best(self, key: str, unit: str | None, any_unit: bool) -> Indicator | None:
        kind, names_change = unit_kind(unit), bool(CHANGE_NOUN.search(key))
        best, best_score = None, 0
        for indicator in self._candidates(key):
            if not any_unit and not indicator._fits(unit, kind):
                continue
            score = indicator._score(key, names_change)
            if score > best_score:
                best, best_score = indicator, score
        return best

    def _candidates(self, key: str) -> list[Indicator]:
        """The indicators that can score on ``key``, in dictionary order: those with a wording, or a keyword
        of their first group, inside it (every other indicator scores 0)."""
        triggers, found = self._triggers, set(self._always)
        for i, char in enumerate(key):
            for word, index in triggers.get(char, ()):
                if index not in found and key.startswith(word, i):
                    found.add(index)
        return [self.indicators[index] for index in sorted(found)]

    @cached_property
    def _triggers(self) -> dict[str, list[tuple[str, int]]]:
        """By first character, (word, indicator index) for the words one of which an indicator needs in order
        to score: its wordings and the keywords of its first group."""
        by_char: dict[str, list[tuple[str, int]]] = {}
        for index, indicator in enumerate(self.indicators):
            for word in set(indicator.wordings) | set(indicator.keywords[0] if indicator.keywords else ()):
                if word:
                    by_char.setdefault(word[0], []).append((word, index))
        return by_char

    @cached_property
    def _always(self) -> frozenset[int]:
        """Indicators with an empty wording or first-group keyword: inside every key."""
        return frozenset(i for i, indicator in enumerate(self.indicators)
                         if "" in indicator.wordings or (indicator.keywords and "" in indicator.keywords[0]))

    def lower_is_better(self, words: str | None, indicator: Indicator | None = None) -> bool:
        """Whether a lower figure is better: the indicator's direction, else the head word of the words
        (``direction_words`` of the schema: 道路运输万车死亡率, 审批时间)."""
        if indicator is not None:
            return indicator.direction == "lower"
        key = norm_words(words)
        return bool(key) and key.endswith(self.lower_words)

    def by_name(self, name: str | None) -> Indicator | None:
        return next((i for i in self.indicators if i.name == name), None)


def _indicator(entry: dict) -> Indicator:
    units = frozenset(canonical_unit(u) for u in entry.get("units", []) or [entry.get("unit")])
    threshold = entry.get("threshold")
    return Indicator(
        name=entry["name"],
        unit=canonical_unit(entry.get("unit")),
        units=units | {canonical_unit(entry.get("unit"))},
        wordings=tuple(sorted({norm_words(w) for w in entry.get("wordings", [])} | {norm_words(entry["name"])},
                              key=len, reverse=True)),
        keywords=tuple(tuple(norm_words(k) for k in group) for group in entry.get("keywords", [])),
        exclude=tuple(norm_words(x) for x in entry.get("exclude", [])),
        miit=bool(entry.get("miit")),
        threshold=(threshold["comparator"], float(threshold["value"])) if threshold else None,
        direction=entry.get("direction") or "higher",
        topic=entry.get("topic"),
    )


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Dictionary:
    indicators: dict[str, Indicator] = {}
    scope: dict[str, list[str]] = {}
    lower: list[str] = []
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for entry in data.get("indicators", []):
            indicators[entry["name"]] = _indicator(entry)  # a later file may redefine an entry
        lower += [norm_words(w) for w in (data.get("direction_words") or {}).get("lower", [])]
        for name, words in (data.get("scope_words") or {}).items():
            if not name.startswith("_"):
                scope.setdefault(name, [])
                scope[name] += [w for w in words if w not in scope[name]]
    return Dictionary(
        tuple(indicators.values()),
        tuple(scope.get("operator_suffixes", [])),
        tuple(scope.get("place_suffixes", [])),
        tuple(sorted(scope.get("whole_region", []), key=len, reverse=True)),
        tuple(dict.fromkeys(lower)),
    )


def indicator_dictionary() -> Dictionary:
    """The indicator dictionary: ``schemas/indicators.json`` plus files in ``ZHENGCE_INDICATORS``; loaded once."""
    extra = tuple(p for p in os.environ.get("ZHENGCE_INDICATORS", "").split(os.pathsep) if p)
    return _load((str(DEFAULT_INDICATORS),) + extra)
