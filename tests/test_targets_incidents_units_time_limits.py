"""Incident counts and their casualties with a 分别 clause that names nothing itself, units written with their
base, count words, a procedure's time cut to a level, a rate's bare level after 为, 不得高于/不得低于, and a
national goal quoted as the yardstick (the forms blind set 14, tests/unseen14, showed:
发生各类生产安全事故6起、死亡7人，同比分别下降25%和22.2%; 分别占总数的61.1%和64.4%; 149公斤/亩, 1.42平方米/人,
20公里/小时; 亿元GDP死亡率为0.017; 不得高于0.3克/吨; 对照国家…提出的到2025年全国…下降15%的目标; 专业应急救援队伍14支, 帐篷300顶; 企业投资项目备案压缩至1个工作日; 分别压缩至15个、10个工作日), on a
notice of our own in another topic, city and wording. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_yuxi_fire_incidents_units_time_limits.txt"


def _facts():
    return [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind) for t in checked_targets(NOTICE)]


def _reported(raw: str, value: float, unit: str) -> tuple:
    return (raw, "=", value, unit, "actual")


def test_incidents_and_casualties_are_named_by_what_was_counted():
    facts = _facts()
    # 全市共发生火灾312起、死亡3人、受伤9人; 其中居民住宅发生火灾97起、死亡2人
    expected = [("火灾起数", 312, "起"), ("火灾死亡人数", 3, "人"), ("火灾受伤人数", 9, "人"),
                ("居民住宅火灾起数", 97, "起"), ("居民住宅火灾死亡人数", 2, "人")]
    assert [e for e in expected if _reported(*e) not in facts] == []


def test_a_bare_respective_clause_takes_the_earlier_figures_in_turn():
    facts = _facts()
    # 同比分别下降8.2%、40%和25%: the falls of the three figures before;
    # 分别占全市的31.1%和66.7%: each one's share of the whole city
    expected = [("火灾起数降幅", 8.2), ("火灾死亡人数降幅", 40), ("火灾受伤人数降幅", 25),
                ("居民住宅火灾起数占全市比重", 31.1), ("居民住宅火灾死亡人数占全市比重", 66.7)]
    assert [e for e in expected if _reported(*e, "%") not in facts] == []


def test_units_keep_their_base_and_count_words():
    units = {t.value: t.unit for t in checked_targets(NOTICE)}
    assert units[520] == "公斤/亩" and units[12.6] == "平方米/人" and units[15] == "公里/小时"
    assert units[50] == "顶" and units[6] == "辆" and units[200] == "套"


def test_a_procedure_time_cut_to_a_level_is_a_figure():
    facts = {(raw, value): (comparator, unit) for raw, comparator, value, unit, _ in _facts()}
    assert facts[("企业投资项目核准", 3)] == ("<=", "个工作日")
    assert facts[("施工许可证核发", 4)] == ("<=", "个工作日")
    # 分别压缩至20个、12个工作日以内: the 个 of the first figure is the 个工作日 of the second
    assert facts[("一般社会投资项目", 20)] == ("<=", "个工作日")
    assert facts[("小型社会投资项目", 12)] == ("<=", "个工作日")


def test_bounds_said_with_bu_de_and_a_rate_level_after_wei():
    facts = {t.value: (t.comparator, t.unit, t.kind) for t in checked_targets(NOTICE)}
    assert facts[2] == ("<=", "%", "requirement")  # 误报率不得高于2%: a rule
    assert facts[95] == (">=", "%", "requirement")  # 完好率不得低于95%
    assert facts[0.012] == ("=", None, "actual")  # 亿元地区生产总值火灾死亡率为0.012
    assert facts[4.5][:2] == (">=", "%")  # 不得低于年度物业费的4.5%: the bound governs across the base


def test_a_national_goal_quoted_as_the_yardstick_is_a_baseline_for_the_whole_country():
    quoted = [t for t in checked_targets(NOTICE) if t.value == 10]
    assert [(t.indicator_raw, t.comparator, t.kind, t.scope, t.deadline) for t in quoted] == [
        ("火灾死亡人数降幅", ">=", "baseline", "全国", None)]
