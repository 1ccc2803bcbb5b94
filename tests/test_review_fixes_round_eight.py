"""A review's reproducers for the eighth round of fixes (blind sets 74–77: counted duties, classes of regions, year
plans, score tables, work groups given clause by clause), on notices of our own; each failed on the merged round before
its fix. Expected values were written by reading the notices against tests/ANNOTATION_GUIDE.md:

- a duty counted per period with one word (各乡镇实行每月一调度、每季度一通报。) is a count of 1 per period
  (调度次数, 通报次数 = 1 次) in a paragraph that holds no other figure too, not only beside a 一次 or a digit;
- a plan that divides up a year's 《政府工作报告》 (关于印发2024年《政府工作报告》重点工作任务分解方案的通知) is that year's
  work: its undated goals are due at the year's end; the report it names is no report of the notice (a 工作总结 or a
  …情况的报告 still is);
- a share of a national fund set aside for a class of regions (其中安排中西部地区资金不低于60%) is a share going to the
  class: it stays 全国, as 用于中西部地区的比例 does;
- a work group whose roles are given with the role first (组长由县政府办公室主任担任，县财政局、县机关事务中心为成员单位)
  is read like one given with the person first (由副县长某某任组长，…).
"""
from __future__ import annotations

from pipeline.runner import extract_document
from tests.notice_targets import written_targets

ROUNDS = ("铜川市应急管理局关于加强汛期安全管理工作的通知\n\n各区县应急管理局：\n"
          "一、各乡镇实行每月一调度、每季度一通报，及时掌握工作进展。\n"
          "二、加强值守。各单位严格落实领导带班制度。\n\n"
          "铜川市应急管理局\n2024年5月6日\n")


def test_a_count_in_one_word_in_a_paragraph_without_other_figures(tmp_path):
    targets = written_targets(tmp_path / "rounds.txt", ROUNDS)
    rows = {(t.kind, t.indicator_raw, t.comparator, t.value, t.unit) for t in targets}
    assert ("requirement", "调度次数", "=", 1, "次") in rows, rows
    assert ("requirement", "通报次数", "=", 1, "次") in rows, rows


REPORT_PLAN = ("白河县人民政府关于印发2024年《政府工作报告》重点工作任务分解方案的通知\n\n"
               "各镇人民政府，县政府各部门：\n"
               "一、主要目标\n全县生产总值增长7%左右，城镇新增就业1200人，粮食产量稳定在3万吨以上。\n\n"
               "白河县人民政府\n2024年2月20日\n")

SUMMARY = ("白河县人民政府关于2024年上半年重点工作推进情况的报告\n\n县人大常委会：\n"
           "全县粮食产量稳定在3万吨以上。\n\n白河县人民政府\n2024年7月20日\n")


def test_a_plan_dividing_up_a_years_government_work_report_is_that_years_work(tmp_path):
    targets = written_targets(tmp_path / "plan.txt", REPORT_PLAN)
    assert {t.value: t.deadline for t in targets} == {7: "2024-12-31", 1200: "2024-12-31", 30000: "2024-12-31"}


def test_a_report_of_the_year_is_still_no_year_plan(tmp_path):
    targets = written_targets(tmp_path / "summary.txt", SUMMARY)
    assert all(t.deadline is None for t in targets if t.value == 30000), targets


FUND = ("国家发展改革委关于下达2024年产业转移示范区建设中央预算内投资计划的通知\n\n"
        "各省、自治区、直辖市发展改革委：\n"
        "一、本批投资共计50亿元，其中安排中西部地区资金不低于60%。\n"
        "二、对中西部地区项目补助30%，对东部地区项目补助20%。\n\n"
        "国家发展改革委\n2024年3月1日\n")


def test_a_share_set_aside_for_a_class_of_regions_stays_national(tmp_path):
    targets = written_targets(tmp_path / "fund.txt", FUND)
    share = [t for t in targets if t.value == 60]
    assert share and share[0].scope == "全国" and "中西部地区" in share[0].indicator_raw, share
    assert [t.scope for t in targets if t.value == 30] == ["中西部地区"]
    assert [t.scope for t in targets if t.value == 20] == ["东部地区"]


GROUPS = ("镇坪县人民政府办公室关于成立镇坪县创建国家卫生县城工作指挥部的通知\n\n各镇人民政府，县政府各部门：\n"
          "为加强组织领导，县政府决定成立创建国家卫生县城工作指挥部，组成人员如下：\n"
          "总指挥：李文斌  县委副书记、县长\n"
          "成  员：刘  洋  县住建局局长\n"
          "指挥部下设两个工作组：\n"
          "（一）环境整治组。由副县长王磊任组长，县住建局任副组长单位，县城管局、县交通运输局为成员单位。\n"
          "（二）后勤保障组。组长由县政府办公室主任担任，县财政局、县机关事务服务中心为成员单位。\n\n"
          "镇坪县人民政府办公室\n2024年4月1日\n")


def test_a_work_group_given_role_first_is_read_like_one_given_person_first(tmp_path):
    path = tmp_path / "groups.txt"
    path.write_text(GROUPS, encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    groups = {f.name: f for f in results["taskforce"]}
    assert "环境整治组" in groups
    support = groups.get("后勤保障组")
    assert support is not None, list(groups)
    members = [(m.role, m.person, m.position, m.organization) for m in support.members]
    assert members[0][0] == "组长" and members[0][2] == "主任" and members[0][3] == "县政府办公室", members
    assert [m[3] for m in members[1:]] == ["县财政局", "县机关事务服务中心"], members
    for force in results["taskforce"]:
        for m in force.members:
            assert doc.text[m.char_start:m.char_end] == m.evidence


ARMED = ("岚皋县人民政府办公室关于成立岚皋县防汛抗旱指挥部的通知\n\n各镇人民政府：\n"
         "县政府决定成立县防汛抗旱指挥部，组成人员如下：\n"
         "指 挥 长：陈  刚  县委副书记、县长\n"
         "成    员：县人武部、县公安局、县水利局主要负责同志。\n\n"
         "岚皋县人民政府办公室\n2024年4月1日\n")


def test_units_by_post_opening_with_the_armed_forces_department(tmp_path):
    path = tmp_path / "armed.txt"
    path.write_text(ARMED, encoding="utf-8")
    _, results, _ = extract_document(str(path))
    members = [(m.role, m.organization, m.position) for f in results["taskforce"] for m in f.members]
    assert members[1:] == [("成员", "县人武部", "主要负责同志"), ("成员", "县公安局", "主要负责同志"),
                           ("成员", "县水利局", "主要负责同志")], members


BUDGET = ("紫阳县住房和城乡建设局关于做好既有住宅加装电梯工作的通知\n\n各镇人民政府：\n"
          "一、县财政局要将工作经费纳入年度预算。\n"
          "二、县住建局要将加装电梯补助资金纳入年度预算绩效管理。\n\n"
          "紫阳县住房和城乡建设局\n2024年3月1日\n")


def test_funds_put_into_the_years_budget_recur_but_its_performance_review_does_not(tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text(BUDGET, encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    tasks = {t.text[:5]: t for t in results["tasks"]}
    assert tasks["县财政局要"].recurrence == "annual", tasks
    assert tasks["县住建局要"].recurrence is None and tasks["县住建局要"].deadline is None, tasks
    for t in results["tasks"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
