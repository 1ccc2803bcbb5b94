"""Bodies set out as numbered list items, each with its chair and its member units on the item's own line (``1.
**道路交通安全专业委员会**。主任：某某（副县长、县公安局局长）。成员单位：县公安局、…。办公室设在…``), missed on blind set 80:
each item is a body of its own (a 专业委员会, 联席会议, 专项小组 …) whose chair is a person with the posts in brackets and
whose member units are members with no person and no post. Notices of our own, in other places, topics, markers
(``（一）`` / ``一是`` / a Word list's own numbering), chair labels (主任 / 召集人 / 组长) and formats (text, Markdown,
DOCX, HTML). Expected values were written by reading the notices.
"""
from __future__ import annotations

from docx import Document

from pipeline.runner import extract_document


def _forces(path):
    return extract_document(str(path))[1]["taskforce"]


def _members(forces, name):
    return [(m.role, m.person, m.organization, m.position) for f in forces if f.name == name for m in f.members]


EPIDEMIC_BOARD_MD = """# 临潭县人民政府办公室关于调整临潭县动物防疫委员会及专业委员会的通知

临政办发〔2025〕8号

各乡镇人民政府，县直有关单位：

经县政府研究，决定调整县动物防疫委员会，并设立3个专业委员会。现将有关事项通知如下：

## 一、专业委员会设置

1. **重大动物疫病防控专业委员会**。主任：马永福（副县长）。成员单位：县农业农村局、县卫生健康局、县市场监督管理局。办公室设在县畜牧兽医站。
2. **畜产品质量安全专业委员会**。主任：杨丽华（县委常委、副县长）。成员单位：县市场监督管理局、县公安局、县交通运输局、县商务局。办公室设在县市场监督管理局。
3. **病死畜禽无害化处理专业委员会**。主任：丁建平（副县长）。成员单位：县农业农村局、县财政局、县生态环境局。

临潭县人民政府办公室
2025年2月10日
"""


def test_markdown_items_in_bold_each_a_body_with_a_chair_and_member_units(tmp_path):
    path = tmp_path / "lintan_dongwu_fangyi.md"
    path.write_text(EPIDEMIC_BOARD_MD, encoding="utf-8")
    forces = _forces(path)
    assert [f.name for f in forces] == ["重大动物疫病防控专业委员会", "畜产品质量安全专业委员会", "病死畜禽无害化处理专业委员会"]
    assert _members(forces, "重大动物疫病防控专业委员会") == [
        ("主任", "马永福", None, "副县长"),
        ("成员", None, "县农业农村局", None),
        ("成员", None, "县卫生健康局", None),
        ("成员", None, "县市场监督管理局", None),
    ]
    # several posts in the brackets: the position whole
    assert _members(forces, "畜产品质量安全专业委员会")[0] == ("主任", "杨丽华", None, "县委常委、副县长")
    assert [m[2] for m in _members(forces, "畜产品质量安全专业委员会")[1:]] == [
        "县市场监督管理局", "县公安局", "县交通运输局", "县商务局"]
    assert _members(forces, "病死畜禽无害化处理专业委员会")[1:] == [
        ("成员", None, "县农业农村局", None),
        ("成员", None, "县财政局", None),
        ("成员", None, "县生态环境局", None),
    ]


JOINT_MEETINGS_TXT = """龙门县人民政府办公室关于建立龙门县河湖管理联席会议制度的通知
龙府办〔2024〕15号
各镇人民政府，县直有关单位：
为加强河湖管理保护，经县人民政府同意，建立以下联席会议。
（一）河道采砂管理联席会议。召集人：黄伟明（副县长）；成员单位：县水务局、县公安局、县自然资源局、县交通运输局。
（二）水库安全联席会议。召集人：钟秀兰（县委常委、副县长）；成员单位：县水务局、县应急管理局、县气象局。
一是水污染防治联席会议，召集人：罗志军（副县长），成员单位：县生态环境局、县农业农村局、县住房和城乡建设局。
龙门县人民政府办公室
2024年7月1日
"""


def test_plain_text_items_convened_by_a_person_under_bracket_and_shi_markers(tmp_path):
    path = tmp_path / "longmen_hehu_lianxi.txt"
    path.write_text(JOINT_MEETINGS_TXT, encoding="utf-8")
    forces = _forces(path)
    assert [f.name for f in forces] == ["河道采砂管理联席会议", "水库安全联席会议", "水污染防治联席会议"]
    assert _members(forces, "河道采砂管理联席会议") == [
        ("召集人", "黄伟明", None, "副县长"),
        ("成员", None, "县水务局", None),
        ("成员", None, "县公安局", None),
        ("成员", None, "县自然资源局", None),
        ("成员", None, "县交通运输局", None),
    ]
    assert _members(forces, "水库安全联席会议")[0] == ("召集人", "钟秀兰", None, "县委常委、副县长")
    assert _members(forces, "水污染防治联席会议") == [
        ("召集人", "罗志军", None, "副县长"),
        ("成员", None, "县生态环境局", None),
        ("成员", None, "县农业农村局", None),
        ("成员", None, "县住房和城乡建设局", None),
    ]


def test_an_item_that_names_no_chair_or_a_heading_word_alone_sets_out_no_body(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("某县人民政府办公室关于做好河湖管理工作的通知\n各镇人民政府：\n"
                    "1.县河湖管理委员会。成员单位：县水务局、县公安局。\n"
                    "2.领导小组。组长：王建国（县长）；成员单位：县水务局、县财政局。\n"
                    "某县人民政府办公室\n2024年7月1日\n", encoding="utf-8")
    names = [f.name for f in _forces(path)]
    assert "县河湖管理委员会" not in names  # units alone, no chair: no item body read here
    assert "领导小组" not in names


def test_docx_items_whose_numbers_are_the_list_style_and_html_items(tmp_path):
    doc = Document()
    doc.add_paragraph("平江县人民政府办公室关于成立平江县防灾减灾专项小组的通知")
    doc.add_paragraph("各乡镇人民政府，县直各单位：")
    doc.add_paragraph("为做好防灾减灾工作，县人民政府决定设立以下专项小组。")
    doc.add_paragraph("地质灾害防治专项小组。组长：吴海波（副县长、县自然资源局局长）；成员单位：县自然资源局、县应急管理局、县气象局。",
                      style="List Number")
    doc.add_paragraph("森林防火专项小组。组长：彭丽君（副县长）；成员单位：县林业局、县应急管理局、县消防救援大队。",
                      style="List Number")
    doc.add_paragraph("平江县人民政府办公室")
    doc.add_paragraph("2024年3月5日")
    path = tmp_path / "pingjiang_fangzai.docx"
    doc.save(str(path))
    forces = _forces(path)
    assert _members(forces, "地质灾害防治专项小组") == [
        ("组长", "吴海波", None, "副县长、县自然资源局局长"),
        ("成员", None, "县自然资源局", None),
        ("成员", None, "县应急管理局", None),
        ("成员", None, "县气象局", None),
    ]
    assert [m[2] for m in _members(forces, "森林防火专项小组")[1:]] == ["县林业局", "县应急管理局", "县消防救援大队"]

    html = tmp_path / "yongxin_jiaotong.html"
    html.write_text(
        "<html><head><title>永新县交通安全委员会专业委员会设置</title></head><body>"
        "<h1>永新县人民政府办公室关于设置交通安全专业委员会的通知</h1><p>各乡镇人民政府，县直各单位：</p>"
        "<ol><li><strong>农村道路交通安全专业委员会</strong>。主任：刘建新（副县长、县公安局局长）。"
        "成员单位：县公安局、县交通运输局、县农业农村局。办公室设在县公安局交通管理大队。</li>"
        "<li><strong>水上交通安全专业委员会</strong>。主任：谢春燕（副县长）。成员单位：县交通运输局、县水利局。</li></ol>"
        "<p>永新县人民政府办公室</p><p>2024年6月1日</p></body></html>", encoding="utf-8")
    forces = _forces(html)
    assert _members(forces, "农村道路交通安全专业委员会") == [
        ("主任", "刘建新", None, "副县长、县公安局局长"),
        ("成员", None, "县公安局", None),
        ("成员", None, "县交通运输局", None),
        ("成员", None, "县农业农村局", None),
    ]
    assert _members(forces, "水上交通安全专业委员会") == [
        ("主任", "谢春燕", None, "副县长"),
        ("成员", None, "县交通运输局", None),
        ("成员", None, "县水利局", None),
    ]
