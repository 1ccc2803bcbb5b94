"""Tasks on the notices of blind sets 35-38, on notices of our own in other places, topics and layouts (expected values
written by reading them):

- 凯里 (a 指挥部 adjustment, text): its work groups listed with their units (`（一）排涝抢险组。牵头单位：…；成员单位：…`,
  `（二）交通疏导专班。组长单位：…`) are bodies, no tasks; the 工作要求 sentences telling a named organ to act are the tasks
  (before, the first group's 牵头单位 made it a task and hid the requirements);
- 南平 (a cover notice issuing a 办法 with a chapter of duties, Markdown): the duties are tasks, and so is a step counted
  from a 公示's end (`市财政局应在…公示结束后15个工作日内拨付`, the article's title `资金拨付。` no part of it); a step handling an
  application within a time counted from its receipt (`…应当自受理申请之日起7个工作日内完成审核`), the cover's words to the
  addressees in general (`各地各单位要对照办法要求…`) and the title of a table after the articles are none;
- a ministry's notice (Markdown): a division named as the actor (`国家林业和草原局生态保护修复司要会同…`), a unit named with its
  other name in brackets (`…检验中心（国家林业和草原局种苗总站）要…`) and the departments of a kind at every level
  (`各级林业和草原主管部门要…`) are organs; `由各省份结合实际确定` names none.
"""
from __future__ import annotations

from pathlib import Path

from extractors.tasks.duties import duty_spans, handles_application
from extractors.tasks.from_actors import in_general
from extractors.tasks.work_groups import sets_up_group
from tests.assigned_tasks import assigned_tasks

NOTICES = Path(__file__).resolve().parent / "notices"


def _tasks(name: str):
    return assigned_tasks(NOTICES / name)


def _start(text: str, k: int, expected: list) -> str:
    """The task's text cut to the length of the expected start at the same place (any text past the list: whole)."""
    return text[:len(expected[k][0])] if k < len(expected) else text


def test_work_groups_listed_with_their_units_are_no_tasks_and_the_requirements_are():
    got = _tasks("tasks_kaili_waterlogging_command_work_groups.txt")
    assert [(_start(text, k, EXPECTED_KAILI), agencies, deadline, recurrence)
            for k, (text, agencies, deadline, recurrence) in enumerate(got)] == EXPECTED_KAILI


EXPECTED_KAILI = [
        ("市住房和城乡建设局要于2025年5", [("responsible", "市住房和城乡建设局")], "2025-05-31", "once"),
        ("市水务局要会同市气象局常态化开展雨情", [("lead", "市水务局"), ("partner", "市气象局")], None, "ongoing"),
        ("市财政局要将指挥部工作经费纳入年度预", [("responsible", "市财政局")], None, "annual"),
        ("指挥部办公室要每季度对各成员单位履职", [("responsible", "指挥部办公室")], None, "quarterly"),
]


def test_a_regulations_duties_chapter_leaves_application_steps_and_the_covers_exhortation_out():
    got = _tasks("tasks_nanping_internship_regulation_duties_chapter.md")
    assert [(text, agencies) for text, agencies, _, _ in got] == [
        ("市财政局应在审核结果公示结束后15个工作日内将补贴资金拨付到见习单位。", [("responsible", "市财政局")]),
        ("市人力资源和社会保障局负责见习补贴的统筹管理和绩效评价。", [("responsible", "市人力资源和社会保障局")]),
        ("市财政局负责补贴资金的预算安排和监督管理。", [("responsible", "市财政局")]),
        ("各县（市、区）人力资源和社会保障局要在每年12月15日前将本年度补贴发放情况报送市人力资源和社会保障局。",
         [("responsible", "各县（市、区）人力资源和社会保障局")]),
    ]
    assert got[-1][3] == "annual"


def test_divisions_other_names_and_departments_at_every_level_are_organs():
    got = _tasks("tasks_ministry_seedling_divisions_and_other_names.md")
    assert [(_start(text, k, EXPECTED_MINISTRY), agencies[:1], deadline)
            for k, (text, agencies, deadline, _) in enumerate(got)] == EXPECTED_MINISTRY
    assert [t[3] for t in got[:2]] == ["once", "ongoing"]  # 持续完善: ongoing work


EXPECTED_MINISTRY = [
        ("国家林业和草原局生态保护修复司要会同规", [("lead", "国家林业和草原局生态保护修复司")], "2025-06-30"),
        ("国家林业和草原局林木种苗质量检验中心（",
         [("responsible", "国家林业和草原局林木种苗质量检验中心（国家林业和草原局种苗总站）")], None),
        ("各级林业和草原主管部门要按照不低于5%", [("responsible", "各级林业和草原主管部门")], None),
        ("各省级林业和草原主管部门要于2025年1", [("responsible", "各省级林业和草原主管部门")], "2025-11-30"),
]


def test_the_helpers_read_groups_duties_clocks_and_organs_in_general():
    text = "（一）后勤保障组。组长单位：县财政局；成员单位：县商务局。负责物资保障。"
    assert sets_up_group(text, 3, len(text))
    text = "（一）加强资金保障。牵头单位：县财政局；配合单位：县商务局。"
    assert not sets_up_group(text, 3, len(text))  # a measure's lead unit, no group's members
    clock = "县民政局应当自收到申请材料之日起10个工作日内作出决定。"
    assert handles_application(clock, 0, len(clock))
    money = "各县人民政府要在收到补助资金后30日内拨付到项目单位。"
    assert not handles_application(money, 0, len(money))  # money received, no application handled
    assert in_general("各级人民政府") and in_general("地方各级人民政府") and in_general("各有关部门")
    assert not in_general("各级财政部门") and not in_general("各省级民政部门")


def test_duty_spans_of_a_chapter_and_of_a_titled_article():
    class Doc:
        def __init__(self, lines):
            self.text = "\n".join(lines)
            self.paragraphs, at = [], 0
            for line in lines:
                self.paragraphs.append((at, at + len(line)))
                at += len(line) + 1

    chapter = Doc(["第一章 总则", "第一条 为规范管理，制定本办法。", "第二章 职责分工", "第二条 市财政局负责资金安排。",
                   "第三章 附则", "第三条 本办法自发布之日起施行。"])
    spans = duty_spans(chapter, chapter.paragraphs)
    assert [chapter.text[s:e].split("\n")[1] for s, e in spans] == ["第二条 市财政局负责资金安排。"]
    titled = Doc(["第一条 申报程序。企业向区科技局申报。", "第二条 职责分工。区科技局负责审核。"])
    assert duty_spans(titled, titled.paragraphs) == [titled.paragraphs[1]]
