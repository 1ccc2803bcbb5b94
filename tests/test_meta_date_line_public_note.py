"""A 附注 joined to the date line under the signature (blind set 24, tests/unseen24 a5: a PDF whose right-aligned
date and the ``（此件公开发布）`` line below it came out as one line), on a notice of our own in another city and
topic: the line still carries the 成文日期 (not the 印发 date at the end) and the note is the public status.
Expected values are written from the notice.
"""
from pipeline.runner import extract_document
from tests.notice_targets import NOTICES


def test_a_date_line_with_the_public_note_joined_gives_both():
    doc, results, _ = extract_document(str(NOTICES / "meta_hezhou_date_line_public_note.txt"))
    meta = results["metadata"]
    assert meta.issue_date == "2024-07-19"  # not 2024-07-22, the 印发 date
    assert meta.public_status == "此件公开发布"
    assert meta.issuer == "贺州市人民政府办公室"
    assert doc.anatomy["date"].text == "2024年7月19日"
