"""The requirements a task-force notice puts on the units it addresses (三、工作要求 / 三、有关要求), in notices of our
own (other cities, topics and layouts; expected values written by reading):

- 三明 森林防灭火指挥部 (text): items that open with a short title (`保障工作经费。市财政局要将…`) are tasks like untitled
  ones; an item telling two units what to do is two tasks, each from its unit's sentence (the first with the item's
  title before it); a meeting rule (`由指挥部办公室召集`),
  an attitude urged (`各成员单位要高度重视…，主要负责同志要亲自部署`, while
  `要密切配合，建立…机制` tells them what to set up), `各地要…` (no organ named), a goal sentence and the closing exhortation are none;
- 泰州 城市更新工作领导小组 (a web page, `有关要求`): `X要牵头…` (lead), `X负责…；Y要…` (two tasks), and none for the
  group's own schedule (`领导小组办公室每半年对…开展督查`), a convener, a remit restated (`要按照各自职责，密切协作`) or
  the following-up of the members' work (`要对各成员单位承担的工作跟踪督促`).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _tasks(name: str):
    tasks = extract_document(NOTICES / name)[1]["tasks"]
    return [(t.text, [(a.role, a.name_raw) for a in t.agencies], t.deadline) for t in tasks]


def test_titled_requirement_items_of_a_command_notice_give_one_task_per_unit_told():
    got = _tasks("tasks_sanming_forest_fire_command_titled_requirements.txt")
    expected = [
        ("压实属地责任。各县（市、区）人民政府要于", [("responsible", "各县（市、区）人民政府")], "2024-03-15"),
        # the first unit's task keeps the item's title before its sentence (as a whole-item task does; the evaluator
        # reads it with or without the title), the second starts at its unit's name
        ("强化火源管控。市林业局要会同", [("lead", "市林业局"), ("partner", "市公安局"), ("partner", "市应急管理局")], None),
        ("市气象局要加强", [("responsible", "市气象局")], None),
        ("保障工作经费。市财政局要将", [("responsible", "市财政局")], None),
        # urged to work together, then told what to set up: a task
        ("加强协同联动。各成员单位要密切配合，建立", [("responsible", "各成员单位")], None),
    ]
    assert [(text[:len(start)], agencies, deadline) for (text, agencies, deadline), (start, _, _) in
            zip(got, expected)] == expected
    assert len(got) == len(expected)
    # each task is one unit's sentence: the second unit's sentence is not part of the first task
    assert got[1][0].endswith("开展野外用火专项检查。")


def test_a_groups_own_rules_and_exhortations_in_its_requirements_are_no_tasks():
    got = _tasks("tasks_taizhou_urban_renewal_group_asked_units.html")
    expected = [
        ("抓好规划编制。市住房城乡建设局要牵头", [("lead", "市住房城乡建设局")], "2024-09-30"),
        ("强化要素保障。市自然资源和规划局负责做好", [("responsible", "市自然资源和规划局")], None),
        ("市财政局要统筹", [("responsible", "市财政局")], None),
    ]
    assert [(text[:len(start)], agencies, deadline) for (text, agencies, deadline), (start, _, _) in
            zip(got, expected)] == expected
    assert len(got) == len(expected)
