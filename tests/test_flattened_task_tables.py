"""Task tables (任务分工表) flattened to one cell per line by a copy that lost the table's borders (blind set 58: a
district's WeChat copy whose only assigned tasks sat in such an annex), on notices of our own in other places, topics,
formats and layouts (expected values written by reading them):

- 绵阳 (gas safety, text): five columns opened by 序号; a task cell wrapped over two lines, two partners stacked one a
  line, an empty partner cell written ``/``, a period (`2024—2026年`: due at its end, ongoing), `长期坚持`, `每季度末`;
- 鹤峰 (village upkeep, text): four columns without 序号 (工作任务 / 责任单位 / 配合单位 / 完成时间); a wrapped task, a
  `—` cell, `常态化开展`, and the signature and date after the table left out of its last row;
- 安顺 (cooking fumes, a web page with one ``<p>`` a cell): four columns with 序号 and no partner column, two
  responsible units stacked in one cell, `每月`, `持续开展`;
- 遂宁 (school meals, DOCX with one paragraph a cell): a partner cell the copy left out altogether, a header
  `责任单位（第一个为牵头单位）`;
- 揭阳 (night economy, Markdown): four columns without 序号 opened by a category column merged over two rows (its cell
  written once), `每年汛期前`;
- a market plan naming no place (text): a table without 序号 in the middle of the text ends where a heading
  (`二、保障措施`) opens the text again; the sentences under it are not cells;
- prose whose lines happen to be column words (重点任务 / 时间安排 / 牵头单位 …) stays prose: no table is made and the
  sentences' own tasks are read as before.
"""
from __future__ import annotations

from pathlib import Path

import docx

from pipeline.ingest import read_file
from pipeline.runner import extract_document
from tests.assigned_tasks import assigned_tasks

GAS = """绵阳市城镇燃气安全专项整治工作方案

各县（市、区）人民政府，市级有关部门：
为全面排查整治城镇燃气安全风险，制定本方案。

一、工作目标
到2025年底，全市燃气用户安全检查覆盖率达到100%。

二、保障措施
各牵头单位要加强统筹，定期报送进展。

附件
绵阳市城镇燃气安全专项整治任务清单
序号
主要任务
牵头单位
配合单位
完成时限
1
开展燃气经营企业安全检查，对不符合条件的企业依法
撤销经营许可
市住房城乡建设委
市应急局、市市场监管局
2024年9月底前
2
推进老旧燃气管网更新改造
市住房城乡建设委
市发展改革委
市财政局
2024—2026年
3
建立燃气安全信息共享平台
市大数据中心
/
长期坚持
4
组织燃气安全进社区宣传活动
各县（市、区）人民政府
市住房城乡建设委、市消防救援支队
每季度末
绵阳市人民政府办公室
2024年5月8日
"""

VILLAGES = """鹤峰县农村人居环境整治提升行动实施方案

各乡镇人民政府，县直有关单位：
现将有关事项通知如下。

一、主要任务
（一）推进农村厕所革命。
（二）加强生活垃圾治理。

二、任务分工
工作任务
责任单位
配合单位
完成时间
完成农村户厕问题摸排整改，建立问题清单和整改台账，实行销号管理
县农业农村局
县卫生健康局
2024年10月底前
推进农村生活垃圾分类
试点，每个乡镇至少建成1个示范村
各乡镇人民政府
—
2025年12月底前
开展村庄清洁行动
县农业农村局
县妇联、县团委
常态化开展

鹤峰县人民政府办公室
2024年6月3日
"""

FUMES = """<html><head><title>关于印发安顺市餐饮油烟污染治理工作方案的通知</title></head><body>
<h1>关于印发安顺市餐饮油烟污染治理工作方案的通知</h1>
<p>各区（县）人民政府，市直有关部门：</p>
<p>现将《安顺市餐饮油烟污染治理工作方案》印发给你们，请认真抓好落实。</p>
<p>附件</p>
<p>餐饮油烟污染治理任务分解表</p>
<p>序号</p><p>工作内容</p><p>责任单位</p><p>时间节点</p>
<p>1</p><p>全面排查城区餐饮服务单位油烟净化设施安装使用情况</p><p>市生态环境局</p><p>2024年8月31日前</p>
<p>2</p><p>督促餐饮服务单位定期清洗油烟净化设施</p><p>市市场监管局</p><p>每月</p>
<p>3</p><p>对群众反映强烈的油烟扰民问题开展联合执法</p><p>市综合行政执法局</p><p>市生态环境局</p><p>持续开展</p>
<p>安顺市人民政府办公室</p>
<p>2024年7月1日</p>
</body></html>
"""

MEALS = [
    "遂宁市教育局　遂宁市市场监督管理局",
    "关于加强中小学校食堂管理工作的通知",
    "各县（区）教育局、市场监督管理局，市直属学校：",
    "为保障学生用餐安全，现将重点任务分工通知如下。",
    "附件",
    "中小学校食堂管理重点任务分工",
    "序号", "重点任务", "责任单位（第一个为牵头单位）", "配合单位", "完成时限",
    "1", "全面落实校长陪餐制度，建立陪餐记录", "市教育局", "市市场监管局", "2024年9月30日前",
    "2", "开展学校食堂食品安全专项检查", "市市场监管局、市教育局", "市卫生健康委", "每学期开学前",
    # the partner cell of this row was left out of the copy altogether
    "3", "推进学校食堂“互联网+明厨亮灶”建设", "各县（区）教育局", "2025年底前",
    "遂宁市教育局",
    "2024年8月20日",
]

NIGHT = """# 揭阳市促进夜间经济发展若干措施

各县（市、区）人民政府，市直有关单位：

为繁荣夜间消费，制定以下措施。

附件：重点任务清单

任务类别
重点任务
牵头单位
完成时限
丰富夜间业态
打造3条夜间经济特色街区
市商务局
2025年6月底前
延长公共文化场馆开放时间
市文化广电旅游体育局
2024年12月底前
优化夜间服务
增开夜间公交线路，加密重点时段班次
市交通运输局
每年汛期前
"""

MARKETS = """关于推进智慧农贸市场建设的通知

各区人民政府：
一、任务分工
重点任务
责任单位
完成时限
建设智慧农贸市场
市商务局
2025年底前
推进农贸市场升级改造
各区人民政府
2025年6月底前
二、保障措施
市财政局要统筹安排资金。
各区要加强组织领导，市商务局
定期调度。
三、工作要求
请于每月5日前报送进展。
"""

PROSE = """关于做好2024年防汛工作的通知

各镇（街道），县直各部门：
重点任务
牵头单位
时间安排
县水利局要于2024年5月底前完成水库安全检查。
县应急局要组织开展防汛演练。
各镇（街道）要落实值班制度。
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _table_rows(path: Path) -> list[list[str]]:
    return [row for block in read_file(path).blocks if block.kind == "table" for row in (block.rows or [])]


def test_five_columns_with_row_numbers_a_wrapped_task_stacked_partners_and_an_empty_cell(tmp_path):
    path = _write(tmp_path, "mianyang_gas.txt", GAS)
    assert _table_rows(path)[0] == ["序号", "主要任务", "牵头单位", "配合单位", "完成时限"]
    assert assigned_tasks(path) == [
        ("开展燃气经营企业安全检查，对不符合条件的企业依法撤销经营许可",
         [("lead", "市住房城乡建设委"), ("partner", "市应急局"), ("partner", "市市场监管局")], "2024-09-30", "once"),
        ("推进老旧燃气管网更新改造",
         [("lead", "市住房城乡建设委"), ("partner", "市发展改革委"), ("partner", "市财政局")], "2026-12-31", "ongoing"),
        ("建立燃气安全信息共享平台", [("lead", "市大数据中心")], None, "ongoing"),
        ("组织燃气安全进社区宣传活动",
         [("lead", "各县（市、区）人民政府"), ("partner", "市住房城乡建设委"), ("partner", "市消防救援支队")],
         None, "quarterly"),
    ]


def test_four_columns_without_row_numbers_stop_before_the_signature(tmp_path):
    path = _write(tmp_path, "hefeng_villages.txt", VILLAGES)
    rows = _table_rows(path)
    assert rows[-1] == ["开展村庄清洁行动", "县农业农村局", "县妇联、县团委", "常态化开展"]
    assert assigned_tasks(path) == [
        ("完成农村户厕问题摸排整改，建立问题清单和整改台账，实行销号管理",
         [("responsible", "县农业农村局"), ("partner", "县卫生健康局")], "2024-10-31", "once"),
        ("推进农村生活垃圾分类试点，每个乡镇至少建成1个示范村", [("responsible", "各乡镇人民政府")], "2025-12-31", "once"),
        ("开展村庄清洁行动", [("responsible", "县农业农村局"), ("partner", "县妇联"), ("partner", "县团委")], None, "ongoing"),
    ]


def test_a_web_page_with_a_paragraph_a_cell_and_two_units_stacked_in_one_cell(tmp_path):
    path = _write(tmp_path, "anshun_fumes.html", FUMES)
    assert assigned_tasks(path) == [
        ("全面排查城区餐饮服务单位油烟净化设施安装使用情况", [("responsible", "市生态环境局")], "2024-08-31", "once"),
        ("督促餐饮服务单位定期清洗油烟净化设施", [("responsible", "市市场监管局")], None, "monthly"),
        ("对群众反映强烈的油烟扰民问题开展联合执法",
         [("responsible", "市综合行政执法局"), ("responsible", "市生态环境局")], None, "ongoing"),
    ]


def test_a_word_file_whose_copy_left_a_partner_cell_out(tmp_path):
    document = docx.Document()
    for line in MEALS:
        document.add_paragraph(line)
    path = tmp_path / "suining_school_meals.docx"
    document.save(str(path))
    rows = _table_rows(path)
    assert rows[3] == ["3", "推进学校食堂“互联网+明厨亮灶”建设", "各县（区）教育局", "", "2025年底前"]
    got = assigned_tasks(path)
    assert [(text, agencies) for text, agencies, _, _ in got] == [
        ("全面落实校长陪餐制度，建立陪餐记录", [("lead", "市教育局"), ("partner", "市市场监管局")]),
        ("开展学校食堂食品安全专项检查", [("lead", "市市场监管局"), ("responsible", "市教育局"), ("partner", "市卫生健康委")]),
        ("推进学校食堂“互联网+明厨亮灶”建设", [("lead", "各县（区）教育局")]),
    ]
    assert [(deadline, recurrence) for _, _, deadline, recurrence in got][::2] == [("2024-09-30", "once"),
                                                                                  ("2025-12-31", "once")]


def test_a_category_cell_written_once_for_two_rows_is_filled_down(tmp_path):
    path = _write(tmp_path, "jieyang_night_economy.md", NIGHT)
    tasks = extract_document(path)[1]["tasks"]
    assert [(t.text, t.category, [(a.role, a.name_raw) for a in t.agencies], t.deadline, t.recurrence)
            for t in tasks] == [
        ("打造3条夜间经济特色街区", "丰富夜间业态", [("lead", "市商务局")], "2025-06-30", "once"),
        ("延长公共文化场馆开放时间", "丰富夜间业态", [("lead", "市文化广电旅游体育局")], "2024-12-31", "once"),
        ("增开夜间公交线路，加密重点时段班次", "优化夜间服务", [("lead", "市交通运输局")], None, "annual"),
    ]


def test_a_table_without_numbers_ends_where_a_heading_opens_the_text_again(tmp_path):
    path = _write(tmp_path, "market_upgrade.txt", MARKETS)
    assert _table_rows(path) == [
        ["重点任务", "责任单位", "完成时限"],
        ["建设智慧农贸市场", "市商务局", "2025年底前"],  # a short task that ends as a place's name does
        ["推进农贸市场升级改造", "各区人民政府", "2025年6月底前"],
    ]
    texts = [block.text for block in read_file(path).blocks if block.kind == "text"]
    assert texts[-6:] == ["二、保障措施", "市财政局要统筹安排资金。", "各区要加强组织领导，市商务局", "定期调度。", "三、工作要求",
                          "请于每月5日前报送进展。"]


def test_prose_whose_lines_are_column_words_stays_prose(tmp_path):
    path = _write(tmp_path, "flood_prose.txt", PROSE)
    assert _table_rows(path) == []
    got = assigned_tasks(path)
    assert [(text[:8], agencies) for text, agencies, _, _ in got] == [
        ("县水利局要于20", [("responsible", "县水利局")]),
        ("县应急局要组织开", [("responsible", "县应急局")]),
        ("各镇（街道）要落", [("responsible", "各镇（街道）")]),
    ]
