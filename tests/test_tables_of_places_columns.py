"""Tables of places and their columns that a first run on blind sets 59–60 misread, each tried on a notice of our own in
another province, topic and wording (written here, the expected facts written by reading them):

- a table of towns under a caption dated 截至… (``…已建农村公路及养护员配备表（截至2024年6月底）``) with a column of what each
  town has built (``已建里程（公里）``) and one of the staff each must keep (``应配养护员（人）``): the first is a report
  (actual, =, the caption's as-of date) named by what it measures (农村公路里程), not a goal ``已建里程``; the second a
  staffing rule (requirement, =, no deadline); the 合计 row of each is the county's;
- a table of provinces with a column of when each row is due given to the day (``完成时限 | 2025年10月31日前``): each row
  takes its own date, one row later than the rest included, not the year of the caption;
- a table of supports by kind of firm (``主体类型 | 补贴比例 | 单个主体年度补贴上限``): the bare share is the rate given (=),
  and the cap column, a long header naming whose cap over what period, a ceiling (<=) per row.
"""
from __future__ import annotations

from tests.notice_targets import cover_notice, written_targets


def _rows(targets, scope=None) -> list[tuple]:
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.deadline) for t in targets
            if scope is None or t.scope == scope]


ROADS = cover_notice(
    "竹山县人民政府办公室", "竹山县农村公路管理养护办法",
    "《竹山县农村公路管理养护办法》已经县政府同意，现印发给你们，请认真执行。\n\n"
    "第一条 为加强农村公路管理养护，制定本办法。\n\n"
    "第二条 按每名养护员养护里程不超过20公里的标准配备养护员（各乡镇配备数量见附件）。\n\n"
    "附件：竹山县已建农村公路及养护员配备表（截至2024年6月底）\n\n"
    "| 乡镇 | 已建里程（公里） | 应配养护员（人） |\n"
    "|---|---|---|\n"
    "| 城关镇 | 126.5 | 7 |\n"
    "| 宝丰镇 | 203.0 | 11 |\n"
    "| 合计 | 329.5 | 18 |\n",
    "各乡镇人民政府，县政府各部门", "2024年8月15日")


def test_a_built_column_reports_what_the_caption_names_and_a_staffing_column_is_a_rule(tmp_path):
    found = written_targets(tmp_path / "roads.md", ROADS)
    assert _rows(found, "城关镇") == [
        ("actual", "农村公路里程", "=", 126.5, "公里", "城关镇", "2024-06-30"),
        ("requirement", "应配养护员", "=", 7, "人", "城关镇", None),
    ]
    county = _rows(found, "竹山县")
    assert ("actual", "农村公路里程", "=", 329.5, "公里", "竹山县", "2024-06-30") in county
    assert ("requirement", "应配养护员", "=", 18, "人", "竹山县", None) in county
    assert not [t for t in found if t.indicator_raw in ("已建里程", "已建")]


DUE_BY_ROW = (
    "住房和城乡建设部办公厅关于下达2025年农村危房改造任务的通知\n\n"
    "各省、自治区住房和城乡建设厅：\n"
    "2025年全国计划完成农村危房改造1.5万户，各省（区）任务见附件。\n\n"
    "住房和城乡建设部办公厅\n2025年3月10日\n\n"
    "附件\n\n2025年农村危房改造任务分配表\n\n"
    "序号\t省（区）\t改造任务（户）\t完成时限\n"
    "1\t河北省\t6000\t2025年10月31日前\n"
    "2\t山西省\t5000\t2025年10月31日前\n"
    "3\t青海省\t4000\t2026年5月31日前\n"
    "\t合计\t15000\t\n"
)


def test_each_row_is_due_when_its_own_date_cell_says(tmp_path):
    found = written_targets(tmp_path / "due_by_row.txt", DUE_BY_ROW)
    due = {t.scope: t.deadline for t in found if t.unit == "户" and t.scope != "全国"}
    assert due == {"河北省": "2025-10-31", "山西省": "2025-10-31", "青海省": "2026-05-31"}


SUBSIDIES = (
    "湖南省农业农村厅关于印发湖南省新型农业经营主体贷款贴息办法的通知\n\n"
    "各市州农业农村局：\n"
    "第一条 为支持新型农业经营主体发展，制定本办法。\n\n"
    "第二条 补贴比例和年度上限按下表执行。\n\n"
    "| 主体类型 | 补贴比例 | 单个主体年度补贴上限 |\n"
    "|---|---|---|\n"
    "| 家庭农场 | 30% | 5万元 |\n"
    "| 农民合作社 | 40% | 10万元 |\n\n"
    "湖南省农业农村厅\n2024年6月3日\n"
)


def test_a_bare_share_is_the_rate_given_and_a_long_cap_header_is_a_ceiling(tmp_path):
    found = written_targets(tmp_path / "subsidies.md", SUBSIDIES)
    support = [(t.indicator_raw, t.comparator, t.value, t.unit) for t in found if t.kind == "support"]
    assert support == [
        ("家庭农场补贴比例", "=", 30, "%"),
        ("家庭农场单个主体年度补贴上限", "<=", 50000, "元"),
        ("农民合作社补贴比例", "=", 40, "%"),
        ("农民合作社单个主体年度补贴上限", "<=", 100000, "元"),
    ]
