"""Browse a zhengce database in Datasette, with the table descriptions of schemas/metadata.json."""
from __future__ import annotations

import json
from pathlib import Path

METADATA = Path(__file__).resolve().parent.parent / "schemas" / "metadata.json"


def datasette_metadata(db_path: str | Path) -> dict:
    """schemas/metadata.json with its database entry renamed after ``db_path`` (Datasette keys by file stem)."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if databases:
        (entry,) = databases.values()
        metadata["databases"] = {Path(db_path).stem: entry}
    return metadata


def make_datasette(db_path: str | Path):
    from datasette.app import Datasette

    return Datasette([str(db_path)], metadata=datasette_metadata(db_path), settings={"truncate_cells_html": 300})


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    import uvicorn

    uvicorn.run(make_datasette(db_path).app(), host=host, port=port, log_level="warning")
