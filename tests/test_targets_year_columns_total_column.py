"""An entity table whose year columns add up to a column headed only 合计 (blind set 25, tests/unseen25 l5: a PDF's
区（县、市） | 2025年（公里） | 2026年（公里） | 2027年（公里） | 合计, header cells wrapped), on a notice of our own in
another city, topic and layout (a Markdown pipe table, units in 个 under a line break, 三年合计): the 合计 column names
no measure, so the year cells and their total count what the table title names, in the years' unit; the total is
due with the last year. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets


def _facts(scope: str) -> set[tuple]:
    """(words, value, unit, deadline) of the targets of one place of the notice."""
    found = checked_targets("targets_huzhou_chargers_years_total_column.md")
    return {(t.indicator_raw, t.value, t.unit, t.deadline) for t in found if t.scope == scope}


def test_year_cells_count_the_title_measure_in_the_years_unit():
    # 德清县 | 250 | 300 | 350 | 900 under 湖州市公共充电桩建设任务分解表
    assert {("公共充电桩建设", 250, "个", "2024-12-31"), ("公共充电桩建设", 350, "个", "2026-12-31")} <= _facts("德清县")
    # the 合计 row is the city itself
    assert ("公共充电桩建设", 1750, "个", "2025-12-31") in _facts("湖州市")


def test_the_total_column_is_the_years_total_due_with_the_last_year():
    assert ("累计公共充电桩建设", 900, "个", "2026-12-31") in _facts("德清县")
    city = _facts("湖州市")
    assert ("累计公共充电桩建设", 5100, "个", "2026-12-31") in city
    assert not [f for f in city | _facts("德清县") if "合计" in f[0]]
