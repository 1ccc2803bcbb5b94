"""Rules and kinds of figures on topics blind sets 78–79 brought (wedding customs, meal aid, a census, truck-driver
rest stops, night economy, rapeseed, charging), in other wordings, places and topics:

- a count of hours written 8个学时 is in 学时; a traffic count is in 辆次; a banquet in 桌, meals in 餐;
- a figure that bounds the places a thing is put in (优先在…超过N辆次的服务区布设) is a threshold, not a goal;
- 已建成 naming the things a goal or a bound is about (实现已建成…接入率100% / 不低于…已建成数量的20%) reports nothing;
- a clause opening on 新开通 counts an output (a goal); an award's 名额不超过 is a rule; a share of 配套资金 is support;
- an amount per thing through its standard (每桌标准不超过300元) is per that thing; 可按每次…收取上门服务费 names the fee;
- a bound in a clause opening on who applies for support (申请奖励的…不少于) is a condition, undated.

Expected values are written from the notices, not from program output.
"""
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from extractors.targets import extract_targets


def _doc(*paragraphs, date="2024年10月15日"):
    blocks = ([Block("text", "某市人民政府办公室关于印发某市工作方案的通知"), Block("text", "各区县人民政府，市直各单位：")]
              + [Block("text", p) for p in paragraphs]
              + [Block("text", "某市人民政府办公室"), Block("text", date)])
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def _facts(*paragraphs, date="2024年10月15日"):
    return {(t.value, t.unit): t for t in extract_targets(_doc(*paragraphs, date=date))}


def _check(t, kind, comparator, deadline=None):
    assert (t.kind, t.comparator, t.deadline) == (kind, comparator, deadline)
    assert t.evidence and t.char_start is not None


def test_hours_written_with_ge_and_traffic_in_vehicle_trips():
    facts = _facts("（二）加强队伍建设。每名网格员每年参加业务培训不少于16个学时。",
                   "（三）优化布局。优先在日均车流量超过5000辆次的国省道沿线加油站设置驿站。")
    _check(facts[(16, "学时")], "requirement", ">=")
    _check(facts[(5000, "辆次")], "requirement", ">")


def test_places_bounded_by_a_figure_are_a_threshold():
    facts = _facts("四、建设任务。到2025年底，重点在年接待游客超过50万人次的景区配建旅游厕所。")
    assert facts[(500000, "人次")].kind == "requirement"


def test_built_things_named_in_a_goal_or_a_bound_report_nothing():
    facts = _facts("（一）完善平台。2025年6月底前实现已建成充电桩信息接入率100%。",
                   "（二）强化督查。各区每年组织开展运营质量抽查，抽检比例不低于本辖区已开通线路数的20%。",
                   "一、工作现状。截至2023年底，全市已建成公共充电桩320个。")
    _check(facts[(100, "%")], "target", ">=", "2025-06-30")
    _check(facts[(20, "%")], "requirement", ">=")
    _check(facts[(320, "个")], "actual", "=", "2023-12-31")


def test_new_lines_opened_count_an_output_and_quotas_and_matching_funds():
    facts = _facts("（五）优化城乡公交。新开通城乡公交线路不少于4条。",
                   "（六）开展评选。每年评选文明家庭，表彰名额不超过30户。",
                   "（七）资金保障。市级财政安排奖补资金2000万元；区县配套资金占比不低于30%。")
    _check(facts[(4, "条")], "target", ">=")
    _check(facts[(30, "户")], "requirement", "<=")
    _check(facts[(30, "%")], "support", ">=")


def test_banquets_meals_and_fees_per_thing():
    facts = _facts("（一）规范宴席标准。倡导宴席不超过10桌、每桌标准不超过300元，礼金一般不超过100元。",
                   "第六条 每人每天享受补贴餐数不超过2餐。上门服务的，可按每次不超过5元收取上门服务费。")
    _check(facts[(10, "桌")], "requirement", "<=")
    _check(facts[(300, "元/桌")], "requirement", "<=")
    _check(facts[(2, "餐")], "requirement", "<=")
    fee = facts[(5, "元/次")]
    assert fee.indicator_raw == "上门服务费" and fee.kind == "requirement"


def test_a_bound_on_applicants_for_support_is_an_undated_condition():
    facts = _facts("（二）给予民宿奖励。对2024年1月1日至2026年12月31日期间新评定的星级民宿，每间客房奖励3000元。"
                   "申请奖励的民宿客房数量不少于8间，且须连续经营满1年。")
    _check(facts[(8, "间")], "requirement", ">=")
