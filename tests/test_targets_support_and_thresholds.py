"""The families blind set 8 (tests/unseen8) showed, in other wordings: a city's measures of our own on saline land
and child care (tests/notices/targets_dezhou_saline_land_childcare_measures.txt). Funding per mu (亩均财政投入 →
元/亩), upkeep funds set aside per mu and year (安排…经费 → support, 元/亩), cost shares between two levels of
finance (市级财政承担40%), a reward per case (每起 → 元/起), a warranty term (保修期不少于3年), a span reached
(连续运营满2年), an age reached (年满60周岁且…: 年龄, no class of people), a subsidy per person and month
(300元/人·月), the figures of a measure titled for standards (落实建设标准。…: requirements, a dated goal among
them still a goal), a level that opens a bonus (…达到60%以上的，…上浮), a first review's time limit (…内完成初审) and a
duty each month (应每月至少…1次). Expected values are written from the notice.
"""
from extractors.numbers import find_quantities
from tests.notice_targets import checked_targets


def _targets():
    return checked_targets("targets_dezhou_saline_land_childcare_measures.txt")


def _one(value, unit):
    found = [t for t in _targets() if t.value == value and t.unit == unit]
    assert len(found) == 1, (value, unit, [(t.indicator_raw, t.value, t.unit) for t in _targets()])
    t = found[0]
    return t.kind, t.comparator, t.deadline


def test_funding_per_mu_and_cost_shares_are_support():
    assert _one(2500, "元/亩") == ("support", "=", None)  # 亩均财政投入提高到2500元
    assert _one(15, "元/亩") == ("support", ">=", None)  # 每亩每年不低于15元的标准安排…经费
    assert _one(40, "%") == ("support", "=", None)  # 市级财政承担40%
    sixty = [(t.kind, t.indicator_raw, t.comparator) for t in _targets() if t.unit == "%" and t.value == 60]
    assert sixty == [("support", "县级财政承担比例", "="),  # 县级财政承担60%
                     ("requirement", "收托率", ">=")]  # 收托率达到60%以上的: the level that opens the bonus


def test_a_reward_per_case_and_a_subsidy_per_person_and_month():
    assert _one(300, "元/起") == ("support", "=", None)  # 每起奖励300元
    assert _one(300, "元/人·月") == ("support", "=", None)  # 补贴标准为300元/人·月
    quantities = find_quantities("补贴标准为300元/人·月，另按200元/床·年", 0, 24)
    assert [(q.value, q.unit) for q in quantities] == [(300, "元/人·月"), (200, "元/床·年")]


def test_terms_spans_and_ages_reached_are_requirements():
    assert _one(3, "年") == ("requirement", ">=", None)  # 工程质量保修期不少于3年
    assert _one(2, "年") == ("requirement", ">=", None)  # 连续运营满2年、…的普惠托育机构
    age = [t for t in _targets() if t.unit == "周岁"]
    assert [(t.kind, t.indicator_raw, t.comparator, t.value) for t in age] == [("requirement", "年龄", ">=", 60)]


def test_a_first_review_time_limit_and_a_monthly_duty():
    assert [(t.indicator_raw, t.comparator) for t in _targets() if t.unit == "个工作日"] == [("初审时限", "<=")]
    assert _one(1, "次")[0] == "requirement"  # 托育机构应每月至少组织1次…演练


def test_figures_of_a_measure_titled_for_standards_are_requirements():
    assert _one(0.3, "%") == ("requirement", "<=", None)  # （三）落实建设标准。…含盐量控制在0.3%以下
    assert _one(1.5, "米") == ("requirement", ">=", None)  # 排水沟深度不低于1.5米
    assert _one(90, "%") == ("target", ">=", "2025-12-31")  # 到2025年，…达标率达到90%以上: a goal
