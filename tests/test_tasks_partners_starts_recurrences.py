"""Tasks of blind sets 64–68 read on notices of our own, in other places, topics and wordings:

- partners: ``X要牵头制定…，会同Y做好…`` (a lead by 牵头 with a later 会同: Y partners); ``各市（州）卫生健康委要会同财政局…``
  (a bare bureau after 会同 is the places' own, as written); ``各乡（镇）、街道要…`` (two groups of places' organs);
- where a task starts: at the organ after clauses stating a standard in its sentence (``…补助标准不低于每人每年600元，
  县财政局要…``), at the organ's sentence after a standard others keep (``协管员每月入户走访不少于2次…。县民政局要…``);
- who is told: an organ the event reaches (``县市场监管局接到投诉后，应在…内…``); not the units in general closing a
  section after items naming organs (``各地各部门要举一反三…``), nor departments listed by kind only urged
  (``县发改、财政、交通等部门要各司其职、密切配合，形成…合力``), nor the organs each place's standard is left to
  (``收费标准由各省级价格主管部门会同…核定``);
- the items of an attachment note (``附件：1.… 2.…``) are no headings: the section they close keeps its sentences;
- a section of its own after the measures (``四、加强资金监管``) of a notice whose measures name their units in sentences;
- recurrences: ``持续督促`` ongoing; work done several times a period (``每月开展2次``) has no recurrence of that period;
  a report due each month (``每月10日前…报送``) with the result wanted by a date (``确保年底前…达到100%``) is monthly.
Expected values are written from the notices.
"""
from tests.assigned_tasks import written_tasks

PLAN = """清河县人民政府办公室关于印发《清河县城乡供水保障实施方案》的通知

清政办发〔2025〕12号

各乡（镇）人民政府、街道办事处，县直各单位：
现将《清河县城乡供水保障实施方案》印发给你们，请认真贯彻执行。

清河县人民政府办公室
2025年3月20日

清河县城乡供水保障实施方案

一、工作目标
到2026年，全县农村自来水普及率达到98%。

二、重点任务
（一）县水利局要牵头编制农村供水工程建设规划，会同县财政局做好项目资金审核，2025年6月30日前完成规划编制。
（二）县卫生健康局要加强水质卫生监测，每季度至少开展一次水质抽检。
（三）县住房和城乡建设局要持续督促供水企业落实水质公示制度。
（四）县生态环境局负责水源地保护，城区每月开展2次水源地巡查。
（五）县发改、财政、水利、卫生健康等部门要各司其职、密切配合，形成保障供水安全的工作合力。
（六）规范管护服务。村级管水员每月入户走访不少于2次，每次不少于2小时，走访情况录入管护平台。县水利局要按季度对管水员履职情况进行抽查通报。

三、工作要求
各乡（镇）、街道要落实供水工程属地管护责任，农村供水工程维修养护及时率须达到100%。县市场监管局接到供水质量投诉后，应在2个工作日内核查处置。
附件：1.清河县农村供水工程建设任务表
2.清河县供水水质监测点位表
"""

BUDGET = """兴山县人民政府办公室关于成立兴山县农村饮水安全工作领导小组的通知

兴政办发〔2025〕8号

各乡镇人民政府，县直各部门：
为加强农村饮水安全工作，经县政府同意，决定成立兴山县农村饮水安全工作领导小组。现将有关事项通知如下：

一、领导小组组成人员
组　长：刘志强　县人民政府副县长
副组长：陈海波　县水利局局长
成　员：周　敏　县财政局副局长
　　　　吴　涛　县卫生健康局副局长

二、有关工作要求
（一）保障工作经费。村级管水员补助标准不低于每人每年600元，县财政局要将管水员补助和工程维修养护经费纳入县级财政预算。各乡镇要建立管水员考核制度，按季度开展考核。
（二）加强水质监管。县卫生健康局要持续督促供水单位落实水质自检制度。
"""

MONTHLY = """南屏市人民政府办公室关于第二季度民生实事推进情况的通报

南政办通〔2025〕6号

各县（市、区）人民政府，市直各部门：
现将第二季度民生实事推进情况通报如下。

一、总体情况
第二季度全市民生实事总体进展顺利。

二、下步工作要求
（一）市交通运输局要在2025年9月30日前完成城乡公交线网优化方案。
（二）各县（市、区）要于每月10日前将上月民生实事推进情况报送市政府办公室，确保年底前民生实事完成率达到100%。
（三）市卫生健康委要会同各市（州）财政局于2025年8月31日前完成基层医疗机构设备清查。
各地各部门要举一反三，对照通报指出的问题开展自查，防止问题反弹。

南屏市人民政府办公室
2025年7月15日
"""

FEES = """国家某某局 财政部关于规范农村生活污水处理收费工作的通知

各省、自治区、直辖市水利厅（局）、财政厅（局）：
现就规范农村生活污水处理收费工作通知如下。

一、规范收费标准
农村生活污水处理费按照用水量计征，收费标准由各省级价格主管部门会同财政、生态环境主管部门核定，最高不超过每吨1.2元。

二、重点任务
1.国家某某局农村水利司要牵头修订农村污水处理设施运行管理规范，会同财政部农业农村司于2025年10月31日前印发。
2.财政部农业农村司负责按因素法分配中央补助资金。

三、加强资金监管
各级水行政主管部门和财政部门要加强资金监管，对挤占挪用资金的单位追回资金。
"""


def _roles(task):
    return [(a.name_raw, a.role) for a in task.agencies]


def _find(tasks, start):
    found = [t for t in tasks if t.text.startswith(start)]
    assert len(found) == 1, [t.text[:30] for t in tasks]
    return found[0]


def test_a_lead_by_qiantou_partners_the_organ_of_a_later_huitong(tmp_path):
    tasks = written_tasks(tmp_path, "plan.txt", PLAN)
    task = _find(tasks, "县水利局要牵头编制")
    assert _roles(task) == [("县水利局", "lead"), ("县财政局", "partner")]
    assert (task.deadline, task.recurrence) == ("2025-06-30", "once")
    fees = written_tasks(tmp_path, "fees.txt", FEES)
    assert _roles(_find(fees, "国家某某局农村水利司要牵头修订")) == [("国家某某局农村水利司", "lead"),
                                                             ("财政部农业农村司", "partner")]


def test_a_bare_bureau_after_huitong_is_the_places_own(tmp_path):
    task = _find(written_tasks(tmp_path, "monthly.txt", MONTHLY), "市卫生健康委要会同")
    assert ("市卫生健康委", "lead") in _roles(task)
    monthly = written_tasks(tmp_path, "monthly.txt", MONTHLY.replace("会同各市（州）财政局", "会同财政局").replace(
        "市卫生健康委要", "各县（市、区）卫生健康局要"))
    assert _roles(_find(monthly, "各县（市、区）卫生健康局要会同")) == [("各县（市、区）卫生健康局", "lead"),
                                                              ("财政局", "partner")]


def test_groups_of_places_listed_after_one_each_and_an_attachment_note_closing_a_section(tmp_path):
    tasks = written_tasks(tmp_path, "plan.txt", PLAN)
    task = _find(tasks, "各乡（镇）、街道要落实")
    assert _roles(task) == [("各乡（镇）", "responsible"), ("街道", "responsible")]
    assert not [t for t in tasks if t.text.startswith("清河县供水水质监测点位表")]


def test_an_organ_an_event_reaches_is_told_what_to_do_upon_it(tmp_path):
    task = _find(written_tasks(tmp_path, "plan.txt", PLAN), "县市场监管局接到供水质量投诉后")
    assert _roles(task) == [("县市场监管局", "responsible")]


def test_departments_listed_by_kind_only_urged_and_a_standards_level_left_to_each_place_are_nowritten_tasks(tmp_path):
    assert not [t for t in written_tasks(tmp_path, "plan.txt", PLAN) if t.text.startswith("县发改、财政")]
    assert not [t for t in written_tasks(tmp_path, "fees.txt", FEES) if "收费标准由" in t.text]


def test_a_section_of_its_own_after_the_measures_assigns_work(tmp_path):
    task = _find(written_tasks(tmp_path, "fees.txt", FEES), "各级水行政主管部门和财政部门要加强资金监管")
    assert _roles(task) == [("各级水行政主管部门", "responsible"), ("财政部门", "responsible")]


def test_the_task_starts_at_the_organ_after_standards(tmp_path):
    tasks = written_tasks(tmp_path, "group.txt", BUDGET)
    assert _roles(_find(tasks, "县财政局要将管水员补助")) == [("县财政局", "responsible")]
    assert not [t for t in tasks if t.text.startswith("村级管水员补助标准")]
    plan = written_tasks(tmp_path, "plan.txt", PLAN)
    task = _find(plan, "县水利局要按季度对管水员履职情况进行抽查通报")
    assert task.recurrence == "quarterly"
    assert not [t for t in plan if "村级管水员每月入户走访" in t.text]


def test_recurrences_ongoing_several_a_period_and_a_monthly_report(tmp_path):
    plan = written_tasks(tmp_path, "plan.txt", PLAN)
    assert _find(plan, "县住房和城乡建设局要持续督促").recurrence == "ongoing"
    assert _find(plan, "县卫生健康局要加强水质卫生监测").recurrence == "quarterly"
    assert _find(plan, "县生态环境局负责水源地保护").recurrence is None  # twice a month: no recurrence names it
    assert _find(written_tasks(tmp_path, "group.txt", BUDGET), "加强水质监管。县卫生健康局要持续督促").recurrence == "ongoing"
    monthly = written_tasks(tmp_path, "monthly.txt", MONTHLY)
    report = _find(monthly, "各县（市、区）要于每月10日前")
    assert (report.deadline, report.recurrence) == (None, "monthly")
    assert _find(monthly, "市交通运输局要在2025年9月30日前").recurrence == "once"


def test_closing_words_to_the_units_in_general_after_items_are_no_task(tmp_path):
    assert not [t for t in written_tasks(tmp_path, "monthly.txt", MONTHLY) if t.text.startswith("各地各部门")]


AGENT_PAYS = """云岭县林业局关于做好护林员管理工作的通知

云林发〔2025〕5号

各乡镇人民政府：

一、加强巡山护林。县林业局要统筹全县护林员，实行网格化管理。护林员劳务补助标准为每人每年9000元，由县财政局按季度足额拨付。
二、规范补助发放。补助标准不低于每人每月600元，县财政局要将补助资金纳入县级财政预算。

云岭县林业局
2025年4月1日
"""


def test_an_agent_paying_the_amount_its_sentence_opens_with_keeps_the_sentence(tmp_path):
    tasks = written_tasks(tmp_path, "agent.txt", AGENT_PAYS)
    paid = _find(tasks, "护林员劳务补助标准为每人每年9000元")
    assert _roles(paid) == [("县财政局", "responsible")] and paid.recurrence == "quarterly"
    assert _roles(_find(tasks, "规范补助发放。")) == [("县财政局", "responsible")]  # an item with one organ: the item
