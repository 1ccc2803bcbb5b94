"""Datasette over the batch database: described tables, canned queries, and safe by default."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.serve import datasette_metadata, is_loopback, make_datasette
from pipeline.serve.config import database_columns
from tests.browser import running_server


def fetch(ds, path: str, method: str = "get", **kwargs):
    async def go():
        return await getattr(ds.client, method)(path, **kwargs)

    return asyncio.run(go())


def get_json(ds, path: str):
    response = fetch(ds, path)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response.json()


def test_metadata_is_keyed_by_the_database_file_name(tmp_path):
    metadata = datasette_metadata(tmp_path / "my_notices.db")
    assert list(metadata["databases"]) == ["my_notices"]
    assert "targets" in metadata["databases"]["my_notices"]["tables"]
    assert "select" in metadata["databases"]["my_notices"]["queries"]["search"]["sql"]


def test_facets_and_sorts_on_columns_a_database_lacks_are_left_out(corpus_db):
    columns = database_columns(corpus_db)
    columns["notice_targets"] = [c for c in columns["notice_targets"] if c != "deadline_year"]
    tables = datasette_metadata(corpus_db, columns)["databases"][corpus_db.stem]["tables"]
    assert "deadline_year" not in tables["notice_targets"]["facets"]
    assert "indicator" in tables["notice_targets"]["facets"]
    # shared descriptions reach every table that has the column
    assert "char_start" in tables["targets"]["columns"] and "char_start" in tables["agency_mentions"]["columns"]


def test_datasette_serves_targets_with_their_evidence(batch_db):
    ds = make_datasette(batch_db)
    data = get_json(ds, f"/{batch_db.stem}/targets.json?_shape=array&indicator=5G用户占比&_size=max")
    assert data and all("evidence" in row and row["char_end"] > row["char_start"] for row in data)
    assert {row["kind"] for row in data} >= {"target", "actual"}


def test_datasette_shows_the_table_descriptions(batch_db):
    page = fetch(make_datasette(batch_db), f"/{batch_db.stem}/targets")
    assert page.status_code == 200
    assert "national thresholds quoted in annexes" in page.text


def test_search_json_gives_kind_context_and_a_link_to_the_evidence(corpus_db):
    ds = make_datasette(corpus_db)
    rows = get_json(ds, f"/{corpus_db.stem}/search.json?q=每万人拥有&_shape=array")
    assert {row["kind"] for row in rows} >= {"notice", "target"}
    target = next(row for row in rows if row["kind"] == "target")
    assert "⟪每万人拥有⟫" in target["context"]
    assert target["open"].startswith("-/evidence/targets/")
    page = fetch(ds, f"/{corpus_db.stem}/" + target["open"])
    assert page.status_code == 200 and '<mark id="evidence"' in page.text


def test_every_canned_query_runs(corpus_db):
    ds = make_datasette(corpus_db)
    name = corpus_db.stem
    params = {"search": "q=千兆", "targets_vs_national": "indicator=", "indicator_across_regions": "indicator=5G用户占比",
              "upcoming_deadlines": "as_of=2023-01-01&days=400", "overdue_deadlines": "as_of=2024-01-01",
              "agencies_by_tasks_led": "name=大数据", "members_by_organization": "organization=移动",
              "notices_citing": "doc_number=〔2021〕"}
    for query, args in params.items():
        rows = get_json(ds, f"/{name}/{query}.json?{args}&_shape=array")
        assert rows, query
    # the 阳泉 notice: 5G用户占比超过50% by the end of 2023
    rows = get_json(ds, f"/{name}/indicator_across_regions.json?indicator=5G用户占比&_shape=array")
    assert any(r["region"] == "阳泉市" and r["value"] == 50 and r["unit"] == "%" for r in rows)
    # the same 文号 written with other brackets
    a = get_json(ds, f"/{name}/notices_citing.json?doc_number=[2021]&_shape=array")
    b = get_json(ds, f"/{name}/notices_citing.json?doc_number=〔2021〕&_shape=array")
    assert a == b


def test_local_paths_are_not_shown(batch_db):
    ds = make_datasette(batch_db)
    databases = get_json(ds, "/-/databases.json")
    assert databases and all("/" not in entry["path"] for entry in databases)
    assert databases[0]["path"] == Path(batch_db).name
    name = batch_db.stem
    files = get_json(ds, f"/{name}/files.json?_shape=array&_size=5")
    assert files and all(row["path"] is None and row["file_name"] for row in files)
    rows = get_json(ds, f"/{name}.json?sql=select+path,+file_name+from+files+limit+3&_shape=array")
    assert rows and all(row["path"] is None for row in rows)
    rows = get_json(ds, f"/{name}.json?sql=select+source_path+from+documents+limit+3&_shape=array")
    assert all(row["source_path"] is None for row in rows)
    assert str(Path(batch_db).parent) not in fetch(ds, f"/{name}/documents").text


def test_a_write_is_refused(corpus_db):
    ds = make_datasette(corpus_db)
    name = corpus_db.stem
    before = sqlite3.connect(corpus_db).execute("select count(*) from documents").fetchone()[0]
    post = fetch(ds, f"/{name}", method="post", data={"sql": "delete from documents"})
    assert post.status_code in (400, 403, 405)
    get = fetch(ds, f"/{name}.json?sql=delete+from+documents")
    assert get.status_code == 400
    post = fetch(ds, f"/{name}/search", method="post", data={"q": "x"})
    assert post.status_code in (400, 403, 405)
    assert sqlite3.connect(corpus_db).execute("select count(*) from documents").fetchone()[0] == before
    assert ds.setting("sql_time_limit_ms") == 1000
    assert all(not database.is_mutable for name, database in ds.databases.items() if name != "_internal")
    plugins = {p["name"] for p in get_json(ds, "/-/plugins.json")}
    assert not any(word in p for p in plugins for word in ("write", "upload", "insert", "edit"))


def test_loopback_addresses():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("::")


def _listening(port: int) -> set[str]:
    """Local addresses of the sockets listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:
                found.add(address)
    return found


def test_the_server_listens_on_loopback_only_by_default(corpus_db):
    with running_server(corpus_db) as (base, _):
        port = int(base.rsplit(":", 1)[1])
        addresses = _listening(port)
    assert addresses == {"0100007F"}  # 127.0.0.1, and no 0.0.0.0 or other interface


def test_serve_warns_when_bound_beyond_loopback(corpus_db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    result = CliRunner().invoke(cli, ["serve", "--db", str(corpus_db), "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and "other machines" in result.output
    assert calls[-1]["host"] == "0.0.0.0" and calls[-1]["port"] == 8123
    result = CliRunner().invoke(cli, ["serve", "--db", str(corpus_db)])
    assert result.exit_code == 0 and "warning" not in result.output
    assert calls[-1]["host"] == "127.0.0.1"


def test_serve_command_is_documented():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Datasette" in result.output and "--host" in result.output


def test_a_table_filtered_by_search_keeps_the_rows_containing_the_term(corpus_db):
    ds = make_datasette(corpus_db)
    name = corpus_db.stem
    rows = get_json(ds, f"/{name}/notice_targets.json?_search=每万人拥有&_shape=array&_size=max")
    assert rows and all("每万人拥有" in row["evidence"] for row in rows)
    conn = sqlite3.connect(corpus_db)
    expected = conn.execute("select count(*) from notice_targets where instr(evidence, '每万人拥有') > 0").fetchone()[0]
    assert len(rows) == expected
    # combined with a facet's filter
    rows = get_json(ds, f"/{name}/notice_targets.json?_search=基站&city=阳泉市&_shape=array")
    assert rows and all(row["city"] == "阳泉市" and "基站" in row["evidence"] for row in rows)
    notices = get_json(ds, f"/{name}/notices.json?_search=泽州&_shape=array")
    assert [n["county"] for n in notices] == ["泽州县"]


def test_an_evidence_address_naming_nothing_is_a_404_page(corpus_db):
    ds = make_datasette(corpus_db)
    name = corpus_db.stem
    for path in (f"/{name}/-/evidence/targets/no-such-id", f"/{name}/-/evidence/sqlite_master/x",
                 "/no_such_db/-/evidence/targets/x"):
        page = fetch(ds, path)
        assert page.status_code == 404 and "Error 404" in page.text and "Traceback" not in page.text
    # punctuation only, or nothing: no hits, no error
    assert get_json(ds, f"/{name}/search.json?q=，。&_shape=array") == []
    assert get_json(ds, f"/{name}/search.json?q=&_shape=array") == []
