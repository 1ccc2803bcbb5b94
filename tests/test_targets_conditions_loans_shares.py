"""Blind set 11's second round of target families, in a notice of our own (梓潼县 rural e-commerce, not its
wording): spans of time in eligibility conditions (毕业3年内, 2年以上聘用合同), an amount paid per one hired
(按每吸纳1名八百元 → 元/名, the 1名 no figure), loan caps (最高可贷), a title a beneficiary earns (经评定为…的),
a per-capita standard (人均…补助标准 → 元/人), shares of things that do something (90%以上的行政村建成…),
a grade reached (2级以上), a class named by a threshold (服务人口3万以上的中心镇), a top-N a rule favours
(排名前3位的乡镇) and standing facts (境内有…, 共有…). Expected values were written by reading.
"""
from __future__ import annotations

from tests.notice_targets import checked_targets


def _facts():
    return [(t.indicator_raw, t.kind, t.comparator, t.value, t.unit, t.scope)
            for t in checked_targets("targets_zitong_rural_ecommerce_rules.txt")]


def test_standing_facts_are_reports():
    facts = _facts()
    assert ("农村公路", "actual", "=", 1850, "公里", "梓潼县") in facts
    assert ("行政村", "actual", "=", 196, "个", "梓潼县") in facts


def test_shares_of_things_and_grades_are_goals():
    facts = _facts()
    assert ("建成电商服务站的行政村占比", "target", ">=", 90, "%", "梓潼县") in facts
    assert any(f[0] == "实现农产品冷链配送全覆盖的乡镇占比" and f[1:3] == ("target", ">=") and abs(f[3] - 100 / 3) < 1e-4
               for f in facts)
    assert ("县级电商公共服务中心信息化水平", "target", ">=", 2, "级", "梓潼县") in facts


def test_spans_of_time_in_conditions_are_requirements():
    facts = _facts()
    assert ("毕业年限", "requirement", "<=", 3, "年", "梓潼县") in facts
    assert ("聘用合同期限", "requirement", ">=", 2, "年", "梓潼县") in facts


def test_amount_per_one_hired_and_its_cap():
    facts = _facts()
    assert ("一次性岗位补贴", "support", "=", 800, "元/名", "梓潼县") in facts
    assert not any(f[3] == 1 and f[4] == "名" for f in facts)  # 每吸纳1名: the unit of the amount
    assert any(f[1:] == ("support", "<=", 30000, "元", "梓潼县") for f in facts)


def test_loan_caps_are_support_named_by_who_applies():
    facts = _facts()
    assert ("农户贴息贷款额度", "support", "<=", 200000, "元", "梓潼县") in facts
    assert ("农民专业合作社贴息贷款额度", "support", "<=", 1000000, "元", "梓潼县") in facts


def test_thresholds_and_the_title_earned():
    facts = _facts()
    assert ("年交易额", "requirement", ">=", 500000, "元", "梓潼县") in facts
    assert ("县级电商示范站点一次性奖补", "support", "=", 50000, "元", "梓潼县") in facts
    assert ("服务人口", "requirement", ">=", 30000, "人", "梓潼县") in facts
    assert ("考核排名", "requirement", "<=", 3, "位", "梓潼县") in facts


def test_per_capita_standard():
    facts = _facts()
    assert ("人均快递物流补助标准", "support", "=", 12, "元/人", "梓潼县") in facts


def test_per_province_and_per_prefecture_goals_take_their_group_as_scope():
    facts = [(t.indicator_raw, t.value, t.unit, t.scope)
             for t in checked_targets("targets_ministry_per_province_bases.txt")]
    assert ("省级养老服务人才培训基地", 2, "个", "各省份") in facts
    assert ("市级养老护理员实训点", 1, "个", "各地市") in facts
