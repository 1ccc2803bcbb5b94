"""Table shapes a first run on blind sets 43–46 read as prose or missed, each tried on a notice of our own, of another
place, topic and wording (the notice text is inside each test):

- a table a post or app copy set out with one run of spaces between cells, so that its columns do not line up
  (``指标    2022年（基数）    2025年（目标）`` over ``家庭医生签约率（%）    45    60``): one fact per cell, the base
  column the state of that year, the target column the goal;
- a table of subsidies by thing and grade (``设备种类 | 容量/规格 | 最高补贴额（元/台）``): one support per row in the
  header's money unit, a ceiling; a figure in the grade's words (蒸发量4吨/小时以上) names the grade, no target;
- a project table with a column of the place each project is in (``所在县（区）``): that place is the scope of the
  project's figures; the period of the line leading to the table (2024—2025年…如下：) dates the figures and the
  projects' tasks when no column does;
- a checklist whose cells are a sign and a figure (``≥85%``, ``≤3个工作日``, ``不少于…的2倍``): named by the row's words,
  the sign the comparator, never ``≥``; a cell restating a figure of the body is that one fact;
- a table's 合计 row stating the body's figure for the same period is that one fact, its unit at the end of the long
  sentence leading to the table (``…任务见下表（单位：万吨）：``); a date bracket closing a header after its unit
  (``收储中心（个）（2025年）``) is no unit, nor a bracket of place levels (``其中：粮食主产县（市）``).

Expected values were written by reading the notices.
"""
from __future__ import annotations

from docx import Document

from pipeline.runner import extract_document


def _extract(path):
    doc, results, _ = extract_document(path)
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results


def _targets(results) -> list[tuple]:
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.deadline) for t in results["targets"]]


SPACED_TEXT = """凤台县人民政府办公室关于印发凤台县基层医疗卫生服务能力提升行动方案的通知
原创  凤台发布  2023-05-10 09:12

凤政办〔2023〕11号

各乡镇人民政府，县直各单位：
现将《凤台县基层医疗卫生服务能力提升行动方案》印发给你们，请认真贯彻执行。

凤台县人民政府办公室
2023年5月8日

一、工作目标
到2025年，基层医疗卫生服务能力明显提升。主要指标如下：
指标    2022年（基数）    2025年（目标）
家庭医生签约率（%）    45    60
标准化村卫生室（个）    120    135
每千人口基层床位数（张）    1.8    2.4

二、重点任务
县卫生健康委要会同各乡镇人民政府推进村卫生室标准化建设。
"""


def test_a_table_with_one_run_of_spaces_between_cells_is_read_cell_by_cell(tmp_path):
    path = tmp_path / "fengtai_jiceng_weisheng.txt"
    path.write_text(SPACED_TEXT, encoding="utf-8")
    got = _targets(_extract(path))
    by_value = {(t[3], t[0]): t for t in got}
    for base, goal, unit in ((45, 60, "%"), (120, 135, "个"), (1.8, 2.4, "张")):
        actual = by_value[(base, "actual")]
        assert (actual[2], actual[4], actual[6]) == ("=", unit, "2022-12-31")
        target = by_value[(goal, "target")]
        assert (target[2], target[4], target[6]) == (">=", unit, "2025-12-31")
    assert by_value[(45, "actual")][1].startswith("家庭医生签约率")
    assert by_value[(135, "target")][1].startswith("标准化村卫生室")
    # no figure of a cell glued to the next one (45 60) nor a header read as a figure
    assert not any(t[3] in (2022, 2025) for t in got)


SUBSIDY_TABLE = """<html><head><title>关于做好2024年老旧锅炉淘汰更新补贴工作的通知</title></head><body>
<h1>宁州省生态环境厅关于做好2024年老旧锅炉淘汰更新补贴工作的通知</h1>
<p>各市生态环境局：</p>
<p>为加快淘汰高耗能、高排放的老旧锅炉，推动工业企业和供热单位用能结构绿色低碳转型，减少大气污染物排放，改善全省环境空气质量，经研究，现就2024年老旧锅炉淘汰更新补贴工作有关事项通知如下。</p>
<p>一、补贴对象为在本省登记使用、运行满八年并于2024年内淘汰的在用锅炉的使用单位，淘汰后须同步更新为清洁能源锅炉或接入集中供热管网。</p>
<p>二、淘汰更新补贴标准按下表执行：</p>
<table>
<tr><td>设备种类</td><td>容量/规格</td><td>最高补贴额（元/台）</td></tr>
<tr><td>燃煤锅炉</td><td>2蒸吨以下</td><td>8000</td></tr>
<tr><td>燃煤锅炉</td><td>2—10蒸吨（含）</td><td>30000</td></tr>
<tr><td>生物质锅炉</td><td>蒸发量4吨/小时以上</td><td>45000</td></tr>
</table>
<p>宁州省生态环境厅</p>
<p>2024年4月2日</p>
</body></html>"""


def test_a_subsidy_table_by_thing_and_grade_gives_ceilings_in_the_headers_unit(tmp_path):
    path = tmp_path / "guolu_butie.html"
    path.write_text(SUBSIDY_TABLE, encoding="utf-8")
    got = _targets(_extract(path))
    supports = sorted((t[3], t[1], t[2], t[4]) for t in got if t[0] == "support")
    assert [(v, c, u) for v, _, c, u in supports] == [(8000, "<=", "元/台"), (30000, "<=", "元/台"),
                                                      (45000, "<=", "元/台")]
    names = [name for _, name, _, _ in supports]
    assert names[0].startswith("燃煤锅炉（2蒸吨以下）") and names[0].endswith("最高补贴额")
    assert names[2].startswith("生物质锅炉（蒸发量4吨/小时以上）")
    # the grade's 4吨/小时 is part of its name, no target of its own
    assert not any(t[3] == 4 for t in got)


PROJECT_TABLE = """# 丹江市推进夜间经济发展若干措施

丹政办发〔2024〕21号

各县（区）人民政府，市直各部门：

为繁荣夜间消费，制定以下措施。

## 一、重点项目

2024—2025年夜间经济重点项目清单如下：

| 序号 | 项目名称 | 所在县（区） | 总投资（万元） | 责任单位 |
|---|---|---|---|---|
| 1 | 滨江夜市街区改造项目 | 清源区 | 8500 | 清源区人民政府 |
| 2 | 古镇夜游灯光提升项目 | 石门县 | 3200 | 石门县人民政府 |

## 二、保障措施

市商务局要加强统筹协调。

丹江市人民政府办公室
2024年6月3日
"""


def test_a_project_tables_place_column_scopes_its_figures_and_the_lead_lines_period_dates_them(tmp_path):
    path = tmp_path / "danjiang_yejian_jingji.md"
    path.write_text(PROJECT_TABLE, encoding="utf-8")
    results = _extract(path)
    got = {t[3]: t for t in _targets(results)}
    assert (got[85000000][1], got[85000000][2], got[85000000][5], got[85000000][6]) == (
        "滨江夜市街区改造项目总投资", "=", "清源区", "2025-12-31")
    assert (got[32000000][5], got[32000000][6]) == ("石门县", "2025-12-31")
    tasks = {t.text: t for t in results["tasks"]}
    assert tasks["滨江夜市街区改造项目"].deadline == "2025-12-31"
    assert tasks["古镇夜游灯光提升项目"].deadline == "2025-12-31"


def _checklist_docx(path) -> None:
    doc = Document()
    doc.add_paragraph("临江市市场监督管理局关于开展电梯安全隐患专项排查的通知")
    doc.add_paragraph("各县（市、区）市场监督管理局：")
    doc.add_paragraph("一、排查要求")
    doc.add_paragraph("住宅电梯维保单位应当确保故障修复率不低于85%。")
    doc.add_paragraph("附件：排查要点表")
    table = doc.add_table(rows=4, cols=4)
    rows = [("序号", "排查项目", "排查内容", "量化要求"),
            ("1", "维保质量", "住宅电梯故障修复率", "≥85%"),
            ("2", "应急处置", "困人故障响应时间", "≤30分钟"),
            ("3", "备件储备", "常用备件储备数量", "不少于在保电梯台数的2倍")]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("临江市市场监督管理局")
    doc.add_paragraph("2024年9月12日")
    doc.save(path)


def test_a_checklists_signed_cells_are_named_by_their_rows_and_restate_the_body(tmp_path):
    path = tmp_path / "dianti_paicha.docx"
    _checklist_docx(path)
    got = _targets(_extract(path))
    assert not any(t[1] in ("≥", "≤") or not t[1] for t in got)
    by_value = {}
    for t in got:
        by_value.setdefault((t[3], t[4]), []).append(t)
    # 故障修复率 85%: said in the body and again in the checklist, one fact
    assert len(by_value[(85, "%")]) == 1 and by_value[(85, "%")][0][2] == ">="
    response = by_value[(30, "分钟")]
    assert len(response) == 1 and response[0][1] == "困人故障响应时间" and response[0][2] == "<="
    assert response[0][0] == "requirement"
    spare = by_value[(2, "倍")]
    assert len(spare) == 1 and spare[0][1] == "常用备件储备数量" and spare[0][2] == ">="


TOTAL_ROW = """<html><head><title>关于印发全省2025年秸秆综合利用工作方案的通知</title></head><body>
<h1>辽宁省农业农村厅关于印发全省2025年秸秆综合利用工作方案的通知</h1>
<p>各市（州）农业农村局：</p>
<p>2025年，全省秸秆综合利用量达到1500万吨以上，新建秸秆收储中心60个。各市（州）秸秆综合利用任务见下表（单位：万吨）：</p>
<table>
<tr><td>序号</td><td>市（州）</td><td>秸秆综合利用量</td><td>其中：粮食主产县（市）</td></tr>
<tr><td>1</td><td>沈阳市</td><td>620</td><td>210</td></tr>
<tr><td>2</td><td>铁岭市</td><td>480</td><td>170</td></tr>
<tr><td>3</td><td>丹东市</td><td>400</td><td>90</td></tr>
<tr><td colspan="2">合计</td><td>1500</td><td>470</td></tr>
</table>
<p>各地要在2025年11月底前将完成情况报送省农业农村厅。</p>
<p>辽宁省农业农村厅</p>
<p>2025年2月20日</p>
<p>附件</p>
<p>各市（州）秸秆收储中心建设任务</p>
<table>
<tr><td>市（州）</td><td>收储中心（个）<br>（2025年）</td><td>已建收储中心（个）<br>（截至2024年底）</td></tr>
<tr><td>沈阳市</td><td>25</td><td>40</td></tr>
<tr><td>铁岭市</td><td>20</td><td>31</td></tr>
<tr><td>丹东市</td><td>15</td><td>22</td></tr>
</table>
</body></html>"""


def test_a_total_row_stating_the_bodys_figure_is_that_fact_and_header_dates_are_no_units(tmp_path):
    path = tmp_path / "jiegan_liyong.html"
    path.write_text(TOTAL_ROW, encoding="utf-8")
    got = _targets(_extract(path))
    # 1500万吨 in the body and in the 合计 row: one fact, in 吨
    assert [t for t in got if t[3] == 15000000] == [
        ("target", "秸秆综合利用量", ">=", 15000000, "吨", "辽宁省", "2025-12-31")]
    places = {(t[5], t[3]) for t in got if t[4] == "吨"}
    assert {("沈阳市", 6200000), ("铁岭市", 4800000), ("丹东市", 4000000)} <= places
    # 其中：粮食主产县（市）: （市） is part of the words, the unit the lead sentence's 万吨
    part = [t for t in got if t[3] == 2100000]
    assert [(t[1], t[4], t[5]) for t in part] == [("粮食主产县（市）", "吨", "沈阳市")]
    # 收储中心（个）（2025年): the unit 个, the year the date; （截至2024年底） dates the state of each place
    built = [t for t in got if t[5] == "沈阳市" and t[4] == "个"]
    assert sorted((t[0], t[3], t[6]) for t in built) == [("actual", 40, "2024-12-31"), ("target", 25, "2025-12-31")]
    assert not any("（" in (t[1] or "") and "）（" in t[1] for t in got)
