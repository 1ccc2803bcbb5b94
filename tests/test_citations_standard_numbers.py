"""Standards cited with their numbers (blind set 27, tests/unseen27 aa1: 《高标准农田建设通则》（GB/T 30600—2022）), on a
notice of our own in another city and topic (泉州 drainage): a national standard (GB, GB/T), a sector standard (CJJ)
in brackets after the 《》 title are the cited document's number, kept as written (spaces out), beside a decree's
number and a 文号. Expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).parent / "notices" / "citations_quanzhou_standards_cited_with_numbers.txt"


def test_standards_keep_their_numbers():
    cited = [(c.cited_title, c.cited_doc_number) for c in extract_document(str(NOTICE))[1]["citations"]]
    assert cited == [
        ("城镇排水与污水处理条例", "国务院令第641号"),
        ("福建省城市排水防涝工作方案", "闽政办〔2024〕30号"),
        ("室外排水设计标准", "GB50014—2021"),
        ("检查井盖", "GB/T23858-2009"),
        ("城镇排水管道维护安全技术规程", "CJJ6—2009"),
    ]
