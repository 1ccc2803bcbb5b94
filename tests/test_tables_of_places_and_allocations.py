"""Tables of places and of allocations that a first run on blind sets 53–56 misread, each tried on a notice of our own
in another province, topic and wording (written here, with the expected facts written by reading them):

- a county table of the stock and the goal (``2023年底已建站点（个）`` | ``2026年目标（个）``) under a caption naming what it counts
  (``…农村生活污水处理站建设任务表``): the stock is a report and the goal a target, both under the caption's measure, and a
  ``其中：2024年新建站点`` column counts the new ones (``新建农村生活污水处理站``);
- a county table of goals (``2025年…目标``, ``新建…``) with a column naming only a thing (``义务教育学校（所）``): what each county
  has now, a report with no deadline, while the goals take the lead-in's date; its ``合计（含开发区）`` row is the city;
- a table of goals with no date of its own inside a plan whose title gives its period (``（2025—2027年）``): the plan's end;
- a table sharing out funds among cities (``分配资金（万元）`` beside ``农机保有量（万台）``): the money support (=), the count
  it was shared out by a report (=), neither a goal, and the 合计 of the money named as the lead-in names the sum.
"""
from __future__ import annotations

from tests.notice_targets import cover_notice, written_targets


def _rows(targets, scope=None) -> list[tuple]:
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.deadline) for t in targets
            if scope is None or t.scope == scope]


SEWAGE = cover_notice(
    "宣城市人民政府办公室", "宣城市农村生活污水治理提升方案",
    "现将《宣城市农村生活污水治理提升方案》印发给你们，请认真贯彻执行。\n\n"
    "宣城市农村生活污水治理提升方案\n\n"
    "一、工作目标\n到2026年，全市农村生活污水治理率达到60%以上。\n\n"
    "附件\n\n宣城市各县（市、区）农村生活污水处理站建设任务表\n\n"
    "| 序号 | 县（市、区） | 2023年底已建站点（个） | 2026年目标（个） | 其中：2024年新建站点（个） |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 郎溪县 | 40 | 75 | 12 |\n"
    "| 2 | 泾县 | 35 | 66 | 10 |\n",
    "各县（市、区）人民政府，市政府各部门", "2024年3月5日")


def test_stock_and_goal_columns_count_what_the_caption_names(tmp_path):
    rows = _rows(written_targets(tmp_path / "sewage.md", SEWAGE), "郎溪县")
    assert rows == [
        ("actual", "农村生活污水处理站", "=", 40, "个", "郎溪县", "2023-12-31"),
        ("target", "农村生活污水处理站", ">=", 75, "个", "郎溪县", "2026-12-31"),
        ("target", "新建农村生活污水处理站", ">=", 12, "个", "郎溪县", "2024-12-31"),
    ]


SCHOOLS = cover_notice(
    "赣州市教育局", "赣州市寄宿制学校建设实施方案",
    "现将《赣州市寄宿制学校建设实施方案》印发给你们，请抓好落实。\n\n"
    "一、目标任务\n到2025年底，全市乡村寄宿制学校覆盖率达到85%。各县（市、区）2025年目标任务见下表。\n\n"
    "| 县（市、区） | 义务教育学校（所） | 其中：乡村学校（所） | 2025年寄宿制学校覆盖率目标（%） | 新建寄宿制学校（所） |\n"
    "|---|---|---|---|---|\n"
    "| 瑞金市 | 120 | 96 | 88 | 6 |\n"
    "| 于都县 | 150 | 131 | 85 | 9 |\n"
    "| 合计（含开发区） | — | — | — | 31 |\n\n"
    "二、保障措施\n各地要加强统筹。\n",
    "各县（市、区）教育局", "2024年5月20日")


def test_a_bare_count_beside_goal_columns_is_what_each_place_has_now(tmp_path):
    found = written_targets(tmp_path / "schools.md", SCHOOLS)
    assert _rows(found, "瑞金市") == [
        ("actual", "义务教育学校", "=", 120, "所", "瑞金市", None),
        ("actual", "乡村学校", "=", 96, "所", "瑞金市", None),  # 其中: a part of what there is
        ("target", "寄宿制学校覆盖率", ">=", 88, "%", "瑞金市", "2025-12-31"),
        ("target", "新建寄宿制学校", ">=", 6, "所", "瑞金市", "2025-12-31"),
    ]
    # the 合计（含开发区） row is the city's own, no place of its own
    assert ("target", "新建寄宿制学校", ">=", 31, "所", "赣州市", "2025-12-31") in _rows(found, "赣州市")
    assert not [t for t in found if "合计" in (t.scope or "")]


def _clinics(title: str) -> str:
    return cover_notice(
        "湖南省卫生健康委员会", f"《{title}》",
        f"现将《{title}》印发给你们，请结合实际贯彻落实。\n\n"
        "一、主要目标\n到2027年底，全省村卫生室标准化建设达标率达到95%。各市（州）目标任务见附表。\n\n"
        "附表：各市（州）基层医疗卫生服务能力提升目标任务表\n\n"
        "| 市（州） | 2024年村卫生室达标率（%） | 2027年村卫生室达标率目标（%） | 中心村卫生室建设任务（个） |\n"
        "|---|---|---|---|\n"
        "| 株洲市 | 82.5 | 95.0 | 40 |\n"
        "| 湘潭市 | 84.0 | 96.0 | 35 |\n",
        "各市州卫生健康委", "2025年2月10日")


def test_undated_goals_of_a_plan_table_are_due_at_the_end_of_the_plan(tmp_path):
    found = written_targets(tmp_path / "clinics.md", _clinics("湖南省基层医疗卫生服务能力提升三年行动方案（2025—2027年）"))
    assert _rows(found, "株洲市") == [
        ("actual", "村卫生室达标率", "=", 82.5, "%", "株洲市", "2024-12-31"),
        ("target", "村卫生室达标率", ">=", 95.0, "%", "株洲市", "2027-12-31"),
        ("target", "中心村卫生室建设任务", ">=", 40, "个", "株洲市", "2027-12-31"),
    ]


QUOTAS = (
    "某省人力资源和社会保障厅关于下达2025年职业技能培训任务的通知\n\n"
    "各市人力资源和社会保障局：\n"
    "现将2025年职业技能培训任务分配如下：\n\n"
    "| 设区市 | 培训任务（人次） | 其中：新职业培训（人次） |\n"
    "|---|---|---|\n"
    "| 开封市 | 52000 | 6000 |\n"
    "| 洛阳市 | 61000 | 7500 |\n\n"
    "某省人力资源和社会保障厅\n2025年1月15日\n"
)


def test_a_part_of_a_task_column_is_a_goal_too(tmp_path):
    rows = _rows(written_targets(tmp_path / "quotas.md", QUOTAS), "洛阳市")
    assert [(r[0], r[3]) for r in rows] == [("target", 61000), ("target", 7500)]


def test_a_plan_without_a_period_leaves_undated_goals_undated(tmp_path):
    found = written_targets(tmp_path / "clinics.md", _clinics("湖南省基层医疗卫生服务能力提升行动方案"))
    assert ("target", "中心村卫生室建设任务", ">=", 35, "个", "湘潭市", None) in _rows(found, "湘潭市")


MACHINES = (
    "广西壮族自治区农业农村厅 广西壮族自治区财政厅关于下达2024年农机购置与应用补贴资金的通知\n\n"
    "各市农业农村局、财政局：\n"
    "为推进农业机械化发展，现将有关事项通知如下。\n"
    "一、资金分配\n"
    "本次下达中央财政农机购置与应用补贴资金共计5600万元，按各市农机保有量和作业面积因素分配，具体如下：\n\n"
    "| 设区市 | 农机保有量（万台） | 分配资金（万元） |\n"
    "|---|---|---|\n"
    "| 桂林市 | 12.5 | 2100 |\n"
    "| 玉林市 | 10.4 | 1900 |\n"
    "| 百色市 | 9.1 | 1600 |\n"
    "| 合计 | 32.0 | 5600 |\n\n"
    "二、工作要求\n各市要及时将资金拨付到位。\n\n"
    "广西壮族自治区农业农村厅　广西壮族自治区财政厅\n2024年6月3日\n"
)


def test_a_table_sharing_out_funds_gives_support_and_the_counts_it_was_shared_by(tmp_path):
    found = written_targets(tmp_path / "machines.md", MACHINES)
    assert _rows(found, "桂林市") == [
        ("actual", "农机保有量", "=", 125000, "台", "桂林市", None),
        ("support", "分配资金", "=", 21000000, "元", "桂林市", None),
    ]
    region = _rows(found, "广西壮族自治区")
    assert ("actual", "农机保有量", "=", 320000, "台", "广西壮族自治区", None) in region
    # the 合计 of the money is the sum the lead-in states, named as it names it
    assert ("support", "中央财政农机购置与应用补贴资金", "=", 56000000, "元", "广西壮族自治区", None) in region
    assert not [t for t in found if t.kind == "target"]


TASKS_SHARED = (
    "某省农业农村厅关于分解下达2025年高标准农田建设任务的通知\n\n"
    "各市农业农村局：\n"
    "现将2025年高标准农田建设任务分配如下：\n\n"
    "| 设区市 | 建设任务（万亩） | 补助资金（万元） |\n"
    "|---|---|---|\n"
    "| 南阳市 | 30 | 9000 |\n"
    "| 信阳市 | 25 | 7500 |\n\n"
    "某省农业农村厅\n2025年1月8日\n"
)


def test_a_table_sharing_out_tasks_keeps_its_goals(tmp_path):
    rows = _rows(written_targets(tmp_path / "fields.md", TASKS_SHARED), "南阳市")
    assert ("target", "建设任务", ">=", 300000, "亩", "南阳市", "2025-12-31") in [
        (k, w[-4:] if w.endswith("建设任务") else w, c, v, u, s, d) for k, w, c, v, u, s, d in rows]
    assert [r[0] for r in rows if r[4] == "元"] == ["support"]
