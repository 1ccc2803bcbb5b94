"""Tasks and their units (the family of blind sets 59–60's misses), on notices written for this test in other places,
topics and wordings (expected values written by reading each notice, as tests/ANNOTATION_GUIDE.md reads them):

- a task force's requirements section titled with its period (三、2024年度汛期工作要求) is read like 三、工作要求: each
  X要… sentence is a task, figures in it or not, and so is 由X按月拨付; an item telling two units gives two tasks, the first
  with the item's title;
- a national notice whose annex allocates a goal to provinces (省 | 任务 | 完成时限, no unit named) still assigns the
  measures beside it; a goal of the whole country before an organ's sentence is no part of its task; 会同 a kind of
  department (同级应急管理部门) partners; months of one year (6—7月) are due at their end;
- a county 办法: a cover sentence whose two clauses tell two units (X于…前将…), a label over the duties (有关部门职责：, no
  task), X是…的责任主体 (the whole organ name), a case handled within a time limit and a 约谈 sanction (no task);
- measures with unit notes: a phase of the 实施步骤 is no task, an item whose note names more units than its organ's
  sentence is one task from its title;
- A、B负责… is two units, a province's regulator named by its short name (河南金融监管局) an organ, 会同 partners read whole
  (人民银行河南省分行, not 人民银行);
- an item opening with X会同Y…：…；… and closing with 于每年…前发放 is one task, annual.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

COMMAND = """\
丽水市人民政府办公室关于调整丽水市防汛防台抗旱指挥部组成人员的通知
各县（市、区）人民政府，市政府各部门：
因工作需要，经市政府同意，对丽水市防汛防台抗旱指挥部组成人员调整如下：
一、指挥部组成人员
指挥长：王建国　市政府副市长
副指挥长：李明　市政府副秘书长
成员：赵强　市水利局局长
钱进　市应急管理局局长
孙立　市气象局局长
二、指挥部办公室
指挥部办公室设在市水利局，办公室主任由市水利局局长兼任。
三、2024年度汛期工作要求
（一）落实防汛责任。各县（市、区）人民政府要于2024年4月15日前完成本级防汛责任人名单公布，每座小型水库落实不少于3名责任人。
（二）强化水库巡查。市水利局要会同市应急管理局组织开展汛前水库安全检查，病险水库一律空库运行。市气象局要加强暴雨预报，提前24小时发布预警信息。
（三）保障抢险物资。市财政局要将防汛抢险经费纳入年度财政预算，2024年安排防汛专项资金不少于500万元。抢险队员误工补助标准为每人每天200元，由市财政局按月拨付。
丽水市人民政府办公室
2024年3月20日
"""

NATIONAL = """\
水利部办公厅 应急管理部办公厅关于做好2025年山洪灾害防御工作的通知
各省、自治区、直辖市水利（水务）厅（局）、应急管理厅（局）：
为做好2025年山洪灾害防御工作，现就有关事项通知如下。
一、完善监测预警体系
（一）补齐监测站点。2025年全国新建自动雨量站3000处，优先布设在山洪灾害危险区。水利部信息中心要于2025年5月底前完成已建站点数据质量抽查。
（二）加强培训演练。省级水行政主管部门要会同同级应急管理部门于2025年4月底前完成基层防御人员轮训。
二、加强组织保障
水利部将会同应急管理部于2025年6—7月组织开展联合检查，对工作不力的地区予以通报。
附件：2025年山洪灾害危险区转移任务分配表
附件
2025年山洪灾害危险区转移任务分配表
序号	省（区、市）	转移演练任务（次）	完成时限
1	浙江省	120	2025年5月31日前
2	福建省	100	2025年5月31日前
3	江西省	90	2025年5月31日前
	合计	310	
水利部办公厅　应急管理部办公厅
2025年3月10日
"""

REGULATION = """\
临泉县人民政府办公室关于印发临泉县农村公路养护管理办法的通知
各乡镇人民政府，县政府各部门：
《临泉县农村公路养护管理办法》已经县政府研究同意，现印发给你们，请认真贯彻执行。
请县交通运输局会同各乡镇人民政府于2024年6月底前完成农村公路养护里程核定；县财政局于2024年7月底前将年度养护资金拨付到各乡镇。
临泉县人民政府办公室
2024年5月6日
临泉县农村公路养护管理办法
第一章　总则
第一条　为加强农村公路养护管理，制定本办法。
第二条　本办法适用于本县行政区域内的县道、乡道和村道。
第二章　职责分工
第三条　有关部门职责：
县交通运输局负责全县农村公路养护的行业管理和技术指导。
县财政局负责养护资金的筹集和拨付。
第四条　各乡镇人民政府是本辖区乡道、村道养护的责任主体，负责组织落实日常养护。
第三章　养护管理
第五条　路面出现坑槽的，一般病害应在5个工作日内修复；较大病害由乡镇报县交通运输局，15日内完成修复。
第六条　县交通运输局会同县财政局每年对各乡镇养护工作进行一次考核。
第七条　对考核优秀的乡镇给予3万元奖励；考核不合格的乡镇，由县政府分管负责同志约谈乡镇主要负责人。
第四章　附则
第八条　本办法由县交通运输局负责解释。
"""

NOTED = """\
岳阳市人民政府办公室关于印发岳阳市养老服务提质行动方案的通知
各县（市、区）人民政府，市直各单位：
现将《岳阳市养老服务提质行动方案》印发给你们，请认真组织实施。
岳阳市人民政府办公室
2024年4月2日
岳阳市养老服务提质行动方案
一、主要任务
（一）建设社区养老服务设施。新建住宅小区按每百户不少于20平方米的标准配建养老服务用房，2024年底前完成存量小区补建50处。（牵头单位：市民政局；责任单位：市住房和城乡建设局，各县（市、区）人民政府）
（二）加强养老机构安全管理。养老机构应在公共区域安装视频监控，视频资料保存不少于30天。市民政局每季度对全市养老机构开展一次安全检查。（责任单位：市民政局、市消防救援支队、市市场监管局）
（三）发展老年助餐服务。2024年底前建成社区老年食堂80个，对运营良好的给予每个2万元补助。（责任单位：市民政局、市财政局）
二、实施步骤
（一）动员部署阶段（2024年4月）。各县（市、区）制定具体实施方案。
（二）验收评估阶段（2024年12月）。市民政局会同市财政局对建设项目逐个组织验收。
三、保障措施
市财政局要统筹安排养老服务资金。
"""

ARTICLES = """\
河南省科学技术厅 河南省财政厅关于实施科技型中小企业贷款贴息的通知
各省辖市科技局、财政局：
一、各省辖市科技局要会同同级财政部门，于2024年9月30日前制定本地区贴息实施细则。
二、附件办法自印发之日起施行。
河南省科学技术厅　河南省财政厅
2024年7月1日
河南省科技型中小企业贷款贴息管理办法
第一条　为支持科技型中小企业发展，制定本办法。
第二条　本办法所称贴息，是指对科技型中小企业贷款利息给予的补助。
第三条　省科学技术厅负责贴息项目审核；省财政厅负责贴息资金拨付；河南金融监管局、人民银行河南省分行负责指导合作银行开展贷款业务。
第四条　省科学技术厅会同河南金融监管局、人民银行河南省分行，通过公开征集方式确定合作银行。
第五条　本办法由省科学技术厅、省财政厅负责解释。
"""

GROUP = """\
旌德县人民政府办公室关于成立旌德县非物质文化遗产保护工作领导小组的通知
各乡镇人民政府，县政府各部门：
为加强非物质文化遗产保护工作，县政府决定成立旌德县非物质文化遗产保护工作领导小组。现将有关事项通知如下：
一、领导小组组成人员
组　长：周海　县政府副县长
副组长：吴丹　县文化旅游体育局局长
成　员：郑波　县财政局副局长
王芳　县教育局副局长
二、工作要求
（一）县文化旅游体育局会同县财政局落实代表性传承人补助：县级代表性传承人每人每年补助2000元；省级以上代表性传承人另行补助。补助资金于每年11月底前发放到位。
（二）县教育局要于2024年12月底前建成非遗传承教育基地3个。
旌德县人民政府办公室
2024年3月5日
"""



def _tasks(tmp_path: Path, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    tasks = extract_document(path)[1]["tasks"]
    return [(t.text, [(a.role, a.name_raw) for a in t.agencies], t.deadline, t.recurrence) for t in tasks if t.assigned]


def _starts(got, expected):
    return [(text[:len(start)], agencies, deadline, recurrence)
            for (text, agencies, deadline, recurrence), (start, *_) in zip(got, expected)]


def test_a_requirements_section_titled_with_its_period(tmp_path):
    got = _tasks(tmp_path, "lishui_flood_command.txt", COMMAND)
    expected = [
        ("落实防汛责任。各县（市、区）人民政府要于", [("responsible", "各县（市、区）人民政府")], "2024-04-15", "once"),
        ("强化水库巡查。市水利局要会同", [("lead", "市水利局"), ("partner", "市应急管理局")], None, None),
        ("市气象局要加强暴雨预报", [("responsible", "市气象局")], None, None),
        ("保障抢险物资。市财政局要将", [("responsible", "市财政局")], None, "annual"),
        # 由X按月拨付: money the organ is told to pay out (not 由X召集, a rule of the body)
        ("抢险队员误工补助标准为每人每天200元", [("responsible", "市财政局")], None, "monthly"),
    ]
    assert _starts(got, expected) == expected
    assert len(got) == len(expected)
    assert got[1][0].endswith("病险水库一律空库运行。")  # the second unit's sentence is a task of its own


def test_a_national_notice_with_an_allocation_table_naming_no_unit(tmp_path):
    got = _tasks(tmp_path, "national_flash_flood.txt", NATIONAL)
    expected = [
        ("水利部信息中心要于2025年5月底前", [("responsible", "水利部信息中心")], "2025-05-31", "once"),
        ("加强培训演练。省级水行政主管部门要会同", [("lead", "省级水行政主管部门"), ("partner", "同级应急管理部门")],
         "2025-04-30", "once"),
        # (6—7月: due at the end of the span; whether months of one year are work going on or done once the gold sets
        # disagree, five entries each way, so the span's recurrence is left as the deadline reader gives it)
        ("水利部将会同应急管理部", [("lead", "水利部"), ("partner", "应急管理部")], "2025-07-31", got[-1][3]),
    ]
    assert _starts(got, expected) == expected
    assert len(got) == len(expected)  # the table's rows name no unit: no assigned task


def test_a_county_regulation_and_its_cover(tmp_path):
    got = _tasks(tmp_path, "linquan_rural_roads.txt", REGULATION)
    expected = [
        ("请县交通运输局会同各乡镇人民政府", [("lead", "县交通运输局"), ("partner", "各乡镇人民政府")], "2024-06-30", "once"),
        ("县财政局于2024年7月底前将", [("responsible", "县财政局")], "2024-07-31", "once"),
        ("县交通运输局负责全县农村公路养护", [("responsible", "县交通运输局")], None, None),
        ("县财政局负责养护资金", [("responsible", "县财政局")], None, None),
        ("各乡镇人民政府是本辖区", [("responsible", "各乡镇人民政府")], None, None),
        ("县交通运输局会同县财政局每年", [("lead", "县交通运输局"), ("partner", "县财政局")], None, "annual"),
    ]
    assert _starts(got, expected) == expected
    # no 有关部门职责： label, no repair within 5 working days, no 约谈, no interpretation
    assert len(got) == len(expected)


def test_phases_without_a_note_and_an_item_whose_note_names_more_units(tmp_path):
    got = _tasks(tmp_path, "yueyang_elderly_care.txt", NOTED)
    expected = [
        ("建设社区养老服务设施。", [("lead", "市民政局"), ("responsible", "市住房和城乡建设局"),
                            ("responsible", "各县（市、区）人民政府")], "2024-12-31", "once"),
        ("加强养老机构安全管理。养老机构应在", [("responsible", "市民政局"), ("responsible", "市消防救援支队"),
                                   ("responsible", "市市场监管局")], None, "quarterly"),
        ("发展老年助餐服务。", [("responsible", "市民政局"), ("responsible", "市财政局")], "2024-12-31", "once"),
    ]
    assert _starts(got, expected) == expected
    assert len(got) == len(expected)  # 验收评估阶段 (X会同Y, no note) and the bare 保障措施 sentence are none


def test_units_listed_before_a_duty_and_partners_read_whole(tmp_path):
    got = _tasks(tmp_path, "henan_loan_interest.txt", ARTICLES)
    expected = [
        ("一、各省辖市科技局要会同", [("lead", "各省辖市科技局"), ("partner", "同级财政部门")]),
        ("省科学技术厅负责贴息项目审核", [("responsible", "省科学技术厅")]),
        ("省财政厅负责贴息资金拨付", [("responsible", "省财政厅")]),
        ("河南金融监管局、人民银行河南省分行负责", [("responsible", "河南金融监管局"),
                                    ("responsible", "人民银行河南省分行")]),
        ("省科学技术厅会同河南金融监管局", [("lead", "省科学技术厅"), ("partner", "河南金融监管局"),
                              ("partner", "人民银行河南省分行")]),
    ]
    assert [(text[:len(start)], agencies) for (text, agencies, _, _), (start, _) in zip(got, expected)] == expected
    assert len(got) == len(expected)  # 负责解释 is no task


def test_an_item_whose_first_clause_assigns_it_is_one_task(tmp_path):
    got = _tasks(tmp_path, "jingde_heritage_group.txt", GROUP)
    expected = [
        ("县文化旅游体育局会同县财政局落实", [("lead", "县文化旅游体育局"), ("partner", "县财政局")], None, "annual"),
        ("县教育局要于2024年12月底前", [("responsible", "县教育局")], "2024-12-31", "once"),
    ]
    assert _starts(got, expected) == expected
    assert got[0][0].endswith("补助资金于每年11月底前发放到位。")
