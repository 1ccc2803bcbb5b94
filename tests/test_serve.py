"""Datasette over the batch database: tables described, facts queryable through its JSON API."""
from __future__ import annotations

import asyncio

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.serve import datasette_metadata, make_datasette


def get_json(ds, path: str):
    async def fetch():
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response.json()

    return asyncio.run(fetch())


def test_metadata_is_keyed_by_the_database_file_name(tmp_path):
    metadata = datasette_metadata(tmp_path / "my_notices.db")
    assert list(metadata["databases"]) == ["my_notices"]
    assert "targets" in metadata["databases"]["my_notices"]["tables"]


def test_datasette_serves_targets_with_their_evidence(batch_db):
    ds = make_datasette(batch_db)
    name = batch_db.stem
    data = get_json(ds, f"/{name}/targets.json?_shape=array&indicator=5G用户占比&_size=max")
    assert data and all("evidence" in row and row["char_end"] > row["char_start"] for row in data)
    assert {row["kind"] for row in data} >= {"target", "actual"}


def test_datasette_shows_the_table_descriptions(batch_db):
    ds = make_datasette(batch_db)

    async def fetch():
        return await ds.client.get(f"/{batch_db.stem}/targets")

    page = asyncio.run(fetch())
    assert page.status_code == 200
    assert "national thresholds quoted in annexes" in page.text


def test_serve_command_is_documented():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Datasette" in result.output
