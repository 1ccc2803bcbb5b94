"""Member lists in the layouts blind sets 20 and 21 showed, on notices written for this test in other cities
and topics (tests/notices/members_*): a member table with a liaison column (单位 | 姓名 | 职务 | 联络员（不作为成员）,
merged unit cells, a post naming a part of its unit), names glued to posts that begin with a place (and names
the surname list lacks), units' 分管负责同志 listed in prose after the leaders, a 组长 with two posts, and a
row of places sharing the name of their government. Expected members written by reading the notices.
"""
from __future__ import annotations

import functools
from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


@functools.lru_cache(maxsize=None)
def members(prefix: str) -> list[tuple]:
    path = next(NOTICES.glob(f"{prefix}*"))
    forces = extract_document(path)[1]["taskforce"]
    return [(m.role, m.person, m.position, m.organization) for f in forces for m in f.members]


def test_a_member_table_whose_liaison_and_phone_columns_make_no_member():
    assert members("members_shangyu_food_safety_liaison_column_table") == [
        ("主任", "孟建波", "区委副书记、区长", None),
        ("副主任", "俞丽华", "副区长", None),
        ("成员", "范志明", "党委书记、局长", "区市场监管局"),
        ("成员", "倪秋云", "副局长", "区市场监管局"),  # the unit cell spans two rows
        ("成员", "梁晨", "副局长", "区教育体育局"),
        ("成员", "沈浩", "治安大队大队长", "绍兴市公安局上虞区分局"),  # the post names a part of the unit
        ("成员", "陶春燕", "副局长", "区农业农村局"),
    ]


def test_names_glued_to_posts_that_open_with_a_place_and_names_without_a_han_surname():
    assert members("members_ganzi_tourism_glued_names_before_places") == [
        ("组长", "泽仁邓珠", "州委副书记、州长", None),
        ("副组长", "张建华", "州委常委、常务副州长", None),
        ("副组长", "益西拉姆", "副州长", None),
        ("成员", "刘明", "副秘书长", "州人民政府"),
        ("成员", "四郎泽仁", "局长", "州文化广播电视和旅游局"),  # glued, no Han surname, among named members
        ("成员", "陈卫东", "主任", "州发展和改革委员会"),
        ("成员", "降央曲珍", "副市长", "康定市人民政府"),  # glued before a division's full name
        ("成员", "格绒泽仁", "局长", "州交通运输局"),
        ("成员", "次仁卓玛", "党委委员、副局长", "泸定县公安局"),  # the organ's 党委 title is part of the post
        ("成员", "王小林", "局长", "州财政局"),
        ("成员", None, "分管负责同志", "各县（市）人民政府"),
    ]


def test_leaders_then_units_by_post_in_one_sentence_each_role_after_its_clauses():
    by_post = [("成员", None, "分管负责同志", unit) for unit in (
        "市工业和信息化局", "市发展改革委", "市科技局", "国网常州供电公司", "各辖市（区）人民政府", "常州经开区管委会")]
    assert members("members_changzhou_hydrogen_task_team_prose") == [
        ("组长", "陈立新", "市委副书记、市长", None),
        ("副组长", "周敏", "市委常委、常务副市长", None),  # the name before its post
        ("副组长", "许国强", "副市长", None),
        ("副组长", "钱文", "秘书长", "市政府"),
    ] + by_post  # units sharing a post in one clause, the role (为成员) in the next


def test_a_deputy_secretary_who_heads_the_government_is_one_member():
    assert members("members_fengxian_farmland_group_posts_by_role") == [
        ("组长", None, "县委副书记、县长", None),
        ("副组长", None, "县委常委、常务副县长", None),
        ("副组长", None, "分管农业农村工作的副县长", None),
        ("成员", None, "主要负责同志", "县农业农村局"),
        ("成员", None, "主要负责同志", "县财政局"),
        ("成员", None, "主要负责同志", "县水务局"),
    ]


def test_divisions_listed_before_the_unit_and_post_they_share():
    assert members("members_honghe_port_economy_places_sharing_government") == [
        ("组长", "杨志坚", "副州长", "州人民政府"),
        ("副组长", "何丽萍", "副秘书长", "州人民政府"),
        ("成员", "赵建国", "局长", "州商务局"),
        ("成员", "孙伟", "副主任", "州发展和改革委员会"),
        ("成员", None, "县长", "河口瑶族自治县人民政府"),
        # 个旧市、开远市、蒙自市、弥勒市人民政府分管负责同志: each city's government sends the post
        ("成员", None, "分管负责同志", "个旧市人民政府"),
        ("成员", None, "分管负责同志", "开远市人民政府"),
        ("成员", None, "分管负责同志", "蒙自市人民政府"),
        ("成员", None, "分管负责同志", "弥勒市人民政府"),
    ]
