"""Provenance: every stored span holds exactly its evidence in the document's normalized text."""
from __future__ import annotations

from schemas.tables import TABLES

SPAN_TABLES = [name for name, spec in TABLES.items() if "evidence" in spec["columns"]]


def test_every_stored_span_equals_its_evidence(batch):
    texts = {r["id"]: r["text"] for r in batch.execute("select id, text from documents where status = 'ok'")}
    checked = 0
    for table in SPAN_TABLES:
        for row in batch.execute(f"select document_id, evidence, char_start, char_end from [{table}]"):
            text = texts[row["document_id"]]
            assert text[row["char_start"] : row["char_end"]] == row["evidence"], (table, row["evidence"])
            checked += 1
    assert checked > 0


def test_every_section_span_lies_inside_its_text(batch):
    texts = {r["id"]: r["text"] for r in batch.execute("select id, text from documents where status = 'ok'")}
    rows = batch.execute("select document_id, heading, char_start, char_end from sections").fetchall()
    assert rows
    for row in rows:
        text = texts[row["document_id"]]
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
        assert text[row["char_start"] :].startswith(row["heading"][:4])
