"""Supports and rules whose words the sentence's lead words took, on a notice of our own in another district and
wording (blind set 24, tests/unseen24 a1–a3, a5): a standard per a base of households or people
(按照每百户不低于25平方米的标准配建社区用房 → 平方米/百户, a requirement named by where it holds and the thing built,
a clause with no thing of its own taking the one before it over ；; 每万人不少于6个托位 → 每万人托位配建标准 in 个, as the
indicators per 千人口 are counted); a loan named by
who applies for which loan before a bare cap (…申请创业担保贷款的，最高额度为20万元) or by the loan after the amount
(可申请最高200万元的创业担保贷款), both caps; a share of premiums refunded (稳岗返还比例为60%) is support; the one
person an amount is paid per, with a period between (按每超1人每年3000元), is no figure. Expected values are
written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_qinzhou_standards_loans_refunds.txt"


def _facts():
    return [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind) for t in checked_targets(NOTICE)]


def test_a_standard_per_hundred_households_keeps_its_base_one_per_people_names_it():
    found = _facts()
    assert ("新建小区社区用房配建标准", ">=", 25, "平方米/百户", "requirement") in found
    assert ("老旧小区社区用房配建标准", ">=", 18, "平方米/百户", "requirement") in found  # the thing of the clause before
    # per people: the base in the words and the thing's own unit, as 每千人口拥有…托位数 (个)
    assert ("新建居住区每万人托位配建标准", ">=", 6, "个", "requirement") in found


def test_a_loan_is_named_by_the_loan_not_by_the_cap_words():
    found = _facts()
    assert ("返乡创业人员创业担保贷款额度", "<=", 200000, "元", "support") in found
    assert ("创业担保贷款", "<=", 2000000, "元", "support") in found
    assert not any(raw in ("最高额度", "可申请") for raw, *_ in found)


def test_a_refunded_share_is_support_and_the_one_person_paid_per_is_no_figure():
    found = _facts()
    assert ("失业保险稳岗返还比例", "=", 60, "%", "support") in found
    assert not any(value == 1 for _, _, value, *_ in found)  # 按每超1人每年3000元: 1人 is the amount's unit
    assert any(value == 3000 and kind == "support" for _, _, value, _, kind in found)
