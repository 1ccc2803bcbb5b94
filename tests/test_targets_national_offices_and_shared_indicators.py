"""Targets in the wordings blind sets 20 and 21 showed, on notices written for this test (tests/notices/targets_*):
national ministries issuing through their general offices (农业农村部办公厅、财政部办公厅) make every figure
national (scope 全国), and subjects listed before an indicator they share (小麦、水稻、玉米三大粮食作物…机械化率分别
超过97%、86%和90%) each get the indicator. Expected values written by reading the notices.
"""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


@functools.lru_cache(maxsize=None)
def extracted(prefix: str) -> dict:
    return extract_document(next(NOTICES.glob(f"{prefix}*")))[1]


def test_ministries_general_offices_issue_national_figures():
    found = extracted("targets_ministry_offices_rural_water_national_scope")
    assert (found["metadata"].issuer, found["metadata"].region) == ("水利部办公厅、农业农村部办公厅", "全国")
    targets = [(t.comparator, t.value, t.unit, t.kind, t.scope) for t in found["targets"]]
    assert ("=", 90.0, "%", "actual", "全国") in targets  # 2023年，全国农村自来水普及率达到90%
    assert (">=", 92.0, "%", "target", "全国") in targets
    assert (">=", 15000.0, "处", "target", "全国") in targets  # 1.5万处以上
    assert {t.scope for t in found["targets"]} == {"全国"}


def test_segments_counted_and_the_parts_of_a_figure_by_named_counties():
    found = [(t.value, t.unit, t.scope, t.deadline)
             for t in extracted("targets_quzhou_rural_road_segments_parts_by_county")["targets"]]
    assert (60.0, "段", "衢州市", "2026-12-31") in found  # 段 counts road segments
    assert (20.0, "段", "衢州市", "2024-12-31") in found
    # 其中柯城区、衢江区各5段，龙游县、江山市、常山县、开化县各2段: each county its part (其中 is no place's word)
    parts = [(value, scope) for value, unit, scope, _ in found if unit == "段" and value < 20]
    assert parts == [(5.0, "柯城区"), (5.0, "衢江区"), (2.0, "龙游县"), (2.0, "江山市"), (2.0, "常山县"), (2.0, "开化县")]
    assert (300.0, "台（套）", "衢州市", "2024-12-31") in found  # machines counted in 台（套）
    assert (90.0, "%", "衢州市", "2026-12-31") in found
    assert (95.0, "%", "柯城区", "2026-12-31") in found  # a clause opening with a district of the city is its goal


def test_how_often_a_duty_comes_round_written_in_chinese_numerals():
    found = [(t.comparator, t.value, t.unit, t.kind)
             for t in extracted("targets_luoyang_joint_meeting_duty_frequencies")["targets"]]
    # 每半年召开一次全体会议 / 每季度通报两次… / 每年开展一次综合评估: three duties' frequencies, rules
    assert [f for f in found if f[2] == "次"] == [("=", 1.0, "次", "requirement"), ("=", 2.0, "次", "requirement"),
                                                 ("=", 1.0, "次", "requirement")]
    assert ("=", 5000000.0, "元", "support") in found  # 每年给予一次性奖励500万元: 一次性 is no count of times


def test_a_table_of_counties_whose_total_row_names_the_city():
    found = [(t.value, t.unit, t.scope)
             for t in extracted("targets_liupanshui_county_table_total_row")["targets"]]
    assert found == [(12000.0, "人", "钟山区"), (8000.0, "人", "水城区"), (15000.0, "人", "盘州市"),
                     (6000.0, "人", "六枝特区"), (41000.0, "人", "六盘水市")]  # 全市合计: the city's own figure


def test_the_parts_of_a_support_paid_per_thing_are_paid_per_the_same_thing():
    found = [(t.value, t.unit, t.kind)
             for t in extracted("targets_bengbu_training_allowance_parts_per_day")["targets"]]
    # 按每人每天50元给予生活补助，其中市级财政承担30元，县区财政承担20元: three allowances a day
    assert found[:3] == [(50.0, "元/天", "support"), (30.0, "元/天", "support"), (20.0, "元/天", "support")]


def test_containers_counted_in_twenty_foot_units():
    found = [(t.comparator, t.value, t.unit, t.kind)
             for t in extracted("targets_qinzhou_port_containers_teu")["targets"]]
    assert ("~", 300000.0, "标箱", "actual") in found  # 近30万标箱
    assert (">=", 500000.0, "标准箱", "target") in found  # 50万标准箱以上: the unit as written


def test_a_procedure_time_shared_by_a_list_before_fenbie_names_each_item():
    """2024年9月底前，…进口、出口货物整体通关时间分别压缩至36小时、1.5小时以内: each item takes the shared time (整体通关时间
    is the measure), the date opening the list is no item's word."""
    found = {(t.indicator_raw, t.value, t.unit, t.deadline)
             for t in extracted("targets_qinzhou_port_containers_teu")["targets"]}
    imports = [f for f in found if "进口" in f[0] and "出口" not in f[0] and f[0].endswith("整体通关时间")]
    exports = [f for f in found if "出口" in f[0] and "进口" not in f[0] and f[0].endswith("整体通关时间")]
    assert [f[1:] for f in imports] == [(36.0, "小时", "2024-09-30")]
    assert [f[1:] for f in exports] == [(1.5, "小时", "2024-09-30")]


def test_subjects_listed_before_the_measure_they_share_each_get_it():
    found = [(t.indicator, t.indicator_raw, t.value)
             for t in extracted("targets_zhumadian_crop_mechanization_shared_measures")["targets"]]
    assert found[:6] == [
        ("农作物耕种收综合机械化率", "农作物耕种收综合机械化率", 88.0),
        # 小麦、玉米、花生三大作物机收率分别…: 三大作物 sums the subjects up, 机收率 is each one's
        (None, "小麦机收率", 99.0), (None, "玉米机收率", 95.0), (None, "花生机收率", 70.0),
        # 芝麻、油菜耕种收综合机械化率分别…: a crop's own rate, not the all-crop indicator
        (None, "芝麻耕种收综合机械化率", 75.0), (None, "油菜耕种收综合机械化率", 60.0),
    ]


def test_a_rate_reached_in_words_that_name_support_is_a_goal_not_support():
    found = [(t.value, t.unit, t.kind)
             for t in extracted("targets_zhumadian_crop_mechanization_shared_measures")["targets"]]
    assert (30.0, "%", "support") in found  # 按购置价格的30%给予补贴: a share paid
    assert (35.0, "%", "target") in found  # 享受补贴的农机具中智能农机具占比提高到35%以上
    assert (95.0, "%", "target") in found  # 补贴资金网上申领率达到95%
