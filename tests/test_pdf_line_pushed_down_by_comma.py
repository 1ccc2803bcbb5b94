"""A PDF line cut one character short because the next opens with ，(避头: the character before the comma goes down
with it), as in blind set 27 (tests/unseen27 aa3: 专项资金不少于3亿 / 元，重点支持…), on a notice of our own in another
city and topic (a 张家界 tourism notice, tests/notices/pdf_zhangjiajie_amount_wrapped_with_comma.pdf, rebuilt by
tests/notices/build_pdf_zhangjiajie_amount_wrapped_with_comma.py): the two lines are one paragraph, so the amount
is 2亿元, support in 元. Expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "pdf_zhangjiajie_amount_wrapped_with_comma.pdf"


def test_line_ending_short_before_a_comma_runs_on():
    document, records, _ = extract_document(str(NOTICE))
    assert "专项资金不少于2亿元，重点支持景区提升" in document.text
    assert [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind) for t in records["targets"]][-1] == (
        "文化旅游发展专项资金", ">=", 200000000, "元", "support")
