"""A goal sentence about schools' 办学 (running a school) names no office: 市区学校整体办学水平 once read as an
agency 市区学校整体办 made the goal paragraph a task (blind set 22's j5, 县中整体办学水平). A notice of our own
(建瓯 education bureau); expected values were written by reading it."""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "tasks_jianou_school_running_not_an_office.txt"


def test_only_the_measures_that_name_units_are_tasks():
    found = extract_document(NOTICE)[1]["tasks"]
    assigned = [(t.evidence[:6], [(a.agency, a.role) for a in t.agencies]) for t in found if t.assigned]
    assert assigned == [
        ("改善办学条件", [("市发展和改革局", "responsible")]),
        ("加强师资配备", [("市人力资源和社会保障局", "responsible")]),
    ]
