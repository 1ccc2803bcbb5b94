"""Tasks missed or made up in the shapes blind sets 43–45 showed, on notices written for this test in other places and
topics (tests/notices/tasks_yongxin_camellia_items_whole_and_sanctions.txt, a county's 油茶 plan, and
tests/notices/tasks_zhejiang_school_buildings_agents_and_requirements.txt, a provincial 校舍 notice of two offices) and
on sentences of our own; expected values written by reading them:

- a titled item whose one assigning sentence comes second (（一）扩大种植规模。…。造林任务由X会同Y…) is the task from its
  title, with the item's own schedule (2024—2025年 → ongoing to 2025-12-31);
- an agent given its role in a later clause of an item (此项工作由X牵头，Y配合 / 对…的学校，由X会同Y督促整改);
- partners after a lead's work (X牵头编制…，Y、Z配合);
- a 由-agent answering a breach (对…骗取补助资金的，由X追回 / 连续两次…的，由X约谈…) assigns no work, and pollutes no name
  (公示无异议的，由X拨付 is a step of the work);
- an item whose earlier sentence puts a duty on someone else (经营者应当…) or is a measure of its own (建立…机制，…)
  starts at the organ's sentence;
- a later clause joined with 会同 (X要加强指导，会同Y每季度…) makes the subject lead and Y its partner;
- the cover letter's 联合制定了《…》，现印发给你们 is no task;
- a section of requirements without items (三、工作要求 X、Y要加强协同，于…前报送…) is a task of its own;
- a section's paragraph whose assigning sentences are two gives a task per sentence (各乡镇要… names the townships'
  governments, a task since the guide's 2026-12-04 convention);
- a bare department after a 、 shares the places of the first (各县（市）教育局、财政局 → two units); 试点县 units;
- a report named by its period alone (周调度、月通报 → monthly; 季通报 → quarterly).
"""
from __future__ import annotations

import functools
from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.tasks.actors import sentence_actors
from tests.assigned_tasks import assigned_tasks

NOTICES = Path(__file__).resolve().parent / "notices"
CAMELLIA = "tasks_yongxin_camellia_items_whole_and_sanctions.txt"
SCHOOLS = "tasks_zhejiang_school_buildings_agents_and_requirements.txt"


@functools.lru_cache(maxsize=None)
def _tasks(name: str) -> tuple:
    return tuple(assigned_tasks(NOTICES / name))


def _actors(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[a:b], role) for a, b, role in sentence_actors(sentence, 0, len(sentence))]


def test_titled_items_whose_assigning_sentence_comes_second_are_whole():
    got = _tasks(CAMELLIA)
    assert [(t[:len(start)], agencies) for (t, agencies, _, _), start in zip(got, [
        "扩大种植规模。2024—2025年", "改造低产油茶林。对树龄老化", "培育加工企业。此项工作"])] == [
        ("扩大种植规模。2024—2025年", [("lead", "县林业局"), ("partner", "县自然资源局")]),
        ("改造低产油茶林。对树龄老化", [("responsible", "县林业局")]),
        ("培育加工企业。此项工作", [("lead", "县工业和信息化局"), ("partner", "县市场监督管理局")]),
    ]
    assert got[0][2:] == ("2025-12-31", "ongoing")  # the item's own span of years
    assert got[1][2:] == ("2024-10-31", "once")


def test_no_task_from_a_cover_letter_a_sanction_or_the_places_exhorted():
    got = _tasks(CAMELLIA)
    texts = [t for t, *_ in got]
    assert not any(t.startswith(("为加快油茶产业发展", "规范补助发放", "对虚报面积")) for t in texts)
    # 三、保障措施 各乡镇要…。县农业农村局要…: each sentence a task (各乡镇 names the townships' governments, as the guide
    # settled on 2026-12-04), the organ's with its monthly report
    assert got[-2] == ("各乡镇要将油茶产业发展纳入年度考核。", [("responsible", "各乡镇")], None, None)
    assert got[-1] == ("县农业农村局要加强技术指导，实行周调度、月通报制度。", [("responsible", "县农业农村局")], None,
                       "monthly")
    assert len(got) == 7


def test_an_item_whose_earlier_sentence_puts_a_duty_on_someone_else_starts_at_the_organ():
    # （五）规范苗木调运。苗木经营者应当持证调运，不得…。县林业局要会同…: the organ's sentence, not the traders' rule
    assert _tasks(CAMELLIA)[3][:2] == ("县林业局要会同县市场监督管理局开展苗木市场检查。",
                                       [("lead", "县林业局"), ("partner", "县市场监督管理局")])
    # （六）强化质量监管。建立…追溯机制，…。由X会同Y…: a measure of its own before the organ's sentence
    assert _tasks(CAMELLIA)[4][:2] == ("由县市场监督管理局会同县林业局开展产品抽检。",
                                       [("lead", "县市场监督管理局"), ("partner", "县林业局")])


def test_agents_in_later_clauses_and_a_section_of_requirements_without_items():
    got = _tasks(SCHOOLS)
    assert [(t[:12], agencies) for t, agencies, _, _ in got] == [
        ("全面复查校舍鉴定结论。对", [("lead", "各市教育局"), ("partner", "各市应急管理局")]),
        ("建立隐患整改台账。各市教", [("responsible", "各市教育局")]),
        ("强化整改督导。学校应当落", [("lead", "各市教育局"), ("partner", "各市应急管理局")]),
        ("各市教育局、应急管理局要", [("responsible", "各市教育局"), ("responsible", "应急管理局")]),
    ]
    assert got[0][2] == "2024-09-30"


def test_partners_after_the_lead_s_work():
    assert _actors("市交通运输局牵头编制农村公路养护规划，市财政局、市自然资源和规划局配合，2025年6月底前完成。") == [
        ("市交通运输局", "lead"), ("市财政局", "partner"), ("市自然资源和规划局", "partner")]
    assert _actors("对排查不到位的企业，由区应急管理局会同区住房和城乡建设局督促整改。") == [
        ("区应急管理局", "lead"), ("区住房和城乡建设局", "partner")]


def test_a_later_clause_joined_with_huitong_makes_the_subject_lead():
    assert _actors("区农业农村局要加强技术指导，会同区财政局每季度开展一次资金检查。") == [
        ("区农业农村局", "lead"), ("区财政局", "partner")]
    # another subject before the 会同 clause: that one leads it
    assert _actors("区文化和旅游局要做好宣传，区财政局要会同区审计局开展检查。") == [
        ("区文化和旅游局", "responsible"), ("区财政局", "lead"), ("区审计局", "partner")]


def test_an_agent_answering_a_breach_is_no_actor():
    assert _actors("对虚报冒领培训补贴的，由县人力资源和社会保障局追回补贴资金，2年内取消其培训资格。") == []
    # the office told to keep the ledger, the inspectors' talk after two warnings no part of its name
    # a condition met that a step of the work follows is no breach: the agent does the step
    assert _actors("公示无异议的，由县财政局在公示结束后30日内拨付奖补资金。") == [("县财政局", "responsible")]
    assert _actors("县教育局要建立工作台账，对进度滞后的学校予以通报，连续两次通报的，由县政府督查室约谈校长。") == [
        ("县教育局", "responsible")]


def test_a_bare_department_after_a_comma_shares_the_places_of_the_first():
    assert _actors("各县（市）教育局、财政局要于每年4月底前完成资金核定。") == [
        ("各县（市）教育局", "responsible"), ("财政局", "responsible")]
    # places listed before one organ stay one name
    assert _actors("各省、自治区民政厅要会同财政厅制定实施细则。")[0] == ("各省、自治区民政厅", "lead")
    assert _actors("试点县农业农村局要在2025年3月底前完成验收。") == [("试点县农业农村局", "responsible")]


def test_a_report_named_by_its_period_alone():
    def recurrences(text):
        return [(d.raw, d.recurrence) for d in find_deadlines(text)]
    assert recurrences("实行日调度、月通报制度") == [("月通报", "monthly")]
    assert recurrences("建立季通报制度") == [("季通报", "quarterly")]
    assert recurrences("于9月通报考核结果") == [("于9月", "once")]  # a month's date, no period
