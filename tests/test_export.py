"""The pandas entry point (``from pipeline import load``), ``zhengce export`` (XLSX, Parquet) and the
``compare``/``export`` commands through click's CliRunner."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from pipeline import load
from pipeline.cli import cli
from pipeline.export import export

TABLES = {"notices", "targets", "tasks", "agencies", "members", "citations", "documents", "files"}


def test_load_counts_facts_once_per_notice_with_regions_joined(corpus_db):
    frames = load(corpus_db)
    assert set(frames) == TABLES
    notices = frames["notices"]
    assert len(notices) == 5 and len(frames["documents"]) == 15 and len(frames["files"]) == 15
    # every copy traceable: three documents and three files per notice (txt, docx, pdf)
    assert all(len(ids) == 3 for ids in notices["document_ids"])
    assert {Path(p).suffix for p in notices["file_paths"].iloc[0]} == {".txt", ".docx", ".pdf"}
    # ordered by province then city: 山西 (泽州县, 阳泉市) … 重庆
    assert list(notices["region"]) == ["泽州县", "阳泉市", "嘉兴市", "韶关市", "渝中区"]
    targets = frames["targets"]
    yangquan = targets[(targets.region == "阳泉市") & (targets.indicator == "5G用户占比")]
    assert len(yangquan) == 1 and yangquan.iloc[0]["value"] == 50 and yangquan.iloc[0]["province"] == "山西省"
    # one notice's tasks, not three copies of them
    assert targets.groupby("notice_id")["document_id"].nunique().max() == 1
    assert frames["tasks"].groupby("notice_id")["document_id"].nunique().max() == 1


def test_load_decodes_json_lists(corpus_db):
    frames = load(corpus_db)
    tasks = frames["tasks"]
    assert all(isinstance(v, list) for v in tasks["lead"])
    # 渝中: the 区经信委 leads tasks; its name is the full one
    yuzhong = tasks[tasks.region == "渝中区"]
    assert any("渝中区经济和信息化委员会" in names for names in yuzhong["lead"])
    documents = frames["documents"]
    assert all(isinstance(v, list) for v in documents["recipients"])
    assert "text" not in documents.columns
    members = frames["members"]
    assert {"region", "taskforce", "person", "role"} <= set(members.columns)
    agencies = frames["agencies"]
    assert all(isinstance(v, list) for v in agencies["aliases"])


def test_export_xlsx_has_a_sheet_per_table(corpus_db, tmp_path):
    from openpyxl import load_workbook

    export(corpus_db, tmp_path / "all.xlsx")
    book = load_workbook(tmp_path / "all.xlsx")
    assert set(book.sheetnames) == TABLES
    assert book["targets"].freeze_panes == "D2" and book["targets"]["A1"].font.bold
    sheets = pd.read_excel(tmp_path / "all.xlsx", sheet_name=None)
    assert len(sheets["notices"]) == 5
    lead = sheets["tasks"]["lead"].dropna()
    assert lead.str.contains("渝中区经济和信息化委员会").any()


def test_export_parquet_keeps_lists(corpus_db, tmp_path):
    written = export(corpus_db, tmp_path / "parquet")
    assert {p.stem for p in written} == TABLES
    tasks = pd.read_parquet(tmp_path / "parquet" / "tasks.parquet")
    assert any("渝中区经济和信息化委员会" in list(v) for v in tasks["lead"])
    targets = pd.read_parquet(tmp_path / "parquet" / "targets.parquet")
    assert len(targets) == len(load(corpus_db)["targets"])


# --- the commands ---------------------------------------------------------------------------------

def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_compare_table(our_db):
    result = invoke("compare", "--db", str(our_db))
    assert result.exit_code == 0
    assert "城市家庭千兆光纤网络覆盖率 (%; 全国 ≥80 %)" in result.output
    assert "绵阳市" in result.output and "≥22 % (2023-12-31) ✗" in result.output
    assert "6500 座 → 6500 个" in result.output


def test_cli_compare_writes_each_format(our_db, tmp_path):
    for suffix in ("csv", "xlsx", "json", "md"):
        out = tmp_path / f"m.{suffix}"
        result = invoke("compare", "--db", str(our_db), "--all", "--out", str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert len(pd.read_csv(tmp_path / "m.csv", encoding="utf-8-sig")) == 4  # 芜湖 ×3, 绵阳
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["mode"] == "all"
    assert "| 芜湖市 · 芜政办〔2021〕12号" in (tmp_path / "m.md").read_text(encoding="utf-8")


def test_cli_compare_chart(our_db, tmp_path):
    result = invoke("compare", "--db", str(our_db), "-i", "5G用户占比", "--chart", str(tmp_path / "c.svg"))
    assert result.exit_code == 0 and (tmp_path / "c.svg").exists()
    result = invoke("compare", "--db", str(our_db), "--chart", str(tmp_path / "c.svg"))
    assert result.exit_code == 2 and "--chart draws one indicator" in result.output


def test_cli_compare_says_what_went_wrong(our_db, tmp_path):
    result = invoke("compare", "--db", str(our_db), "-i", "5G基站")
    assert result.exit_code == 1 and "close names that exist" in result.output and "Traceback" not in result.output
    result = invoke("compare", "--db", str(our_db), "-r", "合肥")
    assert result.exit_code == 1 and "芜湖市" in result.output
    result = invoke("compare", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "zhengce run" in result.output
    result = invoke("compare", "--db", str(our_db), "-f", "xlsx")
    assert result.exit_code == 2 and "--out" in result.output
    result = invoke("compare", "--db", str(our_db), "-k", "plan")
    assert result.exit_code == 1 and "kinds in the database" in result.output


def test_cli_export(our_db, tmp_path):
    result = invoke("export", "--db", str(our_db), "--out", str(tmp_path / "all.xlsx"))
    assert result.exit_code == 0 and (tmp_path / "all.xlsx").exists()
    result = invoke("export", "--db", str(our_db), "--out", str(tmp_path / "pq"), "--format", "parquet")
    assert result.exit_code == 0 and len(list((tmp_path / "pq").glob("*.parquet"))) == len(TABLES)
    result = invoke("export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x.xlsx"))
    assert result.exit_code == 1 and "zhengce run" in result.output


def test_cli_export_rejects_a_folder_for_xlsx(our_db, tmp_path):
    result = invoke("export", "--db", str(our_db), "--out", str(tmp_path / "folder"), "--format", "xlsx")
    assert result.exit_code == 1 and ".xlsx" in result.output
