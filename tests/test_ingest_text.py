"""Text backend: encodings give the seed text exactly; tab-flattened tables become table blocks."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import DecodeError, NoTextError
from pipeline.ingest import read_file, text
from pipeline.ingest.text import decode_text

ROOT = Path(__file__).resolve().parent.parent
TEXT_DIR = ROOT / "corpus" / "text"
FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED_TABLES = json.loads((FIXTURES / "expected_tables.json").read_text(encoding="utf-8"))

ENCODED = [
    ("000_yangquan_gb18030.txt", "000_yangquan_notice", "gb18030"),
    ("002_jiaxing_utf8_bom.txt", "002_jiaxing_notice", "utf-8-sig"),
    ("003_zezhou_utf16le_bom_crlf.txt", "003_zezhou_notice", "utf-16"),
]


def seed(stem: str) -> str:
    return (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")


def read_seed(stem: str):
    return read_file(TEXT_DIR / f"{stem}.txt")


def tables(document):
    return [block for block in document.blocks if block.kind == "table"]


def fill_down(rows: list[list[str]], columns: set[int]) -> list[list[str]]:
    """What the table extractor does for merged category columns (not the backend's job)."""
    out = []
    for row in rows:
        out.append([cell or (out[-1][i] if out and i in columns else "") for i, cell in enumerate(row)])
    return out


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("fixture, stem, encoding", ENCODED)
def test_encoded_fixture_decodes_to_the_seed(fixture, stem, encoding):
    decoded, used = decode_text((FIXTURES / fixture).read_bytes())
    assert used == encoding
    assert decoded.replace("\r\n", "\n") == seed(stem)


@pytest.mark.parametrize("fixture, stem, encoding", ENCODED)
def test_encoded_fixture_reads_like_the_seed(fixture, stem, encoding):
    document = read_file(FIXTURES / fixture)
    assert document.file_format == "text" and document.encoding == encoding
    assert document.blocks == read_seed(stem).blocks
    assert not any("\r" in block.raw_text() or "\ufeff" in block.raw_text() for block in document.blocks)


def test_utf16_without_bom_and_big5_are_detected():
    traditional = "關於加快推進5G網絡建設的實施意見\n為貫徹落實國家關於新型基礎設施建設的決策部署，現提出如下意見。"
    assert decode_text(traditional.encode("big5")) == (traditional, "big5")
    simplified = seed("002_jiaxing_notice")
    assert decode_text(simplified.encode("utf-16-le")) == (simplified, "utf-16-le")
    assert decode_text(simplified.encode("utf-16-be")) == (simplified, "utf-16-be")


def test_a_cut_off_last_character_is_replaced_with_a_warning():
    data = seed("000_yangquan_notice").encode("utf-8")[:-4]  # ends inside "发"
    document = text.read(data + "日".encode("utf-8")[:2], "cut.txt")
    assert any("U+FFFD" in warning for warning in document.warnings)


def test_binary_garbage_is_a_decode_error():
    with pytest.raises(DecodeError):
        text.read(bytes(range(128, 256)) * 40, "garbage.txt")


def test_blank_file_has_no_text():
    with pytest.raises(NoTextError):
        text.read(b"\r\n  \n\t\n", "blank.txt")


# --------------------------------------------------------------------------- lines


def test_lines_are_soft_wrapped_text_blocks():
    document = read_seed("002_jiaxing_notice")
    first = document.blocks[0]
    assert (first.kind, first.text, first.soft_wrap) == ("text", "嘉兴市经济和信息化局文件", True)
    # the page break that split a sentence stays two lines: normalization judges it
    texts = [block.text for block in document.blocks]
    split = next(i for i, line in enumerate(texts) if line.endswith("具备千兆光纤网络"))
    assert texts[split + 1].startswith("覆盖190万户家庭")


def test_form_feeds_give_pages():
    document = text.read("第一页第一行\n第一页第二行\f第二页\n".encode("utf-8"), "paged.txt")
    assert [block.page for block in document.blocks] == [1, 1, 2]
    assert document.page_count == 2
    assert read_seed("000_yangquan_notice").page_count is None


# --------------------------------------------------------------------------- tables, form (a): a row per line


def test_yangquan_member_table_equals_the_docx_grid():
    document = read_seed("000_yangquan_notice")
    [table] = tables(document)
    assert table.rows == EXPECTED_TABLES["000_yangquan_notice.docx"][0]["rows"]
    assert table.header_rows == 0  # 组 长： is a label, not a header
    assert table.rows[2] == ["", "高永恩", "市大数据应用局局长"]  # empty role kept, not filled


def test_table_block_sits_where_its_lines_were():
    blocks = read_seed("000_yangquan_notice").blocks
    at = next(i for i, block in enumerate(blocks) if block.kind == "table")
    assert blocks[at - 1].text == "三、工作专班"
    assert blocks[at + 1].text.startswith("工作专班主要负责协调千兆城市创建工作")
    assert not any("\t" in block.text for block in blocks if block.kind == "text")


def test_jiaxing_operator_table_equals_the_docx_grid():
    [table] = tables(read_seed("002_jiaxing_notice"))
    expected = EXPECTED_TABLES["002_jiaxing_notice.docx"][0]
    assert (table.rows, table.header_rows) == (expected["rows"], expected["header_rows"])


def test_zezhou_task_table_drops_repeated_headers_and_aligns_rows():
    document = read_seed("003_zezhou_notice")
    members, tasks = tables(document)
    assert len(members.rows) == 17 and members.header_rows == 0  # the tab-separated part of 附件1
    assert tasks.header_rows == 1
    assert len(tasks.rows) == 29  # header + 28 tasks: the 3 repeated headers are gone
    assert [row for row in tasks.rows[1:] if row[0] == "序号"] == []
    assert {len(row) for row in tasks.rows} == {7}
    # rows 27–28 lost their empty merged 事项分类 cell in the flattening: put back in column 2
    assert tasks.rows[27][:3] == ["27", "", "强化网络信息安全保障"]
    # row 21 was shifted right by a stray empty cell: 牵头 = 人社局, 配合 = empty
    assert tasks.rows[21] == ["21", "", "构建 5G 产业生态", "加快 5G 人才引进培育。", "持续推进", "县人力资源和社会保障局", ""]
    assert any("repeated header" in warning for warning in document.warnings)
    assert any("row '27'" in warning for warning in document.warnings)


def test_zezhou_task_table_filled_down_equals_the_docx_grid():
    [_, tasks] = tables(read_seed("003_zezhou_notice"))
    expected = EXPECTED_TABLES["003_zezhou_notice.docx"][1]["rows"]
    assert fill_down(tasks.rows, {1, 2}) == expected


# --------------------------------------------------------------------------- tables, form (b): a cell per line


def test_yuzhong_task_list_keeps_rows_wider_than_the_header():
    document = read_seed("001_yuzhong_notice")
    annex1, annex3 = tables(document)
    assert annex1.header_rows == 1
    assert annex1.rows[0] == ["序号", "重点任务", "牵头单位", "责任单位", "完成期限"]
    assert len(annex1.rows) == 22 and {len(row) for row in annex1.rows[1:]} == {6}
    assert annex1.rows[2][:2] == ["2", ""]  # the merged 重点任务 category stays empty here
    assert annex1.rows[21][4] == "——"
    assert any("header has 5 cells but most rows have 6" in warning for warning in document.warnings)
    expected = EXPECTED_TABLES["001_yuzhong_notice.docx"][0]["rows"]
    assert fill_down(annex1.rows[1:], {1}) == expected[1:]


def test_yuzhong_indicator_table_equals_the_docx_grid():
    [_, annex3] = tables(read_seed("001_yuzhong_notice"))
    expected = EXPECTED_TABLES["001_yuzhong_notice.docx"][1]
    assert (annex3.rows, annex3.header_rows) == (expected["rows"], expected["header_rows"])


def test_tables_end_at_the_next_text():
    blocks = read_seed("001_yuzhong_notice").blocks
    annex1 = next(i for i, block in enumerate(blocks) if block.kind == "table")
    assert blocks[annex1 - 1].text == "渝中区千兆城市创建工作任务清单"
    assert blocks[annex1 + 1].text == "附件2"


def test_shaoguan_word_by_word_proposal_list_and_lone_tab_stay_text():
    document = read_seed("004_shaoguan_reply")
    assert tables(document) == []
    assert "建议清单 办理清单" in [block.text for block in document.blocks]
    assert all(block.text.strip() for block in document.blocks)  # the lone "\t" line is not a block


def test_a_single_tab_line_is_text():
    document = text.read("正文一行。\n阳泉市人民政府办公室\t2023年9月28日印发\n".encode("utf-8"), "x.txt")
    assert [block.kind for block in document.blocks] == ["text", "text"]
    assert document.blocks[1].text == "阳泉市人民政府办公室\t2023年9月28日印发"


def test_a_task_table_broken_by_a_page_number_keeps_every_row():
    """The backend keeps the last row (督促落实 | 每月通报… | 各成员单位); the page-number line ends one
    table block, and the task extractor joins the block whose header repeats."""
    document = read_file(ROOT / "tests" / "notices" / "tasks_zigong_table_last_row.txt")
    grids = [block.rows for block in tables(document)]
    assert [len(rows) for rows in grids] == [4, 3]
    assert grids[1][0] == grids[0][0]  # the header, repeated at the top of the next page
    assert grids[1][-1][0] == "5" and grids[1][-1][-1] == "每月"
