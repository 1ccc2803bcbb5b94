"""Normalization: one text, an exact offset map back to the raw text and page, and the seeds' traps."""
from pathlib import Path

import pytest

from pipeline.ingest import read_file
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def seed(name: str):
    return normalize(read_file(next((CORPUS / "text").glob(f"{name}_*.txt"))))


def lines(doc) -> list[str]:
    return doc.text.split("\n")


def doc_of(*blocks: Block):
    return normalize(RawDocument("test.txt", "text", list(blocks)))


def test_offset_map_points_every_character_back_to_its_raw_source():
    doc = seed("004")
    raw = doc.raw.raw_text
    assert len(doc.raw_offsets) == len(doc.text)
    for i, char in enumerate(doc.text):
        if char in "\n\t":
            continue
        source = raw[doc.raw_offsets[i]]
        assert source == char or (ord(source) - 0xFEE0 == ord(char)), (i, char, source)


def test_raw_offsets_never_go_backwards():
    doc = seed("001")
    offsets = list(doc.raw_offsets)
    assert offsets == sorted(offsets)


def test_numbers_broken_over_hard_wrapped_lines_are_mended():
    text = seed("004").text
    for number in ("21.3%", "19.6万户", "19.4%", "居全省第17位", "5141个"):
        assert number in text
    assert "21.\n" not in text


def test_page_number_lines_are_dropped():
    doc = seed("004")
    assert "— 2 —" in doc.raw.raw_text
    assert "— 2 —" not in doc.text and "—2—" not in doc.text
    assert "建立了韶关市加快5G产业发展联席会议制度" in doc.text


@pytest.mark.parametrize(
    "name, joined",
    [("000", "应用丰富、安全高效"), ("002", "具备千兆光纤网络覆盖190万户家庭"), ("002", "铁路、公路、市政")],
)
def test_sentences_cut_by_a_page_break_are_joined(name, joined):
    assert joined in seed(name).text


def test_signature_and_date_stay_separate_lines():
    assert "\n阳泉市人民政府办公室\n2023年9月28日\n" in seed("000").text


def test_headings_are_not_glued_to_the_following_paragraph():
    text_lines = lines(seed("004"))
    assert "一、我市“双千兆”网络建设总体情况" in text_lines
    assert "二、工作举措和工作成效" in text_lines


def test_padding_spaces_inside_names_go_but_tabs_separate_fields():
    text_lines = lines(seed("000"))
    assert "组长：\t石峰\t副市长" in text_lines
    assert any(line.endswith("焦罡\t中国移动阳泉分公司总经理") for line in text_lines)


def test_pdf_autospacing_between_cjk_and_digits_is_removed():
    doc = doc_of(Block("text", "阳政办发 〔2023〕 71 号", soft_wrap=True), Block("text", "2023 年 9 月 28 日"))
    assert lines(doc)[:2] == ["阳政办发〔2023〕71号", "2023年9月28日"]


def test_latin_words_keep_one_space():
    doc = doc_of(Block("text", "支持 100Gbps  or  200Gbps 系统"))
    assert lines(doc)[0] == "支持100Gbps or 200Gbps系统"


def test_full_width_digits_letters_and_percent_become_ascii_but_chinese_punctuation_stays():
    doc = doc_of(Block("text", "覆盖率达到９５．５％，５Ｇ基站（个）：１２０"))
    assert lines(doc)[0] == "覆盖率达到95.5%，5G基站（个）：120"


def test_traditional_text_becomes_simplified_and_pinyin_glosses_go():
    doc = doc_of(Block("text", "關於實(shí)施數位發(fā)展資訊網路建設的通知"))
    assert lines(doc)[0] == "关于实施数字发展信息网络建设的通知"
    assert "(shí)" not in doc.text and "發" not in doc.text
    assert doc.converted_traditional
    # the raw text keeps the original characters
    assert "實(shí)施" in doc.raw.raw_text


def test_simplified_text_is_never_run_through_the_converter():
    doc = doc_of(Block("text", "成效显著，乾坤未定，著力推进"))
    assert lines(doc)[0] == "成效显著，乾坤未定，著力推进"
    assert not doc.converted_traditional


def test_pages_follow_the_blocks():
    doc = doc_of(Block("text", "第一页的内容。", page=1), Block("text", "第二页的内容。", page=2))
    assert doc.page_at(doc.text.index("第一页")) == 1
    assert doc.page_at(doc.text.index("第二页")) == 2


def test_a_paragraph_over_a_page_break_keeps_the_page_of_each_part():
    doc = doc_of(
        Block("text", "到2022年底，具备千兆光纤网络", page=3, soft_wrap=True),
        Block("text", "覆盖190万户家庭的能力。", page=4, soft_wrap=True),
    )
    assert lines(doc)[0] == "到2022年底，具备千兆光纤网络覆盖190万户家庭的能力。"
    assert doc.page_at(doc.text.index("具备")) == 3
    assert doc.page_at(doc.text.index("覆盖190")) == 4


def test_table_cells_are_joined_inside_and_have_exact_spans():
    rows = [["序号", "指标名称", "嘉兴铁塔"], ["4", "每万人拥有5G\n基站数", "20个/每万\n人"]]
    doc = doc_of(Block("text", "附件"), Block("table", rows=rows, header_rows=1, page=8))
    table = doc.tables[0]
    assert [c.text for c in table.rows[1]] == ["4", "每万人拥有5G基站数", "20个/每万人"]
    for row in table.rows:
        for cell in row:
            assert doc.text[cell.char_start : cell.char_end] == cell.text
    assert table.header() == ["序号", "指标名称", "嘉兴铁塔"]
    assert doc.page_at(table.rows[1][2].char_start) == 8


def test_short_lines_are_not_taken_for_a_hard_wrapped_page():
    short = ["临汾市人民政府办公室", "临政办函〔20196", "关于某事项的复函的通知", "来函收悉经研究同意了。"] * 3
    doc = doc_of(*[Block("text", line, soft_wrap=True) for line in short])
    assert lines(doc)[:3] == ["临汾市人民政府办公室", "临政办函〔20196", "关于某事项的复函的通知"]


def test_taiwan_vocabulary_is_mapped_but_mainland_words_are_kept():
    doc = doc_of(Block("text", "縣政府文件：推動寬頻網路與資訊服務，執行數位轉型"))
    assert lines(doc)[0] == "县政府文件：推动宽带网络与信息服务，执行数字转型"


def test_an_empty_first_cell_of_a_tab_separated_row_keeps_its_tab():
    doc = doc_of(Block("text", "成员：\t王文生\t市工业和信息化局局长"), Block("text", "\t郭爱聪\t市住房和城乡建设局局长"),
                 Block("text", "\t为贯彻落实有关部署，制定本方案。"))
    assert lines(doc)[:3] == ["成员：\t王文生\t市工业和信息化局局长", "\t郭爱聪\t市住房和城乡建设局局长",
                              "为贯彻落实有关部署，制定本方案。"]


def test_a_bracketed_note_is_not_joined_to_the_next_line():
    doc = doc_of(*[Block("text", t, soft_wrap=True) for t in
                   ["（联系人：王某，电话：0851-1234567）", "（此件公开发布）", "某市人民政府办公室"]])
    assert lines(doc)[:3] == ["（联系人：王某，电话：0851-1234567）", "（此件公开发布）", "某市人民政府办公室"]
