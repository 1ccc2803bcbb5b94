"""Review fixes of the rounds prompted by blind sets 39–42, on short notices of our own (expected values written from
the notices):

- only a heading of conditions of eligibility (申报条件, 参与企业条件) makes its figures thresholds; a plan's 发展条件 or
  有利条件 section reports and sets goals as any other section does;
- a project table's bare year (2026) dates its row at that year's end, with offsets into the notice's own text;
- 在政策范围内 stays in the name of a reimbursement share (it says which costs the share is of);
- a sign in an indicator table's base-year cell (≤12.0) is the bound reported, kept;
- a bound whose reaching a rule follows (风力达到6级以上，应当停止…) is a threshold, a requirement.
"""
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from extractors.targets import extract_targets


def _doc(*paragraphs, date="2024年10月15日"):
    blocks = ([Block("text", "某市人民政府办公室关于印发某市发展规划的通知"), Block("text", "各区县人民政府，市直各单位：")]
              + [Block("text", p) for p in paragraphs]
              + [Block("text", "某市人民政府办公室"), Block("text", date)])
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def test_a_plans_development_conditions_are_no_eligibility_rules():
    targets = extract_targets(_doc(
        "一、发展条件",
        "截至2023年底，全市建成5G基站8600个。",
        "二、发展目标",
        "到2026年，全市5G基站达到15000个。"))
    facts = {t.value: (t.kind, t.deadline) for t in targets}
    assert facts[8600] == ("actual", "2023-12-31")
    assert facts[15000] == ("target", "2026-12-31")


def test_an_eligibility_heading_still_makes_thresholds():
    targets = extract_targets(_doc("三、申报主体及条件", "1.上年度营业收入不低于2000万元；"))
    assert [(t.value, t.kind, t.deadline) for t in targets] == [(20000000, "requirement", None)]


def test_a_project_tables_bare_year_dates_its_row_from_the_notices_text():
    doc = _doc("附件：某市供水重点项目表",
               "序号\t项目名称\t新建管网（公里）\t完成时限",
               "1\t北部水厂扩建工程\t42\t2026",
               "2\t南部管网延伸工程\t18\t2025年6月")
    targets = extract_targets(doc)
    facts = {t.indicator_raw: t.deadline for t in targets}
    assert facts["北部水厂扩建工程新建管网"] == "2026-12-31"
    assert facts["南部管网延伸工程新建管网"] == "2025-06-30"
    for t in targets:
        assert t.deadline_raw is None or t.deadline_raw in doc.text


def test_a_reimbursement_share_keeps_which_costs_it_is_of():
    targets = extract_targets(_doc("参保居民在二级定点医疗机构住院的，费用在政策范围内报销比例为75%。"))
    assert [(t.indicator_raw, t.value) for t in targets if t.unit == "%"][0][0].count("政策范围内") == 1


def test_a_sign_in_a_base_year_cell_is_the_bound_reported():
    targets = extract_targets(_doc(
        "附件：主要指标",
        "指标\t2023年\t2026年\t属性",
        "万元地区生产总值能耗下降（%）\t≤12.0\t≤10.5\t约束性"))
    facts = {(t.kind, t.value): t.comparator for t in targets}
    assert facts[("actual", 12.0)] == "<="
    assert facts[("target", 10.5)] == "<="


def test_a_bound_a_rule_follows_is_a_threshold_not_a_goal():
    targets = extract_targets(_doc(
        "一、施工现场风力达到6级以上，应当停止高空作业；室外气温在38℃以上时，一律停止室外浇筑。",
        "二、到2026年，全市施工现场扬尘治理达标率达到95%以上，要加强日常巡查。"))
    facts = {(t.value, t.unit): (t.kind, t.comparator, t.deadline) for t in targets}
    assert facts[(6, "级")] == ("requirement", ">=", None)
    assert facts[(38, "℃")] == ("requirement", ">=", None)
    assert facts[(95, "%")] == ("target", ">=", "2026-12-31")
