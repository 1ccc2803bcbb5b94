"""A GB/T 9704 notice as a PDF of our own (宜宾 水利局, tests/notices/pdf_yibin_water_plan.pdf, rebuilt by
tests/notices/build_pdf_yibin_water_plan.py): the 成文日期 set right under the signature is the issue date
(not the 版记's later 印发 date), （此件公开发布） under it is read, and the units of a task-table row that
runs on over a page break are whole. Expected values are written from the builder's text.
"""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "pdf_yibin_water_plan.pdf"


@functools.lru_cache(maxsize=None)
def _results():
    return extract_document(NOTICE)[1]


def test_the_date_under_the_signature_is_the_issue_date_and_the_public_status_is_read():
    meta = _results()["metadata"]
    assert (meta.issuer, meta.doc_number) == ("宜宾市水利局", "宜市水发〔2024〕12号")
    assert (meta.issue_date, meta.public_status) == ("2024-03-08", "此件公开发布")  # not 2024年3月12日印发


def test_a_row_cut_by_a_page_break_keeps_its_units_whole():
    partners = {t.text[:6]: [a.agency for a in t.agencies if a.role == "partner"] for t in _results()["tasks"]}
    assert len(partners) == 8
    assert partners["建设重点河段"] == ["市财政局", "市水利局", "中国电信股份有限公司宜宾分公司",
                                  "中国移动通信集团四川有限公司宜宾分公司", "各县（区）人民政府"]
    assert partners["开展饮用水水"] == ["市水利局", "市卫生健康委", "市自然资源和规划局", "市住房城乡建设局",
                                  "各县（区）人民政府"]
    leads = [a.agency for t in _results()["tasks"] for a in t.agencies if a.role == "lead"]
    assert leads == ["市水利局", "市住房城乡建设局", "市生态环境局", "市水利局", "市生态环境局", "市生态环境局",
                     "市经济和信息化局", "市财政局"]
