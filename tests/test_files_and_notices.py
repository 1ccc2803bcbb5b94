"""Files, documents and notices: every input path is recorded, copies of one notice are one notice,
unchanged files are not extracted again, edited files replace their old document, runs take turns."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.notices import Copy, best_copy, group
from pipeline.runner import run
from pipeline.store import LockTimeout, write_lock
from tests.conftest import CORPUS, ROOT

YANGQUAN = CORPUS / "text" / "000_yangquan_notice.txt"
ZEZHOU = CORPUS / "text" / "003_zezhou_notice.txt"


def _rows(db, sql, args=()):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


def test_two_names_of_the_same_bytes_are_two_files_of_one_document(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(YANGQUAN, folder / "a.txt")
    shutil.copy(YANGQUAN, folder / "b.txt")
    summary = run([folder], tmp_path / "p.db")
    assert [o.action for o in summary.outcomes] == ["extracted", "duplicate"]
    files = _rows(tmp_path / "p.db", "select file_name, document_id, status from files order by file_name")
    assert [f["file_name"] for f in files] == ["a.txt", "b.txt"]
    assert files[0]["document_id"] == files[1]["document_id"] and files[0]["status"] == "ok"
    assert summary.database == {"files": 2, "documents": 1, "notices": 1}


def test_a_folder_is_walked_in_path_order_without_hidden_files(tmp_path):
    from pipeline.runner import iter_input_files

    for name in ("x-y.txt", "x/a.txt", "x/.draft.txt", ".trash/c.txt", "b.txt", "x/sub/d.pdf", "X/e.docx", "x/n.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("某市人民政府办公室关于印发某方案的通知", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "x", target_is_directory=True)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    # a folder's files come where its name sorts (x/… before x-y.txt); upper case before lower
    assert found == ["X/e.docx", "b.txt", "x/a.txt", "x/sub/d.pdf", "x-y.txt"]
    every = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path], every_file=True)]
    assert every == ["X/e.docx", "b.txt", "x/a.txt", "x/n.json", "x/sub/d.pdf", "x-y.txt"]


def test_three_empty_files_are_three_failed_files_and_the_summary_agrees(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.pdf", "b.docx", "c.txt"):
        (folder / name).write_bytes(b"")
    summary = run([folder], tmp_path / "p.db", workers=2)
    assert summary.count("failed") == 3
    failed = _rows(tmp_path / "p.db", "select file_name, error from files where status = 'failed'")
    assert len(failed) == 3 and all(f["error"].startswith("empty_file:") for f in failed)
    assert summary.database["files"] == 3 and summary.database["documents"] == 1


def test_an_unchanged_rerun_extracts_nothing_and_force_redoes_all(tmp_path):
    db = tmp_path / "p.db"
    first = run([YANGQUAN, ZEZHOU], db)
    assert [o.action for o in first.outcomes] == ["extracted", "extracted"]
    again = run([YANGQUAN, ZEZHOU], db)
    assert [o.action for o in again.outcomes] == ["unchanged", "unchanged"]
    assert [o.status for o in again.outcomes] == ["ok", "ok"]
    forced = run([YANGQUAN, ZEZHOU], db, force=True)
    assert [o.action for o in forced.outcomes] == ["extracted", "extracted"]


def test_a_document_of_an_older_extractor_version_is_extracted_again(tmp_path):
    db = tmp_path / "p.db"
    run([YANGQUAN, ZEZHOU], db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update documents set extractors = replace(extractors, 'targets@', 'targets@0.') "
                     "where file_name = ?", [ZEZHOU.name])
    conn.close()
    summary = run([YANGQUAN, ZEZHOU], db)
    assert {Path(o.path).name: o.action for o in summary.outcomes} == {
        YANGQUAN.name: "unchanged", ZEZHOU.name: "extracted"}
    assert _rows(db, "select count(*) as n from documents")[0]["n"] == 2


def test_an_edited_file_replaces_its_old_document(tmp_path):
    path = tmp_path / "notice.txt"
    db = tmp_path / "p.db"
    shutil.copy(YANGQUAN, path)
    run([path], db)
    tasks_before = _rows(db, "select count(*) as n from tasks")[0]["n"]
    path.write_text(YANGQUAN.read_text(encoding="utf-8") + "\n（本文有删减）\n", encoding="utf-8")
    summary = run([path], db)
    assert summary.dropped == 1 and [o.action for o in summary.outcomes] == ["extracted"]
    documents = _rows(db, "select id from documents")
    assert len(documents) == 1
    assert _rows(db, "select count(*) as n from tasks")[0]["n"] == tasks_before  # not doubled
    assert _rows(db, "select document_id from files")[0]["document_id"] == documents[0]["id"]


def test_files_of_other_types_in_a_folder_are_listed_as_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(YANGQUAN, folder / "notice.txt")
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04 not read")
    (folder / ".hidden.txt").write_text("x")
    result = CliRunner().invoke(cli, ["run", str(folder), "--db", str(tmp_path / "p.db"), "-q"])
    assert result.exit_code == 0, result.output
    assert "skipped: 1" in result.output and "table.xlsx: unsupported_format" in result.output
    assert "database: 1 notices, 1 documents, 2 files" in result.output
    skipped = _rows(tmp_path / "p.db", "select file_name, status, document_id from files where status = 'skipped'")
    assert skipped == [{"file_name": "table.xlsx", "status": "skipped", "document_id": None}]


def test_the_text_docx_and_pdf_of_one_notice_are_one_notice(corpus_db):
    notices = _rows(corpus_db, "select * from notices order by region")
    assert len(notices) == 5
    assert {n["documents"] for n in notices} == {3}
    assert {n["region"] for n in notices} == {"阳泉市", "渝中区", "嘉兴市", "泽州县", "韶关市"}
    # 渝中 has no 文号: its copies are grouped by their text
    yuzhong = next(n for n in notices if n["region"] == "渝中区")
    assert yuzhong["doc_number"] is None and yuzhong["grouped_by"] == "text"
    documents = _rows(corpus_db, "select notice_id from documents")
    assert all(d["notice_id"] for d in documents)


def test_facts_are_counted_once_per_notice(corpus_db):
    per_document = _rows(corpus_db, "select count(*) as n from tasks t join documents d on d.id = t.document_id "
                                    "where d.doc_number = '泽政发〔2020〕24号'")[0]["n"]
    per_notice = _rows(corpus_db, "select count(*) as n from notice_tasks where region = '泽州县'")[0]["n"]
    assert per_document == 3 * per_notice and per_notice >= 28
    row = _rows(corpus_db, "select tasks_led, notices, documents from agency_activity "
                           "where name = '泽州县工业和信息化局'")[0]
    assert row["notices"] == 1 and row["documents"] == 3 and 0 < row["tasks_led"] <= per_notice


def _copy(id, number=None, issuer=None, date=None, text=None, fmt="text", facts=1):
    from pipeline.fingerprint import signature

    return Copy(id, number, issuer, date, fmt, signature(text) if text else None, facts, 1)


BODY = "".join(f"第{i}条，各县区要按照全市统一部署推进第{i}项重点工作，确保按期完成任务。" for i in range(40))


def test_grouping_rules():
    groups = group([
        _copy("a", "某政发〔2024〕1号", "某市人民政府", "2024-01-05", BODY),
        _copy("b", "某政发〔2024〕1号", None, None, BODY + "（此件公开发布）"),
        _copy("c", None, None, None, BODY + "附件"),  # no 文号: joined by its text
        # the same template next year: near-identical text, but another 文号 and date
        _copy("d", "某政发〔2025〕3号", "某市人民政府", "2025-02-01", BODY.replace("确保", "务必")),
        # the same 文号 claimed by another issuer: a different notice
        _copy("e", "某政发〔2024〕1号", "另一市人民政府", "2024-01-05", "完全不同的一段文字，讲的是另一件事情。" * 20),
    ])
    assert [[c.id for c in g] for g in groups] == [["a", "b", "c"], ["d"], ["e"]]
    assert groups[0][0].grouped_by == "doc_number+text"


def test_the_grouping_does_not_depend_on_the_order_of_arrival():
    copies = [_copy(x, None, None, None, BODY + x * 3) for x in "qwertyu"]
    first = [[c.id for c in g] for g in group(copies)]
    again = [[c.id for c in g] for g in group(list(reversed(copies)))]
    assert first == again == [sorted("qwertyu")]


def test_similar_pairs_are_the_pairs_that_share_a_band_and_are_near_identical():
    # the sorted-band search against the plain one it replaced: every band's bytes a key, every pair of copies
    # under one key compared (at 10,000 documents those keys were most of the regrouping's memory)
    from pipeline.fingerprint import lsh_keys, similarity
    from pipeline.notices import TEXT_SIMILARITY, similar_pairs

    texts = [BODY + suffix for suffix in ("", "（此件公开发布）", "附件：名单", "抄送：市委办公室")]
    texts += [BODY.replace("确保", "务必"), BODY[:len(BODY) // 2], "完全不同的一段文字，讲的是另一件事情。" * 20]
    texts += [BODY.replace(f"第{i}条", f"第{i}款") for i in range(0, 40, 7)]
    copies = sorted((_copy(f"{k:02d}", text=t) for k, t in enumerate(texts)), key=lambda c: c.id)
    buckets: dict = {}
    for index, copy in enumerate(copies):
        for key in lsh_keys(copy.minhash):
            buckets.setdefault(key, set()).add(index)
    expected = sorted({(i, j) for members in buckets.values() for i in members for j in members
                       if i < j and similarity(copies[i].minhash, copies[j].minhash) >= TEXT_SIMILARITY})
    found = list(similar_pairs(copies))
    assert found == expected and len(found) >= 20


def test_the_best_copy_has_the_most_facts_then_the_best_format():
    assert best_copy([_copy("p", fmt="pdf", facts=9), _copy("d", fmt="docx", facts=8)]).id == "p"
    assert best_copy([_copy("p", fmt="pdf", facts=9), _copy("d", fmt="docx", facts=9)]).id == "d"


def test_a_second_run_waits_for_the_lock_or_gives_up_with_a_clear_message(tmp_path):
    db = tmp_path / "p.db"
    waited = []
    with write_lock(db):
        with pytest.raises(LockTimeout):
            run([YANGQUAN], db, lock_timeout=0.3, on_wait=lambda: waited.append(True))
        result = CliRunner().invoke(cli, ["run", str(YANGQUAN), "--db", str(db), "--wait", "0", "-q"])
    assert waited == [True]
    assert result.exit_code == 1 and "another zhengce run is still writing" in result.output
    assert "Traceback" not in result.output

    # released: a waiting run goes on as soon as the holder lets go
    def hold():
        with write_lock(db):
            time.sleep(0.5)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.1)
    summary = run([YANGQUAN], db, lock_timeout=30)
    holder.join()
    assert summary.count("ok") == 1


def test_two_runs_started_at_once_on_a_new_database_both_finish(tmp_path):
    db = tmp_path / "new.db"
    command = [sys.executable, "-m", "pipeline.cli", "run", str(CORPUS / "text"), "--db", str(db), "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert all(b"Traceback" not in out + err for out, err in outputs)
    assert _rows(db, "select count(*) as n from documents")[0]["n"] == 5
    assert _rows(db, "select count(*) as n from notices")[0]["n"] == 5
    assert _rows(db, "pragma integrity_check")[0]["integrity_check"] == "ok"
