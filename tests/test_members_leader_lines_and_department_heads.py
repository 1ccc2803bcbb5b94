"""Members in two forms set 22 showed, in notices of our own (other places, bodies and wordings): a role line
naming several leaders separated by 、 where a leader's post holds 、 too (``周建国  区委副书记、区长``: split
by names, a name and its post opening each member), and ministries that each send ``有关司局负责同志`` to a
部际协调机制 (the ministry the organization, the whole 有关司局负责同志 the post). Expected values were
written by reading the notices."""
from __future__ import annotations

from pathlib import Path

from extractors.member_lists.inline import SHARED_POST
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _members(name: str):
    forces = extract_document(NOTICES / name)[1]["taskforce"]
    return forces, [(m.role, m.person, m.position, m.organization) for f in forces for m in f.members]


def test_leaders_on_one_role_line_split_by_names_not_by_every_comma():
    forces, members = _members("members_yizhou_fire_command_leader_lines.txt")
    assert [f.name for f in forces] == ["区森林防灭火指挥部"]
    assert [(role, person) for role, person, _, _ in members] == [
        ("总指挥", "李文斌"), ("总指挥", "周建国"),
        ("副总指挥", "马骏"), ("副总指挥", "郑芳"), ("副总指挥", "高翔"),
        ("成员", "韦小东"), ("成员", "覃丽"),
    ]
    assert members[1][2:] == ("区委副书记、区长", None)
    assert members[2][2:] == ("区委常委、常务副区长", None)
    assert members[3][2:] == ("副区长", "区政府")
    assert members[4][2] == "区政府党组成员、区应急管理局局长"


def test_ministries_sending_heads_of_their_departments_concerned():
    forces, members = _members("members_ministries_department_heads.txt")
    assert [(f.name, f.office_location) for f in forces] == [("养老服务人才队伍建设部际协调机制", "民政部养老服务司")]
    assert members == [
        ("召集人", None, "分管负责同志", "民政部"),
        ("成员", None, "有关司局负责同志", "财政部"),
        ("成员", None, "有关司局负责同志", "人力资源社会保障部"),
        ("成员", None, "有关司局负责同志", "国家卫生健康委"),
    ]


def test_posts_of_departments_concerned_are_one_shared_post():
    for post in ("有关司局负责同志", "相关处室主要负责人", "有关业务处室负责同志", "分管负责同志", "有关领导"):
        assert SHARED_POST.fullmatch(post), post
    assert SHARED_POST.search("省农业农村厅相关处室主要负责人").group() == "相关处室主要负责人"
