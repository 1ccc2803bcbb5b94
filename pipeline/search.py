"""Chinese full-text search: the character-bigram index of notices and facts, and its queries.

SQLite's tokenizers cannot cut Chinese (``unicode61`` keeps a whole run of Han characters as one
token; ``trigram`` ignores terms under three characters), so the index stores its own tokens: each
run of letters and digits becomes its overlapping character pairs plus its last character
(``基站建设`` → ``基站 站建 建设 设``), lower-cased. A term is then a phrase of its pairs, so any
substring of two characters or more matches exactly where it occurs, and a one-character term is
a prefix query (``网*``) that finds the character anywhere. This is what CJK search engines call
bigram indexing; ``bench/search_options.py`` measures it against trigram and jieba-word indexes.

``search_rows`` holds what is searchable (a target's, task's or member's evidence; a notice's text
stays in ``documents.text``) with its kind and the row it stands for; ``search_fts`` is an FTS5 index of their tokens (same
rowid). ``pipeline.store`` keeps both in step with each document's rows; the browser calls
``fts_query`` and ``snippet`` as the SQL functions ``zh_fts`` and ``zh_snippet``.
"""
from __future__ import annotations

import re
import sqlite3
from typing import Iterable, Iterator

#: bump when tokens change: a database indexed with another version is indexed again
INDEX_VERSION = "bigram-3"
ROWS_TABLE = "search_rows"
FTS_TABLE = "search_fts"
#: the marks ``snippet`` puts around a match (the browser turns them into <mark>)
MARK_OPEN, MARK_CLOSE = "⟪", "⟫"

# a run of letters and digits, Han characters included: 千兆城市, 5G, 2025
RUN = re.compile(r"[^\W_]+")
# line breaks, shown as one space in a result's context
LINE_BREAKS = re.compile(r"\s*\n\s*")
# a query's terms are separated by whitespace (ideographic space too): "基站 千兆"
TERMS = re.compile(r"\S+")

#: (kind, table, text column) of the facts that are searchable beside notice texts
FACT_KINDS = (("target", "targets", "evidence"), ("task", "tasks", "evidence"),
              ("member", "taskforce_members", "evidence"))


def run_tokens(run: str, *, last: bool = True) -> list[str]:
    """The pairs of one run, and (``last``) its final character: 基站建 → 基站 站建 建."""
    run = run.lower()
    pairs = [run[i:i + 2] for i in range(len(run) - 1)]
    return pairs + [run[-1]] if last or len(run) == 1 else pairs


def index_tokens(text: str) -> str:
    """The tokens of a text as the index stores them, space-separated."""
    tokens: list[str] = []
    for run in RUN.findall(text or ""):  # run_tokens of each run, without a list per run
        run = run.lower()
        tokens += map(str.__add__, run, run[1:])
        tokens.append(run[-1])
    return " ".join(tokens)


def fts_query(query: str | None) -> str:
    """The FTS5 query for what a user typed: every whitespace-separated term must occur (AND).
    A term is one phrase: each run's pairs, a run followed by another keeps its final character
    (it ends there in the text too), and a term ending in one character is a prefix (基站建 → the
    phrase 基站 站建 and a token starting with 建)."""
    phrases = []
    for term in TERMS.findall(query or ""):
        runs = RUN.findall(term)
        if not runs:
            continue
        tokens: list[str] = []
        for i, run in enumerate(runs):
            tokens += run_tokens(run, last=i < len(runs) - 1)
        prefix = len(runs[-1]) == 1
        phrases.append('"' + " ".join(tokens) + '"' + ("*" if prefix else ""))
    # a query of punctuation only matches nothing (an empty phrase matches no row)
    return " AND ".join(phrases) or '""'


def snippet(text: str | None, query: str | None, width: int = 30) -> str | None:
    """``width`` characters either side of the first occurrence of the query's first term, the
    match between ``MARK_OPEN`` and ``MARK_CLOSE`` (the text's start when it does not occur as typed)."""
    if text is None:
        return None
    terms = TERMS.findall(query or "")
    start = end = -1
    for term in terms:
        start = text.lower().find(term.lower())
        if start >= 0:
            end = start + len(term)
            break
    if start < 0:
        return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
    left, right = max(0, start - width), min(len(text), end + width)
    context = ("…" if left else "") + text[left:start] + MARK_OPEN + text[start:end] + MARK_CLOSE + \
        text[end:right] + ("…" if right < len(text) else "")
    return LINE_BREAKS.sub(" ", context)


def register_functions(conn: sqlite3.Connection) -> None:
    """zh_fts(q) and zh_snippet(text, q[, width]) on a connection."""
    conn.create_function("zh_fts", 1, fts_query, deterministic=True)
    conn.create_function("zh_snippet", 2, snippet, deterministic=True)
    conn.create_function("zh_snippet", 3, snippet, deterministic=True)


# --- the index, written by pipeline.store -----------------------------------------------------------

def ensure_index(conn: sqlite3.Connection) -> bool:
    """Create the index tables if missing. True when the index must be (re)built from the stored rows
    (new tables on a database that has documents, or tokens of another ``INDEX_VERSION``)."""
    have = {r[0] for r in conn.execute("select name from sqlite_master where name in (?, ?)",
                                       [ROWS_TABLE, FTS_TABLE])}
    version = None
    if conn.execute("select 1 from sqlite_master where name = 'zhengce_meta'").fetchone():
        row = conn.execute("select value from zhengce_meta where key = 'search_index'").fetchone()
        version = row[0] if row else None
    if have == {ROWS_TABLE, FTS_TABLE} and version == INDEX_VERSION:
        return False
    conn.execute(f"drop table if exists [{FTS_TABLE}]")
    conn.execute(f"drop table if exists [{ROWS_TABLE}]")
    conn.execute(f"""create table [{ROWS_TABLE}] (rowid integer primary key, kind text not null,
                     ref_table text not null, ref_id text not null, document_id text not null,
                     char_start integer, text text)""")
    conn.execute(f"create index [{ROWS_TABLE}_document_id] on [{ROWS_TABLE}] (document_id)")
    # external content: the index holds the tokens given to it, a read of the column gets search_rows.text
    # (so that count(*) works); never 'rebuild' it from search_rows (that would index untokenized text)
    conn.execute(f"create virtual table [{FTS_TABLE}] using fts5(text, content='{ROWS_TABLE}', content_rowid='rowid', "
                 "columnsize=0, tokenize='unicode61 remove_diacritics 0')")
    conn.execute("insert or replace into zhengce_meta (key, value) values ('search_index', ?)", [INDEX_VERSION])
    return True


def entries(rows: dict[str, list[dict]]) -> Iterator[tuple[str, str, str, str, int | None, str]]:
    """(kind, ref_table, ref_id, document_id, char_start, text) of one document's rows."""
    for doc in rows.get("documents", []):
        if doc.get("text"):
            yield "notice", "documents", doc["id"], doc["id"], 0, doc["text"]
    for kind, table, column in FACT_KINDS:
        for row in rows.get(table, []):
            if row.get(column):
                yield kind, table, row["id"], row["document_id"], row.get("char_start"), row[column]


def entry_tokens(rows: dict[str, list[dict]]) -> list[str]:
    """``index_tokens`` of each of ``entries(rows)``, in order: made where the document is extracted (a
    worker), so that the one process that writes does not."""
    return [index_tokens(entry[-1]) for entry in entries(rows)]


def add(conn: sqlite3.Connection, items: Iterable[tuple], tokens: list[str] | None = None) -> None:
    """Index entries (``tokens``: theirs, from ``entry_tokens``, or made here); a notice's text is not
    copied (search_rows.text is null: read documents.text)."""
    for k, (kind, table, ref_id, doc_id, start, text) in enumerate(items):
        cursor = conn.execute(f"insert into [{ROWS_TABLE}] (kind, ref_table, ref_id, document_id, char_start, text) "
                              "values (?, ?, ?, ?, ?, ?)", [kind, table, ref_id, doc_id, start,
                                                            None if table == "documents" else text])
        conn.execute(f"insert into [{FTS_TABLE}] (rowid, text) values (?, ?)",
                     [cursor.lastrowid, index_tokens(text) if tokens is None else tokens[k]])


def remove_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Drop a document's entries (an external-content index forgets a row when told its tokens again)."""
    # before the documents row goes: a notice's entry was indexed from documents.text
    old = conn.execute(f"select r.rowid, coalesce(r.text, d.text) from [{ROWS_TABLE}] r "
                       "left join documents d on d.id = r.document_id where r.document_id = ?", [doc_id]).fetchall()
    conn.executemany(f"insert into [{FTS_TABLE}] ({FTS_TABLE}, rowid, text) values ('delete', ?, ?)",
                     [(rowid, index_tokens(text)) for rowid, text in old])
    conn.execute(f"delete from [{ROWS_TABLE}] where document_id = ?", [doc_id])


def rebuild(conn: sqlite3.Connection) -> None:
    """Index every stored document (a database written before the index existed)."""
    conn.execute(f"delete from [{ROWS_TABLE}]")
    conn.execute(f"insert into [{FTS_TABLE}] ({FTS_TABLE}) values ('delete-all')")
    add(conn, (("notice", "documents", i, i, 0, t) for i, t in
               conn.execute("select id, text from documents where text is not null").fetchall()))
    for kind, table, column in FACT_KINDS:
        add(conn, ((kind, table, i, d, s, t) for i, d, s, t in conn.execute(
            f"select id, document_id, char_start, [{column}] from [{table}] where [{column}] is not null").fetchall()))
