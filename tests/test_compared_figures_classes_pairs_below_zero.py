"""Figures a reader compares that the targets extractor missed or misnamed (the family blind sets 39–42 showed): a
figure per 千人口 written with 拥有, a threshold that only names the class a count counts, two counts in a row each
of its own things, a temperature below zero. Each test runs a short notice of our own, in other places, topics and
wordings than the blind notices; expected facts are written from the notice text.
"""
from tests.notice_targets import cover_notice, written_targets

ADDRESSEES = "各乡镇人民政府，县直各部门"
DATE = "2025年4月18日"


def _targets(tmp_path, name: str, org: str, title: str, body: str) -> list:
    return written_targets(tmp_path / name, cover_notice(org, title, body, ADDRESSEES, DATE))


def test_a_figure_per_thousand_people_written_with_have_is_the_indicator(tmp_path):
    body = ("一、现状。截至2024年底，全县每千人口拥有床位数5.6张，每千常住人口拥有3岁以下婴幼儿托位数2.9个。\n"
            "二、目标。到2027年，每千人口拥有托位数达到4个。\n")
    targets = _targets(tmp_path, "per_thousand.txt", "岳西县卫生健康委员会", "健康岳西三年行动方案", body)
    found = {(t.indicator, t.value, t.unit, t.kind) for t in targets}
    assert ("每千人口医疗卫生机构床位数", 5.6, "张", "actual") in found, found
    assert ("每千人口拥有3岁以下婴幼儿托位数", 2.9, "个", "actual") in found, found
    assert ("每千人口拥有3岁以下婴幼儿托位数", 4, "个", "target") in found, found


def test_a_threshold_naming_the_class_a_count_counts_is_part_of_its_name(tmp_path):
    body = ("一、发展目标。到2026年，全县年纳税额500万元以上的企业达到30家、1000万元以上的企业达到12家；"
            "培育5家年产值10亿元以上的龙头企业。\n"
            "二、发展基础。截至2024年底，全县年营业收入2000万元以上的服务业企业18家。\n"
            "三、奖励政策。对年营业收入首次突破1亿元的企业，给予一次性奖励10万元。\n")
    targets = _targets(tmp_path, "classes.txt", "仙居县人民政府", "促进民营经济高质量发展实施方案", body)
    # the thresholds that only say which firms are counted are no facts of their own
    assert not [t for t in targets if t.value in (5e6, 1e7, 1e9, 2e7)], [(t.indicator_raw, t.value) for t in targets]
    counts = {(t.indicator_raw, t.value, t.unit, t.kind) for t in targets if t.unit == "家"}
    assert counts == {("年纳税额500万元以上的企业", 30, "家", "target"), ("年纳税额1000万元以上的企业", 12, "家", "target"),
                      ("年产值10亿元以上的龙头企业", 5, "家", "target"),
                      ("年营业收入2000万元以上的服务业企业", 18, "家", "actual")}, counts
    # a threshold with no count of the firms it qualifies says who is eligible: a requirement
    eligible = [t for t in targets if t.value == 1e8]
    assert [(t.kind, t.comparator, t.unit) for t in eligible] == [("requirement", ">", "元")]


def test_two_counts_in_a_row_are_each_named_by_their_own_things(tmp_path):
    body = ("一、基本情况。截至2024年底，全县共有15所农村幼儿园320名保教人员。2024年，全县共为42个村的3600户脱贫户"
            "发放产业奖补资金。\n"
            "二、建设任务。每个乡镇至少建成1个篮球场和1个笼式足球场。\n")
    targets = _targets(tmp_path, "pairs.txt", "屏南县教育局", "学前教育普及普惠县创建方案", body)
    found = {(t.indicator_raw, t.value, t.unit) for t in targets}
    assert ("农村幼儿园", 15, "所") in found and ("保教人员", 320, "名") in found, found
    assert ("村", 42, "个") in found and ("脱贫户", 3600, "户") in found, found
    # a list of items each with its count keeps each item's name (no pair)
    assert ("篮球场", 1, "个") in found and ("笼式足球场", 1, "个") in found, found


def test_the_bound_the_first_count_states_holds_for_the_second(tmp_path):
    body = "一、培训规模。每期培训班原则上不超过3个班次120名学员。\n"
    targets = _targets(tmp_path, "pair_bound.txt", "永德县人力资源和社会保障局", "职业技能培训实施办法", body)
    learners = [t for t in targets if t.value == 120]
    assert [(t.indicator_raw, t.comparator) for t in learners] == [("学员", "<=")], \
        [(t.indicator_raw, t.value, t.comparator) for t in targets]


def test_temperatures_below_zero_are_negative(tmp_path):
    body = ("一、日最低气温降至零下20℃以下时，应当停止室外高空作业。\n"
            "二、最低气温低于零下5摄氏度的，发放防寒补贴每人每天15元。\n"
            "三、冷链仓储温度应控制在-18℃以下，室内作业场所温度不低于16℃。\n")
    targets = _targets(tmp_path, "cold.txt", "漠河市人力资源和社会保障局", "冬季低温作业劳动保护办法", body)
    cold = sorted((t.value, t.comparator) for t in targets if t.unit == "℃")
    assert cold == [(-20, "<="), (-18, "<="), (-5, "<="), (16, ">=")], cold
    for t in targets:
        if t.unit == "℃" and t.value < 0:
            assert t.evidence.count("零下") + t.evidence.count("-") == 1  # the sign is in the evidence


def test_a_name_that_is_only_what_a_figure_is_per_takes_the_measure_before_it(tmp_path):
    body = ("二、待遇标准。参保人员住院起付标准为600元，特殊药品年度支付限额合并计算，每人每年不超过8万元。"
            "护理补贴按月发放，每人每月300元。\n")
    targets = _targets(tmp_path, "per_unit.txt", "忻州市医疗保障局", "城乡居民医疗保障待遇实施细则", body)
    cap = [t for t in targets if t.value == 80000]
    assert [(t.indicator_raw, t.comparator, t.unit) for t in cap] == [("特殊药品年度支付限额", "<=", "元/年")], \
        [(t.indicator_raw, t.value) for t in targets]
    assert not [t for t in targets if t.indicator_raw in ("每人每年", "每人每月")]
