"""Whether two zhengce databases hold the same rows, timing columns aside (``extracted_at``, ``checked_at``)
and the order rows arrived in (the search index's row numbers).

A change meant to make zhengce faster must leave the database as it was: run the same input into
``before.db`` (old code) and ``after.db`` (new code), then

    python bench/compare_databases.py before.db after.db

prints each table whose rows differ (with a few of the differing rows) and exits 1, or says they are
the same and exits 0. The tests compare a ``--workers 1``, a ``--workers 2`` and a Dask run with
``table_contents``.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

#: columns that say when a row was written, not what it holds; and the search index's row numbers, which
#: follow the order documents arrived in (two workers store them in either order)
TIMING_COLUMNS = frozenset({"extracted_at", "checked_at", "rowid"})


def table_contents(db_path: str | Path, *, ignore: frozenset[str] = TIMING_COLUMNS) -> dict[str, list[str]]:
    """Every table's rows (sorted, as text, ``ignore``d columns left out), by table name."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
            "and name not like 'search_fts_%' order by name")]  # the search index's own b-tree: as rowid
        contents = {}
        for name in names:
            columns = [c[1] for c in conn.execute(f"pragma table_info([{name}])") if c[1] not in ignore]
            rows = conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{name}]").fetchall()
            contents[name] = sorted(repr(row) for row in rows)
        return contents
    finally:
        conn.close()


def differences(first: dict[str, list[str]], second: dict[str, list[str]]) -> dict[str, tuple[list, list]]:
    """Table → (rows only in the first, rows only in the second), for the tables that differ."""
    out = {}
    for name in sorted(set(first) | set(second)):
        a, b = first.get(name, []), second.get(name, [])
        if a != b:
            only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
            out[name] = (only_a or [f"({len(a)} rows)"], only_b or [f"({len(b)} rows)"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--show", type=int, default=3, help="differing rows shown per table")
    args = parser.parse_args()
    diff = differences(table_contents(args.first), table_contents(args.second))
    if not diff:
        print(f"same rows in every table (timing columns aside): {args.first} = {args.second}")
        return
    for name, (only_first, only_second) in diff.items():
        print(f"{name}: {len(only_first)} rows only in {args.first}, {len(only_second)} only in {args.second}")
        for row in only_first[: args.show]:
            print(f"  - {row[:300]}")
        for row in only_second[: args.show]:
            print(f"  + {row[:300]}")
    sys.exit(1)


if __name__ == "__main__":
    main()
