"""Deadlines and recurrences (extractors.deadlines)."""
import pytest

from extractors.deadlines import find_deadlines, is_deadline_phrase, parse_deadline

REF = "2023-07-29"


@pytest.mark.parametrize("text, date", [
    ("到2023年年底", "2023-12-31"),
    ("2023年底", "2023-12-31"),
    ("2023年末", "2023-12-31"),
    ("到2023年10月", "2023-10-31"),
    ("2023年10月", "2023-10-31"),
    ("2023年9月底前", "2023-09-30"),
    ("2024年2月底前", "2024-02-29"),
    # 10月前 is read as "by the end of October", like 到10月 (the gold files follow this rule)
    ("2020年10月前", "2020-10-31"),
    ("到2025年", "2025-12-31"),
    ("2023年第一季度", "2023-03-31"),
    ("2023年一季度末", "2023-03-31"),
    ("2023年上半年", "2023-06-30"),
    ("2023年全年", "2023-12-31"),
    ("2023年7月25日", "2023-07-25"),
    ("二〇二三年七月二十五日", "2023-07-25"),
    ("截止至2023年5月底", "2023-05-31"),
    ("2023年3月中旬", "2023-03-20"),
])
def test_dates(text, date):
    d = parse_deadline(text)
    assert d.date == date and d.flag is None
    assert d.raw == text


@pytest.mark.parametrize("text, date", [
    ("9月底前", "2023-09-30"), ("10月前", "2023-10-31"), ("今年6月底", "2023-06-30"), ("明年", "2024-12-31"),
    ("年底前", "2023-12-31"), ("今年底前", "2023-12-31"), ("去年", "2022-12-31"), ("今年下半年", "2023-12-31"),
])
def test_relative_phrases_use_the_notice_date(text, date):
    assert parse_deadline(text, REF).date == date
    unresolved = parse_deadline(text)
    assert unresolved.date is None and unresolved.flag == "unresolved" and unresolved.raw


def test_span_of_years():
    d = parse_deadline("2020年-2022年")
    assert (d.start, d.date, d.recurrence) == ("2020-01-01", "2022-12-31", "ongoing")
    d = parse_deadline("2020—2022年")
    assert (d.start, d.date) == ("2020-01-01", "2022-12-31")
    d = parse_deadline("“十四五”期间")
    assert (d.start, d.date) == ("2021-01-01", "2025-12-31")


@pytest.mark.parametrize("text, recurrence, raw", [
    ("常态化开展", "ongoing", "常态化开展"),
    ("持续推进", "ongoing", "持续推进"),
    ("每年3月初", "annual", "每年3月初"),
    ("按月开展", "monthly", "按月开展"),
    ("按季度开展", "quarterly", "按季度开展"),
    ("每月一汇总", "monthly", "每月"),
    ("长期", "ongoing", "长期"),  # a deadline cell that says only 长期 or 常态化
    ("常态化", "ongoing", "常态化"),
])
def test_recurrences(text, recurrence, raw):
    d = parse_deadline(text)
    assert (d.recurrence, d.date, d.raw) == (recurrence, None, raw)


def test_long_standing_words_inside_a_sentence_are_no_schedule():
    assert parse_deadline("长期以来，我市高度重视网络建设").recurrence is None


def test_invalid_date_is_flagged_not_raised():
    d = parse_deadline("2020年6月31日前")
    assert d.date is None and d.flag == "invalid_date" and d.raw == "2020年6月31日前"
    assert parse_deadline("2月30日", REF).flag == "invalid_date"


def test_words_without_a_time_keep_their_raw_words():
    d = parse_deadline("——")
    assert d.date is None and d.recurrence is None and d.raw == "——"
    assert parse_deadline("").raw is None


def test_since_is_a_start_not_a_deadline():
    d = parse_deadline("2020年以来")
    assert d.date is None and d.start == "2020-01-01"


def test_finder_returns_spans_and_skips_titles_and_document_numbers():
    text = "根据《行动计划（2021-2023年）》（阳政办发〔2023〕71号），到2023年年底，全市…；截止至今年6月底，已完成"
    found = find_deadlines(text, REF)
    assert [d.raw for d in found] == ["到2023年年底", "截止至今年6月底"]
    for d in found:
        assert text[d.char_start:d.char_end] == d.raw
    assert found[1].date == "2023-06-30"


def test_finder_can_leave_out_recurrences():
    text = "持续开展OLT上联组网优化，2023年10月前完成"
    assert [d.recurrence for d in find_deadlines(text)] == ["ongoing", "once"]
    assert [d.raw for d in find_deadlines(text, recurrences=False)] == ["2023年10月前"]


def test_deadline_cells():
    for cell in ("2023年10月", "常态化开展", "每年3月初", "2020年-2022年", "2020 年 6 月 31 日前".replace(" ", "")):
        assert is_deadline_phrase(cell)
    assert not is_deadline_phrase("区经信委")
    assert not is_deadline_phrase("到2023年10月，具备千兆光纤接入端口数累计达1.2万个以上")
