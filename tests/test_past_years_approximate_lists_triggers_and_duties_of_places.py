"""Kind, comparator and deadline of figures in the forms blind sets 43–46 showed misread, on short notices of our own
in other topics, places and wordings:

- a status paragraph of a year gone by (2024年，…；年末…存栏…) reports that year: its 年末 is that year's end, not the
  notice's, and its figures are actuals (=, or ~ with 约);
- 左右 closing a list of figures (分别稳定在…、…、…左右) makes each of them about (~), not only the last;
- a level that sets off a warning or response (…超过15%时启动…预警) is a rule's trigger: requirement, comparator =;
- a duty done once a period by each of a group of places (每年每个村（社区）至少组织一次…) is scoped to that group.

Expected values are written from the notices, not from program output.
"""
from tests.notice_targets import cover_notice, written_targets

ADDRESSEES = "各乡镇人民政府，县直各部门"
DATE = "2025年4月18日"


def _targets(tmp_path, name: str, org: str, title: str, body: str) -> list:
    return written_targets(tmp_path / name, cover_notice(org, title, body, ADDRESSEES, DATE))


def test_a_status_paragraph_of_a_past_year_dates_its_year_end_by_that_year(tmp_path):
    body = ("一、发展基础\n"
            "2024年，全县鲜奶产量18.6万吨，同比增长3.2%；年末奶牛存栏4.35万头，规模牧场62个。奶业产值约15亿元。\n"
            "二、发展目标\n"
            "到2027年，全县奶牛存栏达到5万头。\n")
    targets = _targets(tmp_path, "dairy.txt", "科尔沁右翼中旗农牧和科技局", "奶业振兴三年行动方案", body)
    found = {(t.value, t.unit): (t.kind, t.comparator, t.deadline) for t in targets}
    assert found.get((43500, "头")) == ("actual", "=", "2024-12-31"), found
    assert found.get((62, "个")) == ("actual", "=", "2024-12-31"), found
    assert found.get((1.5e9, "元")) == ("actual", "~", "2024-12-31"), found
    assert found.get((50000, "头")) == ("target", ">=", "2027-12-31"), found


def test_a_year_end_after_the_notices_own_year_stays_that_year(tmp_path):
    body = "一、工作目标\n2025年，全县新建高标准农田2万亩；年底前建成农田灌溉泵站12座。\n"
    targets = _targets(tmp_path, "fields.txt", "临泉县农业农村局", "2025年高标准农田建设工作方案", body)
    found = {(t.value, t.unit): (t.kind, t.deadline) for t in targets}
    assert found.get((12, "座")) == ("target", "2025-12-31"), found


def test_about_closing_a_list_makes_every_figure_of_it_about(tmp_path):
    body = ("一、种植目标\n"
            "全县茶园面积稳定在3万亩左右，其中，城关镇、安乐乡、新华镇茶园面积分别稳定在1.2万亩、8000亩、6500亩左右；"
            "名优茶产量分别达到1500吨、900吨。\n")
    targets = _targets(tmp_path, "tea.txt", "石阡县人民政府办公室", "茶产业提质增效实施方案", body)
    about = {t.value: t.comparator for t in targets if t.unit == "亩"}
    assert about == {30000: "~", 12000: "~", 8000: "~", 6500: "~"}, about
    reached = {t.value: t.comparator for t in targets if t.unit == "吨"}
    assert reached == {1500: ">=", 900: ">="}, reached


def test_a_level_that_sets_off_a_warning_is_a_rule_of_that_level(tmp_path):
    body = ("一、监测目标\n到2026年，重要民生商品价格监测覆盖率达到95%。\n"
            "二、分级预警\n蔬菜平均价格环比涨幅超过15%时，启动价格异常波动预警；涨幅超过30%时启动二级应急响应。"
            "库存低于正常水平80%时发布蓝色警报。\n")
    targets = _targets(tmp_path, "prices.txt", "遂宁市发展和改革委员会", "重要民生商品价格监测预警工作方案", body)
    shares = {t.value: (t.kind, t.comparator) for t in targets if t.unit == "%"}
    assert shares.get(15) == ("requirement", "="), shares
    assert shares.get(30) == ("requirement", "="), shares
    assert shares.get(80) == ("requirement", "="), shares
    assert shares.get(95) == ("target", ">="), shares  # a goal of the plan stays a goal


def test_a_duty_each_place_of_a_group_does_once_a_period_is_scoped_to_the_group(tmp_path):
    body = ("（三）强化应急演练。每年主汛期前每个村（社区）至少组织一次防汛应急演练。"
            "每半年各乡（镇、街道）至少开展一次防汛物资盘点。县水利局每季度对各乡镇开展一次专项督查。\n")
    targets = _targets(tmp_path, "drills.txt", "铜鼓县防汛抗旱指挥部", "防汛应急能力提升方案", body)
    once = {(t.indicator_raw, t.scope, t.comparator, t.value, t.kind) for t in targets if t.unit == "次"}
    assert ("防汛应急演练次数", "各村（社区）", ">=", 1, "requirement") in once, once
    assert ("防汛物资盘点次数", "各乡（镇、街道）", ">=", 1, "requirement") in once, once
    # the places a duty is done to (对各乡镇) are not the ones doing it
    assert not [f for f in once if f[1] == "各乡镇"], once


def test_a_goal_counted_over_the_plans_years_is_due_by_its_last_year(tmp_path):
    body = ("黄南州农村供水保障三年行动方案（2025—2027年）\n"
            "（二）实施规模化供水工程。三年新建集中供水工程30处，三年内改造老旧供水管网120公里。"
            "每年对供水工程开展一次水质检测。\n")
    targets = _targets(tmp_path, "water.txt", "黄南州水利局", "农村供水保障三年行动方案（2025—2027年）", body)
    due = {(t.value, t.unit): t.deadline for t in targets}
    assert due.get((30, "处")) == "2027-12-31", due
    assert due.get((120, "公里")) == "2027-12-31", due


def test_a_span_of_years_of_another_length_than_the_plan_dates_nothing(tmp_path):
    body = "（一）项目建设。两年新建乡镇污水处理站8座。\n"
    targets = _targets(tmp_path, "sewage.txt", "和政县住房和城乡建设局", "污水治理三年行动方案（2025—2027年）", body)
    assert {(t.value, t.unit): t.deadline for t in targets}.get((8, "座")) is None


def test_an_age_limit_relaxed_to_an_age_is_a_ceiling(tmp_path):
    body = ("二、招聘条件\n报考人员年龄一般为35周岁以下；对取得副高级以上职称的人员，年龄可放宽至50周岁。"
            "连续缴纳期限可放宽至6个月。\n")
    targets = _targets(tmp_path, "hire.txt", "玉树州人力资源和社会保障局", "事业单位专项招聘工作方案", body)
    ages = {t.value: (t.kind, t.comparator) for t in targets if t.unit == "周岁"}
    assert ages.get(50) == ("requirement", "<="), ages
    assert ages.get(35) == ("requirement", "<="), ages


def test_how_long_a_record_must_stay_clean_is_a_term_not_about_nor_a_ceiling(tmp_path):
    body = ("三、申报条件\n申报单位应在本县注册登记，近2年内无重大环境违法记录，近三年未发生较大及以上生产安全事故。\n")
    targets = _targets(tmp_path, "apply.txt", "武宁县经济和信息化委员会", "绿色工厂奖补办法", body)
    spans = {(t.value, t.indicator_raw): (t.kind, t.comparator) for t in targets if t.unit == "年"}
    assert spans.get((2, "无重大环境违法记录年限")) == ("requirement", "="), spans
    assert spans.get((3, "未发生较大及以上生产安全事故年限")) == ("requirement", "="), spans
