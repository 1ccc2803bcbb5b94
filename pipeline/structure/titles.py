"""Titles and document types: which type word ends a title (…方案的通知 → 通知).

Reads schemas/doc_types.csv (title suffix → doc type) once; returns the type of a title and the
pattern of a title's end (the titles a 关于印发《X》的通知 issues: ``pipeline.issued``).
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path

import regex

from pipeline.structure.patterns import TITLE_QUALIFIER, TRAILING_QUALIFIER

_SCHEMAS = Path(__file__).resolve().parent.parent.parent / "schemas"


@functools.lru_cache(maxsize=1)
def doc_type_suffixes() -> tuple[tuple[str, str], ...]:
    """(title suffix, doc type) from schemas/doc_types.csv, longest suffix first."""
    with open(_SCHEMAS / "doc_types.csv", encoding="utf-8") as f:
        rows = [(r["suffix"], r["doc_type"]) for r in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.lru_cache(maxsize=1)
def _title_end() -> regex.Pattern:
    # …的通知, …实施意见（试行）: text that ends with a document type word
    words = "|".join(regex.escape(suffix) for suffix, _ in doc_type_suffixes())
    return regex.compile(rf"(?:{words}){TITLE_QUALIFIER}$")


def title_doc_type(title: str) -> tuple[str, int, int] | None:
    """(doc type, start, end) of the type word that ends ``title`` (``…方案的通知`` → 通知; a title that
    ends in the document it issues, ``某办公厅印发《…的若干意见》``, has that document's type)."""
    title = title.rstrip().rstrip("》”")
    qualifier = TRAILING_QUALIFIER.search(title)
    end = qualifier.start() if qualifier else len(title)
    for suffix, doc_type in doc_type_suffixes():
        if title.endswith(suffix, 0, end):
            return doc_type, end - len(suffix), end
    return None
