"""Rules, time limits and thresholds named by what they limit, on short notices of our own (other topics, places and
wordings than the blind notices that showed them misread):

- a time limit is named by the step it limits (复查时限, 许可信息推送时限, 退还办理时限), never by the clause before it;
- a threshold that sets off an action (指数超过300的区县须立即启动…) is a requirement with its comparator;
- a radius, an interval, a count of doses, the staff of each post and a seismic intensity a rule sets are requirements
  named by the thing they size;
- an age bound with the edge it includes (14周岁（含）以下, 60周岁以上（含60周岁）) is one fact, never one named （含;
- a hedge (一般不超过30周岁) borrows the measure before it; a share taken out for a use (拿出…的岗位定向招聘…) is named by
  that use; a revenue shared out by a ratio (按7:3比例分成) is one requirement per party;
- a count of a duty stepped up for a season (汛期加密至每天1次) is named by the duty the clause before counts.

Expected values are written from the notices, not from program output.
"""
from tests.notice_targets import cover_notice, written_targets

ADDRESSEES = "各乡镇人民政府，县直各部门"
DATE = "2025年5月12日"


def _found(tmp_path, name: str, org: str, title: str, body: str) -> dict:
    targets = written_targets(tmp_path / name, cover_notice(org, title, body, ADDRESSEES, DATE))
    return {(t.value, t.unit): t for t in targets}, targets


def _row(t) -> tuple:
    return t.kind, t.indicator_raw, t.comparator


def test_time_limits_are_named_by_the_step_they_limit(tmp_path):
    body = ("一、执法要求\n"
            "发现违规排污行为的，执法人员须立即责令停止，并在2日内复查。"
            "住房城乡建设部门应当在施工许可证核发后5个工作日内，将项目名称、建设单位等许可信息推送至同级人力资源社会保障部门。"
            "缴费人申请退还多缴税款的，税务机关应当自接到申请之日起10日内核实并办理退还。\n")
    found, _ = _found(tmp_path, "limits.txt", "松潘县人民政府办公室", "环境执法协作工作规程", body)
    assert _row(found[(2, "日")]) == ("requirement", "复查时限", "<="), found
    assert _row(found[(5, "个工作日")]) == ("requirement", "许可信息推送时限", "<="), found
    assert _row(found[(10, "日")]) == ("requirement", "退还办理时限", "<="), found


def test_a_span_inside_a_rates_name_is_no_time_limit(tmp_path):
    body = "一、工作目标\n到2025年底，发现动物疫情后12小时内完成处置的比例达到100%。\n"
    _, targets = _found(tmp_path, "window.txt", "丰宁满族自治县农业农村局", "动物疫病防控工作方案", body)
    assert [(t.value, t.unit) for t in targets] == [(100, "%")], targets


def test_a_threshold_that_sets_off_an_action_keeps_its_comparator(tmp_path):
    body = "二、应急措施\n空气质量指数超过300的区县须立即启动应急减排措施，并在24小时内上报市生态环境局。\n"
    found, _ = _found(tmp_path, "air.txt", "邢台市人民政府办公室", "重污染天气应急预案", body)
    level = found[(300, None)]
    assert (level.kind, level.comparator) == ("requirement", ">"), level
    assert "空气质量指数" in level.indicator_raw, level


def test_sizes_a_rule_sets_are_named_by_the_thing_they_size(tmp_path):
    body = ("二、防控措施\n"
            "以疫点为中心划定半径3公里的封锁区，禁止活畜禽调出。流感疫苗接种1剂次，两次接种间隔不少于4周。"
            "每个服务站至少配备2名持证社工。新建校舍须按8度抗震设防。\n")
    found, _ = _found(tmp_path, "sizes.txt", "都兰县人民政府办公室", "公共卫生服务保障方案", body)
    assert _row(found[(3, "公里")]) == ("requirement", "封锁区半径", "="), found
    assert _row(found[(1, "剂次")]) == ("requirement", "接种剂次", "="), found
    assert _row(found[(4, "周")]) == ("requirement", "两次接种间隔", ">="), found
    assert _row(found[(2, "名")]) == ("requirement", "服务站配备持证社工", ">="), found
    assert _row(found[(8, "度")]) == ("requirement", "抗震设防烈度", ">="), found


def test_an_age_bound_with_its_edge_included_is_one_eligibility_fact(tmp_path):
    body = ("一、服务对象\n"
            "为本县14周岁（含）以下儿童免费接种流感疫苗。为全县60周岁以上（含60周岁）的老年人免费开展健康体检。\n")
    _, targets = _found(tmp_path, "ages.txt", "汶上县卫生健康局", "公共卫生服务项目实施方案", body)
    ages = sorted((t.value, t.comparator, t.kind) for t in targets if t.unit == "周岁")
    assert ages == [(14, "<=", "requirement"), (60, ">=", "requirement")], targets
    assert not any("含" in (t.indicator_raw or "") for t in targets), targets


def test_a_hedge_a_share_taken_out_and_a_revenue_split(tmp_path):
    body = ("一、招聘条件\n"
            "报考人员应年满18周岁，一般不超过30周岁。各乡镇应拿出不低于25%的岗位定向招聘本地高校毕业生。\n"
            "二、收益分配\n景区门票收入由景区运营公司与村集体按7:3比例分成。\n")
    found, targets = _found(tmp_path, "hires.txt", "婺源县人民政府办公室", "乡村振兴人才引进办法", body)
    assert _row(found[(30, "周岁")])[::2] == ("requirement", "<=") and "年龄" in found[(30, "周岁")].indicator_raw, found
    assert _row(found[(25, "%")]) == ("requirement", "定向招聘本地高校毕业生岗位比例", ">="), found
    shares = sorted((t.kind, t.value, t.indicator_raw.endswith(("景区运营公司分成比例", "村集体分成比例")))
                    for t in targets if t.unit == "%" and "分成" in t.indicator_raw)
    assert shares == [("requirement", 30, True), ("requirement", 70, True)], shares


def test_a_duty_stepped_up_for_a_season_is_named_by_the_duty_before(tmp_path):
    body = "二、巡查制度\n平时每周开展1次河道巡查，汛期加密至每天1次，发现问题及时处置。\n"
    _, targets = _found(tmp_path, "patrols.txt", "武宣县河长制办公室", "河道巡查管理办法", body)
    names = sorted(t.indicator_raw for t in targets if t.unit == "次")
    assert "汛期河道巡查次数" in names, names
