"""The Datasette instance and the server: read-only, loopback by default, a time limit on SQL.

The database is served immutable (opened read-only, never written, table counts computed once);
any write the SQL page or an API might attempt fails. ``serve`` binds 127.0.0.1 unless given
another host and warns when the address reaches beyond this machine.
"""
from __future__ import annotations

import ipaddress
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETTINGS = {
    "sql_time_limit_ms": 1000,  # a runaway query stops after a second
    "facet_time_limit_ms": 500,
    "default_facet_size": 8,  # the table stays on the first screen
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "truncate_cells_html": 140,  # long text is cut in tables and shown whole on row pages
    "suggest_facets": False,  # the configured facets are the useful ones; suggesting costs a query per column
    "allow_download": False,  # the database file holds every input path
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checkpoint(db_path: str | Path) -> None:
    """Fold a write-ahead log left by a run into the file: an immutable reader never sees the log."""
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size:
        conn = sqlite3.connect(str(db_path))
        try:
            conn.execute("pragma busy_timeout = 5000")
            conn.execute("pragma wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def make_datasette(db_path: str | Path, *, settings: dict | None = None):
    """Datasette over ``db_path`` with our metadata, plugin, templates and static files."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from pipeline.serve import plugin
    from pipeline.serve.config import datasette_metadata

    if not pm.is_registered(plugin):
        pm.register(plugin, name="zhengce")
    checkpoint(db_path)
    return Datasette(
        immutables=[str(db_path)],
        metadata=datasette_metadata(db_path),
        settings={**SETTINGS, **(settings or {})},
        template_dir=str(HERE / "templates"),
        static_mounts=[("zhengce-static", str(HERE / "static"))],
        cors=False,
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, *, echo=print) -> None:
    import uvicorn

    if not is_loopback(host):
        echo(f"warning: listening on {host}, reachable from other machines: anyone who can reach it can read "
             "the database (read-only). Use --host 127.0.0.1 to keep it on this machine.", file=sys.stderr)
    uvicorn.run(make_datasette(db_path).app(), host=host, port=port, log_level="warning")
