"""A PDF line cut short because LibreOffice breaks no line between closing punctuation and the digits after it
(``人。2024`` goes down whole), as in blind set 36 (tests/unseen36 aj3: 威胁3.8万户、14.2万 / 人。2023年…), on a notice of
our own in another city and topic (an 汉中 resettlement notice, tests/notices/pdf_hanzhong_number_before_full_stop.pdf,
rebuilt by tests/notices/build_pdf_hanzhong_number_before_full_stop.py): the two lines are one paragraph, so the
figure is 21.3万人. Expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

import pdfplumber

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "pdf_hanzhong_number_before_full_stop.pdf"


def test_the_file_breaks_the_line_where_the_test_needs_it():
    with pdfplumber.open(NOTICE) as pdf:
        lines = [line["text"].replace(" ", "") for line in pdf.pages[0].extract_text_lines()]
    assert any(a.endswith("21.3万") and b.startswith("人。2024") for a, b in zip(lines, lines[1:]))


def test_line_ending_short_before_punctuation_and_digits_runs_on():
    document, records, _ = extract_document(str(NOTICE))
    assert "安置搬迁群众6.8万户、21.3万人。2024年，全市搬迁群众人均纯收入达到14600元。" in document.text
    figures = {(t.value, t.unit, t.kind) for t in records["targets"]}
    assert (213000, "人", "actual") in figures
    assert (14600, "元", "actual") in figures
