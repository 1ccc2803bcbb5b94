"""Notice ids: two notices that share a 文号 but not an issuer (or a date) get ids of their own."""
from __future__ import annotations

from pipeline.notices import Copy, group, notice_rows


def _copy(doc_id: str, number: str, issuer: str, date: str) -> Copy:
    return Copy(doc_id, number, issuer, date, "text", None, 3, 1,
                {"title": "关于印发工作方案的通知", "doc_number": number, "issuer": issuer, "issue_date": date})


def test_one_doc_number_two_issuers_are_two_notices_with_two_ids():
    copies = [_copy("a" * 64, "政办发〔2023〕1号", "甲市人民政府办公室", "2023-03-01"),
              _copy("b" * 64, "政办发〔2023〕1号", "乙县人民政府办公室", "2023-05-09"),
              _copy("c" * 64, "政办发〔2023〕1号", "甲市人民政府办公室", "2023-03-01")]
    rows, assignment = notice_rows(group(copies))
    assert len(rows) == 2 and len({row["id"] for row in rows}) == 2
    assert assignment["a" * 64] == assignment["c" * 64] != assignment["b" * 64]
    # the same input gives the same ids
    assert notice_rows(group(copies))[0] == rows
