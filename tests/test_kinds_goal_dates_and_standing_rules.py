"""Kinds, comparators and dates of goals and standing rules, in the forms blind sets 69–72 showed misread, tried on
short notices of our own (other places, topics and wordings):

- goals a sentence announces (…确保实现以下目标：) after a report of the past year (2024年，全区发生…) are the
  goals of the year their section heads with (二、2025年工作目标), not reports of the past year;
- a table's counts take the as-of date of the lead-in that points to it (截至…，全市共有…。各区情况如下：) or of the
  note under it (注：…为截至…数据);
- a goal of a measure without a date of its own is due when the measure's note says (（…完成时限：2027年10月底）), or,
  in a plan whose opening says its period (规划期为2021—2025年), when the period ends, unless it recurs (每年…); works
  measured by their extent with a bound (恢复…面积不少于300亩) are goals, not standards;
- a list announced before a table (…任务如下：) ends with the table: a rule after it takes no date from it;
- a measure's rate bounded before the things it names (增幅超过25%的医疗机构), the first of two thresholds of one class
  (…以上或者…以上的住宅小区), each of a list of thresholds closing a condition (分别达到200头、500头以上的，), a party's own
  share (农户自缴30%) and a staffing floor of a class (当年…以上的乡镇卫生院专职药师不少于2名) are requirements, undated;
- what a place has (我市现有…，登记在册…) is a report; a cap moved (由不超过3000元提高至不超过5000元) keeps only the new
  cap; a share's date after its words (…占比2026年底前达到90%) is its deadline, not a base.

Expected values are written from the notices, not from program output.
"""
from __future__ import annotations

from tests.notice_targets import written_targets


def _facts(targets):
    return {(t.value, t.unit): (t.kind, t.comparator, t.deadline) for t in targets}


def test_goals_announced_after_a_past_year_report_take_the_sections_year(tmp_path):
    text = ("平川区安全生产委员会办公室关于印发平川区2025年安全生产工作安排的通知\n\n各街道办事处，区直各部门：\n"
            "一、总体要求\n坚持人民至上、生命至上，压实安全生产责任。\n"
            "二、2025年工作目标\n"
            "2024年，全区共发生生产安全事故23起，同比下降12%，死亡9人。各部门要强化底线思维，确保实现以下目标：\n"
            "全区生产安全事故起数同比下降10%以上，较大事故起数为零；企业安全培训覆盖率达到95%以上。\n"
            "三、工作要求\n各部门要于每月5日前报送工作情况。\n\n平川区安全生产委员会办公室\n2025年3月20日\n")
    facts = _facts(written_targets(tmp_path / "pingchuan.txt", text))
    assert facts[(23, "起")] == ("actual", "=", "2024-12-31")
    assert facts[(10, "%")] == ("target", ">=", "2025-12-31")
    assert facts[(95, "%")] == ("target", ">=", "2025-12-31")


def test_table_counts_take_the_as_of_date_of_their_lead_in(tmp_path):
    text = ("云溪市农业农村局关于做好犬只登记管理工作的通知\n\n各区农业农村局：\n"
            "一、工作要求\n各区要于2024年12月31日前完成犬只年度登记复核。\n"
            "二、登记情况\n截至2024年10月底，全市共有登记在册犬只26000只。各区情况如下：\n"
            "区\t登记在册犬只（只）\n东湖区\t9800\n西山区\t7200\n南河区\t9000\n合计\t26000\n"
            "三、其他\n联系电话：0000-1234567\n\n云溪市农业农村局\n2024年11月18日\n")
    facts = _facts(written_targets(tmp_path / "yunxi.txt", text))
    for value in (9800, 7200, 9000, 26000):
        assert facts[(value, "只")] == ("actual", "=", "2024-10-31")


def test_a_note_under_the_table_dates_its_counts_not_its_goals(tmp_path):
    text = ("青禾县民政局关于印发青禾县2025年养老服务工作要点的通知\n\n各镇人民政府：\n"
            "现将《青禾县2025年养老服务工作要点》印发给你们，请认真贯彻落实。\n"
            "一、重点工作\n各镇要按下表完成养老床位建设任务。\n"
            "附件\n青禾县各镇养老床位建设任务表\n"
            "镇\t现有养老床位（张）\t2025年新增床位（张）\n"
            "清河镇\t320\t60\n柳塘镇\t210\t40\n合计\t530\t100\n"
            "注：现有床位数为截至2024年6月30日数据。\n\n青禾县民政局\n2025年2月10日\n")
    facts = _facts(written_targets(tmp_path / "qinghe.txt", text))
    assert facts[(320, "张")] == ("actual", "=", "2024-06-30")
    assert facts[(210, "张")] == ("actual", "=", "2024-06-30")
    assert facts[(60, "张")][0] == "target" and facts[(60, "张")][2] == "2025-12-31"


def test_undated_goals_of_a_measure_are_due_when_its_note_says(tmp_path):
    text = ("临湖市人民政府办公室关于印发临湖市湿地保护修复三年行动方案（2025—2027年）的通知\n\n各县（区）人民政府：\n"
            "《临湖市湿地保护修复三年行动方案（2025—2027年）》已经市政府同意，现印发给你们。\n"
            "临湖市湿地保护修复三年行动方案（2025—2027年）\n"
            "一、重点任务\n"
            "（一）修复退化湿地。在东湖、西湖沿岸修复退化湿地2000亩，恢复湖滨缓冲带面积不少于300亩。"
            "（责任单位：市林业局；完成时限：2027年10月底）\n"
            "（二）开展湿地监测。每年开展湿地生态监测不少于2次。（责任单位：市生态环境局；完成时限：2027年12月底）\n"
            "（三）建设湿地公园。新建湿地公园3个。（责任单位：市住建局）\n"
            "（四）强化资金保障。对修复湿地按每亩1500元给予补助。（责任单位：市财政局）\n\n"
            "临湖市人民政府办公室\n2025年4月2日\n")
    facts = _facts(written_targets(tmp_path / "linhu.html.txt", text))
    assert facts[(2000, "亩")] == ("target", ">=", "2027-10-31")
    assert facts[(300, "亩")] == ("target", ">=", "2027-10-31")
    assert facts[(2, "次")][2] is None  # 每年…: recurs, not due when the note says
    assert facts[(3, "个")] == ("target", ">=", None)  # no note, no date of its own
    assert facts[(1500, "元/亩")] == ("support", "=", None)


def test_a_plan_period_said_in_the_opening_dates_undated_goals(tmp_path):
    text = ("松原县人民政府关于印发松原县“十四五”托育服务发展规划的通知\n\n各乡镇人民政府：\n"
            "现将《松原县“十四五”托育服务发展规划》印发给你们，请认真贯彻执行。\n"
            "松原县“十四五”托育服务发展规划\n为发展普惠托育服务，编制本规划。规划期为2021—2025年。\n"
            "一、主要任务\n乡镇卫生院开设婴幼儿照护指导门诊的比例达到80%以上。"
            "村卫生室标准化建设占比2024年底前达到90%以上。\n\n松原县人民政府\n2022年6月1日\n")
    facts = _facts(written_targets(tmp_path / "songyuan.txt", text))
    assert facts[(80, "%")] == ("target", ">=", "2025-12-31")
    assert facts[(90, "%")] == ("target", ">=", "2024-12-31")  # 占比2024年底前: its deadline, no base of a change


def test_a_rule_after_a_table_a_list_announced_takes_no_date_from_the_list(tmp_path):
    text = ("南平镇人民政府关于印发南平镇保障性租赁住房筹集措施的通知\n\n各村（社区）：\n"
            "1.2025—2027年，全镇筹集保障性租赁住房3000套。各村（社区）2025年筹集任务如下：\n"
            "村（社区）\t2025年筹集任务（套）\n东村\t400\n西村\t600\n合计\t1000\n"
            "2.保障性租赁住房租金按不高于同地段市场租金的80%确定；累计承租期限最长不超过5年。\n\n"
            "南平镇人民政府\n2025年1月8日\n")
    facts = _facts(written_targets(tmp_path / "nanping.txt", text))
    assert facts[(80, "%")] == ("requirement", "<=", None)
    assert facts[(5, "年")] == ("requirement", "<=", None)


def test_thresholds_naming_classes_own_shares_and_staff_floors_are_requirements(tmp_path):
    text = ("东岭市卫生健康委员会关于加强基层医疗机构管理的通知\n\n各县（区）卫生健康局：\n"
            "一、将上年度药品采购金额增幅超过25%的医疗机构列为重点监测对象。\n"
            "二、建筑面积3万平方米以上或者住户300户以上的住宅小区，应当配建社区卫生服务站。\n"
            "三、当年接诊量5000人次以上的乡镇卫生院专职药师不少于2名。\n"
            "四、对新建的标准化村卫生室，诊室面积分别达到30平方米、60平方米以上的，分别给予一次性补助2万元、4万元。\n"
            "五、家庭医生签约服务包费用由财政补贴70%，签约居民自缴30%。\n\n"
            "东岭市卫生健康委员会\n2025年3月3日\n")
    facts = _facts(written_targets(tmp_path / "dongling.txt", text))
    assert facts[(25, "%")] == ("requirement", ">", None)
    assert facts[(30000, "平方米")][0] == "requirement"
    assert facts[(2, "名")] == ("requirement", ">=", None)
    assert facts[(30, "平方米")][0] == "requirement" and facts[(60, "平方米")][0] == "requirement"
    assert facts[(30, "%")] == ("requirement", "=", None)


def test_what_a_place_has_is_a_report_and_a_moved_cap_keeps_only_the_new_one(tmp_path):
    text = ("西岭县文化和旅游局关于促进乡村旅游发展的通知\n\n各乡镇人民政府：\n"
            "我县现有农家乐120家（其中星级农家乐30家），登记在册民宿45家，主要分布在沿河各乡镇。\n"
            "对经营户的贷款贴息额度由每户每年不超过3000元提高至不超过5000元。\n\n"
            "西岭县文化和旅游局\n2025年5月6日\n")
    targets = written_targets(tmp_path / "xiling.txt", text)
    facts = _facts(targets)
    assert facts[(120, "家")] == ("actual", "=", None)
    assert facts[(45, "家")] == ("actual", "=", None)
    assert [t.value for t in targets if t.kind == "support"] == [5000]
    assert next(t for t in targets if t.value == 5000).comparator == "<="
