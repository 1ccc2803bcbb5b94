"""DOCX backend: body order, merged-cell grids equal to expected_tables.json, no headers/footers, errors."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx as python_docx
import pytest
import regex
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pipeline.errors import CorruptFileError, EncryptedError, UnsupportedFormatError
from pipeline.ingest import docx, read_file, sniff_format

ROOT = Path(__file__).resolve().parent.parent
DOCX_DIR = ROOT / "corpus" / "docx"
TEXT_DIR = ROOT / "corpus" / "text"
FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED_TABLES = json.loads((FIXTURES / "expected_tables.json").read_text(encoding="utf-8"))
NAMES = sorted(EXPECTED_TABLES)

#: a page-number footer line: "— 3 —", "- 12 -"
PAGE_NUMBER_LINE = regex.compile(r"^\s*[—\-–]\s*\d+\s*[—\-–]\s*$")


def read_corpus(name: str):
    return docx.read((DOCX_DIR / name).read_bytes(), str(DOCX_DIR / name))


def squash(text: str) -> str:
    return "".join(text.split())


def seed_text(name: str) -> str:
    """The seed of a DOCX without its page-number lines (not copied into the DOCX), whitespace
    and bold markers."""
    lines = (TEXT_DIR / name.replace(".docx", ".txt")).read_text(encoding="utf-8").split("\n")
    return squash("".join(line for line in lines if not PAGE_NUMBER_LINE.match(line))).replace("**", "")


# --------------------------------------------------------------------------- corpus tables


@pytest.mark.parametrize("name", NAMES)
def test_every_table_grid_equals_expected(name):
    tables = [block for block in read_corpus(name).blocks if block.kind == "table"]
    expected = EXPECTED_TABLES[name]
    assert len(tables) == len(expected)
    for got, want in zip(tables, expected):
        assert got.rows == want["rows"]
        assert got.header_rows == want["header_rows"]


def test_vertical_merge_filled_down_and_span_repeated():
    annex1 = [block for block in read_corpus("001_yuzhong_notice.docx").blocks if block.kind == "table"][0]
    assert annex1.rows[0][1] == annex1.rows[0][2] == "重点任务"  # gridSpan 2 in the header
    assert [row[1] for row in annex1.rows[1:4]] == ["一、加快千兆光纤网络部署范围"] * 3  # vMerge over rows 1–3


def test_two_header_rows_of_the_proposal_list():
    table = [block for block in read_corpus("004_shaoguan_reply.docx").blocks if block.kind == "table"][0]
    assert table.header_rows == 2
    assert table.rows[0] == ["建议清单", "办理清单", "办理清单", "办理清单", "办理清单"]
    assert table.rows[1][0] == "建议清单"  # rowspan 2 filled down
    assert table.rows[2][0].count("\n") == 3  # a cell's four paragraphs joined by "\n"


# --------------------------------------------------------------------------- corpus body


@pytest.mark.parametrize(
    "name, before, after",
    [
        ("000_yangquan_notice.docx", "三、工作专班", "工作专班主要负责协调千兆城市创建工作"),
        ("001_yuzhong_notice.docx", "渝中区千兆城市创建工作任务清单", "附件2"),
        ("002_jiaxing_notice.docx", "千兆城市创建主要目标任务分解", "抄送：省经信厅"),
        ("004_shaoguan_reply.docx", "提 案 清 单", "韶关市工业和信息化局"),
    ],
)
def test_table_sits_between_its_paragraphs(name, before, after):
    blocks = read_corpus(name).blocks
    first_table = next(i for i, block in enumerate(blocks) if block.kind == "table")
    assert blocks[first_table - 1].text.startswith(before)
    assert blocks[first_table + 1].text.startswith(after)


def test_zezhou_order_member_table_then_print_line_then_landscape_task_table():
    blocks = read_corpus("003_zezhou_notice.docx").blocks
    kinds = [(i, block) for i, block in enumerate(blocks) if block.kind == "table"]
    members, tasks = kinds[0][0], kinds[1][0]
    printed = next(i for i, block in enumerate(blocks) if block.text.endswith("\t2020年6月11日印发"))
    annex2 = next(i for i, block in enumerate(blocks) if block.text == "附件 2")
    assert members < printed < annex2 < tasks  # the 版记 comes before 附件2, as in the seed
    assert blocks[tasks - 1].text == "泽州县 5G 产业发展任务分工表"


@pytest.mark.parametrize("name", NAMES)
def test_no_footer_page_numbers_in_body(name):
    document = read_corpus(name)
    lines = [line for block in document.blocks for line in block.raw_text().split("\n")]
    assert not [line for line in lines if PAGE_NUMBER_LINE.match(line)]


@pytest.mark.parametrize("name", NAMES)
def test_text_blocks_come_from_the_seed(name):
    seed = seed_text(name)
    for block in read_corpus(name).blocks:
        if block.kind == "text":
            assert squash(block.text) in seed, block.text


def test_jiaxing_text_equals_seed_ignoring_whitespace():
    # 002 has no merged cells and no image header, so everything is there, nothing more.
    assert squash(read_corpus("002_jiaxing_notice.docx").raw_text) == seed_text("002_jiaxing_notice.docx")


def test_soft_line_breaks_tabs_and_hints():
    blocks = read_corpus("000_yangquan_notice.docx").blocks
    title = blocks[1]
    assert title.text == "阳泉市人民政府办公室\n关于印发阳泉市加快创建“千兆城市”\n工作方案的通知"
    assert not title.soft_wrap and {"bold", "center"} <= title.hints
    assert blocks[0].text == "阳政办发〔2023〕71号" and "center" in blocks[0].hints
    assert blocks[-1].text == "阳泉市人民政府办公室\t2023年9月28日印发"
    assert "bold" not in blocks[2].hints  # 主送 is plain


def test_padding_spaces_are_kept():
    text = read_corpus("001_yuzhong_notice.docx").raw_text
    assert "组    长：罗    毅  区政府副区长" in text


def test_corpus_has_no_rendered_page_breaks_so_no_pages():
    document = read_corpus("000_yangquan_notice.docx")
    assert document.page_count is None
    assert all(block.page is None for block in document.blocks)


def test_read_file_routes_docx():
    document = read_file(DOCX_DIR / "002_jiaxing_notice.docx")
    assert document.file_format == "docx"


# --------------------------------------------------------------------------- a synthetic DOCX

SDT_PARAGRAPH = f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件内的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>'
TEXT_BOX_RUN = (
    f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
    "<w:p><w:r><w:t>文本框文字</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)
CHINESE_NUMBERING = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    "</w:abstractNum>"
)


def _numbered(paragraph, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
    )


@pytest.fixture(scope="module")
def synthetic_docx() -> bytes:
    document = python_docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉：某市人民政府文件"
    section.footer.paragraphs[0].text = "— 1 —"

    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(CHINESE_NUMBERING))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    document.add_paragraph("某市关于加快5G发展的通知")
    intro = document.add_paragraph("第一行")
    intro.runs[0].add_break()
    intro.add_run("第二行\t制表符后")
    with_box = document.add_paragraph("正文旁边有文本框")
    with_box._p.append(parse_xml(TEXT_BOX_RUN))
    for text, level in (("总体要求", 0), ("发展目标", 1), ("建设任务", 1), ("保障措施", 0), ("组织领导", 1)):
        _numbered(document.add_paragraph(text), level)

    table = document.add_table(rows=3, cols=3)
    merged_across = table.cell(0, 0).merge(table.cell(0, 1))
    merged_across.text = "跨两列"
    table.cell(0, 2).text = "表头三"
    merged_down = table.cell(1, 0).merge(table.cell(2, 0))
    merged_down.text = "跨两行"
    for row, values in ((1, ("甲", "乙")), (2, ("丙", "丁"))):
        table.cell(row, 1).text, table.cell(row, 2).text = values

    after_table = document.add_paragraph("表格之后的段落")
    after_table.runs[0].add_break(WD_BREAK.PAGE)
    body = document.element.body
    body.insert(list(body).index(body[-1]), parse_xml(SDT_PARAGRAPH))  # before w:sectPr
    new_page = document.add_paragraph("第二页的段落")
    new_page.runs[0]._r.insert(0, parse_xml(f'<w:lastRenderedPageBreak {nsdecls("w")}/>'))

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def synthetic(synthetic_docx):
    return docx.read(synthetic_docx, "synthetic.docx")


def test_synthetic_body_order_and_content_controls(synthetic):
    texts = [block.raw_text() for block in synthetic.blocks]
    assert texts[0] == "某市关于加快5G发展的通知"
    assert texts.index("表格之后的段落") == texts.index("跨两列\t跨两列\t表头三\n跨两行\t甲\t乙\n跨两行\t丙\t丁") + 1
    assert texts.index("控件内的段落") == texts.index("表格之后的段落") + 1  # w:sdt content, in place


def test_synthetic_headers_footers_and_text_boxes_left_out(synthetic):
    raw = synthetic.raw_text
    assert "页眉" not in raw and "— 1 —" not in raw
    assert "文本框文字" not in raw
    assert "正文旁边有文本框" in raw


def test_synthetic_line_break_and_tab(synthetic):
    block = synthetic.blocks[1]
    assert block.text == "第一行\n第二行\t制表符后"
    assert block.soft_wrap is False


def test_synthetic_automatic_numbering_is_rendered(synthetic):
    texts = [block.text for block in synthetic.blocks if block.kind == "text"]
    assert ["一、总体要求", "（一）发展目标", "（二）建设任务", "二、保障措施", "（一）组织领导"] == [
        text for text in texts if text[:1] in "一二（"
    ]


def test_synthetic_merged_cells(synthetic):
    table = next(block for block in synthetic.blocks if block.kind == "table")
    assert table.rows == [["跨两列", "跨两列", "表头三"], ["跨两行", "甲", "乙"], ["跨两行", "丙", "丁"]]
    assert table.header_rows == 0


def test_synthetic_pages_from_rendered_page_breaks(synthetic):
    pages = {block.raw_text(): block.page for block in synthetic.blocks}
    assert pages["某市关于加快5G发展的通知"] == 1
    assert pages["第二页的段落"] == 2
    assert synthetic.page_count == 2


# --------------------------------------------------------------------------- errors


def test_truncated_docx_is_corrupt():
    with pytest.raises(CorruptFileError, match=r"^corrupt: corrupt DOCX: truncated"):
        read_file(FIXTURES / "000_yangquan_truncated.docx")


def test_non_zip_bytes_are_corrupt():
    with pytest.raises(CorruptFileError, match="corrupt DOCX: not a zip archive"):
        docx.read(b"plain bytes, no zip", "x.docx")


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_zip_that_is_not_ooxml_is_unsupported():
    with pytest.raises(UnsupportedFormatError, match="not a Word document"):
        docx.read(_zip({"readme.txt": "hello"}), "x.docx")


def test_excel_workbook_named_docx_is_unsupported():
    data = _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
    with pytest.raises(UnsupportedFormatError, match="Excel"):
        docx.read(data, "x.docx")


def test_corrupt_part_is_corrupt(synthetic_docx):
    # Keep the zip directory but damage word/document.xml.
    source = zipfile.ZipFile(io.BytesIO(synthetic_docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(CorruptFileError, match="corrupt DOCX"):
        docx.read(buffer.getvalue(), "x.docx")


def test_old_doc_and_encrypted_office_files_are_sniffed():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    assert sniff_format(ole + b"WordDocument".ljust(64, b"\x00"), "old.doc") == "doc"  # read via LibreOffice
    with pytest.raises(EncryptedError, match="password"):
        sniff_format(ole + "EncryptedPackage".encode("utf-16-le"), "secret.docx")
