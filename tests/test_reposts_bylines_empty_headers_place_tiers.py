"""Set 26's families in notices of our own (other cities, topics and wordings; expected values written by reading):

- a reader-mode Markdown save (徐汇区 卫健委): an italic byline with the web date and reading time between the title and
  the 文号, and a pipe table whose header row is empty (``| | | |``, the rule, then the real header) under its unit;
- a WeChat account's article (昆山) reposting a notice: headline, 原创 byline, 点击蓝字, a lead with a figure, a ▲
  caption, then the notice with its title, 文号 and 主送, then Q&A and 来源/编辑/审核; a tier range 30%（含）至50%;
- a table of caps by classes of places (甘肃 农村危房改造: 第一类地区 …) with a 最高 column per household in 万元 and a
  每月 column in 元.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.ingest.text_tables import pipe_table
from pipeline.runner import extract_document
from pipeline.structure import FRONT_NOISE

NOTICES = Path(__file__).resolve().parent / "notices"


def _run(name: str):
    doc, results, _ = extract_document(NOTICES / name)
    return doc, results["metadata"], results["targets"]


def _facts(targets):
    return {(t.value, t.value_max, t.unit, t.scope, t.comparator, t.deadline) for t in targets}


def test_pipe_table_with_an_empty_header_row_takes_its_first_row_of_words_as_header():
    lines = ["| | | |", "|---|---|---|", "| 县（区） | 2025年 | 2026年 |", "| 甲县 | 3 | 4 |", "| 乙区 | 2 | 5 |"]
    rows, header_rows, end = pipe_table(lines, 0)
    assert rows[0] == ["县（区）", "2025年", "2026年"]
    assert header_rows == 1 and end == 5 and len(rows) == 3


def test_a_byline_with_a_web_date_is_front_noise():
    assert FRONT_NOISE.match("*wsjkw.xuhui.gov.cn*·徐汇区卫生健康委员会·2024-05-08·阅读时长约6分钟")
    assert FRONT_NOISE.match("原创 昆山发布 2024-07-02 18:05 发表于江苏")
    assert not FRONT_NOISE.match("到2026年，全区新建社区卫生服务站30个。")


def test_reader_markdown_keeps_its_doc_number_and_recipients_under_the_byline():
    _, meta, targets = _run("md_xuhui_reader_byline_empty_header_table.md")
    assert meta.doc_number == "徐卫发〔2024〕12号"
    assert meta.recipients == ["各街道办事处", "华泾镇人民政府", "区属各医疗卫生单位"]
    assert meta.issue_date == "2024-04-30"
    assert not [t for t in targets if t.unit == "分钟"]  # 阅读时长约6分钟 is the page's, not the notice's


def test_empty_header_table_gives_one_fact_per_place_and_year():
    _, _, targets = _run("md_xuhui_reader_byline_empty_header_table.md")
    facts = _facts(targets)
    assert (2, None, "个", "湖南路街道", ">=", "2024-12-31") in facts
    assert (1, None, "个", "湖南路街道", ">=", "2026-12-31") in facts
    assert (3, None, "个", "漕河泾街道", ">=", "2024-12-31") in facts
    assert (4, None, "个", "华泾镇", ">=", "2024-12-31") in facts
    assert (2, None, "个", "华泾镇", ">=", "2026-12-31") in facts
    assert len([t for t in targets if t.scope in ("湖南路街道", "漕河泾街道", "华泾镇")]) == 9


def test_reposted_notice_under_an_article_lead_keeps_its_own_front_matter():
    _, meta, _ = _run("text_wechat_repost_kunshan_talent_housing.txt")
    assert meta.title == "昆山市人民政府办公室关于印发昆山市人才安居补贴办法的通知"
    assert meta.doc_number == "昆政办发〔2024〕33号"
    assert meta.doc_type == "通知"
    assert meta.recipients == ["各区管委会", "各镇人民政府", "各街道办事处", "市各委办局", "各直属单位"]
    assert meta.issue_date == "2024-06-28"


def test_the_article_lead_gives_no_targets_and_an_inclusive_lower_bound_joins_a_range():
    _, _, targets = _run("text_wechat_repost_kunshan_talent_housing.txt")
    values = {(t.value, t.unit) for t in targets}
    assert (800000, "元") not in values  # the headline's 最高补贴80万元
    assert (12, "条") not in values  # the lead's 共12条
    assert (600000, "元") in values  # 最高不超过60万元, in the notice
    assert (30, 50, "%") in {(t.value, t.value_max, t.unit) for t in targets}  # 增长30%（含）至50%


def test_classes_of_places_scope_their_caps_and_a_monthly_column_is_per_month():
    _, _, targets = _run("targets_gansu_housing_repair_area_classes.txt")
    facts = {(t.value, t.unit, t.scope, t.comparator) for t in targets}
    assert (35000, "元", "第一类地区", "<=") in facts
    assert (28000, "元", "第二类地区", "<=") in facts
    assert (20000, "元", "第三类地区", "<=") in facts
    assert (800, "元/月", "第一类地区", "<=") in facts
    assert (400, "元/月", "第三类地区", "<=") in facts
    assert all(t.kind == "support" for t in targets if t.scope.endswith("类地区"))


def test_work_requirement_items_of_a_command_notice_are_its_tasks():
    tasks = extract_document(NOTICES / "tasks_linxia_geohazard_command_work_requirements.txt")[1]["tasks"]
    expected = [  # the members' duties (二、成员单位职责) and the closing exhortation are no tasks
        ("各乡镇人民政府要于", [("responsible", "各乡镇人民政府")]),
        ("县财政局要将", [("responsible", "县财政局")]),
        ("县气象局要加强", [("responsible", "县气象局")]),
    ]
    got = [(t.text[:len(start)], [(a.role, a.canonical) for a in t.agencies]) for t, (start, _) in zip(tasks, expected)]
    assert len(tasks) == len(expected) and got == expected


def test_work_requirements_with_a_short_title_are_tasks_too(tmp_path):
    # the guide: a sentence telling a named organ what to do is a task, whether or not its item opens with a title
    text = (NOTICES / "tasks_linxia_geohazard_command_work_requirements.txt").read_text(encoding="utf-8")
    text = text.replace("（二）县财政局要将", "（二）落实防治经费。县财政局要将").replace(
        "（三）县气象局要加强", "（三）强化预报预警。县气象局要加强")
    path = tmp_path / "linxia_titled.txt"
    path.write_text(text, encoding="utf-8")
    tasks = extract_document(path)[1]["tasks"]
    starts = ["各乡镇人民政府要于2023", "落实防治经费。县财政局要将", "强化预报预警。县气象局要加强"]
    assert len(tasks) == len(starts) and all(t.text.startswith(s) for t, s in zip(tasks, starts))


TIME_LIMITS_NOTICE = """六安市应急管理局关于加强森林火险预警信息发布的通知

六应急〔2024〕9号

各县区应急管理局：

一、森林火险预警信息发布后20分钟内传递至各乡镇护林员。

二、监测设备在接到故障报告后48小时内完成维修。

六安市应急管理局
2024年3月1日
"""


def test_time_limits_of_a_service_counted_from_an_event_are_requirements(tmp_path):
    path = tmp_path / "luan_time_limits.txt"
    path.write_text(TIME_LIMITS_NOTICE, encoding="utf-8")
    targets = extract_document(path)[1]["targets"]
    facts = {(t.value, t.unit, t.comparator, t.kind) for t in targets}
    assert (20, "分钟", "<=", "requirement") in facts
    assert (48, "小时", "<=", "requirement") in facts


PER_SCHOOL_NOTICE = """遵义市体育局关于推进学校体育场地开放的通知

遵体发〔2024〕6号

各县（市、区）体育局：

一、对向社会开放的学校，按照每校每年3万元标准给予运行补助。

遵义市体育局
2024年2月20日
"""


def test_support_per_school_is_per_school(tmp_path):
    path = tmp_path / "zunyi_per_school.txt"
    path.write_text(PER_SCHOOL_NOTICE, encoding="utf-8")
    targets = extract_document(path)[1]["targets"]
    assert (30000, "元/校") in {(t.value, t.unit) for t in targets}
