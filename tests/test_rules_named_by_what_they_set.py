"""Rules and standards named by what they set, on short notices of our own (other topics, places and wordings than
the blind notices that showed them misread):

- a time limit is named by its step: the first of two joined by 并 (现场勘查时限), the object before a verb that says
  the step is done (摊位清扫时限), the thing a rule sets up (路名牌安装时限), the topic a bare 完成 finishes (资格审查时限);
- an application due a span before a term runs out is an advance time (续期申请提前时间, at least);
- a period a list is posted for is a 公示期; a fine set as a multiple is a 罚款倍数, both bounds kept;
- counts in 块 keep their count word as unit; a list managed by a regime (实行动态管理) is named before it;
- a capacity a condition asks for (日处理能力), the kinds a list may be extended by (增补品种类别), a provision per
  household or per floor area (车位配建标准, 个/套, 个/100平方米), an age named already (车龄), a distance outside a gate
  (大门外范围), a staff count for each unit named by the staff the clause before puts in place, and a drill each
  township must hold named by the drill before it;
- the years a failure repeats (连续两年评估不合格的，撤销…) are no figure.

Expected values are written from the notices, not from program output.
"""
from tests.notice_targets import cover_notice, written_targets

ADDRESSEES = "各乡镇人民政府，县直各部门"
DATE = "2025年6月3日"


def _targets(tmp_path, name: str, org: str, title: str, body: str) -> list:
    return written_targets(tmp_path / name, cover_notice(org, title, body, ADDRESSEES, DATE))


def _by_value(targets) -> dict:
    return {(t.value, t.unit): t for t in targets}


def _row(t) -> tuple:
    return t.kind, t.indicator_raw, t.comparator


def test_time_limits_are_named_by_their_step(tmp_path):
    body = ("一、办理时限\n"
            "接到群众投诉后4小时内完成现场勘查并拍照留存。"
            "每次集市结束后3小时内清扫完毕摊位。"
            "新建道路路名牌应在道路通车后15日内安装到位。"
            "对申请人的资格审查意见，应当在收到材料之日起7个工作日内完成。\n")
    found = _by_value(_targets(tmp_path, "steps.txt", "德钦县人民政府办公室", "城乡管理工作规程", body))
    assert _row(found[(4, "小时")]) == ("requirement", "现场勘查时限", "<="), found
    assert _row(found[(3, "小时")]) == ("requirement", "摊位清扫时限", "<="), found
    assert _row(found[(15, "日")]) == ("requirement", "新建道路路名牌安装时限", "<="), found
    assert _row(found[(7, "个工作日")]) == ("requirement", "资格审查时限", "<="), found


def test_an_application_before_a_term_runs_out_and_a_posting_period(tmp_path):
    body = ("二、许可管理\n"
            "经营许可证有效期为5年，有效期届满需续期的，应在届满60日前提出申请。"
            "拟命名的示范村名单须经评审，并公示不少于7日。\n")
    found = _by_value(_targets(tmp_path, "permit.txt", "临洮县人民政府办公室", "经营许可管理办法", body))
    assert _row(found[(60, "日")]) == ("requirement", "续期申请提前时间", ">="), found
    assert _row(found[(7, "日")]) == ("requirement", "公示期", ">="), found


def test_a_fine_set_as_a_multiple_keeps_both_bounds(tmp_path):
    body = "三、责任追究\n对冒领种粮补贴的，由县农业农村局责令退回，处冒领金额1倍以上3倍以下的罚款。\n"
    found = _by_value(_targets(tmp_path, "fine.txt", "永春县人民政府办公室", "种粮补贴发放管理规定", body))
    fine = found[(1, "倍")]
    assert (fine.kind, fine.indicator_raw, fine.value_max) == ("requirement", "罚款倍数", 3), found


def test_counts_in_kuai_and_a_list_checked_under_a_regime(tmp_path):
    body = ("一、基本情况\n截至2024年底，全县共有公交站点120个，设置路名牌3200块，交通指示牌860块。\n"
            "二、管理要求\n示范合作社名单由县级认定并公布，实行动态管理，每两年复核一次。\n")
    targets = _targets(tmp_path, "plates.txt", "宁陕县人民政府办公室", "道路标识管理工作方案", body)
    found = _by_value(targets)
    assert (found[(3200, "块")].indicator_raw, found[(3200, "块")].kind) == ("路名牌", "actual"), found
    assert found[(860, "块")].indicator_raw == "交通指示牌", found
    once = [t for t in targets if t.unit == "次"]
    assert [(t.indicator_raw, t.comparator, t.value) for t in once] == [("示范合作社名单复核次数", "=", 1)], targets


def test_capacities_kinds_added_and_provision_standards(tmp_path):
    body = ("一、建设标准\n"
            "申报企业须具备日处理餐厨垃圾50吨以上的能力。"
            "在省定目录基础上，各市可根据需要再增补不超过5类品种。"
            "新建公寓按每套不少于1个车位配建；新建商场按每100平方米建筑面积不少于0.8个车位配建。\n")
    found = _by_value(_targets(tmp_path, "build.txt", "岚皋县人民政府办公室", "城市建设管理办法", body))
    assert _row(found[(50, "吨")]) == ("requirement", "日处理能力", ">="), found
    assert _row(found[(5, "类")]) == ("requirement", "各市增补品种类别", "<="), found
    assert _row(found[(1, "个/套")]) == ("requirement", "新建公寓车位配建标准", ">="), found
    assert _row(found[(0.8, "个/100平方米")]) == ("requirement", "新建商场车位配建标准", ">="), found


def test_ages_distances_staff_and_drills_named_by_what_they_set(tmp_path):
    body = ("一、工作要求\n"
            "对车龄15年以上主动报废的公交车辆，按每辆最高3万元给予更新补助。"
            "幼儿园大门外30米范围内不得设置流动摊点。"
            "各街道要配齐专职调解员，每个街道不少于3名。"
            "汛期前组织开展森林火灾扑救演练，各乡镇每年至少组织2次。\n")
    targets = _targets(tmp_path, "rules.txt", "德钦县人民政府办公室", "公共安全工作方案", body)
    found = _by_value(targets)
    assert _row(found[(15, "年")]) == ("requirement", "车龄", ">="), found
    assert _row(found[(30, "米")]) == ("requirement", "幼儿园大门外范围", "<="), found
    assert _row(found[(3, "名")]) == ("requirement", "专职调解员", ">="), found
    drill = found[(2, "次")]
    assert (drill.indicator_raw, drill.comparator, drill.scope) == ("森林火灾扑救演练次数", ">=", "各乡镇"), found


def test_the_years_a_failure_repeats_are_no_figure(tmp_path):
    body = ("第一章总则\n第一条为规范示范基地管理，制定本办法。\n"
            "第九条年度评估不合格的，暂停拨付当年运行经费；\n连续两年评估不合格的，撤销其示范基地称号。\n")
    targets = _targets(tmp_path, "base.txt", "临洮县农业农村局", "示范基地管理办法", body)
    assert [(t.value, t.unit) for t in targets if t.unit == "年"] == [], targets


def test_a_rate_set_off_the_loan_prime_rate_is_named_by_the_cut(tmp_path):
    body = "二、贷款政策\n创业担保贷款利率按照同期贷款市场报价利率（LPR）减25个基点执行。\n"
    found = _by_value(_targets(tmp_path, "loan.txt", "永春县人民政府办公室", "创业担保贷款实施办法", body))
    assert found[(25, "个基点")].indicator_raw.endswith("利率较LPR减点"), found
