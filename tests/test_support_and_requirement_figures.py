"""Support and requirement figures blind sets 49–50 missed or misread, as families: a cost split written as a ratio (one
support share per budget), support paid per thing for things built after a date (a class, not an as-of date), a cap per
household and season, standards every one must meet stated among dated goals (requirements without a deadline), age
bands that name a class and the class sizes set per class, instalments of a support, shares of things in pairs and
parts, and figures that are none (a choice of one of two benefits, a floor held for years).
Each test runs a short notice of our own, in other places, topics and wordings than the blind notices; the expected
facts are written from the notice text.
"""
from tests.notice_targets import cover_notice, written_targets

ADDRESSEES = "各乡镇人民政府，各有关部门"
DATE = "2025年3月10日"


def _targets(tmp_path, body: str, org: str = "某某县人民政府办公室", title: str = "某某县农村供水保障工作方案") -> list:
    return written_targets(tmp_path / "notice.txt", cover_notice(org, title, body, ADDRESSEES, DATE))


def _by_name(targets) -> dict:
    return {t.indicator_raw: t for t in targets}


def test_a_cost_split_by_ratio_is_one_share_per_budget(tmp_path):
    body = ("三、保障措施\n（一）落实资金。管护经费由县财政与乡镇（街道）财政按7:3比例分担。维修养护资金由省、市、县财政按5∶3∶2的比例承担。"
            "宣传费用由县与乡镇按照5:5比例分担。")
    found = _by_name(_targets(tmp_path, body))
    expected = {"管护经费县财政分担比例": 70, "管护经费乡镇（街道）财政分担比例": 30, "维修养护资金省财政承担比例": 50,
                "维修养护资金市财政承担比例": 30, "维修养护资金县财政承担比例": 20}
    for name, value in expected.items():
        assert name in found, found
        t = found[name]
        assert (t.kind, t.comparator, t.value, t.unit, t.deadline) == ("support", "=", value, "%", None), t
    assert not any(t.value == 50 and "宣传" in (t.indicator_raw or "") for t in found.values())  # places alone: who pays


def test_support_per_thing_for_things_built_after_a_date_is_no_report(tmp_path):
    body = ("二、主要措施\n（二）落实建设补助。对2023年7月1日以后新建、经验收合格的村级污水处理站，按每吨处理能力800元给予一次性补助，"
            "单个站点补助最高不超过10万元；对安装一体化净化设备的，每套补助5000元。（责任单位：县财政局）")
    facts = {(t.value, t.unit): t for t in _targets(tmp_path, body)}
    for key, comparator in (((800, "元/吨"), "="), ((100000, "元"), "<="), ((5000, "元/套"), "=")):
        assert key in facts, facts
        assert (facts[key].kind, facts[key].comparator, facts[key].deadline) == ("support", comparator, None), facts[key]


def test_a_cap_per_household_and_season_is_paid_per_household(tmp_path):
    body = "二、补贴标准\n（一）空气源热泵改造。运行电费补贴每千瓦时0.15元，每户每个供暖季最高补贴900元，补贴期限2年。"
    facts = {(t.value, t.unit): t for t in _targets(tmp_path, body)}
    assert (900, "元/户") in facts, facts
    assert (facts[(900, "元/户")].kind, facts[(900, "元/户")].comparator) == ("support", "<=")


def test_standards_among_dated_goals_are_requirements_without_a_deadline(tmp_path):
    body = ("一、工作目标\n2025年，全县完成集中供热改造3000户；供热普及率达到95%以上，供热报修平均响应时间控制在12小时以内。"
            "采暖季居民室内温度不低于20℃，燃气事故抢修人员到场时间不超过1小时，企业简易注销公告时间压缩至15天。\n二、重点任务\n（一）2025年新建标准化厂房10万平方米，工业项目容积率不低于1.2，"
            "亩均投入不低于4000元。各村要于2025年5月1日前完成摸底，张榜公示不少于7天。")
    found = {(t.value, t.unit): t for t in _targets(tmp_path, body)}
    for key in ((20, "℃"), (1, "小时"), (1.2, None), (4000, "元/亩"), (7, "天")):
        assert key in found, found
        assert (found[key].kind, found[key].deadline) == ("requirement", None), found[key]
    # the year's goals stay goals: an average, a procedure cut (压缩至) too
    for key in ((3000, "户"), (95, "%"), (12, "小时"), (15, "天"), (100000, "平方米")):
        assert (found[key].kind, found[key].deadline) == ("target", "2025-12-31"), found[key]


def test_age_bands_name_classes_and_each_class_size_is_named_by_its_class(tmp_path):
    body = ("第一条 为规范幼儿园办园行为，制定本办法。\n第二条 幼儿园按小班（3—4岁）不超过25人、中班（4—5岁）不超过30人、"
            "大班（5—6岁）不超过35人确定班额。申请奖补的幼儿园须同时满足：实际招收3岁以上幼儿不少于60名；保教人员持证率不低于90%。")
    targets = _targets(tmp_path, body, title="某某县普惠性民办幼儿园认定和奖补办法")
    found = _by_name(targets)
    for name, value in (("小班班额", 25), ("中班班额", 30), ("大班班额", 35)):
        assert name in found, found
        assert (found[name].kind, found[name].comparator, found[name].value, found[name].unit) == (
            "requirement", "<=", value, "人"), found[name]
    assert not any(t.unit in ("岁", "周岁") for t in targets), targets  # the bands and the age of the class counted
    assert any(t.value == 60 and t.unit == "名" for t in targets), targets


def test_instalments_of_a_support_are_one_share_each(tmp_path):
    body = ("第一条 为规范管理，制定本办法。\n第二条 安家补贴分三年发放，首年发放50%，第二、三年各发放25%。"
            "奖励资金分两次拨付，第一次拨付60%，第二次拨付40%。\n")
    found = _by_name(_targets(tmp_path, body, title="某某市青年人才安家补贴管理办法"))
    for name, value in (("安家补贴首年发放比例", 50), ("安家补贴第二年发放比例", 25), ("安家补贴第三年发放比例", 25),
                        ("奖励资金第一次拨付比例", 60), ("奖励资金第二次拨付比例", 40)):
        assert name in found, found
        assert (found[name].kind, found[name].comparator, found[name].value, found[name].unit) == (
            "support", "=", value, "%"), found[name]


def test_a_choice_of_one_benefit_and_a_floor_held_for_years_are_no_figures(tmp_path):
    body = ("一、基本情况\n截至2023年底，全县粮食播种面积120万亩，粮食总产量达到50.2万吨，连续三年稳定在50万吨以上。\n"
            "二、支持政策\n对符合条件的返乡创业人员，给予创业补贴或租金补贴（两者只能选择一项享受）。")
    targets = _targets(tmp_path, body)
    assert {(t.value, t.unit) for t in targets} == {(1200000, "亩"), (502000, "吨")}, targets


def test_shares_of_things_in_pairs_and_parts_are_named_by_what_the_things_do(tmp_path):
    body = ("一、工作目标\n到2026年，全部乡镇综合文化站实现数字化服务，其中20%以上的文化站完成智慧化改造；100%的社区书屋和"
            "70%以上的农家书屋能够提供3种以上数字阅读服务。")
    found = _by_name(_targets(tmp_path, body))
    for name, value in (("完成智慧化改造的文化站占比", 20), ("能够提供3种以上数字阅读服务的社区书屋占比", 100),
                        ("能够提供3种以上数字阅读服务的农家书屋占比", 70)):
        assert name in found, found
        assert (found[name].kind, found[name].value, found[name].deadline) == ("target", value, "2026-12-31"), found[name]


def test_terms_duties_and_inspection_shares_of_a_scheme(tmp_path):
    body = ("第一条 为规范管理，制定本办法。\n第二条 租房补贴最长享受24个月。\n第三条 县人力资源社会保障局、县税务局要做好参保和缴费"
            "信息核查，每月比对一次。各乡镇要督促村级按不低于10%的比例对补贴发放情况开展抽查。\n")
    found = _by_name(_targets(tmp_path, body, title="某某县人才租房补贴管理办法"))
    assert "参保和缴费信息比对次数" in found, found
    assert (found["参保和缴费信息比对次数"].value, found["参保和缴费信息比对次数"].unit) == (1, "次")
    term = next(t for t in found.values() if t.unit == "个月")
    assert (term.kind, term.comparator, term.value) == ("requirement", "<=", 24), term
    assert "抽查比例" in found and found["抽查比例"].comparator == ">=", found


def test_a_family_allowance_and_its_budget_are_support(tmp_path):
    body = ("一、优待标准\n1.退役士兵家庭在基本标准外另发放慰问金每户每年1500元。\n二、有关要求\n县财政局要将退役士兵家庭慰问金列入年度财政预算，"
            "2025年预算安排不低于600万元。")
    targets = _targets(tmp_path, body, org="某某县退役军人事务局", title="某某县退役士兵家庭慰问金发放办法")
    facts = {(t.value, t.unit): t for t in targets}
    assert facts[(1500, "元/年")].kind == "support", facts
    budget = facts[(6000000, "元")]
    assert (budget.kind, budget.comparator) == ("support", ">="), budget
    assert "慰问金" in budget.indicator_raw, budget
