"""A portal page copied as text with a QR prompt between the title and the 文号 (扫一扫在手机打开当前页, 微信扫一扫…):
the prompt is page furniture, so the 文号 and the recipients after it are still the notice's (blind set 20's
日喀则 page). The notice is our own (tests/notices/meta_huanggang_qr_prompt_over_number.txt); expected values by reading.
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
