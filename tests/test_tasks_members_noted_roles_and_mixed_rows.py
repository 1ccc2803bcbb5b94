"""Families of blind set 15's first run, each tried on a notice of another place, topic and wording
(tests/notices/): roles written inside a 责任单位 note (A牵头，B、C配合，D负责落实), a note under a task table
that makes the first listed unit the lead, member lists mixing unit | name | post rows, posts held together
(副部长兼…主任), a 军分区 post and a unit on a line of its own, and caps written with 限.

Expected values were written by reading each notice.
"""
from __future__ import annotations

from pathlib import Path

from extractors.agency_names import is_position, split_org_position
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _tasks(name: str):
    return extract_document(NOTICES / name)[1]["tasks"]


def _roles(task) -> dict[str, list[str]]:
    return {role: [a.agency for a in task.agencies if a.role == role] for role in ("lead", "responsible", "partner")}


def test_roles_written_inside_a_unit_note():
    """新余: （责任单位：A牵头，B、C配合，D负责落实）: A leads, B and C partner, D is responsible; a plain list keeps
    every unit responsible."""
    found = _tasks("tasks_xinyu_gas_pipes_roles_in_notes.txt")
    assert _roles(found[0]) == {"lead": ["市住房和城乡建设局"], "responsible": ["各县区人民政府"],
                                "partner": ["市应急管理局", "市市场监管局"]}
    assert _roles(found[1]) == {"lead": [], "responsible": ["市住房和城乡建设局", "各燃气经营企业"], "partner": []}
    assert _roles(found[2]) == {"lead": ["市应急管理局"], "responsible": [], "partner": ["市商务局"]}


def test_note_under_a_task_table_makes_the_first_listed_unit_lead():
    """宝鸡: 注：责任单位中列第一位的为牵头单位 under the table: each row's first unit leads, the others stay
    responsible; a row of one unit has a lead alone."""
    found = _tasks("tasks_baoji_culture_tourism_table_first_listed.html")
    assert [_roles(t) for t in found] == [
        {"lead": ["市文化和旅游局"], "responsible": ["市商务局", "各县区人民政府"], "partner": []},
        {"lead": ["市交通运输局"], "responsible": ["市文化和旅游局"], "partner": []},
        {"lead": ["市商务局"], "responsible": [], "partner": []},
    ]


def test_member_rows_in_mixed_layouts():
    """张家界: unit⇥name⇥post, a post held together with another (副部长兼市网信办主任), name⇥unit+post, a 军分区
    副司令员 glued after the unit; a unit alone on its line (国网张家界供电公司) is no person glued to a unit (not 国网张 |
    家界供电公司) and ends the list, as a signature line would; the office director stays out."""
    forces = extract_document(NOTICES / "members_zhangjiajie_flood_mixed_rows.txt")[1]["taskforce"]
    members = [(m.role, m.person, m.organization, m.position) for f in forces for m in f.members]
    assert members == [
        ("指挥长", "欧阳明", "市人民政府", "市长"),
        ("副指挥长", "谭小军", "市人民政府", "副市长"),
        ("成员", "覃建华", "市水利局", "局长"),
        ("成员", "向丽", "市委宣传部", "副部长兼市网信办主任"),
        ("成员", "周涛", "市应急管理局", "局长"),
        ("成员", "黄振宇", "张家界军分区", "副司令员"),
    ]


def test_posts_held_together():
    assert split_org_position("县委组织部副部长兼县人社局局长") == ("县委组织部", "副部长兼县人社局局长")
    assert split_org_position("市委常委、副市长兼市公安局局长") == (None, "市委常委、副市长兼市公安局局长")
    assert is_position("副部长兼网信办主任")
    assert not is_position("兼职")


def test_a_limit_written_with_xian_is_a_cap():
    """柳州: 每类产品限补贴1件 / 每人限领2张: 限 before the number caps it (<=), as 最多 does; 时限/期限 are no caps."""
    targets = extract_document(NOTICES / "targets_liuzhou_appliance_trade_in_limits.txt")[1]["targets"]
    limited = {(t.value, t.unit): t.comparator for t in targets if t.unit in ("件", "张")}
    assert limited == {(1.0, "件"): "<=", (2.0, "张"): "<="}
