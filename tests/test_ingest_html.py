"""HTML backend: portal box → portal_fields, body without page chrome, charsets, error pages, sniffing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from pipeline.errors import NoTextError, WrongTypeError
from pipeline.ingest import html, read_file, sniff_format
from pipeline.runner import extract_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
NOTICES = ROOT / "tests" / "notices"
TEXT_DIR = ROOT / "corpus" / "text"
EXPECTED_TABLES = json.loads((FIXTURES / "expected_tables.json").read_text(encoding="utf-8"))

XIANGTAN = NOTICES / "web_xiangtan_gigabit_xxgk_table.html"
JIUJIANG = NOTICES / "web_jiujiang_5g_bullets_gbk_declared_utf8.html"
LUOYANG = NOTICES / "web_luoyang_gigabit_glued_labels.html"
ZHUZHOU = NOTICES / "web_zhuzhou_digital_economy_empty_wenhao.xhtml"
#: an old table-layout portal: breadcrumbs, the box, the counter and share sit in the content cell
ZHANGJIAKOU = NOTICES / "web_zhangjiakou_newinfra_layout_table_gb2312.html"
PAGES = [XIANGTAN, JIUJIANG, LUOYANG, ZHUZHOU, ZHANGJIAKOU]

#: page chrome that must not reach the body
CHROME = regex.compile(
    r"当前位置|您现在的位置|您的位置|首页|分享|浏览次数|阅读次数|点击数|打印|关闭窗口|ICP|版权所有|网站标识码"
    r"|上一篇|下一篇|相关文件|索引号|主题分类|发布机构|无障碍|信息公开|手机版"
)


def texts(document) -> list[str]:
    return [block.text for block in document.blocks if block.kind == "text"]


def tables(document):
    return [block for block in document.blocks if block.kind == "table"]


# --------------------------------------------------------------------------- the seed 002 Word-HTML page


def test_fake_docx_is_read_as_html_equal_to_seed_002_line_by_line():
    document = read_file(FIXTURES / "002_jiaxing_fake_docx_is_html_gbk.docx")
    seed = [line for line in (TEXT_DIR / "002_jiaxing_notice.txt").read_text(encoding="utf-8").split("\n") if line.strip()]
    assert document.file_format == "html"
    assert document.encoding == "gb18030"
    assert document.raw_text.split("\n") == seed
    assert any("named .docx but is an HTML page" in warning for warning in document.warnings)
    assert any("gb2312" in warning for warning in document.warnings)


def test_fake_docx_is_not_gb2312_so_gb18030_is_needed():
    data = (FIXTURES / "002_jiaxing_fake_docx_is_html_gbk.docx").read_bytes()
    assert b"charset=gb2312" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")


def test_fake_docx_tab_lines_become_the_operator_table():
    [table] = tables(read_file(FIXTURES / "002_jiaxing_fake_docx_is_html_gbk.docx"))
    expected = EXPECTED_TABLES["002_jiaxing_notice.docx"][0]
    assert (table.rows, table.header_rows) == (expected["rows"], expected["header_rows"])


# --------------------------------------------------------------------------- error pages


def test_404_page_saved_as_pdf_is_wrong_type():
    with pytest.raises(WrongTypeError) as caught:
        read_file(FIXTURES / "html_error_page_named.pdf")
    assert caught.value.message == "not a PDF: the file is an HTML page (404 页面不存在)"
    assert caught.value.code == "wrong_type"


def test_404_page_saved_as_html_has_no_text(tmp_path):
    page = tmp_path / "gone.html"
    page.write_bytes((FIXTURES / "html_error_page_named.pdf").read_bytes())
    with pytest.raises(NoTextError, match="404 页面不存在"):
        read_file(page)


def test_a_list_of_links_is_not_a_notice():
    links = "".join(f"<li><a href='/{i}.html'>关于做好第{i}批项目申报工作的通知</a></li>" for i in range(60))
    page = f"<html><head><title>通知公告_某市人民政府</title></head><body><ul>{links}</ul></body></html>"
    with pytest.raises(NoTextError, match="通知公告_某市人民政府"):
        html.read(page.encode("utf-8"), "list.html")


def test_real_page_under_a_pdf_name_is_read_with_a_warning(tmp_path):
    disguised = tmp_path / "attachment.pdf"
    disguised.write_bytes(XIANGTAN.read_bytes())
    document = read_file(disguised)
    assert document.file_format == "html"
    assert document.warnings == ["the file is named .pdf but is an HTML page; read as HTML"]
    assert document.portal_fields["文号"] == "潭政办发〔2021〕9号"


# --------------------------------------------------------------------------- portal fields


def test_information_table_fields():
    assert read_file(XIANGTAN).portal_fields == {
        "索引号": "11430300006163016N/2021-00417",
        "主题分类": "工业、交通\\信息产业（含电信）",
        "发文机关": "湘潭市人民政府办公室",
        "成文日期": "2021-03-15",
        "标题": "湘潭市人民政府办公室关于印发《湘潭市“双千兆”网络协同发展行动计划（2021—2023年）》的通知",
        "文号": "潭政办发〔2021〕9号",
        "发布日期": "2021-03-19",
        "有效性": "有效",
    }


def test_bullet_fields_with_aliases():
    fields = read_file(JIUJIANG).portal_fields
    assert fields == {
        "索引号": "014400357/2021-01866",
        "发文机关": "九江市工业和信息化局",  # from 发布机构
        "文号": "九工信字〔2021〕37号",  # from "• 发文字号:"
        "成文日期": "2021-06-08",
        "发布日期": "2021-06-10",
        "主题分类": "工业、交通/信息产业（含电信）",
        "标题": "九江市工业和信息化局关于印发《九江市5G网络建设三年行动方案（2021—2023年）》的通知",  # from 名称
    }


def test_glued_fields():
    assert read_file(LUOYANG).portal_fields == {
        "索引号": "LY0412-2021-0058",
        "发文机关": "洛阳市工业和信息化局",
        "文号": "洛工信函〔2021〕05号",
        "成文日期": "2021年04月12日",
        "有效性": "现行有效",
        "发布日期": "2021-04-13",  # the info line, cut before the glued 点击数：
    }


def test_disclosure_status_is_a_box_field():
    fields = read_file(NOTICES / "meta_xining_portal_disclosure.html").portal_fields
    assert fields["公开方式"] == "主动公开"  # glued label and value cells
    page = (
        "<html><body><ul class='xxgk'><li>索引号：XN-2024-01</li><li>公开属性：依申请公开</li>"
        "<li>公开方式发布会</li></ul><div id='zoom'>"
        + "<p>为加快推进千兆光网建设，现就有关事项通知如下，请认真贯彻落实，确保各项任务按期完成。</p>" * 3
        + "</div></body></html>"
    )
    fields = html.read(page.encode("utf-8"), "page.html").portal_fields
    assert fields == {"索引号": "XN-2024-01", "公开方式": "依申请公开"}  # a glued value must look like a status


def test_empty_wenhao_stays_empty_and_does_not_swallow_the_next_label():
    fields = read_file(ZHUZHOU).portal_fields
    assert fields["文号"] == ""
    assert fields["成文日期"] == "2022-05-20"
    assert fields["发文机关"] == "株洲市数字经济发展领导小组办公室"
    assert fields["主题分类"] == "国民经济管理、国有资产监管/其他"


def test_box_inside_the_content_cell():
    document = read_file(ZHANGJIAKOU)
    assert document.portal_fields == {
        "索引号": "000014349/2022-00015",
        "发文机关": "张家口市人民政府办公室",
        "文号": "张政办字〔2022〕15号",
        "成文日期": "2022年03月02日",
        "标题": "张家口市人民政府办公室关于加快推进新型基础设施建设的实施意见",
        "发布日期": "2022-03-04",  # from the info line "发布时间：… 浏览次数：45 次"
    }
    [table] = tables(document)  # the box table is dropped, the task table stays
    assert table.header_rows == 1 and table.rows[0][0] == "序号" and len(table.rows) == 4


def test_box_lines_inside_the_content_leave_the_body():
    page = (
        "<html><body><div id='zoom'>"
        "<p>索引号：SZ-2023-0101</p><p>发文字号：某工信函〔2023〕12号</p><p>成文日期：2023-02-01</p>"
        + "<p>为加快推进千兆光网建设，现就有关事项通知如下，请认真贯彻落实，确保各项任务按期完成。</p>" * 3
        + "</div></body></html>"
    )
    document = html.read(page.encode("utf-8"), "page.html")
    assert document.portal_fields == {"索引号": "SZ-2023-0101", "文号": "某工信函〔2023〕12号", "成文日期": "2023-02-01"}
    assert len(texts(document)) == 3 and all(line.startswith("为加快") for line in texts(document))


def test_a_lone_label_line_in_the_body_is_text():
    page = (
        "<html><body><div id='zoom'>"
        + "<p>为加快推进千兆光网建设，现就有关事项通知如下，请认真贯彻落实，确保各项任务按期完成。</p>" * 3
        + "<p>标题：各单位报送材料时请注明项目名称。</p></div></body></html>"
    )
    document = html.read(page.encode("utf-8"), "page.html")
    assert document.portal_fields == {}
    assert texts(document)[-1] == "标题：各单位报送材料时请注明项目名称。"


# --------------------------------------------------------------------------- body


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_body_has_no_page_chrome_and_no_box(page):
    document = read_file(page)
    for block in document.blocks:
        assert not CHROME.search(block.raw_text()), block.raw_text()


@pytest.mark.parametrize(
    "page, title, signature, date",
    [
        (XIANGTAN, "湘潭市人民政府办公室关于印发《湘潭市“双千兆”网络协同发展行动计划（2021—2023年）》的通知",
         "湘潭市人民政府办公室", "2021年3月15日"),
        (JIUJIANG, "九江市工业和信息化局关于印发《九江市5G网络建设三年行动方案（2021—2023年）》的通知",
         "九江市工业和信息化局", "2021年6月8日"),
        (LUOYANG, "洛阳市工业和信息化局关于开展2021年“千兆城市”创建工作的通知", "洛阳市工业和信息化局", "2021年4月12日"),
        (ZHUZHOU, "株洲市数字经济发展领导小组办公室关于印发《株洲市数字经济发展2022年工作要点》的通知",
         "株洲市数字经济发展领导小组办公室", "2022年5月20日"),
        (ZHANGJIAKOU, "张家口市人民政府办公室关于加快推进新型基础设施建设的实施意见",
         "张家口市人民政府办公室", "2022年3月2日"),
    ],
    ids=["xiangtan", "jiujiang", "luoyang", "zhuzhou", "zhangjiakou"],
)
def test_body_is_the_notice(page, title, signature, date):
    document = read_file(page)
    first = document.blocks[0]
    assert first.text == title and "title" in first.hints
    lines = texts(document)
    assert lines.index(signature) + 1 == lines.index(date)
    assert document.file_format == "html" and document.blocks[0].page is None


def test_headings_and_alignment_hints():
    lines = {block.text: block.hints for block in read_file(XIANGTAN).blocks if block.kind == "text"}
    assert "bold" in lines["一、总体目标"]
    assert "center" in lines["潭政办发〔2021〕9号"]
    assert "center" not in lines["湘潭市人民政府办公室"]  # right-aligned signature
    zhuzhou = {block.text: block.hints for block in read_file(ZHUZHOU).blocks if block.kind == "text"}
    assert "heading" in zhuzhou["一、主要目标"]


def test_body_table_with_rowspan_and_colspan_filled():
    document = read_file(XIANGTAN)
    [table] = tables(document)  # the 信息公开 table is not in the body
    assert table.header_rows == 2
    assert table.rows[:3] == [
        ["序号", "指标名称", "目标值", "目标值", "目标值"],
        ["序号", "指标名称", "2021年", "2022年", "2023年"],
        ["1", "5G基站数（个）", "4000", "6000", "8000"],
    ]
    assert table.rows[-1] == ["5", "5G用户占比", "30%", "30%", "45%"]
    blocks = document.blocks
    at = blocks.index(table)
    assert blocks[at - 1].text.endswith("分年度目标如下：")
    assert blocks[at + 1].text == "二、重点任务"


def test_source_line_breaks_join_chinese_without_spaces():
    lines = texts(read_file(XIANGTAN))
    assert any("5G网络建设，打造“千兆城市”，制定本行动计划。" in line for line in lines)


def test_nbsp_padding_and_br_lines():
    document = read_file(JIUJIANG)
    lines = texts(document)
    assert "组    长：刘  强  市政府副市长" in lines
    member = next(block for block in document.blocks if block.text == "李建华  市自然资源局副局长")
    assert member.soft_wrap  # a <br> line end: normalization decides


def test_densest_block_fallback_skips_menus():
    # 株洲's page has no known CMS container: the prose decides, the left menu stays out.
    lines = texts(read_file(ZHUZHOU))
    assert "规划计划" not in lines and "政策文件" not in lines
    assert lines[-1] == "各成员单位要明确专人负责，每季度末向领导小组办公室报送工作进展。"


# --------------------------------------------------------------------------- charsets


def test_gb2312_declared_page_is_read_as_gb18030():
    document = read_file(ZHANGJIAKOU)
    assert document.encoding == "gb18030" and document.warnings == []


def test_gbk_page_declared_utf8_is_decoded_as_gb18030():
    document = read_file(JIUJIANG)
    assert document.encoding == "gb18030"
    assert document.warnings == ["declared charset utf-8 does not fit the bytes; decoded as gb18030"]


def test_utf8_page_declared_gbk_is_decoded_as_utf8():
    data = XIANGTAN.read_bytes().replace(b'<meta charset="utf-8">', b'<meta charset="gbk">')
    text, encoding, warnings = html.decode_html(data)
    assert encoding == "utf-8" and "湘潭市" in text
    assert warnings == ["declared charset gbk does not fit the bytes; decoded as utf-8"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_pages_are_sniffed_and_read(encoding, tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(XIANGTAN.read_text(encoding="utf-8").encode(encoding))
    assert sniff_format(page.read_bytes(), str(page)) == "html"
    document = read_file(page)
    reference = read_file(XIANGTAN)
    assert document.blocks == reference.blocks
    assert document.portal_fields == reference.portal_fields


def test_xhtml_with_xml_prolog_is_sniffed_as_html():
    assert ZHUZHOU.read_bytes().startswith(b"<?xml")
    assert sniff_format(ZHUZHOU.read_bytes(), "page.txt") == "html"
    assert sniff_format(b"<?xml version='1.0'?><svg></svg>", "x.xml") == "text"
    assert sniff_format("<附件1>说明文字".encode("utf-8"), "x.txt") == "text"


def test_a_sentence_split_over_two_paragraphs_is_joined():
    # a page copied line by line into <p>s: the sentence cut before 90%以上 goes on in the next <p>
    doc, results, _ = extract_document(str(NOTICES / "web_jinhua_taskforce_group_members.html"))
    assert "覆盖率达到90%以上。现将有关事项通知如下：" in doc.text
    (target,) = results["targets"]
    assert (target.value, target.unit, target.deadline) == (90, "%", "2025-12-31")


def test_an_old_portal_page_titled_with_a_double_hyphen_before_the_site_name():
    doc, results, _ = extract_document(str(NOTICES / "web_alxa_member_table_label_rows.html"))
    assert results["metadata"].title == "阿拉善左旗人民政府办公室关于成立阿拉善左旗数字经济发展领导小组的通知"
