"""Support paid per new head or per person taken on (每新增1只…奖补200元, 每吸纳1人奖补1500元), the form blind set 13
(k4) showed, in another county, animal and wording: the amount is per thing (元/只, 元/人), the 1 that names the
thing is no figure, and 最高奖补 is a cap (<=). Expected values were written by reading the notice."""
from __future__ import annotations

from tests.notice_targets import checked_targets


def test_support_per_new_head_keeps_the_thing_and_drops_the_one():
    facts = [(t.kind, t.comparator, t.value, t.unit) for t in checked_targets("targets_yulin_per_new_head_support.txt")]
    assert ("support", "=", 80, "元/平方米") in facts
    assert ("support", "<=", 20000, "元/户") in facts  # 每户最高补助2万元
    assert ("support", "=", 200, "元/只") in facts  # 每新增1只基础母羊奖补200元
    assert ("support", "=", 1500, "元/人") in facts  # 每吸纳1人奖补1500元
    assert not [f for f in facts if f[2] == 1]  # 1只 / 1人 name the thing paid for
