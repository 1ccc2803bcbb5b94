"""The review's leftovers, on notices of our own (other places, topics and wordings than the review's); expected values
written by reading each notice:

- an organ named as the body answerable for some work and then told what to do in the same sentence (X是…的责任主体，要…)
  is tasked like X要…; the answerable words alone, or a body that is no organ (企业), assign nothing;
- an amount each one gives or takes each time (每人每次 / 每户每次) is the issuer's requirement, not a goal of the places the
  sentence opens with;
- a duty an office does each period, counted (文化站每季度举办…不少于2场), is a requirement; people a region adds each year
  (新增就业人员每年不少于5000人) are a goal, not a staffing rule;
- a flattened allocation table (乡镇 | 任务（户） | 完成时限, one cell a line) gives no task whose text is a figure;
- a time limit is named by the step it limits, never by who must take it (…应在立案后60日内结案 → 结案时限).
"""
from __future__ import annotations

from tests.assigned_tasks import assigned_tasks
from tests.notice_targets import written_targets
from pipeline.runner import extract_document


def _tasks(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return assigned_tasks(path)


def test_an_answerable_organ_told_what_to_do_is_tasked(tmp_path):
    text = ("新安县人民政府办公室关于加强城镇燃气安全管理的通知\n\n各镇人民政府、街道办事处，县直有关单位：\n"
            "为切实加强燃气安全管理，现就有关事项通知如下。\n"
            "各街道办事处是辖区燃气安全的属地责任主体，主要负责同志是第一责任人，要在2024年6月底前建立隐患整改台账。"
            "县住房城乡建设局是燃气行业的监管主体，负责组织开展燃气安全专项检查。"
            "各镇人民政府是本辖区燃气安全的责任主体。燃气企业是安全生产的责任主体，要落实全员安全生产责任制。\n\n"
            "新安县人民政府办公室\n2024年3月1日\n")
    tasks = _tasks(tmp_path, "gas.txt", text)
    ledger = [t for t in tasks if "隐患整改台账" in t[0]]
    assert ledger and ledger[0][1] == [("responsible", "各街道办事处")] and ledger[0][2] == "2024-06-30"
    checks = [t for t in tasks if "专项检查" in t[0]]
    assert checks and checks[0][1] == [("responsible", "县住房城乡建设局")]
    assert not [t for t in tasks if "全员安全生产责任制" in t[0]]  # a firm is no organ
    assert not [t for t in tasks if t[0].startswith("各镇人民政府是本辖区")]  # answerable, told nothing


def test_an_answerable_item_told_with_a_partner_and_a_date(tmp_path):
    text = ("某县应急管理局关于做好汛期安全工作的通知\n\n各镇人民政府，县直有关单位：\n"
            "一、落实防汛责任\n各镇人民政府是本辖区防汛工作的第一责任人，必须于5月底前完成山洪灾害隐患点排查。"
            "县水利局要会同县自然资源局加强雨情水情监测。\n"
            "二、强化应急值守\n县应急管理局是防汛应急处置的责任单位，要会同县消防救援大队严格执行24小时值班制度。\n\n"
            "某县应急管理局\n2024年4月10日\n")
    tasks = _tasks(tmp_path, "flood.txt", text)
    survey = [t for t in tasks if "隐患点排查" in t[0]]
    assert survey and survey[0][1] == [("responsible", "各镇人民政府")] and survey[0][2] == "2024-05-31"
    duty = [t for t in tasks if "值班制度" in t[0]]
    assert duty and duty[0][1] == [("lead", "县应急管理局"), ("partner", "县消防救援大队")]


def test_an_amount_per_head_and_time_is_the_issuers_rule(tmp_path):
    text = ("某市商务局关于做好液化石油气保供工作的通知\n\n各区商务主管部门：\n"
            "一、各区居民用户每户每次限购液化石油气2瓶。\n"
            "二、到2025年底，各区新建液化石油气供应站点不少于5个。\n\n"
            "某市商务局\n2024年11月5日\n")
    targets = written_targets(tmp_path / "lpg.txt", text)
    rule = [t for t in targets if t.unit == "瓶"]
    assert rule and rule[0].kind == "requirement" and rule[0].scope == "某市" and rule[0].value == 2
    sites = [t for t in targets if t.unit == "个"]
    assert sites and sites[0].kind == "target" and sites[0].scope == "各区"  # each district's goal stays its own


def test_a_donation_range_per_head_and_time(tmp_path):
    text = ("铜仁市中心血站关于规范采血工作的通知\n\n各县（市、区）献血办公室：\n"
            "各县（市、区）采血点献血者每人每次采集血小板一般为1至2个治疗量。\n\n"
            "铜仁市中心血站\n2024年5月6日\n")
    targets = written_targets(tmp_path / "platelets.txt", text)
    dose = [t for t in targets if t.value == 1]
    assert dose and dose[0].kind == "requirement" and dose[0].value_max == 2 and dose[0].comparator == "="
    assert dose[0].scope == "铜仁市"


def test_an_offices_counted_duty_per_period_and_a_regions_yearly_goal(tmp_path):
    text = ("某县人力资源和社会保障局关于做好2024年就业服务工作的通知\n\n各乡镇人民政府，县直有关单位：\n"
            "一、街道文化站每季度举办群众文化活动不少于2场。\n"
            "二、全县城镇新增就业人员每年不少于3000人。\n"
            "三、每个便民服务站专职工作人员不少于3人。\n\n"
            "某县人力资源和社会保障局\n2024年3月1日\n")
    targets = written_targets(tmp_path / "jobs.txt", text)
    shows = [t for t in targets if t.unit == "场"]
    assert shows and shows[0].kind == "requirement" and shows[0].comparator == ">=" and shows[0].deadline is None
    jobs = [t for t in targets if t.value == 3000]
    assert jobs and jobs[0].kind == "target" and jobs[0].comparator == ">="
    staff = [t for t in targets if t.value == 3]
    assert staff and staff[0].kind == "requirement"  # a staffing rule of each station stays one


def test_a_flattened_allocation_table_gives_no_figure_tasks(tmp_path):
    rows = ["序号", "乡镇", "改造任务（户）", "完成时限"]
    for k, (town, n) in enumerate((("东岗镇", "120"), ("西河乡", "85"), ("南坪镇", "60")), 1):
        rows += [str(k), town, n, "2024年10月底前"]
    text = ("某县农业农村局关于下达2024年农村户厕改造任务的通知\n\n各乡镇人民政府：\n"
            "现将2024年农村户厕改造任务下达给你们，请于2024年10月底前完成。\n\n2024年农村户厕改造任务分配表\n"
            + "\n".join(rows + ["合计", "", "265"]) + "\n\n\n某县农业农村局\n2024年3月1日\n")
    path = tmp_path / "toilets.txt"
    path.write_text(text, encoding="utf-8")
    tasks = extract_document(path)[1]["tasks"]
    assert not [t for t in tasks if not any("\u4e00" <= c <= "\u9fff" for c in t.text)]


def test_a_time_limit_is_named_by_the_step(tmp_path):
    text = ("某市城市管理局关于规范执法办案时限的通知\n\n各区城市管理局：\n"
            "一、区城管执法大队应在立案调查后60日内结案。\n"
            "二、街道执法中队应在30日内审结；案情复杂的，经批准可以延长。\n\n"
            "某市城市管理局\n2024年6月3日\n")
    targets = written_targets(tmp_path / "cases.txt", text)
    limits = {t.value: t.indicator_raw for t in targets if t.unit == "日"}
    assert limits == {60: "结案时限", 30: "审结时限"}
