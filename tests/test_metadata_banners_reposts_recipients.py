"""The metadata of the notices blind sets 35–38 showed, on notices of our own (other organs, places, topics and
wordings; expected values written by reading the notices):

- a joint 版头 of organs stacked one a line over the 文号, without 文件 and with a short name letter-spaced to the
  width of the longest (商　　务　　部: cells to a PDF's text layer), or with 文件 beside the middle name: the organs'
  names are the 版头, not the title, which follows the 文号 (the issuer as the title words it, 国家发展改革委 where the
  版头 prints 国家发展和改革委员会); a 署名 read as table cells whose last name wrapped (某省卫生健康 / 委员会);
- an account's article reposting a notice (WeChat): the headline over the byline, or under the account's post
  line, and the lead sentence (近日，…印发《…》，一起来看👇) are the account's (no title, no task); the notice's own
  title is the one with its 文号 under it; the counters and buttons (阅读 3.6万, 分享 收藏 点赞 在看, 写留言) and the 往期推荐 list are
  no text of the notice (no figure comes from them);
- a scraped page whose title carries the site's name (…的通知_某局) or leaves the issuers out (# 关于…的通知), with the
  notice's own title, 文号 and 主送 below: the notice's own wording is the title;
- recipients: a place's leading organs with bracketed alternatives (各镇（乡、街道）党委（党工委）、政府（办事处）) are one
  addressee, so are 中、省、市驻某有关单位 (owners, then the units once) and an organ's branches at several levels
  (国家邮政局各省、自治区、直辖市邮政管理局).
"""
from __future__ import annotations

from pathlib import Path

from extractors.addressees import split_names
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _extract(name: str):
    document, results, _ = extract_document(str(NOTICES / name))
    return document, results


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in split_names(text)]


def test_ministries_banner_with_a_letter_spaced_name_is_no_title():
    document, results = _extract("pdf_meta_ministries_spaced_banner.pdf")
    meta = results["metadata"]
    assert meta.title == "国家发展改革委商务部国家邮政局关于加快推进农村寄递物流体系建设的通知"
    assert (meta.doc_number, meta.doc_type, meta.issue_date) == ("发改就业〔2025〕41号", "通知", "2025-02-26")
    assert meta.issuer == "国家发展改革委、商务部、国家邮政局"  # the title's wording, not the 版头's full names
    assert meta.region == "全国" and (meta.province, meta.city, meta.county) == (None, None, None)
    assert meta.recipients == ["各省、自治区、直辖市及新疆生产建设兵团发展改革委", "商务主管部门",
                               "国家邮政局各省、自治区、直辖市邮政管理局"]
    header = document.anatomy["header"]
    assert header.text.startswith("国家发展和改革委员会") and header.text.endswith("国家邮政局")
    for field, span in meta.spans.items():
        assert document.text[span.char_start:span.char_end] == span.evidence, field


def test_provincial_banner_with_the_word_beside_the_middle_name_and_a_wrapped_signature():
    document, results = _extract("pdf_meta_guizhou_banner_word_beside.pdf")
    meta = results["metadata"]
    assert meta.title == "贵州省民政厅贵州省医疗保障局贵州省卫生健康委员会关于推进医养结合机构服务质量提升的通知"
    assert (meta.doc_number, meta.doc_type) == ("黔民发〔2025〕17号", "通知")
    assert meta.issuer == "贵州省民政厅、贵州省医疗保障局、贵州省卫生健康委员会"
    assert (meta.province, meta.city, meta.county) == ("贵州省", None, None)
    assert meta.recipients == ["各市（州）民政局", "医疗保障局", "卫生健康局", "省属各医疗卫生机构"]
    signature = document.anatomy["signature"]  # the three names read as cells, the last one wrapped: all of it
    assert signature.text.replace("\t", "").replace("\n", "") == "贵州省民政厅贵州省医疗保障局贵州省卫生健康委员会"


def test_account_headline_over_its_byline_and_the_counters_under_the_notice():
    document, results = _extract("meta_wechat_headline_byline_counters.txt")
    meta = results["metadata"]
    assert meta.title == "衢州市人民政府办公室关于印发衢州市促进银发经济发展若干措施的通知"
    assert (meta.doc_number, meta.doc_type, meta.issue_date) == ("衢政办发〔2025〕6号", "通知", "2025-03-04")
    assert meta.recipients == ["各县（市、区）人民政府", "市政府各部门、直属各单位"]
    for furniture in ("阅读", "在看", "写留言", "往期推荐", "一键呼叫", "老年食堂"):
        assert furniture not in document.text
    assert [(t.value, t.unit) for t in results["targets"]] == [(40, "张"), (70, "%"), (300000, "元/个")]


def test_account_post_line_over_its_headline_and_a_lead_with_a_pointing_hand():
    document, results = _extract("meta_wechat_post_line_over_headline.txt")
    meta = results["metadata"]
    assert meta.title == "荆门市民政局荆门市财政局关于印发荆门市临时救助实施办法的通知"
    assert (meta.doc_number, meta.doc_type) == ("荆民发〔2025〕21号", "通知")
    assert meta.issuer == "荆门市民政局、荆门市财政局"
    assert meta.recipients == ["各县（市、区）民政局", "财政局", "漳河新区社会事务局"]
    assert "1.1万" not in document.text and "阅读原文" not in document.text
    assert [(t.value, t.unit) for t in results["targets"]] == [(3, "倍")]  # neither the post time nor the counters
    assert not any(t.text.startswith("近日") for t in results["tasks"])  # the account's lead assigns no work


def test_page_title_with_the_site_name_gives_way_to_the_notice_s_own():
    _, results = _extract("meta_md_page_title_site_name_three_organs.md")
    meta = results["metadata"]
    assert meta.title == "兴安盟林业和草原局兴安盟公安局兴安盟应急管理局关于做好2025年春季森林草原防灭火工作的通知"
    assert (meta.doc_number, meta.doc_type, meta.issue_date) == ("兴林草发〔2025〕9号", "通知", "2025-03-03")
    assert meta.issuer == "兴安盟林业和草原局、兴安盟公安局、兴安盟应急管理局"
    assert meta.recipients == ["各旗县市林业和草原局", "公安局", "应急管理局", "兴安盟森林消防支队"]


def test_heading_without_the_issuer_gives_way_to_the_bold_title_that_names_it():
    _, results = _extract("meta_md_heading_without_issuer_bold_own_title.md")
    meta = results["metadata"]
    assert meta.title == "仪陇县人民政府办公室关于印发仪陇县农村人居环境整治提升行动方案的通知"
    assert (meta.doc_number, meta.doc_type, meta.issuer) == ("仪府办发〔2025〕12号", "通知", "仪陇县人民政府办公室")
    assert meta.recipients == ["各镇（乡、街道）党委（党工委）、政府（办事处）", "县级各部门", "中、省、市驻仪有关单位"]


def test_addressees_sharing_a_place_an_owner_or_an_organ_s_levels():
    assert _names("各乡（镇）党（工）委、人民政府（办事处），区直各单位：".rstrip("：")) == [
        "各乡（镇）党（工）委、人民政府（办事处）", "区直各单位"]
    assert _names("各县区人民政府，中、省驻市各单位") == ["各县区人民政府", "中、省驻市各单位"]
    assert _names("国家金融监督管理总局各省、自治区、直辖市监管局，各省级农业农村厅（局）") == [
        "国家金融监督管理总局各省、自治区、直辖市监管局", "各省级农业农村厅（局）"]
    # a named agency after 、 stays an addressee of its own; a place's organ without brackets as before
    assert _names("各市（州）教育局、人力资源社会保障局，各乡镇党委、政府") == [
        "各市（州）教育局", "人力资源社会保障局", "各乡镇党委、政府"]
