"""The targets of a test notice (tests/notices/), each checked to cite its own evidence."""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def checked_targets(name: str) -> list:
    """The targets extracted from ``tests/notices/<name>``; every one's span must give its evidence."""
    doc, results, _ = extract_document(str(NOTICES / name))
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results["targets"]
