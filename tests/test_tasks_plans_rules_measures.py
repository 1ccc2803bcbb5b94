"""Tasks in plans, 实施细则 and measures still missed on blind sets 69–72, read on notices of our own in other
places and topics:

- the Youth League committee named 团县委 / 团市委 (its 团 before the level word) as a unit note's lead or a subject;
- 各区镇 / 各镇区 as a subject (the governments of those places, as 各乡镇) and as partners after 会同;
- a policy bank (中国农业发展银行要…), a task force's 委员会办公室要…, and the three operators (三家通信运营商要…) as actors;
- a 有关要求 section after measures that name their units in sentences: its X要… sentences are tasks, as a 保障措施's;
- 具体由X与Y协商确定 (a detail the parties settle), a sanction an agent answers a breach with (…情形之一的，由X收回…),
  and a remit the organs share (按照职责分工共同管理…): no task; in an article, 公示无异议的，X根据…下达资金 is the organ's step, a task;
- a task table's 工作要求 sentence setting up liaison (建立联络员制度，每月汇总…): no task;
- 持续加强 / 持续跟踪 / 常年抓好 are ongoing (持续提升 is a manner, no recurrence);
- a heading behind a post's bullet glyph (▍四、保障措施) bounds its section; a 责任单位 note that gives one unit a role in
  words (（责任单位：A，B配合）) keeps the label's role for the other;
- an untitled item whose one sentence before its organ's sentence is the measure (3. 2025—2027年，全县…。X要会同Y…) and a
  titled item whose first sentence is a measure by its means (依托…建设…，每个…不少于10张。X要…) are tasks as a whole.
Expected values are written from the notices.
"""
import regex

from tests.assigned_tasks import written_tasks

# 2. / （三）: an item's number opening a task's text
ENUMERATOR = regex.compile(r"^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[）)])")


def _roles(task):
    return [(a.agency, a.role) for a in task.agencies]


def _find(tasks, start):
    """The one task whose text starts with ``start``, a leading 2. / （三） enumerator aside (the evaluator reads it so);
    None when none does."""
    found = [t for t in tasks if ENUMERATOR.sub("", "".join(t.text.split())).startswith(start)]
    assert len(found) <= 1
    return found[0] if found else None


MEASURES = """青川县人民政府办公室关于印发青川县返乡创业扶持若干措施的通知

青府办发〔2025〕12号

各区镇人民政府，县直各部门：
《青川县返乡创业扶持若干措施》已经县政府同意，现印发给你们，请认真贯彻执行。

青川县人民政府办公室
2025年3月3日

青川县返乡创业扶持若干措施

一、搭建创业平台

1. 对首次在本县创办小微企业的返乡青年，给予一次性创业补贴1万元。到2026年底，全县建成返乡创业孵化基地5个。由团县委牵头，县人社局、县财政局配合。

2. 团县委要会同县人社局制定返乡创业导师管理办法，每名导师每年结对帮扶不少于3名创业青年。

3. 2025—2027年，全县通过改建、租赁闲置厂房等方式建设返乡创业园区3个。县商务局要会同各镇区制定园区建设计划，优先利用闲置厂房。

二、加大金融支持

4. 中国农业发展银行要开发返乡创业专项贷款产品，单户贷款额度最高50万元。

5. 县人社局要持续加强创业培训，每年培训返乡创业人员不少于500人次。

三、强化工作保障

6. 县财政局要每年安排不少于2000万元返乡创业扶持资金。

7. 各区镇要将返乡创业工作纳入年度目标考核，压实属地责任。

8. 三家通信运营商要为创业园区免费提供千兆宽带接入服务。

本措施自2025年4月1日起施行。
"""


def test_youth_league_and_district_town_groups_are_named_actors(tmp_path):
    tasks = written_tasks(tmp_path, "measures.txt", MEASURES)
    assert _roles(_find(tasks, "对首次在本县创办")) == [("团县委", "lead"), ("县人社局", "partner"), ("县财政局", "partner")]
    assert _find(tasks, "对首次在本县创办").deadline == "2026-12-31"
    assert _roles(_find(tasks, "团县委要会同县人")) == [("团县委", "lead"), ("县人社局", "partner")]
    assert _roles(_find(tasks, "各区镇要将返乡创")) == [("各区镇", "responsible")]


def test_an_untitled_item_whose_measure_precedes_its_organ_is_a_task_as_a_whole(tmp_path):
    tasks = written_tasks(tmp_path, "measures.txt", MEASURES)
    park = _find(tasks, "2025—2027")
    assert _roles(park) == [("县商务局", "lead"), ("各镇区", "partner")]
    assert (park.deadline, park.recurrence) == ("2027-12-31", "ongoing")
    assert _find(tasks, "县商务局要会同") is None


def test_a_policy_bank_and_the_three_operators_are_actors_and_keep_strengthening_is_ongoing(tmp_path):
    tasks = written_tasks(tmp_path, "measures.txt", MEASURES)
    assert _roles(_find(tasks, "中国农业发展银行")) == [("中国农业发展银行", "responsible")]
    assert _roles(_find(tasks, "三家通信运营商要")) == [("三家通信运营商", "responsible")]
    assert _find(tasks, "县人社局要持续加").recurrence == "ongoing"
    assert len(tasks) == 8


REQUIREMENTS = """东岭省农业农村厅关于开展农村集体资产清查专项行动的通知

东农发〔2025〕7号

各市农业农村局：
为摸清农村集体家底，决定开展农村集体资产清查专项行动。现将有关事项通知如下。

一、职责分工
（一）由省农业农村厅牵头，省财政厅配合，制定清查工作方案，组织开展省级抽查。
（二）省自然资源厅要提供集体土地确权登记成果，于2025年6月30日前完成数据共享。
（三）各市农业农村局要会同同级财政部门，于2025年5月31日前制定本地清查实施方案。

二、有关要求
（一）严格清查标准。账实不符金额超过5万元的，一律列为重点核查对象。
（二）各市农业农村局要于每月10日前向省农业农村厅报送上月清查进展情况。
（三）委员会办公室要建立成员单位清查信息报送制度，加强日常沟通联络。
（四）省农业农村厅要持续跟踪各地清查进展，及时通报。
（五）各市要常年抓好集体资产台账更新。
（六）省财政厅要持续提升资金监管水平。

东岭省农业农村厅
2025年4月2日
"""


def test_requirements_section_sentences_are_tasks_where_measures_name_units_in_sentences(tmp_path):
    tasks = written_tasks(tmp_path, "requirements.txt", REQUIREMENTS)
    monthly = _find(tasks, "各市农业农村局要于")
    assert _roles(monthly) == [("各市农业农村局", "responsible")]
    assert monthly.recurrence == "monthly"
    assert _roles(_find(tasks, "委员会办公室要建")) == [("委员会办公室", "responsible")]
    assert _find(tasks, "严格清查标准。") is None  # no organ told to act


def test_ongoing_words_of_following_up_and_all_year_round_but_not_raising_a_level(tmp_path):
    tasks = written_tasks(tmp_path, "requirements.txt", REQUIREMENTS)
    assert _find(tasks, "省农业农村厅要持续").recurrence == "ongoing"
    assert _find(tasks, "各市要常年抓好集体").recurrence == "ongoing"
    assert _find(tasks, "省财政厅要持续提升").recurrence is None


RULES = """北川市商务局　北川市财政局关于印发《北川市外贸新业态发展资金管理实施细则》的通知

北商发〔2025〕4号

各区县商务局、财政局：
现将《北川市外贸新业态发展资金管理实施细则》印发给你们，请遵照执行。

北川市商务局　北川市财政局
2025年2月20日

北川市外贸新业态发展资金管理实施细则

第一章　总则
第一条　为规范外贸新业态发展资金管理，制定本细则。
第二条　市商务局、市财政局按照职责分工共同管理发展资金。
第三条　发展资金用于支持海外仓、市场采购贸易等外贸新业态发展。
第二章　申报和审核
第四条　市商务局每年组织一次集中申报，申报通知另行发布。
第五条　各区县商务局会同同级财政局负责本地区项目的初审，于每年4月30日前将初审意见报送市商务局。
第六条　审核结果公示无异议的，市财政局根据市商务局提出的分配建议，在15个工作日内下达资金。
第七条　具体补助比例由市商务局与项目单位协商确定。
第三章　监督检查
第八条　项目单位有下列情形之一的，由市商务局会同市财政局收回已拨付资金，3年内取消其申报资格：（一）虚报项目的；（二）挪用资金的。
第九条　本细则由市商务局、市财政局负责解释，自2025年3月1日起施行。
"""


def test_an_article_step_after_a_condition_is_a_task_but_remits_sanctions_and_settled_details_are_not(tmp_path):
    tasks = written_tasks(tmp_path, "rules.txt", RULES)
    step = _find(tasks, "审核结果公示无异")
    assert _roles(step) == [("市财政局", "responsible")]
    assert _find(tasks, "市商务局、市财政") is None  # 按照职责分工共同管理: the shared remit
    assert _find(tasks, "项目单位有下列情") is None  # the sanction answering a breach
    assert _find(tasks, "具体补助比例由市") is None  # a detail the parties settle
    assert len(tasks) == 3


TABLE = """南河县卫生健康局关于印发《南河县基层医疗机构能力提升行动方案》的通知

南卫发〔2025〕6号

各乡镇卫生院：
现将《南河县基层医疗机构能力提升行动方案》印发给你们，请认真组织实施。

南河县卫生健康局
2025年3月5日

南河县基层医疗机构能力提升行动方案

一、重点任务
序号	工作任务	牵头单位	配合单位	完成时限
1	开展基层医疗机构设备摸底	县卫生健康局	各乡镇卫生院	2025年6月30日前
2	建设远程会诊平台	县医共体总院	县卫生健康局	2025年12月31日前
二、工作要求
县卫生健康局要牵头建立联络员制度，每月汇总一次工作进展。
"""


def test_a_task_table_notice_liaison_set_up_in_its_requirements_is_no_task(tmp_path):
    tasks = written_tasks(tmp_path, "table.txt", TABLE)
    assert [t.text[:6] for t in tasks] == ["开展基层医疗", "建设远程会诊"]


POST = """山原州2025年高原特色畜牧业发展若干措施

山原州人民政府办公室
2025年4月8日

▍一、支持养殖基地建设
1.对新建标准化养殖基地存栏500头以上的，给予一次性补助20万元。（责任单位：州农业农村局、各县人民政府）
2.对年加工肉制品5000吨以上的企业，按新增设备投资额的15%给予补助。（责任单位：州工业和信息化局，州农业农村局配合）

▍二、保障措施
3.强化资金保障。州财政局每年统筹安排发展资金不少于2000万元。补助资金实行先建后补，由县级农业农村部门会同财政部门组织验收。
"""


def test_a_heading_behind_a_bullet_glyph_bounds_its_section_and_a_note_keeps_its_label_role(tmp_path):
    tasks = written_tasks(tmp_path, "post.txt", POST)
    assert [t.text[:6] for t in tasks] == ["对新建标准化", "对年加工肉制"]
    assert _roles(tasks[1]) == [("州工业和信息化局", "responsible"), ("州农业农村局", "partner")]


PLAN = """西陵州民政局关于印发《西陵州农村养老服务提升行动方案》的通知

西民发〔2025〕9号

各县（市）民政局：
现将《西陵州农村养老服务提升行动方案》印发给你们，请认真贯彻执行。

西陵州民政局
2025年5月6日

西陵州农村养老服务提升行动方案

一、主要任务
（一）发展农村幸福院。依托村委会闲置用房等建设农村幸福院，每个幸福院床位不少于8张。各县（市）要将幸福院建设纳入年度民生实事，2025—2027年逐年推进。
（二）建设县级养老服务中心。由州民政局负责，2026年底前每个县（市）建成1个县级养老服务中心。

"""


def test_a_measure_by_its_means_opens_a_whole_item(tmp_path):
    tasks = written_tasks(tmp_path, "plan.txt", PLAN)
    assert [t.text[:6] for t in tasks] == ["发展农村幸福", "建设县级养老"]
    assert _roles(tasks[0]) == [("各县（市）", "responsible")]
    assert (tasks[0].deadline, tasks[0].recurrence) == ("2027-12-31", "ongoing")
