"""structure(): the GB/T 9704 anatomy and the part / heading tree, on the seeds and our own notices."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

from pipeline.ingest import read_file
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure, title_doc_type
from tests.conftest import CORPUS

NOTICES = Path(__file__).resolve().parent / "notices"
SEEDS = ["000_yangquan_notice", "001_yuzhong_notice", "002_jiaxing_notice", "003_zezhou_notice", "004_shaoguan_reply"]
RENDERINGS = [("text", "txt"), ("docx", "docx"), ("pdf", "pdf")]


@functools.lru_cache(maxsize=None)
def load(path: str):
    return structure(normalize(read_file(path)))


def seed(name: str, fmt: str = "text"):
    ext = dict(RENDERINGS)[fmt]
    return load(str(CORPUS / fmt / f"{name}.{ext}"))


def notice(name: str):
    return load(str(NOTICES / name))


def parts(doc) -> list[str]:
    return [s.path for s in doc.sections if s.level == 0]


def section(doc, path: str):
    found = [s for s in doc.sections if s.path == path]
    assert found, f"no section {path}: {[s.path for s in doc.sections]}"
    return found[0]


# ------------------------------------------------------------------ anatomy


def test_yangquan_anatomy_title_wraps_over_three_lines():
    doc = seed("000_yangquan_notice")
    a = doc.anatomy
    assert a["doc_number"].text == "阳政办发〔2023〕71号"
    assert a["title"].text.count("\n") == 2
    assert a["title"].text.replace("\n", "") == "阳泉市人民政府办公室关于印发阳泉市加快创建“千兆城市”工作方案的通知"
    assert a["recipients"].text == "各县（区）人民政府，市直各单位："
    assert a["signature"].text == "阳泉市人民政府办公室"
    assert a["date"].text == "2023年9月28日"
    assert a["public_status"].text == "（此件公开发布）"
    assert a["cc"].text.startswith("抄送：市委办公室，") and a["cc"].text.endswith("各新闻单位。")
    assert a["printed"].text.endswith("2023年9月28日印发")
    assert "header" not in a  # the text copy has no 发文机关标志


def test_date_is_the_signature_date_not_the_printed_date():
    doc = seed("003_zezhou_notice")
    assert doc.anatomy["date"].text == "2020年6月11日"
    assert doc.anatomy["date"].char_start < doc.anatomy["printed"].char_start
    assert doc.anatomy["signature"].text == "泽州县人民政府"  # not the 印发机关 泽州县人民政府办公室


def test_header_and_title_without_issuer_prefix():
    doc = seed("002_jiaxing_notice")
    assert doc.anatomy["header"].text == "嘉兴市经济和信息化局文件"
    assert doc.anatomy["title"].text == "关于印发《嘉兴市千兆城市创建工作方案》的通知"
    assert doc.anatomy["attachment_list"].text == "附件：千兆城市创建主要目标任务分解"


def test_reply_has_suffixed_number_two_line_title_and_disclosure_field():
    doc = seed("004_shaoguan_reply")
    a = doc.anatomy
    assert a["doc_number"].text == "韶工信函〔2023〕157号（B）"
    assert a["title"].text.replace("\n", "") == "对韶关市政协十三届二次会议第96号提案的答复"
    assert a["recipients"].text == "汪炜委员："
    assert a["public_status"].text == "公开方式：主动公开"
    assert a["signature"].text == "韶关市工业和信息化局"


def test_attachment_list_runs_over_its_item_lines():
    doc = seed("001_yuzhong_notice")
    listed = doc.anatomy["attachment_list"].text.split("\n")
    assert listed == ["附件：1.渝中区千兆城市创建工作任务清单", "2.渝中区创建“千兆城市”工作专班", "3.千兆城市评价指标"]
    assert "doc_number" not in doc.anatomy and "header" not in doc.anatomy


def test_chinese_numeral_date_and_full_width_square_brackets():
    doc = notice("meta_yiwu_implementation_opinion.txt")
    assert doc.anatomy["date"].text == "二〇二一年三月十五日"
    assert doc.anatomy["doc_number"].text == "义政办发［2021］12号"
    assert doc.anatomy["header"].text == "义乌市人民政府办公室文件"
    assert doc.anatomy["printed"].text == "义乌市人民政府办公室2021年3月15日印发"


@pytest.mark.parametrize("name", SEEDS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_renderings_give_the_same_anatomy_as_the_text(name, fmt):
    text, other = seed(name), seed(name, fmt)
    for key in ("doc_number", "title", "recipients", "signature", "date", "public_status", "cc"):
        assert (key in text.anatomy) == (key in other.anatomy), key
        if key in text.anatomy:
            assert text.anatomy[key].text.replace("\n", "") == other.anatomy[key].text.replace("\n", ""), key


def test_printed_line_with_a_tab_between_issuer_and_date():
    doc = seed("000_yangquan_notice", "docx")
    assert doc.anatomy["printed"].text == "阳泉市人民政府办公室\t2023年9月28日印发"
    assert parts(doc)[-1] == "印发"


# ------------------------------------------------------------------ parts and headings


def test_yangquan_parts_and_the_issued_plan():
    doc = seed("000_yangquan_notice")
    assert parts(doc) == ["版头", "标题", "主送", "正文", "署名", "附注", "方案", "抄送", "印发"]
    plan = section(doc, "方案")
    assert plan.kind == "plan" and plan.heading == "阳泉市加快创建“千兆城市”工作方案"
    task = section(doc, "方案/四/（一）/1")
    assert task.level == 3 and task.heading.startswith("1.推进光纤网络、5G基站建设纳入规划")
    assert doc.text[task.char_start : task.char_end].endswith("（市规自局、市通联办、各县〈区〉人民政府、阳泉高新区）")
    assert section(doc, "方案/四/（一）").heading == "（一）优化基础设施发展环境"
    assert section(doc, "方案/四/（三）/7").char_end == section(doc, "方案/四").char_end


def test_attachments_restart_the_heading_tree():
    doc = seed("001_yuzhong_notice")
    assert parts(doc) == ["标题", "主送", "正文", "署名", "附注", "方案", "附件说明", "附件1", "附件2", "附件3"]
    assert section(doc, "附件2/一").heading == "一、组成人员"
    assert section(doc, "方案/一").heading == "一、总体要求"
    assert section(doc, "附件1").kind == "attachment"


def test_imprint_between_two_attachments():
    doc = seed("003_zezhou_notice")
    assert parts(doc)[-5:] == ["附件说明", "附件1", "抄送", "印发", "附件2"]
    assert section(doc, "方案").heading == "泽州县加快5G产业发展实施意见"
    assert section(doc, "方案/三/（一）").heading == "(一)发展5G创新示范应用"  # path brackets normalized, heading as written


def test_reply_body_keeps_its_own_tree_and_has_no_plan():
    doc = seed("004_shaoguan_reply")
    assert "方案" not in parts(doc)
    assert section(doc, "正文/四/（二）").heading == "（二）明确重点任务和职责分工"
    assert section(doc, "正文").char_end <= section(doc, "署名").char_start


def test_notice_whose_body_is_the_opinion_itself():
    doc = notice("meta_yiwu_implementation_opinion.txt")
    assert parts(doc) == ["版头", "标题", "主送", "正文", "附件说明", "署名", "附注", "附件1", "附件2", "抄送", "印发"]
    assert section(doc, "正文/二/（二）/2").heading.startswith("2.老旧小区光纤改造")
    assert section(doc, "附件2/二").heading == "二、工作职责"


@pytest.mark.parametrize(
    "path",
    [str(CORPUS / fmt / f"{name}.{ext}") for name in SEEDS for fmt, ext in RENDERINGS]
    + [str(p) for p in sorted(NOTICES.glob("meta_*.txt"))],
)
def test_every_section_is_an_exact_span_inside_its_part(path):
    doc = load(path)
    assert doc.sections
    part_spans = [(s.char_start, s.char_end) for s in doc.sections if s.level == 0]
    for a, b in zip(part_spans, part_spans[1:]):
        assert a[1] <= b[0], "parts overlap"
    for s in doc.sections:
        assert 0 <= s.char_start < s.char_end <= len(doc.text)
        assert doc.text[s.char_start :].startswith(s.heading[:4]) or s.kind == "title"
        if s.level:
            part = next(p for p in doc.sections if p.level == 0 and p.char_start <= s.char_start < p.char_end)
            assert s.char_end <= part.char_end and s.path.startswith(part.path + "/")
    for key, span in doc.anatomy.items():
        assert doc.text[span.char_start : span.char_end] == span.text, key


def test_traditional_notice_is_structured_from_its_simplified_text():
    doc = notice("meta_gulou_traditional.txt")
    assert doc.anatomy["title"].text == "鼓楼区人民政府办公室关于印发《鼓楼区加快5G网络建设实施方案》的通知"
    assert doc.anatomy["doc_number"].text == "鼓政办【2020】8号"
    assert section(doc, "方案").heading == "鼓楼区加快5G网络建设实施方案"
    assert "方案/二/（二）" in [s.path for s in doc.sections]


def test_reply_without_number_and_disclosure_after_the_contact_line():
    doc = notice("meta_pudong_reply_no_number.txt")
    assert "doc_number" not in doc.anatomy
    assert doc.anatomy["public_status"].text == "公开属性：主动公开"
    assert "方案" not in parts(doc)  # the contact line under the date is not an issued plan


def test_disclosure_joined_to_the_contact_line_before_it():
    """Unwrapping a text copy glues the 附注 to the （联系人：…） line above it: the 附注 is still found."""
    doc = notice("meta_zunyi_reply_contact_note.txt")
    assert doc.anatomy["public_status"].text == "（此件公开发布）"
    assert doc.anatomy["date"].text == "2023年6月26日" and doc.anatomy["cc"].text.startswith("抄送：")
    doc = notice("targets_liuzhou_proposal_reply.txt")
    assert doc.anatomy["public_status"].text == "公开方式：主动公开"


def test_a_body_sentence_ending_in_a_bracket_is_no_disclosure():
    raw = RawDocument("x.txt", "text", [Block("text", "某市人民政府办公室"), Block("text", "2023年5月6日"),
                                        Block("text", "请各单位按要求报送（见附件）。")])
    assert "public_status" not in structure(normalize(raw)).anatomy


def _paragraph_document(path: Path) -> RawDocument:
    """The notice as a DOCX backend hands it over: one paragraph block per line, no hard wraps."""
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return RawDocument(str(path), "docx", [Block("text", line) for line in lines])


def test_letter_format_header_and_damaged_number():
    doc = structure(normalize(_paragraph_document(NOTICES / "meta_linfen_damaged_number.txt")))
    a = doc.anatomy
    assert a["header"].text == "临汾市人民政府办公室"  # 信函格式: the agency's name above the number
    assert a["doc_number"].text == "临政办函〔20196"
    assert a["title"].text == "临汾市人民政府办公室关于同意设立\n临汾市5G产业发展联盟的复函"
    assert a["recipients"].text == "市工业和信息化局："
    assert a["public_status"].text == "（此件依申请公开）"
    assert parts(doc) == ["版头", "标题", "主送", "正文", "署名", "附注"]


def test_letter_format_header_and_damaged_number_from_a_short_text_copy():
    doc = notice("meta_linfen_damaged_number.txt")
    assert doc.anatomy["doc_number"].text == "临政办函〔20196"


def test_a_backend_title_hint_settles_a_title_without_a_type_word():
    blocks = [
        Block("text", "某市数字经济发展三年行动", hints=frozenset({"title", "center", "bold"})),
        Block("text", "各区县人民政府，市直各部门："),
        Block("text", "为加快数字经济发展，现将有关工作安排如下。"),
    ]
    doc = structure(normalize(RawDocument("x.docx", "docx", blocks)))
    assert doc.anatomy["title"].text == "某市数字经济发展三年行动"
    assert doc.anatomy["recipients"].text == "各区县人民政府，市直各部门："
    plain = structure(normalize(RawDocument("x.docx", "docx", [Block("text", b.text) for b in blocks])))
    assert "title" not in plain.anatomy  # without the hint the line is not taken for a title


def test_empty_and_headless_documents_do_not_crash():
    doc = structure(normalize(RawDocument("x.txt", "text", [Block("text", "附件", soft_wrap=True)])))
    assert [s.path for s in doc.sections] == ["附件"]
    doc = structure(normalize(RawDocument("y.txt", "text", [Block("text", "为加快发展，现通知如下。", soft_wrap=True)])))
    assert doc.anatomy == {} and parts(doc) == ["正文"]


@pytest.mark.parametrize(
    "title, doc_type",
    [
        ("阳泉市人民政府办公室关于印发阳泉市加快创建“千兆城市”工作方案的通知", "通知"),
        ("对韶关市政协十三届二次会议第96号提案的答复", "答复"),
        ("义乌市人民政府办公室关于加快推进“双千兆”网络建设的实施意见", "实施意见"),
        ("关于2017年第三季度全省宽带网络建设情况的通报", "通报"),
        ("关于同意设立临汾市5G产业发展联盟的复函", "复函"),
        ("某市人民政府关于同意设立某产业园的函", "函"),
        ("扩大某某战略规划纲要（2022－2035年）", "规划纲要"),
        ("某市5G网络建设三年行动方案（2021—2023年）", "方案"),
        ("某市数据资源管理办法（试行）", "办法"),
        ("关于促进数字经济发展的指导意见", "指导意见"),
        ("关于某市5G发展情况的报告", "报告"),
        ("某市人民政府", None),
    ],
)
def test_title_doc_type(title, doc_type):
    found = title_doc_type(title)
    assert (found[0] if found else None) == doc_type
