"""Money standards raised from one level to another and paid per head and period (blind set 25, tests/unseen25 l2:
`城市低保标准由每人每月870元提高到每人每月910元`, a table of 区（市、县） | 城市低保标准（元/月） | 农村低保标准（元/年）), on
a notice of our own in another city, topic and wording (孤儿 standards, `调整为`, a tab table): the level a change starts
from is no figure, the new level is named by the words before 由; a standard paid per head and month or year is
support in 元/月 or 元/年, in the body and in a table's 标准 columns. A start dated in the words (由2023年的312人) is a
report and stays. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_ningde_orphan_standards_raised.txt"


def _facts():
    return [(t.indicator_raw, t.value, t.unit, t.scope, t.kind, t.comparator) for t in checked_targets(NOTICE)]


def test_the_new_level_is_named_by_the_words_before_the_start_which_is_dropped():
    found = _facts()
    assert ("集中供养孤儿基本生活保障标准", 1950, "元/月", "宁德市", "support", "=") in found
    assert ("社会散居孤儿和事实无人抚养儿童基本生活保障标准", 1500, "元/月", "宁德市", "support", "=") in found
    assert not [f for f in found if f[1] in (1800, 1350)]  # 由每人每月1800元提高到…: where the change starts


def test_a_bare_amount_a_change_starts_from_is_dropped_too():
    found = _facts()
    assert [f for f in found if f[0].endswith("救助限额") and f[1] == 30000 and f[2] == "元"]
    assert [f for f in found if f[0].endswith("起付线") and f[1] == 600 and f[2] == "元"]
    assert not [f for f in found if f[1] in (20000, 1000)]  # 由2万元提高至… / 由1000元下调至…: the old levels


def test_a_standard_per_head_and_year_is_support():
    assert ("孤儿助学补助标准", 6000, "元/年", "宁德市", "support", "=") in _facts()


def test_a_table_of_standards_per_place_is_support():
    found = _facts()
    assert ("集中供养孤儿保障标准", 1950, "元/月", "福安市", "support", "=") in found
    assert ("散居孤儿保障标准", 1500, "元/月", "霞浦县", "support", "=") in found


def test_a_dated_start_is_a_report_and_the_new_count_named():
    found = _facts()
    assert ("孤儿助学补助人数", 312, "人", "宁德市", "actual", "=") in found
    assert [f for f in found if f[1] == 356 and f[0] == "孤儿助学补助人数"]
