"""The only code that writes SQLite: documents with their facts, the files they came from, notices.

``Store.write`` replaces one document's rows (one ``executemany`` per table, of the tuples
``pipeline.prepared`` made, in the worker when there is one), its entries in the search index
(``pipeline.search``; written for all the transaction's documents at once, before its commit) and records
the file paths it was read from, all or nothing (a document that fails
undoes the open transaction, whose earlier documents are written again), so re-running a file never
duplicates anything and a crash never leaves half a document behind. Documents are committed many at a
time (``COMMIT_EVERY`` documents or ``COMMIT_AFTER`` seconds, and at ``close``): a crash loses at most
those, whose files the next run finds unrecorded and extracts again.
``Store.finish`` drops documents no file points to any more (an edited file's old version) and regroups
documents into notices (``pipeline.notices``). ``write_lock`` keeps two runs from writing one database
at once. Reads rows from ``pipeline.rows`` or ``pipeline.prepared``; returns nothing.
"""
from __future__ import annotations

import fcntl
import functools
import os
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

if "pandas" in sys.modules:
    import sqlite_utils
else:
    # sqlite-utils imports pandas, when it can, only to give pd.Timestamp columns a type; no row of ours
    # holds one, and pandas is a third of a second of every run's start. Marked absent while sqlite-utils
    # loads, then importable again for whoever needs it (export, frames).
    sys.modules["pandas"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        del sys.modules["pandas"]

from pipeline import search
from pipeline.prepared import FIRST_PATH_COLUMNS, Prepared, Table, prepare
from pipeline.prepared import table as prepared_table
from pipeline.rows import Rows, document_rows  # noqa: F401  (document_rows: re-exported for callers)
from schemas.tables import DOCUMENT_TABLES, META_TABLE, TABLES, VIEWS


class LockTimeout(Exception):
    """Another run kept the database locked for longer than we were willing to wait."""


@contextmanager
def write_lock(db_path: str | Path, *, timeout: float | None = None,
               on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold ``<db>.lock`` exclusively: a second run waits (``on_wait`` is told once) or gives up after
    ``timeout`` seconds. The OS drops the lock when the holder dies, even by ``kill -9``."""
    lock_path = Path(str(db_path) + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            deadline = None if timeout is None else time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if deadline is not None and time.monotonic() >= deadline:
                        raise LockTimeout(f"another zhengce run is still writing {db_path}") from None
                    time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@functools.lru_cache(maxsize=4096)
def _resolved_folder(folder: str, cwd: str) -> str:
    return str((Path(cwd) / folder).resolve())


def resolved(path: Path) -> str:
    """``str(path.resolve())``, the folder's resolution reused for its files (resolving every path again
    cost an lstat per part of it, for each of a re-run's files)."""
    if path.is_symlink():
        return str(path.resolve())
    return os.path.join(_resolved_folder(str(path.parent), os.getcwd()), path.name)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def file_row(path: str | Path, *, document_id: str | None, status: str, error: str | None = None) -> dict:
    """The files row of ``path`` as it is on disk now."""
    path = Path(path)
    try:
        stat = path.stat()
        size, mtime = stat.st_size, stat.st_mtime_ns
    except OSError:
        size = mtime = None
    return {"path": resolved(path), "file_name": path.name, "suffix": path.suffix.lower(),
            "file_size": size, "mtime_ns": mtime, "document_id": document_id, "status": status,
            "error": error, "checked_at": now()}


#: documents per transaction at most, and seconds one stays open: a commit writes every page its documents
#: touched (their rows go into a dozen indexes of random keys) and flushes the search index's new terms;
#: documents of one transaction share many of those pages. A commit per document was a third of the
#: writer's time, per 8 documents still a quarter at 1,000 notices (the writer's time is taken from the
#: workers on a machine with as many cores as workers)
COMMIT_EVERY, COMMIT_AFTER = 64, 2.0
#: the writer's page cache (KiB): a transaction's pages must stay in it until the commit (SQLite's default
#: of 2 MiB spilled them), and the indexes' pages read for the next documents stay in it. 32 MiB, not 64: the
#: cache fills as the database grows (34 MiB at 1,000 bench notices), and at 64 it was a third of the run's
#: growth in memory from 1,000 to 10,000 notices, for no writer speed measurable at 3,000. (WAL checkpoints
#: stay at SQLite's 1,000 pages: fewer, bigger ones saved little CPU and left the whole WAL to copy, and
#: fsync, at close, after the workers are done)
CACHE_KIB = 32 * 1024


class Store:
    """A SQLite database of notices, created with the tables of ``schemas.tables``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # without sqlite-utils' plugins: finding them scans every installed package's entry points (60 ms of a
        # run's start) for SQL functions a plugin may add to the connection, which nothing we write calls
        self.db = sqlite_utils.Database(self.path, execute_plugins=False)
        self.db.conn.execute("pragma journal_mode = wal")
        # no fsync at each document's commit (only at checkpoints): the writer kept the disk busy and a
        # cluster waiting. A power cut may lose the last documents written, never the database; a lost
        # document is not stored, so the next run extracts it again
        self.db.conn.execute("pragma synchronous = normal")
        self.db.conn.execute("pragma busy_timeout = 30000")
        self.db.conn.execute(f"pragma cache_size = -{CACHE_KIB}")
        # a statement journal (the pages a statement changes as they were, to undo that statement alone) in
        # memory, not in a temporary file: two write calls a page (with a savepoint per document, as the store
        # had, they were most of the writer's system time)
        self.db.conn.execute("pragma temp_store = memory")
        self.changed = False  # a document was written or dropped: notices must be regrouped
        self._statements: dict[tuple, str] = {}  # (table, columns, upsert key) → its insert statement
        # documents written since the last commit (each (Prepared, files), written again should a later one fail),
        # and when the first was
        self._uncommitted: list[tuple[Prepared, list[dict]]] = []
        self._opened = 0.0
        self._agencies: dict[str, str | None] | None = None  # stored agencies' kinds (``_add_agencies``)
        # the search entries of the open transaction, written at its end (``_index``), and the next one's rowid
        self._index_rows: list[tuple] = []
        self._index_tokens: list[tuple] = []
        self._next_rowid: int | None = None
        self.ensure_tables()

    def ensure_tables(self) -> None:
        with self.db.conn:
            new_files_table = not self.db["files"].exists()
            for name, spec in TABLES.items():
                table = self.db[name]
                if not table.exists():
                    table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("fk") or None)
                else:
                    missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
                    for column, col_type in missing.items():
                        table.add_column(column, col_type)
            if not self.db[META_TABLE].exists():
                self.db[META_TABLE].create({"key": str, "value": str}, pk="key")
            for table_name in DOCUMENT_TABLES + ["documents"]:
                column = "notice_id" if table_name == "documents" else "document_id"
                self.db[table_name].create_index([column], if_not_exists=True)
            self.db["files"].create_index(["document_id"], if_not_exists=True)
            for name, spec in TABLES.items():
                for columns in spec.get("indexes", []):
                    self.db[name].create_index(columns, if_not_exists=True)
            if new_files_table:
                self._files_from_documents()
            for name, sql in VIEWS.items():
                self.db.create_view(name, sql, replace=True)
            if search.ensure_index(self.db.conn):
                search.rebuild(self.db.conn)

    def _files_from_documents(self) -> None:
        """A database written before files were recorded: one files row per document's source path."""
        for doc_id, path, status, error in self.db.conn.execute(
                "select id, source_path, status, error from documents"):
            if path:
                self.db["files"].upsert(file_row(path, document_id=doc_id, status=status, error=error), pk="path")

    # --- reading what an earlier run stored -------------------------------------------------------

    def known_file(self, path: str | Path) -> dict | None:
        cursor = self.db.conn.execute("select * from files where path = ?", [resolved(Path(path))])
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row))

    def stored_versions(self, doc_id: str) -> tuple[str | None, str | None] | None:
        """(pipeline_version, extractors JSON) a stored document was made with, or None if not stored."""
        row = self.db.conn.execute("select pipeline_version, extractors from documents where id = ?",
                                   [doc_id]).fetchone()
        return None if row is None else (row[0], row[1])

    def meta(self, key: str) -> str | None:
        row = self.db.conn.execute(f"select value from [{META_TABLE}] where key = ?", [key]).fetchone()
        return row[0] if row else None

    # --- writing ----------------------------------------------------------------------------------

    def _delete_document(self, doc_id: str) -> None:
        self._flush_index()
        self._next_rowid = None  # its entries may have had the last rowids: SQLite would number from below them
        search.remove_document(self.db.conn, doc_id)
        for table in DOCUMENT_TABLES:
            self.db.conn.execute(f"delete from [{table}] where document_id = ?", [doc_id])

    def insert_rows(self, table: str, rows: list[dict], *, upsert_on: str | None = None) -> None:
        """Rows into ``table`` (the columns the rows name, in their order); with ``upsert_on``, a row whose
        key is stored updates those columns instead."""
        if rows:
            self._insert_values(prepared_table(table, rows), upsert_on=upsert_on)

    def _insert_values(self, rows: Table, *, upsert_on: str | None = None) -> None:
        """A Table's values with one prepared statement."""
        if not rows.values:
            return
        key = (rows.name, rows.columns, upsert_on)
        sql = self._statements.get(key)
        if sql is None:
            sql = (f"insert into [{rows.name}] ({', '.join(f'[{c}]' for c in rows.columns)}) "
                   f"values ({', '.join('?' * len(rows.columns))})")
            if upsert_on:
                sql += f" on conflict([{upsert_on}]) do update set " + ", ".join(
                    f"[{c}] = excluded.[{c}]" for c in rows.columns if c != upsert_on)
            self._statements[key] = sql
        self.db.conn.executemany(sql, rows.values)

    def _add_agencies(self, agencies: Table) -> dict[str, str | None]:
        """Agencies new to the database; a kind for one stored without (agencies are shared by documents).
        Returns what ``self._agencies`` must learn once the document is stored."""
        if not agencies.values:
            return {}
        if self._agencies is None:  # every stored agency's kind, read once (a query per document was not free)
            self._agencies = dict(self.db.conn.execute("select id, kind from agencies"))
        id_at, kind_at = agencies.columns.index("id"), agencies.columns.index("kind")
        learnt: dict[str, str | None] = {}
        new, kinds = [], {}
        for agency in agencies.values:
            aid, kind = agency[id_at], agency[kind_at]
            known = learnt[aid] if aid in learnt else self._agencies.get(aid, False)
            if known is False:
                new.append(agency)
                learnt[aid] = kind
            elif kind and not known:
                kinds[aid] = learnt[aid] = kind
        self._insert_values(Table("agencies", agencies.columns, new))
        self.db.conn.executemany("update agencies set kind = ? where id = ?", [(k, i) for i, k in kinds.items()])
        return learnt

    def _index(self, entries: list[tuple]) -> None:
        """A document's search entries (``Prepared.search``), numbered after the last stored one as SQLite
        numbers a row inserted without its rowid. They wait for the transaction's end (``_flush_index``)."""
        if not entries:
            return
        if self._next_rowid is None:  # read once a transaction, then counted here
            self._next_rowid = (self.db.conn.execute(f"select max(rowid) from [{search.ROWS_TABLE}]").fetchone()[0]
                                or 0) + 1
        rowid = self._next_rowid
        self._index_rows += [(rowid + k, *entry[:6]) for k, entry in enumerate(entries)]
        self._index_tokens += [(rowid + k, entry[6]) for k, entry in enumerate(entries)]
        self._next_rowid = rowid + len(entries)

    def _flush_index(self) -> None:
        """The search entries of the open transaction's documents into the index: one statement per table for
        all of them (two per document were a tenth of the writer's time), before the commit and before
        anything reads or deletes entries."""
        if self._index_rows:
            conn = self.db.conn
            conn.executemany(f"insert into [{search.ROWS_TABLE}] (rowid, kind, ref_table, ref_id, document_id, "
                             "char_start, text) values (?, ?, ?, ?, ?, ?, ?)", self._index_rows)
            conn.executemany(f"insert into [{search.FTS_TABLE}] (rowid, text) values (?, ?)", self._index_tokens)
        self._index_rows, self._index_tokens = [], []

    def _forget_index(self) -> None:
        """After a rollback: the waiting entries went with their documents, and the next rowid is read again."""
        self._index_rows, self._index_tokens, self._next_rowid = [], [], None

    def _commit(self) -> None:
        """Commit the open transaction, its search entries written first: if writing them fails, the transaction's
        documents are rolled back and written again (``_undo``), never committed without their entries."""
        self._flush_index_or_undo()
        self.db.conn.commit()
        self._uncommitted = []

    def _flush_index_or_undo(self) -> None:
        try:
            self._flush_index()
        except BaseException:
            self._undo()
            raise

    def write(self, rows: Rows | Prepared, files: list[dict], tokens: list[str] | None = None) -> None:
        """Replace one document's rows (they all share one documents.id) and record its files, all or
        nothing. ``rows``: ``pipeline.rows``' dicts (``tokens``: the search index's,
        ``search.entry_tokens(rows)``, when the worker made them), or ``pipeline.prepared.prepare``'s."""
        doc = rows if isinstance(rows, Prepared) else prepare(rows, tokens)
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("begin")
            self._uncommitted, self._opened = [], time.monotonic()
            self._next_rowid = None  # read again in each transaction
        try:
            self._replace(doc, files)
        except BaseException:
            self._undo()
            raise
        self._uncommitted.append((doc, files))
        self.changed = True
        if len(self._uncommitted) >= COMMIT_EVERY or time.monotonic() - self._opened >= COMMIT_AFTER:
            self._commit()

    def _undo(self) -> None:
        """Undo the document being written: the transaction is rolled back and the documents written in it before
        this one are written again (a savepoint per document cost a fifth of the writer's time: SQLite kept a copy
        of every page each document changed, to undo it alone). If writing them again fails too (disk full, an
        interrupt), they are rolled back with it and dropped from the open transaction: a document is never left
        half-written for the closing commit."""
        conn = self.db.conn
        conn.rollback()
        self._forget_index()
        self._agencies = None  # the agencies those documents added are undone too
        earlier, self._uncommitted = self._uncommitted, []
        if not earlier:
            return
        conn.execute("begin")
        try:
            for earlier_doc, earlier_files in earlier:
                self._replace(earlier_doc, earlier_files)
        except BaseException:
            conn.rollback()
            self._forget_index()
            self._agencies = None
            raise
        self._uncommitted = earlier

    def _replace(self, doc: Prepared, files: list[dict]) -> None:
        """``write`` of one document, in the open transaction."""
        doc_id = doc.document_id
        conn = self.db.conn
        # documents.source_path keeps the first path these bytes were read from
        existing = conn.execute("select source_path, file_name, notice_id from documents where id = ?",
                                [doc_id]).fetchone()
        document = doc.document
        if existing is not None:
            values = dict(zip(document.columns, document.values[0]))
            values.update(zip(FIRST_PATH_COLUMNS, existing))
            document = Table("documents", document.columns, [tuple(values.values())])
            # a document's rows are written with its documents row and deleted before it: bytes not
            # stored have none to delete
            self._delete_document(doc_id)
            conn.execute("delete from documents where id = ?", [doc_id])
        agencies = self._add_agencies(doc.agencies)
        self._insert_values(document)
        for facts in doc.facts:
            self._insert_values(facts)
        self._index(doc.search)
        self._record_files(files)
        if agencies:
            self._agencies.update(agencies)

    def record_files(self, files: list[dict]) -> None:
        """Files whose document is already stored (unchanged, or a second name of known bytes), or that
        have no document (unreadable, a type zhengce does not read)."""
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("begin")
            self._uncommitted = []
        try:
            self._record_files(files)
        except BaseException:
            self._undo()
            raise
        self._commit()  # the documents written before them are committed with them

    def _record_files(self, files: list[dict]) -> None:
        for row in files:
            previous = self.db.conn.execute("select document_id from files where path = ?", [row["path"]]).fetchone()
            if previous is not None and previous[0] and previous[0] != row["document_id"]:
                self.changed = True  # the file was edited: its old document may now be orphaned
        self.insert_rows("files", files, upsert_on="path")

    def finish(self, *, regroup: Callable[["Store"], None] | None = None) -> int:
        """Drop documents no file points to (edited files' old versions) and regroup notices if anything
        changed. Returns the number of documents dropped."""
        self._flush_index_or_undo()
        with self.db.conn:
            orphans = [r[0] for r in self.db.conn.execute(
                "select id from documents where id not in (select document_id from files "
                "where document_id is not null)")]
            for doc_id in orphans:
                self._delete_document(doc_id)
                self.db.conn.execute("delete from documents where id = ?", [doc_id])
            if orphans:
                self._agencies = None
                self.db.conn.execute("delete from agencies where id not in (select agency_id from agency_mentions) "
                                     "and id not in (select agency_id from task_agencies) "
                                     "and id not in (select agency_id from agency_aliases)")
                self.changed = True
        stale = self.meta("notices_stale") != "0"
        if regroup is not None and (self.changed or stale):
            with self.db.conn:
                self.db[META_TABLE].upsert({"key": "notices_stale", "value": "1"}, pk="key")
            regroup(self)
            with self.db.conn:
                self.db[META_TABLE].upsert({"key": "notices_stale", "value": "0"}, pk="key")
        return len(orphans)

    def counts(self) -> dict[str, int]:
        """Files, documents and notices as the database holds them (what the summary reports)."""
        one = lambda sql: self.db.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"files": one("select count(*) from files"), "documents": one("select count(*) from documents"),
                "notices": one("select count(*) from notices")}

    def close(self) -> None:
        """Commit the documents written since the last commit, and close."""
        try:
            if self.db.conn.in_transaction:
                self._commit()
        finally:
            self.db.conn.close()

