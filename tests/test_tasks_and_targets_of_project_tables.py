"""A project table (项目名称/工程名称, 建设内容, 总投资 with its unit, 责任单位), the form blind set 13 (k3) showed as a
Markdown pipe table, here tab-separated in a text notice of another county and topic (a 婺源县 water-supply plan):
each project row is an assigned task named by the project (not by its 建设内容), its 总投资 a planned size due by
the row's 完成时限 (as the blind set 41's project table was read), and the 合计 row neither a task nor a figure of its own. Expected values were written by reading the notice."""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "tasks_wuyuan_water_project_table.txt"


def test_each_project_row_is_a_task_named_by_the_project():
    tasks = extract_document(str(NOTICE))[1]["tasks"]
    assert [(t.text, [(a.agency, a.role) for a in t.agencies], t.deadline) for t in tasks] == [
        ("紫阳镇城乡供水一体化工程", [("县水利局", "responsible")], "2026-06-30"),
        ("清华镇集中供水管网延伸工程", [("县水利局", "responsible"), ("清华镇人民政府", "responsible")], "2025-12-31"),
        ("江湾镇水源地保护工程", [("县生态环境局", "responsible")], "2025-12-31"),
        ("农村供水智慧监管平台", [("县水利局", "responsible"), ("县数据管理局", "responsible")], "2026-12-31"),
    ]


def test_each_project_total_investment_is_a_planned_size_in_yuan():
    targets = extract_document(str(NOTICE))[1]["targets"]
    sizes = [(t.indicator_raw, t.kind, t.scope, t.comparator, t.value, t.unit, t.deadline)
             for t in targets if t.indicator_raw.endswith("工程总投资") or t.indicator_raw.endswith("平台总投资")]
    assert sizes == [
        ("紫阳镇城乡供水一体化工程总投资", "target", "婺源县", "=", 68000000, "元", "2026-06-30"),
        ("清华镇集中供水管网延伸工程总投资", "target", "婺源县", "=", 42000000, "元", "2025-12-31"),
        ("江湾镇水源地保护工程总投资", "target", "婺源县", "=", 25000000, "元", "2025-12-31"),
        ("农村供水智慧监管平台总投资", "target", "婺源县", "=", 50000000, "元", "2026-12-31"),
    ]
    assert not [t for t in targets if t.evidence.strip() == "18500"]  # the 合计 row is no figure of its own
