"""Table forms blind sets 31–34 (tests/unseen31..34) showed, on notices of our own in other cities, topics and
wordings; expected values are written from the notices.

- a two-row header whose upper row names the measure and its unit over year columns (``…回收网点（个）`` over
  2024年 | 2025年 | 2026年), a measure that holds 分类, a ``其中：…`` column, a 合计 row restating the prose goals;
- a table of grades whose rows name the graded thing (五星级养老机构, 区级示范养老机构), with text cells (不少于60张)
  and a column of standards (评定依据) that holds no figures; classes (甲类) under 人员类别, a 一人一策 and a — cell,
  安置费 given, a 补贴年限 term; a place table's 补助资金 column (money given each place, support);
- an indicator table whose names carry their row number (1.城镇新增就业), a five-year total with its sign inside
  the 〔〕 (〔>30〕), base/goal words in the year headers' brackets (2020年（基期）) that are no unit, and 亿元 cells.
"""
from tests.notice_targets import checked_targets

MERGED = "targets_xuancheng_recycling_points_merged_header.html"
GRADES = "targets_ganzhou_district_elderly_care_grades_md.md"
INDICATORS = "targets_suqian_jobs_plan_numbered_indicators.html"


def _facts(name):
    return {(t.indicator_raw, t.scope, t.value): (t.comparator, t.unit, t.kind, t.deadline) for t in checked_targets(name)}


def test_a_unit_in_the_upper_header_row_reaches_the_year_columns():
    facts = _facts(MERGED)
    points = "累计建成再生资源分类回收网点"
    assert facts[(points, "宣州区", 150)] == (">=", "个", "target", "2024-12-31")
    assert facts[(points, "宣州区", 260)] == (">=", "个", "target", "2025-12-31")
    assert facts[(points, "郎溪县", 220)] == (">=", "个", "target", "2026-12-31")
    assert not [k for k in facts if "（" in k[0] or "年" in k[0]]  # no header unit or year left in the words


def test_a_part_column_and_the_total_row():
    facts = _facts(MERGED)
    assert facts[("智能回收箱", "宁国市", 70)] == (">=", "台", "target", "2026-12-31")  # 其中：2026年智能回收箱（台）
    assert facts[("智能回收箱", "宣城市", 300)] == (">=", "台", "target", "2026-12-31")  # 合计, said nowhere else
    # the 合计 cells 420 / 760 / 1200 are the prose goals: one fact each, in the city
    for value, due in ((420, "2024-12-31"), (760, "2025-12-31"), (1200, "2026-12-31")):
        same = [k for k in facts if k[1] == "宣城市" and k[2] == value]
        assert len(same) == 1 and facts[same[0]][1:] == ("个", "target", due), same


def test_rows_of_grades_that_name_the_graded_thing():
    facts = _facts(GRADES)
    assert facts[("五星级养老机构护理型床位", "甘州区", 60)] == (">=", "张", "requirement", None)
    assert facts[("区级示范养老机构护理型床位", "甘州区", 20)] == (">=", "张", "requirement", None)
    assert facts[("四星级养老机构运营奖补标准", "甘州区", 120000)] == ("=", "元/家", "support", None)
    # 评定依据 holds a standard's code (GB/T 37276—2018): no figure
    assert not [k for k in facts if k[2] in (37276, 2018)]


def test_classes_under_a_category_header():
    facts = _facts(GRADES)
    assert facts[("甲类人员安置费", "甘州区", 80000)] == ("=", "元", "support", None)
    assert facts[("乙类人员生活补贴", "甘州区", 1500)] == ("=", "元/月", "support", None)
    assert facts[("丙类人员补贴年限", "甘州区", 2)] == ("=", "年", "requirement", None)
    assert not [k for k in facts if k[0].startswith("甲类") and k[0] != "甲类人员安置费"]  # 一人一策 / —


def test_money_given_each_place_is_support():
    facts = _facts(GRADES)
    got = {k: v for k, v in facts.items() if k[1] == "梁家墩镇"}
    # 补助资金（万元） 90: what the town is given (the 合计 restates the prose 360万元 and takes its words)
    assert got[("适老化改造补助资金", "梁家墩镇", 900000)][:3] == ("=", "元", "support")
    assert got[("改造户数", "梁家墩镇", 300)][:3] == (">=", "户", "target")
    assert len([k for k in facts if k[2] == 3600000]) == 1


def test_numbered_indicators_signed_totals_and_role_brackets():
    facts = _facts(INDICATORS)
    assert facts[("城镇新增就业", "宿迁市", 286000)] == ("=", "人", "actual", "2020-12-31")
    assert facts[("城镇新增就业", "宿迁市", 300000)] == (">", "人", "target", "2025-12-31")  # 〔>30〕
    assert facts[("城镇登记失业率", "宿迁市", 4)] == ("<=", "%", "target", "2025-12-31")
    assert facts[("劳动报酬总额", "宿迁市", 41230000000)] == ("=", "元", "actual", "2020-12-31")
    # no unit in the row: （基期）/（目标） name the columns' role, not a unit
    assert facts[("城乡居民收入比", "宿迁市", 1.86)] == ("=", None, "actual", "2020-12-31")
    assert facts[("城乡居民收入比", "宿迁市", 1.78)] == ("<=", None, "target", "2025-12-31")
    values = [t.value for t in checked_targets(INDICATORS) if t.indicator_raw == "劳动报酬总额"]
    assert 41230000000.0 in values  # exactly: 412.3 亿 without a float's tail
