"""metadata on three front-matter layouts of our own (set 22's families, other cities and wordings):
a 版头 of several national organs whose spaces a PDF's text layer lost, a page's button row with bare
button words between the title and the 文号 (a CRLF browser copy), and a scraper's Markdown whose
``# headline`` and plain ``标题：`` header sit over the notice's own long ``##`` title. Expected values
are written from reading the notices."""
from __future__ import annotations

from pathlib import Path

from extractors import metadata
from extractors.issuers import split_glued
from pipeline.ingest import read_file
from pipeline.normalize import normalize
from pipeline.structure import FRONT_NOISE, structure

NOTICES = Path(__file__).resolve().parent / "notices"


def _meta(name: str):
    doc = structure(normalize(read_file(str(NOTICES / name))))
    meta = metadata.extract(doc, {})
    for field, evidence in meta.spans.items():
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.evidence, field
    return doc, meta


def test_glued_banner_of_three_ministries_gives_three_issuers_and_the_national_region():
    _, meta = _meta("meta_ministries_glued_banner.txt")
    assert meta.issuer == "民政部、财政部、农业农村部"
    assert (meta.region, meta.region_level) == ("全国", "national")
    assert (meta.province, meta.city, meta.county) == (None, None, None)
    assert meta.doc_number == "民发〔2025〕17号"


def test_glued_organs_split_into_named_organs_before_names_that_only_end_like_one():
    assert split_glued("自然资源部生态环境部国家林业和草原局") == ["自然资源部", "生态环境部", "国家林业和草原局"]
    assert split_glued("国家发展改革委商务部") == ["国家发展改革委", "商务部"]
    assert split_glued("工业和信息化部办公厅") == ["工业和信息化部办公厅"]
    assert split_glued("某市人民政府办公室") == ["某市人民政府办公室"]


def test_button_row_with_bare_button_words_is_no_part_of_the_front_matter():
    assert FRONT_NOISE.match("【字体：大中小】打印本页关闭窗口")
    assert FRONT_NOISE.match("【字号：大 中 小】 【打印】 收藏 关闭")
    assert not FRONT_NOISE.match("打印本页")  # bare words alone: no bracketed button first
    _, meta = _meta("meta_chaohu_straw_button_row_crlf.txt")
    assert meta.doc_number == "巢农〔2024〕41号"
    assert meta.recipients == ["各镇人民政府", "街道办事处", "市有关单位"]
    assert meta.issuer == "巢湖市农业农村局"


def test_notice_title_wins_over_a_scraper_headline_and_plain_header_lines():
    raw = read_file(str(NOTICES / "md_jingzhou_headline_over_notice.md"))
    assert raw.portal_fields["标题"].startswith("荆州市文化和旅游局等三部门")
    assert not any("联合部署" in block.text for block in raw.blocks)  # the headline is the header's
    _, meta = _meta("md_jingzhou_headline_over_notice.md")
    assert meta.title.replace(" ", "") == ("荆州市文化和旅游局荆州市商务局荆州市发展和改革委员会关于印发"
                                           "《荆州市2024年文旅消费季暨夜间经济提振活动实施方案》的通知")
    assert meta.doc_type == "通知"
    assert meta.doc_number == "荆文旅发〔2024〕6号"
    assert meta.recipients == ["各县市区文化和旅游局", "商务局", "各有关企业"]
    assert meta.issuer == "荆州市文化和旅游局、荆州市商务局、荆州市发展和改革委员会"
    assert meta.issue_date == "2024-03-28"
