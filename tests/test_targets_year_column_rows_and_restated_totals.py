"""A table of places whose 年份/年度 column dates each row, and a 合计 row restating the body's figures (blind set 27,
tests/unseen27 aa1), on a notice of our own in another city and topic (a 麒麟区 rural-road page, town cells merged over
their year rows, sections as one <p> with <br /> lines): the year cells are no figures but the due date of their row's
figures (2025 → 2025-12-31); a 合计 row whose amount, unit and year the body states already (2025年改造提升46公里) is that
one figure, its other cells (投资) figures of their own; 改造提升 is work on roads, not a rise, and a clause whose subject
is that verb alone lends it to no figure after it. Expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).parent / "notices" / "targets_qujing_year_column_town_table.html"


def _targets():
    return [(t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.kind, t.deadline)
            for t in extract_document(str(NOTICE))[1]["targets"]]


def test_town_rows_take_their_year_cell_as_due_date():
    rows = [t for t in _targets() if t[4] in ("越州镇", "东山镇")]
    assert rows == [
        ("改造里程", ">=", 26, "公里", "越州镇", "target", "2025-12-31"),
        ("投资", ">=", 52000000, "元", "越州镇", "target", "2025-12-31"),
        ("改造里程", ">=", 18, "公里", "越州镇", "target", "2026-12-31"),
        ("投资", ">=", 36000000, "元", "越州镇", "target", "2026-12-31"),
        ("改造里程", ">=", 20, "公里", "东山镇", "target", "2025-12-31"),
        ("投资", ">=", 40000000, "元", "东山镇", "target", "2025-12-31"),
        ("改造里程", ">=", 16, "公里", "东山镇", "target", "2026-12-31"),
        ("投资", ">=", 32000000, "元", "东山镇", "target", "2026-12-31"),
    ]


def test_no_year_is_read_as_a_figure():
    assert not [t for t in _targets() if t[2] in (2025, 2026)]


def test_total_row_restating_the_body_is_one_figure_and_its_investment_is_kept():
    district = [t for t in _targets() if t[4] == "麒麟区"]
    assert [t[2:] for t in district if t[3] == "公里"] == [
        (80, "公里", "麒麟区", "target", "2026-12-31"),
        (30, "公里", "麒麟区", "target", "2026-12-31"),
        (46, "公里", "麒麟区", "target", "2025-12-31"),
        (14, "公里", "麒麟区", "target", "2025-12-31"),
        (34, "公里", "麒麟区", "target", "2026-12-31"),
        (16, "公里", "麒麟区", "target", "2026-12-31"),
    ]
    assert [t[2:] for t in district if t[3] == "元"] == [
        (92000000, "元", "麒麟区", "target", "2025-12-31"),
        (68000000, "元", "麒麟区", "target", "2026-12-31"),
    ]


def test_upgrading_is_no_rise_and_lends_no_subject():
    words = {t[0] for t in _targets() if t[4] == "麒麟区" and t[3] == "公里"}
    assert not [w for w in words if "增加量" in w or "…" in w]
    assert {"改造提升", "新建村组道路"} <= words


def test_total_row_names_a_body_figure_whose_words_were_borrowed():
    """宜宾: 分年度看，2025年完成120公里 names nothing of its own; the 合计 row of 2025 (120 in a column headed
    更新改造燃气管道（公里）) is the same figure and gives it its words, stated once."""
    notice = NOTICE.parent / "targets_yibin_total_row_names_borrowed_figures.txt"
    found = [(t.indicator_raw, t.value, t.unit, t.scope, t.deadline) for t in extract_document(str(notice))[1]["targets"]]
    city = [t for t in found if t[3] == "宜宾市" and t[1] in (120, 80)]
    assert city == [("更新改造燃气管道", 120, "公里", "宜宾市", "2025-12-31"),
                    ("更新改造燃气管道", 80, "公里", "宜宾市", "2026-12-31")]
    assert [t[1:] for t in found if t[3] in ("翠屏区", "叙州区")] == [
        (70, "公里", "翠屏区", "2025-12-31"), (50, "公里", "翠屏区", "2026-12-31"),
        (50, "公里", "叙州区", "2025-12-31"), (30, "公里", "叙州区", "2026-12-31"),
    ]
