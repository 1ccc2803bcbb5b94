"""Rules, support and rates in other wordings than blind set 6 (tests/unseen6): a county's elderly-care measures
of our own (tests/notices/targets_pengyang_elderly_care_measures.txt) and short documents.

Families: rates per population (150/10万) and ages that name a class of people (60岁及以上老年人); a list of
figures sharing one comparator (首次突破100张、200张、300张); lower-is-better head words of a table row
(安全事故发生率) read from schemas/indicators.json; a table cell giving a change (下降25%); eligibility thresholds
inside 对…的 (after an item number too); 分别 paired with the things listed; the unit of an amount per thing
(每人每月 → 元/月, 每个 → 元/个); time limits of administrative steps (15个工作日内拨付, 10日内完成核查); a
standard every unit must meet (每个乡镇至少配备3名); a rule a modal earlier in the sentence makes (应当…，
净宽不小于1.4米). Expected values are written from the notice, not from program output.
"""
from pathlib import Path

from extractors.targets import extract_targets
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.runner import extract_document
from pipeline.structure import structure

NOTICE = Path(__file__).resolve().parent / "notices" / "targets_pengyang_elderly_care_measures.txt"


def _targets():
    doc, results, _ = extract_document(str(NOTICE))
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results["targets"]


def _doc(*paragraphs):
    blocks = [Block("text", "某县人民政府"), Block("text", "2024年3月1日")] + [Block("text", p) for p in paragraphs]
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def _facts(t):
    return t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.deadline


def _by_value(targets, value, unit=None, kind=None):
    found = [t for t in targets if t.value == value and (unit is None or t.unit == unit) and (kind is None or t.kind == kind)]
    assert len(found) == 1, (value, unit, [(t.indicator_raw, t.value, t.unit) for t in targets])
    return found[0]


def test_rates_per_population_and_ages_that_name_people():
    targets = _targets()
    assert _facts(_by_value(targets, 150)) == ("target", "甲乙类传染病报告发病率", "<=", 150, "/10万", "2026-12-31")
    assert _facts(_by_value(targets, 75)) == ("target", "60岁及以上老年人健康管理率", ">=", 75, "%", "2026-12-31")
    assert _by_value(targets, 3, "‰").indicator_raw == "新生儿死亡率"
    assert _by_value(targets, 5, "‰").indicator_raw == "5岁以下儿童死亡率"
    assert not [t for t in targets if t.unit == "岁"]  # 60岁, 3岁, 5岁 name people, they are no figures


def test_parallel_items_dates_and_a_table_of_lower_is_better_rows():
    targets = _targets()
    assert (_by_value(targets, 100, "%").indicator_raw, _by_value(targets, 90, "%", "target").indicator_raw) == (
        "城区养老服务设施覆盖率", "农村养老服务设施覆盖率")
    # 2024年、2025年护理型床位占比分别达到50%、55%: each year its figure, the words shared
    assert [(t.indicator_raw, t.deadline) for t in targets if t.value in (50, 55)] == [
        ("护理型床位占比", "2024-12-31"), ("护理型床位占比", "2025-12-31")]
    # 安全事故发生率 (a head word of schemas/indicators.json's direction_words): the 2026 cell is a ceiling
    assert _facts(_by_value(targets, 0.3)) == ("target", "养老机构安全事故发生率", "<=", 0.3, "%", "2026-12-31")
    assert _facts(_by_value(targets, 0.6)) == ("actual", "养老机构安全事故发生率", "=", 0.6, "%", "2023-12-31")
    assert _facts(_by_value(targets, 25)) == ("target", "失能老人入住等待时间降幅", ">=", 25, "%", "2026-12-31")


def test_eligibility_thresholds_and_the_support_they_open():
    targets = _targets()
    assert _facts(_by_value(targets, 5000)) == ("requirement", "年服务量", ">=", 5000, "人次", None)
    assert _facts(_by_value(targets, 90, "%", "requirement")) == ("requirement", "满意度", ">=", 90, "%", None)
    # 首次突破100张、200张、300张的: three thresholds, each 突破 (>)
    assert [(t.kind, t.comparator, t.value) for t in targets if t.unit == "张" and t.value >= 100 and t.kind != "target"] \
        == [("requirement", ">", 100), ("requirement", ">", 200), ("requirement", ">", 300)]
    awards = [(t.indicator_raw, t.value) for t in targets if t.kind == "support" and t.unit == "元" and t.value in (5e4, 8e4, 1e5, 1.2e5)]
    assert awards == [("运营团队奖励", 5e4), ("运营团队奖励", 8e4), ("运营团队奖励", 1.2e5),
                      ("获评全国示范性老年友好型社区奖励", 1e5), ("自治区级示范性老年友好型社区的村（社区）奖励", 5e4)]


def test_units_of_amounts_per_thing_and_funds():
    targets = _targets()
    assert _facts(_by_value(targets, 800)) == ("support", "入住养老机构的特困老人护理补贴", "=", 800, "元/月", None)
    assert _facts(_by_value(targets, 5e6)) == ("support", "养老服务体系建设专项资金", ">=", 5e6, "元", None)
    assert _facts(_by_value(targets, 3e5)) == ("support", "单个机构年度运营补贴", "<=", 3e5, "元", None)
    # 每个给予不超过20万元: per 幸福院, the thing it is paid for kept in the unit (the gold convention since fix round 7)
    assert _facts(_by_value(targets, 2e5)) == ("support", "农村幸福院以奖代补资金", "<=", 2e5, "元/个", None)  # the thing built


def test_time_limits_standards_and_rules():
    targets = _targets()
    assert _facts(_by_value(targets, 15)) == ("requirement", "拨付时限", "<=", 15, "个工作日", None)
    assert _facts(_by_value(targets, 10, "日")) == ("requirement", "核查时限", "<=", 10, "日", None)
    # 分别不超过5个工作日、10个工作日: both bounded; undated time limits of a procedure, requirements (the guide's
    # requirement holds time limits)
    assert [(t.comparator, t.value) for t in targets if t.unit == "个工作日" and t.kind == "requirement"
            and t.value in (5, 10)] == [("<=", 5), ("<=", 10)]
    staff = _by_value(targets, 3, "名")
    assert (staff.kind, staff.comparator) == ("requirement", ">=")
    assert _facts(_by_value(targets, 1.4)) == ("requirement", "消防通道净宽", ">=", 1.4, "米", None)
    assert _facts(_by_value(targets, 200, "张", "target")) == ("target", "新增护理型床位", ">=", 200, "张", None)  # 每年新增
    assert [(t.kind, t.indicator_raw, t.comparator) for t in targets if t.unit == "年"] == [
        ("requirement", "养老服务质量监督员每届任期", "="), ("requirement", "有效期", "=")]


def test_a_share_named_by_what_it_is_a_share_of_and_a_planned_size():
    doc = _doc("职工100人以上的企业，应当按照不低于职工总数1%的比例配备专职安全员。",
               "建设现代物流园，规划面积3.5平方公里。",
               "对企业建设分布式光伏项目，补助比例由5%提高至8%。")
    targets = extract_targets(doc, {})
    share = _by_value(targets, 1, "%")
    assert (share.kind, share.indicator_raw, share.comparator) == ("requirement", "专职安全员占职工总数比例", ">=")
    area = _by_value(targets, 3.5)
    assert (area.indicator_raw, area.comparator) == ("规划面积", "=")
    assert (_by_value(targets, 8).kind, _by_value(targets, 8).comparator) == ("support", "=")


def test_names_made_of_magnitudes_are_no_figures():
    doc = _doc("到2025年，全县道路交通万车死亡率、煤矿百万吨死亡率分别下降10%、15%，培育千亿元级产业集群。")
    targets = extract_targets(doc, {})
    assert [(t.indicator_raw, t.value, t.unit) for t in targets] == [
        ("道路交通万车死亡率降幅", 10, "%"), ("煤矿百万吨死亡率降幅", 15, "%")]


def test_a_count_restated_as_all_of_them_is_no_new_figure():
    doc = _doc("到2025年，全县100个行政村全部通5G。",
               "依托3个中心卫生院建设区域医疗分中心，2024年底前，3个分中心全部投入使用。")
    targets = extract_targets(doc, {})
    assert [(t.value, t.unit) for t in targets if t.value in (100, 3)] == [(100, "个"), (3, "个")]
    assert "分中心全部投入使用" not in {t.indicator_raw for t in targets}
