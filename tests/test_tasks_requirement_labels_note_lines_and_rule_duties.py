"""Tasks missed or misread on blind sets 47–48, read on notices of our own (other places, topics and wordings;
expected values written by reading the notices):

- a task force's requirements under a label on a line of its own (``工作要求：`` over ``1.`` ``2.`` …): each item
  telling a named organ what to do is a task (a meeting rule and a member's change of post are none);
- the paragraphs closing a task force's numbered requirements: one that tells the members what to set up (``要按照“…”的
  要求，各确定一名联络员``) is a task, an exhortation (``牢固树立底线思维，层层压实责任，确保…到位，坚决防止…``) none;
- a measure's unit note on a line of its own (``牵头单位：A；配合单位：B、C``): its list ends with the line, and the
  next paragraph (``此外，各乡镇要…``) is a sentence of its own, a task where it tells a named organ what to do among
  measures with notes (a 保障措施 sentence without a note stays none);
- a regulation's duties article (``县妇联负责…``: people's organizations as actors; ``X负责…并会同Y…``: Y partners);
  outside it, a practice its rules bind organs to keep up (``各级妇联、财政部门应当加强…监督检查``) is no task, while a
  step due within a time stays one (a regulation without a duties part keeps its 应当 articles as tasks);
- ``各省级…部门要于每年3月31日前，将…报送…`` (a yearly due date is no condition) and ``将会同A、B``: both partners.
"""
from pipeline.normalize import should_join
from pipeline.runner import extract_document

FORCE = """青川县人民政府办公室关于调整青川县地质灾害防治指挥部组成人员的通知

青府办函〔2025〕12号

各乡镇人民政府，县直各部门：
因人事变动，经县政府同意，决定调整县地质灾害防治指挥部组成人员。现将名单通知如下：
指挥长：周海涛　县人民政府副县长
副指挥长：吴　凡　县自然资源局局长
成员：郑　南　县应急管理局副局长
　　　孙丽华　县水利局副局长
　　　钱　进　县交通运输局副局长
指挥部办公室设在县自然资源局，办公室主任由吴凡同志兼任。
工作要求：
1.指挥部每半年召开一次全体成员会议，分析研判地质灾害防治形势。
2.指挥部办公室要于2025年5月底前修订全县地质灾害应急预案，报县政府审定。
3.县交通运输局要在主汛期前完成沿线边坡隐患排查，建立整治台账。
4.成员单位负责同志因工作变动需调整的，由所在单位提出，报指挥部办公室备案。
原指挥部组成人员名单同时废止。

青川县人民政府办公室
2025年3月6日
"""

FORCE_NUMBERED = """南浦区人民政府办公室关于成立南浦区粮食安全生产工作专班的通知

南府办发〔2025〕7号

各街道办事处，区直各单位：
为抓好粮食安全生产，决定成立南浦区粮食安全生产工作专班。现将有关事项通知如下：
一、专班组成
组长：何　平　区人民政府副区长
副组长：冯小军　区农业农村局局长
成员：陈　静　区财政局副局长
　　　林　涛　区水利局副局长
二、工作要求
（一）区农业农村局要牵头制定全区粮食生产年度计划，2025年4月底前报区政府。
（二）区水利局要加强灌溉设施维护，保障春耕用水。
各成员单位要按照“党政同责、一岗双责”的要求，各确定一名业务骨干担任联络员，及时报送工作信息。
各街道、各成员单位要牢固树立底线思维，层层压实责任，确保责任到位、措施到位，坚决防止出现撂荒现象。

南浦区人民政府办公室
2025年3月2日
"""

PLAN = """石门县人民政府办公室关于印发《石门县柑橘产业提质增效三年行动方案》的通知

石政办发〔2025〕5号

各乡镇人民政府，县直各单位：
现将《石门县柑橘产业提质增效三年行动方案》印发给你们，请认真贯彻执行。

石门县人民政府办公室
2025年2月18日

石门县柑橘产业提质增效三年行动方案

一、发展目标
到2027年，全县柑橘种植面积稳定在30万亩。

二、重点任务
1.推进品种改良。每年改良老旧果园1万亩。
牵头单位：县农业农村局；配合单位：县财政局、县林业局

2.建设冷链仓储。2026年底前建成产地冷链仓储设施10处。
牵头单位：县商务局；配合单位：县发展和改革局、县供销合作社

此外，各乡镇要组织果农成立专业合作社，推行统一管护、统一销售。

三、扶持措施
（一）改良老旧果园经验收合格的，每亩补助800元。
（二）新建冷链仓储设施的，按投资额的20%给予补助。
各乡镇要加强果园病虫害统防统治，指导果农规范使用农药。

四、保障措施
县财政局要每年安排柑橘产业发展资金不少于1000万元。县农业农村局要每半年调度一次项目进展。
"""

RULE = """平阳县人民政府办公室关于印发《平阳县妇女创业扶持资金管理办法》的通知

平政办规〔2025〕2号

各乡镇人民政府，县直各单位：
现将《平阳县妇女创业扶持资金管理办法》印发给你们，请遵照执行。

平阳县人民政府办公室
2025年1月20日

平阳县妇女创业扶持资金管理办法

第一条 为支持妇女创业就业，制定本办法。
第二条 本办法适用于在本县登记注册、由妇女创办的小微企业和个体工商户。
第三条 首次创业且正常经营1年以上的，给予一次性创业补贴3000元。
第四条 职责分工。
县妇联负责扶持资金申报受理和初审，每年4月底前公布年度申报指南；
县财政局负责将扶持资金纳入年度预算，按规定拨付资金；
县人力资源和社会保障局负责提供就业登记信息并会同县妇联开展创业培训。
第五条 县财政局应当在收到审核意见后15日内拨付资金。
第六条 各级妇联、财政部门应当加强对扶持资金使用情况的监督检查，接受社会监督。
第七条 本办法自2025年3月1日起施行。
"""

NATIONAL = """国家林业和草原局办公室关于做好林下经济发展监测工作的通知

办改字〔2025〕15号

各省、自治区、直辖市林业和草原主管部门：
为掌握林下经济发展情况，现就做好监测工作通知如下。
一、明确监测内容
监测内容包括林下种植、林下养殖和林产品采集加工等情况。
二、按时报送数据
各省级林业和草原主管部门要于每年3月31日前，将上年度林下经济发展情况报送国家林业和草原局发展规划司。
三、加强督促指导
国家林业和草原局将会同财政部、中国人民银行适时开展专项调研，推广各地经验做法。

国家林业和草原局办公室
2025年1月8日
"""


def _tasks(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [t for t in extract_document(str(path))[1]["tasks"] if t.assigned]


def _read(task):
    return [(a.role, a.name_raw) for a in task.agencies], task.deadline, task.recurrence


def test_requirements_under_a_label_line_are_the_task_forces_tasks(tmp_path):
    tasks = _tasks(tmp_path, "force.txt", FORCE)
    assert [t.text[:12] for t in tasks] == ["指挥部办公室要于2025", "县交通运输局要在主汛期前"]
    assert _read(tasks[0]) == ([("responsible", "指挥部办公室")], "2025-05-31", "once")
    assert _read(tasks[1])[0] == [("responsible", "县交通运输局")]


def test_closing_paragraphs_of_requirements_told_or_urged(tmp_path):
    tasks = _tasks(tmp_path, "force2.txt", FORCE_NUMBERED)
    starts = [t.text[:10] for t in tasks]
    assert starts == ["区农业农村局要牵头制", "区水利局要加强灌溉设", "各成员单位要按照“党"]
    assert _read(tasks[2])[0] == [("responsible", "各成员单位")]
    assert not any("底线思维" in t.text for t in tasks)


def test_a_unit_note_line_ends_its_list_and_the_next_sentence_is_a_task(tmp_path):
    tasks = _tasks(tmp_path, "plan.txt", PLAN)
    assert [t.text[:10] for t in tasks] == ["推进品种改良。每年改", "建设冷链仓储。202", "此外，各乡镇要组织果",
                                         "各乡镇要加强果园病虫"]
    assert _read(tasks[1]) == ([("lead", "县商务局"), ("partner", "县发展和改革局"), ("partner", "县供销合作社")],
                               "2026-12-31", "once")
    assert _read(tasks[2])[0] == [("responsible", "各乡镇")]
    assert _read(tasks[3])[0] == [("responsible", "各乡镇")]


def test_a_note_line_is_whole_unless_its_list_goes_on():
    note = "牵头单位：县商务局；配合单位：县发展和改革局、县供销合作社"
    assert not should_join(note, "此外，各乡镇要组织果农成立专业合作社。", None)
    assert should_join("牵头单位：县商务局；配合单位：县发展和改革局、", "县供销合作社", None)


def test_a_regulations_duties_and_its_standing_rules(tmp_path):
    tasks = _tasks(tmp_path, "rule.txt", RULE)
    assert [t.text[:8] for t in tasks] == ["县妇联负责扶持资", "县财政局负责将扶", "县人力资源和社会", "县财政局应当在收"]
    assert _read(tasks[0]) == ([("responsible", "县妇联")], None, "annual")
    assert _read(tasks[2])[0] == [("responsible", "县人力资源和社会保障局"), ("partner", "县妇联")]


def test_a_yearly_due_date_and_two_partners_after_jiang_huitong(tmp_path):
    tasks = _tasks(tmp_path, "national.txt", NATIONAL)
    assert len(tasks) == 2
    assert _read(tasks[0]) == ([("responsible", "各省级林业和草原主管部门")], None, "annual")
    assert _read(tasks[1])[0] == [("lead", "国家林业和草原局"), ("partner", "财政部"), ("partner", "中国人民银行")]
