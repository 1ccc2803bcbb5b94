"""A scraper's Markdown header with Latin field lines, and 年中 that opens a word (blind set 27, tests/unseen27 aa4 and
aa3), on a notice of our own in another city and topic (a 榆林 中医药 plan): a ``# title`` over ``标题：…`` and
``url:`` / ``date:`` / ``crawled:`` lines, up to a ``---`` rule, is the scraper's record of the page (kept as portal
fields), not the notice, so the 文号 and 主送 under the notice's own title are read; ``到2027年中医医院床位数`` is due at
the end of 2027 (年 then 中医), where ``2027年年中`` is mid-2027. Expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

from extractors.deadlines import find_deadlines
from pipeline.ingest import markdown
from pipeline.runner import extract_document

NOTICE = Path(__file__).parent / "notices" / "md_yulin_latin_scraper_header.md"


def test_latin_lines_under_the_title_are_the_scraper_header():
    raw = markdown.read(NOTICE.read_bytes(), str(NOTICE))
    assert raw.portal_fields["url"].startswith("https://www.yl.gov.cn/")
    assert raw.portal_fields["发布日期"] == "2025-03-12"
    assert raw.portal_fields["crawled"] == "2025-03-20 08:15:44"
    assert "crawled" not in "".join(block.text for block in raw.blocks)


def test_doc_number_and_recipients_under_the_notice_title():
    document, records, _ = extract_document(str(NOTICE))
    meta = records["metadata"]
    assert meta.title == "榆林市人民政府办公室关于印发榆林市中医药强市建设三年行动方案的通知"
    assert meta.doc_number == "榆政办发〔2025〕5号"
    assert meta.recipients == ["各县（市、区）人民政府", "市人民政府各工作部门、直属机构"]
    assert meta.issue_date == "2025-03-06"


def test_year_before_a_word_opening_with_zhong_is_the_year():
    document, records, _ = extract_document(str(NOTICE))
    assert [(t.indicator_raw, t.value, t.deadline) for t in records["targets"]] == [
        ("中医医院床位数", 3200, "2027-12-31"),
        ("基层中医馆覆盖率", 100, "2027-12-31"),
    ]
    assert [d.date for d in find_deadlines("2027年年中完成中期评估", "2025-03-06")] == ["2027-06-30"]
    assert [d.date for d in find_deadlines("到2026年中小企业数字化转型", "2025-03-06")] == ["2026-12-31"]
