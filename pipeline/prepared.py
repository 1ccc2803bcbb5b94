"""One document's rows as the store inserts them, made where the document is extracted (a worker).

``prepare(rows, tokens)`` turns ``pipeline.rows``' dicts into one tuple of values per row, in the
order of its table's columns (lists and dicts as JSON text, as sqlite-utils stores them), and the
document's search index entries with their tokens (``pipeline.search``). The one process that writes
the database then only binds values (``pipeline.store``): building the tuples was a fifth of its time
per document, which two workers on two cores wait for; tuples also travel back from a worker a little
smaller than dicts naming every column, and are unpickled a quarter faster.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from pipeline import search
from schemas.tables import DOCUMENT_TABLES

#: the documents columns the store may set from an earlier copy of the same bytes (its first path)
FIRST_PATH_COLUMNS = ("source_path", "file_name", "notice_id")
#: the tables of a document's facts, in the order they are inserted (parents before children)
FACT_TABLES = tuple(reversed(DOCUMENT_TABLES))


@dataclass
class Table:
    """Rows of one table: its columns, and one tuple of values per row in their order."""

    name: str
    columns: tuple[str, ...]
    values: list[tuple]


@dataclass
class Prepared:
    """One document, ready to insert: its documents row, its agencies, its facts' tables (in
    ``FACT_TABLES`` order, empty ones left out) and its search index entries, each ``(kind, ref_table,
    ref_id, document_id, char_start, text, tokens)`` (a notice's text is not repeated: ``None``)."""

    document: Table
    agencies: Table
    facts: list[Table]
    search: list[tuple]

    @property
    def document_id(self) -> str:
        return self.document.values[0][0]


_JSON_TYPES = (dict, list, tuple)  # what sqlite-utils stores as JSON text


def sql_value(value):
    """A value as sqlite-utils stores it: lists and dicts as JSON text."""
    if isinstance(value, _JSON_TYPES):
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


def table(name: str, rows: list[dict], columns: tuple[str, ...] = ()) -> Table:
    """``rows`` as a Table: the columns ``rows`` name (after ``columns``), in the order they first appear,
    a column a row lacks being null."""
    columns = tuple(dict.fromkeys([*columns, *(key for row in rows for key in row)]))
    # sql_value called only on the values it changes (a call per value was most of the time here)
    return Table(name, columns, [tuple([sql_value(v) if isinstance(v, _JSON_TYPES) else v
                                        for v in map(row.get, columns)]) for row in rows])


def prepare(rows: dict[str, list[dict]], tokens: list[str] | None = None) -> Prepared:
    """``pipeline.rows``' rows of one document (``tokens``: ``search.entry_tokens(rows)``, when made)."""
    if tokens is None:
        tokens = search.entry_tokens(rows)
    entries = [(kind, ref_table, ref_id, doc_id, start, None if ref_table == "documents" else text, tokens[k])
               for k, (kind, ref_table, ref_id, doc_id, start, text) in enumerate(search.entries(rows))]
    # id first (Prepared.document_id), and the columns an earlier copy may set present even when null
    document = table("documents", rows["documents"][:1], ("id", *FIRST_PATH_COLUMNS))
    facts = [table(name, rows[name]) for name in FACT_TABLES if rows.get(name)]
    return Prepared(document, table("agencies", rows.get("agencies") or [], ("id", "kind")), facts, entries)
