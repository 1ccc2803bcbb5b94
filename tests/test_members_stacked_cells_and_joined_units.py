"""Members written two to a table cell and units joined by 及 (blind set 24, tests/unseen24 a1 and a4), on notices of
our own in other counties, topics and layouts: a Word member table whose cells hold two people on two lines (two
paragraphs of one cell: 姓名 and 单位及职务, or 姓名 | 单位 | 职务) gives one member per line, a cell of one person
whose post runs onto a second line stays one member; a founding sentence's units joined by 及 or 和
(县文旅局及各乡镇人民政府主要负责同志为成员) are two members, a unit whose name holds 和 (县住房和城乡建设局) one.
Expected values are written from the notices.
"""
from __future__ import annotations

import docx

from pipeline.runner import extract_document

COVER = [
    "凤凰县人民政府办公室关于成立凤凰县文物安全工作领导小组的通知",
    "凤政办函〔2024〕23号",
    "各乡镇人民政府，县直各单位：",
    "为加强全县文物安全管理，经县人民政府研究，决定成立凤凰县文物安全工作领导小组，成员名单如下：",
]
ROWS = [
    ("组长", None, None),
    ("1", "田卫国", "县人民政府副县长"),
    ("成员", None, None),
    ("2", "龙晓燕\n麻建军", "县文化旅游广电局局长\n县公安局副局长"),
    ("3", "吴　敏", "县人力资源和社会保障局\n副局长"),
    ("4", "欧阳红\n杨　帆\n石正清", "县财政局局长\n县住房和城乡建设局局长\n县应急管理局局长"),
]

# the same members' units and posts in two columns, a line per person in each
UNITS_AND_TITLES = {
    "1": ("县人民政府", "副县长"),
    "2": ("县文化旅游广电局\n县公安局", "局长\n副局长"),
    "3": ("县人力资源和社会保障局", "副局长"),
    "4": ("县财政局\n县住房和城乡建设局\n县应急管理局", "局长\n局长\n局长"),
}


def _member_table_notice(path, three_columns=False):
    document = docx.Document()
    for line in COVER:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=4 if three_columns else 3)
    header = ("序号", "姓名", "单位", "职务") if three_columns else ("序号", "姓名", "单位及职务")
    for cell, words in zip(table.rows[0].cells, header):
        cell.text = words
    for number, names, posts in ROWS:
        cells = table.add_row().cells
        if names is None:
            merged = cells[0]
            for other in cells[1:]:
                merged = merged.merge(other)
            merged.text = number
            continue
        if three_columns:  # 县文化旅游广电局 | 局长, one line per person in both
            texts = (number, names, *UNITS_AND_TITLES[number])
        else:
            texts = (number, names, posts)
        for cell, words in zip(cells, texts):
            lines = words.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    document.add_paragraph("领导小组办公室设在县文化旅游广电局，办公室主任由龙晓燕同志兼任。")
    document.add_paragraph("凤凰县人民政府办公室")
    document.add_paragraph("2024年5月6日")
    document.save(str(path))
    forces = extract_document(str(path))[1]["taskforce"]
    return [(m.role, m.person, m.organization, m.position) for f in forces for m in f.members]


EXPECTED = [
    ("组长", "田卫国", "县人民政府", "副县长"),
    ("成员", "龙晓燕", "县文化旅游广电局", "局长"),
    ("成员", "麻建军", "县公安局", "副局长"),
    ("成员", "吴敏", "县人力资源和社会保障局", "副局长"),
    ("成员", "欧阳红", "县财政局", "局长"),
    ("成员", "杨帆", "县住房和城乡建设局", "局长"),
    ("成员", "石正清", "县应急管理局", "局长"),
]


def _names(members):
    return [(role, "".join((person or "").split()), org, post) for role, person, org, post in members]


def test_two_people_on_two_lines_of_one_cell_are_two_members(tmp_path):
    assert _names(_member_table_notice(tmp_path / "fenghuang_relics_members.docx")) == EXPECTED


def test_names_units_and_posts_each_on_their_lines_in_three_columns(tmp_path):
    assert _names(_member_table_notice(tmp_path / "fenghuang_relics_members_3col.docx", three_columns=True)) == EXPECTED


def test_units_joined_by_ji_or_he_before_a_shared_post_are_members_each(tmp_path):
    path = tmp_path / "members_wuyuan_forest_fire_joined_units.txt"
    path.write_text(
        "婺源县人民政府办公室关于成立婺源县森林防灭火工作领导小组的通知\n\n"
        "各乡（镇）人民政府，县政府各部门：\n"
        "    为切实做好森林防灭火工作，县人民政府决定成立婺源县森林防灭火工作领导小组，由县长任组长，分管副县长任副组长，"
        "县林业局、县应急管理局、县住房和城乡建设局和县气象局及各乡（镇）人民政府主要负责同志为成员。"
        "领导小组办公室设在县林业局。\n\n婺源县人民政府办公室\n2024年2月1日\n", encoding="utf-8")
    forces = extract_document(str(path))[1]["taskforce"]
    members = [(m.role, m.organization, m.position) for f in forces for m in f.members if m.role == "成员"]
    assert members == [
        ("成员", "县林业局", "主要负责同志"), ("成员", "县应急管理局", "主要负责同志"),
        ("成员", "县住房和城乡建设局", "主要负责同志"), ("成员", "县气象局", "主要负责同志"),
        ("成员", "各乡（镇）人民政府", "主要负责同志"),
    ]
