"""An entity table whose year columns add up to a column headed only 合计 (blind set 25, tests/unseen25 l5: a PDF's
区（县、市） | 2025年（公里） | 2026年（公里） | 2027年（公里） | 合计, header cells wrapped), on a notice of our own in
another city, topic and layout (a Markdown pipe table, units in 个 under a line break, 三年合计): the 合计 column names
no measure, so the year cells and their total count what the table title names, in the years' unit; the total is
due with the last year. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_huzhou_chargers_years_total_column.md"


def _facts():
    return [(t.indicator_raw, t.value, t.unit, t.scope, t.deadline) for t in checked_targets(NOTICE)]


def test_year_cells_count_the_title_measure_in_the_years_unit():
    found = _facts()
    # 德清县 | 250 | 300 | 350 | 900 under 湖州市公共充电桩建设任务分解表
    assert ("公共充电桩建设", 250, "个", "德清县", "2024-12-31") in found
    assert ("公共充电桩建设", 350, "个", "德清县", "2026-12-31") in found
    # the 合计 row is the city itself
    assert ("公共充电桩建设", 1750, "个", "湖州市", "2025-12-31") in found


def test_the_total_column_is_the_years_total_due_with_the_last_year():
    found = _facts()
    assert ("累计公共充电桩建设", 900, "个", "德清县", "2026-12-31") in found
    assert ("累计公共充电桩建设", 5100, "个", "湖州市", "2026-12-31") in found
    assert not [f for f in found if "合计" in f[0]]
