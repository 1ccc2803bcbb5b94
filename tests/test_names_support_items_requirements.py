"""Names of support by the item or class it pays, requirement names (time limits, lead times, stays), 年度 kept in
names, and units of prose figures (笔, scheme money totals) and stage tables — the family blind sets 43–46 showed.
Each test runs a short notice of our own, in other places, topics and wordings than the blind notices; the expected
facts are written from the notice text.
"""
from pipeline.runner import extract_document
from tests.notice_targets import cover_notice, written_targets

DATE = "2025年3月10日"


def _targets(tmp_path, name: str, org: str, title: str, body: str) -> list:
    return written_targets(tmp_path / name, cover_notice(org, title, body, f"各乡镇人民政府，{org[:3]}各部门", DATE))


def _by_value(targets, unit: str) -> dict:
    return {t.value: t.indicator_raw for t in targets if t.unit == unit}


def test_support_per_unit_is_named_by_the_class_earning_it_not_doubled(tmp_path):
    body = ("第八条 支持品牌创建。新获得地理标志证明商标的，每个商标奖励3万元；新获得省级名牌产品称号的，每个产品奖励1万元。"
            "同一产品同一年度只享受一次奖励。\n")
    targets = _targets(tmp_path, "names_brand.txt", "黄山市人民政府", "品牌建设奖励办法", body)
    paid = {t.value: (t.indicator_raw, t.unit) for t in targets if t.kind == "support"}
    assert paid[30000] == ("地理标志证明商标奖励", "元/个"), paid
    assert paid[10000] == ("省级名牌产品称号奖励", "元/个"), paid
    assert all("奖励奖励" not in (t.indicator_raw or "") for t in targets)
    once = [t.indicator_raw for t in targets if t.unit == "次"]
    assert once and all("年度" in raw for raw in once), once  # 同一年度: 年 is no date to cut out


def test_one_off_awards_are_named_by_the_title_each_clause_names(tmp_path):
    body = ("第七条 对新评定的国家级全域旅游示范区一次性奖励200万元，新评定的国家5A级旅游景区一次性奖励100万元。"
            "新认定为国家级农业产业化重点龙头企业的食品企业，一次性奖励80万元。\n")
    targets = _targets(tmp_path, "names_awards.txt", "黄山市人民政府", "文旅产业奖励办法", body)
    names = _by_value([t for t in targets if t.kind == "support"], "元")
    assert "国家级全域旅游示范区" in names[2000000] and "一次性一次性" not in names[2000000], names
    assert names[1000000] == "国家5A级旅游景区奖励", names
    assert names[800000] == "国家级农业产业化重点龙头企业奖励", names


def test_support_for_a_work_is_named_by_the_work_the_sentence_opens_with(tmp_path):
    body = ("第三条 支持设施大棚建设。新建钢架连栋大棚，单体面积10亩以上的，按每亩3000元给予一次性补助，"
            "单个主体补助最高20万元。\n第四条 为加快推进产业发展，按每亩500元给予补助。\n")
    targets = _targets(tmp_path, "names_sheds.txt", "寿光市人民政府", "设施农业扶持办法", body)
    paid = {t.value: (t.indicator_raw, t.unit) for t in targets if t.kind == "support"}
    assert paid[3000] == ("新建钢架连栋大棚补助", "元/亩"), paid
    assert paid[200000] == ("单个主体补助", "元"), paid
    assert "为加快" not in paid[500][0], paid  # a purpose names nothing


def test_a_class_before_does_not_name_support_paid_per_thing_counted(tmp_path):
    body = "第九条 发展湖羊养殖的，每新增1只能繁母羊奖补400元，每户最高奖补6000元。\n"
    targets = _targets(tmp_path, "names_sheep.txt", "湖州市人民政府", "畜牧业奖补办法", body)
    paid = {t.value: t.indicator_raw for t in targets if t.kind == "support"}
    assert "湖羊养殖" not in paid[400], paid


def test_requirement_names_time_limits_lead_times_and_stays(tmp_path):
    body = ("三、工作要求\n（一）回收企业应当在受理回收申请后10个工作日内完成检测。\n"
            "（二）参训人员应在培训结束后6个月内申请补贴，逾期不予受理。\n"
            "（三）游客在本县住宿3晚以上的，凭发票享受门票减免。\n"
            "（四）气象部门遇暴雨天气应当提前12小时发布预警信息。\n")
    targets = _targets(tmp_path, "names_limits.txt", "临泉县人民政府", "文旅消费促进方案", body)
    names = {(t.value, t.unit): t.indicator_raw for t in targets}
    assert names[(10, "个工作日")] == "检测时限", names
    assert names[(6, "个月")] == "补贴申请时限", names
    assert names[(3, "晚")].endswith("住宿天数"), names
    assert names[(12, "小时")] == "预警提前时间", names


def test_last_year_stays_whole_in_a_name(tmp_path):
    body = "二、缴存基数不超过上年度全市城镇非私营单位就业人员月平均工资的3倍。\n"
    targets = _targets(tmp_path, "names_lastyear.txt", "绵阳市人民政府", "个体工商户缴存住房公积金办法", body)
    raws = [t.indicator_raw for t in targets if t.unit == "倍"]
    assert raws and all("上年度" in raw for raw in raws), raws


def test_loans_are_counted_in_bi_and_scheme_amounts_reported(tmp_path):
    body = ("一、截至2024年底，全省累计发放创业担保贷款3.2万笔，贷款金额45.6亿元，带动就业12万人。"
            "试点地区累计开户个体工商户12.5万人，缴存金额8.9亿元。\n")
    targets = _targets(tmp_path, "names_loans.txt", "河南省人力资源和社会保障厅", "创业担保贷款工作方案", body)
    facts = {(t.indicator_raw, t.value, t.unit) for t in targets}
    assert ("贷款金额", 4560000000, "元") in facts, facts
    assert ("缴存金额", 890000000, "元") in facts, facts
    loans = [t for t in targets if t.value == 32000]
    assert loans and loans[0].unit == "笔" and not loans[0].indicator_raw.endswith("笔"), facts


def test_a_table_of_stages_with_their_dates(tmp_path):
    text = ("# 某省人力资源和社会保障厅关于扩大职业伤害保障试点的通知\n\n各市人力资源和社会保障局：\n\n## 一、试点目标\n\n"
            "分两批扩大试点范围。各阶段目标如下：\n\n| 阶段 | 完成时间 | 试点县数量（个） | 参保人数（万人） |\n|---|---|---|---|\n"
            "| 第一批 | 2025年底 | 12 | 30 |\n| 第二批 | 2026年底 | 20 | 55 |\n\n## 二、工作要求\n\n各地要加强组织领导。\n\n"
            "某省人力资源和社会保障厅\n2025年3月10日\n")
    path = tmp_path / "stages.md"
    path.write_text(text, encoding="utf-8")
    _, results, _ = extract_document(str(path))
    facts = {(t.value, t.unit, t.deadline) for t in results["targets"]}
    assert {(12, "个", "2025-12-31"), (300000, "人", "2025-12-31"), (20, "个", "2026-12-31"),
            (550000, "人", "2026-12-31")} <= facts, facts
    assert all("数量" in t.indicator_raw or "人数" in t.indicator_raw for t in results["targets"])


def test_an_application_limit_names_its_support_and_a_rate_keeps_its_window(tmp_path):
    body = ("（一）承训单位应当在培训结束后2个月内提出补贴申请，逾期不予受理。结业后6个月内学员就业率应达到50%以上。\n"
            "（二）山林火情24小时内扑灭率达到98%以上。\n")
    targets = _targets(tmp_path, "names_window.txt", "平凉市人民政府", "职业技能培训管理办法", body)
    names = {(t.value, t.unit): t.indicator_raw for t in targets}
    assert names[(2, "个月")] == "补贴申请时限", names
    # 6个月内 / 24小时内 only say when the rate is counted: no spans of their own
    assert (6, "个月") not in names and (24, "小时") not in names, names
    assert "扑灭率" in names[(98, "%")] and "就业率" in names[(50, "%")], names
