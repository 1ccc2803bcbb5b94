"""A review's reproducers for the second round of fixes (each failed before its fix), on notices of our own:

- a base year's level in a bracket is a report even where the figure's span starts at the measure's name;
- a 现有… column that counts work from today's state (现有基础上新增, 现有学校改造数) is a goal, and a 现有… status column
  never takes the plan's end as its date;
- a campaign told of as already held (连续组织开展…，成效明显) dates no column;
- 待定 / 分管 after a post are no person;
- 每单次 is per time, not per order.

Expected values were written by reading the notices.
"""
from __future__ import annotations

from pipeline.runner import extract_document
from tests.notice_targets import target_rows


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bracketed_base_level_is_a_report_when_the_span_starts_at_the_measure(tmp_path):
    rows = target_rows(_write(tmp_path, "tax.txt", "某县人民政府关于做好财源建设工作的通知\n"
                                                    "一、到2025年，全县税收收入较2022年（1.6亿元）增长20%以上。\n"))
    assert ("actual", "=", 160000000, "元", "2022-12-31") in [(k, c, v, u, d) for k, _, c, v, u, _, d in rows]


def test_work_counted_from_todays_state_is_a_goal_and_a_status_column_keeps_no_goal_date(tmp_path):
    table = ("某县教育局关于下达2024年学校改造任务的通知\n各乡镇中心学校：\n现将2024年改造任务分解如下，请抓好落实。\n"
             "2024年改造任务分解表\n乡镇\t现有基础上新增（个）\t现有学校改造数（所）\n甲镇\t3\t2\n乙镇\t4\t1\n")
    kinds = {(k, v) for k, _, _, v, _, _, _ in target_rows(_write(tmp_path, "schools.txt", table))}
    assert ("actual", 3) not in kinds and ("actual", 2) not in kinds
    status = ("某县民政局关于推进养老机构建设的通知\n各乡镇人民政府：\n到2025年底，全县新增养老机构5家。各乡镇现状如下：\n"
              "乡镇\t现有养老机构数（家）\t新增养老机构（家）\n甲镇\t10\t2\n乙镇\t8\t3\n")
    rows = target_rows(_write(tmp_path, "care.txt", status))
    assert all(d is None for k, _, _, _, _, _, d in rows if k == "actual")


def test_a_campaign_told_of_as_past_dates_no_column(tmp_path):
    text = ("某县应急管理局关于开展2024年暑期安全专项行动的通知\n各乡镇人民政府：\n"
            "2021年至2023年，我县连续组织开展暑期安全专项整治行动，成效明显。今年继续抓好暑期安全工作，任务如下：\n"
            "乡镇\t暑期巡查不少于（次）\n甲镇\t6\n乙镇\t8\n")
    rows = target_rows(_write(tmp_path, "summer.txt", text))
    assert [d for _, raw, _, _, _, _, d in rows if raw and "巡查" in raw] and \
        all(d != "2023-12-31" for _, raw, _, _, _, _, d in rows if raw and "巡查" in raw)


def test_words_that_fill_a_role_line_are_no_person(tmp_path):
    text = ("某县人民政府办公室关于成立县农村饮水安全工作领导小组的通知\n各乡镇人民政府：\n为加强领导，决定成立领导小组，组成人员如下：\n"
            "组  长：县人民政府副县长待定\n副组长：县人民政府副县长分管\n成  员：县水利局局长  王建军\n"
            "某县人民政府办公室\n2024年3月1日\n")
    _, results, _ = extract_document(_write(tmp_path, "group.txt", text))
    people = {m.person for force in results["taskforce"] for m in force.members}
    assert not people & {"待定", "分管"}


def test_per_time_is_not_per_order(tmp_path):
    text = "某县商务局关于支持企业参展的通知\n一、企业参加县外展会的，每单次最高补助200元。\n"
    assert all(u != "元/单" for _, _, _, _, u, _, _ in target_rows(_write(tmp_path, "fair.txt", text)))
