"""Front and back matter in the shapes blind sets 20 and 21 showed, on notices of our own (tests/notices/):
a portal page's QR prompt between the title and the 文号 (扫一扫在手机打开当前页: page furniture, so the 文号 and the
recipients after it are the notice's; 日喀则), three co-issuers glued on one line under a masthead read in part
(佳木斯), and an attachment the cover names in title marks (延边州: no citation). Expected values by reading.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "meta_huanggang_qr_prompt_over_number.txt"


def test_a_qr_prompt_under_the_title_hides_neither_number_nor_recipients():
    meta = extract_document(NOTICE)[1]["metadata"]
    assert meta.doc_number == "黄政办发〔2024〕15号"
    assert meta.recipients == ["各县、市、区人民政府", "龙感湖管理区", "市政府各部门"]
    assert meta.issue_date == "2024-04-30"


def test_three_co_issuers_a_masthead_read_in_part_and_a_glued_signature_name():
    """A three-agency 版头 whose 文件 a PDF reader put after the first name (衡水市教育局 / 文件 / 衡水市财政局 / …),
    the three names glued on the signature line and in the title: the issuer is all three (blind set 20's 佳木斯)."""
    meta = extract_document(NOTICE.parent / "meta_hengshui_three_agency_masthead_glued_signature.txt")[1]["metadata"]
    assert meta.issuer == "衡水市教育局、衡水市财政局、衡水市人力资源和社会保障局"
    assert (meta.doc_number, meta.city, meta.issue_date) == ("衡教发〔2024〕22号", "衡水市", "2024-06-03")


def test_an_attachment_the_cover_names_in_title_marks_is_no_citation():
    """现将…及《丽江市文旅消费提振工作方案（2024—2025年）》印发给你们 under a title that says only 印发工作方案, the 方案
    listed under 附件：1.: the notice's own attachment, not a document it cites (blind set 21's 延边州 cover)."""
    found = extract_document(NOTICE.parent / "citations_lijiang_attachment_named_in_cover.txt")[1]["citations"]
    assert [(c.cited_title, c.cited_doc_number) for c in found] == [
        ("云南省人民政府办公厅关于进一步促进文旅消费的若干措施", "云政办发〔2023〕8号")]
