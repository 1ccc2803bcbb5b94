"""Set 22's target families in a notice of our own (宜春 drug-safety work points, not set 22's wording): a count
per so many people (1.2件/千人: the unit keeps its base), samples counted in 份, support per village
(每个村（社区）每年800元 → 元/村, the thing after 个), and enumerated items headed by county-level cities
(1.丰城市：…, the city the scope of its figure). Expected values were written by reading."""
from __future__ import annotations

import functools
from pathlib import Path

from extractors.numbers import UNIT, canonical_unit
from pipeline.runner import extract_document


@functools.lru_cache(maxsize=1)
def _facts() -> frozenset:
    """(value, unit, scope, kind, comparator) of every target of the 宜春 notice."""
    notice = Path(__file__).resolve().parent / "notices" / "targets_yichun_drug_checks_per_thousand.txt"
    return frozenset((t.value, t.unit, t.scope, t.kind, t.comparator) for t in extract_document(notice)[1]["targets"])


def test_count_per_thousand_people_and_samples_in_copies():
    facts = _facts()
    assert (1.2, "件/千人", "宜春市", "target", ">=") in facts
    assert (150, "份", "宜春市", "target", ">=") in facts
    assert UNIT.match("批次/千人，其中").group() == "批次/千人"
    assert canonical_unit("件/每万人口") == "件/万人"
    assert UNIT.match("份额") is None


def test_support_per_village_and_year_is_per_village():
    assert (800, "元/村", "宜春市", "support", "=") in _facts()


def test_items_headed_by_county_level_cities_are_their_scopes():
    facts = _facts()
    assert (12, "家", "丰城市", "target", ">=") in facts
    assert (9, "家", "樟树市", "target", ">=") in facts
    assert (6, "家", "铜鼓县", "target", ">=") in facts
