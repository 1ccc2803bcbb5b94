"""Units and headers of tables (the forms blind sets 43-46 showed in an HTML table of towns, a Markdown 附表 of
posts and a table of hazard sites), on notices of our own in other places, topics and formats:

- the unit a table is given in before it: a ``<caption>`` (…建设任务表（单位：个）), a caption line (附表：…（单位：名）),
  or the end of the prose sentence that introduces it (…见下表（单位：万亩）：);
- a header cell with its unit in brackets and a second bracket dating its figures (现有公厕（座）<br>（截至2024年底）):
  the name without either, the unit the first, the date the second (截至 → the state then; 2025—2027年 → due at the end);
  2024年（基数） / 2027年（目标） column heads;
- brackets after a level of places are places ranked with it, no unit (县（市）, 市（州）, 镇（街道）); 其中 opens a part
  of the column before;
- columns headed only by the work done (已建 / 2025年新建) count the things the table's title names.

Expected values are written from the notices.
"""
from pipeline.runner import extract_document


def _targets(tmp_path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results["targets"]


def _facts(targets, scope: str) -> set[tuple]:
    return {(t.indicator_raw, t.value, t.unit, t.kind, t.deadline) for t in targets if t.scope == scope}


CAPTION_PAGE = """<html><head><meta charset="utf-8"><title>关岭县普惠托育服务扩容行动方案</title></head><body>
<div class="article"><h1>关岭县人民政府办公室关于印发关岭县普惠托育服务扩容行动方案的通知</h1>
<div class="content">
<p>各乡镇人民政府、街道办事处，县直各部门：</p>
<p>　　《关岭县普惠托育服务扩容行动方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">关岭县人民政府办公室</p>
<p style="text-align:right">2025年2月10日</p>
<p>　　一、工作目标。到2026年底，全县每千人口拥有3岁以下婴幼儿托位数达到4.5个。各乡镇（街道）任务见附表。</p>
<p>　　附表：关岭县2025—2026年普惠托育服务点建设任务表</p>
<table border="1">
<caption>关岭县2025—2026年普惠托育服务点建设任务表（单位：个）</caption>
<tr><th>乡镇（街道）</th><th>2024年底已建</th><th>2025年新建</th><th>2026年新建</th></tr>
<tr><td>关索街道</td><td>6</td><td>3</td><td>2</td></tr>
<tr><td>顶云街道</td><td>4</td><td>2</td><td>2</td></tr>
<tr><td>永宁镇</td><td>1</td><td>1</td><td>1</td></tr>
</table>
</div></div></body></html>
"""


def test_a_caption_gives_the_unit_and_names_the_things_columns_of_work_count(tmp_path):
    targets = _targets(tmp_path, "caption_nursery.html", CAPTION_PAGE)
    town = _facts(targets, "关索街道")
    # 2024年底已建 | 6 under …服务点建设任务表（单位：个）: the points there were at the end of 2024
    assert ("普惠托育服务点", 6, "个", "actual", "2024-12-31") in town
    # 2025年新建 | 3 / 2026年新建 | 2: new points to build by the end of each year
    assert ("新建普惠托育服务点", 3, "个", "target", "2025-12-31") in town
    assert ("新建普惠托育服务点", 2, "个", "target", "2026-12-31") in town
    assert not [t for t in targets if t.indicator_raw in ("已建", "新建")]


def test_a_caption_is_a_line_of_the_text_before_the_table(tmp_path):
    path = tmp_path / "caption_line.html"
    path.write_text(CAPTION_PAGE, encoding="utf-8")
    doc, _, _ = extract_document(str(path))
    caption = doc.text.find("建设任务表（单位：个）")
    assert caption != -1 and caption < doc.tables[0].char_start


AFFORESTATION = """遵义市林业局关于下达2025年国土绿化任务的通知

各县（市、区）林业局：

2025年，全市完成营造林任务不少于60万亩，其中人工造林20万亩、森林抚育40万亩，森林覆盖率稳定在62%以上，各县（市、区）任务见下表（单位：万亩）：

| 县（市、区） | 人工造林 | 森林抚育 |
| --- | --- | --- |
| 播州区 | 4.5 | 8 |
| 湄潭县 | 3 | 6.5 |
| 余庆县 | 2.5 | 5 |

遵义市林业局

2025年1月20日
"""


def test_a_unit_closing_the_sentence_before_a_table_scales_its_cells(tmp_path):
    targets = _targets(tmp_path, "afforestation.md", AFFORESTATION)
    facts = {(t.indicator_raw, t.value, t.unit, t.deadline) for t in targets if t.scope == "播州区"}
    # the sentence speaks of 2025 only: the cells are due at its end
    assert facts == {("人工造林", 45000, "亩", "2025-12-31"), ("森林抚育", 80000, "亩", "2025-12-31")}
    assert ("人工造林", 30000, "亩") in {(t.indicator_raw, t.value, t.unit) for t in targets if t.scope == "湄潭县"}


TOILETS_PAGE = """<html><head><meta charset="utf-8"><title>农村公厕建设</title></head><body>
<div class="article"><h1>镇宁县人民政府办公室关于印发镇宁县农村公厕建设三年行动方案（2025—2027年）的通知</h1>
<div class="content">
<p>各乡镇人民政府，县直有关部门：</p>
<p>　　现将《镇宁县农村公厕建设三年行动方案（2025—2027年）》印发给你们，请认真组织实施。</p>
<p style="text-align:right">镇宁县人民政府办公室</p>
<p style="text-align:right">2025年3月6日</p>
<p>　　附件：镇宁县农村公厕建设任务分解表</p>
<table border="1">
<tr><th>乡镇</th><th>现有公厕（座）<br>（截至2024年底）</th><th>新建公厕（座）<br>（2025—2027年）</th><th>改造户厕（户）<br>（2025—2027年）</th></tr>
<tr><td>城关镇</td><td>42</td><td>12</td><td>860</td></tr>
<tr><td>丁旗街道</td><td>35</td><td>9</td><td>640</td></tr>
</table>
</div></div></body></html>
"""


def test_a_second_bracket_in_a_header_dates_the_column_and_is_no_unit(tmp_path):
    targets = _targets(tmp_path, "toilets.html", TOILETS_PAGE)
    town = _facts(targets, "城关镇")
    assert ("现有公厕", 42, "座", "actual", "2024-12-31") in town
    assert ("新建公厕", 12, "座", "target", "2027-12-31") in town
    assert ("改造户厕", 860, "户", "target", "2027-12-31") in town
    assert not [t for t in targets if "（" in (t.indicator_raw or "") or "截至" in (t.unit or "")]


BASE_AND_GOAL = """安顺市卫生健康局关于下达农村卫生厕所普及率目标的通知

各县（区）卫生健康局：

附表：各县（区）农村卫生厕所普及率目标表（单位：%）

| 县（区） | 2024年（基数） | 2027年（目标） |
| --- | --- | --- |
| 西秀区 | 78 | 90 |
| 普定县 | 72 | 88 |

安顺市卫生健康局

2025年4月2日
"""


def test_base_and_goal_year_columns_name_the_title_measure(tmp_path):
    targets = _targets(tmp_path, "base_and_goal.md", BASE_AND_GOAL)
    facts = {(t.value, t.unit, t.kind, t.deadline) for t in targets if t.scope == "西秀区"}
    assert facts == {(78, "%", "actual", "2024-12-31"), (90, "%", "target", "2027-12-31")}
    assert all("农村卫生厕所普及率" in t.indicator_raw for t in targets if t.scope == "西秀区")


TEACHERS = """四川省教育厅关于下达2025年特岗教师招聘计划的通知

各市（州）教育局：

附表：2025年特岗教师招聘计划分配表（单位：名）

| 市（州） | 特岗教师 | 其中：民族县（市） | 音体美教师 |
| --- | --- | --- | --- |
| 凉山州 | 420 | 380 | 60 |
| 甘孜州 | 260 | 260 | 35 |
| 南充市 | 150 | — | 20 |

四川省教育厅

2025年3月12日
"""


def test_places_in_brackets_are_no_unit_and_of_which_opens_a_part(tmp_path):
    targets = _targets(tmp_path, "teachers.md", TEACHERS)
    facts = {(t.indicator_raw, t.value, t.unit) for t in targets if t.scope == "凉山州"}
    assert facts == {("特岗教师", 420, "名"), ("民族县（市）", 380, "名"), ("音体美教师", 60, "名")}
    assert not [t for t in targets if t.unit in ("市", "州")]
    assert "南充市" in {t.scope for t in targets}  # 市（州） is still the column of places


SCRAPED = """# 紫云县地质灾害隐患点搬迁避让工作方案

各乡镇人民政府：

为做好2025年地质灾害隐患点搬迁避让工作，制定本方案。

<table border="1"><caption>紫云县2025年地质灾害搬迁避让任务表（单位：户）</caption>
<tr><th>乡镇</th><th>搬迁避让</th></tr>
<tr><td>松山街道</td><td>36</td></tr>
<tr><td>猫营镇</td><td>21</td></tr>
</table>

紫云县人民政府办公室

2025年5月8日
"""


def test_the_caption_of_a_scraped_html_table_gives_its_unit(tmp_path):
    targets = _targets(tmp_path, "scraped_caption.md", SCRAPED)
    facts = {(t.indicator_raw, t.value, t.unit) for t in targets if t.scope == "松山街道"}
    assert facts == {("搬迁避让", 36, "户")}


GAP_TABLE = """雷山县人民政府办公室关于印发雷山县养老服务体系建设三年行动方案的通知

各乡镇人民政府，县直各部门：

到2027年，全县基本建成覆盖城乡的养老服务网络。主要指标如下：

指标名称    2024年（基数）    2027年（目标）
养老机构护理型床位占比（%）    42    60
村级互助养老服务点（个）    35    80
老年助餐点（个）    6    20

雷山县人民政府办公室
2025年3月18日
"""


def test_cells_separated_by_gaps_but_not_lined_up_are_read_in_order(tmp_path):
    # the gaps are of one width, so the cells of rows whose names differ in width do not line up in columns
    targets = _targets(tmp_path, "gap_table.txt", GAP_TABLE)
    facts = {(t.indicator_raw, t.value, t.unit, t.kind, t.deadline) for t in targets}
    assert {("村级互助养老服务点", 35, "个", "actual", "2024-12-31"),
            ("村级互助养老服务点", 80, "个", "target", "2027-12-31"),
            ("养老机构护理型床位占比", 60, "%", "target", "2027-12-31"),
            ("老年助餐点", 6, "个", "actual", "2024-12-31")} <= facts
