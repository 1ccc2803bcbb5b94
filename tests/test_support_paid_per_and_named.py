"""What a support figure is called and per what it is paid (blind sets 53–56: 每船最高2000元 → 元/船, 每发奖励200万元 →
元/发, 人均财政补助标准…每人每年670元 → 元/年 and the 个人缴费标准 beside it a requirement, 每张每年1200元…运营补贴 →
元/年, 按照设施容积每立方米100元 named by what is built, 设立规模10亿元的…基金, 市、县（区）两级财政按照3:7比例分担 with
its shares restated in a bracket, 叠加后…不超过…的1.5倍, 不低于…资金的15%, 维修养护经费按照…纳入预算, 用餐另给予每人次5元优惠), on a notice of our own in another city, on
other topics and in other wordings. Expected values are written from the notice and tests/ANNOTATION_GUIDE.md ("Units of
money per thing"; "A payment standard set or raised to an amount … is support, comparator =, deadline null").
"""
import pytest

from tests.notice_targets import cover_notice, written_targets

BODY = """一、设备更新。对更换节能发动机的内河货船，给予补助，每船最高5000元。开展人工增雨作业的，每发补助800元。
二、基本公共卫生服务。2025年基本公共卫生服务经费人均财政补助标准提高到每人每年94元。城乡居民养老保险个人缴费标准为每人每年200元。
三、客运补贴。对开通农村客运班线的企业，按每条每年1.5万元的标准给予运营补贴。
四、企业奖励。对年度纳税额首次突破1000万元的企业给予奖励，每家企业年度奖励不超过80万元。
五、冷链设施。对新建冷链仓储设施的，按照库容每立方米60元给予补助。
六、产业基金。区级设立规模5亿元的低空经济产业投资基金，其中区级财政出资不低于30%。
七、资金分担。所需资金由省、市两级财政按照6:4比例分担（省级承担60%、市级承担40%）。改造资金由市、县（市、区）两级财政按照45:55比例分担。
八、叠加补贴。叠加后的购置补贴总额不超过国家补贴标准的2倍。用于以旧换新的资金原则上不低于本级消费补贴资金的20%。
九、全民健身。省级体育彩票公益金每年安排不少于5000万元用于支持全民健身设施建设。
十、管护经费。农村公路养护经费按照公路里程每公里每年不低于1000元的标准纳入县级年度财政预算。
十一、助餐优惠。对低保家庭老年人就餐另给予每人次4元优惠。
十二、担保代偿。对融资担保机构发生的代偿损失，由市级风险补偿资金给予35%的补偿。
十三、社区养老。对社区养老服务站按建设投资的25%给予补助，每个社区最高补助6万元。
十四、保障用地。仓储用地出让起始价可按所在地土地等别对应工业用地出让最低价标准的75%确定；冷链用地出让起始价可按不低于所在地土地等别对应工业用地出让最低价标准的80%确定。
十五、检测补助。对企业开展产品认证检测的，按照65%给予补助。"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory):
    path = tmp_path_factory.mktemp("paid") / "lishui_support_measures.txt"
    text = cover_notice("丽水市人民政府办公室", "《丽水市促进产业发展若干政策》", BODY, "各县（市、区）人民政府，市政府直属各单位",
                        "2025年3月12日")
    return written_targets(path, text)


def _one(targets, value, unit=None):
    found = [t for t in targets if t.value == value and (unit is None or t.unit == unit)]
    assert len(found) == 1, [(t.indicator_raw, t.value, t.unit) for t in targets]
    return found[0]


def test_money_per_ship_and_per_launch_keeps_the_thing(targets):
    assert (_one(targets, 5000).unit, _one(targets, 5000).comparator) == ("元/船", "<=")  # 每船最高5000元
    assert _one(targets, 800).unit == "元/发"  # 每发补助800元: per round fired


def test_a_standard_per_head_and_year_keeps_the_year_and_no_date(targets):
    paid = _one(targets, 94)  # 人均财政补助标准提高到每人每年94元: 人均 and 每人 are the head, 每年 the period
    assert (paid.kind, paid.comparator, paid.unit, paid.deadline) == ("support", "=", "元/年", None)
    assert "财政补助标准" in paid.indicator_raw


def test_what_a_person_pays_in_is_a_requirement_not_support(targets):
    paid_in = _one(targets, 200)  # 个人缴费标准为每人每年200元, after a support in the sentence before
    assert (paid_in.kind, paid_in.indicator_raw, paid_in.unit) == ("requirement", "城乡居民养老保险个人缴费标准", "元/年")


def test_a_running_subsidy_per_thing_and_year_keeps_the_year(targets):
    assert _one(targets, 15000).unit == "元/年"  # 按每条每年1.5万元的标准给予运营补贴


def test_a_yearly_cap_per_firm_says_its_year(targets):
    cap = _one(targets, 800000)  # 每家企业年度奖励不超过80万元
    assert (cap.unit, cap.comparator) == ("元", "<=") and cap.indicator_raw.startswith("每家企业年度")


def test_support_paid_by_a_measure_is_named_by_what_is_built(targets):
    paid = [t for t in targets if t.value == 60 and t.unit != "%"]  # 对新建冷链仓储设施的，按照库容每立方米60元给予补助
    assert [(t.unit, t.indicator_raw) for t in paid] == [("元/立方米", "新建冷链仓储设施补助")]  # not 库容补助


def test_a_funds_size_and_the_budgets_share_are_support(targets):
    fund = _one(targets, 5e8)  # 设立规模5亿元的低空经济产业投资基金
    assert (fund.kind, fund.indicator_raw, fund.comparator) == ("support", "低空经济产业投资基金规模", "=")
    share = _one(targets, 30, "%")  # 其中区级财政出资不低于30%
    assert (share.kind, share.indicator_raw, share.comparator) == ("support", "区级财政出资比例", ">=")


def test_a_split_restated_in_a_bracket_is_one_fact_per_budget(targets):
    shares = sorted((t.value, t.indicator_raw) for t in targets if t.unit == "%" and t.value in (60, 40))
    assert shares == [(40, "市级财政分担比例"), (60, "省级财政分担比例")]  # （省级承担60%、市级承担40%） adds none
    county = _one(targets, 55, "%")  # 市、县（市、区）两级财政: the county level's budget too
    assert county.indicator_raw == "改造资金县（市、区）级财政分担比例"


def test_a_support_capped_at_a_multiple_or_at_a_share_of_other_funds(targets):
    multiple = _one(targets, 2, "倍")  # 叠加后的购置补贴总额不超过国家补贴标准的2倍: the support capped
    assert (multiple.kind, multiple.indicator_raw, multiple.comparator) == ("support", "叠加后的购置补贴总额", "<=")
    floor = _one(targets, 20, "%")  # 不低于本级消费补贴资金的20%: the bound stated before the base
    assert (floor.kind, floor.comparator) == ("support", ">=")


def test_a_fund_opening_its_clause_names_the_amount(targets):
    fund = _one(targets, 5e7)  # 省级体育彩票公益金每年安排不少于5000万元用于支持…: the fund, not what it supports
    assert (fund.indicator_raw, fund.comparator, fund.unit) == ("省级体育彩票公益金", ">=", "元")


def test_funds_set_by_a_base_and_put_in_a_budget_are_support_named_by_the_funds(targets):
    funds = _one(targets, 1000)  # …养护经费按照公路里程每公里每年不低于1000元的标准纳入县级年度财政预算
    assert (funds.kind, funds.indicator_raw, funds.comparator, funds.unit) == ("support", "农村公路养护经费", ">=", "元/公里")


def test_a_discount_given_per_time_is_named_by_what_it_is_on(targets):
    discount = _one(targets, 4)  # 老年人就餐另给予每人次4元优惠
    assert (discount.kind, discount.indicator_raw, discount.unit) == ("support", "就餐优惠", "元/人次")


def test_a_share_a_risk_fund_pays_is_support_named_by_the_fund(targets):
    share = _one(targets, 35)  # 由市级风险补偿资金给予35%的补偿: the share paid, at the rate stated
    assert (share.kind, share.comparator) == ("support", "=") and share.indicator_raw.endswith("风险补偿资金比例")


def test_a_cap_per_place_after_a_rate_is_an_amount(targets):
    cap = _one(targets, 60000)  # 按建设投资的25%给予补助，每个社区最高补助6万元: a cap per unit, 元 (not 元/社区)
    assert (cap.kind, cap.unit, cap.comparator) == ("support", "元", "<=")


def test_a_share_of_a_lowest_price_standard_is_no_floor_unless_one_is_stated(targets):
    assert _one(targets, 75).comparator == "="  # 可按…工业用地出让最低价标准的75%确定: 最低价 names the base
    assert _one(targets, 80).comparator == ">="  # 可按不低于…最低价标准的80%确定: the floor stated


def test_a_share_with_no_base_named_by_the_support_it_gives(targets):
    share = _one(targets, 65)  # 对企业开展产品认证检测的，按照65%给予补助: no base, the support words name it
    assert (share.kind, share.comparator, share.unit) == ("support", "=", "%") and share.indicator_raw.endswith("补助比例")
    assert "产品认证检测" in share.indicator_raw
