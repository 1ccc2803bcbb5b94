"""Tasks (fix round 8), on notices of our own (other places, topics and wordings than the blind sets'); expected values
written by reading each notice:

- a notice that sets up a task force and then gives a section of the year's matters (二、2025年防汛工作有关事项) assigns
  the work its items tell named organs to do, as a section of requirements does; its 其他有关事项 is no such section;
- an office told to keep watch over the others' work (要加强督促检查) that also has a dated step of its own (每月10日前
  汇总…报…) is tasked; the watch alone is not;
- a task force's special groups (各专项组) and public archives or libraries (县级综合档案馆, 市图书馆) are organs told
  their work;
- funds put into each year's budget (纳入年度预算) come every year: annual, no due date, even with a year's amount after.
"""
from __future__ import annotations

from tests.assigned_tasks import assigned_tasks


def _tasks(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return assigned_tasks(path)


FLOOD = ("中共某川县委办公室某川县人民政府办公室关于调整某川县防汛抗旱指挥部成员及做好2025年防汛工作的通知\n\n"
         "各乡镇党委和人民政府，县直各单位：\n"
         "因人事变动，经县委、县政府同意，决定调整县防汛抗旱指挥部成员。现将有关事项通知如下。\n"
         "一、指挥部组成人员\n"
         "指挥长：李明远　县委副书记、县长\n"
         "副指挥长：王春华　县政府副县长\n"
         "成员：张建国　县水利局局长\n"
         "刘海燕　县应急管理局局长\n"
         "陈志强　县财政局局长\n"
         "二、2025年防汛工作有关事项\n"
         "（一）汛期目标。全县水库安全度汛率达到100%。\n"
         "（二）压实防汛责任。各乡镇人民政府要严格落实防汛行政首长负责制，将防汛工作纳入年度综合考核内容。\n"
         "（三）强化监督检查。县纪委监委机关要会同县水利局开展防汛专项监督，对失职失责问题严肃处理。\n"
         "（四）县防汛办要加强督促检查，每月10日前汇总各成员单位防汛工作情况，报县防汛抗旱指挥部。\n"
         "（五）县防汛办要加强督促检查。\n"
         "（六）县财政局要将防汛抗旱工作经费纳入年度预算，2025年安排防汛专项经费不少于200万元。\n"
         "三、其他有关事项\n"
         "县防汛抗旱指挥部成员如有变动，由接任者自行递补，不再另行发文。\n\n"
         "中共某川县委办公室　某川县人民政府办公室\n2025年3月12日\n")


def test_the_years_matters_of_a_task_force_notice_are_its_requirements(tmp_path):
    tasks = _tasks(tmp_path, "flood.txt", FLOOD)
    duty = [t for t in tasks if "行政首长负责制" in t[0]]
    assert duty and duty[0][1] == [("responsible", "各乡镇人民政府")]
    watch = [t for t in tasks if "防汛专项监督" in t[0]]
    assert watch and watch[0][1] == [("lead", "县纪委监委机关"), ("partner", "县水利局")]
    assert not [t for t in tasks if "汛期目标" in t[0] or "自行递补" in t[0]]  # a goal, a rule of the body


def test_a_watch_with_a_dated_step_of_its_own_is_tasked(tmp_path):
    tasks = _tasks(tmp_path, "flood.txt", FLOOD)
    dated = [t for t in tasks if "每月10日前汇总" in t[0]]
    assert dated and dated[0][1] == [("responsible", "县防汛办")] and dated[0][3] == "monthly"
    assert not [t for t in tasks if t[0].rstrip("。").endswith("加强督促检查")]  # the watch alone


def test_a_yearly_budget_is_annual_without_a_due_date(tmp_path):
    tasks = _tasks(tmp_path, "flood.txt", FLOOD)
    budget = [t for t in tasks if "纳入年度预算" in t[0]]
    assert budget and budget[0][1] == [("responsible", "县财政局")]
    assert budget[0][2] is None and budget[0][3] == "annual"


def test_special_groups_and_archives_are_organs_told_their_work(tmp_path):
    text = ("某阳市人民政府办公室关于推进档案数字化和创建全国文明城市工作的通知\n\n各区人民政府，市直各单位：\n"
            "一、推进档案数字化\n"
            "县级综合档案馆要建立档案数字资源异地备份机制，于2025年6月底前完成备份。"
            "市图书馆要于2024年9月底前完成馆藏古籍数字化。\n"
            "二、创建全国文明城市\n"
            "各专项组要对照测评体系逐项分解任务，于每月5日前向市创文办报送工作进展。\n\n"
            "某阳市人民政府办公室\n2024年3月1日\n")
    tasks = _tasks(tmp_path, "archives.txt", text)
    backup = [t for t in tasks if "异地备份" in t[0]]
    assert backup and backup[0][1] == [("responsible", "县级综合档案馆")] and backup[0][2] == "2025-06-30"
    library = [t for t in tasks if "古籍数字化" in t[0]]
    assert library and library[0][1] == [("responsible", "市图书馆")] and library[0][2] == "2024-09-30"
    groups = [t for t in tasks if "逐项分解任务" in t[0]]
    assert groups and groups[0][1] == [("responsible", "各专项组")]


def test_clauses_joined_by_a_semicolon_are_one_requirement(tmp_path):
    text = FLOOD.replace("（五）县防汛办要加强督促检查。\n",
                         "（五）物资保障。县应急管理局要于5月31日前完成防汛物资补充储备；由县水利局负责水库抢险物资调配。\n")
    tasks = _tasks(tmp_path, "flood.txt", text)
    stock = [t for t in tasks if "防汛物资补充储备" in t[0]]
    assert stock and stock[0][0].startswith("物资保障。") and "抢险物资调配" in stock[0][0]
    assert stock[0][1] == [("responsible", "县应急管理局"), ("responsible", "县水利局")] and stock[0][2] == "2025-05-31"
    assert not [t for t in tasks if t[0].startswith("由县水利局负责")]
    # a later clause telling its own subject what to do is a task of its own
    text = FLOOD.replace("（五）县防汛办要加强督促检查。\n",
                         "（五）物资保障。县应急管理局要于5月31日前完成防汛物资补充储备；县水利局要做好水库抢险物资调配。\n")
    tasks = _tasks(tmp_path, "flood2.txt", text)
    assert [t for t in tasks if t[0].startswith("县水利局要做好") and t[1] == [("responsible", "县水利局")]]


def test_a_note_closing_a_section_gives_its_measure_and_a_year_is_due_at_its_end(tmp_path):
    text = ("某省住房和城乡建设厅 某省财政厅关于加快老旧电梯更新的通知\n\n各市住房城乡建设局、财政局：\n"
            "一、总体目标\n力争2025年全省更新老旧电梯3000台以上。\n"
            "二、提高更新补助标准\n在现行补助办法基础上，对以下电梯提高更新补助额：\n"
            "▶住宅电梯：每台最高补助5万元。\n▶公共建筑电梯：每台最高补助3万元。\n"
            "（省住房和城乡建设厅牵头，省财政厅配合）\n"
            "三、加强宣传\n省住房和城乡建设厅办公室会同省市场监管局组织开展宣传活动，2025年内遴选推介20个更新示范小区。\n\n"
            "某省住房和城乡建设厅　某省财政厅\n2025年2月10日\n")
    tasks = _tasks(tmp_path, "lifts.txt", text)
    raised = [t for t in tasks if "提高更新补助额" in t[0]]
    assert raised and raised[0][0].startswith("在现行补助办法基础上")
    assert raised[0][1] == [("lead", "省住房和城乡建设厅"), ("partner", "省财政厅")]
    assert not [t for t in tasks if t[0].startswith("（")]
    publicity = [t for t in tasks if "宣传活动" in t[0]]
    assert publicity and publicity[0][2] == "2025-12-31" and publicity[0][3] == "once"


def test_rounds_of_checks_beside_a_task_table_are_no_tasks(tmp_path):
    text = ("某县人民政府办公室关于印发某县农村危房改造工作方案的通知\n\n各乡镇人民政府，县直有关单位：\n"
            "现将《某县农村危房改造工作方案》印发给你们，请认真贯彻执行。\n"
            "一、重点任务\n"
            "序号\t任务内容\t牵头单位\t配合单位\t完成时限\n"
            "1\t完成农村危房排查鉴定\t县住建局\t各乡镇人民政府\t2024年6月底前\n"
            "2\t完成危房改造竣工验收\t县住建局\t县财政局\t2024年11月底前\n"
            "二、保障措施\n"
            "（一）强化督导。县住建局要会同县财政局每季度对各乡镇改造进度开展一次督查。\n"
            "（二）强化绩效评价。县财政局要会同县住建局对改造资金开展年度绩效评价。\n\n"
            "某县人民政府办公室\n2024年3月1日\n")
    tasks = _tasks(tmp_path, "houses.txt", text)
    assert not [t for t in tasks if "开展一次督查" in t[0]]
    assert [t for t in tasks if "年度绩效评价" in t[0]]  # work of its own stays
    assert [t for t in tasks if t[0].startswith("完成农村危房排查鉴定")]
