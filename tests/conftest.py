"""Shared fixtures: one batch run of the whole corpus plus the bad inputs, reused by many tests."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def batch_db(tmp_path_factory) -> Path:
    """corpus/ and tests/fixtures/ extracted together in one batch, as a researcher would."""
    from pipeline.runner import run

    db = tmp_path_factory.mktemp("batch") / "policies.db"
    run([CORPUS, FIXTURES], db, workers=2)
    return db


@pytest.fixture()
def batch(batch_db) -> sqlite3.Connection:
    conn = sqlite3.connect(batch_db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """corpus/ alone: the fifteen renderings of the five seed notices."""
    from pipeline.runner import run

    db = tmp_path_factory.mktemp("corpus") / "policies.db"
    run([CORPUS], db, workers=2)
    return db


@pytest.fixture(scope="session")
def our_db(tmp_path_factory) -> Path:
    """tests/compare_notices/: 芜湖's plans of 2021, 2022 and 2023 and 绵阳's of 2023 (written for compare)."""
    from pipeline.runner import run

    db = tmp_path_factory.mktemp("compare") / "policies.db"
    run([ROOT / "tests" / "compare_notices"], db)
    return db
