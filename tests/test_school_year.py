"""A school year (2023—2024学年, 2024-2025学年度) is a span from September to the next August: a figure reported for it
is dated at its end, a task over it runs through it."""
import pytest

from extractors.deadlines import find_deadlines, parse_deadline


@pytest.mark.parametrize("text, start, date", [
    ("2023—2024学年，全市普通高中学生资助覆盖面达到30%", "2023-09-01", "2024-08-31"),
    ("2025-2026学年度起，全面推行课后服务", "2025-09-01", "2026-08-31"),
    ("二〇二二至二〇二三学年", "2022-09-01", "2023-08-31"),
])
def test_a_school_year_runs_from_september_to_august(text, start, date):
    found = find_deadlines(text)
    assert [(d.start, d.date, d.recurrence) for d in found][:1] == [(start, date, "ongoing")]
    assert text[found[0].char_start:found[0].char_end] == found[0].raw


def test_two_years_apart_are_no_school_year():
    assert parse_deadline("2023—2025学年").date != "2025-08-31"
