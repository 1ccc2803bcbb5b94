"""Groups of places written with a bracket (各县（区、市）, 各乡镇（林场）, 每个区（县、市）), the scope they give a figure each
place must meet, the levels of government a 分别 list spreads figures over (市、县两级…分别), addressees sharing one
unit after a list of zones, a unit whose sentence calls it the body answerable for the work, and a portal page whose
meta and box shorten the notice's own heading (the family blind sets 59–60 showed, in notices of our own: other
places, topics and wordings). Expected values were written by reading the notices.
"""
from __future__ import annotations

from pathlib import Path

from extractors.addressees import split_names
from extractors.tasks.actors import sentence_actors
from pipeline.runner import extract_document
from tests.notice_targets import cover_notice, written_targets

DATE = "2024年6月3日"


def _targets(tmp_path: Path, org: str, body: str) -> dict:
    text = cover_notice(org, "残疾人服务体系建设实施方案", body, "各县（区、市）人民政府，市直各单位", DATE)
    return {(t.value, t.unit): t for t in written_targets(tmp_path / "groups.txt", text)}


def test_each_place_of_a_bracketed_group_meets_the_figure(tmp_path):
    body = ("一、主要任务\n（一）完善康复网络。每个区（县、市）至少建成1所残疾人托养服务机构，"
            "每个乡镇（社区）至少规划建设2个残疾人康复站。\n"
            "（二）提高入学水平。各县（区、市）适龄残疾儿童义务教育入学率均不低于97%。\n")
    facts = _targets(tmp_path, "株洲市人民政府办公室", body)
    assert facts[(1, "所")].scope == "各区（县、市）", facts
    assert facts[(2, "个")].scope == "各乡镇（社区）", facts
    rate = facts[(97, "%")]
    assert rate.scope == "各县（区、市）" and not rate.indicator_raw.startswith("（"), rate
    assert rate.indicator_raw.endswith("入学率"), rate


def test_a_group_as_the_actor_sizes_its_own_team_each_place_does_not(tmp_path):
    # 各县（市）组建: the counties' governments act, as the actor of a task (the figure is theirs); 每个乡镇组建: the size
    # of each team stays the issuer's rule
    body = ("一、队伍建设\n2025年底前，各县（市）组建不少于50人的残疾人应急救助志愿者队伍。"
            "每个乡镇组建不少于12人的助残服务队。\n")
    facts = _targets(tmp_path, "株洲市人民政府办公室", body)
    assert facts[(50, "人")].scope == "各县（市）", facts
    assert facts[(12, "人")].scope == "株洲市", facts


def test_a_stock_in_days_each_place_keeps(tmp_path):
    body = "一、储备要求\n各县（区）辅助器具周转库存不低于15天用量，市级库存不低于30天用量。\n"
    facts = _targets(tmp_path, "株洲市人民政府办公室", body)
    assert facts[(15, "天")].scope == "各县（区）" and facts[(15, "天")].comparator == ">=", facts
    assert facts[(30, "天")].scope == "株洲市", facts


def test_levels_of_government_listed_before_respective_figures(tmp_path):
    body = "一、经费保障\n市、县两级财政每年分别安排残疾人康复救助资金不少于200万元、50万元。\n"
    facts = _targets(tmp_path, "株洲市人民政府办公室", body)
    assert facts[(2000000, "元")].scope == "株洲市", facts
    assert facts[(500000, "元")].scope == "各县", facts
    assert all(facts[k].indicator_raw == "残疾人康复救助资金" for k in ((2000000, "元"), (500000, "元"))), facts


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in split_names(text)]


def test_zones_listed_before_the_unit_they_share_are_one_addressee():
    assert _names("各区（县）人民政府，高新区、临空经济示范区、综合保税区安委会，市直各单位") == [
        "各区（县）人民政府", "高新区、临空经济示范区、综合保税区安委会", "市直各单位"]
    assert _names("各市卫生健康委，兰州新区、某某试验区有关部门") == ["各市卫生健康委", "兰州新区、某某试验区有关部门"]
    assert _names("某某投资区、某某开发区安委会，各乡镇") == ["某某投资区、某某开发区安委会", "各乡镇"]
    # each part a full addressee: still split
    assert _names("市发展改革委、高新区管委会，市财政局") == ["市发展改革委", "高新区管委会", "市财政局"]
    assert _names("高新区、经开区") == ["高新区", "经开区"]
    # a zone's own 管委会 is the zone: the zone before it is an addressee of its own
    assert _names("各县（市、区）人民政府，某某经开区、某某新区管委会") == ["各县（市、区）人民政府", "某某经开区", "某某新区管委会"]
    # …while the zones' organs named after the last (党工委和管委会) are every zone's
    assert _names("某某新区、某某高新区党工委和管委会，市直各单位") == ["某某新区、某某高新区党工委和管委会", "市直各单位"]


def test_a_unit_called_the_body_answerable_for_the_work_is_named_whole():
    text = "第六条　各乡镇人民政府是本辖区农村公路日常养护的责任主体，负责组织养护队伍，落实养护资金。"
    start = text.index("各")
    actors = sentence_actors(text, start, len(text), any_verb=True)
    assert [(text[a:b], role) for a, b, role in actors] == [("各乡镇人民政府", "responsible")]


def _members(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "force.txt"
    path.write_text(text, encoding="utf-8")
    forces = extract_document(path)[1]["taskforce"]
    return {f.name: [(m.role, m.organization) for m in f.members] for f in forces}


def test_a_work_group_member_that_is_a_bracketed_group_of_places(tmp_path):
    text = ("某县人民政府办公室关于成立某县防汛抗旱指挥部的通知\n\n各乡镇人民政府，县直各单位：\n\n一、指挥部组成人员\n\n"
            "指 挥 长：王大成　县长\n成　　员：县水利局局长李明、县财政局局长赵刚\n\n二、工作组设置\n\n"
            "（一）抢险救援组。组长单位：县应急管理局；成员单位：县水利局、各乡镇（街道）。\n"
            "（二）后勤保障组。组长单位：县财政局；成员单位：县林业局（森林防火）、各村（社区）。\n"
            "（三）转移安置组。组长单位：县民政局；成员单位：县交通运输局、各乡（林场）。\n\n"
            "某县人民政府办公室\n2024年5月1日\n")
    groups = _members(tmp_path, text)
    assert groups["抢险救援组"] == [("组长", "县应急管理局"), ("成员", "县水利局"), ("成员", "各乡镇（街道）")]
    assert groups["后勤保障组"] == [("组长", "县财政局"), ("成员", "县林业局"), ("成员", "各村（社区）")]
    assert groups["转移安置组"] == [("组长", "县民政局"), ("成员", "县交通运输局"), ("成员", "各乡（林场）")]


SHORT = "某州人民政府办公室关于印发某州养老服务体系建设方案的通知"
FULL = "某州人民政府办公室关于印发某州加快推进居家社区养老服务体系建设实施方案（2024—2027年）的通知"


def _page(meta_title: str, heading: str, issued: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{meta_title}">
<title>{meta_title}_州政府办文件_某州人民政府门户网站</title></head><body>
<table class="xxgk"><tr><td>名　　称：</td><td colspan="3">{meta_title}</td></tr>
<tr><td>文　　号：</td><td>某政办发〔2024〕9号</td><td>成文日期：</td><td>2024年05月20日</td></tr></table>
<h1 class="title">{heading}</h1>
<div id="zoom">
<p>各县（市）人民政府，州直各委、办、局：</p>
<p>《{issued}》已经州人民政府同意，现印发给你们，请认真组织实施。</p>
<p>某州人民政府办公室</p><p>2024年5月20日</p>
<p>{issued}</p>
<p>一、工作目标</p><p>到2027年，全州社区养老服务设施覆盖率达到100%。</p>
</div></body></html>"""


def test_a_heading_naming_the_plan_the_body_issues_outranks_a_shortened_meta_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_page(SHORT, FULL, "某州加快推进居家社区养老服务体系建设实施方案（2024—2027年）"), encoding="utf-8")
    assert extract_document(path)[1]["metadata"].title == FULL
    # the meta's title naming the plan the body issues stays, whatever a heading says
    path.write_text(_page(FULL, SHORT, "某州加快推进居家社区养老服务体系建设实施方案（2024—2027年）"), encoding="utf-8")
    assert extract_document(path)[1]["metadata"].title == FULL
