"""Kinds and dates of figures in the forms blind sets 74–77 showed misread, tried on short notices of our own (other
places, topics and wordings):

- the goals of a plan whose title names the one year its work covers (…2025年农村公路养护工作实施方案 / 做好2025年…工作的通知)
  are due at that year's end when they name no date of their own, its task table's too; a goal counted per period
  (每年) and a condition closed by 的 (面积不少于50平方米的，) stay undated; a title of a season (2025年汛期…) dates none;
- a figure under a heading of conditions (（一）招收对象和条件) that names a task or strives (招收计划中…比例不低于40%,
  力争达到90%) is a goal, the ages beside it rules;
- a table column of what each place charges (停车收费标准（元/小时）) holds rules (=), not goals;
- 约为 before a figure is about (~); a share's cap joined by 且 to the support before it is support.

Expected values are written from the notices, not from program output.
"""
from __future__ import annotations

from tests.notice_targets import written_targets


def _facts(targets):
    return {(t.value, t.unit): (t.kind, t.comparator, t.deadline) for t in targets}


def test_undated_goals_of_a_year_plan_are_due_at_the_years_end(tmp_path):
    text = ("青屏县交通运输局关于印发青屏县2025年农村公路养护工作实施方案的通知\n\n各乡镇人民政府，县直有关单位：\n"
            "现将《青屏县2025年农村公路养护工作实施方案》印发给你们，请认真组织实施。\n"
            "一、重点任务\n"
            "（一）实施路面修复。全年完成农村公路路面修复120公里，新增错车道45处。（责任单位：县公路中心）\n"
            "（二）开展日常巡查。每年组织路况评定不少于2次。（责任单位：县交通运输局）\n"
            "（三）建设养护站点。新建养护站点建筑面积不少于50平方米的，验收合格后给予一次性补助3万元。\n"
            "二、任务分解\n各乡镇修复任务如下：\n"
            "乡镇\t路面修复任务（公里）\n河口镇\t40\n柳溪乡\t35\n石门镇\t45\n合计\t120\n"
            "\n青屏县交通运输局\n2025年3月12日\n")
    facts = _facts(written_targets(tmp_path / "qingping.txt", text))
    assert facts[(45, "处")] == ("target", ">=", "2025-12-31")
    assert facts[(40, "公里")] == ("target", ">=", "2025-12-31")
    assert facts[(35, "公里")] == ("target", ">=", "2025-12-31")
    assert facts[(2, "次")][2] is None  # 每年…: recurs, no date
    assert facts[(50, "平方米")][2] is None  # …不少于50平方米的，: who is paid, not a goal of the year


def test_a_seasons_title_dates_no_goal_by_its_year(tmp_path):
    text = ("临川区水利局关于印发临川区2025年汛期山洪灾害防御工作方案的通知\n\n各乡镇人民政府：\n"
            "一、防御措施\n（一）完善监测设施。新建自动雨量站12个。（责任单位：区水文站）\n"
            "\n临川区水利局\n2025年4月2日\n")
    facts = _facts(written_targets(tmp_path / "linchuan.txt", text))
    assert facts[(12, "个")] == ("target", ">=", None)


def test_goal_words_under_a_conditions_heading_make_goals(tmp_path):
    text = ("安平市教育局关于做好2025年定向培养乡村教师招收工作的通知\n\n各县（市、区）教育局：\n"
            "一、招收工作安排\n"
            "（一）招收对象和条件。招收对象年龄为17至22周岁。全市招收计划中农村生源比例不低于40%，"
            "师范类专业报考率力争达到90%。\n"
            "（二）组织报名。各县（市、区）教育局要于6月20日前完成报名审核。\n"
            "\n安平市教育局\n2025年4月8日\n")
    facts = _facts(written_targets(tmp_path / "anping.txt", text))
    assert facts[(40, "%")] == ("target", ">=", "2025-12-31")
    assert facts[(90, "%")] == ("target", ">=", "2025-12-31")
    assert facts[(17, "周岁")][0] == "requirement"


def test_a_column_of_fees_charged_holds_rules(tmp_path):
    text = ("南溪市发展和改革委员会关于调整城区公共停车场收费标准的通知\n\n各区人民政府，市直有关单位：\n"
            "经研究，现将城区公共停车场收费标准调整如下：\n"
            "区\t停车收费标准（元/小时）\n东城区\t4\n西城区\t3\n新港区\t2\n"
            "本通知自2025年7月1日起执行。\n\n南溪市发展和改革委员会\n2025年6月10日\n")
    targets = written_targets(tmp_path / "nanxi.txt", text)
    fees = {t.scope: (t.kind, t.comparator, t.value) for t in targets if t.unit == "元/小时"}
    assert fees["东城区"] == ("requirement", "=", 4)
    assert fees["西城区"] == ("requirement", "=", 3)
    assert fees["新港区"] == ("requirement", "=", 2)


def test_about_before_a_figure_and_a_share_cap_joined_to_support(tmp_path):
    text = ("江岸市民政局关于印发江岸市社区食堂建设提升行动方案（2025—2027年）的通知\n\n各区民政局：\n"
            "一、现状\n目前，全市社区食堂覆盖率约为45%。\n"
            "二、支持政策\n对新建社区食堂，市级财政按每个不超过20万元给予补助，且不超过建设投资总额的40%。\n"
            "\n江岸市民政局\n2025年5月6日\n")
    facts = _facts(written_targets(tmp_path / "jiangan.txt", text))
    assert facts[(45, "%")][:2] == ("actual", "~")
    assert facts[(40, "%")][:2] == ("support", "<=")
