"""Sentences that are no assigned task of the notice itself (blind set 31: a 转发 notice's quotation of the national
notice and its closing exhortation, a WeChat article's Q&A, a procedure step beside a task table; set 32: a 办法 whose
procedure steps name their units, which are its tasks), on notices of our own in other places, topics and wordings
(expected values written by reading them):

- 西宁 (a city 转发 of a provincial 办法, text): the organs named inside the quoted rules (`《办法》规定：“…由各市州…会同…”`,
  `《办法》强调，“…。各级财政部门要…。”`) are told by the quoted document, not by this notice; a quotation inside the
  notice's own task leaves its actor alone; the lead-in of 三、工作要求 (`…，各区各有关部门要加强组织领导…`) above items
  that name their organs is no task;
- 台州 (a WeChat article, Markdown): the answers of its 政策问答 (labelled `答：`, unlabelled under a question, or in the
  question's own paragraph) explain the policy; a lead-in addressed in general with a due date of its own, above items
  that name no organ, stays a task;
- 曲靖 (a web page whose tasks are a table with 牵头/配合 columns): an application procedure in the plan's body
  (`老年人向所在社区提出申请，县（市、区）民政局会同同级财政局自受理之日起10个工作日内完成审核`: work due within a time
  counted from an event) is no task, while a measure the plan assigns in its own words (`市民政局会同市市场监管局建立…清单`)
  is one; two lead units stacked with `<br>` in a cell are two leads, a name wrapped by `<br>` one;
- 台州 (a 科技创新券管理办法 without articles): its procedure steps naming the organ that does them (`由市科技局在…内完成审核`,
  `公示无异议的，由市财政局…拨付`, `市科技局每年对…开展一次绩效评价`) are tasks like its 职责分工 items; the applicant's duty
  (`申报企业应…`), a sanction and the interpretation clause are none.
"""
from __future__ import annotations

from pathlib import Path

from tests.assigned_tasks import assigned_tasks, starts

NOTICES = Path(__file__).resolve().parent / "notices"


def _tasks(name: str):
    return assigned_tasks(NOTICES / name)


def test_organs_inside_a_quoted_document_and_a_general_lead_in_assign_nothing():
    got = _tasks("tasks_xining_zhuanfa_quoted_rules.txt")
    expected = [
        ("市人力资源和社会保障局要于2024年8月底前", [("responsible", "市人力资源和社会保障局")]),
        ("各区财政局要按照“先培训后补贴”的原则", [("responsible", "各区财政局")]),
        # the quotation inside the task names two organs of the quoted rule: only the actor is this notice's
        ("市就业服务局要按照《办法》", [("responsible", "市就业服务局")]),
    ]
    assert starts(got, expected) == expected
    assert len(got) == len(expected)
    assert [(g[2], g[3]) for g in got] == [("2024-08-31", "once"), (None, "quarterly"), (None, "quarterly")]


def test_answers_of_a_questions_and_answers_part_are_no_tasks():
    got = _tasks("tasks_taizhou_medical_insurance_qa.md")
    expected = [
        ("推进异地就医直接结算。由市医保局负责", [("responsible", "市医保局")]),
        ("优化医保经办服务。由市医保经办服务中心负责", [("responsible", "市医保经办服务中心")]),
        # addressed in general, but with a due date and over items that name no organ: a task
        ("各有关部门要按照本措施要求，于2024年5月底前", [("responsible", "各有关部门")]),
    ]
    assert starts(got, expected) == expected
    assert len(got) == len(expected)
    assert not [g for g in got if "答" in g[0][:2] or "参保人员" in g[0][:4] or "可到就近" in g[0]]


def test_a_procedure_step_beside_a_task_table_is_no_task_and_stacked_leads_are_two():
    got = _tasks("tasks_qujing_elderly_meal_table_procedure.html")
    assert [(text, agencies) for text, agencies, _, _ in got] == [
        # a measure the plan assigns in its own words (no time limit counted from an application): a task
        ("建立问题督办机制。市民政局会同市市场监管局建立助餐服务问题清单，对存在问题的服务点督促限期整改。",
         [("lead", "市民政局"), ("partner", "市市场监管局")]),
        ("制定老年助餐服务点建设和运营补贴实施细则", [("lead", "市民政局"), ("lead", "市财政局"), ("partner", "市市场监管局")]),
        ("推进社区老年助餐服务点建设", [("lead", "各县（市、区）人民政府"), ("partner", "市民政局")]),
        ("开展助餐服务点食品安全监督检查", [("lead", "市市场监管局"), ("partner", "市民政局"), ("partner", "市卫生健康委")]),
        # a name the cell wraps with <br> stays one unit
        ("将助餐服务纳入住房公积金缴存单位职工福利试点", [("lead", "曲靖市住房公积金管理中心"), ("partner", "市民政局")]),
    ]


def test_a_regulations_procedure_steps_that_name_their_organ_are_tasks():
    got = _tasks("tasks_taizhou_innovation_voucher_regulation.txt")
    expected = [
        ("审核。由市科技局在收到申请后15个工作日内", [("responsible", "市科技局")]),
        ("兑付。公示无异议的，由市财政局", [("responsible", "市财政局")]),
        ("市科技局负责创新券的发放", [("responsible", "市科技局")]),
        ("市财政局负责创新券资金", [("responsible", "市财政局")]),
        ("各县（市、区）科技局负责本辖区", [("responsible", "各县（市、区）科技局")]),
        ("市科技局每年对创新券使用情况开展一次绩效评价", [("responsible", "市科技局")]),
    ]
    assert starts(got, expected) == expected
    assert len(got) == len(expected)
    assert got[-1][3] == "annual"
