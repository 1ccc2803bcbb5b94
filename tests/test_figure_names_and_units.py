"""Names and units of figures in prose (the family blind sets 39–42 showed: a name that was a fragment or carried
verbs and connectives, a unit lost or wrong). Each test runs a short notice of our own, in other places, topics and
wordings than the blind notices; expected facts are written from the notice text.
"""
from tests.notice_targets import cover_notice, written_targets

DATE = "2025年3月10日"


def _targets(tmp_path, name: str, org: str, title: str, body: str) -> list:
    return written_targets(tmp_path / name, cover_notice(org, title, body, f"各乡镇人民政府，{org[:3]}各部门", DATE))


def _facts(targets) -> set:
    return {(t.indicator_raw, t.comparator, t.value, t.value_max, t.unit) for t in targets}


def test_points_per_event_are_named_by_the_event_and_keep_it_in_the_unit(tmp_path):
    body = ("第五条 扣分。因河长制工作被省级督查通报的，每次扣3分；发生非法采砂面积2亩以上案件且未及时处置的，每起扣5分。\n"
            "第六条 考核得分85分（含）以上的为优秀；70分（含）以上、不足85分的为合格；不足70分的为不合格。\n")
    targets = _targets(tmp_path, "names_scores.txt", "邵武市人民政府", "河长制考核办法", body)
    facts = _facts(targets)
    assert ("省级督查通报扣分", "=", 3, None, "分/次") in facts
    assert ("非法采砂案件扣分", "=", 5, None, "分/起") in facts
    # the band's upper ends (不足85分, 不足70分) repeat where the next band starts: no facts of their own
    scores = sorted(t.value for t in targets if t.unit == "分")
    assert scores == [70, 85], scores
    assert all(t.indicator_raw and "不足" not in t.indicator_raw for t in targets)


def test_temperatures_are_figures_named_by_what_they_measure(tmp_path):
    body = ("一、据市气象台预测，今年夏季全市平均气温较常年同期偏高1℃，38℃以上炎热日数偏多。\n"
            "二、日最高气温达到39℃以上时，建筑工地应当停止露天作业；日最高气温达到36℃以上、39℃以下时，"
            "应当缩短连续作业时间。\n"
            "三、室内作业场所（车间温度超过32℃）的，用人单位应当采取降温措施。\n")
    targets = _targets(tmp_path, "names_heat.txt", "柳州市人力资源和社会保障局", "夏季高温作业劳动保护工作方案", body)
    heat = sorted((t.indicator_raw, t.value, t.value_max) for t in targets if t.unit == "℃")
    # the forecast's departure (偏高1℃) and the class of days (38℃以上炎热日数) are no facts
    assert heat == [("日最高气温", 36, 39), ("日最高气温", 39, None), ("车间温度", 32, None)], heat


def test_a_share_each_level_bears_is_one_fact_per_level(tmp_path):
    body = ("四、保障措施。以旧换新补贴资金由市级财政和区级财政各承担50%。护林员报酬按每人每月800元发放，"
            "由县、镇两级财政分别承担60%。\n")
    targets = _targets(tmp_path, "names_levels.txt", "中山市人民政府办公室", "家电以旧换新工作方案", body)
    shares = sorted((t.indicator_raw, t.value, t.kind) for t in targets if t.unit == "%")
    assert shares == [("以旧换新补贴资金区级财政承担比例", 50, "support"),
                      ("以旧换新补贴资金市级财政承担比例", 50, "support"),
                      ("县级财政承担比例", 60, "support"), ("镇级财政承担比例", 60, "support")], shares


def test_support_paid_per_thing_of_a_work_is_named_by_the_work(tmp_path):
    body = ("三、奖补标准。对村组自建的小型农田水利设施，按照机井维修每口补助2000元、排水沟清淤每公里补助1.2万元、"
            "小泵站改造每处补助6000元的标准给予奖补，每村奖补总额最高不超过15万元。对港区集装箱中转业务，"
            "按每标准箱30元给予补贴，全年补贴总额不超过500万元。\n")
    targets = _targets(tmp_path, "names_per_thing.txt", "钦州市人民政府", "冬修水利奖补办法", body)
    facts = {(t.indicator_raw, t.value, t.unit) for t in targets}
    assert ("机井维修补助", 2000, "元/口") in facts
    assert ("排水沟清淤补助", 12000, "元/公里") in facts
    assert ("小泵站改造补助", 6000, "元/处") in facts
    assert [v for n, v, _ in facts if n == "每村奖补总额"] == [150000]  # a total per village, named by its own words
    assert any(v == 30 and u == "元/标准箱" for _, v, u in facts)
    assert ("补贴总额", 5000000, "元") in facts


def test_a_monthly_average_per_head_is_paid_per_month(tmp_path):
    body = ("一、基本情况。2024年，全省为2.3万名乡村医生发放岗位补助1.6亿元，人均月补助约580元，其中省级资金0.7亿元。\n"
            "二、补助标准。各地可结合实际提高标准，但月人均补助最高不超过1200元。\n")
    targets = _targets(tmp_path, "names_monthly.txt", "江西省卫生健康委员会", "乡村医生岗位补助实施办法", body)
    facts = {(t.indicator_raw, t.value, t.unit) for t in targets}
    assert ("人均月补助", 580, "元/月") in facts
    assert ("月人均补助", 1200, "元/月") in facts  # no 但 in the name
    # a part of a total, not paid per month
    assert [u for n, v, u in facts if v == 70000000 and n.startswith("省级资金")] == ["元"]


def test_names_lose_connectives_asides_and_cut_words(tmp_path):
    body = ("一、森林火险等级达到4级以上或者风力达到5级以上时，严禁野外用火。\n"
            "二、到2026年，全县完成废弃矿山治理面积3000亩（其中2025年完成1200亩、2026年完成1800亩）。\n"
            "三、使用年限超过12年的老旧渔船，可申请报废补助。注：1吨=1000千克。\n"
            "四、各县可在上述名录以外增加不超过2个品种。未按规定备案的，报销比例在上述标准基础上降低5个百分点。\n"
            "五、从县外引进12月龄以上、体重300公斤以上的湖羊、小尾寒羊等良种母羊，每只补贴300元。\n"
            "六、回收网点按不低于30元/台的价格回收废旧手机。\n")
    targets = _targets(tmp_path, "names_words.txt", "建瓯市人民政府", "乡村振兴若干措施", body)
    names = {(t.value, t.unit): t.indicator_raw for t in targets}
    assert names[(5, "级")] == "风力"
    assert names[(1200, "亩")].startswith("废弃矿山治理面积") and names[(1800, "亩")].startswith("废弃矿山治理面积")
    assert names[(12, "年")] == "使用年限"
    assert (1000, "千克") not in names  # a conversion note
    assert names[(2, "个")] == "品种增加量"
    assert names[(5, "个百分点")] == "报销比例降幅"
    assert names[(12, "月龄")] == "良种母羊月龄"
    assert names[(30, "元/台")] == "废旧手机回收价格"


def test_ordinals_sharing_a_head_name_each_award(tmp_path):
    body = "五、对获得市级一、二、三等奖的团队分别给予2万元、1万元、5000元奖励。\n"
    targets = _targets(tmp_path, "names_awards.txt", "宁德市人力资源和社会保障局", "职业技能竞赛奖励办法", body)
    assert sorted((t.value, t.indicator_raw) for t in targets) == [
        (5000, "市级三等奖奖励"), (10000, "市级二等奖奖励"), (20000, "市级一等奖奖励")]


def test_a_count_a_range_widens_from_and_a_count_a_rule_is_for_are_no_figures(tmp_path):
    body = ("一、自2018年以来，补助范围由原35个重点县逐步扩大到全省所有县（市、区）。\n"
            "二、省级财政对原35个重点县按照实际发放额的40%给予奖补。\n"
            "三、巩固提升2.4万农村人口饮水安全水平。\n")
    targets = _targets(tmp_path, "names_counts.txt", "贵州省财政厅", "农村饮水工程奖补办法", body)
    assert not [t for t in targets if t.value == 35]
    assert ("农村人口", 24000, "人") in {(t.indicator_raw, t.value, t.unit) for t in targets}


def test_a_size_before_the_thing_it_sizes_is_named_by_that_thing(tmp_path):
    body = "三、对新建（扩建）库容300吨以上的气调冷库，按库容每吨补助200元。\n"
    targets = _targets(tmp_path, "names_capacity.txt", "赣州市商务局", "冷链设施建设奖补办法", body)
    assert ("气调冷库库容", 300, "吨") in {(t.indicator_raw, t.value, t.unit) for t in targets}


def test_a_reported_departure_from_the_normal_is_a_fact_and_a_part_keeps_the_unit_of_its_whole(tmp_path):
    body = ("一、2024年汛期，全县降雨量较常年偏多21%。\n"
            "二、新建高标准农田亩均财政投入2800元，其中省级财政资金1500元、县级财政资金600元。\n")
    targets = _targets(tmp_path, "names_reported.txt", "庐江县人民政府", "水利建设工作方案", body)
    facts = {(t.value, t.unit) for t in targets}
    assert (21, "%") in facts  # not a forecast (预测): a reported figure
    assert (1500, "元/亩") in facts and (600, "元/亩") in facts


def test_grades_in_parallel_and_thresholds_after_dui_and_people_counted(tmp_path):
    body = ("一、对带动100户以上的合作社给予5万元奖励。对年度考核优秀的村给予3万元奖励，良好的给予2万元奖励；"
            "项目验收合格的给予一次性奖补10万元。\n二、到2027年，全县集中供水工程覆盖28万人口。\n")
    targets = _targets(tmp_path, "names_grades.txt", "永新县人民政府", "村级集体经济奖补办法", body)
    facts = {(t.indicator_raw, t.value, t.unit) for t in targets}
    assert any(v == 100 and u == "户" for _, v, u in facts)  # a threshold after 对, not a count of whom it is for
    assert ("良好奖励", 20000, "元") in facts
    assert not any(n.startswith("验收合格") for n, _, _ in facts)  # no grade: named as before
    assert [n for n, v, u in facts if v == 280000 and u == "人"] == ["集中供水工程覆盖人口"]  # not …覆盖口
