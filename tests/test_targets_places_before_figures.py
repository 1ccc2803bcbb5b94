"""A 分别 list whose places stand each right before their own figure (blind set 24, tests/unseen24 a4:
各乡镇禁牧面积分别为：央隆乡168.2万亩、野牛沟乡121.5万亩…), on a notice of our own in another county, topic and
wording: each figure is of its place, named by the measure before 分别 (without 各乡镇 or 现有), with the
comparator of the verb after 分别; the list may follow a colon or not and end with 和. A list of things that are
no places (耕地320亩、林地180亩) keeps the county as its scope. Expected values are written from the notice.
"""
from tests.notice_targets import checked_targets

NOTICE = "targets_jinggu_tea_places_before_figures.txt"
COUNTY = "景谷傣族彝族自治县"


def _facts():
    return [(t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.kind) for t in checked_targets(NOTICE)]


def test_each_place_before_a_figure_is_its_scope_and_the_measure_comes_from_before_fenbie():
    found = _facts()
    # 各乡镇现有茶园面积分别为：威远镇8.5万亩、永平镇6.1万亩、正兴镇5.3万亩、民乐镇4.8万亩 (a report)
    for value, town in ((85000, "威远镇"), (61000, "永平镇"), (53000, "正兴镇"), (48000, "民乐镇")):
        assert ("茶园面积", "=", value, "亩", town, "actual") in found
    # 到2026年，各乡镇新植生态茶园分别达到威远镇1.2万亩、永平镇8000亩和半坡乡6500亩 (no colon, 和 before the last)
    for value, town in ((12000, "威远镇"), (8000, "永平镇"), (6500, "半坡乡")):
        assert ("新植生态茶园", ">=", value, "亩", town, "target") in found


def test_no_place_is_taken_for_a_name_or_a_thing_that_is_no_place():
    found = _facts()
    assert not any(raw in ("威远镇", "永平镇", "半坡乡", "民乐镇") for raw, *_ in found)
    # 地块面积分别是：耕地320亩、林地180亩: kinds of land, not places
    assert {scope for raw, _, value, *rest in found if value in (320, 180) for scope in [rest[1]]} == {COUNTY}
    # 全县现有茶园面积32.6万亩: the county's own total
    assert ("茶园面积", "=", 326000, "亩", COUNTY, "actual") in found


def test_each_prefecture_level_city_is_a_group_of_places(tmp_path):
    # 每个地级市至少建成1个…: a figure for each of the province's 地级市 (blind set 24 a5), like 每个县（市、区）
    path = tmp_path / "targets_guangdong_each_prefecture_city.txt"
    path.write_text("广东省人民政府办公厅关于加快发展县域商业体系的实施意见\n\n各地级以上市人民政府，省政府各部门、各直属机构：\n"
                    "    到2026年，每个地级市至少建成2个县域商业物流配送中心。\n\n广东省人民政府办公厅\n2024年4月2日\n",
                    encoding="utf-8")
    from pipeline.runner import extract_document
    found = [(t.indicator_raw, t.value, t.scope) for t in extract_document(str(path))[1]["targets"]]
    assert found == [("县域商业物流配送中心", 2, "各地级市")]
