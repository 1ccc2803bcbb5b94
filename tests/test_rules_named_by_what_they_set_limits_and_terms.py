"""Rules named by what they set (tests/ANNOTATION_GUIDE.md: a requirement's indicator_raw names the measure, never who
must act or the clause before), in the shapes blind sets 74–77 showed were misnamed or missed, on a notice written for
this test in another topic and place (a county's lift, boiler and family-support rules): a decision whether to approve
(作出是否准予登记的决定 → 审批时限), a document to submit (提交书面整改方案 → 书面整改方案提交时限), money to pay off
(尾款应于3个月内付清 → 尾款付清期限), a purchase whose case names the thing (新购节能锅炉的，应在…完成购置), a state
not ended (超过30日未办结的投诉件), an arrival named by who the sentence set up to arrive, staff on duty (至少安排3名工作人员在…值守), the floors that put a building under a
rule, the age a support is paid until, the months a support is capped at and leave named after its length. Expected
values are written from the notice.
"""
from __future__ import annotations

from tests.notice_targets import cover_notice, written_targets

BODY = (
    "一、申办程序\n"
    "（一）县自然资源局应当在收到申请材料之日起7个工作日内作出是否准予登记的决定。\n"
    "（二）检查不合格的经营单位，须在15日内提交书面整改方案。\n"
    "（三）电梯加装费用可分两期支付，首期支付不低于总费用的40%，尾款应于3个月内付清。\n"
    "（四）拆除旧锅炉后新购节能锅炉的，应在拆除之日起9个月内完成购置。\n"
    "二、保障措施\n"
    "（一）对超过30日未办结的投诉件，由县政务服务中心挂牌督办。\n"
    "（二）汛期每天至少安排3名工作人员在县防汛指挥部值守。\n"
    "（三）新建7层以上（含7层）的住宅建筑，应当同步安装电梯。\n"
    "（四）按月发放独生子女保健补贴，直至子女满14周岁。\n"
    "（五）对聘用的见习人员，每人每月给予见习补贴1500元，每年最多补贴6个月。\n"
    "（六）独生子女父母住院治疗的，子女每年享受累计15天的护理假。\n"
    "（七）到2026年底，全县建成12层以上的保障性住房3栋。\n"
    "（八）在城区主要路段设置交通事故快处点8个，确保接报后20分钟内到达现场。\n"
)


def _rules(tmp_path) -> set[tuple]:
    text = cover_notice("岚皋县人民政府办公室", "《岚皋县民生服务若干规定》", BODY, "各镇人民政府，县政府各部门",
                        "2025年5月12日")
    targets = written_targets(tmp_path / "rules.txt", text)
    return {(t.indicator_raw, t.kind, t.comparator, t.value, t.unit) for t in targets}


def test_a_decision_whether_to_approve_is_the_approval_time_limit(tmp_path):
    found = _rules(tmp_path)
    assert ("审批时限", "requirement", "<=", 7, "个工作日") in found, found


def test_a_document_submitted_names_the_limit_with_the_document(tmp_path):
    found = _rules(tmp_path)
    assert ("书面整改方案提交时限", "requirement", "<=", 15, "日") in found, found


def test_money_paid_off_within_a_span_is_named_by_the_money(tmp_path):
    found = _rules(tmp_path)
    assert ("尾款付清期限", "requirement", "<=", 3, "个月") in found, found


def test_a_purchase_is_named_by_the_thing_its_case_buys(tmp_path):
    found = _rules(tmp_path)
    assert ("新购节能锅炉购置时限", "requirement", "<=", 9, "个月") in found, found


def test_a_state_not_ended_is_named_by_the_thing_and_the_state(tmp_path):
    found = _rules(tmp_path)
    assert ("投诉件未办结时间", "requirement", ">", 30, "日") in found, found


def test_staff_put_on_duty_are_counted_by_the_duty(tmp_path):
    found = _rules(tmp_path)
    assert ("值守工作人员人数", "requirement", ">=", 3, "名") in found, found


def test_floors_that_put_a_building_under_a_rule(tmp_path):
    found = _rules(tmp_path)
    assert ("住宅建筑层数", "requirement", ">=", 7, "层") in found, found


def test_floors_naming_the_things_a_goal_counts_stay_in_its_name(tmp_path):
    assert not any(row[0].endswith("层数") and row[3] == 12 for row in _rules(tmp_path))


def test_the_age_a_support_is_paid_until(tmp_path):
    found = _rules(tmp_path)
    assert ("独生子女保健补贴发放年龄", "requirement", "=", 14, "周岁") in found, found


def test_the_months_a_support_is_capped_at_are_named_by_the_support(tmp_path):
    found = _rules(tmp_path)
    assert ("见习补贴月数", "requirement", "<=", 6, "个月") in found, found


def test_leave_named_after_its_length(tmp_path):
    found = _rules(tmp_path)
    assert ("护理假", "requirement", "=", 15, "天") in found, found


def test_an_arrival_is_named_by_who_the_sentence_set_up(tmp_path):
    found = _rules(tmp_path)
    assert ("交通事故快处点到达现场时限", "requirement", "<=", 20, "分钟") in found, found
