"""citations extractor: 《…》 and numbered 关于…的通知 citations, with the notice's own issued plan left out."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from extractors import citations
from extractors.citations import book_titles
from pipeline.ingest import read_file
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from tests.conftest import CORPUS, GOLD

NOTICES = Path(__file__).resolve().parent / "notices"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ["000_yangquan_notice", "001_yuzhong_notice", "002_jiaxing_notice", "003_zezhou_notice", "004_shaoguan_reply"]
RENDERINGS = [("text", "txt"), ("docx", "docx"), ("pdf", "pdf")]


@functools.lru_cache(maxsize=None)
def extract(path: str):
    doc = structure(normalize(read_file(path)))
    return doc, citations.extract(doc, {})


def pairs(found) -> list[tuple[str, str | None]]:
    return [(c.cited_title, c.cited_doc_number) for c in found]


def assert_exact(doc, found):
    for c in found:
        assert doc.text[c.char_start : c.char_end] == c.evidence
        assert c.evidence.startswith(("《", "关于"))
        assert c.evidence.replace("\n", "").replace("\t", "").find(c.cited_title) in (0, 1)
        if c.cited_doc_number:
            assert c.evidence.endswith(("号）", "号)"))


@pytest.mark.parametrize("fmt, ext", RENDERINGS)
@pytest.mark.parametrize("name", SEEDS)
def test_seed_citations_match_gold(name, fmt, ext):
    gold = json.loads((GOLD / f"{name[:3]}.json").read_text(encoding="utf-8"))["citations"]
    doc, found = extract(str(CORPUS / fmt / f"{name}.{ext}"))
    assert sorted(pairs(found), key=str) == sorted(((c["cited_title"], c["cited_doc_number"]) for c in gold), key=str)
    assert_exact(doc, found)


def test_the_plan_a_notice_issues_is_not_a_citation():
    doc, found = extract(str(CORPUS / "text" / "000_yangquan_notice.txt"))
    assert "《阳泉市加快创建“千兆城市”工作方案的通知》" in doc.text and found == []
    doc, found = extract(str(CORPUS / "text" / "002_jiaxing_notice.txt"))
    assert "嘉兴市千兆城市创建工作方案" not in [c.cited_title for c in found]


def test_nested_marks_stay_inside_one_citation():
    doc, found = extract(str(CORPUS / "text" / "001_yuzhong_notice.txt"))
    first = found[0]
    assert first.cited_title == "关于印发〈“双千兆”网络协同发展行动计划（2021—2023年）〉的通知"
    assert first.evidence == "《关于印发〈“双千兆”网络协同发展行动计划（2021—2023年）〉的通知》"
    assert "“双千兆”网络协同发展行动计划（2021—2023年）" not in [c.cited_title for c in found]


def test_number_after_the_title_is_normalized_and_inside_the_span():
    doc, found = extract(str(CORPUS / "text" / "003_zezhou_notice.txt"))
    assert found[0].evidence == "《关于印发晋城市加快5G产业发展实施意见的通知》（晋市政发〔2019〕23号）"
    assert found[0].cited_doc_number == "晋市政发〔2019〕23号"
    assert [c.cited_title for c in found].count("山西省通信设施建设与保护条例") == 1  # body and 附件2: once


def test_hard_wrapped_titles_and_numbers_on_the_next_line():
    doc, found = extract(str(CORPUS / "text" / "004_shaoguan_reply.txt"))
    by_title = {c.cited_title: c for c in found}
    plan = by_title["韶关市创建“千兆城市”工作方案"]
    assert plan.cited_doc_number == "韶府办发函〔2023〕75号"  # the mention with the number wins over the later bare one
    wrapped = by_title["韶关市千兆智慧城市三年发展规划和行动方案"]
    assert "\n" in wrapped.evidence and wrapped.evidence.startswith("《韶\n")


def test_hard_wrapped_pdf_gives_the_same_citations():
    _, text = extract(str(CORPUS / "text" / "004_shaoguan_reply.txt"))
    doc, wrapped = extract(str(FIXTURES / "004_shaoguan_reply_hardwrapped.pdf"))
    assert sorted(pairs(wrapped), key=str) == sorted(pairs(text), key=str)
    assert_exact(doc, wrapped)


def test_unmarked_numbered_titles_count_too():
    doc, found = extract(str(NOTICES / "meta_guangdong_bulletin.txt"))
    assert pairs(found) == [
        ("广东省信息基础设施建设三年行动计划（2018—2020年）", None),
        ("关于加快推进宽带网络建设的通知", "粤府办〔2016〕51号"),
    ]
    assert found[1].evidence == "关于加快推进宽带网络建设的通知（粤府办〔2016〕51号）"
    assert_exact(doc, found)


def test_own_notices():
    doc, found = extract(str(NOTICES / "meta_yiwu_implementation_opinion.txt"))
    assert pairs(found) == [
        ("浙江省“双千兆”网络协同发展三年行动计划（2021-2023年）", None),
        ("金华市人民政府办公室关于加快5G网络建设的通知", "金政办发〔2020〕15号"),
    ]
    doc, found = extract(str(NOTICES / "meta_gulou_traditional.txt"))
    assert pairs(found) == [("福州市加快5G产业发展实施意见", "榕政综〔2019〕255号")]  # 《鼓楼区…实施方案》 is its own
    assert_exact(doc, found)


def test_letter_with_a_cited_request_and_an_unmarked_notice():
    path = NOTICES / "meta_linfen_damaged_number.txt"
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    doc = structure(normalize(RawDocument(str(path), "docx", [Block("text", line) for line in lines])))
    found = citations.extract(doc, {})
    assert pairs(found) == [
        ("关于设立临汾市5G产业发展联盟的请示", "临工信字〔2019〕31号"),
        ("关于加快推进5G产业发展的通知", "临政发〔2019〕12号"),
    ]
    assert_exact(doc, found)


@pytest.mark.parametrize(
    "text, titles",
    [
        ("依据《甲》和《乙》。", ["《甲》", "《乙》"]),
        ("见《关于印发《甲方案》的通知》。", ["《关于印发《甲方案》的通知》"]),
        ("见《关于印发〈甲〉的通知》", ["《关于印发〈甲〉的通知》"]),
        ("一个《没有合上的标题，然后《乙》", ["《乙》"]),
        ("单元格《甲\t乙》", []),  # a title never runs across table cells
        ("《》", []),
    ],
)
def test_book_titles(text, titles):
    assert [text[a:b] for a, b in book_titles(text)] == titles
