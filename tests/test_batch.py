"""One batch over good and bad files: every good file lands, every bad one gets its typed outcome."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import CORPUS, FIXTURES

# What tests/fixtures/CORPUS_README.md says a correct pipeline does with each bad input.
EXPECTED_OUTCOMES = {
    "empty_0byte.pdf": ("failed", "empty_file"),
    "html_error_page_named.pdf": ("failed", "wrong_type"),
    "003_zezhou_truncated.pdf": ("failed", "corrupt"),
    "000_yangquan_truncated.docx": ("failed", "corrupt"),
    "001_yuzhong_encrypted_userpw.pdf": ("failed", "encrypted"),
    "002_jiaxing_scanned_imageonly.pdf": ("needs_ocr", "needs_ocr"),
    "000_yangquan_encrypted_owneronly_noextract.pdf": ("ok", None),
    "000_yangquan_gazette_2col.pdf": ("ok", None),
    "002_jiaxing_rotated_p3_90_p5_180.pdf": ("ok", None),
    "004_shaoguan_reply_hardwrapped.pdf": ("ok", None),
    "002_jiaxing_fake_docx_is_html_gbk.docx": ("ok", None),
    "000_yangquan_gb18030.txt": ("ok", None),
    "002_jiaxing_utf8_bom.txt": ("ok", None),
    "003_zezhou_utf16le_bom_crlf.txt": ("ok", None),
}


def test_every_corpus_notice_lands_ok(batch):
    rows = batch.execute("select file_name, status, error, source_path from documents").fetchall()
    corpus_rows = [r for r in rows if "/corpus/" in r["source_path"]]
    assert len(corpus_rows) == 15
    assert {r["file_name"]: r["status"] for r in corpus_rows} == {r["file_name"]: "ok" for r in corpus_rows}


@pytest.mark.parametrize("file_name, expected", sorted(EXPECTED_OUTCOMES.items()))
def test_bad_inputs_get_their_typed_outcome(batch, file_name, expected):
    row = batch.execute("select status, error, text from documents where file_name = ?", [file_name]).fetchone()
    assert row is not None, f"{file_name} has no documents row"
    status, code = expected
    assert row["status"] == status, row["error"]
    if code:
        assert row["error"].startswith(code + ":"), row["error"]
        assert "Traceback" not in row["error"]
    else:
        assert row["error"] is None and len(row["text"]) > 1000


def test_documents_are_keyed_by_the_sha256_of_their_bytes(batch):
    import hashlib

    path = CORPUS / "text" / "000_yangquan_notice.txt"
    expected = hashlib.sha256(path.read_bytes()).hexdigest()
    assert batch.execute("select count(*) from documents where id = ?", [expected]).fetchone()[0] == 1


def test_rerunning_a_file_replaces_its_rows(tmp_path):
    from pipeline.runner import run

    db = tmp_path / "p.db"
    files = [CORPUS / "text" / "000_yangquan_notice.txt", CORPUS / "text" / "003_zezhou_notice.txt"]
    run(files, db)
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
    before = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in tables}
    conn.close()
    run(files, db)
    conn = sqlite3.connect(db)
    after = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in tables}
    assert before == after and before["documents"] == 2


def test_cli_run_prints_a_summary_and_exits_0_despite_failures(tmp_path):
    db = tmp_path / "out.db"
    result = CliRunner().invoke(cli, ["run", str(CORPUS / "text"), str(FIXTURES / "empty_0byte.pdf"),
                                      str(FIXTURES / "html_error_page_named.pdf"), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    assert "ok: 5" in result.output and "failed: 2" in result.output
    assert "empty_0byte.pdf: empty_file:" in result.output
    assert "Traceback" not in result.output


def test_cli_fail_on_error_exits_1(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(FIXTURES / "empty_0byte.pdf"), "--db", str(tmp_path / "o.db"),
                                      "--fail-on-error", "-q"])
    assert result.exit_code == 1


def test_the_program_keeps_exit_codes_and_output_with_its_quick_exit(tmp_path):
    """``python -m pipeline.cli`` ends with ``os._exit`` (``pipeline.cli.main``): the exit code of each ending and
    every line written (through a pipe, fully buffered) still reach the caller, and the database is complete."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    def program(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, capture_output=True,
                              text=True, timeout=300)

    db = tmp_path / "o.db"
    ok = program("run", str(FIXTURES / "000_yangquan_gb18030.txt"), "--db", str(db))
    assert ok.returncode == 0 and "ok: 1" in ok.stdout and ok.stdout.rstrip().endswith("1 files"), ok
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from notices").fetchone() == (1,)
    failing = program("run", str(FIXTURES / "empty_0byte.pdf"), "--db", str(db), "--fail-on-error", "-q")
    assert failing.returncode == 1 and "empty_file" in failing.stdout + failing.stderr, failing
    usage = program("run", str(tmp_path / "missing"), "--db", str(db))
    assert usage.returncode == 2 and "does not exist" in usage.stderr, usage
    assert "Traceback" not in ok.stderr + failing.stderr + usage.stderr


def test_cli_password_opens_an_encrypted_pdf(tmp_path):
    db = tmp_path / "o.db"
    result = CliRunner().invoke(cli, ["run", str(FIXTURES / "001_yuzhong_encrypted_userpw.pdf"), "--db", str(db),
                                      "--password", "gov2023", "-q"])
    assert result.exit_code == 0 and "ok: 1" in result.output, result.output


def test_cli_unwritable_database_is_a_usage_failure(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["run", str(CORPUS / "text"), "--db", str(blocker / "sub" / "o.db"), "-q"])
    assert result.exit_code != 0
    assert "cannot write the database" in result.output


def test_cli_no_supported_files_is_a_usage_error(tmp_path):
    (tmp_path / "README.md").write_text("# notes on this folder")  # a folder's README is not a notice
    result = CliRunner().invoke(cli, ["run", str(tmp_path), "--db", str(tmp_path / "o.db")])
    assert result.exit_code == 2


def test_agencies_of_different_cities_stay_apart_and_formats_of_one_notice_share_them(batch):
    names = {r["name"] for r in batch.execute("select name from agencies")}
    # 县工业和信息化局 of 泽州县 and 区经信委 of 渝中区 get their place; nothing stays "县…"/"市…"
    assert "泽州县工业和信息化局" in names
    assert "渝中区经济和信息化委员会" in names
    assert not [n for n in names if n.startswith(("县", "市", "区"))]
    row = batch.execute(
        "select documents, tasks_led from agency_activity where name = '泽州县工业和信息化局'").fetchone()
    # the same agency in the text, DOCX and PDF renderings (and the UTF-16 and truncated copies that landed)
    assert row["documents"] >= 3 and row["tasks_led"] > 0
    groups = batch.execute("select region from agencies where name = '各基础电信企业'").fetchall()
    assert groups and all(g["region"] for g in groups)


def test_the_original_text_is_kept_beside_the_normalized_one(batch):
    row = batch.execute("select text, raw_text from documents where file_name = '004_shaoguan_reply.txt'").fetchone()
    assert "— 2 —" in row["raw_text"] and "— 2 —" not in row["text"]
    assert "21.3%" in row["text"] and "21.3%" not in row["raw_text"]


def _dies_on_crash_files(job):
    """A worker standing in for a native library that segfaults on one file."""
    import os

    from pipeline.runner import process_file

    if "crash" in job[0]:
        os._exit(139)
    return process_file(*job)


def test_a_worker_process_that_dies_costs_only_its_own_file(tmp_path):
    from pipeline.runner import run

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes((CORPUS / "text" / "000_yangquan_notice.txt").read_bytes() + name.encode())
    (folder / "crash.txt").write_text("某市人民政府文件\n坏文件", encoding="utf-8")
    summary = run([folder], tmp_path / "o.db", workers=2, worker=_dies_on_crash_files)
    statuses = {Path(o.path).name: o.status for o in summary.outcomes}
    assert statuses == {"a.txt": "ok", "b.txt": "ok", "c.txt": "ok", "crash.txt": "failed"}
    conn = sqlite3.connect(tmp_path / "o.db")
    error = conn.execute("select error from documents where file_name = 'crash.txt'").fetchone()[0]
    assert error.startswith("crashed:")


def test_a_document_that_fails_to_write_leaves_the_others_of_its_transaction_whole(tmp_path):
    """Documents share a transaction; one whose rows cannot be stored is undone alone: the document written
    before it in the same transaction, and the one after, are stored whole, with their agencies."""
    from pipeline.runner import process_file
    from pipeline.store import Store, file_row

    first, broken, last = (process_file(str(CORPUS / "text" / name)) for name in
                           ("000_yangquan_notice.txt", "003_zezhou_notice.txt", "001_yuzhong_notice.txt"))
    db = tmp_path / "p.db"
    store = Store(db)
    for outcome in (first, broken, last):
        files = [file_row(outcome.path, document_id=outcome.document_id, status=outcome.status)]
        if outcome is broken:  # its files row, written after all its other rows, names no column of files
            files[0]["no_such_column"] = 1
            with pytest.raises(sqlite3.OperationalError):
                store.write(outcome.rows, files, outcome.tokens)
        else:
            store.write(outcome.rows, files, outcome.tokens)
    store.close()
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("select id from documents")}
    assert stored == {first.document_id, last.document_id}
    for outcome in (first, last):
        for table in ("targets", "tasks", "agency_mentions"):
            count = conn.execute(f"select count(*) from {table} where document_id = ?", [outcome.document_id])
            assert count.fetchone()[0] == len(outcome.rows[table]) > 0, table
    assert conn.execute("select count(*) from targets where document_id = ?", [broken.document_id]).fetchone()[0] == 0
    assert conn.execute("select count(*) from search_rows where document_id = ?",
                        [broken.document_id]).fetchone()[0] == 0
    agencies = {r[0] for r in conn.execute("select id from agencies")}
    assert agencies == {a["id"] for outcome in (first, last) for a in outcome.rows["agencies"]}
    assert broken.rows["agencies"] and not {a["id"] for a in broken.rows["agencies"]} <= agencies
    assert [r[0] for r in conn.execute("select path from files order by path")] == sorted(
        file_row(o.path, document_id=None, status="ok")["path"] for o in (first, last))


def _outcomes(*names):
    from pipeline.runner import process_file

    return [process_file(str(CORPUS / "text" / name)) for name in names]


def _files(outcome, broken=False):
    from pipeline.store import file_row

    files = [file_row(outcome.path, document_id=outcome.document_id, status=outcome.status)]
    if broken:  # its files row, written after all its other rows, names no column of files
        files[0]["no_such_column"] = 1
    return files


def test_a_first_document_that_fails_to_write_costs_only_itself(tmp_path):
    from pipeline.store import Store

    broken, last = _outcomes("003_zezhou_notice.txt", "001_yuzhong_notice.txt")
    store = Store(tmp_path / "p.db")
    with pytest.raises(sqlite3.OperationalError):
        store.write(broken.rows, _files(broken, broken=True), broken.tokens)
    store.write(last.rows, _files(last), last.tokens)
    store.close()
    conn = sqlite3.connect(tmp_path / "p.db")
    assert {r[0] for r in conn.execute("select id from documents")} == {last.document_id}
    assert conn.execute("select count(*) from targets").fetchone()[0] == len(last.rows["targets"]) > 0


def test_when_writing_the_earlier_documents_again_fails_none_is_left_half_written(tmp_path, monkeypatch):
    """The undo writes the transaction's earlier documents again; if that fails too (a full disk, an interrupt),
    they are rolled back with it, and the closing commit stores no part of any of them."""
    from pipeline.store import Store

    first, second, broken = _outcomes("000_yangquan_notice.txt", "001_yuzhong_notice.txt", "003_zezhou_notice.txt")
    store = Store(tmp_path / "p.db")
    store.write(first.rows, _files(first), first.tokens)
    store.write(second.rows, _files(second), second.tokens)
    replace = store._replace

    def failing_on_second(doc, files):
        if doc.document_id == second.document_id:
            raise OSError("disk full")
        replace(doc, files)

    monkeypatch.setattr(store, "_replace", failing_on_second)
    with pytest.raises(OSError):
        store.write(broken.rows, _files(broken, broken=True), broken.tokens)
    store.close()
    conn = sqlite3.connect(tmp_path / "p.db")
    for table in ("documents", "targets", "tasks", "agency_mentions", "files", "search_rows"):
        assert conn.execute(f"select count(*) from {table}").fetchone()[0] == 0, table


def test_files_recorded_after_a_failed_write_keep_the_transaction_s_documents(tmp_path):
    from pipeline.store import Store, file_row

    first, broken = _outcomes("000_yangquan_notice.txt", "003_zezhou_notice.txt")
    store = Store(tmp_path / "p.db")
    store.write(first.rows, _files(first), first.tokens)
    with pytest.raises(sqlite3.OperationalError):
        store.record_files([{**file_row("x/unreadable.doc", document_id=None, status="failed"), "no_such_column": 1}])
    store.record_files([file_row("x/other.txt", document_id=None, status="failed")])
    store.close()
    conn = sqlite3.connect(tmp_path / "p.db")
    assert {r[0] for r in conn.execute("select id from documents")} == {first.document_id}
    assert conn.execute("select count(*) from targets").fetchone()[0] == len(first.rows["targets"]) > 0
    assert {r[0] for r in conn.execute("select file_name from files")} == {first.path.rsplit("/", 1)[-1], "other.txt"}


def test_a_failure_while_the_search_entries_are_written_at_the_commit_leaves_no_document_without_them(
        tmp_path, monkeypatch):
    """A transaction's search entries are written together before its commit; if that fails (a full disk, an
    interrupt), its documents are written again and the next commit stores each with its entries."""
    from pipeline import search
    from pipeline.store import Store

    first, second = _outcomes("000_yangquan_notice.txt", "001_yuzhong_notice.txt")
    store = Store(tmp_path / "p.db")
    store.write(first.rows, _files(first), first.tokens)
    store.write(second.rows, _files(second), second.tokens)
    flush = store._flush_index
    calls = []

    def failing_once():  # the first time, after the entries' rows and before their tokens
        calls.append(1)
        if len(calls) == 1:
            store.db.conn.executemany("insert into search_rows (rowid, kind, ref_table, ref_id, document_id, "
                                      "char_start, text) values (?, ?, ?, ?, ?, ?, ?)", store._index_rows)
            raise OSError("disk full")
        flush()

    monkeypatch.setattr(store, "_flush_index", failing_once)
    with pytest.raises(OSError):
        store._commit()
    store.close()
    conn = sqlite3.connect(tmp_path / "p.db")
    search.register_functions(conn)
    assert {r[0] for r in conn.execute("select id from documents")} == {first.document_id, second.document_id}
    for outcome in (first, second):
        entries = conn.execute("select count(*) from search_rows where document_id = ?", [outcome.document_id])
        assert entries.fetchone()[0] == len(list(search.entries(outcome.rows))) > 1
    # the index finds a task of each by a phrase of its evidence
    for outcome in (first, second):
        evidence = outcome.rows["tasks"][0]["evidence"]
        found = {r[0] for r in conn.execute("select r.document_id from search_fts f join search_rows r on "
                                            "r.rowid = f.rowid where search_fts match zh_fts(?)", [evidence[:6]])}
        assert outcome.document_id in found
