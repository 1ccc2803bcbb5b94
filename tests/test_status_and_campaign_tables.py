"""Place tables that set a status column beside goal columns, in a notice that sets a campaign (a first run on blind
set 52 read the status column as goals and left the campaign's goals undated), each tried on a notice of another
place, topic, season and format than that set's:

- a status column (现有…/已有… in its header, or a column whose 合计 the lead-in already reports, in shorter words: 经营性
  场所数 for 经营性游泳场所) is an ``actual`` with ``=``; the places' rows are not dated by the lead-in's as-of date, the
  合计 that the prose states is that one fact, not a second;
- a goal column headed with the campaign's stretch (汛期巡查不少于（次）, 寒假检查不少于（次）, 暑期新建…) is a target due when
  the campaign the lead-in sets ends (于2024年6月1日至9月30日… / 7月至8月底…); its 合计 a fact of its own, the issuer's;
  a goal column naming no stretch stays undated, and so does a stretch column in a notice that sets no campaign;
- a header's closing bound (不少于) is the comparator, not the measure's words (汛期巡查次数), and a closing 目标 is the
  role, not the measure (群测群防员培训率).

Expected values were written by reading the notices.
"""
from __future__ import annotations

from tests.notice_targets import target_rows as _targets


FLOOD_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>平利县应急管理局关于开展2024年汛期地质灾害隐患排查专项行动的通知</title></head><body><div id="zoom">
<p>平利县应急管理局关于开展2024年汛期地质灾害隐患排查专项行动的通知</p>
<p>平应急发〔2024〕21号</p>
<p>各镇人民政府，县级有关部门：</p>
<p>为切实做好汛期地质灾害防范工作，县应急管理局决定于2024年6月1日至9月30日在全县开展汛期地质灾害隐患排查专项行动。截至2024年4月底，全县现有地质灾害隐患点86处。现将有关事项通知如下。</p>
<p>一、各镇排查任务</p>
<table border="1">
<tr><th>镇</th><th>现有地质灾害隐患点（处）</th><th>汛期巡查不少于（次）</th><th>群测群防员培训率目标</th></tr>
<tr><td>城关镇</td><td>30</td><td>12</td><td>100%</td></tr>
<tr><td>长安镇</td><td>25</td><td>10</td><td>95%</td></tr>
<tr><td>八仙镇</td><td>31</td><td>14</td><td>95%</td></tr>
<tr><td>合计</td><td>86</td><td>36</td><td>—</td></tr>
</table>
<p>二、工作要求</p>
<p>各镇要落实属地责任，及时上报排查情况。</p>
<p>平利县应急管理局</p>
<p>2024年5月20日</p>
</div></body></html>
"""


def test_an_html_table_of_towns_with_a_status_column_and_flood_season_goals(tmp_path):
    path = tmp_path / "flood_season_hazard_checks.html"
    path.write_text(FLOOD_HTML, encoding="utf-8")
    found = _targets(path)
    assert found == [
        ("actual", "地质灾害隐患点", "=", 86, "处", "平利县", "2024-04-30"),  # the lead-in's report, the 合计 with it
        ("actual", "现有地质灾害隐患点", "=", 30, "处", "城关镇", None),
        ("target", "汛期巡查次数", ">=", 12, "次", "城关镇", "2024-09-30"),
        ("target", "群测群防员培训率", ">=", 100, "%", "城关镇", None),
        ("actual", "现有地质灾害隐患点", "=", 25, "处", "长安镇", None),
        ("target", "汛期巡查次数", ">=", 10, "次", "长安镇", "2024-09-30"),
        ("target", "群测群防员培训率", ">=", 95, "%", "长安镇", None),
        ("actual", "现有地质灾害隐患点", "=", 31, "处", "八仙镇", None),
        ("target", "汛期巡查次数", ">=", 14, "次", "八仙镇", "2024-09-30"),
        ("target", "群测群防员培训率", ">=", 95, "%", "八仙镇", None),
        ("target", "汛期巡查次数", ">=", 36, "次", "平利县", "2024-09-30"),  # a 合计 no sentence states
    ]


WINTER_MD = """# 德阳市文化广电旅游局关于开展寒假经营性游泳场所安全专项检查的通知

各区（市、县）文化广电旅游局：

为保障群众寒假期间游泳安全，市文化广电旅游局决定于2024年1月15日至2月29日在全市开展寒假经营性游泳场所安全专项检查。截至2023年12月底，全市共有经营性游泳场所96个。

## 一、检查任务

| 区（市、县） | 经营性场所数（个） | 寒假检查不少于（次） | 救生员持证率（%） |
| :-- | --: | --: | --: |
| 旌阳区 | 40 | 6 | 100 |
| 什邡市 | 30 | 4 | 100 |
| 绵竹市 | 26 | 4 | 98 |
| **合计** | **96** | **14** | — |

## 二、工作要求

各区（市、县）文化广电旅游局要及时报送检查情况。

德阳市文化广电旅游局

2024年1月8日
"""


def test_a_pipe_table_whose_count_column_the_lead_in_reports_in_fuller_words(tmp_path):
    path = tmp_path / "winter_pool_checks.md"
    path.write_text(WINTER_MD, encoding="utf-8")
    found = _targets(path)
    # 经营性场所数 shortens 经营性游泳场所, whose 96 the lead-in reports: a status column, its 合计 that one fact
    assert [t for t in found if t[4] == "个"] == [
        ("actual", "经营性游泳场所", "=", 96, "个", "德阳市", "2023-12-31"),
        ("actual", "经营性游泳场所", "=", 40, "个", "旌阳区", None),
        ("actual", "经营性游泳场所", "=", 30, "个", "什邡市", None),
        ("actual", "经营性游泳场所", "=", 26, "个", "绵竹市", None),
    ]
    assert [t for t in found if t[4] == "次"] == [
        ("target", "寒假检查次数", ">=", 6, "次", "旌阳区", "2024-02-29"),
        ("target", "寒假检查次数", ">=", 4, "次", "什邡市", "2024-02-29"),
        ("target", "寒假检查次数", ">=", 4, "次", "绵竹市", "2024-02-29"),
        ("target", "寒假检查次数", ">=", 14, "次", "德阳市", "2024-02-29"),
    ]
    assert ("target", "救生员持证率", ">=", 98, "%", "绵竹市", None) in found


def test_a_docx_table_with_an_already_built_column_in_a_campaign_of_months(tmp_path):
    from docx import Document

    doc = Document()
    for line in ("芙蓉区应急管理局关于开展电动自行车消防安全专项整治的通知",
                 "各街道办事处，区直有关单位：",
                 "为遏制电动自行车火灾事故，区应急管理局决定7月至8月底在全区集中开展暑期电动自行车消防安全专项整治。",
                 "一、各街道任务"):
        doc.add_paragraph(line)
    rows = [("街道", "已有集中充电棚（个）", "暑期新建充电棚不少于（个）"),
            ("文艺路街道", "18", "6"), ("朝阳街街道", "12", "4"), ("合计", "30", "10")]
    table = doc.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    for line in ("二、工作要求", "各街道要加强巡查。", "芙蓉区应急管理局", "2024年6月20日"):
        doc.add_paragraph(line)
    path = tmp_path / "ebike_charging_sheds.docx"
    doc.save(str(path))
    found = _targets(path)
    assert found == [
        ("actual", "已有集中充电棚", "=", 18, "个", "文艺路街道", None),
        ("target", "暑期新建充电棚", ">=", 6, "个", "文艺路街道", "2024-08-31"),
        ("actual", "已有集中充电棚", "=", 12, "个", "朝阳街街道", None),
        ("target", "暑期新建充电棚", ">=", 4, "个", "朝阳街街道", "2024-08-31"),
        ("actual", "已有集中充电棚", "=", 30, "个", "芙蓉区", None),  # no sentence reports it: a fact of its own
        ("target", "暑期新建充电棚", ">=", 10, "个", "芙蓉区", "2024-08-31"),
    ]


def test_a_season_column_in_a_notice_setting_no_campaign_stays_undated(tmp_path):
    path = tmp_path / "summer_library_hours.txt"
    path.write_text(
        "泸水市文化和旅游局关于做好图书馆服务工作的通知\n"
        "各乡镇文化站：\n"
        "为方便群众阅读，现将各馆服务安排通知如下。\n"
        "乡镇\t馆藏图书（册）\t暑期开放不少于（天）\n"
        "六库镇\t12000\t40\n"
        "上江镇\t8000\t30\n"
        "泸水市文化和旅游局\n"
        "2024年6月3日\n", encoding="utf-8")
    found = _targets(path)
    # no campaign with a start and an end: 暑期 names no date; 馆藏图书 names no status, the lead-in reports none
    assert found == [
        ("target", "馆藏图书", ">=", 12000, "册", "六库镇", None),
        ("target", "暑期开放", ">=", 40, "天", "六库镇", None),
        ("target", "馆藏图书", ">=", 8000, "册", "上江镇", None),
        ("target", "暑期开放", ">=", 30, "天", "上江镇", None),
    ]


def test_the_campaign_a_lead_in_sets_and_the_headers_that_name_its_stretch():
    from extractors.targets.tables.campaign import campaign_end, names_campaign_period

    assert campaign_end("市农业农村局决定于2025年3月1日至5月31日在全市开展春季农资打假专项行动。", "2025-02-20").date == "2025-05-31"
    assert campaign_end("县市场监管局决定11月至12月底集中开展冬季燃气安全隐患排查整治。", "2024-10-15").date == "2024-12-31"
    assert campaign_end("到2025年底，全县建成充电桩500个。", "2024-10-15") is None  # a goal's date, no campaign
    assert names_campaign_period("汛期巡查不少于（次）") and names_campaign_period("春运期间抽检批次")
    assert not names_campaign_period("年度培训人次")


def test_a_pdf_table_of_towns_in_a_spring_travel_campaign(tmp_path):
    import shutil

    import pytest

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice prints the PDF (.ci/run installs it)")
    from tests.notice_docx import plain_a4_document, save_as_pdf

    doc = plain_a4_document()
    for line in ("镇坪县交通运输局关于开展2025年春运道路运输安全专项检查的通知",
                 "各镇人民政府，县级有关部门：",
                 "为确保春运期间群众安全出行，县交通运输局决定于2025年1月14日至2月22日在全县开展春运道路运输安全专项检查，"
                 "现将各镇检查任务通知如下。",
                 "一、各镇检查任务"):
        doc.add_paragraph(line)
    rows = [("镇", "现有农村客运车辆（辆）", "春运检查不少于（次）", "驾驶员培训率目标"),
            ("城关镇", "42", "8", "100%"), ("曾家镇", "17", "5", "95%"), ("合计", "59", "13", "—")]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    for line in ("二、工作要求", "各镇要加强道路巡查。", "镇坪县交通运输局", "2025年1月6日"):
        doc.add_paragraph(line)
    found = _targets(save_as_pdf(doc, tmp_path / "spring_travel_checks.pdf"))
    assert found == [
        ("actual", "现有农村客运车辆", "=", 42, "辆", "城关镇", None),
        ("target", "春运检查次数", ">=", 8, "次", "城关镇", "2025-02-22"),
        ("target", "驾驶员培训率", ">=", 100, "%", "城关镇", None),
        ("actual", "现有农村客运车辆", "=", 17, "辆", "曾家镇", None),
        ("target", "春运检查次数", ">=", 5, "次", "曾家镇", "2025-02-22"),
        ("target", "驾驶员培训率", ">=", 95, "%", "曾家镇", None),
        ("actual", "现有农村客运车辆", "=", 59, "辆", "镇坪县", None),  # no sentence reports the 合计: its own fact
        ("target", "春运检查次数", ">=", 13, "次", "镇坪县", "2025-02-22"),
    ]
