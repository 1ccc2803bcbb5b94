"""Two thresholds given as alternatives and money reported as spent or lost (blind sets 23, 24, 25, 26: `质保期限不少于
8年或16万公里`, `预收费不得超过3个月或60课时`; `累计投入…建设资金1.26亿元`, `累计发放草原补奖资金6.1亿元`,
`直接经济损失2860万元`, `人均消费支出为32516元`; `多功能运动场236片`), on notices of our own in other cities, topics and
wordings: the figure after 或 is the same rule in another measure (its words and bound, a term's distance as 里程);
money spent, lost or consumed is reported (money leveraged, 撬动社会投资, still is not); 片 counts things.
Expected values are written from the notices.
"""
from tests.notice_targets import checked_targets


def _facts(name):
    return [(t.indicator_raw, t.value, t.unit, t.kind, t.comparator) for t in checked_targets(name)]


def test_the_figure_after_or_is_the_same_rule_in_another_measure():
    found = _facts("targets_jiangshan_water_rules_and_year_goals.txt")
    assert ("采购的应急送水车整车质保期限", 3, "年", "requirement", ">=") in found
    assert ("采购的应急送水车整车质保里程", 100000, "公里", "requirement", ">=") in found
    assert not [f for f in found if f[0] == "或"]


def test_money_spent_or_lost_is_reported_and_money_leveraged_is_not():
    found = _facts("targets_xinyu_money_spent_reported.txt")
    assert ("累计投入农村供水工程建设资金", 320000000, "元", "actual", "=") in found
    assert [f for f in found if f[1] == 8600000 and "直接经济损失" in f[0] and f[3] == "actual"]
    assert ("农村常住居民人均消费支出", 16820, "元", "actual", "=") in found
    assert not [f for f in found if f[1] == 50000000]  # 撬动社会投资5000万元


def test_pieces_count_things():
    assert ("分散式供水片区", 48, "片", "actual", "=") in _facts("targets_xinyu_money_spent_reported.txt")
