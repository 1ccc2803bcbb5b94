"""Dates and kinds of figures in paragraphs that report the past, then set goals, and the tasks of notices that tell
organs their work by a due date or a yearly round (blind sets 61–62 showed these misread), on short notices written for
this test in other topics, places and wordings:

- under 一、工作目标, a paragraph reporting the state of things (截至2023年底，…) is dated by its own as-of date, and the
  goals after a later paragraph's 到2026年， take that year, also in a paragraph of goals that names no date of its own;
  shares of places that do something (78.5%的行政村…建成了…) are named as such, each place of the pair by its own;
- a figure several measures reach alike (…均达到100%) is one fact per measure, places listed before the measure they
  share each taking it; a heading of one year's goals (二、2025年工作目标) dates the goals under it;
- a monthly pay dated only by a season (汛期（6月1日至9月30日）), a cap per household on support for things built in a
  year (对2025年新建…的农户…不超过30亩) and a repair time set after a mid-sentence action's date (…，2025年6月底前接入…；
  …修复时间不超过24小时) are undated rules; a lead time (提前30分钟) is a minimum; a share every new build is fitted
  with (新建小区停车位100%配建…) and a level below which things are not paid (低于30%的…不予…) are requirements;
- tasks: an organ told its work by a yearly or monthly due date (于每年11月30日前将… / 于每月5日前将…), or a yearly round of
  assessment (每年组织开展1次…评估), a duty to draw up (负责制定), universities told their work (各高等学校要…), and a
  subsidy window (对2025年1月1日至2027年12月31日期间…) as the schedule of its item.

Expected values are written from the notices, not from program output.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.runner import extract_document
from pipeline.structure import structure
from extractors.targets import extract_targets


def _doc(*paragraphs, issuer="某省交通运输厅", date="2025年3月10日"):
    blocks = ([Block("text", f"{issuer}关于推进农村物流和快递服务工作的通知"), Block("text", "各市交通运输局：")]
              + [Block("text", p) for p in paragraphs]
              + [Block("text", issuer), Block("text", date)])
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def _facts(*paragraphs, **kw) -> dict:
    return {(t.indicator_raw, t.value): (t.kind, t.comparator, t.deadline) for t in extract_targets(_doc(*paragraphs, **kw))}


def _by_value(*paragraphs, **kw) -> dict:
    return {t.value: (t.indicator_raw, t.kind, t.comparator, t.deadline) for t in extract_targets(_doc(*paragraphs, **kw))}


def test_status_then_goals_each_take_their_own_date():
    facts = _by_value(
        "一、工作目标",
        "截至2023年底，全省78.5%的行政村和62.3%的自然村建成了村级寄递物流综合服务站，累计建成县级寄递公共配送中心46个。",
        "到2026年，行政村快递服务覆盖率达到98%以上，其中60%以上的服务站实现共同配送；",
        "新建县级物流中心12个、乡镇快递网点300个，培育农村电商快递协同发展示范县10个。",
    )
    assert facts[78.5][1:] == ("actual", "=", "2023-12-31")
    assert "行政村" in facts[78.5][0] and "自然村" not in facts[78.5][0]
    assert facts[62.3][1:] == ("actual", "=", "2023-12-31")
    assert "自然村" in facts[62.3][0]
    assert facts[46][1:] == ("actual", "=", "2023-12-31")
    assert facts[98][1:] == ("target", ">=", "2026-12-31")
    # the paragraph of goals with no date of its own: the goals' year, not the status paragraph's
    assert facts[12][1:] == ("target", ">=", "2026-12-31")
    assert facts[300][1:] == ("target", ">=", "2026-12-31")
    assert facts[10][1:] == ("target", ">=", "2026-12-31")


def test_a_figure_several_measures_reach_alike_is_one_fact_each():
    facts = _facts(
        "一、工作目标",
        "到2026年，县级医院和乡镇卫生院远程医疗覆盖率均达到100%；生活垃圾分类覆盖率、无害化处理率均达到95%以上。",
    )
    assert facts[("县级医院远程医疗覆盖率", 100)] == ("target", ">=", "2026-12-31")
    assert facts[("乡镇卫生院远程医疗覆盖率", 100)] == ("target", ">=", "2026-12-31")
    assert facts[("生活垃圾分类覆盖率", 95)] == ("target", ">=", "2026-12-31")
    assert facts[("无害化处理率", 95)] == ("target", ">=", "2026-12-31")


def test_a_heading_of_one_years_goals_dates_the_goals_under_it():
    facts = _by_value(
        "一、总体要求",
        "坚持统筹推进、分类施策。",
        "二、2025年工作目标",
        "全市新增公共充电桩1200个；公共充电站乡镇覆盖率达到95%。",
        "三、工作措施",
        "（一）市财政局要统筹安排专项资金，巡查员每人每月补助1500元。",
    )
    assert facts[1200][1:] == ("target", ">=", "2025-12-31")
    assert facts[95][1:] == ("target", ">=", "2025-12-31")
    assert facts[1500][1:] == ("support", "=", None)  # the next section's support: not dated by the goals' year


def test_rules_among_dated_measures_stay_undated():
    facts = _by_value(
        "三、工作措施",
        "（一）加强汛期巡查。汛期（6月1日至9月30日）内巡查员每人每月补助1500元。",
        "（二）推广防虫网。对2025年新建防虫网的农户，按每亩600元给予补助，单户补助面积不超过30亩。",
        "（三）规范放水预警。每次放水前提前30分钟向下游群众发布预警信息。",
        "（四）提升养老平台服务。建设全市养老服务平台，2025年6月底前接入全部养老机构；督促运营单位落实巡检责任，"
        "设备故障修复时间不超过24小时。",
        "（五）推进小区充电设施建设。新建小区停车位100%配建充电设施或预留安装条件。",
        "（六）运营补贴。年度入住率低于30%的养老机构不予运营补贴。",
    )
    assert facts[1500][1:] == ("support", "=", None)
    assert facts[30.0][1] == "requirement"  # 单户补助面积 (the 30 of 30分钟 and 30% are other units)
    area = [t for t in extract_targets(_doc("（二）对2025年新建防虫网的农户，按每亩600元给予补助，单户补助面积不超过30亩。"))
            if t.unit == "亩" and t.value == 30]
    assert [(t.kind, t.comparator, t.deadline) for t in area] == [("requirement", "<=", None)]
    lead = [t for t in extract_targets(_doc("（三）每次放水前提前30分钟向下游群众发布预警信息。")) if t.unit == "分钟"]
    assert [(t.comparator, t.kind) for t in lead] == [(">=", "requirement")]
    assert facts[24][1:] == ("requirement", "<=", None)
    assert facts[100][1] == "requirement"
    below = [t for t in extract_targets(_doc("（六）运营补贴。年度入住率低于30%的养老机构不予运营补贴。")) if t.unit == "%"]
    assert [t.kind for t in below] == ["requirement"]


NATIONAL = """民政部办公厅
民办函〔2025〕12号
民政部办公厅关于推进社区养老服务站提质升级的通知
各省、自治区、直辖市民政厅（局）：
现将有关事项通知如下。
一、主要任务
（一）推进服务站提质升级。以服务能力强的社区养老服务站为重点，完善服务设施。民政部养老服务司负责制定服务站建设指引。
（二）建设补贴。对2025年1月1日至2027年12月31日期间建成运营的社区养老服务站，按每个10万元给予一次性建设补贴。各省级民政部门要会同同级财政部门做好资金拨付。
二、组织实施
（一）加强监测评估。民政部每年组织开展1次社区养老服务能力监测评估。各省级民政部门于每年11月30日前将本年度工作进展报送民政部养老服务司。
（二）加强人才培养。各高等学校要建立养老服务专业人才培养台账。各市民政局于每月5日前将上月服务人次报送省级民政部门。
民政部办公厅
2025年2月20日
"""


def _tasks(tmp_path: Path) -> list[tuple]:
    path = tmp_path / "national.txt"
    path.write_text(NATIONAL, encoding="utf-8")
    _, results, _ = extract_document(path)
    return [("".join(t.text.split()), sorted((a.role, a.evidence) for a in t.agencies), t.deadline, t.recurrence)
            for t in results["tasks"] if t.agencies]


def test_organs_told_by_a_due_date_or_a_yearly_round_are_tasks(tmp_path):
    got = _tasks(tmp_path)

    def one(start: str) -> tuple:
        found = [t for t in got if t[0].startswith(start)]
        assert len(found) == 1, (start, got)
        return found[0]

    assert one("民政部每年组织开展1次")[1] == [("responsible", "民政部")]
    assert one("民政部每年组织开展1次")[3] == "annual"
    yearly = one("各省级民政部门于每年11月30日前将")
    assert yearly[1] == [("responsible", "各省级民政部门")] and yearly[3] == "annual"
    assert one("各市民政局于每月5日前将")[3] == "monthly"
    assert one("各高等学校要建立")[1] == [("responsible", "各高等学校")]
    # 负责制定 is a duty: the item that names it is a task
    assert [t for t in got if "民政部养老服务司负责制定" in t[0]]
    # the subsidy window is the schedule of its item
    window = [t for t in got if t[0].startswith("建设补贴。")]
    assert [(t[2], t[3]) for t in window] == [("2027-12-31", "ongoing")]


def test_what_the_works_yield_once_done_takes_no_earlier_date():
    facts = _by_value(
        "一、工作目标",
        "到2026年底，全市新增农村生活污水处理设施80座以上。工程全部建成后，年削减化学需氧量约1200吨，受益农户4.5万户。",
        date="2025年3月10日",
    )
    assert facts[80][1:] == ("target", ">=", "2026-12-31")
    assert facts[1200][3] is None and facts[1200][1] == "target"
    assert facts[45000][3] is None
