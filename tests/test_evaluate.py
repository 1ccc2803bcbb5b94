"""zhengce evaluate: scoring a database against gold files."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import (evaluate, format_report, load_gold, norm_doc_number, score_citations, score_members,
                               score_metadata, score_targets, score_tasks, similar_words, to_json)
from pipeline.runner import run

ROOT = Path(__file__).resolve().parent.parent


def target(**kw):
    base = {"indicator": "5G用户占比", "indicator_raw": "5G用户占比", "kind": "target", "scope": "阳泉市",
            "comparator": ">", "value": 50, "value_max": None, "unit": "%", "deadline": "2023-12-31", "rank": None}
    base.update(kw)
    return base


def test_targets_match_on_indicator_value_unit_scope_then_attribute_accuracy():
    gold = [target(), target(indicator="5G基站数", value=3000, unit="个"), target(indicator=None,
                                                                                 indicator_raw="完成率", value=52.36)]
    pred = [target(comparator=">="), target(indicator="5G基站数", value=3000.0000001, unit="个", deadline=None),
            target(indicator=None, indicator_raw="2023年5G基站建设任务完成率", value=52.36),
            target(scope="嘉兴市")]
    prf = score_targets(gold, pred)
    assert (prf.tp, prf.n_pred, prf.n_gold) == (3, 4, 3)
    assert prf.precision == 0.75 and prf.recall == 1.0 and round(prf.f1, 4) == 0.8571
    assert prf.accuracy("comparator") == 2 / 3 and prf.accuracy("deadline") == 2 / 3


def test_a_null_gold_indicator_is_matched_by_the_notices_words():
    gold = [target(indicator=None, indicator_raw="获得省、市专项扶持资金的企业单位数", value=30, unit="家")]
    assert score_targets(gold, [target(indicator=None, indicator_raw="企业单位获得省、市专项扶持资金", value=30,
                                       unit="家")]).tp == 1
    assert score_targets(gold, [target(indicator="5G基站数", value=30, unit="家")]).tp == 0
    assert not similar_words("数据中心算力", "5G用户占比")
    # a canonical name the stored fact has beyond the gold's (a mapping the annotator did not have)
    gold = [target(indicator=None, indicator_raw="数字经济核心产业增加值占GDP比重", value=10, unit="%")]
    assert score_targets(gold, [target(indicator="数字经济核心产业增加值占比", value=10, unit="%",
                                       indicator_raw="数字经济核心产业增加值占GDP比重")]).tp == 1


def test_scope_can_be_ignored_and_tasks_can_be_limited_to_assigned_ones(tmp_path):
    assert score_targets([target()], [target(scope="全国")]).tp == 0
    assert score_targets([target()], [target(scope="全国")], with_scope=False).tp == 1
    tasks = score_tasks([{"text_start": "市科委负责技术交易场所的监督管理"}],
                        [{"text": "第五条 市科委负责技术交易场所的监督管理。"}])
    assert tasks.tp == 1  # an article number leads the stored text
    assert score_tasks([{"text_start": "支持企业技术改造"}], [{"text": "三、支持企业技术改造。对…"}]).tp == 1


def test_a_titled_item_is_the_same_task_whether_its_title_is_read_or_not():
    titled = {"text": "（二）健全工作机制。各县区民政局要于6月底前建立联席会议制度。"}
    untitled = {"text": "各县区民政局要于6月底前建立联席会议制度。"}
    assert score_tasks([{"text_start": "各县区民政局要于6月底前建立"}], [titled]).tp == 1
    assert score_tasks([{"text_start": "健全工作机制。各县区民政局要于6月底"}], [untitled]).tp == 1
    # a title is a short first sentence: a task that merely begins the same way is not matched by its second sentence
    assert score_tasks([{"text_start": "各县区民政局要于6月底前建立"}],
                       [{"text": "市民政局负责统筹全市养老服务设施布局规划和建设工作，按年度推进落实。各县区民政局要于6月底前建立…"}]).tp == 0
    assert score_tasks([{"text_start": "市财政局要保障工作经费"}], [untitled]).tp == 0


def test_units_and_document_numbers_are_normalized():
    assert score_targets([target(unit="个/每万人")], [target(unit="个/万人")]).tp == 1
    assert norm_doc_number("阳政办发[2023]71号") == norm_doc_number("阳政办发〔2023〕71号")
    assert norm_doc_number("韶工信函（2023）157号（B）") == "韶工信函〔2023〕157号（B）"


def test_a_tasks_agencies_compare_with_their_brackets_folded():
    gold = [{"text_start": "拓展公共区域充电网络", "responsible": ["各县〔市、区〕人民政府"], "partner": ["市［区］财政局"]}]
    stored = [{"text": "拓展公共区域充电网络。在医院……", "responsible": ["各县（市、区）人民政府"], "partner": ["市(区)财政局"]}]
    prf = score_tasks(gold, stored)
    assert prf.tp == 1 and prf.attrs["responsible"] == [1, 1] and prf.attrs["partner"] == [1, 1]
    assert score_tasks(gold, [dict(stored[0], responsible=["各县人民政府"])]).attrs["responsible"] == [0, 1]


def test_metadata_citations_tasks_members():
    meta = score_metadata({"title": "关于 印发", "recipients": ["甲", "乙"], "county": None},
                          {"title": "关于印发", "recipients": '["乙", "甲"]', "county": "某县"})
    assert meta.accuracy("title") == 1 and meta.accuracy("recipients") == 1 and meta.accuracy("county") == 0

    cites = score_citations([{"cited_title": "甲方案", "cited_doc_number": "某发[2020]1号"}],
                            [{"cited_title": "《甲方案》", "cited_doc_number": "某发〔2020〕1号"}, {"cited_title": "乙"}])
    assert (cites.tp, cites.precision, cites.recall) == (1, 0.5, 1.0)

    tasks = score_tasks(
        [{"text_start": "推进光纤网络、5G基站建设纳入规划", "lead": [], "responsible": ["各县（区）人民政府"], "partner": [],
          "deadline": None, "recurrence": None}],
        [{"text": "1. 推进光纤网络、5G 基站建设纳入规划，并…", "lead": [], "responsible": ["各县〈区〉人民政府"],
          "partner": [], "deadline": None, "recurrence": None}])
    assert tasks.tp == 1 and tasks.accuracy("responsible") == 1 and tasks.accuracy("recurrence") == 1

    members = score_members(
        [{"role": "组长", "person": "石峰", "position": "副市长", "organization": None},
         {"role": "成员", "person": None, "position": "分管领导", "organization": "各乡（镇）人民政府"}],
        [{"role": "组长", "person": "石 峰", "position": "副市长", "organization": None},
         {"role": "成员", "person": None, "position": "分管领导", "organization": "各乡(镇)人民政府"}])
    assert members.tp == 2 and members.accuracy("organization") == 1


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval")
    db = folder / "x.db"
    run([ROOT / "corpus/text/000_yangquan_notice.txt", ROOT / "corpus/text/002_jiaxing_notice.txt"], db)
    return db


def test_evaluate_the_seeds_against_their_gold(seed_db):
    report = evaluate(seed_db, ROOT / "tests/gold")
    assert [d["file_name"] for d in report["documents"]] == ["000_yangquan_notice.txt", "002_jiaxing_notice.txt"]
    overall = report["overall"]["targets"]
    assert overall.f1 >= 0.95 and overall.accuracy("comparator") >= 0.95 and overall.accuracy("deadline") >= 0.95
    assert set(report["unmatched_gold"]) == {"001.json", "003.json", "004.json"}


def test_evaluate_counts_a_missing_and_a_wrong_target(seed_db, tmp_path):
    gold = json.loads((ROOT / "tests/gold/000.json").read_text(encoding="utf-8"))
    gold["targets"][0]["deadline"] = "2024-12-31"  # a deadline the extractor does not give
    gold["targets"].append(target(indicator="5G基站数", value=999, unit="个"))  # a target it does not find
    del gold["tasks"], gold["taskforces"], gold["citations"], gold["metadata"]  # parts not annotated: not scored
    (tmp_path / "mine.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate(seed_db, tmp_path)
    (doc,) = report["documents"]
    prf = doc["scores"]["targets"]
    assert (prf.tp, prf.n_pred, prf.n_gold) == (7, 7, 8)
    assert prf.accuracy("deadline") == 6 / 7
    assert set(doc["scores"]) == {"targets", "targets_any_scope"}
    data = to_json(report)
    assert data["overall"]["targets"]["recall"] == 0.875
    assert "OVERALL" in format_report(report)
    # what went wrong, fact by fact
    errors = data["documents"][0]["scores"]["targets"]["errors"]
    assert [e["what"] for e in errors] == ["missed", "deadline"]
    assert "999" in errors[0]["gold"] and "2024-12-31" in errors[1]["gold"] and errors[1]["stored"] == "2023-12-31"
    listing = format_report(report, errors=True)
    assert "✗ targets missed:" in listing and "999" in listing and "✗ targets.deadline: gold" in listing
    assert "✗" not in format_report(report)


def test_spurious_facts_are_listed(seed_db, tmp_path):
    gold = json.loads((ROOT / "tests/gold/000.json").read_text(encoding="utf-8"))
    dropped = gold["targets"].pop(0)
    (tmp_path / "mine.json").write_text(json.dumps({"match": gold["match"], "targets": gold["targets"]},
                                                   ensure_ascii=False), encoding="utf-8")
    (doc,) = evaluate(seed_db, tmp_path)["documents"]
    ((what, gold_side, stored),) = doc["scores"]["targets"].errors
    assert what == "spurious" and gold_side is None and str(int(dropped["value"])) in stored


def test_match_prefix_defaults_to_the_notice_name(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"notice": "017", "targets": []}), encoding="utf-8")
    assert load_gold(tmp_path)[0]["match"] == ["017_"]


def test_cli(seed_db, tmp_path):
    shutil.copy(ROOT / "tests/gold/000.json", tmp_path / "000.json")
    runner = CliRunner()
    result = runner.invoke(cli, ["evaluate", "--gold", str(tmp_path), "--db", str(seed_db)])
    assert result.exit_code == 0, result.output
    assert "000_yangquan_notice.txt" in result.output and "OVERALL" in result.output and "targets" in result.output
    result = runner.invoke(cli, ["evaluate", "--gold", str(tmp_path), "--db", str(seed_db), "--json"])
    data = json.loads(result.output)
    assert data["overall"]["targets"]["f1"] == 1.0
    result = runner.invoke(cli, ["evaluate", "--gold", str(tmp_path), "--db", str(seed_db), "--errors"])
    assert result.exit_code == 0 and "OVERALL" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(cli, ["evaluate", "--gold", str(empty), "--db", str(seed_db)])
    assert result.exit_code != 0 and "no document" in result.output


def test_a_gold_file_scores_only_the_target_kinds_it_annotated(tmp_path):
    """Gold written before requirement and support says so (target_kinds); newer gold scores every kind."""
    notice = tmp_path / "notices" / "k1_notice.txt"
    notice.parent.mkdir()
    notice.write_text("某市人民政府\n\n到2025年，全市新建5G基站3000个。对新建5G基站给予每个1万元补贴。\n", encoding="utf-8")
    db = tmp_path / "k.db"
    run([notice.parent], db)
    goal = target(indicator="新建5G基站数", indicator_raw="新建5G基站", value=3000, unit="个", scope="某市",
                  comparator=">=", deadline="2025-12-31")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"match": ["k1_"], "targets": [goal]}
    (gold_dir / "k1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    prf = evaluate(db, gold_dir)["overall"]["targets"]
    assert (prf.tp, prf.n_pred, prf.n_gold) == (1, 2, 1)  # the subsidy (support) is a fact this gold lacks
    gold["target_kinds"] = ["target", "actual", "baseline"]
    (gold_dir / "k1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    prf = evaluate(db, gold_dir)["overall"]["targets"]
    assert (prf.tp, prf.n_pred, prf.n_gold) == (1, 1, 1)
