"""Task notes and schedules in the forms blind set 6 (tests/unseen6) showed, on notices of our own in other
wordings: a ministry's plan in Markdown whose items close with national-style notes (（X牵头，Y、Z按职责分工
负责） / （X负责） / （X牵头，Y配合）, ministries named without a level word), a county's notes that end with a
schedule (（牵头单位：…；责任单位：…；2024年9月底前） / （…；长期坚持）), work every year (每年改造…) told from a cap
over a year (每年最高…) and a rate per head (每人每月…), a goal date in the measure (到2026年…), and the cover
letter of jointly issued plans (联合制定了…，现印发给你们) that assigns nothing.

Expected values were written by reading each notice.
"""
from __future__ import annotations

import functools
from pathlib import Path

from extractors.deadlines import parse_deadline
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


@functools.lru_cache(maxsize=None)
def tasks(name: str):
    return extract_document(NOTICES / name)[1]["tasks"]


def roles(task) -> dict[str, list[str]]:
    return {role: [a.agency for a in task.agencies if a.role == role] for role in ("lead", "responsible", "partner")}


def test_national_notes_name_ministries_and_their_roles():
    found = tasks("tasks_ministry_rural_water_plan.md")
    assert [t.text.split("。")[0] for t in found] == [
        "推进城乡供水一体化", "开展小型供水工程规范化改造", "强化水质检测", "加大资金支持", "完善运行管护机制"]
    assert [roles(t) for t in found] == [
        {"lead": ["水利部"], "responsible": ["国家发展改革委", "自然资源部"], "partner": []},
        {"lead": [], "responsible": ["水利部", "国家卫生健康委"], "partner": []},
        {"lead": [], "responsible": ["国家卫生健康委"], "partner": []},
        {"lead": ["财政部"], "responsible": [], "partner": ["水利部"]},
        {"lead": [], "responsible": ["水利部", "农业农村部"], "partner": []},
    ]


def test_schedules_a_measure_states():
    found = tasks("tasks_ministry_rural_water_plan.md")
    assert [(t.deadline, t.recurrence) for t in found] == [
        ("2026-12-31", "once"),  # 到2026年，…基本实现…: the goal's date
        (None, "annual"),  # 每年改造小型供水工程2000处
        (None, "ongoing"),  # 常态化开展
        (None, "annual"),  # 中央财政每年安排…; 单个省份每年最高… is a cap, not the schedule
        ("2026-12-31", "ongoing"),  # 2024—2026年，逐步推行…: over the span
    ]


def test_a_note_may_end_with_the_schedule():
    found = tasks("tasks_jinzhai_noted_schedules.txt")
    assert [roles(t)["lead"] for t in found] == [["县数据资源局"], ["县发展改革委"], ["县人社局"]]
    assert [(t.deadline, t.recurrence) for t in found] == [
        ("2024-09-30", "once"),  # …；2024年9月底前）
        (None, "ongoing"),  # …；长期坚持）
        (None, "annual"),  # 每年举办…; 每人每月300元 is a rate of support, not a schedule
    ]


def test_a_whole_year_in_a_schedule_cell_is_work_through_the_year():
    due = parse_deadline("2024年全年", "2024-02-01")
    assert (due.date, due.start, due.recurrence) == ("2024-12-31", "2024-01-01", "ongoing")


def test_notes_naming_who_carries_out_and_who_guides():
    # blind set 8's forms in another topic: （A负责，B具体实施） makes both responsible, （A负责，B指导） makes B a
    # partner; 指导 before its object in the measure itself (A指导各县…开展检查) gives no role
    found = tasks("tasks_shaoguan_old_residential_notes.txt")
    assert [t.text.split("。")[0] for t in found] == [
        "摸清改造底数", "完善配套设施", "加强质量安全监管", "做好汛期排水防涝", "开展集中检查"]
    assert [roles(t) for t in found] == [
        {"lead": [], "responsible": ["市住房城乡建设局", "各县（市、区）住房城乡建设主管部门"], "partner": []},
        {"lead": [], "responsible": ["各县（市、区）人民政府"], "partner": ["市发展改革局"]},
        {"lead": [], "responsible": ["市住房城乡建设局"], "partner": []},
        {"lead": [], "responsible": ["各县（市、区）住房城乡建设主管部门"], "partner": []},
        {"lead": [], "responsible": ["市住房城乡建设局"], "partner": []},
    ]


def test_a_season_defined_by_dates_of_every_year_is_no_schedule():
    # 汛期为每年4月15日至10月15日 says when the season is; the item's 长期坚持 is its schedule. 每年5月1日至5月31日
    # 集中开展 is work every year.
    found = tasks("tasks_shaoguan_old_residential_notes.txt")
    assert [(t.recurrence, t.deadline) for t in found[3:]] == [("ongoing", None), ("annual", None)]
