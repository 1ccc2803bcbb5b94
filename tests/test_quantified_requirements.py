"""Quantified requirements (tests/ANNOTATION_GUIDE.md: a quantified rule, eligibility threshold, staffing rule, term,
time limit or age limit), in the forms blind sets 35–38 showed stored as goals or not at all, on notices of our own
in other topics, places and wordings:

- an undated figure whose bound is stated (不少于 / 不超过 / 不小于) is a standing standard, a requirement; an output
  counted over a year (每年举办…不少于50场次) stays a goal, and so does any dated goal;
- a span of time bounded (不少于40小时, 3年以上), a leave (婚假3天), a span a payment is counted by (每年按12个月计发) and
  an age that says who a rule or benefit is for (对70周岁以上老年人, 招聘35周岁以下…的指导员) are figures of a rule;
- an age naming a class inside an indicator or a count, and a threshold naming a class of places (常住人口50万以上县),
  are no figures.

Expected values are written from the notices, not from program output.
"""
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from extractors.targets import extract_targets
from tests.notice_targets import checked_targets

NOTICE = "requirements_luzhou_sports_venues.txt"


def _facts(targets):
    return {(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.deadline) for t in targets}


def _doc(*paragraphs):
    blocks = [Block("text", "某县人民政府办公室"), Block("text", "2024年5月6日")] + [Block("text", p) for p in paragraphs]
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def test_bounded_undated_figures_are_standards_of_a_rule():
    facts = _facts(checked_targets(NOTICE))
    assert ("requirement", "公共体育场馆每周开放时间", ">=", 35, "小时", None) in facts
    assert ("requirement", "自动体外除颤器与主要运动区域的距离", "<=", 150, "米", None) in facts
    assert ("requirement", "场馆监控录像保存时间", ">=", 30, "天", None) in facts


def test_bounded_spans_of_time_are_figures_named_by_their_action():
    facts = _facts(checked_targets(NOTICE))
    assert ("requirement", "救生员每年参加复训时间", ">=", 24, "小时", None) in facts  # 每年…不少于24小时: an effort
    assert ("requirement", "复训记录存放年限", ">=", 3, "年", None) in facts  # 存放3年以上
    assert ("requirement", "连续聘用时长", ">=", 12, "个月", None) in facts  # 聘用满12个月


def test_leave_and_the_months_a_payment_is_counted_by_are_terms():
    facts = _facts(checked_targets(NOTICE))
    assert ("requirement", "婚假", "=", 3, "天", None) in facts
    assert ("requirement", "护理假", "=", 15, "天", None) in facts
    assert ("requirement", "岗位补贴计发月数", "=", 12, "个月", None) in facts
    assert ("support", "社会体育指导员岗位补贴", "=", 300, "元/月", None) in facts


def test_ages_that_say_who_is_eligible_or_admitted():
    facts = _facts(checked_targets(NOTICE))
    assert ("requirement", "年龄", ">=", 70, "周岁", None) in facts  # 对70周岁以上老年人、残疾人免费开放
    assert ("requirement", "社会体育指导员年龄", "<=", 35, "周岁", None) in facts  # 招聘35周岁以下、…的社会体育指导员


def test_outputs_of_a_year_and_dated_goals_stay_goals_and_a_class_of_places_is_no_figure():
    targets = checked_targets(NOTICE)
    facts = _facts(targets)
    assert ("target", "全民健身赛事活动", ">=", 50, "场次", None) in facts  # 每年举办…不少于50场次
    assert ("target", "人均体育场地面积", ">=", 2.6, "平方米", "2025-12-31") in facts
    assert not [t for t in targets if t.value == 500000]  # 常住人口50万以上县: which counties, not a figure
    assert len(targets) == 14


def test_an_age_in_brackets_after_a_class_word_is_the_class_s_threshold():
    doc = _doc("对低保家庭中的重度残疾、高龄（90周岁以上）老年人，每人每月另发护理补贴200元。")
    ages = [t for t in extract_targets(doc, {}) if t.unit == "周岁"]
    assert [(t.kind, t.indicator_raw, t.comparator, t.value) for t in ages] == [
        ("requirement", "高龄老年人年龄", ">=", 90)]


def test_ages_naming_a_class_in_a_count_or_an_indicator_are_no_figures():
    doc = _doc("截至2023年底，全县60周岁以上老年人5.2万人。到2025年，每千人口拥有3岁以下婴幼儿托位数达到4个。"
               "按实际收托3岁以下婴幼儿人数每人每月100元给予补助。人均预期寿命达到79岁。")
    targets = extract_targets(doc, {})
    assert not [t for t in targets if t.unit == "周岁"]
    assert [(t.kind, t.value) for t in targets if t.unit == "岁"] == [("target", 79)]  # a life span is a level


def test_a_dated_bounded_goal_stays_a_goal_and_a_staffing_floor_keeps_its_bound():
    doc = _doc("到2025年底，全县新建社区健身中心不少于20个。", "每个乡镇至少配备专职文物保护员2名，文物保护单位与加油站的距离不小于100米。")
    facts = _facts(extract_targets(doc, {}))
    assert ("target", "新建社区健身中心", ">=", 20, "个", "2025-12-31") in facts
    assert any(f[0] == "requirement" and f[2] == ">=" and f[3] == 2 for f in facts)  # 至少配备…2名: at least
    assert any(f[0] == "requirement" and f[2] == ">=" and f[3] == 100 and f[4] == "米" for f in facts)


def test_a_bound_stated_apart_from_its_figure_gives_its_comparator():
    doc = _doc("困难老人认定标准按不超过当地最低工资标准的1.2倍确定，护理员工资按不低于当地最低工资标准的1.5倍确定。"
               "每名护理员最多照护4名失能老人。")
    got = {(t.value, t.comparator) for t in extract_targets(doc, {})}
    assert {(1.2, "<="), (1.5, ">="), (4, "<=")} <= got


def test_spans_that_size_an_amount_or_name_a_class_are_no_figures_and_a_dated_sentence_keeps_its_goal():
    doc = _doc("按不低于2个月的运营经费向养老机构预拨周转金。5年以下（含5年）贷款利率调整为2.6%。",
               "全县区域养老服务中心不少于5个，2026年底前实现乡镇全覆盖。")
    targets = extract_targets(doc, {})
    assert not [t for t in targets if t.unit in ("个月", "年")]
    (centre,) = [t for t in targets if t.unit == "个"]
    assert (centre.kind, centre.comparator) == ("target", ">=")


def test_weights_per_kilogram_keep_their_base():
    doc = _doc("到2025年，耕层土壤有机质含量提高2克/千克，每份样品留样量不少于100克。")
    got = {(t.value, t.unit) for t in extract_targets(doc, {})}
    assert got == {(2, "克/千克"), (100, "克")}


def test_a_threshold_dated_by_the_year_before_is_a_rule_and_a_list_shares_its_floor():
    doc = _doc("（一）奖励对象。上年度在本市连续参保缴费6个月以上，且未发生重大安全事故的小微企业。",
               "每个行政村至少建设1个村级养老服务站、1个儿童之家。")
    targets = extract_targets(doc, {})
    (months,) = [t for t in targets if t.unit == "个月"]
    assert (months.kind, months.comparator, months.value, months.deadline) == ("requirement", ">=", 6, None)
    assert [(t.kind, t.comparator) for t in targets if t.unit == "个"] == [("requirement", ">=")] * 2
