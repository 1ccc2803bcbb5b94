"""Forms blind set 31 (tests/unseen31) showed in prose, on notices of our own in other cities, topics and wordings:
a unit written with its alternative (5000套（间）), an amount per month whatever its kind (每月提取金额最高不超过
1200元 → 元/月), a tax rate named by its tax (减按4%的税率征收房产税 → 房产税税率), a duty done once a period
named up to a 并 (…租金评估并向社会公布), and a 转发 notice
quoting the national notice it passes on (《通知》明确：“…。…。”): the quoted figures are the national rules
(baseline, 全国), each of its sentences read, beside the province's own.
Expected values are written from the notices.
"""
from tests.notice_targets import checked_targets

FLATS = "targets_yibin_talent_flats_tax_monthly_cap.txt"
QUOTING = "targets_sichuan_zhuanfa_quoted_national_rules.txt"


def test_homes_counted_as_flats_or_rooms_keep_that_unit():
    facts = {t.value: (t.unit, t.deadline) for t in checked_targets(FLATS)}
    assert facts[5000] == ("套（间）", "2025-12-31")
    assert facts[2800][0] == "套（间）"  # 2800套(间): half-width brackets, the same unit
    assert facts[2200][0] == "套（间）"
    # 2023年、2024年、2025年分别筹集1500套（间）、1800套（间）、1700套（间）
    assert (facts[1500], facts[1800], facts[1700]) == (
        ("套（间）", "2023-12-31"), ("套（间）", "2024-12-31"), ("套（间）", "2025-12-31"))


def test_an_amount_per_month_keeps_the_month():
    facts = {t.value: (t.unit, t.comparator) for t in checked_targets(FLATS)}
    assert facts[1200] == ("元/月", "<=")  # 每月提取金额最高不超过1200元


def test_a_tax_rate_is_named_by_its_tax():
    facts = {(t.value, t.unit): (t.indicator_raw, t.comparator, t.kind) for t in checked_targets(FLATS)}
    assert facts[(4, "%")] == ("房产税税率", "=", "support")  # 减按4%的税率征收房产税


def test_a_duty_done_once_a_period_ends_before_a_second_verb_joined_by_bing():
    counts = [t.indicator_raw for t in checked_targets(FLATS) if t.unit == "次"]
    # 每年组织开展一次人才公寓周边市场租金评估并向社会公布: the duty is the 评估; 春秋两季各开展一次: two occasions
    assert counts == ["人才公寓周边市场租金评估次数"]


def test_figures_quoted_from_a_national_notice_are_national_rules():
    facts = {(t.value, t.unit, t.scope): t for t in checked_targets(QUOTING)}
    # 《通知》明确：“…可按每人不超过1200元的标准给予临时救助。参加城乡居民医疗保险2年以上的困难群众…”
    quoted = facts[(1200, "元/人", "全国")]
    assert (quoted.kind, quoted.comparator) == ("baseline", "<=")
    second = facts[(2, "年", "全国")]  # the quotation's second sentence is read too
    assert (second.kind, second.comparator, second.indicator_raw) == ("baseline", ">=", "参加城乡居民医疗保险年限")


def test_the_provinces_own_rules_beside_the_quotation_stay_its_own():
    facts = {(t.value, t.unit): (t.scope, t.kind) for t in checked_targets(QUOTING)}
    assert facts[(1000, "元/人")] == ("四川省", "requirement")  # 我省临时救助标准为每人1000元
    assert facts[(3, "年")] == ("四川省", "requirement")
    assert facts[(5, "个工作日")][0] == "四川省"
    # “一键申领”: a quoted term, no document's words; the figure after it is the province's
    assert facts[(7, "个工作日")][0] == "四川省"
    assert len([t for t in checked_targets(QUOTING) if t.scope == "全国"]) == 2


def test_the_quoted_notice_is_cited_once_with_its_number():
    from pipeline.runner import extract_document
    from tests.notice_targets import NOTICES

    _, results, _ = extract_document(str(NOTICES / QUOTING))
    cited = [(c.cited_title, c.cited_doc_number) for c in results["citations"]]
    # the title's 转发民政部财政部《关于…的通知》 is the document cited in full below, whose 文号 stands before
    # 以下简称《通知》 in one bracket; 《通知》 is its short name
    assert cited == [("民政部财政部关于做好困难群众临时救助工作的通知", "民发〔2024〕8号")]
