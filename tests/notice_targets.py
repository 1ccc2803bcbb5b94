"""The targets of a test notice (tests/notices/), each checked to cite its own evidence."""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document

NOTICES = Path(__file__).resolve().parent / "notices"


def checked_targets(name: str) -> list:
    """The targets extracted from ``tests/notices/<name>``; every one's span must give its evidence."""
    return _checked(NOTICES / name)


def written_targets(path: Path, text: str) -> list:
    """The targets of a notice of our own written to ``path`` (head, body and signature in ``text``), each checked."""
    path.write_text(text, encoding="utf-8")
    return _checked(path)


def cover_notice(org: str, title: str, body: str, addressees: str, date: str) -> str:
    """A notice of our own as a cover notice issuing ``title``: its head (title line, addressees), ``body`` and the
    issuer and date that sign it."""
    return f"{org}关于印发{title}的通知\n\n{addressees}：\n{body}\n\n{org}\n{date}\n"


def target_rows(path: Path) -> list[tuple]:
    """(kind, indicator_raw, comparator, value, unit, scope, deadline) of each target of the file at ``path``, checked."""
    return [(t.kind, t.indicator_raw, t.comparator, t.value, t.unit, t.scope, t.deadline) for t in _checked(path)]


def _checked(path: Path) -> list:
    doc, results, _ = extract_document(str(path))
    for t in results["targets"]:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return results["targets"]
