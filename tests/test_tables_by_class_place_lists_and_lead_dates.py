"""Tables that a first run on blind sets 47–50 misread, each tried here on notices of our own (other places,
topics and wordings than those sets'), in HTML, DOCX, Markdown and plain text:

- a support table by class (``人才类别 | 安家补助（一次性） | 生活津贴``, rows ``甲类（首席技师、特级技师）`` whose gloss
  holds a 、): one support per cell, named by class and column; a cell spanning two rows (rowspan / vMerge) counts for
  each row; ``每月最高2000元`` is a monthly allowance, at most (``<=`` 元/月); ``（一次性）`` in a header is no unit;
- a list of places, one line each with its figure, under ``…任务分解如下：`` (a text copy of a table without its header,
  or short DOCX paragraphs): the place is each figure's scope and the announced measure its name, never the place;
  ``其余各镇合计`` is the place ``其余各镇``, a goal reached at least;
- a county table whose figures are due by the date its ``<caption>`` (``…任务表（2025—2027年）``) or its lead-in
  sentence gives (``到2026年底，…，各乡镇任务见下表。（牵头单位：…）``): every row takes that date; a caption is a
  title of its own, never the end of the paragraph above;
- an indicator table whose name a page cut over two rows (``…覆盖农村人`` over ``口比例（%）`` with no figures):
  one name.

Expected values were written by reading the notices.
"""
from __future__ import annotations

from pipeline.runner import extract_document
from tests.notice_targets import target_rows as _targets


TALENT_HTML = """<html><head><meta charset="utf-8"><title>宁海县技能人才安家补助办法</title></head><body>
<div class="content">
<h1>宁海县人民政府办公室关于印发宁海县技能人才安家补助办法的通知</h1>
<p>宁政办发〔2025〕12号</p>
<p>各乡镇人民政府、街道办事处，县政府各部门：</p>
<p>　　《宁海县技能人才安家补助办法》已经县政府同意，现印发给你们，请遵照执行。</p>
<p style="text-align:right">宁海县人民政府办公室</p>
<p style="text-align:right">2025年2月10日</p>
<p>　　第一条　对在我县企业全职工作的技能人才，按下表给予安家补助或生活津贴：</p>
<table border="1">
<tr><th>人才类别</th><th>安家补助（一次性）</th><th>生活津贴</th></tr>
<tr><td>甲类（首席技师、特级技师）</td><td>30万元</td><td rowspan="2">按月发放，每月最高2000元</td></tr>
<tr><td>乙类（高级技师）</td><td>15万元</td></tr>
<tr><td>丙类（技师、高级工）</td><td>5万元</td><td>每月600元</td></tr>
</table>
<p>　　第二条　本办法自印发之日起施行。</p>
</div></body></html>
"""


def test_a_support_table_by_class_gives_one_support_per_cell_a_spanning_cell_for_each_row(tmp_path):
    path = tmp_path / "ninghai_talent.html"
    path.write_text(TALENT_HTML, encoding="utf-8")
    found = [t for t in _targets(path) if t[0] == "support"]
    assert found == [
        ("support", "甲类（首席技师、特级技师）安家补助", "=", 300000, "元", "宁海县", None),
        ("support", "甲类（首席技师、特级技师）生活津贴", "<=", 2000, "元/月", "宁海县", None),
        ("support", "乙类（高级技师）安家补助", "=", 150000, "元", "宁海县", None),
        ("support", "乙类（高级技师）生活津贴", "<=", 2000, "元/月", "宁海县", None),  # the rowspan cell, again
        ("support", "丙类（技师、高级工）安家补助", "=", 50000, "元", "宁海县", None),
        ("support", "丙类（技师、高级工）生活津贴", "=", 600, "元/月", "宁海县", None),
    ]


def test_a_docx_table_by_class_with_a_merged_cell(tmp_path):
    from docx import Document

    doc = Document()
    for line in ("灵璧县人民政府办公室关于印发灵璧县乡村医生岗位补助办法的通知", "灵政办〔2025〕21号",
                 "各乡镇人民政府，县直各单位：", "一、补助标准", "对在村卫生室执业的乡村医生，按下表给予岗位补助："):
        doc.add_paragraph(line)
    table = doc.add_table(rows=3, cols=3)
    rows = [("医生类别", "岗位补助", "执业奖励（一次性）"),
            ("A类（执业医师、执业助理医师）", "每人每月最高800元", "2万元"),
            ("B类（乡村全科执业助理医师）", "", "1万元")]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    merged = table.cell(1, 1).merge(table.cell(2, 1))
    merged.text = "每人每月最高800元"
    for line in ("二、其他", "本办法自发布之日起施行。", "灵璧县人民政府办公室", "2025年5月8日"):
        doc.add_paragraph(line)
    path = tmp_path / "lingbi_doctors.docx"
    doc.save(path)
    found = [t for t in _targets(path) if t[0] == "support"]
    assert found == [
        ("support", "A类（执业医师、执业助理医师）岗位补助", "<=", 800, "元/月", "灵璧县", None),
        ("support", "A类（执业医师、执业助理医师）执业奖励", "=", 20000, "元", "灵璧县", None),
        ("support", "B类（乡村全科执业助理医师）岗位补助", "<=", 800, "元/月", "灵璧县", None),
        ("support", "B类（乡村全科执业助理医师）执业奖励", "=", 10000, "元", "灵璧县", None),
    ]


TOWN_LINES = """丰县人民政府关于下达2025年秸秆综合利用任务的通知

丰政发〔2025〕9号

各镇人民政府，县各有关部门：

一、工作目标

2025年，全县秸秆综合利用率稳定在95%以上。

二、任务分解

2025年秸秆离田利用任务分解如下：
    凤城镇        1.2万吨
    华山镇        9000吨
    欢口镇        8000吨
    其余各镇合计  3.5万吨
（责任单位：各镇人民政府）

三、工作要求

各镇要加强秸秆收储体系建设。

丰县人民政府
2025年3月20日
"""


def test_a_list_of_towns_under_an_announcing_sentence_names_the_measure_and_scopes_the_town(tmp_path):
    path = tmp_path / "fengxian_straw.txt"
    path.write_text(TOWN_LINES, encoding="utf-8")
    assert _targets(path) == [
        ("target", "秸秆综合利用率", ">=", 95, "%", "丰县", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 12000, "吨", "凤城镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 9000, "吨", "华山镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 8000, "吨", "欢口镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 35000, "吨", "其余各镇", "2025-12-31"),  # 合计 names the rest, no total
    ]


def test_town_paragraphs_of_a_docx_under_an_announcing_sentence(tmp_path):
    from docx import Document

    doc = Document()
    for line in ("永新县人民政府办公室关于做好2025年植树造林工作的通知", "永府办字〔2025〕3号", "各乡镇人民政府，县直各单位：",
                 "一、目标任务", "全县2025年完成人工造林任务分配如下：", "禾川镇：1500亩", "石桥镇：1200亩", "其他乡镇：2300亩",
                 "二、工作要求", "各乡镇要落实造林地块，4月底前完成栽植。", "永新县人民政府办公室", "2025年1月15日"):
        doc.add_paragraph(line)
    path = tmp_path / "yongxin_afforestation.docx"
    doc.save(path)
    assert [t for t in _targets(path) if t[4] == "亩"] == [
        ("target", "完成人工造林任务", ">=", 1500, "亩", "禾川镇", "2025-12-31"),
        ("target", "完成人工造林任务", ">=", 1200, "亩", "石桥镇", "2025-12-31"),
        ("target", "完成人工造林任务", ">=", 2300, "亩", "其他乡镇", "2025-12-31"),
    ]


def test_a_figure_line_that_names_no_place_keeps_its_own_words(tmp_path):
    path = tmp_path / "fengxian_items.txt"
    path.write_text(TOWN_LINES.replace("    凤城镇        1.2万吨\n", "    新建收储中心  12个\n"), encoding="utf-8")
    found = _targets(path)
    assert ("target", "秸秆离田利用任务", ">=", 12, "个", "凤城镇", "2025-12-31") not in found
    assert not [t for t in found if t[3] == 12 and t[5] != "丰县"]


ROADS_HTML = """<html><head><meta charset="utf-8"><title>永新县农村公路提质改造行动方案</title></head><body>
<div class="content">
<h1>永新县人民政府办公室关于印发永新县农村公路提质改造行动方案的通知</h1>
<p>永府办字〔2025〕8号</p>
<p>各乡镇人民政府，县直各单位：</p>
<p>　　现将《永新县农村公路提质改造行动方案》印发给你们，请认真组织实施。</p>
<p style="text-align:right">永新县人民政府办公室</p>
<p style="text-align:right">2025年3月6日</p>
<p>　　一、主要任务</p>
<p>　　（一）实施窄路加宽。对通行需求大的四级公路实施加宽改造，2027年底前全县累计完成310公里，各乡镇任务见下表。（牵头单位：县交通运输局；配合单位：县财政局，各乡镇人民政府）</p>
<table border="1">
<caption>各乡镇农村公路加宽改造任务表（2025—2027年）</caption>
<tr><th>乡镇</th><th>加宽改造任务（公里）</th></tr>
<tr><td>禾川镇</td><td>80</td></tr>
<tr><td>石桥镇</td><td>70</td></tr>
<tr><td>龙源口镇</td><td>60</td></tr>
<tr><td>其他乡镇</td><td>100</td></tr>
<tr><td>合计</td><td>310</td></tr>
</table>
<p>　　（二）完善安防设施。2026年底前，县乡道安全生命防护工程实施率达到100%。（责任单位：县交通运输局）</p>
</div></body></html>
"""


def test_a_captioned_town_table_takes_the_captions_period_for_every_row(tmp_path):
    path = tmp_path / "yongxin_roads.html"
    path.write_text(ROADS_HTML, encoding="utf-8")
    doc, _, _ = extract_document(path)
    assert any(doc.text[s:e] == "各乡镇农村公路加宽改造任务表（2025—2027年）" for s, e in doc.paragraphs)
    found = [t for t in _targets(path) if t[4] == "公里"]
    assert found == [
        # the 合计 row restates the body's 310: one fact, the body's
        ("target", "农村公路加宽改造任务", ">=", 310, "公里", "永新县", "2027-12-31"),
        ("target", "农村公路加宽改造任务", ">=", 80, "公里", "禾川镇", "2027-12-31"),
        ("target", "农村公路加宽改造任务", ">=", 70, "公里", "石桥镇", "2027-12-31"),
        ("target", "农村公路加宽改造任务", ">=", 60, "公里", "龙源口镇", "2027-12-31"),
        ("target", "农村公路加宽改造任务", ">=", 100, "公里", "其他乡镇", "2027-12-31"),
    ]


PIPES_MD = """# 灵璧县人民政府办公室关于印发灵璧县农村供水管网更新改造实施方案的通知

灵政办〔2025〕5号

各乡镇人民政府，县直各单位：

现将《灵璧县农村供水管网更新改造实施方案》印发给你们，请认真贯彻落实。

灵璧县人民政府办公室

2025年4月2日

一、工作任务

到2026年底，全县改造老旧供水管网不少于600公里，各乡镇改造任务见下表。（牵头单位：县水利局；责任单位：各乡镇人民政府）

| 乡镇 | 管网改造任务（公里） |
|---|---|
| 灵城镇 | 150 |
| 娄庄镇 | 120 |
| 尹集镇 | 90 |
| 其余乡镇 | 240 |

二、主要指标

| 指标 | 2024年 | 2026年 | 属性 |
|---|---|---|---|
| 农村自来水普及率（%） | 91.5 | 96 | 约束性 |
| 规模化供水工程覆盖农村人 | 62 | 75 | 预期性 |
| 口比例（%） |  |  |  |
| 水质达标率（%） | 88 | 93 | 约束性 |
"""


def test_a_pipe_table_takes_the_one_date_of_its_lead_in_sentence_and_a_cut_name_is_joined(tmp_path):
    path = tmp_path / "lingbi_pipes.md"
    path.write_text(PIPES_MD, encoding="utf-8")
    found = _targets(path)
    assert [t for t in found if t[4] == "公里" and t[5] != "灵璧县"] == [
        ("target", "管网改造任务", ">=", 150, "公里", "灵城镇", "2026-12-31"),
        ("target", "管网改造任务", ">=", 120, "公里", "娄庄镇", "2026-12-31"),
        ("target", "管网改造任务", ">=", 90, "公里", "尹集镇", "2026-12-31"),
        ("target", "管网改造任务", ">=", 240, "公里", "其余乡镇", "2026-12-31"),
    ]
    assert [t for t in found if t[4] == "%"] == [
        ("actual", "农村自来水普及率", "=", 91.5, "%", "灵璧县", "2024-12-31"),
        ("target", "农村自来水普及率", ">=", 96, "%", "灵璧县", "2026-12-31"),
        ("actual", "规模化供水工程覆盖农村人口比例", "=", 62, "%", "灵璧县", "2024-12-31"),
        ("target", "规模化供水工程覆盖农村人口比例", ">=", 75, "%", "灵璧县", "2026-12-31"),
        ("actual", "水质达标率", "=", 88, "%", "灵璧县", "2024-12-31"),
        ("target", "水质达标率", ">=", 93, "%", "灵璧县", "2026-12-31"),
    ]


def test_a_lead_in_sentence_with_two_dates_dates_no_row(tmp_path):
    text = PIPES_MD.replace("到2026年底，全县改造老旧供水管网不少于600公里，各乡镇改造任务见下表。",
                            "2024年全县已改造老旧供水管网320公里，2026年底前再改造不少于600公里，各乡镇改造任务见下表。")
    path = tmp_path / "lingbi_pipes_two_dates.md"
    path.write_text(text, encoding="utf-8")
    assert [t[6] for t in _targets(path) if t[4] == "公里" and t[5] != "灵璧县"] == [None] * 4


def test_a_table_pointed_to_in_brackets_takes_the_date_its_sentence_opens_with(tmp_path):
    html = ROADS_HTML.replace("对通行需求大的四级公路实施加宽改造，2027年底前全县累计完成310公里，各乡镇任务见下表。",
                              "到2027年底，对通行需求大的四级公路实施加宽改造310公里（见下表）。")
    html = html.replace("<caption>各乡镇农村公路加宽改造任务表（2025—2027年）</caption>\n", "")
    path = tmp_path / "yongxin_roads_bracket.html"
    path.write_text(html, encoding="utf-8")
    assert [t for t in _targets(path) if t[4] == "公里" and t[5] != "永新县"] == [
        ("target", "加宽改造任务", ">=", 80, "公里", "禾川镇", "2027-12-31"),
        ("target", "加宽改造任务", ">=", 70, "公里", "石桥镇", "2027-12-31"),
        ("target", "加宽改造任务", ">=", 60, "公里", "龙源口镇", "2027-12-31"),
        ("target", "加宽改造任务", ">=", 100, "公里", "其他乡镇", "2027-12-31"),
    ]


_TOWN_ROWS = """    凤城镇        1.2万吨
    华山镇        9000吨
    欢口镇        8000吨
    其余各镇合计  3.5万吨"""


def test_a_pipe_table_of_towns_without_a_header_under_an_announcing_sentence(tmp_path):
    path = tmp_path / "fengxian_straw_pipes.txt"
    path.write_text(TOWN_LINES.replace(_TOWN_ROWS, "| 凤城镇 | 1.2万吨 |\n| 华山镇 | 9000吨 |\n| 欢口镇 | 8000吨 |\n"
                                                   "| 其余各镇合计 | 3.5万吨 |\n| 全县合计 | 6.4万吨 |"), encoding="utf-8")
    assert [t for t in _targets(path) if t[4] == "吨"] == [
        ("target", "秸秆离田利用任务", ">=", 12000, "吨", "凤城镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 9000, "吨", "华山镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 8000, "吨", "欢口镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 35000, "吨", "其余各镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 64000, "吨", "丰县", "2025-12-31"),  # the 合计 row: the county's own fact
    ]


def test_a_town_table_under_an_announcing_sentence_names_the_rest_without_its_total_word(tmp_path):
    path = tmp_path / "fengxian_straw_table.md"
    path.write_text(TOWN_LINES.replace(_TOWN_ROWS, "| 镇 | 离田利用任务（吨） |\n|---|---|\n| 凤城镇 | 12000 |\n"
                                                   "| 华山镇 | 9000 |\n| 其余各镇合计 | 35000 |"), encoding="utf-8")
    # the header's 离田利用任务 as the sentence names it more fully
    assert [t for t in _targets(path) if t[4] == "吨"] == [
        ("target", "秸秆离田利用任务", ">=", 12000, "吨", "凤城镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 9000, "吨", "华山镇", "2025-12-31"),
        ("target", "秸秆离田利用任务", ">=", 35000, "吨", "其余各镇", "2025-12-31"),
    ]


def test_a_whole_county_line_is_the_countys_and_a_generic_announcement_renames_nothing(tmp_path):
    path = tmp_path / "fengxian_straw_total.txt"
    path.write_text(TOWN_LINES.replace("其余各镇合计  3.5万吨", "其余各镇合计  3.5万吨\n    全县合计      6.4万吨"),
                    encoding="utf-8")
    assert ("target", "秸秆离田利用任务", ">=", 64000, "吨", "丰县", "2025-12-31") in _targets(path)
    path = tmp_path / "fengxian_generic.txt"
    path.write_text(TOWN_LINES.replace("2025年秸秆离田利用任务分解如下：", "2025年具体任务如下："), encoding="utf-8")
    assert not [t for t in _targets(path) if t[1] in ("具体任务", "任务")]
