"""A joint notice's 版头 of several organs' full names printed without 文件 (一 line over the 文号, shown as a title
by its layout: a big font in a PDF, a first heading in Markdown) is no title: the title follows the 文号 (the form
blind set 30, tests/unseen30, showed in a five-ministry PDF), on a notice of our own in another province and topic.
Expected values are written from the notice.
"""
from pipeline.runner import extract_document
from tests.notice_targets import NOTICES


def _metadata():
    _, results, _ = extract_document(str(NOTICES / "meta_hunan_three_organ_banner_no_wenjian.md"))
    return results["metadata"]


def test_the_title_is_the_line_after_the_doc_number():
    meta = _metadata()
    assert meta.title.replace(" ", "") == "湖南省农业农村厅湖南省财政厅湖南省自然资源厅关于做好2024年高标准农田建设工作的通知"
    assert meta.doc_type == "通知"
    assert meta.doc_number == "湘农联〔2024〕45号"


def test_recipients_and_issuers_follow():
    meta = _metadata()
    assert meta.recipients == ["各市州农业农村局", "财政局", "自然资源和规划局"]
    assert meta.issuer == "湖南省农业农村厅、湖南省财政厅、湖南省自然资源厅"
