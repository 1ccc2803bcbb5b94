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
