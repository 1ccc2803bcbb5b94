"""Officers of a 林长/河长 system read as a body's members, members added in hard-wrapped prose, and a member whose
unit and post wrapped onto a line of their own (blind set 25, tests/unseen25 l1: `总 林 长：name　post` lines with
full-width continuation lines and a Word table 乡镇（街道） | 林长 | 职务; l4: `马晓东` over `区发展和改革局局长`, and
`…牛⏎建军同志任领导小组副组长；增补…为领导小组成员`), on notices of our own in other counties, topics and layouts (a web
page's 河长 table headed 责任河段 | 河长 | 职务; 领导小组 texts). Expected values are written from the notices.
"""
from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def _forces(name: str):
    return extract_document(str(NOTICES / name))[1]["taskforce"]


def _members(force):
    return [(m.role, m.person, m.organization, m.position) for m in force.members]


def test_chief_label_lines_and_a_table_whose_header_gives_the_role():
    forces = _forces("members_songyang_river_chiefs_table.html")
    assert [f.name for f in forces] == ["县级总河长、副总河长", "县级河长"]
    # a named secretary's single post splits like any other (guide); posts listed with 、 stay together
    assert _members(forces[0]) == [("总河长", "吴建平", "县委", "书记"),
                                   ("总河长", "周立新", None, "县委副书记、县长"),
                                   ("副总河长", "徐海燕", "县政府", "副县长")]
    # the 责任河段 column names no member; the 河长 column's people are 河长
    assert _members(forces[1]) == [("河长", "叶志明", "县人大常委会", "副主任"),
                                   ("河长", "潘丽华", "县政府", "副县长"),
                                   ("河长", "程国强", None, "县委常委、统战部部长")]
    # the office's director is no member
    assert all(m.person != "刘建新" for f in forces for m in f.members)


def test_a_name_line_over_its_unit_and_post():
    (force,) = _forces("members_jingning_name_over_post_line.txt")
    assert _members(force) == [("组长", "蓝建华", "县政府", "副县长"),
                               ("成员", "雷晓东", "县水利局", "局长"),
                               ("成员", "钟玉梅", "县卫生健康局", "副局长"),
                               ("成员", "梅国平", "县生态环境分局", "局长"),
                               ("成员", None, "各乡镇人民政府", "分管负责同志")]


def test_members_added_in_prose_that_a_hard_wrap_cut_mid_name():
    """set 25 l4's `…牛⏎建军同志任领导小组副组长；增补…贾⏎丽萍同志为领导小组成员`, in another county and topic."""
    (force,) = _forces("members_huining_wrapped_prose_additions.txt")
    added = _members(force)[4:]
    assert added == [("常务副组长", "杨志刚", None, "县政府党组成员、县市场监督管理局局长"),
                     ("成员", "张建国", "县公安局", "副局长"),
                     ("成员", "刘秀英", "县教育局", "副局长")]
