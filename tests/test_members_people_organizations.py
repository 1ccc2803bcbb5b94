"""Posts in the people's organizations (妇联, 残联, 科协), which end in no 局/委/办: the organization is split from
the post as 总工会's is (the form blind set 10, tests/unseen10, showed: 区妇联副主席), on a notice of our own in
another field and city. Expected values were written by reading the notice.
"""
from __future__ import annotations

from pathlib import Path

from extractors.agency_names import split_org_position
from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "members_shiyan_people_organizations_posts.txt"


def test_members_of_the_peoples_organizations_have_unit_and_post_apart():
    forces = extract_document(NOTICE)[1]["taskforce"]
    assert [f.name for f in forces] == ["张湾区关爱困境儿童工作领导小组"]
    assert [(m.role, m.person, m.position, m.organization) for m in forces[0].members] == [
        ("组长", "王建军", "副区长", "区人民政府"),
        ("副组长", "刘芳", "局长", "区民政局"),
        ("成员", "陈国强", "副局长", "区教育局"),
        ("成员", "赵丽华", "副主席", "区妇联"),
        ("成员", "孙志刚", "理事长", "区残联"),
        ("成员", "周敏", "副主席", "区科协"),
        ("成员", "吴海燕", "副主席", "区总工会"),
    ]


def test_the_split_by_itself():
    assert split_org_position("市妇联主席") == ("市妇联", "主席")
    assert split_org_position("县工商联副主席") == ("县工商联", "副主席")
    assert split_org_position("副主席") == (None, "副主席")
