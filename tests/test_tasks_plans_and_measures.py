"""Tasks missed or made up among the measures of plans, in the shapes blind sets 53–56 showed, on a notice written for
this test in another place and topic (tests/notices/tasks_anhua_rural_roads_standards_budgets_and_roles.txt, a county's
农村公路养护 measures) and on sentences of our own; expected values written by reading them:

- a titled item whose sentences before the organ's state standards (…按照每10公里不少于1人的标准配备。) is the task from
  the organ's sentence (县交通运输局要于…完成…), the standards being requirements of their own; an item that opens with
  its own measure (组织对…排查，…不低于50万元。) stays whole;
- an item closed by 此项工作由X牵头，Y配合。 is that item's task, its units from the closing sentence (no task of the
  sentence alone);
- a budget line (每年统筹安排…专项资金2000万元，…，由X统筹调度) and a detail left to the places (由各乡镇…自行确定) are no task;
- a span's share (2024—2026年累计…，其中2024年完成…) leaves the span the schedule; the date the whole work is due
  (…9月底前完成排查，2025年底前全部完成整治) is the task's;
- 各镇街 (the towns and subdistricts) and a 总队 / 大队 name organs a sentence can task; an organ the words name further
  left than a mention (各设区市|财政局要会同…) keeps its whole name; a requirements section named by its topic
  (三、物资储备要求) is one of a task force's requirements;
- an organ a noted item's words only make 会同 others, and the note leaves out, leads nothing;
- beside a task table, a 保障措施 sentence setting up meetings (建立联席会议制度，每季度召开…推进会) is no task, while one
  assigning work (…开展年度绩效评价) or dated work stays.
"""
from __future__ import annotations

import functools
from pathlib import Path

from extractors.tasks import REQUIREMENTS
from extractors.tasks.actors import sentence_actors
from tests.assigned_tasks import assigned_tasks

NOTICES = Path(__file__).resolve().parent / "notices"
ROADS = "tasks_anhua_rural_roads_standards_budgets_and_roles.txt"


@functools.lru_cache(maxsize=None)
def _tasks(name: str) -> tuple:
    return tuple(assigned_tasks(NOTICES / name))


def _task(start: str) -> tuple:
    found = [t for t in _tasks(ROADS) if t[0].startswith(start)]
    assert len(found) == 1, (start, [t[0][:20] for t in _tasks(ROADS)])
    return found[0]


def _actors(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[a:b], role) for a, b, role in sentence_actors(sentence, 0, len(sentence))]


def test_standards_before_the_organs_sentence_are_no_part_of_its_task():
    text, agencies, deadline, recurrence = _task("县交通运输局要于2025年6月底前完成全县养护人员核定工作")
    assert agencies == [("responsible", "县交通运输局")]
    assert (deadline, recurrence) == ("2025-06-30", "once")
    assert not any(t.startswith(("配齐农村公路养护人员", "农村公路养护人员按照")) for t, *_ in _tasks(ROADS))


def test_an_item_opening_with_its_own_measure_stays_whole():
    text, agencies, _, _ = _task("实施危桥改造工程。组织对全县危桥逐座排查")
    assert agencies == [("responsible", "县公路建设养护中心")]


def test_a_closing_sentence_naming_the_items_work_gives_the_item_its_units():
    text, agencies, _, _ = _task("支持养护机械购置。对购置小型养护机械的乡镇")
    assert agencies == [("lead", "县交通运输局"), ("partner", "县财政局"), ("partner", "各乡镇人民政府")]
    assert not any(t.startswith("此项工作") for t, *_ in _tasks(ROADS))


def test_a_budget_line_and_a_detail_left_to_the_places_are_no_task():
    texts = [t for t, *_ in _tasks(ROADS)]
    assert not any(t.startswith(("每年统筹安排", "村道养护补助标准")) for t in texts)
    # the item, a measure of a list whose items close with their units, is one task: the organ its sentence tells
    # to pay the funds, not the body managing the budget nor the towns settling a detail
    text, agencies, deadline, recurrence = _task("落实养护资金。")
    assert agencies == [("responsible", "县财政局")] and recurrence == "annual"


def test_a_spans_share_and_the_whole_works_date():
    _, agencies, deadline, recurrence = _task("推进农村公路提质改造。对完成提质改造的村道")
    assert agencies == [("lead", "县交通运输局"), ("partner", "县发展和改革局")]
    assert (deadline, recurrence) == ("2026-12-31", "ongoing")
    _, agencies, deadline, recurrence = _task("推进安全生命防护工程。")
    assert agencies == [("lead", "县公路建设养护中心"), ("partner", "县公安局交通警察大队")]
    assert (deadline, recurrence) == ("2025-12-31", "once")


def test_towns_and_subdistricts_told_in_the_safeguards():
    _, agencies, _, _ = _task("各镇街要将农村公路养护纳入年度考核")
    assert agencies == [("responsible", "各镇街")]
    _, agencies, _, _ = _task("县交通运输局要会同县财政局建立养护资金绩效评价制度")
    assert agencies == [("lead", "县交通运输局"), ("partner", "县财政局")]


def test_brigades_and_towns_are_organs_a_sentence_tasks():
    assert _actors("省交通运输综合执法总队负责组织路政巡查。") == [("省交通运输综合执法总队", "responsible")]
    assert _actors("市消防救援支队要开展火灾隐患排查。") == [("市消防救援支队", "responsible")]
    assert _actors("各镇街要落实属地责任，于6月底前完成排查。") == [("各镇街", "responsible")]
    assert _actors("生产大队要加强值守。") == []  # a name of two characters before the head is no organ


def test_requirements_named_by_their_topic():
    assert REQUIREMENTS.search("三、物资储备要求")
    assert REQUIREMENTS.search("五、有关工作要求")
    assert not REQUIREMENTS.search("一、总体要求")
    assert not REQUIREMENTS.search("一、指导要求")


def test_organs_named_further_left_and_noted_units_only(tmp_path):
    notice = tmp_path / "notice_gansu_subsidy.txt"
    notice.write_text(
        "甘肃省交通运输厅关于做好2024年农村客运补贴资金发放工作的通知\n"
        "甘交运〔2024〕8号\n"
        "各市（州）交通运输局、财政局：\n"
        "现就做好2024年农村客运补贴资金发放工作通知如下。\n"
        "一、工作要求\n"
        "（一）各设区市交通运输局要于2024年7月31日前完成补贴对象核定。\n"
        "（二）各设区市财政局要会同同级交通运输部门，于2024年10月31日前将补贴资金拨付到位。\n"
        "二、实施步骤\n"
        "（一）摸底核查（2024年6月30日前）。县级交通运输部门会同乡镇对农村客运线路开展核查，建立线路台账。"
        "（责任单位：各县（市、区）人民政府）\n"
        "甘肃省交通运输厅\n2024年5月10日\n",
        encoding="utf-8")
    got = assigned_tasks(notice)
    dated = [t for t in got if t[0].startswith("各设区市财政局要会同")]
    assert [t[1] for t in dated] == [[("lead", "各设区市财政局"), ("partner", "同级交通运输部门")]]
    noted = [t for t in got if t[0].startswith("摸底核查")]
    assert [t[1] for t in noted] == [[("responsible", "各县（市、区）人民政府")]]


def test_safeguards_beside_a_task_table_are_no_tasks(tmp_path):
    notice = tmp_path / "notice_liuyang_markets.txt"
    notice.write_text(
        "浏阳市人民政府办公室关于印发浏阳市农贸市场提质改造工作方案的通知\n"
        "浏政办发〔2024〕11号\n"
        "各镇人民政府、街道办事处，市直各单位：\n"
        "现将《浏阳市农贸市场提质改造工作方案》印发给你们，请认真贯彻执行。\n"
        "浏阳市人民政府办公室\n2024年4月2日\n"
        "浏阳市农贸市场提质改造工作方案\n"
        "一、重点任务\n"
        "序号\t任务内容\t牵头单位\t配合单位\t完成时限\n"
        "1\t完成城区农贸市场功能分区改造\t市商务局\t市住建局\t2024年10月底前\n"
        "2\t推行农贸市场智慧监管平台建设\t市市场监管局\t市商务局\t2024年12月底前\n"
        "二、保障措施\n"
        "（一）加强组织领导。市商务局要会同相关部门建立联席会议制度，每季度召开一次工作推进会，研究解决重大问题。\n"
        "（二）强化督查考核。市政府督查室要于2024年11月底前对改造进度开展专项督查。\n"
        "（三）强化绩效评价。市财政局要会同市商务局对改造资金开展年度绩效评价。\n"
        "浏阳市人民政府办公室\n",
        encoding="utf-8")
    got = assigned_tasks(notice)
    texts = [t for t, *_ in got]
    assert not any(t.startswith(("加强组织领导", "市商务局要会同相关部门")) for t in texts)
    assert any(t.startswith("完成城区农贸市场功能分区改造") for t in texts)
    assert any("市政府督查室要于2024年11月底前" in t for t in texts)  # a safeguard with a date of its own stays
    assert any("市财政局要会同市商务局对改造资金开展年度绩效评价" in t for t in texts)  # work, not the plan's machinery
