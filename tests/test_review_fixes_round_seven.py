"""A review's reproducers for the seventh round of fixes (blind sets 63–68: 通报 of results, table columns named by the
table's thing, support amounts and fees, rules and sizes, tasks, members), on notices of our own; each failed on the
merged round before its fix. Expected values were written by reading the notices:

- staff every post of a kind is to have by a date (到2025年底，每个乡镇卫生院至少配备2名公共卫生医师) is a dated goal, as it
  was before the round; only an undated one (每个接种点至少配备1名…医生) is a rule the notice sets;
- towns listed by name before the unit each has (甲镇、乙镇人民政府主要负责人) are one member each in a field of
  several clauses too, not a person named by the first town's first two characters;
- a 通报 of a year's results issued within that year reports it: (2024年，)全县共完成农村户厕改造1260座 is an actual,
  not a goal due at the year's end; an inspection or assessment of all of a county's towns (对全县7个乡镇开展了实地考核, 对全县
  16个行政村开展专项督查) counts the places inspected, no figure; a town opening a sentence of a county's 通报 is its scope;
- a table under a lead-in that reports it (现将截至10月31日…进展情况通报如下：) counts what the lead-in names (农村改厕), not
  the lead-in's frame, and a column of tasks beside a column of work done is the task (农村改厕任务数);
- a sentence under a member list naming more members (…为市绿委成员) ends the list: the office's staff after it
  (赵某、吴某同志兼任市绿委办公室主任、副主任) and the office's seat are no members; a duty note between a member's
  name and post (吴某（协助分管林业工作） 市政府副秘书长) is no part of the organization;
- a rank a goal names (到2025年…在全市排名进入前3位) is that goal; only the peers' words (在全省…中位列第4名) after a
  score make a rank the score's;
- a count of people right before 户均 (3000人户均获得救助) is no household size;
- the people a support clause names itself (低保对象按每人每年150元给予定额资助) name the support, with or without a
  对… clause before it.
"""
from __future__ import annotations

from pipeline.runner import extract_document
from tests.notice_targets import written_targets


def _rows(targets, value):
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.deadline) for t in targets
            if t.value == value]


HEALTH = ("张掖市卫生健康委员会关于做好2024年基层公共卫生工作的通知\n\n各县（区）卫生健康局：\n"
          "一、到2025年底，每个乡镇卫生院至少配备2名公共卫生医师。\n"
          "二、每个接种点至少配备1名具有急救资质的医生。\n\n"
          "张掖市卫生健康委员会\n2024年4月1日\n")


def test_staff_a_dated_goal_sets_stays_a_goal(tmp_path):
    targets = written_targets(tmp_path / "health.txt", HEALTH)
    doctors = [t for t in targets if t.value == 2 and t.unit == "名"]
    assert doctors and doctors[0].kind == "target" and doctors[0].deadline == "2025-12-31"
    assert doctors[0].comparator == ">="
    medics = [t for t in targets if t.value == 1 and t.unit == "名"]
    assert medics and medics[0].kind == "requirement" and medics[0].deadline is None


GROUP = ("临泽县人民政府办公室关于成立县乡村振兴有效衔接工作领导小组的通知\n\n各乡镇人民政府，县政府各部门：\n"
         "为加强组织领导，县政府决定成立县乡村振兴有效衔接工作领导小组，组成人员如下：\n"
         "组  长：刘建军  县委副书记、县长\n"
         "副组长：王海燕  副县长\n"
         "成  员：县农业农村局、县乡村振兴局主要负责同志，县财政局分管负责同志，倪家营镇、平川镇人民政府主要负责人。\n\n"
         "临泽县人民政府办公室\n2024年3月8日\n")


def test_towns_sharing_a_unit_in_a_field_of_clauses_are_one_member_each(tmp_path):
    path = tmp_path / "group.txt"
    path.write_text(GROUP, encoding="utf-8")
    doc, results, _ = extract_document(str(path))
    members = [(m.role, m.person, m.organization, m.position) for f in results["taskforce"] for m in f.members]
    assert ("成员", None, "倪家营镇人民政府", "主要负责人") in members
    assert ("成员", None, "平川镇人民政府", "主要负责人") in members
    assert not any(m[1] == "倪家" for m in members)
    for force in results["taskforce"]:
        for m in force.members:
            assert doc.text[m.char_start:m.char_end] == m.evidence


REPORT = ("关于2024年度全县农村人居环境整治工作考核结果的通报\n\n各乡镇人民政府，县直有关部门：\n"
          "根据《临泽县农村人居环境整治考核办法》，9月2日至13日，县考核组对全县7个乡镇开展了实地考核。现将有关情况通报如下。\n"
          "一、考核结果\n"
          "2024年，全县共完成农村户厕改造1260座，清理村庄垃圾3.2万吨。考核得分90分及以上为优秀。\n"
          "沙河镇因垃圾清运不及时，已按细则扣除3分。\n"
          "二、下步工作要求\n"
          "各乡镇要在2025年6月底前完成剩余问题整改，户厕改造完成率达到95%以上。\n\n"
          "临泽县人民政府办公室\n2024年11月20日\n")


def test_a_reports_counts_of_the_year_it_is_issued_in_are_actuals(tmp_path):
    targets = written_targets(tmp_path / "report.txt", REPORT)
    assert _rows(targets, 1260) == [("actual", "共完成农村户厕改造", "=", 1260, "座", "临泽县", "2024-12-31")]
    assert [t.kind for t in targets if t.value == 32000] == ["actual"]
    assert [(t.kind, t.deadline) for t in targets if t.value == 95] == [("target", "2025-06-30")]  # what comes next


def test_the_towns_an_assessment_covers_are_no_figure_and_a_town_opening_a_finding_is_its_scope(tmp_path):
    targets = written_targets(tmp_path / "report.txt", REPORT)
    assert not [t for t in targets if t.value == 7]
    assert [(t.kind, t.scope) for t in targets if t.value == 3 and t.unit == "分"] == [("actual", "沙河镇")]
    text = ("临泽县民政局关于开展低保专项督查的通知\n\n各乡镇人民政府：\n"
            "一、县民政局对全县16个行政村开展低保专项督查，组成3个督查组。\n"
            "二、2024年底前，全县低保对象认定准确率达到98%。\n\n临泽县民政局\n2024年6月3日\n")
    targets = written_targets(tmp_path / "inspection.txt", text)
    assert not [t for t in targets if t.value in (16, 3)]
    assert [t.value for t in targets] == [98]


PROGRESS = ("# 关于2024年农村改厕工作进展情况的通报\n\n各乡镇人民政府：\n\n"
            "现将截至2024年10月31日全县农村改厕工作进展情况通报如下：\n\n"
            "| 乡镇 | 任务数（座） | 完成（座） | 完成率（%） |\n|---|---:|---:|---:|\n"
            "| 蓼泉镇 | 300 | 270 | 90 |\n| 板桥镇 | 200 | 150 | 75 |\n\n"
            "各乡镇要在2024年12月底前全面完成改厕任务。\n\n临泽县农业农村局\n\n2024年11月5日\n")


def test_a_table_under_a_reporting_lead_in_counts_what_the_lead_in_names(tmp_path):
    targets = written_targets(tmp_path / "progress.md", PROGRESS)
    names = {(t.value, t.indicator_raw, t.scope) for t in targets}
    assert (270, "完成农村改厕", "蓼泉镇") in names
    assert (300, "农村改厕任务数", "蓼泉镇") in names
    assert not any("现将" in (t.indicator_raw or "") or "通报" in (t.indicator_raw or "") for t in targets)


def test_a_reports_counts_of_a_year_it_does_not_report_stay_goals(tmp_path):
    text = ("关于2023年度全县农村改厕工作考核结果的通报\n\n各乡镇人民政府：\n"
            "2023年，全县共完成农村户厕改造1260座。2024年，各乡镇要完成农村户厕改造500座。\n\n"
            "临泽县农业农村局\n2024年2月20日\n")
    targets = written_targets(tmp_path / "report2023.txt", text)
    assert [(t.kind, t.deadline) for t in targets if t.value == 1260] == [("actual", "2023-12-31")]
    assert [(t.kind, t.deadline) for t in targets if t.value == 500] == [("target", "2024-12-31")]


COMMITTEE = ("张掖市人民政府办公室关于调整市绿化委员会组成人员的通知\n\n各县（区）人民政府，市政府各部门：\n"
             "因工作需要，市政府决定调整市绿化委员会组成人员。现将调整后的组成人员通知如下：\n"
             "主  任：李明华  市委常委、常务副市长\n"
             "副主任：赵国强  副市长\n"
             "        吴永刚（协助分管林业工作）  市政府副秘书长\n"
             "委  员：市发展改革委、市财政局分管负责同志，甘州区、临泽县人民政府分管负责同志。\n"
             "市自然资源局局长孙立、市林草局局长钱伟为市绿委成员。\n"
             "赵国强、吴永刚同志兼任市绿委办公室主任、副主任。\n"
             "市绿委下设办公室，办公室设在市林草局。\n\n"
             "张掖市人民政府办公室\n2024年2月1日\n")


def test_a_sentence_naming_more_members_ends_the_list_and_a_duty_note_is_no_organization(tmp_path):
    path = tmp_path / "committee.txt"
    path.write_text(COMMITTEE, encoding="utf-8")
    _, results, _ = extract_document(str(path))
    members = [(m.role, m.person, m.organization, m.position) for f in results["taskforce"] for m in f.members]
    assert ("副主任", "吴永刚", "市政府", "副秘书长") in members
    assert ("委员", None, "甘州区人民政府", "分管负责同志") in members
    assert ("委员", None, "临泽县人民政府", "分管负责同志") in members
    assert ("成员", "钱伟", "市林草局", "局长") in members
    assert len(members) == 9  # 2 leaders, 4 units, 2 named members, no office staff nor the office's seat


PLAN = ("临泽县人民政府关于促进农业产业发展的若干措施\n\n各乡镇人民政府，县政府各部门：\n"
        "一、到2025年，全县农产品加工转化率达到70%，在全市排名进入前3位。\n"
        "二、对特困人员给予全额资助，低保对象按每人每年150元给予定额资助。\n"
        "三、受灾群众3000人户均获得救助1200元。\n\n"
        "临泽县人民政府\n2024年3月10日\n")


def test_a_rank_a_goal_names_is_that_goal(tmp_path):
    targets = written_targets(tmp_path / "plan.txt", PLAN)
    ranks = [t for t in targets if t.unit == "位"]
    assert [(t.kind, t.comparator, t.value, t.deadline) for t in ranks] == [("target", "<=", 3, "2025-12-31")]


def test_people_before_a_per_household_figure_are_counted(tmp_path):
    targets = written_targets(tmp_path / "plan.txt", PLAN)
    assert [t.unit for t in targets if t.value == 3000] == ["人"]


def test_the_people_a_support_clause_names_itself_name_the_support(tmp_path):
    targets = written_targets(tmp_path / "plan.txt", PLAN)
    assert [t.indicator_raw for t in targets if t.value == 150] == ["低保对象定额资助"]
    text = ("某县民政局关于印发某县医疗救助办法的通知\n\n各乡镇人民政府：\n一、低保对象按每人每年150元给予定额资助。\n\n"
            "某县民政局\n2024年5月6日\n")
    targets = written_targets(tmp_path / "aid.txt", text)
    assert [(t.kind, t.indicator_raw, t.unit) for t in targets] == [("support", "低保对象定额资助", "元/年")]


def test_a_task_that_opens_with_its_start_is_a_task(tmp_path):
    text = ("临泽县人民政府办公室关于做好秋冬季森林防火工作的通知\n\n各乡镇人民政府，县政府各部门：\n"
            "一、县应急管理局自2024年10月1日起每月开展防火检查。\n\n临泽县人民政府办公室\n2024年9月20日\n")
    path = tmp_path / "fire.txt"
    path.write_text(text, encoding="utf-8")
    _, results, _ = extract_document(str(path))
    assert [t.recurrence for t in results["tasks"] if "防火检查" in t.text] == ["monthly"]


def test_a_share_of_a_standard_paid_to_a_class_is_support(tmp_path):
    text = ("临泽县民政局关于调整城乡低保标准的通知\n\n各乡镇人民政府：\n"
            "一、城市低保标准调整为每人每月780元，3人以上户按人均标准的90%发放。\n\n临泽县民政局\n2024年6月3日\n")
    targets = written_targets(tmp_path / "allowance.txt", text)
    assert [t.kind for t in targets if t.value == 90] == ["support"]
