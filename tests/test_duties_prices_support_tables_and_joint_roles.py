"""The families blind set 19 (tests/unseen19) showed, each on notices of our own in other cities, topics and
wordings: duty frequencies written 一次 and counts of times named as counts, a staffing count whose noun the
clause before gave, prices and fees per thing (元/吨, 元/月) and support per site and year (元/年), procedure time
limits (下达, 通知), years after 满, a Word table of supports (one share and one cap per row), X负责会同Y (X leads),
a partner cut before the object of the work, and a member row naming two kinds of unit. Expected values are
written from the notices.
"""
from __future__ import annotations

from pathlib import Path

import docx

from pipeline.runner import extract_document
from tests.notice_targets import checked_targets

NOTICES = Path(__file__).resolve().parent / "notices"
ROAD = "targets_tianshui_rural_road_upkeep_rules.txt"


def _road(unit: str) -> list[tuple[str, str, float, str]]:
    return [(t.indicator_raw, t.comparator, t.value, t.kind) for t in checked_targets(ROAD) if t.unit == unit]


def test_duties_once_a_period_and_counts_of_times_are_rules_named_as_counts():
    assert _road("次") == [
        ("路况巡查次数", "=", 1, "requirement"),  # 每季度开展一次路况巡查
        ("专职养护员参加业务培训次数", ">=", 2, "requirement"),  # 每年参加业务培训不少于2次
        ("桥梁安全评估次数", ">=", 1, "requirement"),  # 每年至少组织一次桥梁安全评估
        ("养护作业计划公布次数", "=", 1, "requirement"),  # 每月公布一次养护作业计划
    ]


def test_a_staffing_count_without_its_noun_counts_the_noun_named_before():
    staff = _road("名")
    assert [(c, v) for _, c, v, _ in staff] == [(">=", 2), ("=", 4)]  # 至少配备2名专职养护员，…的乡镇配备4名
    assert all(words.endswith("专职养护员") for words, _, _, _ in staff)


def test_prices_and_fees_keep_what_they_are_charged_per():
    priced = [(t.value, t.unit, t.kind) for t in checked_targets(ROAD) if t.unit and t.unit.startswith("元/")]
    assert priced == [
        (80, "元/吨", "requirement"),  # 砂石料和沥青混合料的指导价格分别为每吨80元、420元
        (420, "元/吨", "requirement"),
        (2, "元/月", "requirement"),  # 可按每户每月2元的标准收取养护费
        (8000, "元/年", "support"),  # 按每处每年8000元的标准给予养护补助
    ]
    fee = next(t for t in checked_targets(ROAD) if t.unit == "元/月")
    assert fee.indicator_raw == "养护费"  # 可按… names nothing; what is charged names the fee


def test_time_limits_and_years_after_full():
    days = _road("日")
    assert [(words, c, v) for words, c, v, _ in days][0] == ("下达时限", "<=", 20)  # 应当在20日内下达养护补助资金
    assert days[1][0] == "提前通知时间" and days[1][2] == 3  # 应当提前3日通知沿线群众
    (words, comp, value, kind), = _road("年")
    assert words.endswith("依法登记年限") and (comp, value, kind) == (">=", 2, "requirement")  # 依法登记满2年


def test_a_word_table_of_supports_gives_a_share_and_a_cap_per_row(tmp_path):
    document = docx.Document()
    document.add_paragraph("湖南省商务厅关于印发湖南省外贸新业态发展专项资金管理办法的通知")
    document.add_paragraph("第六条  专项资金支持方式和标准见下表。")
    rows = [
        ["支持对象", "支持方式", "补助比例", "补助上限"],
        ["跨境电商综合服务平台", "事后奖补", "不超过平台建设投资的30%", "200万元"],
        ["公共海外仓", "事前补助", "不超过租赁费用的20%", "100万元"],
    ]
    table = document.add_table(rows=0, cols=4)
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    path = tmp_path / "support_table.docx"
    document.save(path)
    _, results, _ = extract_document(str(path))
    found = [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind) for t in results["targets"]]
    assert found == [
        ("跨境电商综合服务平台补助比例", "<=", 30, "%", "support"),
        ("跨境电商综合服务平台补助上限", "<=", 2000000, "元", "support"),
        ("公共海外仓补助比例", "<=", 20, "%", "support"),
        ("公共海外仓补助上限", "<=", 1000000, "元", "support"),
    ]


def _roles(task) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"lead": [], "responsible": [], "partner": []}
    for agency in task.agencies:
        out[agency.role].append(agency.name_raw)
    return out


def test_who_is_responsible_together_with_another_leads_and_a_partner_ends_before_the_object():
    _, results, _ = extract_document(str(NOTICES / ROAD))
    tasks = {t.text[:8]: t for t in results["tasks"]}
    assert _roles(tasks["市交通运输局负责"]) == {"lead": ["市交通运输局"], "responsible": [], "partner": ["市财政局"]}
    # 市交通运输局要会同市应急管理局每年对各县（区）人民政府、各乡镇人民政府…进行考评: those assessed are no partners
    assert _roles(tasks["市交通运输局要会"]) == {"lead": ["市交通运输局"], "responsible": [],
                                          "partner": ["市应急管理局"]}
    assert _roles(tasks["各县（区）交通运"])["responsible"] == ["各县（区）交通运输局"]
    # 第十条 …由县（区）交通运输局责令改正，处500元以上2000元以下罚款: a penalty, no work assigned
    assert not any("责令" in t.text for t in results["tasks"])
    assert len(results["tasks"]) == 3


def test_a_member_row_of_two_kinds_of_unit_is_one_member_per_unit():
    _, results, _ = extract_document(str(NOTICES / "members_wuzhong_flood_command_two_units_row.md"))
    members = [(m.role, m.person, m.position, m.organization) for tf in results["taskforce"] for m in tf.members]
    assert members[-2:] == [("成员", None, "分管负责同志", "各乡镇人民政府"), ("成员", None, "分管负责同志", "各街道办事处")]
    assert len(members) == 7


def test_how_old_things_a_measure_is_for_and_interest_paid_down_in_points():
    found = [(t.indicator_raw, t.comparator, t.value, t.unit, t.kind)
             for t in checked_targets("targets_yantai_elevator_boiler_renewal_points.txt") if t.kind != "actual"]
    assert found[:2] == [
        ("使用年限", ">", 15, "年", "requirement"),  # 使用超过15年的老旧电梯
        ("投用年限", ">", 8, "年", "requirement"),  # 投用超过8年的燃煤锅炉
    ]
    words, comp, value, unit, kind = found[2]  # 市财政给予贴息0.5个百分点
    assert words.endswith("贷款贴息") and (value, unit, kind) == (0.5, "个百分点", "support")
    assert found[3] == ("贴息期限", "<=", 1, "年", "requirement")


def test_money_a_year_of_projects_put_in_is_a_level_reported():
    reported = [(t.indicator_raw, t.value, t.unit) for t in
                checked_targets("targets_yantai_elevator_boiler_renewal_points.txt") if t.kind == "actual"]
    assert reported[0][1:] == (1250000000, "元") and reported[0][0].endswith("完成投资")  # 完成投资12.5亿元
    assert reported[1][1:] == (8.2, "%")  # 同比增长8.2%


def test_safeguard_sentences_beside_noted_measures_are_no_tasks():
    """Measures with （责任单位：…） notes; the 保障措施 items name units in sentences (市商务局要会同市财政局…)
    without a note of their own: no tasks, as the annotation guide says."""
    _, results, _ = extract_document(str(NOTICES / "tasks_mianyang_night_economy_noted_measures_safeguards.txt"))
    assert [t.text[:9] for t in results["tasks"]] == ["打造夜间消费街区。", "丰富夜间文旅活动。"]
