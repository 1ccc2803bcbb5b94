"""Blind set 11's support and 分别 families in a notice of our own (金寨县 tea gardens, not its wording): towns the
region table does not list, paired with their figures by 分别 (each its own scope); support given 先建后补 per 亩
(元/亩); an amount per meal given to two groups with 分别 (元/餐). Expected values were written by reading.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "targets_jinzhai_towns_meals_per_mu.txt"


def _facts():
    targets = extract_document(NOTICE)[1]["targets"]
    return [(t.value, t.unit, t.scope, t.kind, t.comparator) for t in targets]


def test_towns_listed_before_fenbie_are_the_scopes_of_their_figures():
    facts = _facts()
    assert (8000, "亩", "油坪镇", "target", "=") in facts
    assert (6000, "亩", "斑竹园镇", "target", "=") in facts
    assert (5000, "亩", "天堂寨镇", "target", "=") in facts
    assert (30000, "亩", "金寨县", "target", ">=") in facts


def test_support_per_mu_and_per_meal():
    facts = _facts()
    assert (800, "元/亩", "金寨县", "support", "=") in facts
    assert (4, "元/餐", "金寨县", "support", "=") in facts
    assert (6, "元/餐", "金寨县", "support", "=") in facts
