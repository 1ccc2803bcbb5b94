"""Kinds, comparators and deadlines of figures in the forms blind sets 59–60 showed misread, on short notices of our
own in other topics, places and wordings:

- time limits listed with 、 sharing one action (城区24小时内、农村48小时内完成维修) are each a requirement named by it;
- a level that sets off a plan (…降至15天销量以下时，立即启动…应急供应预案) is a trigger, a requirement;
- what each holder of a post must do per period (网格员每月入户走访不少于30户) and a standard of each time a duty
  comes round (每半年至少组织1次演练，参训率不低于90%) are rules, not dated goals; a season of months with no year
  (汛期（6月至9月）) dates no rule;
- an amount given as a multiple (按缴费额的2倍给予补助 / …的2倍免费…) or added on top of a support (每户再增加1000元),
  a compensation total capped, and shares public funds bear are support; shares other parties bear are rules;
- a region's whole stock put to use (调度全市120辆救护车) is a report; a goal under 本供暖期 is due at the end of the
  season the notice defined, not at the last date written; a limit raised (比例上限由10%提高到15%) is a ceiling a rule sets;
- in a table of supports a bare share (贴息比例 | 45%) is the rate given (=), a cap column (单户年度贴息上限) a ceiling;
- a bound naming the class a share is of (90平方米以下住房占比不低于60%) is no fact; a fee waived per case is support.

Expected values are written from the notices, not from program output.
"""
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from extractors.targets import extract_targets


def _doc(*paragraphs, date="2024年10月15日"):
    blocks = ([Block("text", "某县人民政府办公室关于印发某县工作方案的通知"), Block("text", "各乡镇人民政府，县直各单位：")]
              + [Block("text", p) for p in paragraphs]
              + [Block("text", "某县人民政府办公室"), Block("text", date)])
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def _facts(*paragraphs, date="2024年10月15日"):
    return {(t.value, t.unit): (t.indicator_raw, t.kind, t.comparator, t.deadline)
            for t in extract_targets(_doc(*paragraphs, date=date))}


def test_time_limits_listed_with_a_comma_share_the_action_after_the_last():
    facts = _facts("（二）提升维修效率。接到报修后城区24小时内、农村48小时内完成维修。")
    assert facts[(24, "小时")] == ("维修时限", "requirement", "<=", None)
    assert facts[(48, "小时")] == ("维修时限", "requirement", "<=", None)


def test_a_stock_level_that_starts_a_plan_is_a_trigger():
    facts = _facts("（三）保障市场供应。县级储备粮库存降至15天销量以下时，立即启动粮食应急供应预案。")
    assert facts[(15, "天")][1:3] == ("requirement", "=")


def test_what_each_holder_of_a_post_does_per_period_is_a_rule_and_a_yearly_output_a_goal():
    facts = _facts("社区网格员每月入户走访不少于30户。全县每年培训农民不少于500人。")
    assert facts[(30, "户")][1:] == ("requirement", ">=", None)
    assert facts[(500, "人")][1] == "target"


def test_a_standard_of_each_drill_holds_beyond_an_earlier_sentences_date():
    facts = _facts("（四）加强消防演练。县应急管理局要于2025年6月底前完成全县企业安全员轮训。每半年至少组织1次消防演练，"
                   "职工参训率不低于90%。", date="2025年3月1日")
    assert facts[(90, "%")][1:] == ("requirement", ">=", None)


def test_a_season_of_months_without_a_year_dates_no_rule():
    facts = _facts("（二）加强河道巡查。汛期（6月至9月）河道巡查员对所负责河段每周巡查不少于1次。")
    assert facts[(1, "次")][1:] == ("requirement", ">=", None)


def test_multiples_given_and_amounts_added_on_top_are_support():
    facts = _facts("对见义勇为牺牲人员家属，按其上年度缴费额的2倍给予补助。",
                   "志愿者按累计服务量的3倍免费享受社区养老服务。")
    assert facts[(2, "倍")][1:3] == ("support", "=")
    assert facts[(3, "倍")][1:3] == ("support", "=")
    facts = _facts("对完成改厕的农户给予补助，每户3000元；对低保户、特困户的，每户再增加1000元。")
    assert facts[(1000, "元/户")] == ("增加补助", "support", "=", None)


def test_a_compensation_total_capped_is_support():
    facts = _facts("单家融资担保机构年度代偿补偿总额不超过500万元。")
    assert facts[(5000000, "元")][1:3] == ("support", "<=")


def test_shares_borne_by_parties_are_support_for_public_funds_and_rules_for_the_others():
    facts = {(t.indicator_raw, t.value): (t.kind, t.comparator) for t in extract_targets(_doc(
        "贷款发生损失的，由市级财政、担保公司和合作银行分别承担50%、30%、20%。"))}
    assert facts == {("市级财政承担比例", 50): ("support", "="), ("担保公司承担比例", 30): ("requirement", "="),
                     ("合作银行承担比例", 20): ("requirement", "=")}


def test_a_regions_whole_stock_put_to_use_is_reported():
    facts = _facts("（五）做好急救保障。市卫健委要调度全市120辆救护车和45个急救站点，实行统一指挥。")
    assert facts[(120, "辆")] == ("救护车", "actual", "=", None)
    assert facts[(45, "个")] == ("急救站点", "actual", "=", None)


def test_a_goal_of_this_season_is_due_at_the_end_of_the_season_defined():
    facts = _facts("（一）明确供暖期。本市供暖期为2024年11月15日至2025年3月15日，其中2024年12月20日至2025年1月31日为严寒期。"
                   "本供暖期居民室温达标率达到98%以上。", date="2024年10月20日")
    assert facts[(98, "%")][1:] == ("target", ">=", "2025-03-15")


def test_a_limit_raised_is_a_ceiling_a_rule_sets():
    facts = _facts("（三）优化用地。住宅项目商业配套建筑面积占总建筑面积的比例上限由10%提高到15%。")
    assert facts[(15, "%")][1:3] == ("requirement", "<=")


def test_a_bare_share_of_a_support_table_is_the_rate_given_and_a_cap_column_a_ceiling(tmp_path):
    import docx
    from pipeline.runner import extract_document
    document = docx.Document()
    document.add_paragraph("某省财政厅关于印发某省绿色信贷贴息资金管理办法的通知")
    document.add_paragraph("第六条  贴息比例和年度上限按下表执行。")
    rows = [["企业类型", "贴息比例", "单户企业年度贴息上限"], ["绿色工厂", "45%", "40万元"], ["绿色园区企业", "35%", "30万元"]]
    table = document.add_table(rows=0, cols=3)
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    path = tmp_path / "green.docx"
    document.save(path)
    _, results, _ = extract_document(str(path))
    found = {(t.value, t.unit): (t.kind, t.comparator) for t in results["targets"]}
    assert found[(45, "%")] == ("support", "=") and found[(35, "%")] == ("support", "=")
    assert found[(400000, "元")] == ("support", "<=") and found[(300000, "元")] == ("support", "<=")


def test_a_bound_naming_the_class_a_share_is_of_is_no_fact_of_its_own():
    facts = _facts("新建商品住房项目中90平方米以下住房占比不低于60%。")
    assert (90, "平方米") not in facts
    assert facts[(60, "%")][2] == ">="


def test_a_fee_waived_per_case_is_support_paid_per_case():
    facts = _facts("对低保对象门诊诊查费实行减免，减免标准每例不超过50元。")
    assert facts[(50, "元/例")][1:3] == ("support", "<=")
