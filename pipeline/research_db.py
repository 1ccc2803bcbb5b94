"""Open a zhengce database for reading, as the researcher's side does (compare, export, load).

Opens read-only (a mistyped path never creates an empty database), says how to fill a database that
is missing or holds no notices, and reads rows as dicts with whatever columns the database has (a
database written by an older or newer zhengce may lack or add columns).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

FILL_HINT = "fill it with `zhengce run PATH... --db {db}` (PATH: notices or folders of them; `make run` fills " \
            "output/policies.db from corpus/)"


class ResearchError(Exception):
    """A clear message for the user (an unknown name, an empty database): no traceback."""


class EmptyDatabaseError(ResearchError):
    pass


def connect(db_path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a database that holds notices, or EmptyDatabaseError saying how to fill it."""
    path = Path(db_path)
    hint = FILL_HINT.format(db=db_path)
    if not path.is_file():
        raise EmptyDatabaseError(f"no database at {db_path}: {hint}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    except sqlite3.DatabaseError as exc:
        raise ResearchError(f"{db_path} is not a zhengce database ({exc})") from None
    if "notices" not in tables:
        conn.close()
        if "documents" in tables:
            raise EmptyDatabaseError(f"{db_path} was written by an older zhengce and has no notices table: "
                                     f"run `zhengce run` on its files again ({hint})")
        raise EmptyDatabaseError(f"{db_path} holds no notices: {hint}")
    if conn.execute("select count(*) from notices").fetchone()[0] == 0:
        conn.close()
        raise EmptyDatabaseError(f"{db_path} holds no notices yet: {hint}")
    return conn


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns ``table`` (or view) has in this database; [] when it does not exist."""
    return [r[1] for r in conn.execute(f"pragma table_info([{table}])")]


def rows(conn: sqlite3.Connection, sql: str, params: tuple | list = ()) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, params)]
