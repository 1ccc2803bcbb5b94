"""Task-force members missed on blind sets 35-38 (a 政委 and 专班长 role, units or places sent by a sentence under a
member list, post-first names glued by 、 whose surnames the list lacks, a member paragraph whose label the layout
spread apart and whose line broke inside a post, a stacked table cell whose post wrapped, work groups in a table
headed 工作组 | 组长单位 | … and 专班 work groups listing people), on notices of our own in other places, topics and
layouts. Expected values were written by reading the notices.
"""
from __future__ import annotations

import docx

from pipeline.runner import extract_document


def _forces(path):
    return extract_document(str(path))[1]["taskforce"]


def _members(forces):
    return [(f.name, m.role, m.person, m.organization, m.position) for f in forces for m in f.members]


def _persons(forces, name):
    return [(m.role, m.person) for f in forces if f.name == name for m in f.members]


PREFECTURE_NOTICE = """呼伦贝尔市人民政府办公室关于调整呼伦贝尔市森林草原防灭火指挥部组成人员的通知
呼政办字〔2023〕41号
各旗市区人民政府，市直各有关部门：
因人事变动，经市人民政府同意，决定对呼伦贝尔市森林草原防灭火指挥部组成人员进行调整。现将调整后的组成人员通知如下：
一、指挥部组成人员
政委：高志远市委副书记
总指挥：周建华副市长
副总指挥：市政府副秘书长娜仁花、市林业和草原局局长朝格图、市应急管理局局长孙立军
成员：
张立新　市委宣传部副部长
刘海涛　市财政局副局长
王晓燕　市公安局副局长
大河湾镇、高台子乡、成吉思汗镇党委书记为指挥部成员。
二、指挥部办公室
指挥部办公室设在市应急管理局，办公室主任由孙立军同志兼任。
呼伦贝尔市人民政府办公室
2023年9月12日
"""


def test_a_commissar_post_first_names_and_towns_sent_by_a_sentence(tmp_path):
    path = tmp_path / "hulunbuir_fire_headquarters.txt"
    path.write_text(PREFECTURE_NOTICE, encoding="utf-8")
    forces = _forces(path)
    assert [f.name for f in forces] == ["呼伦贝尔市森林草原防灭火指挥部"]
    assert _members(forces) == [
        ("呼伦贝尔市森林草原防灭火指挥部", "政委", "高志远", "市委", "副书记"),
        ("呼伦贝尔市森林草原防灭火指挥部", "总指挥", "周建华", None, "副市长"),
        # post first, the names after 、: two of them (娜仁花, 朝格图) have no surname of the list
        ("呼伦贝尔市森林草原防灭火指挥部", "副总指挥", "娜仁花", "市政府", "副秘书长"),
        ("呼伦贝尔市森林草原防灭火指挥部", "副总指挥", "朝格图", "市林业和草原局", "局长"),
        ("呼伦贝尔市森林草原防灭火指挥部", "副总指挥", "孙立军", "市应急管理局", "局长"),
        ("呼伦贝尔市森林草原防灭火指挥部", "成员", "张立新", "市委宣传部", "副部长"),
        ("呼伦贝尔市森林草原防灭火指挥部", "成员", "刘海涛", "市财政局", "副局长"),
        ("呼伦贝尔市森林草原防灭火指挥部", "成员", "王晓燕", "市公安局", "副局长"),
        # towns named alone, the last one with the post each sends: one member per town
        ("呼伦贝尔市森林草原防灭火指挥部", "成员", None, "大河湾镇", "党委书记"),
        ("呼伦贝尔市森林草原防灭火指挥部", "成员", None, "高台子乡", "党委书记"),
        ("呼伦贝尔市森林草原防灭火指挥部", "成员", None, "成吉思汗镇", "党委书记"),
    ]
    assert (forces[0].office_location, forces[0].office_director) == ("市应急管理局", "孙立军")


TASK_TEAMS_NOTICE = """黔东南州人民政府办公室关于成立黔东南州文化旅游市场整治工作领导小组的通知
黔东南府办函〔2024〕17号
各县（市）人民政府，州直有关部门：
为规范全州文化旅游市场秩序，州人民政府决定成立黔东南州文化旅游市场整治工作领导小组。现将有关事项通知如下：
一、领导小组组成人员
组长：杨光明州人民政府副州长
副组长：吴国强州文体广电旅游局局长
成员：
龙春燕　州市场监管局副局长
潘志勇　州公安局副局长
各县（市）人民政府、凯里经济开发区管委会分管负责同志为领导小组成员。
二、工作专班
领导小组下设3个工作专班。
（一）市场秩序专班。专班长：潘志勇（州公安局副局长）；副专班长：龙春燕（州市场监管局副局长）、石磊（州文体广电旅游局副局长）；成员：州商务局、州交通运输局分管负责同志。负责旅游市场执法检查。
（二）投诉处置专班。牵头单位：州市场监管局；成员单位：州文体广电旅游局、州公安局、各县（市）人民政府。负责旅游投诉受理和处置。
（三）宣传引导专班。组成人员另行通知。
黔东南州人民政府办公室
2024年3月5日
"""


def test_units_sent_by_a_sentence_and_task_teams_of_people_and_of_units(tmp_path):
    path = tmp_path / "qiandongnan_tourism_market.txt"
    path.write_text(TASK_TEAMS_NOTICE, encoding="utf-8")
    forces = _forces(path)
    # the team named without its units or people is left out
    assert [f.name for f in forces] == ["黔东南州文化旅游市场整治工作领导小组", "市场秩序专班", "投诉处置专班"]
    group = [m for m in _members(forces) if m[0] == "黔东南州文化旅游市场整治工作领导小组"]
    assert group[-2:] == [
        ("黔东南州文化旅游市场整治工作领导小组", "成员", None, "各县（市）人民政府", "分管负责同志"),
        ("黔东南州文化旅游市场整治工作领导小组", "成员", None, "凯里经济开发区管委会", "分管负责同志"),
    ]
    assert len(group) == 6
    assert [m[1:] for m in _members(forces) if m[0] == "市场秩序专班"] == [
        ("专班长", "潘志勇", "州公安局", "副局长"),
        ("副专班长", "龙春燕", "州市场监管局", "副局长"),
        ("副专班长", "石磊", "州文体广电旅游局", "副局长"),
        ("成员", None, "州商务局", "分管负责同志"),
        ("成员", None, "州交通运输局", "分管负责同志"),
    ]
    assert [m[1:] for m in _members(forces) if m[0] == "投诉处置专班"] == [
        ("组长", None, "州市场监管局", None),
        ("成员", None, "州文体广电旅游局", None),
        ("成员", None, "州公安局", None),
        ("成员", None, "各县（市）人民政府", None),
    ]
    # work groups sit under the body's office: none of their own
    assert [f.office_location for f in forces[1:]] == [None, None]


def _cells(row, texts):
    for cell, words in zip(row.cells, texts):
        lines = words.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _drought_notice(path):
    """A Word notice: a member table whose 副指挥长 cell holds two people and whose post cell wrapped (three
    lines), a 成员 paragraph under a label spread by a tab and broken inside a post into two paragraphs, and a work
    group table with blank 副组长单位 cells."""
    document = docx.Document()
    for line in ("黔西南州人民政府办公室关于调整黔西南州抗旱救灾指挥部组成人员的通知",
                 "州府办函〔2023〕58号", "各县（市）人民政府，州直各部门：",
                 "经州人民政府同意，决定对黔西南州抗旱救灾指挥部组成人员进行调整，现通知如下：",
                 "一、指挥部组成人员"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=3)
    _cells(table.rows[0], ("指挥部职务", "姓名", "单位及职务"))
    for texts in (("指挥长", "韦德明", "州人民政府副州长"),
                  ("副指挥长", "罗天佑\n岑小兵", "州人民政府副秘书长\n州水务局\n局长"),
                  ("", "黄家权", "州农业农村局局长")):
        _cells(table.add_row(), texts)
    document.add_paragraph("成\t员：州发展改革委副主任陆志远，州财政局副局长")
    document.add_paragraph("卢红梅，州气象局副局长班晓东，各县（市）人民政府分管负责同志。")
    document.add_paragraph("二、专项工作组")
    groups = document.add_table(rows=1, cols=4)
    _cells(groups.rows[0], ("专项工作组", "牵头单位", "副组长单位", "成员单位"))
    for texts in (("供水保障组", "州水务局", "", "州住房城乡建设局、州卫生健康委"),
                  ("农业生产组", "州农业农村局", "州气象局", "州财政局、州供销社")):
        _cells(groups.add_row(), texts)
    document.add_paragraph("指挥部办公室设在州水务局，办公室主任由岑小兵同志兼任。")
    document.add_paragraph("黔西南州人民政府办公室")
    document.add_paragraph("2023年6月2日")
    document.save(str(path))
    return _forces(path)


def test_a_word_notice_with_stacked_wrapped_cells_a_spread_label_and_a_group_table(tmp_path):
    forces = _drought_notice(tmp_path / "qianxinan_drought_headquarters.docx")
    assert [f.name for f in forces] == ["黔西南州抗旱救灾指挥部", "供水保障组", "农业生产组"]
    assert [m[1:] for m in _members(forces) if m[0] == "黔西南州抗旱救灾指挥部"] == [
        ("指挥长", "韦德明", "州人民政府", "副州长"),
        # two people stacked in one cell, the second one's unit and post wrapped onto two lines of its cell
        ("副指挥长", "罗天佑", "州人民政府", "副秘书长"),
        ("副指挥长", "岑小兵", "州水务局", "局长"),
        ("副指挥长", "黄家权", "州农业农村局", "局长"),  # a blank role cell keeps the role above
        # 成<tab>员： then a paragraph broken inside 州财政局副局长卢红梅
        ("成员", "陆志远", "州发展改革委", "副主任"),
        ("成员", "卢红梅", "州财政局", "副局长"),
        ("成员", "班晓东", "州气象局", "副局长"),
        ("成员", None, "各县（市）人民政府", "分管负责同志"),
    ]
    assert [m[1:] for m in _members(forces) if m[0] != "黔西南州抗旱救灾指挥部"] == [
        ("组长", None, "州水务局", None),
        ("成员", None, "州住房城乡建设局", None),
        ("成员", None, "州卫生健康委", None),
        ("组长", None, "州农业农村局", None),
        ("副组长", None, "州气象局", None),
        ("成员", None, "州财政局", None),
        ("成员", None, "州供销社", None),
    ]
    text = extract_document(str(tmp_path / "qianxinan_drought_headquarters.docx"))[0].text
    for force in forces:
        assert text[force.char_start : force.char_end] == force.evidence
        for member in force.members:
            assert text[member.char_start : member.char_end] == member.evidence


def test_a_member_line_ending_at_a_separator_is_not_joined_to_prose(tmp_path):
    """A list line that ends with its last member complete takes in no line after it: the sentence below stays
    out of the list (its 成员 is no member)."""
    path = tmp_path / "anshun_flood.txt"
    path.write_text("安顺市人民政府办公室关于调整安顺市防汛抗旱指挥部成员的通知\n"
                    "指挥长：陈国华副市长\n"
                    "成员：市水务局局长张建军、市应急管理局局长刘明\n"
                    "指挥部成员因工作变动需要调整的，由所在单位报指挥部办公室备案。\n"
                    "安顺市人民政府办公室\n2024年4月1日\n", encoding="utf-8")
    assert _persons(_forces(path), "安顺市防汛抗旱指挥部") == [
        ("指挥长", "陈国华"), ("成员", "张建军"), ("成员", "刘明")]


SAFETY_COMMITTEE_TEXT = """南平市人民政府办公室关于调整南平市安全生产委员会成员的通知
各县（市、区）人民政府，市直各单位：
因人事变动，现将调整后的南平市安全生产委员会组成人员通知如下：
主　任：林建国市长
副主任：郑小东常务副市长
成　员：市委宣传部副部长乜小川，市发展和改革委员会副
主任禚明，市财政局副局长仉志刚，市应急管理局局长钮建平，各县（市、区）人民政府分管负
责同志。
南平市人民政府办公室
2023年5月6日
"""


def test_a_text_paragraph_of_post_first_members_hard_wrapped_inside_posts(tmp_path):
    """Post first, names after (none of their surnames in the list), the paragraph hard-wrapped inside a post
    and inside a shared post: every member read across the wraps."""
    path = tmp_path / "nanping_safety_committee.txt"
    path.write_text(SAFETY_COMMITTEE_TEXT, encoding="utf-8")
    assert [m[1:] for m in _members(_forces(path))] == [
        ("主任", "林建国", None, "市长"),
        ("副主任", "郑小东", None, "常务副市长"),
        ("成员", "乜小川", "市委宣传部", "副部长"),
        ("成员", "禚明", "市发展和改革委员会", "副主任"),
        ("成员", "仉志刚", "市财政局", "副局长"),
        ("成员", "钮建平", "市应急管理局", "局长"),
        ("成员", None, "各县（市、区）人民政府", "分管负责同志"),
    ]


PIG_SUPPLY_MARKDOWN = """# 关于成立巴中市生猪稳产保供工作领导小组的通知

各县（区）人民政府，市级有关部门：

经市政府同意，成立巴中市生猪稳产保供工作领导小组。

**组　　长：** 何志成　副市长

**成　　员：** 市发展改革委副主任冉雪梅，市财政局副局长岳小平，各县（区）人民政府分管负责同志。

领导小组下设工作组：

| 组别 | 牵头单位 | 副组长单位 | 成员单位 |
| --- | --- | --- | --- |
| 1.生产保障组 | 市农业农村局 | — | 市发展改革委、市自然资源和规划局 |
| 2.市场监测组 | 市商务局 | 市发展改革委 | 市市场监管局、市统计局 |

巴中市人民政府办公室
2023年7月3日
"""


def test_a_markdown_table_of_work_groups_headed_by_group_and_unit_columns(tmp_path):
    path = tmp_path / "bazhong_pig_supply.md"
    path.write_text(PIG_SUPPLY_MARKDOWN, encoding="utf-8")
    forces = _forces(path)
    assert [f.name for f in forces] == ["巴中市生猪稳产保供工作领导小组", "生产保障组", "市场监测组"]
    assert [m[1:] for m in _members(forces) if m[0] != forces[0].name] == [
        ("组长", None, "市农业农村局", None),  # 牵头单位 → 组长; the — cell: no 副组长
        ("成员", None, "市发展改革委", None),
        ("成员", None, "市自然资源和规划局", None),
        ("组长", None, "市商务局", None),
        ("副组长", None, "市发展改革委", None),
        ("成员", None, "市市场监管局", None),
        ("成员", None, "市统计局", None),
    ]
