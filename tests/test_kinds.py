"""The kind (target / actual / requirement / support), comparator and deadline of figures, in the forms blind sets
39–42 showed misread, on short notices of our own in other topics, places and wordings:

- a report dated by the months of a year so far (2024年1—9月) is an actual as of that month's end; support paid out in
  a year named before the notice (2023年，…兑现补助资金…) is reported, an actual, kept though it is money;
- an amount of funds named as such (配套资金, 专项经费, 争取…资金) is support, not a goal (bonds raised stay goals);
- a rule in a sentence after one whose own goal a date heads (2025年全县新招聘…。每名…不少于…) holds beyond that date:
  a requirement without a deadline; a date standing alone at a paragraph's head still dates the goals after it;
- bounds said as 限 / 只能 / 最长 cap the figure (<=); a level a report says was come down to (下降到) is what was reached;
- a support table's standard cell giving a share of a base is that share of support; a column of 最低标准 is a floor;
- a project table: money a planned size (=), what is built a goal (>=), due by the row's completion column;
- figures under a heading of conditions (申报条件), in a bracket defining who is supported, or closing a condition with
  …以上时 are thresholds, their year the one measured, not a deadline; a loan a scheme caps (单笔贷款最高) is support.

Expected values are written from the notices, not from program output.
"""
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from extractors.deadlines import find_deadlines
from extractors.targets import extract_targets


def _doc(*paragraphs, date="2024年10月15日"):
    blocks = ([Block("text", "某县人民政府办公室关于印发某县工作方案的通知"), Block("text", "各乡镇人民政府，县直各单位：")]
              + [Block("text", p) for p in paragraphs]
              + [Block("text", "某县人民政府办公室"), Block("text", date)])
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def _by_value(targets):
    return {(t.value, t.unit): (t.kind, t.comparator, t.deadline) for t in targets}


def test_months_of_a_year_so_far_date_a_report():
    assert [(d.date, d.start) for d in find_deadlines("2024年1—9月，全县", "2024-10-15")] == [("2024-09-30", "2024-01-01")]
    assert [(d.date, d.start) for d in find_deadlines("2023年3至8月", None)] == [("2023-08-31", "2023-03-01")]
    facts = _by_value(extract_targets(_doc("一、基本情况", "2024年1—9月，全县居家养老服务中心开展助餐服务12.6万人次，"
                                                      "财政资金支付380万元。")))
    assert facts[(126000, "人次")] == ("actual", "=", "2024-09-30")
    assert facts[(3800000, "元")] == ("actual", "=", "2024-09-30")  # money paid out, reported (基金/资金支付)


def test_a_span_of_days_is_due_at_its_end():
    found = find_deadlines("申报时间为2025年3月1日至6月30日", "2025-01-01")
    assert [(d.date, d.start) for d in found] == [("2025-06-30", "2025-03-01")]


def test_support_paid_in_a_year_gone_by_is_reported():
    facts = _by_value(extract_targets(_doc(
        "2023年，全县共为2100户困难家庭兑现取暖补贴资金630万元，带动社会资金投入约90万元。", date="2024年9月1日")))
    assert facts[(6300000, "元")] == ("actual", "=", "2023-12-31")
    assert facts[(900000, "元")] == ("actual", "~", "2023-12-31")


def test_funds_named_as_such_are_support_and_bonds_stay_goals():
    targets = extract_targets(_doc(
        "（五）强化资金保障。县财政局要将消防工作经费列入年度预算，保障全县消防专项经费不少于80万元。",
        "力争每年获得水利领域专项债券资金不少于3亿元。",
        "入驻企业注册资金不低于100万元。",
        "县农商银行推出“助农贷”，单笔贷款最高200万元。"))
    facts = _by_value(targets)
    assert facts[(800000, "元")] == ("support", ">=", None)
    assert facts[(300000000, "元")][0] == "target"  # bonds are funding raised, not given
    assert facts[(1000000, "元")][0] == "requirement"  # a firm's own capital: who may enter
    assert facts[(2000000, "元")] == ("support", "<=", None)  # a loan a scheme allows


def test_funds_to_raise_by_the_date_heading_their_sentence_keep_it():
    facts = _by_value(extract_targets(_doc(
        "2025年6月底前，全县完成小型水库除险加固总投资1.2亿元以上，其中争取上级补助资金6000万元，"
        "县级整合配套资金不少于1500万元。", date="2024年11月1日")))
    assert facts[(60000000, "元")] == ("support", "=", "2025-06-30")
    assert facts[(15000000, "元")] == ("support", ">=", "2025-06-30")


def test_rules_after_a_sentence_dated_by_its_own_goal_hold_beyond_it():
    facts = _by_value(extract_targets(_doc(
        "三、护林员管理",
        "2025年全县新聘生态护林员460名，原则上每名护林员管护林地面积不超过3000亩。护林员每月巡山天数不少于22天，"
        "聘期为2年，期满考核合格的可以续聘。", date="2025年2月10日")))
    assert facts[(460, "名")] == ("target", ">=", "2025-12-31")
    assert facts[(22, "天")] == ("requirement", ">=", None)
    assert facts[(2, "年")] == ("requirement", "=", None)


def test_a_date_heading_a_paragraph_alone_still_dates_the_goals_after_it():
    facts = _by_value(extract_targets(_doc("到2026年，全县建成村级养老服务站120个。农村互助养老覆盖率不低于80%。")))
    assert facts[(80, "%")] == ("target", ">=", "2026-12-31")


def test_an_output_counted_over_some_years_stays_a_goal():
    facts = _by_value(extract_targets(_doc("县财政每年安排专项资金500万元，五年培育示范家庭农场不少于200家。")))
    assert facts[(200, "家")] == ("target", ">=", None)
    assert facts[(5000000, "元")] == ("support", "=", None)


def test_caps_said_as_only_or_limited_or_longest():
    facts = _by_value(extract_targets(_doc(
        "对购买节能灶具的农户，每台给予300元补贴，每户限购2台。",
        "对新建的社区食堂给予运营补贴，补贴期限最长2年。",
        "活动因故不能如期举办的，可申请变更一次日期，且只能变更一次。")))
    assert facts[(2, "台")] == ("requirement", "<=", None)
    assert facts[(2, "年")] == ("requirement", "<=", None)
    assert facts[(1, "次")][1] == "<="


def test_a_level_come_down_to_is_what_a_report_reached():
    facts = _by_value(extract_targets(_doc(
        "2023年，全县耕地土壤酸化面积占比下降到11.2%，镉超标点位比例控制在3%以内。", date="2024年6月1日")))
    assert facts[(11.2, "%")] == ("actual", "=", "2023-12-31")
    assert facts[(3, "%")] == ("actual", "<=", "2023-12-31")  # 以内 states a bound


def test_support_table_share_cells_and_floor_columns():
    facts = _by_value(extract_targets(_doc(
        "第五条 补助标准如下：",
        "支持类别\t补助标准\t单个项目补助上限",
        "冷库\t不超过核定总投资的35%\t200万元",
        "烘干设施\t核定总投资的25%\t80万元",
        "附件",
        "某县村医岗位补助县定最低标准",
        "岗位类别\t县定最低标准（元/人·月）\t备注",
        "村卫生室负责人\t900\t含一村一室",
        "乡村医生\t700\t")))
    assert facts[(35, "%")] == ("support", "<=", None)
    assert facts[(25, "%")] == ("support", "=", None)
    assert facts[(900, "元/月")] == ("support", ">=", None)
    assert facts[(700, "元/月")] == ("support", ">=", None)


def test_project_table_sizes_outputs_and_due_dates():
    targets = extract_targets(_doc(
        "附件：某县污水管网重点项目表",
        "序号\t项目名称\t新建管网（公里）\t服务人口（万人）\t总投资（万元）\t完工时间",
        "1\t城东片区污水管网工程\t36\t4.5\t8600\t2025年9月底",
        "2\t城西片区雨污分流工程\t22\t2.1\t5400\t2026年6月底"))
    facts = {(t.indicator_raw, t.value): (t.comparator, t.deadline) for t in targets}
    assert facts[("城东片区污水管网工程新建管网", 36)] == (">=", "2025-09-30")
    assert facts[("城东片区污水管网工程服务人口", 45000)] == (">=", "2025-09-30")
    assert facts[("城西片区雨污分流工程总投资", 54000000)] == ("=", "2026-06-30")


def test_conditions_inspection_shares_eligible_plots_and_bracketed_terms():
    facts = _by_value(extract_targets(_doc(
        "三、申报条件",
        "1.在本县注册登记的农资经营企业，2024年农资销售额不低于500万元；",
        "四、工作要求",
        "县农业农村局于2025年10月底前开展专项检查，抽查乡镇数量不低于总数的40%。",
        "对集中连片30亩以上实施土壤改良的，每亩补助200元。",
        "轮作休耕期限为3年（2025—2027年）。",
        "对经县商务局认定的示范网点（与从业人员签订劳动合同的人员占比达到70%以上），给予一次性奖励2万元。",
        "大风预警等级达到3级以上时，一律停止户外高空作业。", date="2025年3月1日")))
    assert facts[(5000000, "元")] == ("requirement", ">=", None)
    assert facts[(40, "%")] == ("requirement", ">=", None)
    assert facts[(30, "亩")] == ("requirement", ">=", None)
    assert facts[(3, "年")] == ("requirement", "=", None)
    assert facts[(70, "%")] == ("requirement", ">=", None)  # a bracket defining who is rewarded
    assert facts[(3, "级")] == ("requirement", ">=", None)  # …以上时: the condition of a rule
