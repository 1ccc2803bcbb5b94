"""Chinese search: the bigram tokens, the query builder, and the index the store keeps in step."""
from __future__ import annotations

import shutil
import sqlite3

from pipeline import search
from pipeline.runner import run
from pipeline.store import Store
from tests.conftest import ROOT

NOTICES = ROOT / "tests" / "notices"


def test_tokens_are_character_pairs_and_each_runs_last_character():
    assert search.index_tokens("加快5G基站建设，千兆") == "加快 快5 5g g基 基站 站建 建设 设 千兆 兆"
    assert search.index_tokens("网") == "网"


def test_a_query_is_a_phrase_of_pairs_and_one_character_is_a_prefix():
    assert search.fts_query("基站建设") == '"基站 站建 建设"'
    assert search.fts_query("网") == '"网"*'
    # a run followed by another keeps its last character: in the text it ends there too
    assert search.fts_query("城市”建设") == '"城市 市 建设"'
    assert search.fts_query("基站 千兆") == '"基站" AND "千兆"'
    assert search.fts_query("，。") == '""'


def test_snippet_marks_the_match_in_its_context():
    text = "到2023年年底，全市每万人拥有5G基站数超过23个。"
    assert search.snippet(text, "5g基站", 4) == "…万人拥有⟪5G基站⟫数超过2…"


def _found(conn, term: str) -> set[tuple[str, str]]:
    return {(kind, ref) for kind, ref in conn.execute(
        "select r.kind, r.ref_id from search_fts f join search_rows r on r.rowid = f.rowid "
        "where search_fts match zh_fts(?)", [term])}


def _truth(conn, term: str) -> set[tuple[str, str]]:
    """What contains the term, read from the stored tables themselves (not from the index)."""
    truth = {("notice", i) for i, t in conn.execute("select id, text from documents where text is not null")
             if term in t}
    for kind, table in (("target", "targets"), ("task", "tasks"), ("member", "taskforce_members")):
        truth |= {(kind, i) for i, e in conn.execute(f"select id, evidence from {table}") if e and term in e}
    return truth


def test_terms_of_any_length_find_exactly_the_texts_that_contain_them(corpus_db):
    conn = sqlite3.connect(corpus_db)
    search.register_functions(conn)
    # 1, 2, 4 and 8 characters; in notice texts, targets, tasks and member lines
    for term in ("网", "基站", "工作专班", "每万人拥有5G基", "组长", "牵头"):
        truth = _truth(conn, term)
        assert truth, term
        assert _found(conn, term) == truth, term
    assert {kind for kind, _ in _found(conn, "副市长")} >= {"notice", "member"}
    assert {kind for kind, _ in _found(conn, "纳入规划")} >= {"notice", "task"}
    assert {kind for kind, _ in _found(conn, "5G用户占比")} >= {"notice", "target"}
    assert _found(conn, "没有这个词语") == set()


def test_the_index_follows_an_edited_file_and_is_rebuilt_for_an_old_database(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    notice = folder / "notice.txt"
    shutil.copy(NOTICES / "targets_hefei_digital_economy.txt", notice)
    db = tmp_path / "s.db"
    run([folder], db)
    conn = sqlite3.connect(db)
    search.register_functions(conn)
    assert _found(conn, "合肥")
    notice.write_text(notice.read_text(encoding="utf-8").replace("合肥", "芜湖"), encoding="utf-8")
    run([folder], db)
    assert not _found(conn, "合肥")
    assert _found(conn, "芜湖") == _truth(conn, "芜湖") != set()
    assert conn.execute("select count(*) from search_rows where document_id not in (select id from documents)"
                        ).fetchone()[0] == 0
    # a database written before the index: the next run's store indexes what is stored
    conn.execute("drop table search_fts")
    conn.execute("drop table search_rows")
    conn.commit()
    conn.close()
    Store(db).close()
    conn = sqlite3.connect(db)
    search.register_functions(conn)
    assert _found(conn, "芜湖") == _truth(conn, "芜湖") != set()
