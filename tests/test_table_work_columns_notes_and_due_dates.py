"""Tables of places whose columns are named by the table's thing, and when and of what kind their figures are (a first run on
blind sets 63, 65, 66 and 67 named columns 建设任务新建 / 合计, read a 目标… column as a report, left rows of a 完成时限 column
with a 合计 row undated, dropped the figures of a 备注 cell and dated a table's goals by the 上年度 its shares were reckoned by),
each tried on notices of other places, topics and formats than those sets':

- a column headed only by its work (新建 / 改扩建 / 提升改造) under an upper header naming the work in general (建设任务（座）)
  counts the thing the caption names (农村公共厕所), under one naming the thing (村级卫生室（所）) that thing; the column of their
  sum (小计 / 合计) is named by the works joined (新建、改扩建农村公共厕所);
- a 合计 column of money whose total the lead-in states (城乡医疗救助补助资金共1200万元) is named by the lead-in's words;
- a column headed 目标… (目标筛查人数) holds goals (>=, dated by the lead-in's year), even where the lead-in's note speaks of
  情况;
- a 完成时限 column dates each row even when the 合计 row's cell is a dash;
- a 备注 cell naming a part of the row's work with a figure (含新建公办幼儿园4所) is a fact of that row's place;
- a table's goals with no date of their own are due when a sentence of the notice says their work is to be finished
  (…要于2024年9月底前完成新建社区食堂建设), not when a report on them is due, nor in the 上年度 the money was shared by.

Expected values were written by reading the notices.
"""
from __future__ import annotations

from tests.notice_targets import target_rows as _targets

TOILETS_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>临泉县人民政府办公室关于印发临泉县农村公共厕所建设提升行动方案的通知</title></head><body><div id="zoom">
<p>临泉县人民政府办公室关于印发临泉县农村公共厕所建设提升行动方案的通知</p>
<p>各乡镇人民政府，县直各单位：</p>
<p>现将《临泉县农村公共厕所建设提升行动方案》印发给你们，请认真贯彻执行。</p>
<p>临泉县人民政府办公室</p>
<p>2025年3月10日</p>
<p>一、目标任务</p>
<p>各乡镇年度建设任务见下表。</p>
<p>临泉县2025年农村公共厕所建设任务表</p>
<table border="1">
<tr><td rowspan="2">乡镇</td><td colspan="3">建设任务（座）</td><td rowspan="2">责任单位</td></tr>
<tr><td>新建</td><td>改扩建</td><td>小计</td></tr>
<tr><td>杨桥镇</td><td>6</td><td>4</td><td>10</td><td>杨桥镇人民政府</td></tr>
<tr><td>迎仙镇</td><td>5</td><td>2</td><td>7</td><td>迎仙镇人民政府</td></tr>
<tr><td>合计</td><td>11</td><td>6</td><td>17</td><td></td></tr>
</table>
<p>二、工作要求</p>
<p>各乡镇要加强督导。</p>
</div></body></html>
"""

CLINICS_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>通辽市卫生健康委员会关于下达2024年村级卫生室建设任务的通知</title></head><body><div id="zoom">
<p>通辽市卫生健康委员会关于下达2024年村级卫生室建设任务的通知</p>
<p>各旗县市区卫生健康委：</p>
<p>现将2024年村级卫生室建设任务下达给你们，请抓好落实。</p>
<table border="1">
<tr><td rowspan="2">旗县市区</td><td colspan="3">村级卫生室（所）</td></tr>
<tr><td>新建</td><td>提升改造</td><td>合计</td></tr>
<tr><td>科尔沁区</td><td>8</td><td>12</td><td>20</td></tr>
<tr><td>开鲁县</td><td>5</td><td>9</td><td>14</td></tr>
</table>
<p>通辽市卫生健康委员会</p>
<p>2024年4月2日</p>
</div></body></html>
"""

MEDICAL_AID_MD = """# 关于下达2025年城乡医疗救助补助资金的通知

各县（区）民政局、财政局：

2025年城乡医疗救助补助资金共1200万元，按照救助人数和财力状况等因素分配，分配结果如下：

| 县（区） | 中央资金（万元） | 省级资金（万元） | 合计（万元） |
|---|---:|---:|---:|
| 宁海县 | 400 | 200 | 600 |
| 象山县 | 350 | 250 | 600 |
| **合计** | **750** | **450** | **1200** |

请各地及时拨付到位。

宁波市民政局　　宁波市财政局

2025年5月8日
"""

SCREENING_TXT = """舒城县卫生健康委员会关于开展2025年农村妇女两癌免费筛查工作的通知

各乡镇卫生院：

为做好农村妇女两癌免费筛查工作，现将有关事项通知如下。

各乡镇2025年目标筛查人数见下表（各地可视报名情况适当调整）。

乡镇	目标筛查人数（人）	首次筛查完成时限
城关镇	1200	2025年6月30日
干汊河镇	800	2025年8月31日
合计	2000	

舒城县卫生健康委员会
2025年3月3日
"""

WATER_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>潜江市人民政府办公室关于印发潜江市农村供水保障实施方案的通知</title></head><body><div id="zoom">
<p>潜江市人民政府办公室关于印发潜江市农村供水保障实施方案的通知</p>
<p>各镇人民政府，市直有关部门：</p>
<p>现将《潜江市农村供水保障实施方案》印发给你们，请认真贯彻落实。</p>
<p>潜江市人民政府办公室</p>
<p>2024年2月20日</p>
<p>各镇年度任务见下表：</p>
<table border="1">
<tr><td>镇</td><td>改造供水管网（公里）</td><td>新建水厂（座）</td><td>完成时限</td></tr>
<tr><td>熊口镇</td><td>30</td><td>1</td><td>2024年底</td></tr>
<tr><td>龙湾镇</td><td>25</td><td>2</td><td>2025年6月底</td></tr>
<tr><td>合计</td><td>55</td><td>3</td><td>—</td></tr>
</table>
</div></body></html>
"""

KINDERGARTEN_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>赣州市教育局关于下达2025年学前教育建设任务的通知</title></head><body><div id="zoom">
<p>赣州市教育局关于下达2025年学前教育建设任务的通知</p>
<p>各县（市、区）教育局：</p>
<p>现将2025年学前教育建设任务下达给你们，具体见附件。</p>
<p>赣州市教育局</p>
<p>2025年2月14日</p>
<p>附件</p>
<p>赣州市2025年学前教育建设任务分解表</p>
<table border="1">
<tr><th>县（市、区）</th><th>新增学位（个）</th><th>备注</th></tr>
<tr><td>南康区</td><td>1800</td><td>含新建公办幼儿园4所</td></tr>
<tr><td>瑞金市</td><td>900</td><td>城区为主</td></tr>
</table>
</div></body></html>
"""

CANTEENS_MD = """# 关于下达2024年社区食堂建设补助资金的通知

各县（市）民政局：

经研究，现下达社区食堂建设补助资金，并就有关事项通知如下。

资金按照各县（市）上年度就餐人次等因素分配，分配结果如下：

| 县（市） | 新建社区食堂（个） | 补助资金（万元） |
|---|---:|---:|
| 临夏县 | 5 | 50 |
| 和政县 | 3 | 30 |

各县（市）民政局要于2024年9月底前完成新建社区食堂建设并投入运营，2024年11月30日前将新建社区食堂建设情况报送州民政局。

临夏回族自治州民政局

2024年5月6日
"""


def _written(tmp_path, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _targets(path)


def test_work_columns_under_a_general_upper_header_count_the_captions_thing(tmp_path):
    assert _written(tmp_path, "rural_toilets.html", TOILETS_HTML) == [
        ("target", "新建农村公共厕所", ">=", 6, "座", "杨桥镇", "2025-12-31"),
        ("target", "改扩建农村公共厕所", ">=", 4, "座", "杨桥镇", "2025-12-31"),
        ("target", "新建、改扩建农村公共厕所", ">=", 10, "座", "杨桥镇", "2025-12-31"),
        ("target", "新建农村公共厕所", ">=", 5, "座", "迎仙镇", "2025-12-31"),
        ("target", "改扩建农村公共厕所", ">=", 2, "座", "迎仙镇", "2025-12-31"),
        ("target", "新建、改扩建农村公共厕所", ">=", 7, "座", "迎仙镇", "2025-12-31"),
        ("target", "新建农村公共厕所", ">=", 11, "座", "临泉县", "2025-12-31"),  # 合计 row: no sentence states it
        ("target", "改扩建农村公共厕所", ">=", 6, "座", "临泉县", "2025-12-31"),
        ("target", "新建、改扩建农村公共厕所", ">=", 17, "座", "临泉县", "2025-12-31"),
    ]


def test_work_columns_under_an_upper_header_naming_the_thing(tmp_path):
    assert _written(tmp_path, "village_clinics.html", CLINICS_HTML) == [
        ("target", "新建村级卫生室", ">=", 8, "所", "科尔沁区", "2024-12-31"),
        ("target", "提升改造村级卫生室", ">=", 12, "所", "科尔沁区", "2024-12-31"),
        ("target", "新建、提升改造村级卫生室", ">=", 20, "所", "科尔沁区", "2024-12-31"),
        ("target", "新建村级卫生室", ">=", 5, "所", "开鲁县", "2024-12-31"),
        ("target", "提升改造村级卫生室", ">=", 9, "所", "开鲁县", "2024-12-31"),
        ("target", "新建、提升改造村级卫生室", ">=", 14, "所", "开鲁县", "2024-12-31"),
    ]


def test_a_total_column_of_money_is_named_by_the_fund_the_lead_in_sums(tmp_path):
    rows = [r for r in _written(tmp_path, "medical_aid_funds.md", MEDICAL_AID_MD) if r[5] != "宁波市"]
    assert rows == [
        ("support", "中央资金", "=", 4000000, "元", "宁海县", None),
        ("support", "省级资金", "=", 2000000, "元", "宁海县", None),
        ("support", "城乡医疗救助补助资金", "=", 6000000, "元", "宁海县", None),  # no date of the lead-in's fund year
        ("support", "中央资金", "=", 3500000, "元", "象山县", None),
        ("support", "省级资金", "=", 2500000, "元", "象山县", None),
        ("support", "城乡医疗救助补助资金", "=", 6000000, "元", "象山县", None),
    ]


def test_a_column_headed_as_a_goal_holds_goals_whatever_the_lead_ins_note_says(tmp_path):
    assert _written(tmp_path, "cancer_screening.txt", SCREENING_TXT) == [
        ("target", "目标筛查人数", ">=", 1200, "人", "城关镇", "2025-12-31"),  # a 首次筛查 deadline dates a part only
        ("target", "目标筛查人数", ">=", 800, "人", "干汊河镇", "2025-12-31"),
        ("target", "目标筛查人数", ">=", 2000, "人", "舒城县", "2025-12-31"),
    ]


def test_a_due_column_dates_each_row_beside_a_dashed_total(tmp_path):
    assert _written(tmp_path, "rural_water.html", WATER_HTML) == [
        ("target", "改造供水管网", ">=", 30, "公里", "熊口镇", "2024-12-31"),
        ("target", "新建水厂", ">=", 1, "座", "熊口镇", "2024-12-31"),
        ("target", "改造供水管网", ">=", 25, "公里", "龙湾镇", "2025-06-30"),
        ("target", "新建水厂", ">=", 2, "座", "龙湾镇", "2025-06-30"),
        ("target", "改造供水管网", ">=", 55, "公里", "潜江市", None),
        ("target", "新建水厂", ">=", 3, "座", "潜江市", None),
    ]


def test_a_figure_in_a_note_cell_is_a_fact_of_its_rows_place(tmp_path):
    assert _written(tmp_path, "kindergartens.html", KINDERGARTEN_HTML) == [
        ("target", "新增学位", ">=", 1800, "个", "南康区", "2025-12-31"),
        ("target", "新建公办幼儿园", ">=", 4, "所", "南康区", "2025-12-31"),
        ("target", "新增学位", ">=", 900, "个", "瑞金市", "2025-12-31"),  # 城区为主: words only
    ]


def test_table_goals_are_due_when_a_sentence_says_their_work_is_finished(tmp_path):
    assert _written(tmp_path, "community_canteens.md", CANTEENS_MD) == [
        ("target", "新建社区食堂", ">=", 5, "个", "临夏县", "2024-09-30"),  # not 上年度, nor the report's 11月30日
        ("support", "补助资金", "=", 500000, "元", "临夏县", None),
        ("target", "新建社区食堂", ">=", 3, "个", "和政县", "2024-09-30"),
        ("support", "补助资金", "=", 300000, "元", "和政县", None),
    ]


def test_a_note_of_money_or_words_adds_no_fact():
    from extractors.targets.tables.note_figures import note_figures
    from pipeline.model import Cell

    for note in ("含省级资金20万元", "城区为主", "已含在上年任务中"):
        assert note_figures(note, Cell(text=note, char_start=0, char_end=len(note))) == []
    got = note_figures("其中：新建社区食堂5个", Cell(text="其中：新建社区食堂5个", char_start=0, char_end=11))
    assert [(words, q.value, q.unit) for words, q in got] == [("新建社区食堂", 5, "个")]
