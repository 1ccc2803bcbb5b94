"""Figures in tables that a first run on blind sets 35–38 missed, each tried on notices of our own in other places,
topics and formats (tests/notices/tables_*); expected values are written from the notices.

- a column of tasks over figures (2025年改造任务 | 150, 培训任务 | 3000) is a count per row, not a column of prose like
  主要任务; its measure is the table title's fuller words (…农村危房改造任务分解表 → 农村危房改造任务), the title read
  without its attachment label (附件2) or a bracketed note after 表 (（部分市）);
- a table copied out of a web page one cell per line, with no tab or pipe (指标 / 2023年 / 2026年 / 属性, then each
  row's cells), is a table whatever the format: lines of a text file, Markdown with a blank line between the cells,
  one ``<p>`` per cell in a page, one paragraph per cell in a DOCX; a 合计 row under 序号 comes without its number;
  short lines with no column of figures (a list of projects, a member list) stay text;
- two rows of one table with the same figure (国民体质监测合格率 ≥92, 青少年体质监测合格率 ≥92) are two facts;
- grades by reach (国家级 / 省级 / 市级 under 奖项级别, 国际A类 / 全国性 under 赛事等级) are a table of tiers: each row's
  award, named with what is graded, is support, capped where the header says 最高.
"""
import docx

from pipeline.runner import extract_document
from tests.notice_targets import NOTICES, checked_targets


def _facts(name: str) -> dict[tuple, tuple]:
    """(words, scope, value) → (comparator, unit, kind, deadline) of a test notice's targets."""
    return {(t.indicator_raw, t.scope, t.value): (t.comparator, t.unit, t.kind, t.deadline)
            for t in checked_targets(name)}


def _tables(name: str) -> list[list[list[str]]]:
    doc, _, _ = extract_document(str(NOTICES / name))
    return [[[cell.text for cell in row] for row in table.rows] for table in doc.tables]


def test_a_column_of_yearly_tasks_over_figures_counts_each_town():
    facts = _facts("tables_yueyang_town_task_columns.txt")
    for town, values in (("荣家湾镇", (150, 180)), ("黄沙街镇", (120, 130)), ("新墙镇", (90, 100))):
        for value, due in zip(values, ("2025-12-31", "2026-12-31")):
            assert facts[("农村危房改造任务", town, value)] == (">=", "户", "target", due)


def test_a_column_of_tasks_in_prose_stays_prose():
    facts = _facts("tables_yueyang_town_task_columns.txt")
    assert not [k for k in facts if k[0] and "主要任务" in k[0]]
    assert not [k for k in facts if k[1] in ("县住房城乡建设局", "各乡镇人民政府")]


def test_a_quota_column_named_task_in_a_pipe_table_under_an_attachment_label():
    facts = _facts("tables_shandong_teacher_quota_pipe_table.md")
    for city, value in (("济南市", 3000), ("青岛市", 2800), ("淄博市", 1500), ("临沂市", 4200)):
        assert facts[("乡村教师培训任务", city, value)] == (">=", "人", "target", "2024-12-31")
    assert facts[("骨干教师", "临沂市", 410)] == (">=", "人", "target", "2024-12-31")
    assert not [k for k in facts if k[0] and ("附件" in k[0] or "部分市" in k[0])]


def test_cells_one_per_line_make_an_indicator_table():
    name = "tables_mengyin_fitness_cells_one_per_line.txt"
    tables = _tables(name)
    assert tables[0][0] == ["指标", "2023年", "2026年", "属性"]
    assert tables[0][2] == ["经常参加体育锻炼人数比例（%）", "38.5", "≥42", "预期性"]
    facts = _facts(name)
    assert facts[("人均体育场地面积", "蒙阴县", 2.4)] == ("=", "平方米", "actual", "2023-12-31")
    assert facts[("人均体育场地面积", "蒙阴县", 2.8)] == (">=", "平方米", "target", "2026-12-31")
    assert facts[("经常参加体育锻炼人数比例", "蒙阴县", 42)] == (">=", "%", "target", "2026-12-31")


def test_two_rows_of_one_table_with_one_figure_are_two_facts():
    facts = _facts("tables_mengyin_fitness_cells_one_per_line.txt")
    assert facts[("国民体质监测合格率", "蒙阴县", 92)] == (">=", "%", "target", "2026-12-31")
    assert facts[("青少年体质监测合格率", "蒙阴县", 92)] == (">=", "%", "target", "2026-12-31")


def test_numbered_cells_one_per_line_with_a_total_row_without_its_number():
    name = "tables_mengyin_fitness_cells_one_per_line.txt"
    towns = _tables(name)[1]
    assert towns[0] == ["序号", "乡镇", "新建健身路径（条）"]
    assert towns[-1] == ["", "合计", "30"]
    facts = _facts(name)
    assert facts[("新建健身路径", "常路镇", 12)][:3] == (">=", "条", "target")
    assert facts[("新建健身路径", "野店镇", 8)][:3] == (">=", "条", "target")


def test_short_lines_without_a_column_of_figures_stay_text():
    name = "tables_mengyin_fitness_cells_one_per_line.txt"
    assert len(_tables(name)) == 2  # 序号 / 重点项目 / 责任单位 and the 组长 / 王建国 / 县长 lines are no table
    doc, results, _ = extract_document(str(NOTICES / name))
    assert "全民健身中心" in doc.text and "王建国" in doc.text


def test_cells_one_per_line_between_blank_lines_in_markdown():
    name = "tables_anhui_patent_awards_by_reach.md"
    assert _tables(name)[1][1] == ["有效发明专利拥有量（件）", "1850", "2600"]
    facts = _facts(name)
    assert facts[("有效发明专利拥有量", "宣城市", 1850)] == ("=", "件", "actual", "2023-12-31")
    assert facts[("每万人口高价值发明专利拥有量", "宣城市", 4.5)] == (">=", "件", "target", "2025-12-31")


def test_grades_by_reach_are_tiers_of_capped_awards():
    facts = _facts("tables_anhui_patent_awards_by_reach.md")
    assert facts[("国家级奖项奖励标准", "宣城市", 500000)] == ("<=", "元", "support", None)
    assert facts[("省级奖项奖励标准", "宣城市", 200000)] == ("<=", "元", "support", None)
    assert facts[("市级奖项奖励标准", "宣城市", 50000)] == ("<=", "元", "support", None)


def test_cells_one_per_paragraph_in_a_web_page():
    facts = _facts("tables_qingzhou_cells_in_paragraphs.html")
    assert facts[("居民综合阅读率", "青州市", 82.6)] == ("=", "%", "actual", "2023-12-31")
    assert facts[("居民综合阅读率", "青州市", 85)] == (">=", "%", "target", "2025-12-31")
    assert facts[("城市书房数量", "青州市", 30)] == (">=", "个", "target", "2025-12-31")
    assert facts[("新建城市书房", "青州市", 12)][:3] == (">=", "个", "target")  # the prose after the table


def test_cells_one_per_paragraph_in_a_docx(tmp_path):
    document = docx.Document()
    for line in ("汝州市人民政府办公室关于印发汝州市农村供水保障方案的通知", "各乡镇人民政府，市直各单位：",
                 "汝州市人民政府办公室", "2024年7月1日", "主要指标：",
                 "指标", "2023年", "2025年", "农村自来水普及率（%）", "93.2", "≥96",
                 "规模化供水工程覆盖农村人口比例（%）", "61", "≥70", "二、重点任务"):
        document.add_paragraph(line)
    path = tmp_path / "ruzhou_water.docx"
    document.save(path)
    doc, results, _ = extract_document(str(path))
    assert [[c.text for c in row] for row in doc.tables[0].rows][1] == ["农村自来水普及率（%）", "93.2", "≥96"]
    facts = {(t.indicator_raw, t.value): (t.comparator, t.unit, t.kind, t.deadline) for t in results["targets"]}
    assert facts[("农村自来水普及率", 96)] == (">=", "%", "target", "2025-12-31")
    assert facts[("规模化供水工程覆盖农村人口比例", 61)] == ("=", "%", "actual", "2023-12-31")
