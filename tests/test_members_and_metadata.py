"""Task-force members and metadata missed on blind sets 65-68: posts made members in a sentence under a list
(``各乡镇人民政府乡镇长，某支行行长为领导小组成员``, ``…分管负责同志为市绿委成员`` naming the body by its short
name); names alone joined by 、 taking a role (``吴某、潘某同志任副组长``) and a member named without a post taking
the post the notice gave that person before; a second body set up by 下设; a 此件 note that says where the notice
goes (``（此件发至乡镇）``), not its disclosure. Notices of our own in other places, topics and layouts; expected
values were written by reading the notices.
"""
from __future__ import annotations

from pipeline.runner import extract_document


def _extract(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_document(str(path))[1]


def _members(force):
    return [(m.role, m.person, m.organization, m.position) for m in force.members]


FOOD_SAFETY = """某县人民政府办公室关于调整某县食品安全工作领导小组组成人员的通知
各乡镇人民政府，县政府各部门：
因人事变动，经县政府同意，决定对县食品安全工作领导小组组成人员进行调整。现将调整后的名单通知如下：
组　长：马建国　县委常委、常务副县长
副组长：林小红　县政府办公室副主任
成　员：
高明远　县市场监督管理局局长
邓丽君　县农业农村局副局长
各乡镇人民政府乡镇长、各街道办事处主任，国家税务总局某县税务局局长为领导小组成员。
领导小组办公室设在县市场监督管理局，办公室主任由高明远同志兼任。
某县人民政府办公室
2025年3月12日
（此件发至乡镇）
"""


def test_posts_made_members_under_a_list_and_a_distribution_note(tmp_path):
    result = _extract(tmp_path, "food_safety_group.txt", FOOD_SAFETY)
    forces = result["taskforce"]
    assert [f.name for f in forces] == ["某县食品安全工作领导小组"]
    assert _members(forces[0]) == [
        ("组长", "马建国", None, "县委常委、常务副县长"),
        ("副组长", "林小红", "县政府办公室", "副主任"),
        ("成员", "高明远", "县市场监督管理局", "局长"),
        ("成员", "邓丽君", "县农业农村局", "副局长"),
        # the sentence under the list: each unit's own post (no shared 负责同志), before 、 and before ，
        ("成员", None, "各乡镇人民政府", "乡镇长"),
        ("成员", None, "各街道办事处", "主任"),
        ("成员", None, "国家税务总局某县税务局", "局长"),
    ]
    text = extract_document_text(tmp_path / "food_safety_group.txt")
    for member in forces[0].members:
        assert text[member.char_start:member.char_end] == member.evidence
    # （此件发至乡镇） says to whom the notice goes: no disclosure status
    assert result["metadata"].public_status is None


def extract_document_text(path):
    return extract_document(str(path))[0].text


PATRIOTIC_HEALTH = """# 某区人民政府办公室关于调整某区爱国卫生运动委员会组成人员的通知

各街道办事处，区政府各部门：

经区政府同意，决定对某区爱国卫生运动委员会（以下简称区爱卫会）组成人员调整如下：

**主　任：**赵国栋　区委常委、常务副区长

**副主任：**钱　丽　区政府办公室主任

**成　员：**

| 姓　名 | 单位职务 |
| --- | --- |
| 孙　强 | 区卫生健康局局长 |
| 李　梅 | 区教育局副局长 |

各街道办事处、社区卫生服务中心主要负责同志为区爱卫会成员。

区爱卫会办公室设在区卫生健康局，孙强同志兼任办公室主任。

为推进病媒生物防制，区爱卫会下设病媒生物防制工作专班，赵国栋同志任组长，孙强、李梅同志任副组长，区城市管理局、区市场监督管理局分管负责同志为专班成员。

某区人民政府办公室

2024年4月1日

（此件公开发布）
"""


def test_a_short_named_body_a_second_body_and_names_taking_posts_given_before(tmp_path):
    result = _extract(tmp_path, "patriotic_health.md", PATRIOTIC_HEALTH)
    forces = result["taskforce"]
    assert [f.name for f in forces] == ["某区爱国卫生运动委员会", "病媒生物防制工作专班"]
    assert _members(forces[0]) == [
        ("主任", "赵国栋", None, "区委常委、常务副区长"),
        ("副主任", "钱丽", "区政府办公室", "主任"),
        ("成员", "孙强", "区卫生健康局", "局长"),
        ("成员", "李梅", "区教育局", "副局长"),
        # …为区爱卫会成员: the body by its short name; two kinds of unit, one member each
        ("成员", None, "各街道办事处", "主要负责同志"),
        ("成员", None, "社区卫生服务中心", "主要负责同志"),
    ]
    # the 专班 names its leaders alone: each takes the post the list above gave that person
    assert _members(forces[1]) == [
        ("组长", "赵国栋", None, "区委常委、常务副区长"),
        ("副组长", "孙强", "区卫生健康局", "局长"),
        ("副组长", "李梅", "区教育局", "副局长"),
        ("成员", None, "区城市管理局", "分管负责同志"),
        ("成员", None, "区市场监督管理局", "分管负责同志"),
    ]
    assert [m.evidence for m in forces[1].members[:3]] == ["赵国栋", "孙强", "李梅"]
    assert result["metadata"].public_status == "此件公开发布"


FLOOD = """某市人民政府办公室关于成立某市城市防涝工作专班的通知
各区人民政府，市政府各部门：
为做好城市防涝工作，市政府决定成立某市城市防涝工作专班。
组　长：周文涛　副市长
副组长：何建平　市住房和城乡建设局局长
市水务局局长韩立新、市气象局局长冯雪为专班成员。
专班下设排水抢险工作组，吴刚同志任组长，韩立新同志任副组长，市城市管理局分管负责同志为工作组成员。
某市人民政府办公室
2024年6月3日
"""


def test_named_holders_made_members_and_no_post_for_a_person_given_none(tmp_path):
    forces = _extract(tmp_path, "flood.txt", FLOOD)["taskforce"]
    assert [f.name for f in forces] == ["某市城市防涝工作专班", "排水抢险工作组"]
    assert _members(forces[0]) == [
        ("组长", "周文涛", None, "副市长"),
        ("副组长", "何建平", "市住房和城乡建设局", "局长"),
        # posts with their holders made members by 为…成员 (no 同志)
        ("成员", "韩立新", "市水务局", "局长"),
        ("成员", "冯雪", "市气象局", "局长"),
    ]
    # 吴刚 has no post anywhere in the notice: he keeps none; 韩立新 takes his
    assert _members(forces[1]) == [
        ("组长", "吴刚", None, None),
        ("副组长", "韩立新", "市水务局", "局长"),
        ("成员", None, "市城市管理局", "分管负责同志"),
    ]


RURAL_GOVERNANCE = """中共某县委办公室 某县人民政府办公室关于成立某县乡村治理工作领导小组的通知
各乡镇党委、人民政府，县直各单位：
经县委、县政府同意，成立某县乡村治理工作领导小组。组成人员如下：
组　长：县委书记胡建军
副组长：县委副书记、县长唐晓明
　　　　何丽萍　县委副书记
成　员：县委组织部副部长蒋涛、县民政局局长范文斌
中共某县委办公室
2025年5月6日
"""


def test_a_named_secretary_s_single_post_splits_and_posts_held_together_stay_whole(tmp_path):
    forces = _extract(tmp_path, "rural_governance.txt", RURAL_GOVERNANCE)["taskforce"]
    assert _members(forces[0]) == [
        # one post of the county's party committee, named before or after the person: 县委 + 书记 (guide)
        ("组长", "胡建军", "县委", "书记"),
        ("副组长", "唐晓明", None, "县委副书记、县长"),
        ("副组长", "何丽萍", "县委", "副书记"),
        ("成员", "蒋涛", "县委组织部", "副部长"),
        ("成员", "范文斌", "县民政局", "局长"),
    ]


TEA_INDUSTRY = """某县人民政府办公室关于成立某县茶产业发展工作领导小组的通知
各乡镇人民政府，县直各单位：
经县政府同意，成立某县茶产业发展工作领导小组，组成人员如下：
组　长：邹明杰　县政府副县长
成　员：
序号\t姓名\t单位及职务
1\t彭志勇\t县农业农村局局长
2\t\t县市场监督管理局分管副局长
3\t\t龙潭镇、石门乡、青岗镇人民政府主要负责人
领导小组下设2个工作组：
（一）品牌推广组。由县农业农村局、县商务局共同牵头，县文化和旅游局、县供销合作社参与。
领导小组下设质量监管专班，组长单位：县市场监督管理局；成员单位：县农业农村局、县卫生健康局。
某县人民政府办公室
2024年8月20日
"""


def test_towns_sharing_a_unit_in_a_row_joint_leads_and_a_work_group_set_up_by_xiashe(tmp_path):
    forces = _extract(tmp_path, "tea_industry.txt", TEA_INDUSTRY)["taskforce"]
    assert [f.name for f in forces] == ["某县茶产业发展工作领导小组", "品牌推广组", "质量监管专班"]
    assert _members(forces[0]) == [
        ("组长", "邹明杰", "县政府", "副县长"),
        ("成员", "彭志勇", "县农业农村局", "局长"),
        ("成员", None, "县市场监督管理局", "分管副局长"),
        # towns listed by name, the last followed by the unit each has: one member per town, its unit in full
        ("成员", None, "龙潭镇人民政府", "主要负责人"),
        ("成员", None, "石门乡人民政府", "主要负责人"),
        ("成员", None, "青岗镇人民政府", "主要负责人"),
    ]
    # 共同牵头: both units lead the group
    assert _members(forces[1]) == [
        ("组长", None, "县农业农村局", None), ("组长", None, "县商务局", None),
        ("成员", None, "县文化和旅游局", None), ("成员", None, "县供销合作社", None),
    ]
    assert _members(forces[2]) == [
        ("组长", None, "县市场监督管理局", None),
        ("成员", None, "县农业农村局", None), ("成员", None, "县卫生健康局", None),
    ]
