"""Supports on new topics — names and units: a support given per head named by its own words (给予每人一次性安家
补助), a standard a support is carried out at (按…的标准落实X补助), a unit written with its base and period (元/人/月),
a paying standard raised per visit (由每人次8元提高到10元 → one support, 元/人次), a running support capped per
facility and year (元/年), a yearly award to a class of facilities, an amount added per the same thing, a case's added
support, awards by rank, an indicator name a page cut over two table rows, and the year a payment counts per (每满1年).
Each test runs a short notice of our own, in other places, topics and wordings than the blind notices; the expected
facts are written from the notice text.
"""
from tests.notice_targets import cover_notice, written_targets

DATE = "2025年4月8日"


def _targets(tmp_path, name: str, org: str, title: str, body: str) -> list:
    return written_targets(tmp_path / name, cover_notice(org, title, body, f"各县（市、区）人民政府，{org[:3]}各部门", DATE))


def _facts(targets) -> set:
    return {(t.kind, t.indicator_raw, t.comparator, t.value, t.unit) for t in targets}


def test_support_per_head_keeps_its_own_name_standard_carried_out_and_unit_with_period(tmp_path):
    body = ("（一）引进基层教师。对到乡村学校任教的师范类本科毕业生，给予每人一次性生活补助1.5万元。\n"
            "（二）提高待遇。各县要按照每人每月不低于400元的标准落实乡村教师生活补助，对在高海拔学校任教的教师，"
            "再增加150元/人/月的艰苦边远地区津贴。\n")
    targets = _targets(tmp_path, "teachers.txt", "甘孜州人民政府办公室", "关于加强乡村教师队伍建设的通知", body)
    paid = {t.value: (t.indicator_raw, t.comparator, t.unit) for t in targets if t.kind == "support"}
    assert paid[15000] == ("一次性生活补助", "=", "元/人"), paid
    assert paid[400] == ("乡村教师生活补助", ">=", "元/月"), paid
    assert paid[150][2] == "元/人/月" and "津贴" in paid[150][0], paid


def test_paying_standard_raised_per_visit_is_one_support_at_the_new_level(tmp_path):
    body = ("三、完善保障。门诊慢特病报销标准由每人次60元提高到90元。居民用水价格由每立方米2.5元调整为2.8元。\n")
    targets = _targets(tmp_path, "clinic.txt", "六盘水市人民政府", "关于完善基层医疗保障的通知", body)
    raised = [t for t in targets if t.unit == "元/人次"]
    assert [(t.kind, t.indicator_raw, t.comparator, t.value) for t in raised] == \
        [("support", "门诊慢特病报销标准", "=", 90.0)], _facts(targets)
    assert not any(t.value == 60 for t in targets), _facts(targets)  # the old level is left out


def test_running_award_capped_per_facility_and_year_and_class_paid_each_year(tmp_path):
    body = ("第六条 对年度服务量达到2万人次以上的老年食堂，按每人次2元给予运营奖励，每个老年食堂每年最高6万元。"
            "对评为示范食堂的老年食堂，每年一次性奖励5000元。\n"
            "第七条 县财政每年安排老年助餐专项资金200万元。对普惠托位给予运营补助，补助标准为每个托位每年3000元。\n")
    targets = _targets(tmp_path, "canteens.txt", "岳池县人民政府", "社区食堂扶持办法", body)
    paid = {t.value: (t.indicator_raw, t.comparator, t.unit) for t in targets if t.kind == "support"}
    assert paid[60000][1:] == ("<=", "元/年") and "运营奖励" in paid[60000][0], paid
    assert paid[5000][1:] == ("=", "元/年") and "示范食堂" in paid[5000][0], paid
    assert paid[2000000][2] == "元", paid  # a yearly budget is the amount
    assert paid[3000][2] == "元/个", paid  # a standard per slot, no cap: per the thing (as set 24's gold)


def test_amount_added_per_the_same_thing_and_a_cases_added_support(tmp_path):
    body = ("（三）保障经费。县财政按照每个调查村500元的标准给予工作经费补助，对山区调查村再增加200元。\n"
            "（四）补助标准。对新种植的茶园，按每亩300元给予补助；其中采用有机种植方式的，每亩再增加补助100元。\n")
    targets = _targets(tmp_path, "survey.txt", "松阳县人民政府办公室", "关于农业调查与茶园补助的通知", body)
    paid = {t.value: (t.indicator_raw, t.unit) for t in targets if t.kind == "support"}
    assert paid[200][1] == "元/个" and "增加" in paid[200][0], paid
    assert paid[100] == ("采用有机种植方式增加补助", "元/亩"), paid


def test_awards_by_rank_are_one_support_per_rank_with_the_issuers_scope(tmp_path):
    body = ("五、考核奖励。对年度考评排名前三的街道分别给予20万元、15万元、10万元的以奖代补资金。"
            "对综合评比前4名的村分别奖励5万元、4万元、3万元、2万元。\n")
    targets = _targets(tmp_path, "ranks.txt", "株洲市人民政府办公室", "关于开展环境卫生考评的通知", body)
    paid = {t.value: (t.indicator_raw, t.scope) for t in targets if t.kind == "support"}
    assert paid[200000] == ("年度考评第一名街道以奖代补资金", "株洲市"), paid
    assert paid[150000] == ("年度考评第二名街道以奖代补资金", "株洲市"), paid
    assert paid[100000] == ("年度考评第三名街道以奖代补资金", "株洲市"), paid
    assert paid[20000] == ("综合评比第四名村奖励", "株洲市"), paid
    assert not any(t.unit == "名" for t in targets), _facts(targets)  # 前4名: the ranks paid, no figure


def test_table_name_cut_over_two_rows_keeps_its_end_and_unit(tmp_path):
    body = ("主要指标见下表。\n"
            "指标\t2023年\t2025年\t属性\n"
            "每万常住\t2.1\t≥2.5\t预期性\n"
            "人口全科医生和乡镇卫生院执业医师数（人）\t\t\t\n"
            "乡镇卫生院达到服务能力标准比例（%）\t72\t≥85\t预期性\n")
    targets = _targets(tmp_path, "doctors.txt", "湘西州人民政府", "基层卫生人才队伍建设方案", body)
    name = "每万常住人口全科医生和乡镇卫生院执业医师数"
    assert ("actual", name, "=", 2.1, "人") in _facts(targets), _facts(targets)
    assert ("target", name, ">=", 2.5, "人") in _facts(targets), _facts(targets)


def test_each_full_year_a_payment_counts_per_is_no_figure(tmp_path):
    body = "对连续任职满8年的离任村干部，按每满1年任职年限每月发放不低于20元的生活补贴。\n"
    targets = _targets(tmp_path, "cadres.txt", "遵义市人民政府", "关于离任村干部生活补贴的通知", body)
    assert not any(t.value == 1 and t.unit == "年" for t in targets), _facts(targets)
    assert any(t.kind == "support" and t.value == 20 and t.unit == "元/月" for t in targets), _facts(targets)
