"""Markdown as scrapers save portal pages and WeChat articles (blind sets 31 and 32: af4's 【字体】 line of links whose
targets hold parentheses and its 信息公开 box as a pipe table; ae4's captions and 政策原文 over the reposted title), on
notices of our own in other places and topics: a link keeps only its text, the box's rule row leaves with the box, and
short caption lines above a title that opens with its issuers are no part of it. Expected values are written from the
notices.
"""
from pathlib import Path

from pipeline.ingest.markdown import inline_text
from pipeline.ingest.text_box import portal_box
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def test_a_link_whose_target_holds_parentheses_keeps_only_its_text():
    assert inline_text("【字体：[大](javascript:doZoom(20)) [中](javascript:doZoom(16))】") == "【字体：大 中】"
    assert inline_text("见[附件](/a/b(1).pdf)。") == "见附件。"
    assert inline_text("![](https://x/640?wx_fmt=gif(1))图") == "图"


def test_the_rule_row_of_a_box_saved_as_a_pipe_table_leaves_with_the_box():
    lines = ["| 索引号 | 330681/2024-00031 | 信息分类 | 部门文件 |", "| --- | --- | --- | --- |",
             "| 文件编号 | 诸农〔2024〕12号 | 有效性 | 有效 |", "", "诸农〔2024〕12号"]
    fields, taken = portal_box(lines)
    assert taken == {0, 1, 2}
    assert fields["文号"] == "诸农〔2024〕12号"


def test_recipients_under_a_page_box_saved_as_a_pipe_table():
    _, results, _ = extract_document(str(NOTICES / "md_zhuji_portal_pipe_box_nested_links.md"))
    meta = results["metadata"]
    assert meta.title == "诸暨市农业农村局关于印发《诸暨市农机报废更新补贴实施细则》的通知"
    assert meta.doc_number == "诸农〔2024〕12号"
    assert meta.recipients == ["各镇乡（街道）农业农村办", "局属各单位"]


def test_captions_over_a_reposted_title_are_no_part_of_it():
    doc, results, _ = extract_document(str(NOTICES / "md_wechat_caption_lines_over_title.md"))
    meta = results["metadata"]
    assert meta.title == "临沂市民政局 临沂市财政局关于提高困难残疾人生活补贴标准的通知".replace(" ", "") \
        or meta.title == "临沂市民政局 临沂市财政局关于提高困难残疾人生活补贴标准的通知"
    assert meta.doc_number == "临民发〔2024〕7号"
    assert meta.recipients == ["各县区民政局", "财政局"]
    start, end = meta.spans["title"].char_start, meta.spans["title"].char_end
    assert doc.text[start:end].replace(" ", "") == meta.title.replace(" ", "")
