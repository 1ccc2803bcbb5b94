"""Metadata of pages saved as text and Markdown (issue 9): portal boxes in every shape, scraper headers,
co-issuers, regions of 县级市, 自治州 and 县, national issuers, and tables written in text.

The notices are our own (tests/notices/web_*, md_*, text_*): other cities, provinces and layouts than
the real ones the fixes were prompted by. Expected values are written from reading the notices.
"""
from __future__ import annotations

import pytest

from extractors import metadata
from pipeline.ingest import read_file, sniff_format
from pipeline.normalize import normalize
from pipeline.structure import structure
from tests.conftest import ROOT

NOTICES = ROOT / "tests" / "notices"


def _read(name: str):
    raw = read_file(NOTICES / name)
    doc = structure(normalize(raw))
    meta = metadata.extract(doc, {})
    for field, span in meta.spans.items():
        assert doc.text[span.char_start:span.char_end] == span.evidence, field
    return raw, doc, meta


def _fields(meta, names):
    return {name: getattr(meta, name) for name in names}


def test_bullet_box_of_a_county_level_city_page():
    raw, doc, meta = _read("web_rongcheng_bullet_box.txt")
    assert raw.portal_fields["文号"] == "荣政办发〔2022〕14号"
    assert raw.portal_fields["成文日期"] == "2022-06-08" and raw.portal_fields["发布日期"] == "2022-06-10"
    assert "索引号" not in doc.text and "发布日期" not in doc.text  # the box is not the notice
    assert _fields(meta, ["title", "doc_number", "issuer", "issue_date", "doc_type", "province", "city", "county",
                          "region", "region_level", "public_status"]) == {
        "title": "荣成市人民政府办公室关于印发荣成市推进县域商业体系建设实施方案的通知",
        "doc_number": "荣政办发〔2022〕14号", "issuer": "荣成市人民政府办公室", "issue_date": "2022-06-08",
        "doc_type": "通知", "province": "山东省", "city": "威海市", "county": "荣成市",
        "region": "荣成市", "region_level": "county", "public_status": "此件公开发布",
    }
    # 市政府各部门、单位 is one addressee (单位 shares 市政府各…)
    assert meta.recipients == ["各镇人民政府", "街道办事处", "市政府各部门、单位"]


def test_pipe_box_with_spaced_labels_of_an_autonomous_prefecture():
    raw, doc, meta = _read("web_wenshan_pipe_box.txt")
    assert raw.portal_fields["标题"] == "文山州人民政府办公室关于加快高原特色现代农业产业发展的实施意见"
    assert raw.portal_fields["文号"] == "文政办发〔2023〕19号"
    # the notice prints no 文号 and no date line of its own besides the signature: the box fills the number
    assert meta.doc_number == "文政办发〔2023〕19号" and meta.issue_date == "2023-04-21"
    assert meta.title == "文山州人民政府办公室关于加快高原特色现代农业产业发展的实施意见"
    assert meta.doc_type == "实施意见"
    # 文山州 → 文山壮族苗族自治州 (an abbreviation of schemas/region_aliases.csv)
    assert (meta.province, meta.city, meta.county) == ("云南省", "文山壮族苗族自治州", None)
    assert (meta.region, meta.region_level) == ("文山壮族苗族自治州", "city")
    assert meta.recipients == ["各县（市）人民政府", "州直各委、办、局"]


def test_govcn_box_one_cell_per_line_and_a_national_ministry():
    raw, doc, meta = _read("web_ministry_govcn_box.txt")
    assert raw.portal_fields["主题分类"] == "工业、交通\\信息产业（含电信）"
    assert raw.portal_fields["发布日期"] == "2022年03月25日"
    assert meta.title == "工业和信息化部关于开展2022年县域数字基础设施提升行动的通知"
    assert meta.issue_date == "2022-03-18"  # 成文日期, not the 发布日期
    assert (meta.province, meta.city, meta.county) == (None, None, None)
    assert (meta.region, meta.region_level) == ("全国", "national")
    assert meta.recipients == [
        "各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门", "各省、自治区、直辖市通信管理局",
        "中国电信集团有限公司", "中国移动通信集团有限公司", "中国联合网络通信集团有限公司",
    ]


def test_markdown_scrape_of_a_county_notice():
    assert sniff_format((NOTICES / "md_zigui_county_scrape.md").read_bytes(), "x.md") == "markdown"
    raw, doc, meta = _read("md_zigui_county_scrape.md")
    # the scraper's header and trailer are the portal box, not the text
    assert raw.portal_fields["发文机关"] == "秭归县人民政府" and raw.portal_fields["更新时间"].startswith("2025-11-20")
    assert "检索时间" not in doc.text and "政策全文" not in doc.text and "更新时间" not in doc.text
    assert "**" not in doc.text and "](" not in doc.text and "\n- " not in doc.text
    assert "综合产值突破100亿元" in doc.text  # the link's text stays
    assert _fields(meta, ["title", "doc_number", "issuer", "issue_date", "province", "city", "county", "region"]) == {
        "title": "秭归县人民政府关于印发秭归县柑橘产业高质量发展三年行动方案的通知",  # the page prints none: the header's
        "doc_number": "秭政发〔2023〕4号", "issuer": "秭归县人民政府",
        "issue_date": "2023-02-27",  # the signature's date, not the header's 发布日期 2023-03-02
        "province": "湖北省", "city": "宜昌市", "county": "秭归县", "region": "秭归县",
    }
    assert meta.recipients == ["各乡镇人民政府", "县政府各部门"]
    table = doc.tables[0]
    assert table.header() == ["指标", "2022年", "2025年", "属性"]
    assert [cell.text for cell in table.rows[2]] == ["柑橘综合产值（亿元）", "72", "100", "预期性"]
    assert all(doc.text[c.char_start:c.char_end] == c.text for row in table.rows for c in row)


def test_markdown_basic_info_bullets_and_stacked_national_co_issuers():
    raw, doc, meta = _read("md_ministry_basic_info.md")
    assert raw.portal_fields["文号"] == "农计财发〔2024〕8号" and raw.portal_fields["文档类型"] == "政策类"
    assert "基本信息" not in doc.text and "原文链接" not in doc.text
    assert meta.title.replace(" ", "") == "农业农村部国家发展改革委财政部关于加快推进设施农业现代化的指导意见"
    assert meta.doc_type == "指导意见"
    assert meta.issuer == "农业农村部、国家发展改革委、财政部"  # three organs stacked under the text
    assert meta.issue_date == "2024-05-10"  # the header's 发布日期 is only a month
    assert (meta.region, meta.region_level, meta.province) == ("全国", "national", None)
    assert meta.recipients == [
        "各省、自治区、直辖市及计划单列市农业农村（农牧）厅（局、委）", "发展改革委", "财政厅（局）",
        "新疆生产建设兵团农业农村局", "发展改革委", "财政局",
    ]


def test_space_aligned_table_with_header_cells_broken_over_lines():
    raw, doc, meta = _read("text_anshun_aligned_table.txt")
    assert (meta.region, meta.province) == ("安顺市", "贵州省") and meta.doc_type == "通报"
    table = doc.tables[0]
    assert table.header() == ["县（区）", "5G基站数（个）", "5G用户占比(%)", "千兆宽带用户（万户）"]
    assert [[cell.text for cell in row] for row in table.body()] == [
        ["西秀区", "1860", "42.5", "3.2"], ["平坝区", "720", "38.1", "1.1"], ["普定县", "655", "35.7", "0.9"],
    ]


@pytest.mark.parametrize("lines, expected", [
    # a member list padded with spaces is not a table (no column of figures)
    (["组    长：罗    毅  区政府副区长", "副组长：张    三  区政府办公室主任", "成    员：李    四  区发改委主任"], []),
    # a pipe table without a rule: the header found by its words
    (["| 序号 | 县（市、区） | 新建5G基站（个） |", "| 1 | 甲县 | 120 |", "| 2 | 乙县 | 95 |"],
     [["序号", "县（市、区）", "新建5G基站（个）"], ["1", "甲县", "120"], ["2", "乙县", "95"]]),
])
def test_tables_in_text(lines, expected):
    from pipeline.ingest.text import blocks_from_lines

    blocks, _ = blocks_from_lines(lines)
    assert [b.rows for b in blocks if b.kind == "table"] == ([expected] if expected else [])


def test_news_agency_repost_names_issuers_title_and_release_day():
    raw, doc, meta = _read("md_xinhua_lead_repost.md")
    assert "新华社" in doc.text  # the repost's words are the text; only the scraper's header left
    assert meta.issuer == "中共中央办公厅、国务院办公厅"  # from the lead: …印发了《…》
    assert meta.title == "关于推进基本养老服务体系建设的意见" and meta.doc_type == "意见"
    # no 成文日期 anywhere: the dateline's day, the year from the page's 发布日期 (2023年5月)
    assert meta.issue_date == "2023-05-21"
    assert (meta.region, meta.region_level) == ("全国", "national")
    assert meta.recipients == []


def test_party_document_title_over_two_lines_with_its_date_in_brackets():
    raw, doc, meta = _read("md_party_title_note_date.md")
    assert meta.title.replace(" ", "") == "中共中央办公厅国务院办公厅关于加强新时代乡村人才队伍建设的意见"
    assert meta.issuer == "中共中央办公厅、国务院办公厅"  # the two organs of the title's first line
    assert meta.issue_date == "2021-02-10"  # （2021年2月10日） under the title, not the 新华社 or page date
    assert meta.region == "全国"


@pytest.mark.parametrize("title, issuer, expected", [
    # a scraper lost the page's first character: the signed issuer completes it
    ("海市人民政府办公厅关于印发某方案的通知", "上海市人民政府办公厅", "上海市人民政府办公厅关于印发某方案的通知"),
    ("州市人民政府关于某事项的批复", "福州市人民政府", "福州市人民政府关于某事项的批复"),
    # a title that names another organ, or none, is left as it is
    ("市交通运输局关于某事项的通知", "某县人民政府", "市交通运输局关于某事项的通知"),
    ("关于某事项的通知", "泉州市人民政府", "关于某事项的通知"),
])
def test_a_title_whose_start_was_lost(title, issuer, expected):
    from extractors.issuers import restore_lost_start

    assert restore_lost_start(title, issuer) == expected


def test_portal_buttons_and_the_title_said_again_under_the_pages_own():
    """A district portal page saved as GB18030 text (CRLF): the page's title, a source line, a row of
    【字体：大 中 小】【打印】 buttons, then the notice's 文号 and its own title wrapped after the issuer; the 文号
    and the recipients under the second title are the notice's."""
    raw, doc, meta = _read("text_yuecheng_portal_furniture_gb18030.txt")
    assert _fields(meta, ("title", "doc_number", "issue_date", "public_status")) == {
        "title": "绍兴市越城区人民政府办公室关于建立越城区老旧小区改造联席会议制度的通知",
        "doc_number": "越政办发〔2023〕38号", "issue_date": "2023-11-17", "public_status": "此件公开发布"}
    assert meta.recipients == ["各镇人民政府", "街道办事处", "区政府各部门、各直属单位"]


def test_rule_line_under_the_red_header_and_joint_signature_two_a_line():
    # tests/notices/meta_hukou_rule_line_joint_signature.txt: a ———— rule under the 版头 is no part of the title
    # (over two lines); four signatories two a line, padded with ideographic spaces, are four issuers; two zones
    # before one 管委会 are split as the first blind set's gold splits 赣州经开区、蓉江新区管委会
    _, _, meta = _read("meta_hukou_rule_line_joint_signature.txt")
    assert meta.title == "湖口县发展和改革委员会湖口县财政局关于印发湖口县节能降碳专项资金管理办法的通知"
    assert meta.issuer == "湖口县发展和改革委员会、湖口县财政局、湖口县自然资源局、湖口县生态环境局"
    assert meta.recipients == ["各乡镇人民政府", "街道办事处", "湖口高新区", "金砂湾工业园区管委会", "县直各单位"]


def test_markdown_scrape_with_the_doc_number_under_a_zihao_label():
    """A scraper header that gives the 文号 only as ``**字号**: 遂政办发〔2023〕27号``: 字号 is then the 文号's label
    (the notice's body has none); the same label over a page's font-size control (``**字号**: 大 中 小``) is none."""
    raw, doc, meta = _read("md_lishui_county_zihao_header.md")
    assert (meta.doc_number, meta.issue_date, meta.county) == ("遂政办发〔2023〕27号", "2023-05-29", "遂昌县")
    assert "遂政办发" not in doc.text  # the header line is the scraper's, not the notice's
    raw, doc, meta = _read("md_font_size_control_not_doc_number.md")
    assert meta.doc_number is None
    assert "文号" not in raw.portal_fields
