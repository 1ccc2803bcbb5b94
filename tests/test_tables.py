"""Tables whose figures a first run on blind sets 39–42 missed or misread, each tried on a notice of our own, of
another place, topic and wording (the notice text is inside each test):

- a unit line naming one unit per kind of column (``单位：万亩、万元``): the money unit for the money column, the
  other for the rest, 万 multiplied out; the 合计 row that the body states is that one fact;
- a table of places set out in two blocks side by side (``镇 | 任务数（户） | 镇 | 任务数（户）``): one fact per place,
  named from the title (a header of 任务数/目标数 names no measure), not two per row;
- a table of places pasted one cell per line under a header of 嘎查村 (a level of places by its own name);
- a column whose 合计 row restates a body figure that names the measure more fully (年均创业培训人数 beside
  ``每年开展创业培训3000人以上``): every place's figure is named as the body names it;
- a table of subsidy standards by thing and grade (``车辆类型 | 档次 | 补贴额（元/辆）``): one support per row, named
  by thing, grade and what is paid;
- a table of standards by row (``就诊机构 | 住院起付线 | 住院报销比例``): one fact per cell, shares given support,
  thresholds requirements, a cell of 不设 left out; a score table's 分值 in 分 with its total.

Expected values were written by reading the notices.
"""
from __future__ import annotations

from pipeline.runner import extract_document


def _targets(tmp_path, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc, results, _ = extract_document(path)
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.deadline) for t in results["targets"]]


UNIT_LINE_OF_TWO = """<html><head><title>关于下达2025年高标准农田建设任务的通知</title></head><body>
<h1>安康市农业农村局关于下达2025年高标准农田建设任务的通知</h1>
<p>各县（市、区）农业农村局：</p>
<p>2025年全市新建高标准农田12万亩，安排建设补助资金18000万元。各县（市、区）任务见附件。</p>
<p>安康市农业农村局</p>
<p>2025年3月10日</p>
<p>附件</p>
<p>2025年各县（市、区）高标准农田建设任务表</p>
<p>单位：万亩、万元</p>
<table>
<tr><td>县（市、区）</td><td>新建高标准农田</td><td>建设补助资金</td></tr>
<tr><td>汉滨区</td><td>4.5</td><td>6750</td></tr>
<tr><td>旬阳市</td><td>4</td><td>6000</td></tr>
<tr><td>平利县</td><td>3.5</td><td>5250</td></tr>
<tr><td>合计</td><td>12</td><td>18000</td></tr>
</table>
</body></html>
"""


def test_a_unit_line_of_two_units_gives_each_column_its_own(tmp_path):
    found = _targets(tmp_path, "farmland.html", UNIT_LINE_OF_TWO)
    rows = [t for t in found if t[5] != "安康市"]
    assert rows == [
        ("target", "新建高标准农田", ">=", 45000, "亩", "汉滨区", "2025-12-31"),
        ("support", "建设补助资金", "=", 67500000, "元", "汉滨区", None),
        ("target", "新建高标准农田", ">=", 40000, "亩", "旬阳市", "2025-12-31"),
        ("support", "建设补助资金", "=", 60000000, "元", "旬阳市", None),
        ("target", "新建高标准农田", ">=", 35000, "亩", "平利县", "2025-12-31"),
        ("support", "建设补助资金", "=", 52500000, "元", "平利县", None),
    ]
    # the 合计 row states the body's two figures again: one fact each, in the unit the line gives
    city = [t[2:5] for t in found if t[5] == "安康市"]
    assert sorted(city) == [("=", 180000000, "元"), (">=", 120000, "亩")]
    assert not [t for t in found if t[4] is None]  # no bare 4.5 or 6750


SIDE_BY_SIDE = """南漳县人民政府办公室关于开展美丽庭院示范户创建的通知

各镇人民政府，县直各单位：

2025年全县创建美丽庭院示范户120户，各镇任务见附件。

南漳县人民政府办公室
2025年2月18日

附件

2025年美丽庭院示范户创建任务分解表

| 镇 | 任务数（户） | 镇 | 任务数（户） |
| --- | --- | --- | --- |
| 城关镇 | 30 | 武安镇 | 20 |
| 九集镇 | 25 | 李庙镇 | 15 |
| 长坪镇 | 18 | 薛坪镇 | 12 |
| 合计 | 120 |  |  |
"""


def test_a_table_in_two_blocks_side_by_side_gives_one_fact_per_place(tmp_path):
    found = _targets(tmp_path, "courtyards.md", SIDE_BY_SIDE)
    towns = sorted((t[5], t[3]) for t in found if t[5] != "南漳县")
    assert towns == [("九集镇", 25), ("城关镇", 30), ("李庙镇", 15), ("武安镇", 20), ("薛坪镇", 12), ("长坪镇", 18)]
    assert {t[1] for t in found if t[5] != "南漳县"} == {"美丽庭院示范户创建"}  # the title's measure, not 任务数
    assert {(t[0], t[2], t[4], t[6]) for t in found} == {("target", ">=", "户", "2025-12-31")}
    assert [t[3] for t in found if t[5] == "南漳县"] == [120]  # the 合计 row is the body's goal


STACKED_VILLAGES = """阿鲁科尔沁旗人民政府办公室关于下达2025年人工种草任务的通知

各苏木乡镇人民政府，旗直有关部门：

2025年全旗新增人工种草面积1500亩，任务分解如下：

嘎查村
新增人工种草面积（亩）
巴彦温都尔嘎查
600
罕苏木嘎查
500
坤都嘎查
400
合计
1500

阿鲁科尔沁旗人民政府办公室
2025年4月2日
"""


def test_a_table_of_villages_pasted_one_cell_per_line(tmp_path):
    found = _targets(tmp_path, "grass.txt", STACKED_VILLAGES)
    assert [t for t in found if t[5] != "阿鲁科尔沁旗"] == [
        ("target", "新增人工种草面积", ">=", 600, "亩", "巴彦温都尔嘎查", "2025-12-31"),
        ("target", "新增人工种草面积", ">=", 500, "亩", "罕苏木嘎查", "2025-12-31"),
        ("target", "新增人工种草面积", ">=", 400, "亩", "坤都嘎查", "2025-12-31"),
    ]
    assert [t[3] for t in found if t[5] == "阿鲁科尔沁旗"] == [1500]


RESTATED_COLUMN = """<html><body>
<h1>汉中市人力资源和社会保障局关于推进创业培训工作的通知</h1>
<p>各县（区）人力资源和社会保障局：</p>
<p>到2026年，全市每年开展创业培训3000人以上。各县（区）任务见附表。</p>
<p>汉中市人力资源和社会保障局</p>
<p>2025年5月6日</p>
<p>附表</p>
<p>各县（区）创业培训任务表</p>
<table>
<tr><td>县（区）</td><td>年均创业培训人数（人）</td></tr>
<tr><td>汉台区</td><td>1200</td></tr>
<tr><td>南郑区</td><td>1000</td></tr>
<tr><td>城固县</td><td>800</td></tr>
<tr><td>合计</td><td>3000</td></tr>
</table>
</body></html>
"""


def test_a_column_restating_a_body_goal_is_named_as_the_body_names_it(tmp_path):
    found = _targets(tmp_path, "training.html", RESTATED_COLUMN)
    counties = [t for t in found if t[5] != "汉中市"]
    assert [(t[5], t[3]) for t in counties] == [("汉台区", 1200), ("南郑区", 1000), ("城固县", 800)]
    city = [t for t in found if t[5] == "汉中市"]
    assert len(city) == 1 and city[0][3] == 3000  # the 合计 row is the body's goal, once
    assert {t[1] for t in counties} == {city[0][1]} and "创业培训" in city[0][1]


STANDARDS_BY_GRADE = """# 关于印发老旧营运货车提前淘汰补贴标准的通知

各市（州）交通运输局、财政局：

现将老旧营运货车提前淘汰补贴标准印发给你们，请遵照执行。

四川省交通运输厅

2025年1月20日

附件

老旧营运货车提前淘汰补贴标准

| 序号 | 车辆类型 | 档次 | 补贴额（元/辆） |
| --- | --- | --- | --- |
| 1 | 重型货车 | 国三排放 | 35000 |
| 2 | 重型货车 | 国四排放 | 28000 |
| 3 | 中型货车 | 国三及以下排放 | 18000 |
"""


def test_a_table_of_subsidies_by_thing_and_grade(tmp_path):
    found = _targets(tmp_path, "trucks.md", STANDARDS_BY_GRADE)
    assert found == [
        ("support", "重型货车（国三排放）补贴额", "=", 35000, "元/辆", "四川省", None),
        ("support", "重型货车（国四排放）补贴额", "=", 28000, "元/辆", "四川省", None),
        ("support", "中型货车（国三及以下排放）补贴额", "=", 18000, "元/辆", "四川省", None),
    ]


STANDARDS_BY_ROW = """遵义市医疗保障局关于调整城乡居民住院待遇的通知

各县（市、区）医疗保障局：

城乡居民住院待遇标准如下：

就诊机构\t住院起付线\t住院报销比例
村卫生室\t不设\t90%
乡镇卫生院\t100元\t85%
县级医院\t400元\t75%
市级及以上医院\t800元\t60%

年度考核内容及分值如下：

序号\t考核事项\t分值\t评分依据
1\t基金监管\t40\t检查记录
2\t待遇落实\t35\t结算数据
3\t经办服务\t25\t群众评价
合计\t\t100\t

遵义市医疗保障局
2025年6月3日
"""


def test_a_table_of_standards_by_row_and_a_score_table(tmp_path):
    found = _targets(tmp_path, "inpatient.txt", STANDARDS_BY_ROW)
    assert found == [
        ("support", "村卫生室住院报销比例", "=", 90, "%", "遵义市", None),  # 不设: no threshold
        ("requirement", "乡镇卫生院住院起付线", "=", 100, "元", "遵义市", None),
        ("support", "乡镇卫生院住院报销比例", "=", 85, "%", "遵义市", None),
        ("requirement", "县级医院住院起付线", "=", 400, "元", "遵义市", None),
        ("support", "县级医院住院报销比例", "=", 75, "%", "遵义市", None),
        ("requirement", "市级及以上医院住院起付线", "=", 800, "元", "遵义市", None),
        ("support", "市级及以上医院住院报销比例", "=", 60, "%", "遵义市", None),
        ("requirement", "基金监管分值", "=", 40, "分", "遵义市", None),
        ("requirement", "待遇落实分值", "=", 35, "分", "遵义市", None),
        ("requirement", "经办服务分值", "=", 25, "分", "遵义市", None),
        ("requirement", "总分值", "=", 100, "分", "遵义市", None),
    ]


SHARES_BY_GRADE = """# 株洲市商务局关于开展绿色智能家居产品消费补贴的通知

各县市区商务主管部门：

补贴标准如下：

| 产品类别 | 能效等级 | 补贴标准 | 最高补贴 |
| --- | --- | --- | --- |
| 智能门锁、智能马桶 | 2级 | 成交价格的10% | 500元 |
| 智能门锁、智能马桶 | 1级 | 成交价格的15% | 800元 |
| 智能晾衣架 | 1级 | 每台补助200元 | 200元 |

株洲市商务局

2025年7月1日
"""


def test_a_table_of_shares_and_caps_by_thing_and_grade(tmp_path):
    found = _targets(tmp_path, "smart_home.md", SHARES_BY_GRADE)
    assert found == [
        ("support", "智能门锁、智能马桶（2级）补贴比例", "=", 10, "%", "株洲市", None),  # a share in a 标准 column
        ("support", "智能门锁、智能马桶（2级）最高补贴", "<=", 500, "元", "株洲市", None),
        ("support", "智能门锁、智能马桶（1级）补贴比例", "=", 15, "%", "株洲市", None),
        ("support", "智能门锁、智能马桶（1级）最高补贴", "<=", 800, "元", "株洲市", None),
        ("support", "智能晾衣架（1级）补贴标准", "=", 200, "元/台", "株洲市", None),  # paid per thing
        ("support", "智能晾衣架（1级）最高补贴", "<=", 200, "元", "株洲市", None),
    ]
