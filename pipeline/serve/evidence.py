"""The evidence view: one fact inside its notice, the stored span highlighted and scrolled into view.

``/<db>/-/evidence/<table>/<id>`` shows the text of the fact's document with
``text[char_start:char_end]`` marked, the page it is on (PDFs), the notice's metadata, its other
copies and its other facts, each linking to its own evidence view. ``/<db>/-/evidence/documents/<id>``
shows a whole notice; ``?q=`` marks every occurrence of a search term in it.
"""
from __future__ import annotations

import markupsafe
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

#: tables whose rows are spans of documents.text (document_id, char_start, char_end)
SPAN_TABLES = ("targets", "tasks", "task_agencies", "agency_mentions", "taskforce_members", "taskforces",
               "citations", "target_evidence", "sections")
#: the other facts listed beside the text: (heading, table, columns shown, order)
FACT_LISTS = (
    ("Targets", "targets", ("indicator", "comparator", "value", "unit", "deadline", "kind"), "seq"),
    ("Tasks", "tasks", ("deadline", "recurrence", "text"), "seq"),
    ("Agencies named", "agency_mentions", ("agency",), "char_start"),
    ("Task-force members", "taskforce_members", ("role", "person", "position", "organization"), "seq"),
    ("Citations", "citations", ("cited_title", "cited_doc_number"), "seq"),
)
NOTICE_FIELDS = ("title", "doc_number", "issuer", "issue_date", "doc_type", "province", "city", "county",
                 "file_name", "file_format", "page_count", "status")
FACT_LIMIT = 200


async def _columns(db, table: str) -> list[str]:
    return await db.table_columns(table) if await db.table_exists(table) else []


async def _one(db, sql: str, params) -> dict | None:
    rows = (await db.execute(sql, params)).rows
    return dict(rows[0]) if rows else None


def marked_text(text: str, spans: list[tuple[int, int]]) -> markupsafe.Markup:
    """The text, escaped, with each (start, end) span in a <mark>; the first is #evidence."""
    out, at = [], 0
    for k, (start, end) in enumerate(sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text))):
        if start < at:
            continue
        out.append(markupsafe.escape(text[at:start]))
        mark_id = ' id="evidence"' if k == 0 else ""
        out.append(markupsafe.Markup(f'<mark{mark_id} data-start="{start}" data-end="{end}">')
                   + markupsafe.escape(text[start:end]) + markupsafe.Markup("</mark>"))
        at = end
    out.append(markupsafe.escape(text[at:]))
    return markupsafe.Markup("").join(out)


def term_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Every occurrence of each whitespace-separated term (as typed, case-folded)."""
    spans, lowered = [], text.lower()
    for term in query.split():
        start = lowered.find(term.lower())
        while start >= 0:
            spans.append((start, start + len(term)))
            start = lowered.find(term.lower(), start + len(term))
    return spans


async def facts_of(db, doc_id: str, current: str | None) -> list[dict]:
    """The document's facts by kind, each row with the columns shown and whether it is the current one."""
    lists = []
    for heading, table, wanted, order in FACT_LISTS:
        columns = await _columns(db, table)
        if not columns:
            continue
        shown = [c for c in wanted if c in columns]
        rows = (await db.execute(
            f"select id, page, {', '.join(f'[{c}]' for c in shown)} from [{table}] where document_id = ? "
            f"order by [{order}] limit {FACT_LIMIT}", [doc_id])).rows
        if rows:
            lists.append({"heading": heading, "table": table, "columns": shown,
                          "rows": [dict(r) | {"current": r["id"] == current} for r in rows]})
    return lists


class Missing(Exception):
    """What the address names is not in the database (answered with a 404 page, no traceback)."""


async def evidence_page(datasette, request):
    try:
        return await _evidence_page(datasette, request)
    except Missing as exc:
        html = await datasette.render_template("error.html", {"ok": False, "error": str(exc), "status": 404,
                                                             "title": None}, request=request)
        return Response.html(html, status=404)


async def _evidence_page(datasette, request):
    # Datasette hands percent-escapes over tilde-encoded (%3A → ~3A)
    database, table, ref_id = (tilde_decode(request.url_vars[k]) for k in ("database", "table", "ref_id"))
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise Missing(f"no database {database}")
    if table not in SPAN_TABLES + ("documents",) or not await db.table_exists(table):
        raise Missing(f"{table} has no spans of a notice's text")
    allowed = await datasette.permission_allowed(request.actor, "view-table", (database, table), default=True)
    if not allowed:
        raise Missing("not allowed")
    row = await _one(db, f"select * from [{table}] where id = ?", [ref_id])
    if row is None:
        raise Missing(f"no row {ref_id} in {table}")
    doc_id = ref_id if table == "documents" else row["document_id"]
    doc_columns = await _columns(db, "documents")
    fields = [f for f in NOTICE_FIELDS if f in doc_columns] + [
        c for c in ("region", "region_level") if c in doc_columns]
    document = await _one(db, f"select id, notice_id, text, {', '.join(fields)} from documents where id = ?", [doc_id])
    if document is None:
        raise Missing(f"no document {doc_id}")
    text = document.pop("text") or ""
    query = request.args.get("q", "")
    if table == "documents":
        spans = term_spans(text, query) if query else []
    else:
        spans = [(row.get("char_start"), row.get("char_end"))] if row.get("char_start") is not None else []
    copies = (await db.execute(
        "select id, file_name, file_format from documents where notice_id = ? and id != ? order by id",
        [document["notice_id"], doc_id])).rows if document.get("notice_id") else []
    is_best = await _one(db, "select 1 as yes from notices where best_document_id = ?", [doc_id])
    context = {
        "database": database, "table": table, "ref_id": ref_id, "row": row, "document": document,
        "fields": fields, "text": marked_text(text, [s for s in spans if s[0] is not None]),
        "query": query, "spans": len(spans), "page": row.get("page") if table != "documents" else None,
        "copies": [dict(c) for c in copies], "is_best": bool(is_best),
        "facts": await facts_of(db, doc_id, ref_id),
        "evidence_base": datasette.urls.database(database) + "/-/evidence",
    }
    return Response.html(await datasette.render_template("evidence.html", context, request=request))
