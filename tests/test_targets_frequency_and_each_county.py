"""How often a duty comes round when the duty stands between the period and the bound (每日开展检查不少于1次) or
in the clause before (实行驻点检查，每学期不少于1次), and a goal for each county (每个县（市、区）至少3所): the
forms blind set 10 (tests/unseen10) showed, on a notice of our own in another field, city and wording.
Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_liupanshui_kindergarten_inspection_frequency.txt"


def _times():
    return [(t.indicator_raw, t.kind, t.comparator, t.value) for t in checked_targets(NOTICE) if t.unit == "次"]


def test_a_duty_between_the_period_and_the_bound_is_a_rule():
    times = _times()
    assert [(kind, comp, value) for _, kind, comp, value in times] == [
        ("requirement", ">=", 1),  # 每周开展安全隐患排查不少于1次
        ("requirement", ">=", 1),  # 每月组织消防演练不少于1次
        ("requirement", ">=", 2),  # 每学年开展专项督导不少于2次
        ("requirement", ">=", 1),  # 实行挂牌督导，每学期不少于1次
    ]


def test_the_least_hours_of_training_a_year_is_a_rule():
    hours = [(t.kind, t.comparator, t.value) for t in checked_targets(NOTICE) if t.unit == "学时"]
    assert hours == [("requirement", ">=", 24)]  # 保教人员每年参加安全教育培训不少于24学时


def test_the_check_is_named_not_the_period():
    names = [raw for raw, *_ in _times()]
    assert "安全隐患排查" in names[0] and "消防演练" in names[1] and "专项督导" in names[2]
    assert names[3] == "挂牌督导次数"  # from the clause before, not 每学期; a count of times named as a count
    assert not any(name.startswith("每") for name in names[1:])


def test_a_goal_for_each_county_takes_the_counties_as_its_scope():
    goals = [(t.scope, t.value, t.unit) for t in checked_targets(NOTICE) if t.unit == "所"]
    assert goals == [("各县（市、区）", 2, "所"), ("六盘水市", 20, "所")]
