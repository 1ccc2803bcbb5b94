"""A paragraph's first line cut short by a number LibreOffice moved down whole (``…共筛查新生儿`` / ``23864例，…``): with
its two-character indent and the space at its end it looks centred, yet it is the start of a paragraph; a sentence's
last characters wrapped alone (``…达到95%以`` / ``上；``) stay in their sentence; a number that went down with its full
stop (``…覆盖率达到`` / ``98.5%。``) ends its paragraph. On a notice of our own
(tests/notices/pdf_number_wrapped_after_indent.pdf, rebuilt by tests/notices/build_pdf_number_wrapped_after_indent.py);
expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

import pdfplumber

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "pdf_number_wrapped_after_indent.pdf"


def test_the_file_breaks_the_lines_where_the_test_needs_them():
    with pdfplumber.open(NOTICE) as pdf:
        lines = [line["text"].replace(" ", "") for line in pdf.pages[0].extract_text_lines()]
    assert any(a.startswith("（一）") and a.endswith("共筛查新生儿") and b.startswith("23864例") for a, b in zip(lines, lines[1:]))
    assert any(a.endswith("95%以") and b == "上；" for a, b in zip(lines, lines[1:]))
    assert any(a.endswith("覆盖率达到") and b == "98.5%。" for a, b in zip(lines, lines[1:]))


def test_a_first_line_short_before_a_number_runs_on():
    document, records, _ = extract_document(str(NOTICE))
    assert "2024年全省共筛查新生儿23864例，确诊先天性心脏病412例" in document.text
    figures = {(t.value, t.unit, t.kind) for t in records["targets"]}
    assert (23864, "例", "actual") in figures


def test_a_number_moved_down_with_its_full_stop_ends_the_sentence():
    document, records, _ = extract_document(str(NOTICE))
    assert "筛查覆盖率达到98.5%。" in document.text  # 98.5%。 went down whole, 3.7 characters short of the margin
    assert (98.5, "%") in {(t.value, t.unit) for t in records["targets"]}


def test_a_sentences_last_characters_wrapped_alone_stay_in_it():
    document, records, _ = extract_document(str(NOTICE))
    assert "均达到95%以上；" in document.text
    for t in records["targets"]:
        assert document.text[t.char_start:t.char_end] == t.evidence
