"""National figures a local notice quotes (同期全国…为5.3%; 按照国家《…办法》，…不低于10%) are baselines with scope
全国, the form blind set 13 (k2) showed, in another city and topic; a local goal set 按照国家《…》要求 with its own
year and region stays the city's. Expected values were written by reading the notice."""
from __future__ import annotations

from tests.notice_targets import checked_targets


def test_national_figures_quoted_are_baselines_of_the_whole_country():
    facts = [(t.indicator_raw, t.kind, t.scope, t.comparator, t.value, t.unit, t.deadline)
             for t in checked_targets("targets_chengdu_national_figures_quoted.txt")]
    assert ("城镇调查失业率", "actual", "成都市", "=", 5.1, "%", "2024-12-31") in facts
    assert ("城镇调查失业率", "baseline", "全国", "=", 5.3, "%", None) in facts
    assert ("高新技术企业从事研发的科技人员占职工总数的比例", "baseline", "全国", ">=", 10, "%", None) in facts
    assert ("高校毕业生就业率", "target", "成都市", ">=", 92, "%", "2026-12-31") in facts
