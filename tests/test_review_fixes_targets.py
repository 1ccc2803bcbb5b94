"""Review fixes of the targets extractor, as families: a category row of an indicator table is no end of the name above
it; a kind of place a list counts (示范村, 生态乡镇) is no place; a land-use figure of the whole region, or under a date of
its own, is the region's goal by that year, not a standard each project meets; instalments named together
(第二年和第三年各 / 第二至四年各) are one fact each; cost splits between levels (两级财政, 4:3:3 among three, no 比例, levels
with 级 and no 财政); a class list at the very start of a text.
Each test runs a short notice of our own (other places, topics and figures than the notices reviewed); the expected facts
are written from the notice text.
"""
from tests.notice_targets import cover_notice, written_targets

ADDRESSEES = "各乡镇人民政府，各有关部门"
DATE = "2025年6月18日"


def _targets(tmp_path, body: str, org: str = "某某县人民政府办公室", title: str = "某某县乡村振兴资金管理办法",
             suffix: str = ".txt") -> list:
    text = cover_notice(org, title, body, ADDRESSEES, DATE)
    return written_targets(tmp_path / f"notice{suffix}", text)


def _by_name(targets) -> dict:
    return {t.indicator_raw: t for t in targets}


def test_a_category_row_with_empty_cells_is_not_glued_to_the_indicator_above(tmp_path):
    body = ("\n附表：主要指标\n\n| 指标 | 2022年 | 2027年 | 属性 |\n|---|---|---|---|\n"
            "| 一般公共预算收入增速 | 4 | 6 | 预期性 |\n| 社会民生 |  |  |  |\n| 城镇登记失业率 | 3.8 | 4.5 | 预期性 |\n"
            "| 生态环境 |  |  |  |\n| 空气质量优良天数比率（%） | 85 | 88 | 约束性 |\n")
    targets = _targets(tmp_path, body, title="某某市“十五五”社会发展规划", suffix=".md")
    names = {t.indicator_raw for t in targets}
    assert not any("社会民生" in n or "生态环境" in n for n in names), names
    unemployment = [t for t in targets if t.indicator_raw == "城镇登记失业率" and t.kind == "target"]
    assert unemployment and unemployment[0].value == 4.5 and unemployment[0].comparator == "<=", targets


def test_a_name_cut_over_two_rows_is_still_joined(tmp_path):
    body = ("\n附表：主要指标\n\n| 指标 | 2022年 | 2027年 | 属性 |\n|---|---|---|---|\n"
            "| 城镇生活垃圾无害化处理覆盖人 | 92 | 98 | 约束性 |\n| 口比例（%） |  |  |  |\n")
    targets = _targets(tmp_path, body, title="某某市“十五五”社会发展规划", suffix=".md")
    assert any(t.indicator_raw.startswith("城镇生活垃圾无害化处理覆盖人口比例") and t.value == 98 for t in targets), targets


def test_kinds_of_places_under_an_announcing_line_are_no_places(tmp_path):
    body = ("2026年全县创建任务分解如下：\n生态文明示范村  12个\n和美乡镇  4个\n书香社区  6个\n零碳园区  1个\n各乡镇要抓好落实。")
    targets = _targets(tmp_path, body)
    scopes = {t.scope for t in targets}
    assert not scopes & {"生态文明示范村", "和美乡镇", "书香社区", "零碳园区"}, targets
    assert {t.value for t in targets} >= {12, 4, 6, 1}, targets


def test_places_under_an_announcing_line_keep_their_scope(tmp_path):
    body = ("2026年高标准农田建设任务分解如下：\n桥头镇  2200亩\n石门乡：1600亩\n河西街道  400亩\n全县合计  4200亩\n"
            "各乡镇要按时完成。")
    targets = _targets(tmp_path, body, title="某某县高标准农田建设实施方案")
    found = {t.scope: t for t in targets if t.indicator_raw == "高标准农田建设任务"}
    assert {"桥头镇", "石门乡", "河西街道"} <= set(found), found
    assert found["石门乡"].value == 1600 and found["桥头镇"].deadline == "2026-12-31", found


def test_a_land_use_figure_of_the_whole_region_is_a_dated_goal(tmp_path):
    body = ("一、主要目标。到2027年，全县城区建成区绿地率不低于40%。到2028年，全县新建产业项目建筑密度不低于35%。\n"
            "二、建设标准。物流仓储项目容积率不低于0.8。")
    found = {t.value: t for t in _targets(tmp_path, body, title="某某县园林县城创建方案")}
    assert (found[35].kind, found[35].deadline) == ("target", "2028-12-31"), found[35]
    assert (found[0.8].kind, found[0.8].deadline) == ("requirement", None), found[0.8]
    assert found[40].kind == "target" and found[40].deadline == "2027-12-31", found[40]


def test_instalments_named_together_are_one_fact_each(tmp_path):
    body = ("一、安居补助分三年兑现，首年兑现50%，第二年和第三年各兑现25%。\n"
            "二、创业扶持资金分四年拨付，第一年拨付40%，第二至四年各拨付20%。")
    found = _by_name(_targets(tmp_path, body))
    for name, value in (("安居补助首年兑现比例", 50), ("安居补助第二年兑现比例", 25), ("安居补助第三年兑现比例", 25),
                        ("创业扶持资金第一年拨付比例", 40), ("创业扶持资金第二年拨付比例", 20),
                        ("创业扶持资金第三年拨付比例", 20), ("创业扶持资金第四年拨付比例", 20)):
        assert name in found, found
        assert (found[name].kind, found[name].value, found[name].unit) == ("support", value, "%"), found[name]
    assert not any("至" in name for name in found), found


def test_cost_splits_between_levels_are_one_share_per_level(tmp_path):
    body = ("一、养护补助资金由州、县两级财政按6:4比例分担。\n二、所需经费由省财政与州县按5:3:2比例承担。\n"
            "三、奖补资金由县财政与乡镇按7∶3分担。\n四、培训经费由省级和县级按8:2比例负担。\n五、宣传经费由州与县按5:5比例分担。")
    found = _by_name(_targets(tmp_path, body))
    expected = {"养护补助资金州级财政分担比例": 60, "养护补助资金县级财政分担比例": 40, "省财政承担比例": 50,
                "州承担比例": 30, "县承担比例": 20, "奖补资金县财政分担比例": 70, "奖补资金乡镇分担比例": 30,
                "培训经费省级负担比例": 80, "培训经费县级负担比例": 20}
    for name, value in expected.items():
        assert name in found, found
        assert (found[name].kind, found[name].comparator, found[name].value) == ("support", "=", value), found[name]
    assert not any("两级" in name or "宣传" in name for name in found), found  # places alone say who pays


def test_a_class_list_opening_the_text_names_each_class(tmp_path):
    path = tmp_path / "notice.txt"
    targets = written_targets(path, "幼儿班（2—3岁）不超过12人、小龄班（3—4岁）不超过20人设置班级规模。\n")
    found = _by_name(targets)
    assert found.get("幼儿班班级规模") is not None and found["幼儿班班级规模"].value == 12, found
    assert found.get("小龄班班级规模") is not None and found["小龄班班级规模"].value == 20, found
