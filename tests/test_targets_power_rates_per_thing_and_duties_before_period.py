"""Prose figures in wordings blind sets 33 and 34 showed, on a notice written for this test
(tests/notices/targets_zhanjiang_park_green_power_rates_per_thing.txt): support priced per watt or kilowatt (0.15元/瓦,
120元/千瓦), capacity in 吉瓦时, support paid per 列 / 组 / 村 (每列给予1.5万元), and a duty named before its period
with 一次 closing the clause (推进例会原则上每两个月召开一次). Expected values written by reading the notice.
"""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "targets_zhanjiang_park_green_power_rates_per_thing.txt"


@functools.lru_cache(maxsize=None)
def targets() -> list:
    return extract_document(NOTICE)[1]["targets"]


def test_support_priced_per_watt_and_kilowatt_keeps_its_unit():
    found = {(t.comparator, t.value, t.unit, t.kind) for t in targets()}
    assert ("=", 0.15, "元/瓦", "support") in found  # 按装机容量给予0.15元/瓦的一次性补贴
    assert ("=", 120.0, "元/千瓦", "support") in found  # 按储能装机功率给予120元/千瓦的建设补贴
    assert not any(t.value in (0.15, 120.0) and t.unit == "元" for t in targets())


def test_capacity_in_gigawatt_hours():
    found = [(t.indicator_raw, t.comparator, t.value, t.unit) for t in targets() if t.value == 8.0]
    assert found == [("新建动力电池年产能", ">=", 8.0, "吉瓦时")]  # 年产能8吉瓦时以上: 时 is the unit's, not the name's


def test_support_paid_per_train_set_and_village():
    found = {(t.value, t.unit) for t in targets() if t.kind == "support"}
    assert (15000.0, "元/列") in found  # 每列给予1.5万元补助
    assert (2000.0, "元/组") in found  # 每组给予2000元补助
    assert (50000.0, "元/村") in found  # 每村奖励5万元


def test_duties_named_before_their_period_are_counted_once():
    found = [(t.indicator_raw, t.comparator, t.value, t.kind) for t in targets() if t.unit == "次"]
    assert found == [
        ("园区绿色低碳改造推进例会次数", "=", 1, "requirement"),  # 推进例会原则上每两个月召开一次
        ("各区（县、市）改造进度通报次数", "=", 1, "requirement"),  # places in brackets belong to the duty
        ("各园区节能改造台账更新次数", "=", 1, "requirement"),  # 台账每半年动态更新一次
        ("扶持资金申报次数", "=", 1, "requirement"),  # 扶持资金每年统一申报一次
    ]  # 市生态环境局每季度通报一次: an organ, not a duty — no count
