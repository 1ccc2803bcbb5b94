"""A member table's contact column (联络员 | 联系电话) holds no figures, a service's limit in hours or minutes
(灾后12小时内得到救助 / 接报后45分钟内到达现场) is a rule of its own whatever the action, named by it, and a bracket
after a goal giving an earlier year's value (控制在5%以内（2022年为7.6%）) reports the same measure (the forms blind
set 30, tests/unseen30, showed in a 防汛抗旱指挥部 notice and a school-meals plan), on a notice of our own in another
city, topic and wording.
Expected values are written from the notice.
"""
from pipeline.runner import extract_document
from tests.notice_targets import checked_targets

NOTICE = "targets_cangxi_forest_fire_contacts_time_limits.md"


def test_phone_numbers_of_a_member_table_are_no_figures():
    targets = checked_targets(NOTICE)
    # 5223871 / 13908120456 / 5221190 are the 联系电话 of 县林业局, 县公安局, 县气象局
    assert [t for t in targets if t.value in (5223871, 13908120456, 5221190)] == []
    assert [t for t in targets if "电话" in (t.indicator_raw or "")] == []


def test_hours_and_minutes_within_which_a_service_acts_are_requirements():
    facts = {(t.value, t.unit): (t.comparator, t.kind, t.indicator_raw) for t in checked_targets(NOTICE)}
    # 接到火情报告后30分钟内向县委、县政府报告
    assert facts[(30, "分钟")][:2] == ("<=", "requirement") and facts[(30, "分钟")][2].endswith("时限")
    # 扑火队伍接警后1小时内集结出发: no administrative verb, still a time limit, named by what is done
    assert facts[(1, "小时")] == ("<=", "requirement", "集结出发时限")
    # 预警信息在3小时内送达各乡镇
    assert facts[(3, "小时")][:2] == ("<=", "requirement") and "送达" in facts[(3, "小时")][2]


def test_the_size_rule_beside_them_stays():
    facts = {(t.value, t.unit): t.comparator for t in checked_targets(NOTICE)}
    assert facts[(20, "人")] == ">="  # 每个乡镇组建不少于20人的半专业扑火队


def test_a_measure_named_with_phone_words_is_still_read(tmp_path):
    # 移动电话用户数 is a measure (电话 does not close the header): its column holds figures
    path = tmp_path / "notice_phone_users.md"
    path.write_text(
        "某县通信发展情况的通报\n\n各乡镇人民政府：\n\n2023年底各乡镇通信发展情况如下：\n\n"
        "| 乡镇 | 移动电话用户数（户） |\n|---|---|\n| 东溪镇 | 12500 |\n| 西河乡 | 8300 |\n\n"
        "某县人民政府办公室\n\n2024年1月15日\n", encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    values = sorted(t.value for t in results["targets"])
    assert 12500 in values and 8300 in values


def test_a_bracketed_earlier_value_reports_the_measure_of_the_goal_before_it():
    facts = {(t.value, t.kind): (t.indicator_raw, t.comparator, t.deadline) for t in checked_targets(NOTICE)}
    # 全县森林火灾受害率控制在0.8%以内（2023年为1.1%）
    assert facts[(0.8, "target")] == ("森林火灾受害率", "<=", "2025-12-31")
    assert facts[(1.1, "actual")] == ("森林火灾受害率", "=", "2023-12-31")
