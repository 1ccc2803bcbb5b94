"""Prose figures' names, units and kinds (the misses blind sets 51 and 52, tests/unseen51 and tests/unseen52, showed in
notices on rural homestays, 城中村 renovation, consumption aid, collective economy, weather warnings and vegetable
bases), on a notice of our own in another county, topic (a tea industry) and wording:

- a base year's level in a bracket (较2023年（18亿元）增长60%) is that year's report, named by the measure, and the growth
  is the measure's rate of change, never named by 较（;
- a capacity per day (不低于每日150吨) is 吨/日, its name cut before the bound;
- a class a goal does away with (消除…2000元以下的低效茶园) is no figure;
- credit lines, loan rate cuts, loans given and matching funds given to a village are support;
- a share a plan sets aside (预留不低于8%的产业用地) and a level a step waits for (签约率未达到85%的，不得…) are rules;
- a cost a support pays towards is named by the cost (补助展位费 → 展位费补助), an amount per order is 元/单;
- a reward's second tier (首次突破1000万元的) is of the measure the first tier named;
- time limits are named by the money paid or the step completed (补偿款…足额发放, 将奖励资金拨付, 完成不动产登记发证), and a
  span before an event, then a warning issued, is how early it is issued;
- an amount paid as a multiple of a standard (按原标准的1.5倍支付临时安置费) is support named by what is paid;
- a duty done once a period after 组织 (开展茶园星级评定，每两年组织评定一次) or a leader's 专题调度一次 is a 次数 rule;
  floors are a unit (建筑层数不超过3层).
Expected values are written from the notice.
"""
import pytest

from tests.notice_targets import written_targets

NOTICE = """青川县人民政府办公室关于印发青川县茶产业高质量发展扶持办法的通知

各乡镇人民政府，县级各部门：

一、发展目标

到2026年，全县茶叶综合产值达到30亿元，较2023年（18亿元）增长60%以上；茶叶加工能力不低于每日150吨。全面消除茶园亩均收入2000元以下的低效茶园。

二、扶持措施

（一）金融支持。县农商银行要推出“茶农贷”，单户授信额度最高100万元，贷款利率在同期LPR基础上下浮不低于30个基点。对返乡创办茶企的青年给予最高50万元的创业担保贷款。鼓励其他商业银行对茶企的流动资金贷款利率在LPR基础上下浮不低于10个基点。

（二）基础配套。对连片新建茶园的村，给予村集体最高20万元的道路配套资金。在村庄规划中预留不低于8%的产业用地，优先保障茶叶加工项目。

（三）市场开拓。对茶企参加县外茶博会的，按每次最高4000元补助展位费；对通过网络平台销售的茶叶快递，按每单最高1元给予物流补贴。

（四）以奖代补。对年销售收入首次突破300万元的茶企，一次性奖励3万元；首次突破1000万元的，一次性奖励8万元。

（五）规范提升。开展茶园星级评定，每两年组织评定一次。乡镇党委书记每季度至少专题调度一次。新建茶叶初制所建筑层数不超过3层。

三、保障群众权益

茶园征迁补偿款须在签订协议后20日内足额发放；搬迁户新房交付后2年内完成不动产登记发证。征迁签约率未达到85%的，不得启动拆除。对超过过渡期限的，按原标准的1.5倍支付临时安置费。公示无异议的，由县财政局在7个工作日内将奖励资金拨付至茶企账户。县气象局要在霜冻天气发生前24小时发布预警信息。

青川县人民政府办公室

2024年5月6日
"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory):
    return written_targets(tmp_path_factory.mktemp("tea") / "notice_tea_industry.md", NOTICE)


def _one(targets, value, unit):
    found = [t for t in targets if t.value == value and t.unit == unit]
    assert len(found) == 1, [(t.indicator_raw, t.value, t.unit) for t in found]
    return found[0]


def test_a_bracketed_base_is_the_base_years_report_and_the_growth_its_rate(targets):
    goal, base = _one(targets, 3e9, "元"), _one(targets, 1.8e9, "元")
    assert (goal.kind, goal.comparator, goal.deadline) == ("target", ">=", "2026-12-31")
    assert (base.kind, base.comparator, base.deadline) == ("actual", "=", "2023-12-31")
    assert "综合产值" in base.indicator_raw or base.indicator == goal.indicator
    growth = _one(targets, 60, "%")
    assert growth.kind == "target" and growth.comparator == ">="
    assert "较" not in growth.indicator_raw and "（" not in growth.indicator_raw
    assert growth.indicator_raw.startswith("茶叶综合产值")


def test_a_capacity_per_day_keeps_the_day_in_its_unit(targets):
    t = _one(targets, 150, "吨/日")
    assert t.indicator_raw == "茶叶加工能力" and t.comparator == ">="


def test_a_class_a_goal_does_away_with_is_no_figure(targets):
    assert [t for t in targets if t.value == 2000] == []


def test_credit_loans_and_matching_funds_are_support(targets):
    credit = _one(targets, 1e6, "元")
    assert (credit.indicator_raw, credit.kind, credit.comparator) == ("单户授信额度", "support", "<=")
    cut = _one(targets, 30, "个基点")
    assert cut.kind == "support" and cut.comparator == ">="
    urged = _one(targets, 10, "个基点")  # banks only encouraged to cut: a rule urged, no product's support
    assert urged.kind == "requirement"
    loan = _one(targets, 5e5, "元")
    assert (loan.indicator_raw, loan.kind, loan.comparator) == ("创业担保贷款", "support", "<=")
    funds = _one(targets, 2e5, "元")
    assert funds.kind == "support" and funds.indicator_raw.endswith("道路配套资金")


def test_a_share_set_aside_and_a_level_waited_for_are_rules(targets):
    share = _one(targets, 8, "%")
    assert (share.indicator_raw, share.kind, share.comparator) == ("预留产业用地比例", "requirement", ">=")
    signed = _one(targets, 85, "%")
    assert (signed.indicator_raw, signed.kind, signed.comparator) == ("征迁签约率", "requirement", ">=")


def test_a_cost_paid_towards_and_an_amount_per_order(targets):
    booth = _one(targets, 4000, "元/次")
    assert (booth.indicator_raw, booth.kind, booth.comparator) == ("展位费补助", "support", "<=")
    parcel = _one(targets, 1, "元/单")
    assert parcel.kind == "support" and parcel.indicator_raw.endswith("物流补贴")


def test_a_second_tier_is_of_the_measure_the_first_named(targets):
    first, second = _one(targets, 3e6, "元"), _one(targets, 1e7, "元")
    assert first.indicator_raw == second.indicator_raw == "年销售收入"
    assert first.kind == second.kind == "requirement" and second.comparator == ">"


def test_time_limits_are_named_by_what_is_paid_or_done(targets):
    paid = _one(targets, 20, "日")
    assert (paid.kind, paid.comparator) == ("requirement", "<=") and paid.indicator_raw.endswith("征迁补偿款发放时限")
    registered = _one(targets, 2, "年")
    assert (registered.indicator_raw, registered.kind) == ("不动产登记发证时限", "requirement")
    transfer = _one(targets, 7, "个工作日")
    assert (transfer.indicator_raw, transfer.kind) == ("奖励资金拨付时限", "requirement")
    warned = _one(targets, 24, "小时")
    assert (warned.kind, warned.comparator) == ("requirement", ">=")  # at least a day ahead
    assert "预警" in warned.indicator_raw and "提前" in warned.indicator_raw


def test_a_multiple_of_a_standard_paid_is_support(targets):
    t = _one(targets, 1.5, "倍")
    assert (t.indicator_raw, t.kind, t.comparator) == ("临时安置费倍数", "support", "=")


def test_a_span_of_years_to_a_goal_stays_a_deadline():
    from extractors.numbers import find_quantities
    from extractors.targets.rules import span_skip
    text = "力争3年内完成老旧茶园改造。"
    q = find_quantities(text, 0, len(text))[0]
    assert span_skip(text, q, 0, len(text) - 1, regulation=False) is not None  # no event starts the span: a deadline


def test_duties_once_a_period_and_floors(targets):
    once = sorted((t.indicator_raw, t.comparator) for t in targets if t.unit == "次")
    assert once == [("专题调度次数", ">="), ("茶园星级评定次数", "=")]
    floors = _one(targets, 3, "层")
    assert (floors.kind, floors.comparator) == ("requirement", "<=") and floors.indicator_raw.endswith("建筑层数")
