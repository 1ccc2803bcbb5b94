"""Parity: a seed's text, DOCX and PDF renderings give the same metadata and the same body text."""
from __future__ import annotations

import json

import pytest
import regex

SEEDS = ["000", "001", "002", "003", "004"]
FORMATS = ["text", "docx", "pdf"]
METADATA_FIELDS = ["title", "doc_number", "issuer", "issue_date", "doc_type", "province", "city", "county",
                   "recipients", "public_status"]
# a sentence: up to a full stop or semicolon, at least 8 characters
SENTENCE = regex.compile(r"[^。；\n]{8,}[。；]")


def rows_by_format(batch, seed: str) -> dict:
    rows = batch.execute(
        "select * from documents where file_name like ? and source_path like '%/corpus/%'", [seed + "_%"]
    ).fetchall()
    return {row["file_format"]: row for row in rows}


@pytest.mark.parametrize("seed", SEEDS)
def test_all_three_renderings_give_the_same_metadata(batch, seed):
    rows = rows_by_format(batch, seed)
    assert sorted(rows) == sorted(FORMATS)
    reference = {f: rows["text"][f] for f in METADATA_FIELDS}
    assert reference["title"], "the text seed has no title"
    for fmt in ("docx", "pdf"):
        assert {f: rows[fmt][f] for f in METADATA_FIELDS} == reference, fmt


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_body_sentences_of_the_text_seed_appear_in_each_rendering(batch, seed, fmt):
    rows = rows_by_format(batch, seed)
    # Tables are laid out differently per format (cell order, merged cells); compare prose.
    seed_sentences = {s for s in SENTENCE.findall(rows["text"]["text"]) if "\t" not in s}
    other = rows[fmt]["text"].replace("\n", "")
    found = [s for s in seed_sentences if s in other]
    recall = len(found) / len(seed_sentences)
    missing = sorted(seed_sentences - set(found))[:5]
    assert recall >= 0.97, f"{fmt} {seed}: {recall:.3f} of seed sentences found; e.g. {json.dumps(missing, ensure_ascii=False)}"
