"""The same input gives the same database however it is extracted: one local worker, two, or the
workers of a Dask cluster (a LocalCluster here); a re-run on the cluster skips what is unchanged."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import distributed
import pytest
from click.testing import CliRunner

from bench.compare_databases import differences, table_contents
from pipeline import cluster
from pipeline.cli import cli
from pipeline.cluster import DaskEngine
from pipeline.runner import run
from tests.conftest import CORPUS, FIXTURES, ROOT


@pytest.fixture(scope="module")
def local_cluster():
    """Two worker processes of one thread each, as `dask worker --nworkers 2 --nthreads 1` starts."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as dask_cluster:
        yield dask_cluster


@pytest.fixture()
def mixed_folder(tmp_path) -> Path:
    """Every format, two names of one file's bytes, a file that fails and one that needs OCR."""
    folder = tmp_path / "in"
    for source in [CORPUS / "text" / "000_yangquan_notice.txt", CORPUS / "text" / "004_shaoguan_reply.txt",
                   CORPUS / "docx" / "002_jiaxing_notice.docx", CORPUS / "pdf" / "003_zezhou_notice.pdf",
                   ROOT / "tests" / "notices" / "meta_xining_portal_disclosure.html",
                   FIXTURES / "empty_0byte.pdf", FIXTURES / "002_jiaxing_scanned_imageonly.pdf"]:
        target = folder / source.parent.name / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    shutil.copy(CORPUS / "text" / "000_yangquan_notice.txt", folder / "text" / "copy_of_yangquan.txt")
    return folder


def test_one_worker_two_workers_and_a_local_cluster_give_identical_databases(tmp_path, mixed_folder, local_cluster):
    run([mixed_folder], tmp_path / "one.db", workers=1)
    run([mixed_folder], tmp_path / "two.db", workers=2)
    summary = run([mixed_folder], tmp_path / "dask.db", engine=DaskEngine(local_cluster.scheduler_address))
    assert sorted(o.status for o in summary.outcomes) == ["failed", "needs_ocr"] + ["ok"] * 6
    one = table_contents(tmp_path / "one.db")
    assert len(one["documents"]) == 7 and len(one["files"]) == 8 and len(one["targets"]) > 10
    assert differences(one, table_contents(tmp_path / "two.db")) == {}
    assert differences(one, table_contents(tmp_path / "dask.db")) == {}


def test_a_rerun_on_the_cluster_skips_unchanged_files_and_redoes_changed_and_outdated_ones(tmp_path, local_cluster):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("000_yangquan_notice.txt", "003_zezhou_notice.txt", "004_shaoguan_reply.txt"):
        shutil.copy(CORPUS / "text" / name, folder / name)
    db = tmp_path / "p.db"
    engine = DaskEngine(local_cluster.scheduler_address)
    first = run([folder], db, engine=engine)
    assert [o.action for o in first.outcomes] == ["extracted"] * 3
    edited = folder / "003_zezhou_notice.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n（此件公开发布）\n", encoding="utf-8")
    conn = sqlite3.connect(db)
    with conn:  # as if an older targets extractor had read this one
        conn.execute("update documents set extractors = replace(extractors, 'targets@', 'targets@0.') "
                     "where file_name = '004_shaoguan_reply.txt'")
    conn.close()
    again = run([folder], db, engine=engine)
    assert {Path(o.path).name: o.action for o in again.outcomes} == {
        "000_yangquan_notice.txt": "unchanged", "003_zezhou_notice.txt": "extracted",
        "004_shaoguan_reply.txt": "extracted"}
    assert again.dropped == 1 and again.database["documents"] == 3


def test_cli_runs_on_a_scheduler_and_matches_a_local_run(tmp_path, local_cluster):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "text" / "002_jiaxing_notice.txt", folder)
    shutil.copy(CORPUS / "docx" / "001_yuzhong_notice.docx", folder)
    result = CliRunner().invoke(cli, ["run", str(folder), "--db", str(tmp_path / "dask.db"), "-q",
                                      "--engine", "dask", "--scheduler", local_cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert "ok: 2" in result.output
    CliRunner().invoke(cli, ["run", str(folder), "--db", str(tmp_path / "local.db"), "-q"])
    assert differences(table_contents(tmp_path / "local.db"), table_contents(tmp_path / "dask.db")) == {}


def test_cli_says_what_is_wrong_with_the_cluster_options(tmp_path, monkeypatch):
    folder = CORPUS / "text"
    missing = CliRunner().invoke(cli, ["run", str(folder), "--db", str(tmp_path / "p.db"), "--engine", "dask"])
    assert missing.exit_code == 2 and "--scheduler" in missing.output
    stray = CliRunner().invoke(cli, ["run", str(folder), "--db", str(tmp_path / "p.db"), "--scheduler", "x:1"])
    assert stray.exit_code == 2 and "--engine dask" in stray.output
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2)
    unreachable = CliRunner().invoke(cli, ["run", str(folder), "--db", str(tmp_path / "p.db"), "-q",
                                           "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert unreachable.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in unreachable.output
    assert "Traceback" not in unreachable.output
