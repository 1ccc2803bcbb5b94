"""Members in the forms set 23 showed (a 地区's 防指 list), in a notice of our own (another 地区, body and
wording): transcribed names with a middle dot glued to their post (``沙吾列·吾拉孜别克行署副秘书长``), lines
written post first with the name after the layout's spaces (``地区林业和草原局局长  巴合提别克·托列根``), a
兵团 division's posts joined by 、 before the name (one member, one organization), a spaced role label
(``总 指 挥：``) and a title wrapped mid-word giving the body's name. Expected values were written by reading
the notice."""
from __future__ import annotations

from pathlib import Path

from extractors.member_lists.persons import split_person
from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def test_dotted_names_both_orders_and_a_division_of_the_corps():
    forces = extract_document(NOTICES / "members_tacheng_forest_fire_dotted_names_post_first.txt")[1]["taskforce"]
    assert [f.name for f in forces] == ["塔城地区森林草原防灭火指挥部"]
    members = [(m.role, m.person, m.organization, m.position) for m in forces[0].members]
    assert members == [
        ("总指挥", "叶尔兰·努尔兰别克", None, "地委委员、行署副专员"),
        ("副总指挥", "沙吾列·吾拉孜别克", "行署", "副秘书长"),
        ("副总指挥", "巴合提别克·托列根", "地区林业和草原局", "局长"),
        ("副总指挥", "孟庆林", "兵团第九师", "副师长、副团长"),
        ("副总指挥", "王海生", "地区应急管理局", "局长"),
        ("成员", "阿斯哈尔·叶尔肯", "地区公安局", "副局长"),
        ("成员", "宋洁", "地区财政局", "副局长"),
        ("成员", "努尔兰·阿曼太", "地区气象局", "局长"),
        ("成员", None, "各县（市）人民政府", "分管负责同志"),
    ]
    assert forces[0].office_location == "地区林业和草原局"


def test_where_a_dotted_name_ends_when_glued():
    text = "热合曼·阿不都拉地区水利局局长"  # not 阿不都拉地 + 区水利局
    assert split_person(text, set()) == (0, 8)
    text = "市交通运输局副局长古丽米拉·艾则孜"  # the name after its post, no space between
    assert split_person(text, set()) == (9, 17)
