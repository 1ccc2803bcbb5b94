"""Tasks still missed on blind sets 43–46, read on notices of our own in other places and topics:

- the places' governments as a sentence's actor (``各乡镇要…``, ``各镇（街道）要…``): a group of organs, the guide's
  settled convention, so the sentence is a task;
- a plan whose measures mostly name their units in sentences (市X局要…) but two carry notes (（责任单位：…）): its
  保障措施 sentences of that form are tasks like the measures (the notes are the exception);
- ``X、Y要联合组织实施`` with no organ after 联合: they act together, responsible, none leads;
- ``由X牵头，Y、Z配合，…前完成…``: a partner no agency mention names (市邮政管理部门) read from the words;
- a task force's 有关要求 section without items: its sentence telling the member units what to do is a task.
Expected values are written from the notices.
"""
from tests.assigned_tasks import written_tasks

PLAN = """青禾市人民政府办公室关于印发《青禾市农村寄递物流体系建设实施方案》的通知

青政办发〔2025〕9号

各乡镇人民政府、街道办事处，市直各单位：
现将《青禾市农村寄递物流体系建设实施方案》印发给你们，请认真贯彻执行。

青禾市人民政府办公室
2025年2月10日

青禾市农村寄递物流体系建设实施方案

一、工作目标
到2027年，全市建制村快递服务通达率达到100%。

二、重点任务
（一）建设乡镇寄递服务站。每年新建乡镇寄递服务站4个，推动快递企业共享场地。市交通运输局要会同各乡镇人民政府制定建设计划，按月调度推进。
（二）发展村级综合服务点。支持供销网点、农家店增加快递收发功能。由市供销合作社牵头，市邮政管理部门、各乡镇人民政府配合，2025年9月底前完成首批30个村级服务点建设。
（三）培育寄递物流企业。对年业务量首次突破100万件的寄递企业，一次性奖励5万元。（责任单位：市商务局、市财政局）
（四）开展从业人员培训。每年培训农村寄递从业人员不少于800人次。市人力资源和社会保障局、市邮政快递协会要联合组织实施。
（五）加强寄递安全监管。市公安局负责常态化开展寄递渠道安全检查。
（六）推广冷链寄递。鼓励寄递企业配备冷藏车辆，对新购冷藏车辆给予购置价10%的补助。（责任单位：市农业农村局、市财政局）
（七）完善末端配送网络。市交通运输局要推动客货邮融合发展，2026年底前开通融合线路10条。

三、保障措施
（一）强化资金保障。市财政局要统筹上级寄递物流建设资金和市级配套资金，每年安排不少于300万元。
（二）落实属地责任。各乡镇人民政府、街道办事处要在站点用地、用电等方面给予支持，简化服务点设立手续。
（三）严格考核。将农村寄递物流体系建设纳入对各乡镇的年度绩效考核。
"""

TASK_FORCE = """丰谷县人民政府办公室关于成立丰谷县河湖清四乱工作领导小组的通知

丰府办函〔2025〕4号

各乡镇人民政府，县直各部门：
为推进河湖清四乱工作，经县政府同意，决定成立丰谷县河湖清四乱工作领导小组。现将有关事项通知如下：

一、领导小组组成人员
组　长：张立新　县人民政府副县长
副组长：王建国　县水利局局长
成　员：李　明　县自然资源局副局长
　　　　赵　刚　县生态环境局副局长

二、领导小组职责
领导小组负责统筹协调全县河湖清四乱工作，研究解决重大问题。领导小组办公室设在县水利局。

三、有关要求
领导小组原则上每季度召开一次工作调度会。各成员单位要明确一名股级干部为联络员，于每月5日前报送上月工作进展。各乡镇要组建河道巡查队伍，汛期实行每日巡查。
"""


def _roles(task):
    return [(a.agency, a.role) for a in task.agencies]


def test_safeguards_of_a_plan_mostly_naming_units_in_sentences_arewritten_tasks(tmp_path):
    tasks = written_tasks(tmp_path, "plan.txt", PLAN)
    by_start = {t.text[:6]: t for t in tasks}
    assert "强化资金保障" in by_start and _roles(by_start["强化资金保障"]) == [("市财政局", "responsible")]
    assert _roles(by_start["落实属地责任"]) == [("各乡镇人民政府", "responsible"), ("街道办事处", "responsible")]
    assert "严格考核。将" not in by_start  # no organ told to act
    assert len(tasks) == 9


def test_joint_work_is_responsible_and_worded_partners_are_read(tmp_path):
    tasks = {t.text[:6]: t for t in written_tasks(tmp_path, "plan.txt", PLAN)}
    assert _roles(tasks["开展从业人员"]) == [("市人力资源和社会保障局", "responsible"), ("市邮政快递协会", "responsible")]
    assert _roles(tasks["发展村级综合"]) == [("市供销合作社", "lead"), ("市邮政管理部门", "partner"),
                                           ("各乡镇人民政府", "partner")]


def test_places_governments_and_member_units_in_a_requirements_section(tmp_path):
    tasks = written_tasks(tmp_path, "group.txt", TASK_FORCE)
    found = [(t.text.split("，")[0], _roles(t)) for t in tasks]
    assert ("各成员单位要明确一名股级干部为联络员", [("各成员单位", "responsible")]) in found
    assert ("各乡镇要组建河道巡查队伍", [("各乡镇", "responsible")]) in found
    assert not [t for t in tasks if t.text.startswith("领导小组")]


REPORTS = """海川县农业农村局关于开展高标准农田建后管护试点的通知

海农发〔2025〕3号

各乡镇人民政府：

一、县农业农村局要在2025年10月底前完成试点区域管护台账建设，并按月报送管护工作进展。
二、各试点乡镇人民政府要于每季度末月20日前报送管护资金使用情况，2025年12月20日前报送试点总结。
三、县水务局负责在2025年9月底前建成灌溉设施监测平台，实现设施运行数据按月报送、动态监测。
四、县财政局要在2025年11月底前完成管护补助核定，并按月发放补助并报告县政府。

海川县农业农村局
2025年3月1日
"""


def test_a_dated_task_that_reports_every_period_recurs_with_the_report(tmp_path):
    tasks = written_tasks(tmp_path, "reports.txt", REPORTS)
    got = [(t.deadline, t.recurrence) for t in tasks]
    # 按月发放补助并报告: paid each month, reported once — the task keeps its date, once
    assert got == [("2025-10-31", "monthly"), ("2025-12-20", "quarterly"), ("2025-09-30", "once"), ("2025-11-30", "once")]
