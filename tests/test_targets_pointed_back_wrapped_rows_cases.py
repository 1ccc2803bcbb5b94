"""Families left after the fix rounds of blind sets 15–18, on a notice of our own in another province, topic
and wording (景德镇 ceramics, tests/notices/targets_jingdezhen_ceramics_pointed_back_wrapped_table.txt):
indicators named only by pointing back (``以上两项指标分别提高到2.5%和30%``), indicator names wrapped over two
lines in a space-aligned table and a page break (``— 2 —``) inside it, a table column of tasks counted per place
(``窑炉煤改气改造任务（座）``), a magnitude after 逾 (``逾亿元``, ``逾万亿元``) and supports listed as cases after a
colon with 分别 (``给予一次性奖补：…的，每家30万元；…的，每家分别为15万元、5万元``). Expected values are written
from the notice.
"""
from extractors.numbers import find_quantities
from pipeline.runner import extract_document
from tests.notice_targets import checked_targets

NOTICE = "targets_jingdezhen_ceramics_pointed_back_wrapped_table.txt"


def _by_value():
    return {(t.value, t.unit): t for t in checked_targets(NOTICE)}


def test_indicators_named_by_pointing_back_take_the_earlier_names():
    targets = _by_value()
    # 到2024年底，…研发投入强度达到2.1%，…网络零售额占比达到25%。到2026年底，以上两项指标分别提高到2.5%和30%
    first, second = targets[(2.1, "%")], targets[(25, "%")]
    assert "研发投入强度" in first.indicator_raw and "网络零售额占比" in second.indicator_raw
    assert targets[(2.5, "%")].indicator_raw == first.indicator_raw
    assert targets[(30, "%")].indicator_raw == second.indicator_raw
    assert targets[(2.5, "%")].deadline == targets[(30, "%")].deadline == "2026-12-31"
    assert not [t for t in checked_targets(NOTICE) if "两项" in t.indicator_raw]


def test_names_wrapped_in_a_space_aligned_table_and_rows_after_a_page_break():
    facts = {(t.indicator_raw, t.kind, t.value) for t in checked_targets(NOTICE)}
    # 规模以上陶瓷企业数字化研发设计工具普及 / 率（%）: one name over two lines
    assert ("规模以上陶瓷企业数字化研发设计工具普及率", "actual", 52) in facts
    assert ("规模以上陶瓷企业数字化研发设计工具普及率", "target", 70) in facts
    # the rows after — 2 — belong to the same table, under the same 2023年 / 2026年 columns
    assert ("日用陶瓷产品质量监督抽检合格率", "actual", 96.5) in facts
    assert ("日用陶瓷产品质量监督抽检合格率", "target", 98) in facts
    assert ("陶瓷窑炉清洁能源使用比例", "target", 100) in facts
    assert not [t for t in checked_targets(NOTICE) if t.indicator_raw.startswith("率")]


def test_a_column_of_tasks_counted_per_place():
    tasks = {t.scope: (t.value, t.unit) for t in checked_targets(NOTICE) if t.indicator_raw == "窑炉煤改气改造任务"}
    assert tasks == {"珠山区": (40, "座"), "昌江区": (35, "座"), "浮梁县": (25, "座"), "乐平市": (20, "座")}


def test_a_magnitude_after_yu_counts_one():
    assert (1e8, "元") in _by_value()  # 带动社会投资逾亿元
    text = "全国家政服务业营业收入逾万亿元"
    assert [(q.value, q.unit) for q in find_quantities(text, 0, len(text))] == [(1e12, "元")]
    text = "千家万户"
    assert find_quantities(text, 0, len(text)) == []


def test_supports_listed_as_cases_after_a_colon():
    targets = _by_value()
    # 给予一次性奖补：认定为国家级工坊的，每家30万元；认定为省级、市级工坊的，每家分别为15万元、5万元
    for value in (300000, 150000, 50000):
        t = targets[(value, "元/家")]
        assert t.kind == "support" and "奖补" in t.indicator_raw


def test_staffing_rules_are_requirements_named_by_the_post():
    # 各成员单位要确定1名分管领导和1名处级干部为联络员，于2024年4月15日前报…: the date is the report's, not the rule's
    staff = {t.indicator_raw: t for t in checked_targets(NOTICE) if t.unit == "名"}
    assert set(staff) == {"分管领导", "联络员"}
    for t in staff.values():
        assert (t.kind, t.comparator, t.value, t.deadline, t.scope) == ("requirement", "=", 1, None, "景德镇市")


PORT = "targets_lianyungang_port_dash_units_ranges.txt"  # 连云港 port plan: a unit column with a dash, a range cell


def test_a_dash_in_the_unit_column_a_range_cell_and_containers_counted_in_teu():
    facts = {(t.indicator_raw, t.kind): t for t in checked_targets(PORT)}
    index = facts[("船舶平均在港时间指数", "actual")]  # 单位 —: an index without a unit
    assert (index.value, index.unit) == (1.30, None)
    goal = facts[("船舶平均在港时间指数", "target")]  # 1.10—1.20: both bounds said
    assert (goal.value, goal.value_max, goal.comparator, goal.unit) == (1.10, 1.20, "=", None)
    assert (facts[("港口集装箱吞吐量", "actual")].value, facts[("港口集装箱吞吐量", "actual")].unit) == (6000000, "标准箱")
    assert (facts[("港口集装箱吞吐量", "target")].value, facts[("港口集装箱吞吐量", "target")].comparator) == (8000000, ">=")


def test_dates_right_before_fenbie_after_the_words_date_each_figure():
    # 连云港港集装箱海铁联运量2025年、2027年分别达到90万标准箱、120万标准箱
    rail = {t.value: t for t in checked_targets(PORT) if t.unit == "标准箱" and t.value in (900000, 1200000)}
    assert rail[900000].deadline == "2025-12-31" and rail[1200000].deadline == "2027-12-31"
    assert all("海铁联运量" in t.indicator_raw and "年" not in t.indicator_raw for t in rail.values())


def test_awards_for_thresholds_each_name_their_threshold():
    # 对年销售收入首次突破5000万元、1亿元、3亿元的陶瓷企业，分别给予20万元、40万元、80万元一次性奖励
    awards = {t.value: t for t in checked_targets(NOTICE) if t.kind == "support" and t.unit == "元"}
    for value, threshold in ((200000, "首次突破5000万元"), (400000, "首次突破1亿元"), (800000, "首次突破3亿元")):
        assert threshold in awards[value].indicator_raw and "奖励" in awards[value].indicator_raw


def test_a_later_item_takes_the_qualifier_of_the_first_and_striving_makes_a_goal(tmp_path):
    notice = tmp_path / "shaoguan_safety.txt"
    notice.write_text("韶关市安全生产委员会关于做好2024年安全生产工作的通知\n\n各县（市、区）安委会：\n\n"
                      "2023年，全市生产安全事故起数和死亡人数同比分别下降10.4%和13.9%。"
                      "2024年，力争生产安全事故起数、死亡人数同比分别下降5%、4%以上。"
                      "到2025年，每个县（区）至少建成1支30人以上的森林消防专业队伍。\n\n"
                      "韶关市安全生产委员会\n2024年2月20日\n", encoding="utf-8")
    _, results, _ = extract_document(str(notice))
    facts = {t.value: (t.indicator_raw, t.kind) for t in results["targets"]}
    # 死亡人数 after 生产安全事故起数和: the casualties of the same incidents
    assert facts[13.9] == ("生产安全事故死亡人数降幅", "actual")
    assert facts[10.4] == ("生产安全事故起数降幅", "actual")
    # 力争…同比分别下降: goals for 2024, though stated as changes on the year before
    assert facts[5] == ("生产安全事故起数降幅", "target")
    assert facts[4] == ("生产安全事故死亡人数降幅", "target")
    # 1支30人以上的森林消防专业队伍: one team in each county, each of 30 or more
    teams = {t.value: t for t in results["targets"] if t.unit in ("支", "人")}
    assert (teams[1].indicator_raw, teams[1].scope) == ("森林消防专业队伍", "各县（区）")
    assert (teams[30].indicator_raw, teams[30].comparator) == ("森林消防专业队伍人数", ">=")


def test_bounds_with_the_bound_included_counts_in_two_units_standards_and_items_after_a_semicolon(tmp_path):
    notice = tmp_path / "bijie_rural.txt"
    notice.write_text("毕节市人民政府办公室关于巩固拓展脱贫攻坚成果的实施意见\n\n各县（市、区）人民政府：\n\n"
                      "一、截至2023年底，全市易地扶贫搬迁群众1.2万户5.1万人全部实现稳定就业。\n"
                      "二、以家庭年人均纯收入7000元为2024年度防止返贫监测标准，将脱贫不稳定户纳入监测范围。\n"
                      "三、公益性岗位补贴按每人每月600元标准发放；对外出务工的脱贫劳动力给予一次性求职补贴，每人最高800元。\n"
                      "四、对符合条件的返乡创业人员发放30万元（含）以下、期限3年（含）以内的创业担保贷款。\n"
                      "五、县级财政衔接资金投入不低于上级补助资金的30%，资金提前下达比例不低于年度预算资金的60%。\n"
                      "六、对新建就业帮扶车间按每平方米不超过200元给予一次性奖补，单个县（市、区）奖补资金最高不超过300万元。\n\n"
                      "毕节市人民政府办公室\n2024年1月12日\n", encoding="utf-8")
    _, results, _ = extract_document(str(notice))
    facts = {(t.value, t.unit): t for t in results["targets"]}
    # 1.2万户5.1万人: the same people counted in households and in heads
    assert "搬迁群众" in facts[(51000, "人")].indicator_raw
    # 以…7000元为…监测标准: the standard named after 为, a rule
    standard = facts[(7000, "元")]
    assert (standard.indicator_raw, standard.kind, standard.comparator) == ("防止返贫监测标准", "requirement", "=")
    # after the ；, the allowance the item itself names (not 公益性岗位补贴 of the item before)
    allowance = facts[(800, "元/人")]
    assert (allowance.indicator_raw, allowance.kind, allowance.comparator) == ("一次性求职补贴", "support", "<=")
    # 30万元（含）以下、期限3年（含）以内: both are caps
    assert facts[(300000, "元")].comparator == "<=" and facts[(3, "年")].comparator == "<="
    # 不低于上级补助资金的30%: the measure before the bound, a share of the base (a ratio keeps its own name)
    county = facts[(30, "%")].indicator_raw
    assert "衔接资金投入占上级补助资金比例" in county and "不低于" not in county
    assert facts[(60, "%")].indicator_raw.endswith("提前下达比例")
    # 单个县（市、区）奖补资金最高不超过300万元: the cap per county, in its own words
    cap = facts[(3000000, "元")]
    assert (cap.indicator_raw, cap.kind, cap.comparator) == ("单个县（市、区）奖补资金", "support", "<=")


def test_a_national_schemes_amounts_in_brackets_before_the_local_top_up(tmp_path):
    notice = tmp_path / "shaoxing_appliances.txt"
    notice.write_text("绍兴市商务局关于开展家电以旧换新活动的通知\n\n各区、县（市）商务主管部门：\n\n"
                      "一、在国家家电以旧换新补贴（购买1级能效产品的按销售价格的20%给予补贴，每件最高2000元）基础上，"
                      "对在我市家电销售企业购买的，每件再给予300元市级补贴。\n\n"
                      "绍兴市商务局\n2024年9月10日\n", encoding="utf-8")
    _, results, _ = extract_document(str(notice))
    facts = {t.value: t for t in results["targets"]}
    # the bracket states the national scheme's amounts: 全国's, named by the scheme
    assert (facts[2000].scope, facts[2000].kind, facts[2000].indicator_raw) == ("全国", "support", "国家家电以旧换新补贴")
    assert facts[20].scope == "全国"
    assert facts[300].scope == "绍兴市"  # the city's own top-up
