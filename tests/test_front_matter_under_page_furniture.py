"""A browser copy of a portal page, hard-wrapped, whose breadcrumb and buttons stand over the title (the form
blind set 9, tests/unseen9, showed): the breadcrumb ran to the right margin, so it was taken for a wrapped
sentence and the buttons, title, 文号 and 主送 were joined onto it — the whole front matter was lost.

The notice is our own (other county, topic and furniture wording); expected values are written from reading it.
"""
from __future__ import annotations

from extractors import metadata
from pipeline.ingest import read_file
from pipeline.normalize import normalize, should_join
from pipeline.structure import structure
from tests.conftest import ROOT

NOTICE = ROOT / "tests" / "notices" / "meta_funan_hardwrapped_portal_furniture.txt"


def test_front_matter_of_a_hardwrapped_copy_under_a_breadcrumb_and_buttons():
    doc = structure(normalize(read_file(NOTICE)))
    meta = metadata.extract(doc, {})
    for field, span in meta.spans.items():
        assert doc.text[span.char_start:span.char_end] == span.evidence, field
    assert {name: getattr(meta, name) for name in ("title", "doc_number", "issuer", "issue_date", "doc_type",
                                                   "province", "city", "county", "recipients")} == {
        "title": "阜南县人民政府办公室关于做好2022年夏季秸秆禁烧和综合利用工作的通知",
        "doc_number": "南政办秘〔2022〕21号", "issuer": "阜南县人民政府办公室", "issue_date": "2022-05-13",
        "doc_type": "通知", "province": "安徽省", "city": "阜阳市", "county": "阜南县",
        "recipients": ["各乡镇人民政府", "县直各单位"],
    }
    # the wrapped sentences of the body are still joined
    assert "巩固大气污染防治成果，保障人民群众身体健康" in doc.text


def test_breadcrumbs_and_button_rows_are_lines_of_their_own():
    width = 60.0  # the breadcrumb below runs to this margin
    crumb = "当前位置：首页 > 新闻中心 > 通知公告 > 县政府办公室文件通知"
    assert not should_join(crumb, "【打印】【关闭】", width)
    assert not should_join("首页 » 政务公开 » 政府信息公开目录 » 部门文件 » 规范性文件", "某县教育局关于…", width)
    assert not should_join("【打印本页】 【关闭窗口】", "【字体：大 中 小】", width)
    assert not should_join("为切实做好今年夏季秸秆禁烧和综合利用工作，巩固大气污染防治", "【打印】", width)
    # an ordinary wrapped line is joined as before
    assert should_join("为切实做好今年夏季秸秆禁烧和综合利用工作，巩固大气污染防治成果，保", "障人民群众身体健康", width)
