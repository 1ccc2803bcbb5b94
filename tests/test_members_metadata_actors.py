"""Members set apart only by the layout's spaces (post first, name after), towns named before `等…乡镇` that send
their heads, a 抄送 line that a full stop splits, a title whose issuers stand on a line of their own under a page's
short heading and the 文号, and task actors (a group of towns with its bracketed alternative, a sanction after a
breach, a scope word before a level word, ongoing publicity): the forms blind sets 61–62 showed, on notices of our
own in other regions, topics and wordings. Expected values are written from the notices.
"""
from __future__ import annotations

import docx

from pipeline.runner import extract_document
from pipeline.structure.front_matter import front_matter
from pipeline.structure.lines import Line
from tests.notice_docx import para


def _docx(path, lines):
    doc = docx.Document()
    for line in lines:
        para(doc, line)
    doc.save(path)
    return path


def _results(path):
    return extract_document(path)[1]


def _roles(task) -> tuple[list[str], list[str], list[str]]:
    return tuple([a.agency for a in task.agencies if a.role == role] for role in ("lead", "responsible", "partner"))


FLOOD_BODY = [
    "中共青禾县委办公室",
    "青禾县人民政府办公室",
    "青办字〔2023〕9号",
    "中共青禾县委办公室青禾县人民政府办公室关于成立青禾县防汛抗旱工作领导小组的通知",
    "各乡镇党委、人民政府，县直各单位：",
    "为做好全县防汛抗旱工作，经县委、县政府同意，决定成立青禾县防汛抗旱工作领导小组。现将有关事项通知如下：",
    "一、领导小组组成",
    "组　　长：县委副书记、县长刘长河",
    # three deputies on one line, nothing but full-width spaces between them, one name itself spaced
    "副 组 长：县政府副县长周　宁\u3000县政府副县长、县水利局局长吴海波\u3000县政府党组成员、办公室主任郑晓岚",
    "成　　员：县应急管理局局长马骏，县财政局局长黄丽萍，县农业农村局局长冯建业。",
    "东坪镇、西岭乡、南河镇等沿河乡镇主要负责同志为领导小组成员。",
    "领导小组办公室设在县水利局，吴海波同志兼任办公室主任。",
    "中共青禾县委办公室",
    "青禾县人民政府办公室",
    "2023年5月6日",
    "抄送：某市水利局，某市应急管理局。县人大常委会办公室，县政协办公室。",
]


def test_members_the_layout_spaces_alone_set_apart(tmp_path):
    forces = _results(_docx(tmp_path / "flood.docx", FLOOD_BODY))["taskforce"]
    members = [(m.role, m.person, m.position, m.organization) for m in forces[0].members]
    deputies = [m for m in members if m[0] == "副组长"]
    assert deputies == [
        ("副组长", "周宁", "副县长", "县政府"),
        ("副组长", "吴海波", "县政府副县长、县水利局局长", None),  # one person's two posts
        ("副组长", "郑晓岚", "县政府党组成员、办公室主任", None),
    ]
    assert ("成员", "冯建业", "局长", "县农业农村局") in members


def test_towns_named_before_a_class_of_towns_are_the_members(tmp_path):
    forces = _results(_docx(tmp_path / "flood.docx", FLOOD_BODY))["taskforce"]
    towns = [(m.person, m.position, m.organization) for m in forces[0].members if m.position == "主要负责同志"]
    assert towns == [(None, "主要负责同志", "东坪镇"), (None, "主要负责同志", "西岭乡"), (None, "主要负责同志", "南河镇")]


def test_cc_groups_closed_by_a_full_stop_are_split(tmp_path):
    meta = _results(_docx(tmp_path / "flood.docx", FLOOD_BODY))["metadata"]
    assert meta.cc == ["某市水利局", "某市应急管理局", "县人大常委会办公室", "县政协办公室"]
    assert meta.title == "中共青禾县委办公室青禾县人民政府办公室关于成立青禾县防汛抗旱工作领导小组的通知"


def _lines(texts):
    lines, at = [], 0
    for text in texts:
        lines.append(Line(at, at + len(text), text, False))
        at += len(text) + 1
    return lines


def test_a_title_whose_issuers_stand_on_their_own_line_under_the_page_heading():
    # a page's short heading, the 文号, then the notice's own title with its three issuers on a line of their own
    lines = _lines(["首页>政务公开>通知公告", "关于做好2023年农村实用人才带头人示范培训工作的通知", "青农人发〔2023〕15号",
                    "青海省农业农村厅青海省人力资源和社会保障厅青海省财政厅",
                    "关于做好2023年农村实用人才带头人示范培训工作的通知",
                    "各市（州）农业农村局、人力资源和社会保障局、财政局：", "为加快培育农村实用人才，现就做好示范培训工作通知如下。"])
    found = front_matter(lines)
    assert found["title"] == (3, 4)
    assert found["doc_number"] == (2, 2)
    assert found["recipients"] == (5, 5)


def test_a_banner_over_the_number_stays_out_of_the_title():
    # the 版头 stands over the 文号 (not under it): the title is the line after the number
    lines = _lines(["青海省农业农村厅", "青农人发〔2023〕15号", "关于做好2023年农村实用人才带头人示范培训工作的通知",
                    "各市（州）农业农村局：", "为加快培育农村实用人才，现就做好示范培训工作通知如下。"])
    assert front_matter(lines)["title"] == (2, 2)


ACTORS = (
    "某某州推进农村供水保障实施方案\n"
    "一、工作目标\n"
    "到2025年底，全州县级供水服务中心达到6个、实现县（市）全覆盖，农村自来水普及率达到98%。\n"
    "二、重点任务\n"
    "（一）开展水源排查。由州水利局牵头，州生态环境局、州卫生健康委配合，各乡镇（街道）具体负责，于2024年9月底前完成水源排查建档。\n"
    "（二）加强宣传引导。州融媒体中心要开设专题栏目，持续宣传节水惠民政策。\n"
    "（三）严格资金监管。州财政局要每年组织开展1次补助资金使用情况抽查。对虚报冒领补助资金的单位和个人，由县级财政部门追回"
    "资金，2年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。\n"
)


def _plan_tasks(tmp_path):
    plan = tmp_path / "water.txt"
    plan.write_text(ACTORS, encoding="utf-8")
    return _results(plan)["tasks"]


def _task(tasks, opening):
    return next(t for t in tasks if t.text.lstrip("（一二三）").startswith(opening))


def test_a_goal_sentence_of_the_whole_prefecture_is_no_task(tmp_path):
    # 全州|县级供水服务中心: the scope word and a level word, no organ (not the county 全州县)
    assert not any(t.text.startswith("到2025年底") for t in _plan_tasks(tmp_path))


def test_a_group_of_towns_with_its_bracketed_alternative_is_the_responsible(tmp_path):
    found = _task(_plan_tasks(tmp_path), "开展水源排查")
    assert _roles(found) == (["州水利局"], ["各乡镇（街道）"], ["州生态环境局", "州卫生健康委"])


def test_ongoing_publicity_is_ongoing(tmp_path):
    assert _task(_plan_tasks(tmp_path), "加强宣传引导").recurrence == "ongoing"  # 持续宣传, no date


RULES = (
    "某某州农村供水工程运行管护补助资金管理办法\n"
    "第一条　为规范农村供水工程运行管护补助资金管理，制定本办法。\n"
    "第二条　补助标准。对运行管护达标的集中供水工程，按每处每年2000元给予运行管护补助。\n"
    "第三条　申报审核。县级水行政主管部门要会同同级财政部门于每年3月31日前完成上年度补助的审核和拨付工作。\n"
    "第四条　监督检查。州水利局、州财政局要每半年组织开展1次补助资金检查。对虚报冒领补助资金的单位和个人，由县级财政部门"
    "追回资金，2年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。\n"
    "第五条　本办法自印发之日起施行。\n"
)


def test_a_sanction_after_a_breach_by_units_and_people_is_no_task(tmp_path):
    # 对…的单位和个人，由X追回资金: what follows a breach, no work assigned (州水利局、州财政局要…检查 is one)
    rules = tmp_path / "rules.txt"
    rules.write_text(RULES, encoding="utf-8")
    tasks = _results(rules)["tasks"]
    assert not any("县级财政部门" in [a.agency for a in t.agencies] and "追回" in t.text[:60] for t in tasks)
    assert any(_roles(t)[1] == ["州水利局", "州财政局"] for t in tasks)
