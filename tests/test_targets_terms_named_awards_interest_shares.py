"""Rules and supports left in blind sets 24 and 26 (`签订1年以上劳动合同` set in three measures, `给予一次性带动就业奖励1万元`,
`按贷款实际利率的50%给予贴息`, `30人（含）以下的参保企业`, `督促用人单位按不低于…1.5%的比例安排残疾人就业`, `补贴期限最长不超过3年`,
`2024年底前全区进口、出口整体通关时间分别压缩至…`), on a notice of our own in another city, topic and wording:
a term set again in another measure is that measure's own rule; a support named with its giving verb before the amount
keeps its name; 贴息 as a share of a loan's interest rate is the loan's 贴息比例; a threshold with （含） names the
thing it qualifies; an urged actor before 按 names no measure; 最长 is a bound, not a word of the name; a deadline
opening a 分别 list is no item's word, and items share the 办理时间 the last one ends with.
Expected values are written from tests/notices/targets_zhangye_rural_jobs_terms_named_awards.txt.
"""
from tests.notice_targets import checked_targets


def _facts():
    return [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind)
            for t in checked_targets("targets_zhangye_rural_jobs_terms_named_awards.txt")]


def test_a_term_set_in_two_measures_is_two_rules():
    terms = [f for f in _facts() if f[0] == "服务协议期限"]
    assert terms == [("服务协议期限", ">=", 2, "年", "requirement")] * 2


def test_a_support_named_before_its_amount_keeps_its_name():
    assert ("一次性稳岗奖励", "=", 20000, "元", "support") in _facts()


def test_interest_paid_as_a_share_of_the_loan_rate():
    assert ("贷款贴息比例", "=", 40, "%", "support") in _facts()


def test_a_threshold_with_han_inclusive_names_the_thing_it_qualifies():
    assert ("小微企业人数", "<=", 50, "人", "requirement") in _facts()


def test_an_urged_actor_names_no_measure_of_a_share():
    found = [f for f in _facts() if f[3] == "%" and f[2] == 20]
    assert [f[0] for f in found] == ["安置残疾劳动力占公益性岗位总数比例"]


def test_longest_is_a_bound_not_a_word_of_the_name():
    assert ("补贴期限", "<=", 2, "年", "requirement") in _facts()


def test_a_deadline_opening_a_respective_list_is_no_items_word():
    facts = _facts()
    assert ("劳务派遣办理时间", "<=", 5, "个工作日", "target") in facts
    assert ("职业中介许可办理时间", "<=", 3, "个工作日", "target") in facts
    deadlines = {t.deadline for t in checked_targets("targets_zhangye_rural_jobs_terms_named_awards.txt")
                 if t.unit == "个工作日"}
    assert deadlines == {"2025-06-30"}
