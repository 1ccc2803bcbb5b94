"""The families blind set 7 (tests/unseen7) showed, in other wordings: a city's tourism and sports measures of
our own (tests/notices/targets_zhangjiajie_tourism_sports_measures.txt) and short documents.

Families: places (and operators) before 分别 with the measure glued to the last of them (永定区、武陵源区和慈利县全年
旅游收入分别…); bare numbers listed before the one that carries the unit (分别给予10、6、3万元 / 分别不得超过1.5、
5毫克/立方米); the unit of an amount paid per thing (每辆 → 元/辆, 每人次 → 元/人次, 每间客房 → 元/间, 每人每月 →
元/月; a yearly budget and a cap per unit stay 元); funds named by what they are for (安排…资金，用于发放…消费券);
bond money sought (力争获得…专项债券资金) a goal, not support; a completion rate due later a goal, one reported
a report; time limits each with its own action (2小时内响应、3个工作日内办结); nights (2.5晚); a figure inside a
name in quotes (“三个百分之百”); a bare count among conditions (…并乘坐旅游专列、累计人数超过…); an organ keeping a schedule as the actor of a task (每季度对…开展督查); a date
inside 对…的 says who is eligible, not when the task is due; emission limits (a county's boiler plan,
tests/notices/targets_linfen_boiler_emission_plan.txt) are rules every source must meet, ambient levels goals.
Expected values are written from the notices.
"""
from pathlib import Path

from extractors.numbers import find_quantities
from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "targets_zhangjiajie_tourism_sports_measures.txt"


def _results():
    doc, results, _ = extract_document(str(NOTICE))
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results


def _facts(t):
    return t.kind, t.indicator_raw, t.scope, t.comparator, t.value, t.unit, t.deadline


def _one(targets, **fields):
    found = [t for t in targets if all(getattr(t, k) == v for k, v in fields.items())]
    assert len(found) == 1, (fields, [_facts(t) for t in targets])
    return found[0]


def test_places_and_operators_before_fenbie_each_get_their_figure():
    targets = _results()["targets"]
    # 永定区、武陵源区和慈利县全年旅游收入分别力争突破300亿元、200亿元、50亿元: the last pair joined by 和,
    # the measure glued to the last place; each place its own figure, the words without the places
    assert [(t.scope, t.indicator_raw, t.comparator, t.value) for t in targets if t.unit == "元" and t.value >= 5e9] == [
        ("永定区", "旅游收入", ">", 3e10), ("武陵源区", "旅游收入", ">", 2e10), ("慈利县", "旅游收入", ">", 5e9)]
    assert [(t.scope, t.value) for t in targets if t.unit == "个"] == [("张家界电信", 800), ("张家界移动", 1000)]
    assert _facts(_one(targets, value=1e8)) == ("target", "接待游客", "张家界市", ">", 1e8, "人次", "2026-12-31")


def test_bare_numbers_listed_before_a_unit_share_it():
    assert [(q.value, q.unit) for q in find_quantities("分别给予10、6、3万元一次性奖励")] == [
        (1e5, "元"), (6e4, "元"), (3e4, "元")]
    assert [(q.value, q.unit) for q in find_quantities("排放浓度分别不得超过1.5、5毫克/立方米")] == [
        (1.5, "毫克/立方米"), (5, "毫克/立方米")]
    # no 分别 and no comparator word before the list: item numbers, not figures
    assert [q.value for q in find_quantities("落实第1、2、3项任务")] == [3]
    targets = _results()["targets"]
    assert [(t.indicator_raw, t.value) for t in targets if t.unit == "元" and t.value in (1e5, 6e4, 3e4)] == [
        ("新评定为五星级的乡村民宿一次性奖励", 1e5), ("新评定为四星级的乡村民宿一次性奖励", 6e4),
        ("新评定为三星级的乡村民宿一次性奖励", 3e4)]
    limits = [(t.kind, t.comparator, t.value) for t in targets if t.unit == "毫克/立方米"]
    assert limits == [("requirement", "<=", 1.5), ("requirement", "<=", 5)]  # 不得超过 bounds both


def test_the_unit_of_an_amount_paid_per_thing_keeps_the_thing():
    targets = _results()["targets"]
    assert _facts(_one(targets, value=1e4)) == (
        "support", "购置新能源旅游大巴补贴", "张家界市", "<=", 1e4, "元/辆", None)  # 每辆最高补贴1万元: what it buys
    assert _one(targets, value=15).unit == "元/人次"  # 按每人次15元
    assert _one(targets, value=2000).unit == "元/间"  # 每间客房补助2000元
    assert _one(targets, value=600).unit == "元/月"  # 每人每月600元: a monthly allowance
    # a cap per unit and a yearly budget are amounts
    assert _facts(_one(targets, value=3e5)) == ("support", "单个景区年度补助", "张家界市", "<=", 3e5, "元", None)
    assert _facts(_one(targets, value=3e7)) == ("support", "文旅体育消费券资金", "张家界市", ">=", 3e7, "元", None)


def test_a_bare_count_among_conditions_counts_what_the_first_one_does():
    targets = _results()["targets"]
    # 对年度组织外地游客来张并乘坐旅游专列、累计人数超过5000人次的旅行社: the 人数 of the tourists it brings
    assert _facts(_one(targets, value=5000)) == (
        "requirement", "年度组织外地游客来张累计人数", "张家界市", ">", 5000, "人次", None)
    assert _one(targets, value=10).unit == "元/人次"
    # …并开展研学课程8场以上、累计人次超过3000人次的研学基地: the same when the first condition holds a figure
    assert _facts(_one(targets, value=3000)) == (
        "requirement", "年度承接省外研学团队累计人次", "张家界市", ">", 3000, "人次", None)


def test_bond_money_sought_is_a_goal():
    targets = _results()["targets"]
    assert _facts(_one(targets, value=2e9)) == (
        "target", "旅游基础设施领域专项债券资金", "张家界市", ">=", 2e9, "元", None)


def test_completion_rates_due_later_are_goals_reported_ones_reports():
    targets = _results()["targets"]
    assert _facts(_one(targets, value=100)) == (
        "target", "A级旅游景区安全隐患整改完成率", "张家界市", ">=", 100, "%", "2026-12-31")
    assert _facts(_one(targets, value=86)) == ("actual", "旅游厕所提质改造完成率", "张家界市", "=", 86, "%", "2023-12-31")


def test_time_limits_nights_and_names_in_quotes():
    targets = _results()["targets"]
    assert _facts(_one(targets, unit="小时")) == ("requirement", "响应时限", "张家界市", "<=", 2, "小时", None)
    assert _facts(_one(targets, unit="个工作日")) == ("requirement", "办结时限", "张家界市", "<=", 3, "个工作日", None)
    assert _facts(_one(targets, unit="晚")) == ("target", "游客平均停留时间", "张家界市", ">=", 2.5, "晚", "2026-12-31")
    assert not [t for t in targets if "百分之百" in t.evidence]  # “三个百分之百”安全检查要求 is a name


def test_a_schedule_makes_an_actor_and_a_date_of_eligibility_no_deadline():
    tasks = {t.text[:4]: t for t in _results()["tasks"] if t.assigned}
    inspect = tasks["加强督查"]
    assert ([(a.name_raw, a.role) for a in inspect.agencies], inspect.recurrence) == (
        [("市文化旅游广电体育局", "responsible")], "quarterly")
    priority = tasks["优先保障"]  # 对2024年底前建成并通过验收的智慧景区: which 景区, not when the work is due
    assert ([(a.name_raw, a.role) for a in priority.agencies], priority.deadline) == (
        [("市发展改革委", "responsible")], None)


def test_emission_limits_are_rules_and_ambient_levels_goals():
    _, results, _ = extract_document(str(NOTICE.parent / "targets_linfen_boiler_emission_plan.txt"))
    limits = [t for t in results["targets"] if t.unit == "毫克/立方米"]
    # 改造后烟尘、二氧化硫、氮氧化物排放浓度分别不超过5、35、50: the head 排放浓度 is every item's; the limit is
    # no goal of the 2024年10月底前 clause but the standard after it (a rule dated only by its own clause)
    assert [(t.kind, t.comparator, t.value, t.deadline) for t in limits] == [
        ("requirement", "<=", 5, None), ("requirement", "<=", 35, None), ("requirement", "<=", 50, None),
        ("requirement", "<=", 30, None), ("requirement", "=", 20, None), ("requirement", "=", 50, None)]
    heads = ["烟尘排放浓度", "二氧化硫排放浓度", "氮氧化物排放浓度", "燃气锅炉氮氧化物排放浓度", "生物质锅炉颗粒物排放限值",
             "二氧化硫排放限值"]
    assert all(t.indicator_raw.endswith(head) for t, head in zip(limits, heads)), [t.indicator_raw for t in limits]
    ambient = _one(results["targets"], unit="微克/立方米")  # PM2.5年均浓度控制在38以下: a goal for the district
    assert (ambient.kind, ambient.comparator, ambient.value, ambient.deadline) == ("target", "<=", 38, "2025-12-31")
