"""County tables whose value columns are headed by their role only (控制目标, 目标值, 较2024年提高) over a
two-line, space-aligned header: the measure comes from the column beside them or the table title, a change
is named by its direction, and a column of a year before the notice reports the level the goals start from.

Expected values are written from tests/notices/targets_yichun_county_table_role_columns.txt, not program output.
"""
from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "targets_yichun_county_table_role_columns.txt"


def _rows(scope):
    doc, results, _ = extract_document(str(NOTICE))
    rows = []
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
        if t.scope == scope:
            rows.append((t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.deadline))
    return rows


def test_role_only_columns_take_the_measure_beside_them_and_past_years_are_reports():
    assert _rows("樟树市") == [
        # 2024年森林覆盖率 in a notice of 2025: the level in 2024, reported
        ("actual", "森林覆盖率", "=", 32.4, "%", "2024-12-31"),
        # 2027年目标值 (%): the goal for the same measure
        ("target", "森林覆盖率", ">=", 34.0, "%", "2027-12-31"),
        # 较2024年提高 (个百分点): a rise named by its direction, due with the goal's year (the title's has none)
        ("target", "森林覆盖率增幅", ">=", 1.6, "个百分点", "2027-12-31"),
        # the second table, headed 控制目标 (万吨) only: the title names the measure, 控制 a ceiling
        ("target", "城市生活垃圾填埋量", "<=", 68000, "吨", "2027-12-31"),
    ]


def test_body_goal_is_unchanged_by_the_tables():
    assert _rows("宜春市") == [("target", "国考断面水质优良比例", ">=", 95, "%", "2027-12-31")]
