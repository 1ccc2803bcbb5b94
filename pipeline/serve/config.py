"""Datasette metadata for one database, made from ``schemas/metadata.json`` and ``schemas/queries/``.

The file describes a database named ``policies``; here its entry takes the served file's name,
canned queries get their SQL from ``schemas/queries/<name>.sql``, columns every table shares
(spans, ids) get their descriptions, and facets, sorts and descriptions of columns the database
does not have are left out (a database written by an older or newer zhengce still opens).
"""
from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent.parent.parent / "schemas"
METADATA = SCHEMAS / "metadata.json"
QUERIES = SCHEMAS / "queries"
#: the database name metadata.json is written for
TEMPLATE_NAME = "policies"


def database_columns(db_path: str | Path) -> dict[str, list[str]]:
    """Table and view names → column names (empty when the file is not a readable database)."""
    try:
        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")]
        return {name: [r[1] for r in conn.execute(f"pragma table_info([{name}])")] for name in names}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def load_queries(entries: dict) -> dict:
    """Canned queries with their SQL read from ``sql_file`` (a path under schemas/queries/)."""
    queries = {}
    for name, query in entries.items():
        query = dict(query)
        sql_file = query.pop("sql_file", None)
        if sql_file:
            query["sql"] = (QUERIES / sql_file).read_text(encoding="utf-8")
        queries[name] = query
    return queries


def _fit_table(entry: dict, columns: list[str], common: dict[str, str]) -> dict:
    """A table's metadata with what names missing columns dropped and the shared descriptions added."""
    entry = dict(entry)
    described = {**{c: d for c, d in common.items() if c in columns}, **entry.get("columns", {})}
    entry["columns"] = {c: d for c, d in described.items() if c in columns}
    facets = [f for f in entry.get("facets", []) if (f if isinstance(f, str) else next(iter(f.values()))) in columns]
    if facets:
        entry["facets"] = facets
    else:
        entry.pop("facets", None)
    for key in ("sort", "sort_desc", "label_column"):
        if key in entry and entry[key] not in columns:
            del entry[key]
    return entry


def datasette_metadata(db_path: str | Path, columns: dict[str, list[str]] | None = None) -> dict:
    """The metadata Datasette is given for ``db_path`` (its entry keyed by the file's stem)."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    name = Path(db_path).stem
    if columns is None:
        columns = database_columns(db_path)
    plugin = metadata.get("plugins", {}).get("zhengce", {})
    common = plugin.get("common_columns", {})
    entry = metadata.get("databases", {}).get(TEMPLATE_NAME, {})
    tables = {}
    for table, table_entry in entry.get("tables", {}).items():
        if columns and table not in columns:
            continue
        tables[table] = _fit_table(table_entry, columns.get(table, []), common) if columns else table_entry
    for table, table_columns in columns.items():
        if table not in tables and any(c in common for c in table_columns):
            tables[table] = _fit_table({}, table_columns, common)
    entry = {**entry, "tables": tables, "queries": load_queries(entry.get("queries", {}))}
    metadata["databases"] = {name: entry}
    dashboards = metadata.get("plugins", {}).get("datasette-dashboards")
    if dashboards:
        metadata["plugins"]["datasette-dashboards"] = dashboards_for(dashboards, name, db_path)
    return metadata


def dashboards_for(dashboards: dict, name: str, db_path: str | Path) -> dict:
    """The dashboards with their charts and filters pointed at database ``name``; a select filter
    whose ``default`` is ``most_common`` defaults to its query's first value (the most common)."""
    dashboards = copy.deepcopy(dashboards)
    for dashboard in dashboards.values():
        for part in list(dashboard.get("charts", {}).values()) + list(dashboard.get("filters", {}).values()):
            if part.get("db") == TEMPLATE_NAME:
                part["db"] = name
        for flt in dashboard.get("filters", {}).values():
            if flt.get("default") == "most_common":
                flt.pop("default")
                value = _first_value(db_path, flt.get("query"))
                if value is not None:
                    flt["default"] = value
    return dashboards


def _first_value(db_path: str | Path, sql: str | None):
    if not sql:
        return None
    try:
        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
        try:
            row = conn.execute(sql).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None
