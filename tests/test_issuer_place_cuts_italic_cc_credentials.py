"""Metadata and citations missed on blind sets 47-48, on notices of our own in other places and topics:

- co-issuers glued together are never cut inside a place name: 中共 + one ending character (``中共行`` before
  唐县…) is no organ, so ``中共行唐县委办公室`` stays one organ beside its county government's office;
- a Markdown scraper's single-star italic (``*抄送：…。*``) is read without its marks, so the 抄送 line is read;
- a certificate or card in 《》 (《中华人民共和国某某证》, 《社会保障卡》) is no cited document;
- a body note （此件主动公开） and a box's 主动公开 give the note, as written (the older sets' gold, 4 of 4).

Expected values are written from the notices.
"""
from extractors.issuers import coissuers, split_glued
from pipeline.ingest.markdown import inline_text
from pipeline.runner import extract_document


def _run(name: str, text: str):
    return extract_document(name, data=text.encode("utf-8"))


def test_a_party_prefix_and_one_ending_character_is_no_organ():
    assert split_glued("中共行唐县委办公室") == ["中共行唐县委办公室"]
    assert split_glued("中共会理县委办公室会理县人民政府办公室") == ["中共会理县委办公室", "会理县人民政府办公室"]
    assert split_glued("中共行唐县委行唐县人民政府") == ["中共行唐县委", "行唐县人民政府"]
    # names that are whole and glued ones of other shapes are read as before
    assert split_glued("中共中央国务院") == ["中共中央", "国务院"]
    assert split_glued("共青团中央教育部") == ["共青团中央", "教育部"]
    assert coissuers("中共行唐县委办公室行唐县人民政府办公室", "中共行唐县委办公室　行唐县人民政府办公室") == [
        "中共行唐县委办公室", "行唐县人民政府办公室"]


NOTICE_GLUED = """中共行唐县委办公室文件
行唐县人民政府办公室
行办发〔2024〕9号
中共行唐县委办公室　行唐县人民政府办公室关于印发《行唐县农村人居环境整治提升实施方案》的通知
各乡镇党委、人民政府，县直各单位：
经县委、县政府同意，现将《行唐县农村人居环境整治提升实施方案》印发给你们，请认真贯彻落实。
中共行唐县委办公室　　　　行唐县人民政府办公室
2024年4月8日
"""


def test_coissuers_of_a_banner_title_and_signature_keep_their_county_name_whole():
    doc, results, _ = _run("xingtang_renju.txt", NOTICE_GLUED)
    meta = results["metadata"]
    assert meta.issuer == "中共行唐县委办公室、行唐县人民政府办公室"
    assert meta.county == "行唐县"
    span = meta.spans["issuer"]
    assert doc.text[span.char_start:span.char_end] == span.evidence


def test_a_single_star_italic_loses_its_marks_and_nothing_else():
    assert inline_text("*抄送：市委办公室，市人大常委会办公室。*") == "抄送：市委办公室，市人大常委会办公室。"
    assert inline_text("见 *附件1* 和**附件2**") == "见 附件1 和附件2"
    assert inline_text("（*此件公开发布*）") == "（此件公开发布）"
    assert inline_text("补贴金额=面积*单价*比例") == "补贴金额=面积*单价*比例"  # a formula between words: no italic
    assert inline_text("3*4*5") == "3*4*5"
    assert inline_text("带*号为约束性指标") == "带*号为约束性指标"  # a lone star
    assert inline_text("| 新增就业* | 1.2* |") == "| 新增就业* | 1.2* |"  # footnote marks of a table's cells
    assert inline_text(r"\*原样\*") == "*原样*"  # escaped stars stay as written


NOTICE_MD = """---
title: "临夏州养老服务补贴办法_政策文件"
crawled: 2024-03-02 10:00:00
---

# 临夏回族自治州人民政府办公室关于印发《临夏州居家养老服务补贴办法》的通知

**临州办发〔2024〕6号**

各县（市）人民政府，州政府各部门：

现将《临夏州居家养老服务补贴办法》印发给你们，请认真执行。本办法依据《中华人民共和国老年人权益保障法》制定，申领人须持有《中华人民共和国残疾人证》或《社会保障卡》，经营机构须提交《营业执照》复印件。

临夏回族自治州人民政府办公室

2024年2月20日

---

*抄送：州委办公室，州人大常委会办公室，州政协办公室。*
"""


def test_a_cc_line_in_italics_is_read_and_certificates_are_no_citations():
    doc, results, _ = _run("linxia_yanglao.md", NOTICE_MD)
    meta = results["metadata"]
    assert meta.cc == ["州委办公室", "州人大常委会办公室", "州政协办公室"]
    assert "*" not in doc.text
    titles = [c.cited_title for c in results["citations"]]
    assert titles == ["中华人民共和国老年人权益保障法"]
    for c in results["citations"]:
        assert doc.text[c.char_start:c.char_end] == c.evidence


def test_documents_ending_like_a_certificate_are_still_cited():
    text = ("某省发展和改革委员会关于做好项目评估工作的通知\n各市发展改革委：\n"
            "请按照《重大建设项目可行性论证》和《绿色食品认证》的要求，持《全国工业产品生产许可证》的企业"
            "依照《工业产品生产许可证管理条例》办理。\n某省发展和改革委员会\n2023年6月1日\n")
    _, results, _ = _run("pinggu.txt", text)
    titles = [c.cited_title for c in results["citations"]]
    assert titles == ["重大建设项目可行性论证", "绿色食品认证", "工业产品生产许可证管理条例"]


NOTICE_NOTE_AND_BOX = """索引号：11620000/2024-00021
公开方式：主动公开
发文字号：甘农办〔2024〕15号
甘肃省农业农村厅办公室关于开展春季农机安全检查的通知
各市（州）农业农村局：
现将有关事项通知如下，请认真组织实施。
甘肃省农业农村厅办公室
2024年3月1日
（此件主动公开）
"""


def test_a_body_note_on_disclosure_wins_over_the_box_as_written():
    _, results, _ = _run("nongji_jiancha.txt", NOTICE_NOTE_AND_BOX)
    assert results["metadata"].public_status == "此件主动公开"
