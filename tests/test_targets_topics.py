"""Targets on any topic: notices of our own on work safety, health, rural support, computing power, a regulation
and a national plan with an indicator table; each rule of issue 9 in wordings the real notices did not use.

Expected values are written from the notices (tests/notices/targets_*), not from program output.
"""
from pathlib import Path

import pytest

from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.runner import extract_document
from pipeline.structure import structure
from extractors.targets import extract_targets

NOTICES = Path(__file__).resolve().parent / "notices"


def _targets(name):
    doc, results, _ = extract_document(str(NOTICES / name))
    targets = results["targets"]
    for t in targets:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return targets


def _one(targets, **want):
    found = [t for t in targets if all(getattr(t, k) == v for k, v in want.items())]
    assert len(found) == 1, (want, [(t.indicator_raw, t.value, t.unit, t.kind) for t in targets])
    return found[0]


def _facts(t):
    return t.kind, t.indicator, t.indicator_raw, t.comparator, t.value, t.unit, t.deadline


def _doc(*paragraphs, issuer="某市人民政府", table=None, header_rows=1):
    blocks = [Block("text", issuer), Block("text", "2024年3月1日")] + [Block("text", p) for p in paragraphs]
    if table:
        blocks.append(Block("table", rows=table, header_rows=header_rows))
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


# ------------------------------------------------------------------------------ rates of change, 分别, 其中

def test_work_safety_plan_rates_of_decline_are_named_by_their_direction():
    targets = _targets("targets_hanzhong_work_safety_plan.txt")
    # 比2020年下降15%: the decline is the figure (降幅, at least 15%), 2020 is its base, not its deadline
    assert _facts(_one(targets, value=15, unit="%")) == (
        "target", "生产安全事故死亡人数降幅", "生产安全事故死亡人数降幅", ">=", 15, "%", "2025-12-31")
    assert _one(targets, value=33).indicator == "亿元GDP生产安全事故死亡率降幅"
    # A、B和C分别下降12%、20%、10%: three subjects, three figures
    assert _one(targets, value=12).indicator == "道路交通万车死亡率降幅"
    assert _one(targets, value=20, unit="%").indicator_raw == "工矿商贸就业人员十万人生产安全事故死亡率降幅"
    assert _one(targets, value=10, unit="%").indicator_raw == "火灾十万人口死亡率降幅"
    # a count of accidents bounded by 以内 (起), a response time, a rank goal
    assert _facts(_one(targets, unit="起")) == (
        "target", "较大及以上生产安全事故起数", "较大及以上生产安全事故起数", "<=", 2, "起", "2025-12-31")
    assert (_one(targets, unit="分钟").indicator_raw, _one(targets, unit="分钟").comparator) == (
        "应急救援队伍到达事故现场时间", "<=")
    assert _facts(_one(targets, unit="位")) == (
        "target", None, "安全生产综合考核全省排名", "<=", 5, "位", "2025-12-31")
    # the state of 2020 in 一、发展现状
    assert _facts(_one(targets, value=96)) == (
        "actual", "生产安全事故死亡人数", "生产安全事故死亡人数", "=", 96, "人", "2020-12-31")


def test_parts_spans_and_groups_of_places():
    targets = _targets("targets_hanzhong_work_safety_plan.txt")
    assert _one(targets, value=30, unit="处").indicator_raw == "新建应急避难场所"
    assert _one(targets, value=8, unit="处").indicator_raw == "县级以上避难场所"  # 其中…8处: a figure of its own
    # 15分钟应急救援圈 names a thing, 3年内完成 is a measure's deadline, 连续5年 a span: no figures
    assert not [t for t in targets if t.unit in ("年",) or (t.unit == "分钟" and t.value == 15)]
    # 各县区…不少于15人: a staffing rule for each county
    assert _facts(_one(targets, unit="人", value=15)) == (
        "requirement", None, "专职安全生产监管人员", ">=", 15, "人", None)
    assert _one(targets, unit="人", value=15).scope == "各县区"
    assert len(targets) == 12


def test_part_of_the_figure_before_by_place_or_kind():
    doc = _doc("到2025年，全市新建5G基站3000个，其中农村地区1000个。全年新建充电桩5000个，其中，甲区1200个、乙县800个。")
    targets = extract_targets(doc, {})
    rural = _one(targets, value=1000)
    assert (rural.indicator, rural.indicator_raw, rural.scope) == (None, "农村地区新建5G基站", "某市")
    assert {(t.scope, t.value) for t in targets if t.value in (1200, 800)} == {("甲区", 1200), ("乙县", 800)}


def test_a_verb_only_clause_takes_the_topic_of_its_sentence():
    doc = _doc("数字经济规模持续扩大，到2025年达到5000亿元。")
    (t,) = extract_targets(doc, {})
    assert (t.indicator_raw, t.value, t.unit, t.deadline) == ("数字经济规模", 5e11, "元", "2025-12-31")


# ------------------------------------------------------------------------------ health: units, fractions, ranks

def test_health_plan_levels_permille_fractions_and_rank_goals():
    targets = _targets("targets_xinyu_health_plan.txt")
    assert _facts(_one(targets, unit="岁")) == ("target", "人均预期寿命", "人均预期寿命", ">=", 79.5, "岁", "2025-12-31")
    assert _facts(_one(targets, unit="‰")) == ("target", "婴儿死亡率", "婴儿死亡率", "<=", 4, "‰", "2025-12-31")
    assert _one(targets, value=3.3).indicator == "每千人口执业（助理）医师数"
    share = _one(targets, unit="%", comparator=">=", value=pytest.approx(100 / 3))  # 三分之一以上
    assert share.indicator_raw.startswith("乡镇卫生院")
    # 缩短至/下降到 bound a level; the measure's words keep no verb
    assert (_one(targets, unit="分钟").indicator_raw, _one(targets, unit="分钟").comparator) == ("院前急救平均反应时间", "<=")
    assert _one(targets, value=27).indicator == "个人卫生支出占卫生总费用比重"
    assert _one(targets, value=27).comparator == "<="
    assert (_one(targets, unit="位").indicator_raw, _one(targets, unit="位").value) == ("卫生健康综合评价全省排名", 3)
    assert not [t for t in targets if t.value == 30 and t.unit == "分钟"]  # 30分钟医疗服务圈 is a name


def test_health_plan_support_and_rules():
    targets = _targets("targets_xinyu_health_plan.txt")
    t = _one(targets, kind="support", value=50000)  # 给予每人一次性补助5万元: per person, kept in the unit
    assert (t.unit, t.comparator, t.deadline) == ("元/人", "=", None)
    assert t.indicator_raw.endswith("全科医生一次性补助")
    assert _facts(_one(targets, unit="年")) == ("requirement", None, "服务期", ">=", 5, "年", None)
    # 对年诊疗量10万人次以上的社区卫生服务中心，给予一次性奖励20万元: a threshold and an award
    assert _facts(_one(targets, unit="人次")) == ("requirement", None, "年诊疗量", ">=", 100000, "人次", None)
    assert _one(targets, value=200000).indicator_raw == "社区卫生服务中心一次性奖励"
    assert len(targets) == 13


# ------------------------------------------------------------------------------ support and requirements

def test_rural_support_measures():
    targets = _targets("targets_songyang_rural_support_measures.txt")
    assert {t.kind for t in targets} == {"support", "requirement"}
    assert {t.scope for t in targets} == {"松阳县"}
    assert (_one(targets, value=1500).unit, _one(targets, value=1500).indicator_raw) == ("元/亩", "新建高标准农田补助")
    # 给予不超过项目总投资30%、最高200万元的补助: a share cap and an amount cap, both <=
    share = _one(targets, value=30)
    assert (share.kind, share.comparator, share.unit, share.indicator_raw) == (
        "support", "<=", "%", "新建连栋大棚项目补助占项目总投资比例")
    assert (_one(targets, value=2e6).comparator, _one(targets, value=2e6).indicator_raw) == ("<=", "新建连栋大棚项目补助")
    assert _facts(_one(targets, value=2e7)) == ("requirement", None, "年销售额", ">=", 2e7, "元", None)
    assert _one(targets, value=1e5).indicator_raw == "农业龙头企业一次性奖励"
    assert _facts(_one(targets, unit="户")) == ("requirement", None, "带动农户", ">=", 100, "户", None)
    assert _facts(_one(targets, unit="人")) == ("requirement", None, "固定从业人员", ">=", 10, "人", None)
    # 贴息比例不超过同期贷款市场报价利率的50%: a ratio named in the words keeps its name (the gold of sets 13 and 17
    # names 劳务报酬发放比例不低于项目财政资金的30% and 预拨比例不低于当季预算额的90% so)
    assert _one(targets, value=50).indicator_raw.endswith("贴息比例")
    # 贴息比例不超过…50%，每家每年贴息最高5万元: the cap one firm gets of a support at a rate is an amount (元), as the
    # gold of sets 10, 13, 21 and 31 reads 按…%给予补助，每家企业每年最高…万元 (units per thing)
    assert (_one(targets, value=5e4).unit, _one(targets, value=5e4).comparator) == ("元", "<=")
    funds = _one(targets, value=1.2e7)  # 一千二百万元, every year
    assert (funds.kind, funds.unit, funds.indicator_raw) == ("support", "元", "现代农业发展专项资金")
    assert _facts(_one(targets, unit="个工作日")) == ("requirement", None, "审核时限", "<=", 15, "个工作日", None)
    assert _facts(_one(targets, unit="年")) == ("requirement", None, "有效期", "=", 3, "年", None)
    assert len(targets) == 12


def test_regulation_figures_are_rules():
    targets = _targets("targets_fuzhou_expert_pool_regulation.txt")
    assert {t.kind for t in targets} == {"requirement"}
    assert _facts(_one(targets, value=8)) == ("requirement", None, "从事本专业工作年限", ">=", 8, "年", None)  # 满8年: how long, 年限
    assert _facts(_one(targets, unit="周岁")) == ("requirement", None, "年龄", "<=", 65, "周岁", None)
    assert _facts(_one(targets, value=3, unit="年")) == ("requirement", None, "入库专家每届任期", "=", 3, "年", None)
    # 连续3次…的: at least three times in a row
    assert (_one(targets, unit="次").comparator, _one(targets, unit="次").indicator_raw) == (">=", "专家无故不参加评审次数")
    assert _one(targets, value=10).indicator_raw == "申诉时限"
    assert _one(targets, value=20).indicator_raw == "决定时限"
    assert _facts(_one(targets, unit="名")) == (
        "requirement", None, "同一评审组中来自同一单位的专家", "<=", 2, "名", None)
    assert _facts(_one(targets, value=5, unit="年")) == ("requirement", None, "有效期", "=", 5, "年", None)
    assert len(targets) == 9


def test_one_is_a_count_only_after_a_bound():
    doc = _doc("一个单位原则上在同一平台只开设一个政务新媒体账号。要使扩大内需成为一个可持续的历史过程。")
    (t,) = extract_targets(doc, {})
    assert (t.kind, t.comparator, t.value, t.unit) == ("requirement", "<=", 1, "个")
    assert t.indicator_raw.endswith("政务新媒体账号")


# ------------------------------------------------------------------------------ compute, bandwidth, money in words

def test_computing_power_units_money_in_chinese_numerals_and_ranks():
    targets = _targets("targets_zhongshan_computing_power_plan.txt")
    assert _facts(_one(targets, unit="EFLOPS")) == ("target", "算力规模", "算力规模", ">=", 5, "EFLOPS", "2026-12-31")
    assert (_one(targets, unit="Tbps").value, _one(targets, unit="Gbps").comparator) == (100, ">=")
    assert _facts(_one(targets, unit="ms")) == ("target", None, "数据中心间网络时延", "<=", 1, "ms", "2026-12-31")
    assert (_one(targets, unit="平方公里").value, _one(targets, unit="平方公里").comparator) == (2, "~")
    assert _one(targets, value=1.2e11).comparator == ">"  # 突破一千二百亿元
    assert _one(targets, value=15).indicator_raw == "数字经济核心产业增加值年均增速"  # 年均增长15%
    assert _facts(_one(targets, unit="位")) == ("target", None, "数字经济规模全省排名", "<=", 3, "位", "2026-12-31")
    # 培育营收逾百亿元的数字经济龙头企业3家: the threshold (requirement) and the goal
    assert _facts(_one(targets, value=1e10)) == ("requirement", None, "营收", ">", 1e10, "元", None)
    assert _one(targets, value=3, unit="家").kind == "target"
    # 按设备投资额的20%给予补贴，单个项目最高不超过1000万元: the support continues into the next clause
    assert (_one(targets, value=20, unit="%").comparator, _one(targets, value=1e7).kind) == ("=", "support")
    assert _one(targets, value=1e7).comparator == "<="


# ------------------------------------------------------------------------------ tables of main indicators

MAIN_INDICATORS = [
    ["类别", "指标", "2020年", "2025年", "年均/累计", "属性"],
    ["经济发展", "地区生产总值增长（%）", "3.6", "—", "6左右", "预期性"],
    ["经济发展", "常住人口城镇化率（%）", "58.1*", "63", "—", "预期性"],
    ["创新驱动", "每万人口高价值发明专利拥有量（件）", "4.2", "8", "—", "预期性"],
    ["民生福祉", "城镇调查失业率（%）", "5.1", "—", "<5.5", "预期性"],
    ["民生福祉", "人均预期寿命（岁）", "77.6", "—", "〔1〕", "预期性"],
    ["绿色生态", "单位地区生产总值能源消耗降低（%）", "—", "—", "〔14〕", "约束性"],
    ["绿色生态", "森林覆盖率（%）", "44.2", "≥45", "—", "约束性"],
    ["安全保障", "粮食综合生产能力（万吨）", "—", ">3500", "—", "约束性"],
]


def test_main_indicator_table_gives_the_base_year_as_reports_and_the_goals():
    doc = _doc("某省国民经济和社会发展第十四个五年规划纲要", "表1　“十四五”时期经济社会发展主要指标",
               issuer="某省人民政府", table=MAIN_INDICATORS)
    targets = extract_targets(doc, {})
    got = {(t.kind, t.indicator, t.indicator_raw, t.comparator, t.value, t.unit, t.deadline, t.binding)
           for t in targets}
    assert got == {
        ("actual", "GDP增速", "地区生产总值增速", "=", 3.6, "%", "2020-12-31", "预期性"),
        ("target", "GDP增速", "地区生产总值年均增速", "~", 6, "%", "2025-12-31", "预期性"),
        ("actual", "常住人口城镇化率", "常住人口城镇化率", "=", 58.1, "%", "2020-12-31", "预期性"),
        ("target", "常住人口城镇化率", "常住人口城镇化率", ">=", 63, "%", "2025-12-31", "预期性"),
        ("actual", "每万人口高价值发明专利拥有量", "每万人口高价值发明专利拥有量", "=", 4.2, "件", "2020-12-31", "预期性"),
        ("target", "每万人口高价值发明专利拥有量", "每万人口高价值发明专利拥有量", ">=", 8, "件", "2025-12-31", "预期性"),
        ("actual", "城镇调查失业率", "城镇调查失业率", "=", 5.1, "%", "2020-12-31", "预期性"),
        ("target", "城镇调查失业率", "城镇调查失业率", "<=", 5.5, "%", "2025-12-31", "预期性"),
        ("actual", "人均预期寿命", "人均预期寿命", "=", 77.6, "岁", "2020-12-31", "预期性"),
        ("target", None, "人均预期寿命累计增幅", ">=", 1, "岁", "2025-12-31", "预期性"),
        ("target", "单位GDP能源消耗降幅", "单位地区生产总值能源消耗累计降幅", ">=", 14, "%", "2025-12-31", "约束性"),
        ("actual", "森林覆盖率", "森林覆盖率", "=", 44.2, "%", "2020-12-31", "约束性"),
        ("target", "森林覆盖率", "森林覆盖率", ">=", 45, "%", "2025-12-31", "约束性"),
        ("target", "粮食综合生产能力", "粮食综合生产能力", ">", 3.5e7, "吨", "2025-12-31", "约束性"),
    }
    assert {t.scope for t in targets} == {"某省"}


def test_a_goal_with_no_comparator_on_a_lower_is_better_indicator_is_a_ceiling():
    doc = _doc("主要指标", table=[["指标", "2023年", "2025年"], ["城镇调查失业率（%）", "5.0", "5.5"]])
    goal = _one(extract_targets(doc, {}), value=5.5)
    assert (goal.kind, goal.comparator) == ("target", "<=")


def test_year_columns_after_the_notice_are_all_goals():
    doc = _doc("年度目标", table=[["指标", "2024年", "2025年", "2026年"], ["5G基站数（个）", "3000", "4000", "5000"]])
    assert {(t.kind, t.value) for t in extract_targets(doc, {})} == {
        ("target", 3000), ("target", 4000), ("target", 5000)}


def test_national_plan_in_markdown_with_a_pipe_table():
    targets = _targets("targets_national_energy_plan_indicator_table.md")
    assert {t.scope for t in targets} == {"全国"}
    # 化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%、8%、10%以上、10%以上
    assert sorted((t.indicator_raw, t.value) for t in targets if t.indicator_raw.endswith("排放总量降幅")) == [
        ("化学需氧量排放总量降幅", 8), ("挥发性有机物排放总量降幅", 10), ("氨氮排放总量降幅", 8),
        ("氮氧化物排放总量降幅", 10)]
    pm = {(t.kind, t.value, t.comparator) for t in targets if t.indicator == "细颗粒物（PM2.5）平均浓度"}
    assert pm == {("actual", 33, "="), ("target", 29, "<=")}  # lower is better: 29 is a ceiling
    assert {t.binding for t in targets if t.indicator == "地表水达到或好于Ⅲ类水体比例"} == {"约束性"}
    energy = [t for t in targets if t.indicator == "单位GDP能源消耗降幅"]
    assert {t.value for t in energy} == {13.5} and len(energy) == 1  # the sentence and the table's 〔13.5〕: one figure
    support = _one(targets, kind="support")
    assert (support.comparator, support.value, support.indicator_raw) == ("<=", 20, "节能改造项目支持占项目总投资比例")


def test_kinds_and_binding_reach_the_database(tmp_path):
    import sqlite3

    from pipeline.runner import run

    db = tmp_path / "t.db"
    run([NOTICES / "targets_national_energy_plan_indicator_table.md", NOTICES / "targets_fuzhou_expert_pool_regulation.txt"],
        db)
    conn = sqlite3.connect(db)
    kinds = dict(conn.execute("select kind, count(*) from targets group by kind"))
    assert kinds["requirement"] == 9 and kinds["support"] == 1 and kinds["actual"] == 4
    bindings = dict(conn.execute("select binding, count(*) from targets where binding is not null group by binding"))
    assert bindings == {"约束性": 5, "预期性": 4}  # the sentence's 13.5% takes its table row's 约束性
    conn.close()


def test_a_national_table_of_provinces_one_figure_per_province_and_column():
    doc = _doc("2023年第三季度各省（区、市）5G发展情况", issuer="工业和信息化部", table=[
        ["省份", "5G基站数（万个）", "5G用户占比（%）"],
        ["全国", "318.9", "47.1"],
        ["广东省", "29.3", "52.6"],
        ["江苏省", "22.4", "—"],
    ])
    got = {(t.scope, t.indicator, t.value, t.unit, t.kind, t.deadline) for t in extract_targets(doc, {})}
    assert got == {("全国", "5G基站数", 3189000, "个", "actual", "2023-09-30"),
                   ("全国", "5G用户占比", 47.1, "%", "actual", "2023-09-30"),
                   ("广东省", "5G基站数", 293000, "个", "actual", "2023-09-30"),
                   ("广东省", "5G用户占比", 52.6, "%", "actual", "2023-09-30"),
                   ("江苏省", "5G基站数", 224000, "个", "actual", "2023-09-30")}


def test_a_yearly_report_of_growth_and_a_difference_from_the_province():
    doc = _doc("2023年，全市规模以上工业增加值同比增长8.2%，高于全省1.5个百分点。全年完成固定资产投资500亿元，增长10%。")
    targets = extract_targets(doc, {})  # the notice is of 2024: 2023's figures are reports
    assert _facts(_one(targets, value=8.2)) == ("actual", None, "规模以上工业增加值增速", "=", 8.2, "%", "2023-12-31")
    gap = _one(targets, unit="个百分点")
    assert (gap.kind, gap.indicator, gap.indicator_raw.startswith("规模以上工业增加值增速")) == ("actual", None, True)
    assert _one(targets, value=5e10).indicator_raw == "固定资产投资"
    assert _one(targets, value=10).indicator_raw == "固定资产投资增速"


def test_tiered_awards_give_each_tier_its_amount():
    doc = _doc("对新认定的国家级、省级、市级专精特新企业，分别给予50万元、30万元、10万元一次性奖励。"
               "对获得一等奖、二等奖、三等奖的项目分别奖励20万元、10万元、5万元。对首次入选全国百强的企业奖励100万元。")
    got = {(t.kind, t.indicator_raw, t.value) for t in extract_targets(doc, {})}
    assert got == {("support", "新认定的国家级专精特新企业一次性奖励", 5e5), ("support", "新认定的省级专精特新企业一次性奖励", 3e5),
                   ("support", "新认定的市级专精特新企业一次性奖励", 1e5), ("support", "一等奖的项目奖励", 2e5),
                   ("support", "二等奖的项目奖励", 1e5), ("support", "三等奖的项目奖励", 5e4),
                   ("support", "首次入选全国百强的企业奖励", 1e6)}


def test_counts_of_the_notices_own_parts_and_names_with_numbers_are_no_figures():
    doc = _doc("围绕5个方面提出18条措施，构建“1+N”政策体系，提供7×24小时不打烊服务，建设“15分钟”便民生活圈。"
               "深入贯彻党的二十大精神，实施10项重点工程。")
    assert [(t.indicator_raw, t.value) for t in extract_targets(doc, {})] == [("重点工程", 10)]
