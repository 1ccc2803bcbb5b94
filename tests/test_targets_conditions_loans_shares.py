"""Blind set 11's second round of target families, in a notice of our own (梓潼县 rural e-commerce, not its
wording): spans of time in eligibility conditions (毕业3年内, 2年以上聘用合同), an amount paid per one hired
(按每吸纳1名八百元 → 元/名, the 1名 no figure), loan caps (最高可贷), a title a beneficiary earns (经评定为…的),
a per-capita standard (人均…补助标准 → 元/人), shares of things that do something (90%以上的行政村建成…),
a grade reached (2级以上), a class named by a threshold (服务人口3万以上的中心镇), a top-N a rule favours
(排名前3位的乡镇) and standing facts (境内有…, 共有…). Expected values were written by reading.
"""
from __future__ import annotations

import pytest

from tests.notice_targets import checked_targets

EXPECTED = [
    # standing facts are reports
    ("农村公路", "actual", "=", 1850, "公里"),
    ("行政村", "actual", "=", 196, "个"),
    # shares of things that do something, and a grade reached, are goals
    ("建成电商服务站的行政村占比", "target", ">=", 90, "%"),
    ("实现农产品冷链配送全覆盖的乡镇占比", "target", ">=", 100 / 3, "%"),
    ("县级电商公共服务中心信息化水平", "target", ">=", 2, "级"),
    # spans of time in eligibility conditions are requirements
    ("毕业年限", "requirement", "<=", 3, "年"),
    ("聘用合同期限", "requirement", ">=", 2, "年"),
    # an amount paid per one hired, named with the verb that gives it
    ("一次性岗位补贴", "support", "=", 800, "元/名"),
    # loan caps, named by who applies
    ("农户贴息贷款额度", "support", "<=", 200000, "元"),
    ("农民专业合作社贴息贷款额度", "support", "<=", 1000000, "元"),
    # thresholds, the title a beneficiary earns, a class named by a threshold, a top-N a rule favours
    ("年交易额", "requirement", ">=", 500000, "元"),
    ("县级电商示范站点一次性奖补", "support", "=", 50000, "元"),
    ("服务人口", "requirement", ">=", 30000, "人"),
    ("考核排名", "requirement", "<=", 3, "位"),
    # a per-capita standard
    ("人均快递物流补助标准", "support", "=", 12, "元/人"),
]


@pytest.fixture(scope="module")
def facts():
    return [(t.indicator_raw, t.kind, t.comparator, t.value, t.unit, t.scope)
            for t in checked_targets("targets_zitong_rural_ecommerce_rules.txt")]


@pytest.mark.parametrize("expected", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_fact_is_read(facts, expected):
    raw, kind, comparator, value, unit = expected
    assert any(f[:3] == (raw, kind, comparator) and abs(f[3] - value) < 1e-4 and f[4:] == (unit, "梓潼县")
               for f in facts), expected


def test_the_one_hired_is_no_figure_and_the_cap_is_an_amount(facts):
    assert not any(f[3] == 1 and f[4] == "名" for f in facts)  # 每吸纳1名: the unit of the amount
    assert any(f[1:] == ("support", "<=", 30000, "元", "梓潼县") for f in facts)


def test_per_province_and_per_prefecture_goals_take_their_group_as_scope():
    found = [(t.indicator_raw, t.value, t.unit, t.scope)
             for t in checked_targets("targets_ministry_per_province_bases.txt")]
    assert ("省级养老服务人才培训基地", 2, "个", "各省份") in found
    assert ("市级养老护理员实训点", 1, "个", "各地市") in found
