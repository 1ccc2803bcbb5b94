"""Mutation test: 500 damaged copies of the corpus (tests/mutations.py: byte flips, truncation, zip
entries and cross-references damaged, re-encodings) through the batch runner with two workers.
Every file ends ``ok`` or with a typed failure; none escapes as ``internal_error`` or a crash."""
from __future__ import annotations

import sqlite3
from collections import Counter

from pipeline.runner import run
from tests.mutations import MUTATIONS, mutated_files

#: the failures a damaged file may end with: each says what is wrong and what the user can do
TYPED = {"corrupt", "decode_error", "no_text", "too_large", "unsupported_format", "wrong_type", "empty_file",
         "encrypted", "needs_ocr"}


def test_five_hundred_damaged_files_end_ok_or_with_a_typed_failure(tmp_path):
    files = mutated_files(tmp_path / "in", 500, seed=13)
    assert len(files) == 500 and {f.name.split("_")[1] for f in files} == set(MUTATIONS)
    summary = run([tmp_path / "in"], tmp_path / "m.db", workers=2)

    assert len(summary.outcomes) == 500
    codes = Counter("ok" if o.status == "ok" else (o.error or "").split(":")[0] for o in summary.outcomes)
    escapes = {o.path: o.error for o in summary.outcomes if o.status != "ok" and o.error.split(":")[0] not in TYPED}
    assert not escapes, escapes
    # damaged but readable means read: a good share of the damaged files still lands
    assert codes["ok"] >= 150, codes
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("select count(*) from files").fetchone()[0] == 500
    assert conn.execute("select count(*) from documents where status = 'failed' and error like 'internal_error%'"
                        ).fetchone()[0] == 0
    # warnings stay small whatever the damage
    assert conn.execute("select max(length(warnings)) from documents").fetchone()[0] < 20_000
