"""The units directly under a province (省直有关部门, 省直各相关单位), named after 会同 in a sentence as well as in
notes (blind set 9, tests/unseen9, cut 省直有关部门 to 有关部门 after 会同). The notice is our own; expected values
are written by reading it.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "tasks_qinghai_provincial_direct_units.txt"


def test_units_directly_under_the_province_keep_their_level():
    found = extract_document(NOTICE)[1]["tasks"]
    roles = [[(a.agency, a.role) for a in t.agencies] for t in found]
    assert roles == [
        [("省商务厅", "lead"), ("省直有关部门", "partner"), ("各市州人民政府", "partner")],
        [("省文化和旅游厅", "lead"), ("省直各相关单位", "partner")],
        [("省发展改革委", "lead"), ("省直有关部门", "partner")],  # …要会同省直有关部门于2023年9月底前出台… (a 保障措施 sentence with a due date of its own: a task)
    ]
