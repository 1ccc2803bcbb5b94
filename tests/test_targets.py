"""The targets extractor: seeds against their gold files, and notices in other wordings."""
import json
import logging
from pathlib import Path

import pytest
import regex

from extractors import targets as targets_module
from extractors.targets import extract_targets, indicator_dictionary, top_level_cuts
from pipeline.errors import IngestError
from pipeline.evaluate import score_targets
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.runner import extract_document
from pipeline.structure import structure

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
NOTICES = ROOT / "tests" / "notices"
SEEDS = ["000_yangquan_notice", "001_yuzhong_notice", "002_jiaxing_notice", "003_zezhou_notice", "004_shaoguan_reply"]
FORMATS = {"txt": "corpus/text", "docx": "corpus/docx", "pdf": "corpus/pdf"}


def _rows(targets):
    return [{"indicator": t.indicator, "indicator_raw": t.indicator_raw, "kind": t.kind, "scope": t.scope,
             "comparator": t.comparator, "value": t.value, "value_max": t.value_max, "unit": t.unit,
             "deadline": t.deadline, "rank": t.rank} for t in targets]


@pytest.fixture(scope="module")
def extracted():
    cache = {}

    def get(path):
        if path not in cache:
            try:
                cache[path] = extract_document(path)
            except IngestError as exc:  # a backend still being written
                pytest.skip(f"{path}: {exc}")
        return cache[path]

    return get


def _gold(seed):
    return json.loads((GOLD / f"{seed[:3]}.json").read_text(encoding="utf-8"))


def _scored(gold, targets):
    """The stored targets of the kinds the gold annotated (the seeds' gold predates requirement and support)."""
    kinds = gold.get("target_kinds") or ["target", "actual", "baseline", "requirement", "support"]
    return _rows([t for t in targets if t.kind in kinds])


def _assert_spans(doc, targets):
    for t in targets:
        assert doc.text[t.char_start:t.char_end] == t.evidence, t
        for extra in t.also_at:
            assert doc.text[extra.char_start:extra.char_end] == extra.evidence


# ----------------------------------------------------------------------------------------- seeds

@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("seed", SEEDS)
def test_seed_targets_match_gold(extracted, seed, fmt):
    path = ROOT / FORMATS[fmt] / f"{seed}.{fmt}"
    doc, results, _ = extracted(str(path))
    prf = score_targets(_gold(seed)["targets"], _scored(_gold(seed), results["targets"]))
    assert prf.f1 >= 0.95, (prf.tp, prf.n_pred, prf.n_gold)
    assert prf.accuracy("comparator") >= 0.95
    assert prf.accuracy("deadline") >= 0.95
    _assert_spans(doc, results["targets"])


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_targets_without_metadata_fall_back_to_the_issuer_line(extracted, seed):
    """Until metadata is filled, the region and the notice date come from the text itself."""
    doc, _, _ = extracted(str(ROOT / "corpus/text" / f"{seed}.txt"))
    prf = score_targets(_gold(seed)["targets"], _scored(_gold(seed), extract_targets(doc, {})))
    assert prf.f1 >= 0.95 and prf.accuracy("deadline") >= 0.95


@pytest.mark.parametrize("seed", SEEDS)
def test_every_number_of_a_target_sentence_is_taken_or_explained(extracted, seed):
    doc, _, _ = extracted(str(ROOT / "corpus/text" / f"{seed}.txt"))
    skipped = []
    targets = extract_targets(doc, {}, lambda s, e, reason: skipped.append((s, e, reason)))
    assert all(reason for _, _, reason in skipped)
    spans = [(t.char_start, t.char_end) for t in targets] + [(e.char_start, e.char_end) for t in targets
                                                             for e in t.also_at]
    explained = {s for s, _, _ in skipped}
    for start, end in doc.paragraphs + [(c.char_start, c.char_end) for tb in doc.tables for r in tb.rows for c in r]:
        for s_start, s_end in top_level_cuts(doc.text, start, end, set("。！？")):
            if not any(s_start <= a < s_end for a, _ in spans):
                continue  # not a target sentence
            for m in regex.finditer(r"\d+(?:\.\d+)?", doc.text[s_start:s_end]):
                pos = s_start + m.start()
                assert pos in explained or any(a <= pos < b for a, b in spans), (doc.text[s_start:s_end], m.group())


def test_skipped_numbers_are_logged_with_a_reason(extracted, caplog):
    doc, _, _ = extracted(str(ROOT / "corpus/text/003_zezhou_notice.txt"))
    with caplog.at_level(logging.DEBUG, logger="extractors.targets"):
        targets = targets_module.extract(doc, {})
    messages = "\n".join(r.getMessage() for r in caplog.records)
    assert "ratio (5：2：3)" in messages
    assert "date" in messages
    # the electricity price the notice sets is a rule's figure (requirement), no longer a skipped number
    price = _find(targets, unit="元/千瓦时")
    assert (price.kind, price.value, price.comparator, price.indicator_raw) == ("requirement", 0.35, "=", "目标电价")


def test_seed_details(extracted):
    _, results, _ = extracted(str(ROOT / "corpus/text/004_shaoguan_reply.txt"))
    by_value = {t.value: t for t in results["targets"]}
    assert by_value[5141].rank == 17 and by_value[5141].kind == "actual"
    assert by_value[4.47].indicator is None and by_value[4.47].kind == "actual"
    baseline = next(t for t in results["targets"] if t.kind == "baseline")
    assert (baseline.scope, baseline.value, baseline.indicator) == ("全国", 25, "500Mbps及以上用户占比")
    reach = next(t for t in results["targets"] if t.deadline == "2023-09-30")
    assert reach.value == 25 and reach.kind == "target"
    _, results, _ = extracted(str(ROOT / "corpus/text/001_yuzhong_notice.txt"))
    ports = next(t for t in results["targets"] if t.indicator == "千兆光纤接入端口数")
    assert ports.also_at, "the body target and its annex row are stored once with both spans"


# ----------------------------------------------------------------------------------------- other notices

def _notice(name):
    return extract_document(str(NOTICES / name))


def _find(targets, **want):
    found = [t for t in targets if all(getattr(t, k) == v for k, v in want.items())]
    assert found, f"no target with {want}: {_rows(targets)}"
    return found[0]


def test_digital_economy_notice():
    doc, results, _ = _notice("targets_hefei_digital_economy.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    t = _find(targets, value=12, unit="%")
    assert (t.indicator, t.indicator_raw, t.comparator, t.deadline) == (  # a 十四五 main indicator
        "数字经济核心产业增加值占GDP比重", "数字经济核心产业增加值占GDP比重", ">=", "2025-12-31")
    t = _find(targets, unit="PFLOPS")
    assert (t.value, t.indicator_raw) == (200, "数据中心算力")
    t = _find(targets, value=8, unit="个")
    assert (t.indicator_raw, t.comparator) == ("新建省级以上重点实验室", ">=")
    assert _find(targets, value=5e10, unit="元").comparator == ">"  # a money goal is kept
    # 新建/新开通 is not 累计
    assert _find(targets, value=15000).indicator == "5G基站数"
    assert _find(targets, value=3000).indicator == "新建5G基站数"
    assert _find(targets, value=60, unit="%").indicator == "5G用户占比"  # 百分之六十
    assert _find(targets, value=2e8).comparator == "~"  # 约
    t = _find(targets, value=30, value_max=40)
    assert t.deadline == "2024-12-31" and t.deadline_raw == "今年底前"  # resolved against the notice date
    assert _find(targets, value=2000, unit="个").indicator_raw == "数字化车间"  # the measure's words, no verb
    # a subsidy is support (its amount per unit as written); the 1:1 ratio is no figure
    t = _find(targets, unit="元/千瓦时")
    assert (t.kind, t.value, t.comparator, t.indicator_raw, t.deadline) == ("support", 0.5, "=", "新建5G基站电费补贴", None)
    assert len(targets) == 11


def test_approximate_and_unitless_levels_and_cumulative_after_new():
    doc, results, _ = _notice("targets_xiangyang_computing_plan.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    assert _find(targets, value=8000, unit="架").comparator == "~"  # 达到…左右 is approximate
    t = _find(targets, value=1.25)  # PUE has no unit: a level bounded by 不高于
    assert (t.indicator, t.indicator_raw, t.unit, t.comparator, t.deadline) == (
        None, "新建数据中心电能利用效率（PUE）", None, "<=", "2026-12-31")  # new centres only: not the PUE of all
    assert _find(targets, value=1200).indicator == "新建5G基站数"
    t = _find(targets, value=9000)  # 累计 right after 新开通: the cumulative count, not new stations
    assert (t.indicator, t.deadline) == ("5G基站数", "2025-12-31")
    assert _find(targets, value=98, unit="%").indicator is None  # 行政村 is not the 重点场所 indicator
    assert _find(targets, value=100, unit="%").indicator == "重点场所5G网络通达率"
    assert [t.value for t in targets if t.unit is None] == [1.25]  # no year, no 1：1 ratio taken as a level
    assert len(targets) == 7


def test_this_indicator_points_back_to_the_sentence_before():
    doc, results, _ = _notice("targets_liuzhou_proposal_reply.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    t = _find(targets, value=72)  # 一是千兆光网覆盖率偏低。这一指标目前为72%
    assert (t.indicator, t.indicator_raw, t.kind) == ("城市家庭千兆光纤网络覆盖率", "千兆光网覆盖率", "actual")
    t = _find(targets, kind="baseline")
    assert (t.indicator, t.value, t.scope) == ("城市家庭千兆光纤网络覆盖率", 80, "全国")
    t = _find(targets, value=8)
    assert (t.indicator, t.unit, t.kind, t.scope) == (None, "个百分点", "actual", "柳州市")
    assert t.indicator_raw.startswith("千兆光网覆盖率")
    t = _find(targets, value=250000)  # 新增…3万户，累计超过25万户
    assert (t.indicator_raw, t.comparator, t.deadline) == ("累计千兆宽带用户", ">", "2023-12-31")
    assert _find(targets, value=30000).indicator_raw == "新增千兆宽带用户"
    assert len(targets) == 8


def test_traditional_characters_come_out_simplified():
    doc, results, _ = _notice("targets_taizhou_traditional.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    assert {(t.indicator, t.value, t.unit, t.comparator) for t in targets} == {
        ("5G基站数", 12000, "个", ">="), ("每万人拥有5G基站数", 25, "个/万人", ">="),
        ("城市家庭千兆光纤网络覆盖率", 90, "%", ">"), ("新建5G基站数", 2000, "个", ">=")}
    assert {t.scope for t in targets} == {"台州市"} and {t.deadline for t in targets} == {"2024-12-31"}


def test_bulletin_of_actuals_with_rankings_in_prose():
    doc, results, _ = _notice("targets_hubei_ranking_bulletin.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    # 一、工作进展 reports: figures are actuals as of the date the section opens with
    t = _find(targets, indicator="千兆光纤接入端口数")  # a paragraph of its own, with no date
    assert (t.kind, t.comparator, t.deadline, t.scope) == ("actual", "=", "2023-09-30", "湖北省")
    t = _find(targets, value=21000)  # 2022年 in a notice of 2023-10: a past figure, not a goal
    assert (t.indicator, t.kind, t.deadline) == ("新建5G基站数", "actual", "2022-12-31")
    # the figures inside 评价标准（…、…） are national thresholds, each with its own words
    baselines = sorted((t.indicator, t.indicator_raw, t.value) for t in targets if t.kind == "baseline")
    assert baselines == [("500Mbps及以上用户占比", "500Mbps及以上用户占比", 25),
                         ("城市10G-PON端口占比", "城市10G-PON端口占比", 25)]
    assert {t.scope for t in targets if t.kind == "baseline"} == {"全国"}
    assert not [t for t in targets if t.value == 17]  # 17个市州均已达标 counts cities, it is no indicator
    # rankings in prose, the indicator named by 从…来看 / 就…而言: the rank goes onto the table figure
    assert _find(targets, scope="武汉市", indicator="5G用户占比").rank == 1  # 分别以…位列全省前两位
    assert _find(targets, scope="宜昌市", indicator="5G用户占比").value == 41.8
    t = _find(targets, scope="襄阳市", indicator="城市家庭千兆光纤网络覆盖率")  # 以96.3%居全省首位
    assert (t.value, t.rank, len(t.also_at)) == (96.3, 1, 1)
    assert _find(targets, scope="黄石市", indicator="城市家庭千兆光纤网络覆盖率").rank == 12
    assert _find(targets, scope="荆州市", indicator="5G基站数").rank == 4  # （7400个）… 依次位居全省第4、3位
    assert _find(targets, scope="宜昌市", indicator="5G基站数").rank == 3
    assert _find(targets, scope="宜昌市", indicator="5G基站数").unit == "个"  # （个，累计）: the unit beside a qualifier
    assert not [t for t in targets if t.indicator_raw in ("以", "位列全省前两位")]
    # 三、下一步工作: goals again; a latency bound in 毫秒; 1名分管负责同志 is a staffing rule
    t = _find(targets, unit="毫秒")
    assert (t.value, t.comparator, t.kind, t.deadline) == (20, "<=", "target", "2024-12-31")
    assert _find(targets, value=130000).kind == "target"
    # 各市州要明确1名分管负责同志: a staffing rule, a requirement named by the post (the guide's staffing rule)
    assert [(t.indicator_raw, t.kind, t.comparator, t.value) for t in targets if t.unit == "名"] == [
        ("分管负责同志", "requirement", "=", 1)]
    assert len(targets) == 22  # 21 figures and the staffing rule


def test_a_quota_its_completion_rate_counts_in_times_and_a_figure_stated_twice():
    doc, results, _ = _notice("targets_anqing_quota_and_table.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    # 新建5G基站980个，完成省下达年度任务（900个）的108.9%: the quota is that indicator's goal, the share a report
    t = _find(targets, value=900)
    assert (t.indicator, t.indicator_raw, t.kind, t.comparator) == ("新建5G基站数", "省下达年度任务", "target", ">=")
    t = _find(targets, value=108.9)
    assert (t.indicator, t.kind, t.comparator, t.deadline) == (None, "actual", "=", "2023-12-31")
    assert _find(targets, value=980).kind == "actual"  # 2023年 in a 2024 notice
    t = _find(targets, unit="次")  # a count of visits; 第3次全体会议 is an ordinal
    assert (t.value, t.comparator, t.indicator_raw) == (0.5, "<=", "政务服务事项平均跑动次数")
    assert [t.value for t in targets if t.unit == "次"] == [0.5]
    # the prose stock and the table's 公共充电桩累计数量 are one figure; 新增 1000 is another
    t = _find(targets, value=3000)
    assert (t.indicator, len(t.also_at)) == (None, 1)
    assert _find(targets, value=1000).also_at == []
    assert len(targets) == 7


def test_district_bulletin_ranks_without_figures_and_goals_announced_as_a_list():
    doc, results, _ = _notice("targets_nanchong_district_bulletin.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    # 一、总体情况: 达到 reports a level (=); money that measures the economy is kept; 8个县（市、区）…均 counts
    assert (_find(targets, value=3120000).comparator, _find(targets, value=3120000).kind) == ("=", "actual")
    assert _find(targets, value=3.15e9).indicator_raw == "农村电商网络零售额"
    assert not [t for t in targets if t.value == 8]
    # 评价指标（…、…）: national thresholds
    assert sorted(t.indicator for t in targets if t.kind == "baseline") == ["5G用户占比", "城市10G-PON端口占比"]
    # 某区、某区分别为61.2%、58.4%: each district its figure, one record with the table's
    t = _find(targets, scope="高坪区", indicator="5G用户占比")
    assert (t.value, len(t.also_at)) == (58.4, 1)
    assert not [t for t in targets if t.scope == "南充市" and t.value in (61.2, 58.4)]
    # ranks stated apart from the figures (居全市首位, 分列第二、三位, 居全市末位 = the last of five)
    ranks = {t.scope: t.rank for t in targets if t.indicator == "城市家庭千兆光纤网络覆盖率"}
    assert ranks == {"顺庆区": 1, "高坪区": 2, "嘉陵区": 3, "阆中市": None, "南部县": 5}
    # 到2024年底，…主要目标如下：: the date holds for the items under it; 其中2024年、2025年分别新建…
    assert {t.deadline for t in targets if t.kind == "target" and t.value != 2500} == {"2024-12-31"}
    assert (_find(targets, value=2500).indicator, _find(targets, value=2500).deadline) == ("新建5G基站数", "2025-12-31")
    # 农村 is not the urban MIIT indicator; 新增 ports are not the stock of 10G-PON ports
    assert _find(targets, value=60).indicator is None and _find(targets, value=20000).indicator is None
    # 年交易额1000万元以上的…企业15家: the money only says which firms are counted, part of the count's name (the
    # annotation guide's gold of blind sets 4, 23 and 40), no fact of its own
    assert not [t for t in targets if t.value == 1e7]
    t = _find(targets, value=15, unit="家")
    assert (t.kind, t.indicator_raw) == ("target", "培育年交易额1000万元以上的农村电商企业")
    assert len(targets) == 27


def test_national_table_of_actuals_one_row_per_city():
    doc, results, _ = _notice("targets_ministry_city_table.txt")
    table = [t for t in results["targets"] if t.scope.endswith("市")]
    _assert_spans(doc, table)
    assert {t.kind for t in table} == {"actual"} and {t.comparator for t in table} == {"="}
    assert {t.deadline for t in table} == {"2023-06-30"}  # 2023年第二季度 in the table title
    t = _find(table, scope="石家庄市", indicator="500Mbps及以上用户数")
    assert (t.value, t.unit) == (456000, "户")  # （万户） in the header
    assert _find(table, scope="唐山市", indicator="5G用户占比").value == 35
    assert _find(table, scope="保定市", indicator="每万人拥有5G基站数").unit == "个/万人"
    assert not [t for t in table if t.scope == "唐山市" and t.indicator == "500Mbps及以上用户数"]  # "/"
    assert len(table) == 11


def test_per_district_table():
    doc, results, _ = _notice("targets_shaoxing_district_table.txt")
    targets = results["targets"]
    _assert_spans(doc, targets)
    t = _find(targets, scope="柯桥区", value=520)
    assert (t.indicator, t.deadline, t.kind) == ("新建5G基站数", "2024-12-31", "target")
    assert _find(targets, scope="诸暨市", value=3600).indicator == "5G基站数"
    # the body sentence and the table row 越城区 500 are one target with two places
    assert len(_find(targets, scope="越城区", value=500).also_at) == 1
    assert _find(targets, scope="柯桥区", value=500).also_at == []  # the table says 520
    # the 合计 row repeats the city-wide goals
    assert len(_find(targets, scope="绍兴市", value=3000).also_at) == 1


def _table_doc(title, rows, header_rows=1, body=""):
    blocks = [Block("text", "某市人民政府办公室"), Block("text", "2023年5月10日")]
    if body:
        blocks.append(Block("text", body))
    blocks += [Block("text", title), Block("table", rows=rows, header_rows=header_rows)]
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def test_table_header_broken_over_lines():
    doc = _table_doc("2023年第一季度各地市5G发展情况", [
        ["序号", "地市", "5G 用户\n占比(%)", "每万人拥有\n5G基站数（个）"],
        ["1", "甲市", "38", "21.5"],
        ["2", "乙市", "41%", "/"],
    ])
    targets = extract_targets(doc, {})
    _assert_spans(doc, targets)
    assert {(t.scope, t.indicator, t.value, t.unit) for t in targets} == {
        ("甲市", "5G用户占比", 38, "%"), ("甲市", "每万人拥有5G基站数", 21.5, "个/万人"), ("乙市", "5G用户占比", 41, "%")}
    assert {(t.kind, t.deadline) for t in targets} == {("actual", "2023-03-31")}


def test_indicator_table_with_year_columns_and_a_unit_column():
    doc = _table_doc("主要指标", [
        ["序号", "指标名称", "单位", "2023年", "2025年"],
        ["1", "5G基站数", "万个", "1.2", "2"],
        ["2", "数据中心机架数", "个", "5000", "8000"],
    ])
    targets = extract_targets(doc, {})
    got = {(t.indicator or t.indicator_raw, t.value, t.unit, t.deadline) for t in targets}
    assert got == {("5G基站数", 12000, "个", "2023-12-31"), ("5G基站数", 20000, "个", "2025-12-31"),
                   ("数据中心标准机架数", 5000, "个", "2023-12-31"), ("数据中心标准机架数", 8000, "个", "2025-12-31")}
    assert {t.scope for t in targets} == {"某市"}


def test_entity_table_with_year_columns_takes_the_quantity_from_its_title():
    doc = _table_doc("某市5G基站建设年度任务表", [
        ["序号", "镇街", "2024年", "2025年"],
        ["1", "甲街道", "300", "350"],
    ])
    targets = extract_targets(doc, {})
    assert {(t.scope, t.indicator, t.value, t.deadline) for t in targets} == {
        ("甲街道", "新建5G基站数", 300, "2024-12-31"), ("甲街道", "新建5G基站数", 350, "2025-12-31")}


def test_unit_in_the_indicator_cell():
    doc = _table_doc("主要目标", [["序号", "指标名称", "2023年"], ["1", "5G基站数（万个）", "1.5"]])
    (t,) = extract_targets(doc, {})
    assert (t.indicator, t.indicator_raw, t.value, t.unit) == ("5G基站数", "5G基站数", 15000, "个")


def test_baseline_table():
    doc = _table_doc("千兆城市评价指标", [
        ["序号", "指标", "标准"],
        ["1", "5G用户占比", "25%"],
        ["2", "“双千兆”应用创新", "不少于5个"],
    ])
    targets = extract_targets(doc, {})
    assert {(t.kind, t.scope, t.indicator, t.comparator, t.value) for t in targets} == {
        ("baseline", "全国", "5G用户占比", ">=", 25), ("baseline", "全国", "双千兆应用创新案例数", ">=", 5)}


def test_sentence_level_rules():
    text = ("到2025年底，全市新建5G基站3000个，其中2024年底前建成1000个；甲区、乙区分别完成5个以上应用场景。"
            "截至2023年底，全市已建成5G基站2000个，居全省第3位。电费补贴标准为0.3元/千瓦时。")
    doc = structure(normalize(RawDocument("x.txt", "text", [Block("text", "某市人民政府"), Block("text", text)])))
    targets = extract_targets(doc, {})
    _assert_spans(doc, targets)
    assert _find(targets, value=3000).deadline == "2025-12-31"
    assert _find(targets, value=1000).deadline == "2024-12-31"  # a clause with its own date overrides
    assert {t.scope for t in targets if t.value == 5} == {"甲区", "乙区"}
    actual = _find(targets, value=2000)
    assert (actual.kind, actual.rank, actual.deadline, actual.comparator) == ("actual", 3, "2023-12-31", "=")
    assert not [t for t in targets if t.unit == "元/千瓦时"]
    assert {t.scope for t in targets if t.value in (3000, 1000)} == {"某市"}


def test_respectively_pairs_items_and_figures():
    doc = structure(normalize(RawDocument("x.txt", "text", [Block("text", "某市人民政府"), Block(
        "text", "到2025年，5G用户占比、千兆宽带用户占比分别达到60%、30%。")])))
    targets = extract_targets(doc, {})
    assert {(t.indicator_raw, t.value, t.scope) for t in targets} == {
        ("5G用户占比", 60, "某市"), ("千兆宽带用户占比", 30, "某市")}
    assert _find(targets, value=60).indicator == "5G用户占比"


def test_unknown_quantity_is_kept_with_raw_words():
    doc = structure(normalize(RawDocument("x.txt", "text", [Block("text", "某县人民政府"), Block(
        "text", "到2026年，全县光伏装机容量达到50万千瓦。")])))
    t = extract_targets(doc, {})[0]
    assert (t.indicator, t.indicator_raw, t.value, t.unit, t.scope) == (None, "光伏装机容量", 500000, "千瓦", "某县")


def test_dictionary_is_extendable_without_code(tmp_path, monkeypatch):
    extra = tmp_path / "more.json"
    extra.write_text(json.dumps({"indicators": [{
        "name": "快递业务量", "unit": "件", "direction": "higher", "wordings": ["快递业务量", "快递业务总量"]}]},
        ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ZHENGCE_INDICATORS", str(extra))
    doc = structure(normalize(RawDocument("x.txt", "text", [Block("text", "某市人民政府"), Block(
        "text", "到2025年，全市快递业务总量达到10亿件。")])))
    t = extract_targets(doc, {})[0]
    assert (t.indicator, t.value, t.unit) == ("快递业务量", 1e9, "件")
    monkeypatch.delenv("ZHENGCE_INDICATORS")
    assert indicator_dictionary().by_name("快递业务量") is None


def test_dictionary_holds_the_miit_seven_and_the_others():
    names = {i.name for i in indicator_dictionary().indicators}
    miit = {i.name for i in indicator_dictionary().indicators if i.miit}
    assert miit == {"城市家庭千兆光纤网络覆盖率", "城市10G-PON端口占比", "重点场所5G网络通达率", "每万人拥有5G基站数",
                    "500Mbps及以上用户占比", "5G用户占比", "双千兆应用创新案例数"}
    assert {"5G基站数", "新建5G基站数", "5G基站占比", "5G用户数", "千兆光纤接入端口数", "千兆光纤接入端口占比",
            "10G-PON端口数", "500Mbps及以上用户数", "千兆光纤网络覆盖家庭数", "5G示范应用场景数"} <= names
    assert indicator_dictionary() is indicator_dictionary()  # loaded once


@pytest.mark.parametrize("words, unit, name", [
    ("重点场所5G网络通达率", "%", "重点场所5G网络通达率"),
    ("具备条件的嘎查村5G网络通达率", "%", None),  # villages are not 重点场所 (exclude, in the data)
    ("农村家庭千兆光纤覆盖率", "%", None),  # nor rural households urban ones
    ("新增10G-PON端口", "个", None),  # new ports are not the stock of ports
    ("10G-PON端口", "个", "10G-PON端口数"),
])
def test_exclude_words_keep_wordings_off_the_wrong_indicator(words, unit, name):
    found = indicator_dictionary().match(words, unit)
    assert (found.name if found else None) == name


def test_broken_input_never_crashes():
    doc = structure(normalize(RawDocument("x.txt", "text", [Block("text", "2020年6月31日前，达到%个，超过。5G、——/、万")])))
    assert isinstance(extract_targets(doc, {}), list)
