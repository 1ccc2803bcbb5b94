"""Goals of none at all and voltages that name classes, in the forms blind set 8 (tests/unseen8) showed, in
another topic and city (tests/notices/targets_lishui_road_safety_zero_goals.txt): 重特大道路交通事故零发生 is a
goal of 0 起 and 因校车事故造成学生死亡零发生 one of 0 人, dated by the year the goals open with; 零容忍 is no goal;
35千伏及以上输电线路 and 110千伏变电站 name classes of lines and plants, no figures (and 千伏 is no 千 times 伏).
Expected values are written from the notice.
"""
from extractors.numbers import find_quantities
from tests.notice_targets import checked_targets


def _targets():
    return checked_targets("targets_lishui_road_safety_zero_goals.txt")


def test_zero_goals_count_cases_or_persons():
    zeros = [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.deadline) for t in _targets() if t.value == 0]
    assert zeros == [
        ("target", "重特大道路交通事故起数", "=", 0, "起", "2025-12-31"),
        ("target", "因校车事故造成学生死亡人数", "=", 0, "人", "2025-12-31"),
    ]  # 零容忍 (zero tolerance of offences) is a stance, no goal


def test_voltages_name_classes_of_lines_and_plants():
    quantities = find_quantities("35千伏及以上输电线路和110千伏变电站", 0, 20)
    assert [(q.value, q.unit) for q in quantities] == [(35, "千伏"), (110, "千伏")]
    assert not [t for t in _targets() if t.unit == "千伏" or t.value in (35, 110, 35000, 110000)]
    # 2025年，…死亡人数较上年下降8% in a plan of February 2025: a goal of the year, as the zero goals beside it
    assert [t.value for t in _targets() if t.unit == "%" and t.kind == "target"] == [8, 100]
