"""Units, names and standards of prose figures blind sets 61–62 missed: counts written in farm and industry count
words (亿袋, 万尾, 个班次) came out with no unit and the word glued into the name; staffing ratios and the floor for
small units (每100人配备1名 / 不足100人的学校至少配备2名) were named by 的标准配备 and their base or class read as figures;
a rule counting one head as two (按2名计算) and the one head support is paid per (每安排1名) read as figures; the sum an
insurance must cover read as support per head; 据实补助 named a support by its adverb; an amount named by its own
words ending in 额; a year or a threshold in whom support is for lost the thing supported; two counters of one thing
glued together (6类10项以上); a quota of each province (每省（区、市）) scoped to the nation; a loss reported 约.
Each test runs a short notice of our own, in other places, topics and wordings than the blind notices; the expected
facts are written from the notice text.
"""
from extractors.numbers import find_quantities
from tests.notice_targets import cover_notice, written_targets

ADDRESSEES = "各乡镇人民政府，县直各部门"
DATE = "2025年3月10日"


def _targets(tmp_path, body: str, org: str = "某县农业农村局", title: str = "某县扶持办法") -> list:
    return written_targets(tmp_path / "notice.txt", cover_notice(org, title, body, ADDRESSEES, DATE))  # spans checked


def _by_value(targets) -> dict:
    return {(t.value, t.unit): t for t in targets}


def test_farm_and_industry_count_words_are_units():
    found = {(q.value, q.unit) for q in find_quantities(
        "香菇菌棒1.5亿棒，中蜂5000群，投放鱼苗120万尾，新打机井30眼，安装路灯800盏，接种疫苗200万头份，"
        "每日开行不少于4个班次，治理尾矿库3座")}
    assert {(150000000, "棒"), (5000, "群"), (1200000, "尾"), (30, "眼"), (800, "盏"), (2000000, "头份"),
            (4, "个班次"), (3, "座")} <= found


def test_count_words_that_start_other_words_are_no_units():
    assert [q.unit for q in find_quantities("采购500克袋装大米")] == ["克"]
    assert all(q.unit != "群" for q in find_quantities("惠及3万群众"))
    assert all(q.unit != "尾" for q in find_quantities("治理1处尾矿库"))


def test_mushroom_bags_are_counted_in_bags_not_glued_into_the_name(tmp_path):
    body = ("一、发展目标\n到2027年，全县香菇栽培规模稳定在3亿袋以上，其中花菇0.8亿袋。\n"
            "二、扶持政策\n对新建年产能500万袋以上的菌棒厂，按设备投资额的30%给予补助，单个项目最高不超过200万元。\n")
    facts = _by_value(_targets(tmp_path, body))
    goal = facts[(300000000, "袋")]
    assert (goal.kind, goal.comparator, goal.indicator_raw) == ("target", ">=", "香菇栽培规模")
    assert "袋" not in facts[(80000000, "袋")].indicator_raw
    threshold = facts[(5000000, "袋")]
    assert threshold.kind == "requirement" and threshold.comparator == ">="
    assert "袋" not in threshold.indicator_raw


def test_staffing_ratio_and_floor_of_small_units(tmp_path):
    body = ("一、配齐人员\n养老机构护理员原则上按照失能老人每10名配备1名的标准配备，入住失能老人不足10名的机构至少配备1名。\n"
            "二、配齐保洁\n村级保洁员按每200户配备1名的标准配备。\n")
    targets = _targets(tmp_path, body)
    assert not [t for t in targets if t.value in (10, 200)]  # the base and the class are no figures
    named = {t.indicator_raw: t for t in targets}
    ratio = next(t for raw, t in named.items() if raw.startswith("养老机构护理员") and "每10名" in raw)
    assert (ratio.kind, ratio.value, ratio.unit, ratio.comparator) == ("requirement", 1, "名", "=")
    floor = next(t for raw, t in named.items() if "不足10名" in raw)
    assert floor.indicator_raw.startswith("养老机构护理员")
    assert (floor.kind, floor.value, floor.unit, floor.comparator) == ("requirement", 1, "名", ">=")
    cleaner = next(t for raw, t in named.items() if raw.startswith("村级保洁员"))
    assert (cleaner.kind, cleaner.value, cleaner.unit) == ("requirement", 1, "名")


def test_a_rule_counting_heads_and_the_one_head_paid_per_are_no_figures(tmp_path):
    body = ("第五条　对超比例安排退役军人就业的企业，按每招收1名退役军人每年2000元的标准给予奖励。"
            "企业招收1名伤残退役军人就业的，按招收2名退役军人计算。\n")
    targets = _targets(tmp_path, body, org="某县退役军人事务局")
    assert [(t.value, t.unit, t.kind) for t in targets] == [(2000, "元/年", "support")]


def test_the_sum_an_insurance_must_cover_is_a_requirement_in_yuan(tmp_path):
    body = ("县林业局要为每名生态护林员购买保额不低于50万元的意外伤害保险，每人每月发放管护补助1000元。"
            "为每名网格员购买保险金额不低于30万元的意外伤害保险。\n")
    facts = _by_value(_targets(tmp_path, body, org="某县林业局"))
    insured = facts[(500000, "元")]
    assert (insured.kind, insured.comparator, insured.indicator_raw) == ("requirement", ">=", "意外伤害保险保额")
    assert facts[(300000, "元")].indicator_raw == "意外伤害保险金额"
    assert facts[(1000, "元/月")].kind == "support"


def test_support_named_by_its_item_not_its_adverb_and_by_its_own_amount_words(tmp_path):
    body = ("2.交通补助。学员参加集中培训的，按每人每天不超过30元标准据实补助。\n"
            "3.贷款贴息。对家庭农场新增贷款按贷款市场报价利率的50%给予贴息，单个主体年度贴息额最高5万元。\n")
    facts = _by_value(_targets(tmp_path, body))
    assert facts[(30, "元/天")].indicator_raw == "交通补助"
    capped = facts[(50000, "元")]
    assert (capped.kind, capped.comparator, capped.indicator_raw) == ("support", "<=", "单个主体年度贴息额")


def test_support_named_by_the_thing_supported_past_a_year_or_a_threshold(tmp_path):
    body = ("对2025年新建连栋温室的合作社，按每平方米60元给予补助。"
            "对年回收废旧农膜1000吨以上的企业，按实际回收量每吨补助200元。\n")
    facts = _by_value(_targets(tmp_path, body))
    assert "连栋温室" in facts[(60, "元/平方米")].indicator_raw
    assert "回收废旧农膜" in facts[(200, "元/吨")].indicator_raw
    assert facts[(1000, "吨")].kind == "requirement"


def test_two_counters_of_one_thing_glued_together(tmp_path):
    body = "达标的康复站应当能够开展5类8项以上康复服务，配备康复治疗师不少于2名。\n"
    facts = _by_value(_targets(tmp_path, body, org="某县卫生健康局"))
    for key in ((5, "类"), (8, "项")):
        assert (facts[key].indicator_raw, facts[key].comparator, facts[key].kind) == (
            "康复服务", ">=", "requirement"), key


def test_a_quota_of_each_county_is_scoped_to_the_counties(tmp_path):
    body = "各县（市、区）于2025年5月底前完成推荐，每县（市、区）推荐数量不超过5个。\n"
    targets = _targets(tmp_path, body, org="某市文化和旅游局", title="某市推荐工作方案")
    quota = next(t for t in targets if t.value == 5)
    assert (quota.scope, quota.comparator, quota.kind, quota.deadline) == ("各县（市、区）", "<=", "requirement", None)


def test_a_loss_reported_about_is_kept(tmp_path):
    body = "2024年，全县开展人工增雨作业80场次，减少干旱灾害经济损失约1.6亿元。\n"
    facts = _by_value(_targets(tmp_path, body, org="某县气象局"))
    loss = facts[(160000000, "元")]
    assert (loss.kind, loss.comparator, loss.indicator_raw) == ("actual", "~", "减少干旱灾害经济损失")
