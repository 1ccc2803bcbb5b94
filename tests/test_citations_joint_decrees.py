"""Decrees and announcements of several organs cited with their numbers (blind sets 37 ak3 and 38 al3: `（财政部 税务总局
退役军人事务部公告2023年第14号）`, `（教育部 国家市场监督管理总局 国家卫生健康委员会令第45号）`), on a notice of our own in
another city: the organs, spaced by half- or full-width spaces, and the number are the cited document's number.
Expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).parent / "notices" / "citations_wuhai_joint_decrees_and_announcements.txt"


def test_joint_decrees_and_announcements_keep_their_numbers():
    doc, results, _ = extract_document(str(NOTICE))
    def squashed(words):  # spaces are layout: the evaluator and the browser compare without them
        return (words or "").replace(" ", "").replace("\u3000", "")

    cited = [(squashed(c.cited_title), squashed(c.cited_doc_number)) for c in results["citations"]]
    assert cited == [
        ("财政部税务总局退役军人事务部关于进一步扶持自主就业退役士兵创业就业有关税收政策的公告",
         "财政部税务总局退役军人事务部公告2023年第14号"),
        ("学校食品安全与营养健康管理规定", "教育部国家市场监督管理总局国家卫生健康委员会令第45号"),
        ("食品安全法实施条例", "国务院令第721号"),
    ]
