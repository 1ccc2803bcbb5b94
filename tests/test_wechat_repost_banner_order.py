"""An account's article reposting a notice whose 版头 comes before its title (the form blind set 80 showed): a
clickbait headline (重磅！…→), the account's post line, 点击蓝字 关注我们, a lead sentence naming the document in
《》, then the issuers a line each, the 文号 and only then the title and the 主送. The reposted title used to be found
only with its 文号 under it, so title, 文号, type and 主送 were all lost and the lead's 《》 was taken for a citation.

Also here: a citation whose number stands inside the same bracket as its title (（《X》，某办〔2020〕9号）) and the
linked documents a page or an account lists at its end (相关链接 / 往期推荐), whose lines, each a title with its 文号,
run longer than a headline and were kept as text (and as citations).

The notices are our own (other accounts, places, topics); expected values are written from reading them.
"""
from __future__ import annotations

from extractors import citations
from pipeline.page_furniture import FurnitureLines
from pipeline.runner import extract_document

REPOST = """\
速看！涪城区养老服务补贴提标啦，这些老人都能领👇
原创 涪城发布 涪城发布 2024-05-10 18:00 发表于四川

点击蓝字 关注我们

日前，区民政局、区财政局联合印发《关于提高涪城区困难老年人养老服务补贴标准的通知》，自2024年6月起，补贴标准每人每月提高20元。快来看看吧↓↓

绵阳市涪城区民政局
绵阳市涪城区财政局
涪民发〔2024〕15号

关于提高涪城区困难老年人养老服务补贴标准的通知

各镇人民政府、街道办事处，区级有关部门：

为进一步保障困难老年人基本生活，根据《四川省老年人权益保障条例》，经区政府同意，现就提高养老服务补贴标准有关事项通知如下。

一、补贴标准
自2024年6月1日起，经济困难的高龄、失能老年人养老服务补贴标准由每人每月80元提高到100元，所需资金由区级财政和上级补助资金统筹解决，按月通过社会保障卡发放到补贴对象个人账户，不得以任何理由截留、挪用。

二、工作要求
各镇人民政府、街道办事处要于2024年6月30日前完成补贴对象复核工作，对不再符合条件的及时停发，对新符合条件的及时纳入，确保补贴资金精准发放、应发尽发，并将复核结果报区民政局备案。

三、资金保障
区财政局要将养老服务补贴资金纳入年度预算，按季度预拨到区民政局，区民政局要会同区财政局加强资金监管，定期开展专项检查，发现问题及时整改，确保资金安全和使用效益。

四、宣传引导
各镇人民政府、街道办事处要通过村（社区）公示栏、微信群等多种方式广泛宣传补贴政策，做到政策家喻户晓，对群众反映的问题要及时解答，切实把好事办好、实事办实。

绵阳市涪城区民政局　　　绵阳市涪城区财政局
2024年5月6日
（此件主动公开）
"""

HEADLINE_REPOST = """\
关于开展2024年度农村生活垃圾分类示范村评选的通知
原创 某某农业农村 2024年08月02日 09:15 浙江

近日，县农业农村局印发《关于开展2024年度农村生活垃圾分类示范村评选的通知》，全文如下。

淳安县农业农村局
淳农〔2024〕33号
关于开展2024年度农村生活垃圾分类示范村评选的通知
各乡镇人民政府：
为巩固农村生活垃圾分类工作成效，进一步提升农村人居环境整治水平，经研究，决定开展2024年度农村生活垃圾分类示范村评选工作，每个乡镇推荐不超过2个村，请于2024年8月31日前将推荐材料报送县农业农村局。
淳安县农业农村局
2024年7月29日
"""


def _extract(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document, results, _ = extract_document(str(path))
    return document, results


def test_reposted_notice_with_its_issuers_and_number_over_its_title(tmp_path):
    document, results = _extract(tmp_path, REPOST, "repost_banner_order.txt")
    meta = results["metadata"]
    assert meta.title == "关于提高涪城区困难老年人养老服务补贴标准的通知"
    assert (meta.doc_number, meta.doc_type, meta.issue_date) == ("涪民发〔2024〕15号", "通知", "2024-05-06")
    assert meta.issuer == "绵阳市涪城区民政局、绵阳市涪城区财政局"
    assert meta.recipients == ["各镇人民政府", "街道办事处", "区级有关部门"]
    for field, span in meta.spans.items():
        assert document.text[span.char_start:span.char_end] == span.evidence, field
    # the lead names the notice itself: no citation; the regulation the body cites is one
    assert [(c.cited_title, c.cited_doc_number) for c in results["citations"]] == [("四川省老年人权益保障条例", None)]


def test_headline_over_a_byline_then_the_notice_with_its_number_over_its_title(tmp_path):
    document, results = _extract(tmp_path, HEADLINE_REPOST, "repost_headline_banner_order.txt")
    meta = results["metadata"]
    assert meta.title == "关于开展2024年度农村生活垃圾分类示范村评选的通知"
    assert (meta.doc_number, meta.doc_type) == ("淳农〔2024〕33号", "通知")
    assert meta.recipients == ["各乡镇人民政府"]
    assert results["citations"] == []


def test_number_inside_the_bracket_that_holds_the_title(tmp_path):
    text = ("某县人民政府办公室关于调整某县河长制工作领导小组成员的通知\n各乡镇人民政府：\n"
            "因人事变动，决定对某县河长制工作领导小组（《关于成立某县河长制工作领导小组的通知》，某政办〔2020〕9号）"
            "成员进行调整。各成员单位要按照《某省河湖长制规定》履行职责。\n某县人民政府办公室\n2024年3月1日\n")
    document, results = _extract(tmp_path, text, "bracket_number.txt")
    found = [(c.cited_title, c.cited_doc_number) for c in results["citations"]]
    assert found == [("关于成立某县河长制工作领导小组的通知", "某政办〔2020〕9号"), ("某省河湖长制规定", None)]
    for c in results["citations"]:
        assert document.text[c.char_start:c.char_end] == c.evidence
    assert results["citations"][0].evidence.endswith("某政办〔2020〕9号")


def test_a_bracketed_comma_without_a_number_is_no_number():
    assert citations.NUMBER_IN_BRACKET.match("，以下简称《办法》）") is None


def test_linked_titles_with_their_numbers_under_a_list_label_are_furniture():
    furniture = FurnitureLines(type("Raw", (), {"blocks": []})())
    kept = [line for line in [
        "（此件主动公开）",
        "相关链接",
        "某省农业农村厅 某省财政厅关于做好2023年度农机购置与应用补贴实施工作的通知（某农发〔2023〕18号）",
        "▶某市人民政府办公室关于印发某市2024年重点民生实事项目实施方案的通知（某政办发〔2024〕7号）",
        "政策解读：一图读懂农机补贴",
        "各地在执行过程中遇到的问题，请及时向省农业农村厅反馈，联系电话：0571-00000000。",
    ] if not furniture.drops(line)]
    # the label and the titles it lists are dropped; a sentence after them is text again
    assert kept == ["（此件主动公开）", "各地在执行过程中遇到的问题，请及时向省农业农村厅反馈，联系电话：0571-00000000。"]
