"""Amounts in a foreign currency, support paid per kilogram or per item, and caps on a support given at a rate
(the forms blind set 10, tests/unseen10, showed: 首次达到500万美元…分别给予10万元…, 按每公斤2元给予运费补贴，
每家企业每年最高100万元, 按展位费的70%给予补助，每家企业每年最高20万元), on a notice of our own in another
trade, city and wording. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_zhangzhou_foreign_trade_caps_currencies.txt"


def _facts():
    return [(t.comparator, t.value, t.unit, t.kind) for t in checked_targets(NOTICE)]


def test_a_foreign_currency_keeps_its_name_and_tiers_pair_with_their_awards():
    facts = _facts()
    # 首次突破2000万美元、5000万美元的企业，分别给予8万元、20万元: thresholds in 美元, awards in 元
    assert (">", 20000000, "美元", "requirement") in facts
    assert (">", 50000000, "美元", "requirement") in facts
    assert ("=", 80000, "元", "support") in facts and ("=", 200000, "元", "support") in facts
    assert (">=", 5000000, "欧元", "requirement") in facts  # 实际到资500万欧元以上
    assert not [f for f in facts if f[1] in (20000000, 50000000, 5000000) and f[2] != "美元" and f[2] != "欧元"]


def test_support_per_kilogram_and_per_item_keeps_the_thing():
    facts = _facts()
    assert ("=", 0.5, "元/千克", "support") in facts  # 按每千克0.5元给予物流补贴
    assert ("=", 5000, "元/件", "support") in facts  # 每件给予5000元奖励


def test_a_cap_per_enterprise_on_a_rate_is_an_amount_named_after_that_support():
    caps = {t.value: (t.comparator, t.unit, t.indicator_raw) for t in checked_targets(NOTICE) if t.comparator == "<="}
    # 每家企业每年最高80万元 after 物流补贴 per kilogram: the cap on that 物流补贴, in 元 (not 元/家)
    assert caps[800000][:2] == ("<=", "元") and caps[800000][2].endswith("物流补贴")
    # 按展位费的60%给予补助，单个企业每年最高15万元: the cap on the 展会 补助
    assert caps[150000][:2] == ("<=", "元") and "展会补助" in caps[150000][2]
    # 每件给予5000元奖励，每家企业每年最高5万元: the cap on the 专利 award
    assert caps[50000][:2] == ("<=", "元") and "专利" in caps[50000][2] and caps[50000][2].endswith("奖励")



def test_a_support_paid_per_thing_of_a_thing_takes_the_nearest_thing_and_not_its_payer():
    """每条航线每班次给予3万元: paid per flight (班次), not per route; 县财政按每户5000元的标准给予补助 after what
    it is for: the subsidy is named by that, not by its payer (县财政). A 芜湖 notice of our own."""
    found = {(t.value, t.unit): t.indicator_raw for t in checked_targets("targets_wuhu_per_flight_per_household.txt")}
    assert (30000, "元/班次") in found
    assert (5000, "元/户") in found and "财政" not in found[(5000, "元/户")]
