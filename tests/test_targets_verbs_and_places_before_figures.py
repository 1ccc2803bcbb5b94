"""A target's words and scope when the words before its figure are a verb, a clause or a place word, not the
measure (the family blind sets 31–34, tests/unseen31..34, showed: 安排300万元专项整治工作经费 stored as [安排],
组建不少于40人的…扑火队伍 as [组建], 累计向16.8万户企业发放… as [累计向], 县财政局在收到…资金后30日内 as the
clause, 各镇至少配备1辆… scoped to the county), tried on a notice of our own in another county and other topics
(health, childcare, agriculture, transport, rural jobs) and wordings.

The rules: words that only act (verbs, adverbs, scope words, 向) name nothing, so the noun after the figure names
it, or the topic the sentence opened with (将X纳入预算，每年安排…); a head count of a team built is the team's
人数; a group of places opening the words (各乡镇, 每个乡镇, 每个村（社区）, 各乡镇人民政府要…) is the scope and
no part of the name, and so is a named area (城东街道累计建成…, 其中县城舜陵街道…); conditions before the
figure's own (…且, a 、-list of registration conditions) and a per-unit word (每平方米) are no part of the name;
a time limit after the event it runs from is named by the next clause's action. Expected values are written from
the notice.
"""
from pipeline.runner import extract_document
from tests.notice_targets import checked_targets

NOTICE = "targets_ningyuan_verbs_places_before_figures.txt"
COUNTY = "宁远县"


def _facts():
    return [(t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.kind) for t in checked_targets(NOTICE)]


def _by_value(value, unit):
    found = [f for f in _facts() if f[2] == value and f[3] == unit]
    assert len(found) == 1, found
    return found[0]


def test_a_bare_verb_is_no_name_the_noun_after_the_figure_or_the_sentence_topic_is():
    # 全县累计向1.2万户农户发放耕地地力保护补贴3600万元: who was paid, not 累计向
    raw, _, _, _, scope, kind = _by_value(12000, "户")
    assert "农户" in raw and "耕地地力保护补贴" in raw and "向" not in raw
    assert (scope, kind) == (COUNTY, "actual")
    # 县财政局要将基层医疗卫生机构运行经费纳入年度财政预算，每年安排不少于500万元: the funds the sentence opened with
    assert _by_value(5000000, "元") == ("基层医疗卫生机构运行经费", ">=", 5000000, "元", COUNTY, "support")
    # 每年安排不少于800万元用于支持农产品冷链建设: what the money supports, no 安排 / 用于
    raw, comp, *_ = _by_value(8000000, "元")
    assert "农产品冷链建设" in raw and "安排" not in raw and "用于" not in raw and comp == ">="


def test_the_head_count_of_a_team_built_is_the_team_size_and_a_group_of_governments_is_the_scope():
    # 县卫生健康局：…组建不少于30人的县级医疗应急队伍
    assert _by_value(30, "人") == ("县级医疗应急队伍人数", ">=", 30, "人", COUNTY, "requirement")
    # 各乡镇人民政府要于2025年6月底前组建不少于15人的家庭医生签约服务团队: each township's team
    assert _by_value(15, "人") == ("家庭医生签约服务团队人数", ">=", 15, "人", "各乡镇", "requirement")


def test_a_group_of_places_before_the_verb_is_the_scope_not_the_name():
    facts = _facts()
    # 原则上每个乡镇至少办好1所标准化托育机构
    assert ("标准化托育机构", ">=", 1, "所", "各乡镇") in [f[:5] for f in facts]
    # 各乡至少配备1辆农机作业服务车 (乡 alone, like 镇)
    assert ("农机作业服务车", ">=", 1, "辆", "各乡") in [f[:5] for f in facts]
    # 每个村（社区）至少配备1名应急广播管理员: villages written as a group, like 县（市、区）
    assert ("应急广播管理员", ">=", 1, "名", "各村（社区）") in [f[:5] for f in facts]
    # 全县新增农村公益性岗位1500个，其中城区1200个，各乡镇300个: each township's part, named by the subject
    raw, _, _, _, scope, _ = _by_value(300, "个")
    assert scope == "各乡镇" and raw == "新增农村公益性岗位"


def test_two_counts_joined_by_he_each_take_their_own_noun():
    # 每个县直学校集团至少遴选2所中学和2所小学开展劳动教育试点: no group of places (学校集团), two facts
    found = sorted((raw, scope) for raw, _, value, unit, scope, _ in _facts() if (value, unit) == (2, "所"))
    assert found == [("中学", COUNTY), ("小学开展劳动教育试点", COUNTY)]


def test_named_areas_heading_a_figure_are_its_scope():
    # 城东街道累计建成老年助餐点12个
    raw, _, _, _, scope, kind = _by_value(12, "个")
    assert scope == "城东街道" and "老年助餐点" in raw and "城东街道" not in raw and kind == "actual"
    # 全县现有村卫生室210所，其中县城舜陵街道18所: the street, not the kind of area it lies in
    assert _by_value(18, "所")[4] == "舜陵街道"
    # 甲工业园、乙物流园、丙科技园等园区中标准厂房出租率提高到90%: examples of a kind of area, the county's figure
    assert _by_value(90, "%")[0::4] == ("标准厂房出租率", COUNTY)


def test_per_unit_words_conditions_and_sizes_are_no_part_of_the_name():
    # 新建农贸市场投资强度不低于每平方米3000元: per square metre, whatever the kind
    assert _by_value(3000, "元/平方米")[:5] == ("新建农贸市场投资强度", ">=", 3000, "元/平方米", COUNTY)
    # 装机容量500千瓦以上且并网运行的: the condition the figure bounds, not the one after 且
    assert _by_value(500, "千瓦")[0] == "装机容量"
    # 在宁远县行政区域内依法登记、具有独立法人资格、正常运营2年以上的家庭农场: the last condition
    raw = _by_value(2, "年")[0]
    assert raw.startswith("正常运营") and "依法登记" not in raw
    # 引导设立规模2亿元的乡村振兴产业基金: the fund's size
    assert _by_value(200000000, "元")[0] == "乡村振兴产业基金规模"
    # 平均每30公里建成1处农村客运候车亭: 30公里 is the base of the rate, no figure
    assert not [f for f in _facts() if f[3] == "公里"]
    assert _by_value(1, "处")[0] == "农村客运候车亭"


def test_shares_and_standards_are_named_by_what_they_are_of():
    # 县级可按不超过专项资金总额3%的比例统筹安排工作经费
    assert _by_value(3, "%")[:3] == ("工作经费占专项资金总额比例", "<=", 3)
    # 各乡镇按不低于本级财政收入1%的比例安排人居环境整治资金: each township's share
    raw, _, _, _, scope, _ = _by_value(1, "%")
    assert (raw, scope) == ("人居环境整治资金占本级财政收入比例", "各乡镇")
    # 可按每月800元标准申领交通补贴
    assert _by_value(800, "元/月")[0] == "交通补贴"
    # 托管服务按照自愿原则收取服务费，收费标准为每生每月不超过150元: what is charged, of the topic
    raw, comp, *_ = _by_value(150, "元/月")
    assert raw.startswith("托管服务") and "收费" in raw and "每" not in raw and comp == "<="


def test_a_time_limit_after_the_event_it_runs_from_is_named_by_the_next_clause():
    # 县交通运输局在接到养护任务后20日内，组织施工单位修缮农村公路
    raw, comp, _, _, _, kind = _by_value(20, "日")
    assert raw.endswith("时限") and "修缮农村公路" in raw and "接到" not in raw
    assert (comp, kind) == ("<=", "requirement")


def test_a_goal_each_town_reaches_in_another_wording(tmp_path):
    # 每个镇至少建成1个…: 镇 alone is a group of places too; a limit whose next clause names an administrative step
    path = tmp_path / "targets_youxian_towns.txt"
    path.write_text("攸县人民政府办公室关于推进农村寄递物流体系建设的通知\n\n各镇人民政府：\n\n"
                    "    2025年底前，每个镇至少建成1个农村寄递物流综合服务站。\n\n"
                    "    县市场监管局在收到经营者申请后5个工作日内，由窗口工作人员完成审核。\n\n"
                    "攸县人民政府办公室\n2024年5月6日\n", encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    found = {(t.indicator_raw, t.value, t.unit, t.scope) for t in results["targets"]}
    assert ("农村寄递物流综合服务站", 1, "个", "各镇") in found
    assert ("审核时限", 5, "个工作日", "攸县") in found
