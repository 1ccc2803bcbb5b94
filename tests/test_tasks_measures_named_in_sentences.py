"""Notices whose measures name their units in sentences (`市水利局要…`, `由X负责…`), not in unit notes, in notices of
our own (other cities, topics and layouts; expected values written by reading). The guide: there, a 保障措施 item of that
form is a task like the measures.

- 建德 农村饮用水 plan (text): the 保障措施 items `落实资金保障。市财政局要…`, `强化宣传引导。市委宣传部要会同…` are tasks, though
  its first item sets up a leading group with members (the plan is no task-force notice); the member list and the
  group's office (`办公室设在…，由…兼任办公室主任`) are none; `严格工程验收。由市水利局牵头，…配合，按半年组织…` is one task
  from its title, the sentence after the title being its work and no closing note;
- a national 养老 action plan (text): the organs its measures name by their words, which the agency list misses or
  cuts (`财政部负责…`, `由国家卫生健康委负责…`, `国家发展改革委要会同民政部、财政部…`, `人力资源社会保障部要会同财政部…`,
  `各地区要…。国务院…办公室要…`); its 保障措施 `民政部要…` is a task, `地方各级人民政府要…` and `各地区、各有关部门要…`
  (the places and departments in general) are none;
- 延边 药品安全 office notice (text): `X要发挥牵头作用，会同Y、Z，…` (lead X, partners Y and Z), a county office named
  as a group (`各县（市）药安办要…`), titled 工作要求 items that tell a named organ what to do; none for the section's
  lead-in exhortation nor a remit restated (`要按照职责分工，主动认领任务，形成工作合力`).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document
from tests.assigned_tasks import assigned_tasks, starts

NOTICES = Path(__file__).resolve().parent / "notices"


def _tasks(name: str):
    return assigned_tasks(NOTICES / name)


def test_safeguard_items_of_a_plan_whose_measures_name_units_in_sentences_are_tasks():
    got = _tasks("tasks_jiande_well_water_plan_group_in_safeguards.txt")
    expected = [
        ("完成水源普查。市水利局要会同", [("lead", "市水利局"), ("partner", "各乡镇人民政府")]),
        ("开展水质检测。市疾控中心要", [("responsible", "市疾控中心")]),
        ("严格工程验收。由市水利局牵头", [("lead", "市水利局"), ("partner", "市卫生健康局"), ("partner", "市财政局")]),
        ("落实日常管护。各乡镇人民政府要", [("responsible", "各乡镇人民政府")]),
        ("落实资金保障。市财政局要", [("responsible", "市财政局")]),
        ("强化宣传引导。市委宣传部要会同", [("lead", "市委宣传部"), ("partner", "市水利局")]),
    ]
    assert starts(got, expected) == expected
    assert len(got) == len(expected)
    # the item whose one sentence gives roles and its work is whole, not cut before that sentence
    assert got[2][0].endswith("按半年组织开展改造工程验收。")
    assert got[4][2:] == (None, "annual")


def test_organs_a_national_plan_names_by_their_words_and_its_safeguards():
    got = _tasks("tasks_national_elderly_care_plan_actors_by_words.txt")
    expected = [
        ("完善社区养老服务设施。民政部要会同", [("lead", "民政部"), ("partner", "住房城乡建设部")]),
        ("加大财政支持力度。财政部负责", [("responsible", "财政部")]),
        ("发展老年助餐服务。由国家卫生健康委负责",
         [("responsible", "国家卫生健康委"), ("partner", "商务部"), ("partner", "民政部")]),
        ("规范养老服务收费。国家发展改革委要会同",
         [("lead", "国家发展改革委"), ("partner", "民政部"), ("partner", "财政部")]),
        ("培养养老护理人才。人力资源社会保障部要会同", [("lead", "人力资源社会保障部"), ("partner", "财政部")]),
        ("防范养老服务领域风险。各地区要", [("responsible", "国务院养老服务部际联席会议办公室")]),
        ("强化督导评估。民政部要", [("responsible", "民政部")]),
    ]
    assert starts(got, expected) == expected
    assert len(got) == len(expected)
    assert got[1][2:] == ("2023-09-30", "once")


def test_a_lead_by_its_role_words_and_titled_requirement_items():
    got = _tasks("tasks_yanbian_drug_safety_department_duties.txt")
    expected = [
        ("州市场监管局要发挥牵头作用，会同",
         [("lead", "州市场监管局"), ("partner", "州卫生健康委"), ("partner", "州医保局")]),
        ("州医保局要", [("responsible", "州医保局")]),
        ("各县（市）药安办要", [("responsible", "各县（市）药安办")]),
        ("建立联席制度。州市场监管局要会同", [("lead", "州市场监管局"), ("partner", "州公安局")]),
        ("强化考核评价。州药安办要", [("responsible", "州药安办")]),
    ]
    assert starts(got, expected) == expected
    assert len(got) == len(expected)
    assert got[3][2:] == (None, "quarterly")


def test_an_organ_named_a_guiding_committee_is_an_actor(tmp_path):
    """指导 before 中心/站/委员会 is part of a name, not the verb that ends one (市关心下一代工作指导委员会要…)."""
    path = tmp_path / "notice.txt"
    path.write_text(
        "某市人民政府办公室关于做好暑期青少年关爱工作的通知\n\n各县（区）人民政府，市政府各部门：\n\n"
        "一、开展关爱活动。市关心下一代工作指导委员会要于2024年7月31日前组织开展暑期关爱宣讲活动。\n"
        "二、做好就业服务。市就业训练指导中心要于2024年8月31日前举办青年就业见习对接会。\n"
        "三、加强督促检查。市教育局要指导各县（区）做好暑期安全教育。\n\n"
        "某市人民政府办公室\n2024年6月20日\n", encoding="utf-8")
    tasks = [(t.text[:4], [(a.role, a.name_raw) for a in t.agencies])
             for t in extract_document(path)[1]["tasks"] if t.assigned]
    assert tasks == [
        ("开展关爱", [("responsible", "市关心下一代工作指导委员会")]),
        ("做好就业", [("responsible", "市就业训练指导中心")]),
        ("加强督促", [("responsible", "市教育局")]),
    ]
