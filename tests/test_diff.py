"""zhengce diff: predecessors, what changed, and where the text came from.

Variants of the seed notices are made here by string edits of corpus/text/*.txt (a target raised,
another lowered, a deadline moved, a task removed, a member replaced, a paragraph rewritten); the
diff must report exactly those changes. The expected values are the edits themselves, read off the
notices' text.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.diff.compose import diff_notice
from pipeline.diff.predecessors import band_candidates, doc_number_family, same_series, series_key
from pipeline.fingerprint import mask_figures, passages
from pipeline.runner import run
from tests.conftest import CORPUS, ROOT

YUZHONG = CORPUS / "text" / "001_yuzhong_notice.txt"
JIAXING = CORPUS / "text" / "002_jiaxing_notice.txt"
SEEDS = ["000_yangquan_notice", "001_yuzhong_notice", "002_jiaxing_notice", "003_zezhou_notice", "004_shaoguan_reply"]

# each edit: (what the seed says, what the variant says); every one must occur in the seed
RAISED = ("每万人拥有5G基站数达35个以上", "每万人拥有5G基站数达40个以上")  # body and task table
LOWERED = ("5G用户占比达45%以上", "5G用户占比达40%以上")
MOVED = ("引导各机关企事业单位升级千兆宽带。\n\t区经信委\n\t各有关单位\n\t2023年10月",
         "引导各机关企事业单位升级千兆宽带。\n\t区经信委\n\t各有关单位\n\t2023年12月")
REPLACED = ("何    健  区财政局副局长", "赵    敏  区财政局副局长")
REWRITTEN = ("（四）营造良好氛围。通过新闻发布、专题报道等形式，宣传千兆城市创建工作的部署和要求，"
             "积极开展双千兆网络“进社区、进楼宇、进家庭”，",
             "（四）营造良好氛围。依托区融媒体中心和各街道宣传阵地，集中展示千兆城市创建的阶段成果，"
             "组织双千兆网络体验活动走进社区和商圈，")
# task-table row 21 of attachment 1, removed whole
REMOVED_ROW = "\t21\n\t\n\t辖区街道及所属社区积极办理升级千兆宽带，广泛动员辖区居民参与“千兆城市”建设。\n\t各街道\n\t——\n\t2023年10月\n"


def _edit(text: str, *edits: tuple[str, str]) -> str:
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def library_db(tmp_path_factory) -> Path:
    """The seeds in three formats and every notice of tests/ (other cities, topics and years)."""
    db = tmp_path_factory.mktemp("library") / "policies.db"
    run([CORPUS, ROOT / "tests" / "notices", *sorted((ROOT / "tests").glob("unseen*/notices"))], db, workers=2)
    return db


@pytest.fixture(scope="module")
def variant(tmp_path_factory) -> Path:
    text = YUZHONG.read_text(encoding="utf-8")
    assert REMOVED_ROW in text
    text = _edit(text.replace(REMOVED_ROW, ""), RAISED, LOWERED, MOVED, REPLACED, REWRITTEN)
    path = tmp_path_factory.mktemp("variant") / "001_yuzhong_revised.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _notice_of(db: Path, file_name: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select notice_id from documents where file_name = ?", [file_name]).fetchone()[0]
    finally:
        conn.close()


def _facts(result: dict) -> dict:
    return {kind: changes for kind, changes in result["changes"].items() if kind != "text"}


def _assert_the_variants_facts(result: dict) -> None:
    facts = _facts(result)
    assert facts["metadata"] == [] and facts["agencies"] == []

    targets = {c["label"]: c for c in facts["targets"]}
    assert sorted(targets) == ["5G用户占比 @ 渝中区", "每万人拥有5G基站数 @ 渝中区"]
    raised, lowered = targets["每万人拥有5G基站数 @ 渝中区"], targets["5G用户占比 @ 渝中区"]
    assert raised["what"] == ["value"] and lowered["what"] == ["value"]
    assert (raised["details"]["value"]["old"], raised["details"]["value"]["new"]) == (35, 40)
    assert raised["details"]["value"]["delta"] == 5 and raised["details"]["value"]["verdict"] == "stricter"
    assert (lowered["details"]["value"]["old"], lowered["details"]["value"]["new"]) == (45, 40)
    assert lowered["details"]["value"]["delta"] == -5 and lowered["details"]["value"]["verdict"] == "looser"

    tasks = facts["tasks"]
    assert sorted(c["change"] for c in tasks) == ["changed", "removed"]
    removed = next(c for c in tasks if c["change"] == "removed")
    assert removed["old"]["text"].startswith("辖区街道及所属社区积极办理升级千兆宽带") and removed["new"] is None
    moved = next(c for c in tasks if c["change"] == "changed")
    assert moved["new"]["text"].startswith("引导各机关企事业单位升级千兆宽带")
    assert moved["what"] == ["deadline"]
    assert moved["details"]["deadline"]["old"] == "2023-10-31" and moved["details"]["deadline"]["new"] == "2023-12-31"
    assert moved["details"]["deadline"]["verdict"] == "later"

    members = sorted((c["change"], (c["old"] or c["new"])["person"]) for c in facts["members"])
    assert members == [("joined", "赵敏"), ("left", "何健")]


def test_a_variant_reports_exactly_its_changes(library_db, variant):
    result = diff_notice(str(variant), library_db, str(YUZHONG))
    _assert_the_variants_facts(result)
    text = result["changes"]["text"]
    assert [c["change"] for c in text] == ["rewritten"]
    assert text[0]["new"]["evidence"].startswith("（四）营造良好氛围。依托区融媒体中心")
    assert text[0]["old"]["evidence"].startswith("（四）营造良好氛围。通过新闻发布")
    # every evidence span indexes its notice's text
    for kind in result["changes"].values():
        for change in kind:
            for side in ("old", "new"):
                row = change[side]
                if row and row.get("char_start") is not None and "evidence" in row:
                    assert result["texts"][side][row["char_start"]:row["char_end"]] == row["evidence"]


def test_without_old_the_variant_is_diffed_against_its_stored_predecessor(library_db, variant):
    result = diff_notice(str(variant), library_db)
    stored = _notice_of(library_db, YUZHONG.name)
    assert result["old"]["notice_id"] == stored
    first = result["predecessors"][0]
    assert first["notice_id"] == stored
    assert {"same_notice", "series", "shared_text"} <= {r["kind"] for r in first["reasons"]}
    # the stored copy is the DOCX: the facts are the same, the layout of its tables is not compared
    _assert_the_variants_facts(result)


def test_an_identical_copy_reports_no_change(library_db, tmp_path):
    copy = tmp_path / "copy of yuzhong.txt"
    shutil.copy(YUZHONG, copy)
    result = diff_notice(str(copy), library_db, str(YUZHONG))
    assert result["counts"] == {"metadata": 0, "targets": 0, "tasks": 0, "agencies": 0, "members": 0, "text": 0}
    # the stored text copy, named by its document id: the rows SQLite holds read as the file's do
    stored = hashlib.sha256(YUZHONG.read_bytes()).hexdigest()
    by_id = diff_notice(stored, library_db, str(copy))
    assert by_id["old"]["label"] == str(copy) and by_id["new"]["document_id"] == stored
    assert sum(by_id["counts"].values()) == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_the_same_notice_as_pdf_and_as_docx_reports_no_change_in_facts(seed):
    result = diff_notice(str(CORPUS / "pdf" / f"{seed}.pdf"), None, str(CORPUS / "docx" / f"{seed}.docx"))
    assert _facts(result) == {"metadata": [], "targets": [], "tasks": [], "agencies": [], "members": []}


def test_next_years_plan_finds_last_years_and_the_sentences_it_reuses_with_new_figures(library_db, tmp_path):
    text = _edit(JIAXING.read_text(encoding="utf-8"), ("嘉经信数经〔2022〕51号", "嘉经信数经〔2023〕18号"),
                 ("2022年7月4日", "2023年7月10日"), ("到2022年底", "到2023年底"),
                 ("5G基站规模超10000个", "5G基站规模超12000个"))
    path = tmp_path / "jiaxing_2023.txt"
    path.write_text(text, encoding="utf-8")
    result = diff_notice(str(path), library_db)
    stored = _notice_of(library_db, JIAXING.name)
    first = result["predecessors"][0]
    assert first["notice_id"] == stored and result["old"]["notice_id"] == stored
    reasons = {r["kind"]: r["detail"] for r in first["reasons"]}
    assert "same_notice" not in reasons  # another 文号 and another date: a new notice
    assert "嘉经信数经〔2022〕51号 → 嘉经信数经〔2023〕18号" in reasons["doc_number_family"]
    assert "series" in reasons

    exact = diff_notice(str(path), library_db, str(JIAXING))  # the same format: the text compares too
    metadata = {c["label"]: c["details"][c["label"]] for c in exact["changes"]["metadata"]}
    assert metadata == {"doc_number": {"old": "嘉经信数经〔2022〕51号", "new": "嘉经信数经〔2023〕18号"},
                        "issue_date": {"old": "2022-07-04", "new": "2023-07-10"}}
    targets = exact["changes"]["targets"]
    assert {c["change"] for c in targets} == {"changed"}
    # every goal of the paragraph headed 到2022年底 moves a year; one of them is also raised
    assert all(c["details"]["deadline"]["old"] == "2022-12-31" and c["details"]["deadline"]["new"] == "2023-12-31"
               for c in targets)
    raised = [c for c in targets if "value" in c["details"]]
    assert [(c["label"], c["details"]["value"]["old"], c["details"]["value"]["new"]) for c in raised] == [
        ("5G基站数 @ 嘉兴市", 10000, 12000)]
    assert exact["changes"]["text"] == [] and exact["changes"]["tasks"] == []
    # the sentence is found in last year's plan, with its figures changed
    passage = next(p for p in result["reuse"]["passages"] if "5G基站规模超12000个" in p["evidence"])
    source = next(s for s in passage["sources"] if s["notice_id"] == stored)
    assert {"old": "10000", "new": "12000"} in source["figures_changed"] and not source["verbatim"]
    assert passage["changed"]


def test_reuse_of_ministry_wording_lists_its_sources_earliest_first_and_marks_boilerplate(library_db):
    yangquan = _notice_of(library_db, "000_yangquan_notice.txt")
    jiaxing, yuzhong = _notice_of(library_db, JIAXING.name), _notice_of(library_db, YUZHONG.name)
    reuse = diff_notice(yangquan, library_db)["reuse"]
    # 阳泉 (2023-09-28) shares the MIIT action plan's wording with 嘉兴 (2022-07-04) and 渝中 (2023-06-02)
    passage = next(p for p in reuse["passages"] if "引导用户接入终端升级" in p["evidence"])
    assert not passage["boilerplate"]
    assert [s["notice_id"] for s in passage["sources"]] == [jiaxing, yuzhong]
    assert [s["issue_date"] for s in passage["sources"]] == ["2022-07-04", "2023-06-02"]
    assert "通过推进家庭内部布线改造、千兆无线局域网组网优化以及引导用户接入终端升级等" in passage["sources"][0]["evidence"]
    assert passage["sources"][0]["verbatim"]
    # the disclosure note closes notices of many cities: boilerplate, kept out of the headline share
    boilerplate = next(p for p in reuse["passages"] if p["evidence"] == "（此件公开发布）")
    assert boilerplate["boilerplate"] and boilerplate["notices"] >= reuse["boilerplate_threshold"]
    assert 0 < reuse["share"] < 1 and reuse["boilerplate_share"] > 0
    # no passage comes from the notice itself (its DOCX and PDF copies included)
    assert all(s["notice_id"] != yangquan for p in reuse["passages"] for s in p["sources"])


def test_reuse_reads_documents_stored_before_the_passage_index(library_db, tmp_path):
    old_db = tmp_path / "old.db"
    shutil.copy(library_db, old_db)
    conn = sqlite3.connect(old_db)
    with conn:
        conn.execute("delete from passages where document_id in (select id from documents where file_name like '002_%')")
    conn.close()
    reuse = diff_notice(_notice_of(old_db, "000_yangquan_notice.txt"), old_db)["reuse"]
    passage = next(p for p in reuse["passages"] if "引导用户接入终端升级" in p["evidence"])
    assert [s["issue_date"] for s in passage["sources"]] == ["2022-07-04", "2023-06-02"]


def test_a_series_and_a_document_number_family_are_read_from_other_wordings():
    assert doc_number_family("阳政办发〔2022〕45号") == ("阳政办发", 2022, 45)
    assert doc_number_family("桂政办发〔2023〕7号")[0] == doc_number_family("桂政办发〔2024〕19号")[0]
    assert doc_number_family("某府办发〔20196") is None and doc_number_family(None) is None
    assert series_key("南宁市人民政府办公室关于印发南宁市数字经济发展2023年工作要点的通知") == "南宁市数字经济发展#年工作要点"
    assert same_series("关于印发《南宁市数字经济发展2023年工作要点》的通知", "南宁市人民政府办公室关于印发南宁市数字经济发展2024年工作要点的通知")
    assert not same_series("南宁市数字经济发展2023年工作要点", "南宁市农村公路养护管理办法")


def test_lsh_bands_find_a_signature_sharing_one_band_and_not_one_sharing_none():
    import numpy as np

    rng = np.random.default_rng(7)
    stored = rng.integers(0, 2**32, size=(3, 128), dtype=np.uint32)
    query = rng.integers(0, 2**32, size=128, dtype=np.uint32)
    stored[1, 10:12] = query[10:12]  # one whole band (values 10 and 11)
    stored[2, 11:13] = query[11:13]  # two values, but in two different bands
    assert band_candidates(stored, query).tolist() == [1]


def test_passages_mask_figures_and_skip_dates_and_short_clauses():
    text = "到2023年年底，全市建成5G基站3000个以上。\n2023年9月28日印发\n加强组织领导"
    found = [text[p.char_start:p.char_end] for p in passages(text)]
    assert found == ["全市建成5G基站3000个以上"]
    again = passages("全市建成5G基站4500个以上")
    assert again[0].hash == passages(text)[0].hash
    assert mask_figures("达到 1.2万个") == "达到#万个"


def test_a_lower_is_better_indicator_lowered_is_stricter(tmp_path, monkeypatch):
    from pipeline.diff.facts import target_changes
    from pipeline.diff.sides import Side

    extra = tmp_path / "energy.json"
    extra.write_text(json.dumps({"indicators": [{"name": "单位GDP能耗", "unit": "吨标准煤/万元", "direction": "lower"}]},
                                ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ZHENGCE_INDICATORS", str(extra))

    def side(energy: float, water: float) -> Side:
        targets = [{"indicator": "单位GDP能耗", "scope": "某市", "kind": "target", "comparator": ">=",
                    "value": energy, "unit": "吨标准煤/万元", "deadline": "2025-12-31"},
                   {"indicator": None, "indicator_raw": "万元GDP用水量", "scope": "某市", "kind": "target",
                    "comparator": "<=", "value": water, "unit": "立方米", "deadline": "2025-12-31"}]
        return Side("x", "d", None, {}, "", None, targets=targets)

    changes = {c["label"]: c["details"]["value"]["verdict"] for c in target_changes(side(0.5, 30), side(0.45, 33))}
    # the data says lower is better for 能耗; a ceiling (<=) says it for water use, which no entry names
    assert changes == {"单位GDP能耗 @ 某市": "stricter", "万元GDP用水量 @ 某市": "looser"}


# --- the command ---------------------------------------------------------------------------------------

def test_cli_text_json_and_html(library_db, variant, tmp_path):
    runner = CliRunner()
    text = runner.invoke(cli, ["diff", str(variant), str(YUZHONG), "--against", str(library_db)])
    assert text.exit_code == 0, text.output
    assert "Targets" in text.output and "stricter (1)" in text.output and "赵敏" in text.output
    assert "Text reuse" in text.output

    as_json = runner.invoke(cli, ["diff", str(variant), str(YUZHONG), "--against", str(library_db), "-f", "json"])
    data = json.loads(as_json.output)
    assert data["schema"] == "zhengce.diff/1" and "texts" not in data
    assert data["counts"] == {"metadata": 0, "targets": 2, "tasks": 2, "agencies": 0, "members": 2, "text": 1}

    page = tmp_path / "diff.html"
    html = runner.invoke(cli, ["diff", str(variant), str(YUZHONG), "--against", str(library_db), "-f", "html",
                               "--out", str(page)])
    assert html.exit_code == 0, html.output
    content = page.read_text(encoding="utf-8")
    assert "<script" not in content and "<link" not in content and "src=" not in content  # offline: one file
    # each change links to its evidence, and the anchor sits in the text at that span
    assert 'href="#new-' in content and 'id="new-' in content and 'href="#old-' in content
    assert '<a id="reuse-0"></a>' in content and 'class="reuse"' in content


def test_cli_reports_an_unknown_notice_without_a_traceback(library_db):
    result = CliRunner().invoke(cli, ["diff", "no-such-notice", "--against", str(library_db)])
    assert result.exit_code == 1
    assert "no such file, and no stored notice or document has this id" in result.output
    assert "Traceback" not in result.output


def test_cli_store_adds_the_new_notice_through_the_runner(library_db, variant, tmp_path):
    db = tmp_path / "p.db"
    shutil.copy(library_db, db)
    before = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
    result = CliRunner().invoke(cli, ["diff", str(variant), "--against", str(db), "--store", "-f", "json"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from documents").fetchone()[0] == before + 1
    assert conn.execute("select count(*) from passages p join documents d on d.id = p.document_id "
                        "where d.file_name = ?", [variant.name]).fetchone()[0] > 0
    conn.close()


def test_cli_says_why_a_file_cannot_be_diffed(library_db):
    runner = CliRunner()
    truncated = runner.invoke(cli, ["diff", str(ROOT / "tests" / "fixtures" / "003_zezhou_truncated.pdf"),
                                    "--against", str(library_db)])
    assert truncated.exit_code == 1 and "corrupt:" in truncated.output and "Traceback" not in truncated.output
    locked = runner.invoke(cli, ["diff", str(ROOT / "tests" / "fixtures" / "001_yuzhong_encrypted_userpw.pdf"),
                                 str(YUZHONG), "--against", str(library_db)])
    assert locked.exit_code == 1 and "encrypted:" in locked.output


def test_a_new_lead_and_a_reworded_task(tmp_path):
    text = _edit(YUZHONG.read_text(encoding="utf-8"),
                 ("\t区城管局\n\t各基础电信企业\n", "\t区住建委\n\t各基础电信企业\n"),  # row 8's lead
                 ("聚焦信息消费新需求、新期待，加快“双千兆”网络在超高清视频、AR/VR等消费领域的业务应用。",
                  "围绕信息消费新需求，加快“双千兆”网络在超高清视频、AR/VR、云游戏等消费领域的业务应用。"))
    path = tmp_path / "yuzhong_leads.txt"
    path.write_text(text, encoding="utf-8")
    changes = diff_notice(str(path), None, str(YUZHONG))["changes"]
    tasks = {c["what"][0]: c for c in changes["tasks"]}
    assert sorted(tasks) == ["lead", "text"] and all(len(c["what"]) == 1 for c in changes["tasks"])
    assert tasks["lead"]["details"]["lead"] == {"added": ["渝中区住房和城乡建设委员会"], "removed": ["渝中区城市管理局"]}
    assert tasks["text"]["new"]["text"].startswith("围绕信息消费新需求")
    assert not tasks["text"]["details"]["text"]["figures_only"]
    assert [(c["change"], c["label"]) for c in changes["agencies"]] == [
        ("involved", "渝中区住房和城乡建设委员会"), ("dropped", "渝中区城市管理局")]
    # the sentence is also in the body's section (四), which is no task: a rewritten paragraph
    assert [c["change"] for c in changes["text"]] == ["rewritten"]
    assert changes["text"][0]["new"]["evidence"].startswith("（四）大力推动“双千兆”网络应用创新")
    assert changes["targets"] == changes["members"] == changes["metadata"] == []
