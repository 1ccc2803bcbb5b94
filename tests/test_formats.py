"""Input formats beyond text, DOCX, PDF and HTML (issue 9): .doc/.wps through LibreOffice, Markdown,
and a folder's README left out.

tests/formats/ holds the seeds 004 (韶关 reply) saved as Word 97-2003 .doc and 001 (渝中 plan) saved in
the same binary format under a .wps name, made with LibreOffice from corpus/docx/. They must give the
facts of their seeds (tests/gold/); without LibreOffice they fail with an error that says how to read them.
"""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import UnsupportedFormatError
from pipeline.evaluate import evaluate
from pipeline.ingest import legacy_word, read_file
from pipeline.runner import run
from tests.conftest import GOLD, ROOT

FORMATS = ROOT / "tests" / "formats"
needs_libreoffice = pytest.mark.skipif(legacy_word.converter() is None, reason="LibreOffice (.ci/run installs it)")


@needs_libreoffice
def test_doc_and_wps_give_the_facts_of_their_seeds(tmp_path):
    db = tmp_path / "formats.db"
    run([FORMATS], db)
    report = evaluate(db, GOLD)
    assert sorted(d["file_name"] for d in report["documents"]) == ["001_yuzhong_notice.wps", "004_shaoguan_reply.doc"]
    for doc in report["documents"]:
        assert doc["status"] == "ok"
        metadata = doc["scores"]["metadata"]
        assert all(metadata.accuracy(field) == 1.0 for field in metadata.attrs), (doc["file_name"], metadata.attrs)
        for part in ("targets", "tasks", "members"):
            score = doc["scores"][part]
            if score.n_gold:
                assert score.f1 >= 0.9, (doc["file_name"], part, score.f1)
    assert read_file(FORMATS / "004_shaoguan_reply.doc").file_format == "doc"


def test_without_libreoffice_a_doc_fails_with_a_typed_error_that_says_how_to_read_it(monkeypatch, tmp_path):
    monkeypatch.setattr(legacy_word, "converter", lambda: None)
    with pytest.raises(UnsupportedFormatError, match="install LibreOffice"):
        read_file(FORMATS / "004_shaoguan_reply.doc")
    result = CliRunner().invoke(cli, ["run", str(FORMATS / "004_shaoguan_reply.doc"), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 0 and "unsupported_format" in result.output and "Traceback" not in result.output


def test_a_folder_reads_markdown_doc_and_wps_and_skips_its_readme(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy_word, "converter", lambda: None)  # no LibreOffice: the .doc fails, it is not skipped
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "notices" / "md_zigui_county_scrape.md", folder / "zigui.md")
    shutil.copy(FORMATS / "004_shaoguan_reply.doc", folder / "reply.doc")
    (folder / "README.md").write_text("# 这些通知从各地门户网站下载\n")
    db = tmp_path / "f.db"
    summary = run([folder], db)
    statuses = {outcome.path.split("/")[-1]: outcome.status for outcome in summary.outcomes}
    assert statuses == {"zigui.md": "ok", "reply.doc": "failed", "README.md": "skipped"}
    import sqlite3

    rows = dict(sqlite3.connect(db).execute("select file_name, status from files").fetchall())
    assert rows == {"zigui.md": "ok", "reply.doc": "failed", "README.md": "skipped"}
    # named on the command line, a README is read like any notice
    assert run([folder / "README.md"], tmp_path / "g.db").outcomes[0].status in ("ok", "failed")
