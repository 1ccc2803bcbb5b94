"""The three strict xfails of review rounds seven and eight, each in other wordings, topics and places of our own
(expected values written by reading the notices against tests/ANNOTATION_GUIDE.md):

- an organ told a round of work that starts on a given day, with no modal between (X自2025年1月起每季度开展…抽查 /
  X从2025年起每年向…报告): a task recurring as the round says, as with 要 after the organ;
- a share of a standard or an amount paid to a class (单人户按特困供养标准的120%发放 / 按当地最低工资标准的30%发放): support,
  not a goal named by the clause's words;
- a line of units sending one post that opens with the armed forces department (人武部 / 武装部 / 人民武装部): one
  member per unit, the department too.
"""
from __future__ import annotations

from pipeline.runner import extract_document
from tests.notice_targets import written_targets


def _tasks(tmp_path, body: str):
    text = f"平利县人民政府办公室关于加强食品安全监管工作的通知\n\n各镇人民政府，县政府各部门：\n{body}\n\n平利县人民政府办公室\n2024年11月5日\n"
    path = tmp_path / "tasks.txt"
    path.write_text(text, encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    for t in results["tasks"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results["tasks"]


def test_a_quarterly_round_from_a_month_on_is_a_task(tmp_path):
    tasks = _tasks(tmp_path, "一、县市场监管局从2025年1月起每季度开展一次校园食品安全抽查。")
    assert [t.recurrence for t in tasks if "抽查" in t.text] == ["quarterly"]


def test_a_yearly_report_from_a_year_on_is_a_task(tmp_path):
    tasks = _tasks(tmp_path, "一、县审计局自2025年起每年向县政府报告专项资金审计情况。")
    assert [t.recurrence for t in tasks if "审计" in t.text] == ["annual"]


def test_a_start_without_a_round_tells_no_work(tmp_path):
    tasks = _tasks(tmp_path, "一、县市场监管局自2020年组建以来，累计查处违法案件120件。")
    assert [t for t in tasks if "查处" in t.text] == []


def _supports(tmp_path, body: str):
    text = f"镇坪县民政局关于提高特困人员救助供养标准的通知\n\n各镇人民政府：\n{body}\n\n镇坪县民政局\n2024年7月8日\n"
    return written_targets(tmp_path / "support.txt", text)


def test_a_share_of_a_standard_paid_to_single_households_is_support(tmp_path):
    targets = _supports(tmp_path, "一、特困人员基本生活标准调整为每人每月950元，单人户按特困供养标准的120%发放。")
    assert [t.kind for t in targets if t.value == 120] == ["support"]


def test_a_share_of_a_wage_standard_paid_to_a_class_is_support(tmp_path):
    targets = _supports(tmp_path, "一、完全丧失生活自理能力的分散供养人员按当地最低工资标准的30%发放。")
    assert [t.kind for t in targets if t.value == 30] == ["support"]


def test_a_share_reached_with_no_standard_paid_stays_a_goal(tmp_path):
    targets = _supports(tmp_path, "一、到2025年底，全县特困人员集中供养率达到60%。")
    assert [t.kind for t in targets if t.value == 60] == ["target"]


def _members(tmp_path, line: str):
    text = ("紫阳县人民政府关于成立紫阳县征兵工作领导小组的通知\n\n各镇人民政府，县政府各部门：\n"
            "县政府决定成立县征兵工作领导小组，组成人员如下：\n"
            "组    长：王建国  副县长\n"
            f"{line}\n\n紫阳县人民政府\n2024年2月1日\n")
    path = tmp_path / "members.txt"
    path.write_text(text, encoding="utf-8")
    _, results, _ = extract_document(str(path))
    return [(m.role, m.organization, m.position) for f in results["taskforce"] for m in f.members][1:]


def test_a_units_line_opening_with_the_armed_forces_department_by_its_full_name(tmp_path):
    members = _members(tmp_path, "成    员：县人民武装部、县教育局、县卫健局分管负责同志。")
    assert members == [("成员", "县人民武装部", "分管负责同志"), ("成员", "县教育局", "分管负责同志"),
                       ("成员", "县卫健局", "分管负责同志")], members


def test_a_units_line_opening_with_the_armed_forces_department_named_short(tmp_path):
    members = _members(tmp_path, "成    员：县武装部、县财政局主要负责同志")
    assert members == [("成员", "县武装部", "主要负责同志"), ("成员", "县财政局", "主要负责同志")], members
