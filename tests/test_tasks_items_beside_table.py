"""Numbered measures that close with their own unit notes, in a plan that also attaches a task table of other
work (the form blind set 9, tests/unseen9, showed): the table is no breakdown of the measures, so both count.
A table beside measures that name no units is still their breakdown (tests/unseen8's d2).

The notice is our own (another city and topic); expected values are written by reading it.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "tasks_deyang_noted_measures_beside_table.txt"


def _roles(task) -> dict[str, list[str]]:
    return {role: [a.agency for a in task.agencies if a.role == role] for role in ("lead", "responsible", "partner")}


def test_noted_measures_and_the_attached_table_are_both_tasks():
    found = extract_document(NOTICE)[1]["tasks"]
    assert [t.text.split("。")[0] for t in found] == [
        "完善冷链设施网络", "培育冷链物流主体", "强化冷链食品监管", "发展城乡冷链配送",
        "编制全市冷链物流设施布局专项规划", "建设城市冷链配送公共信息平台", "开展冷藏车辆通行便利化试点"]
    assert [_roles(t) for t in found[:4]] == [
        {"lead": [], "responsible": ["市商务局", "市农业农村局", "各县（市、区）人民政府"], "partner": []},
        {"lead": [], "responsible": ["市发展改革委", "市商务局"], "partner": []},
        {"lead": [], "responsible": ["市市场监管局", "市卫生健康委"], "partner": []},
        # …市交通运输局、市邮政管理局按职责分工负责: the words after the last unit are how they share the work
        {"lead": [], "responsible": ["各县（市、区）人民政府", "市交通运输局", "市邮政管理局"], "partner": []},
    ]
    assert found[2].recurrence == "quarterly"  # 每季度开展一次
    assert _roles(found[4]) == {"lead": ["市发展改革委"], "responsible": [], "partner": ["市自然资源和规划局", "市商务局"]}
    assert [(t.deadline, t.recurrence) for t in found[4:]] == [
        ("2024-09-30", "once"), ("2025-06-30", "once"), (None, "annual")]
    assert all(t.assigned for t in found)
