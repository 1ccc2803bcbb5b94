"""Our Datasette plugin: Chinese search functions, readable cells, the evidence route, hidden paths.

- every connection gets ``zh_fts`` and ``zh_snippet`` (``pipeline.search``) and an
  authorizer that reads ``files.path`` and ``documents.source_path`` as null (local paths stay local);
- ``?_search=`` filters tables of notices and facts through the search index;
- ``render_cell`` shortens hash ids, links evidence to the evidence view, marks search matches;
- ``/-/databases.json`` names database files without their folders; any method but GET is refused;
- templates get the reading order of each table's columns and the search box's database.
"""
from __future__ import annotations

import json
import re
import sqlite3

import markupsafe
from datasette import hookimpl

from pipeline import search
from pipeline.serve.evidence import SPAN_TABLES, evidence_page

#: (table, column) a browser never reads: absolute paths of the machine that ran the pipeline
HIDDEN_COLUMNS = {("files", "path"), ("documents", "source_path")}
#: views whose rows are facts of a table (their ``id`` is that table's id)
VIEW_TABLES = {"notice_targets": "targets", "notice_tasks": "tasks", "notice_members": "taskforce_members"}
#: columns holding ids of rows of a table
ID_COLUMNS = {"document_id": "documents", "best_document_id": "documents", "notice_id": "notices",
              "task_id": "tasks", "target_id": "targets", "taskforce_id": "taskforces", "agency_id": "agencies"}
# a sha256 hex digest, maybe followed by a fact suffix: 3f2a…e1:t3
HASH_ID = re.compile(r"\b([0-9a-f]{8})[0-9a-f]{56}")
# the anchor text of Datasette's primary-key link cell: >3f2a…:t3</a>
LINK_TEXT = re.compile(r">([^<]*)</a>")


def short_id(value) -> str:
    """3f2a91c0 + 56 more hex digits + :t3 → 3f2a91c0…:t3 (still unique within any corpus one reads)."""
    return HASH_ID.sub(r"\1…", str(value))


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_READ and (arg1, arg2) in HIDDEN_COLUMNS:
        return sqlite3.SQLITE_IGNORE  # the column reads as null, in every query
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn, database, datasette):
    search.register_functions(conn)
    if database != "_internal":
        conn.set_authorizer(_authorizer)


#: tables and views whose rows ``?_search=`` can filter: → (search_rows.ref_table, the column holding its id)
SEARCHABLE = {"documents": ("documents", "id"), "notices": ("documents", "best_document_id"),
              "targets": ("targets", "id"), "tasks": ("tasks", "id"), "taskforce_members": ("taskforce_members", "id"),
              "notice_targets": ("targets", "id"), "notice_tasks": ("tasks", "id"),
              "notice_members": ("taskforce_members", "id")}


@hookimpl
def filters_from_request(request, database, table, datasette):
    """``?_search=基站`` on a table of notices or facts keeps the rows whose text contains the term."""
    from datasette.filters import FilterArguments

    query = request.args.get("_search")
    if not query or table not in SEARCHABLE:
        return None
    ref_table, column = SEARCHABLE[table]
    where = (f"[{column}] in (select ref_id from {search.ROWS_TABLE} where ref_table = :zh_search_table and rowid in "
             f"(select rowid from {search.FTS_TABLE} where {search.FTS_TABLE} match zh_fts(:zh_search)))")
    return FilterArguments([where], params={"zh_search": query, "zh_search_table": ref_table},
                           human_descriptions=[f'contain "{query}"'])


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["short_id"] = short_id
    env.filters["short_link"] = lambda markup: markupsafe.Markup(
        LINK_TEXT.sub(lambda m: ">" + short_id(markupsafe.Markup(m.group(1)).unescape()) + "</a>", str(markup)))


def _evidence_url(datasette, database: str, table: str, ref_id: str) -> str:
    return datasette.urls.database(database) + f"/-/evidence/{table}/{ref_id}"


def _marked(value: str) -> markupsafe.Markup:
    escaped = str(markupsafe.escape(value))
    return markupsafe.Markup(escaped.replace(search.MARK_OPEN, "<mark>").replace(search.MARK_CLOSE, "</mark>"))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None:
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if "fact_table" in keys and "fact_id" in keys:  # a view of facts of several tables
        fact_table, fact_id = row["fact_table"], row["fact_id"]
    else:
        fact_table, fact_id = VIEW_TABLES.get(table, table), row["id"] if "id" in keys else None
    if column == "evidence" and fact_table in SPAN_TABLES and fact_id:
        url = _evidence_url(datasette, database, fact_table, fact_id)
        text = str(value)
        limit = datasette.setting("truncate_cells_html") or 0
        shown = text if not limit or len(text) <= limit else text[:limit] + "…"
        return markupsafe.Markup(f'<a class="evidence-link" href="{markupsafe.escape(url)}" '
                                 f'title="show in the notice">{markupsafe.escape(shown)}</a>')
    if column in ("value", "value_max", "national_value") and isinstance(value, float) and value.is_integer():
        return str(int(value))  # 10000, not 10000.0
    if column == "context" and isinstance(value, str) and search.MARK_OPEN in value:
        return _marked(value)
    if column in ("open", "evidence_url") and isinstance(value, str) and value.startswith("-/evidence/"):
        url = datasette.urls.database(database) + "/" + value
        return markupsafe.Markup(f'<a class="evidence-link" href="{markupsafe.escape(url)}">show in notice</a>')
    if column in ID_COLUMNS or (column == "id" and table in VIEW_TABLES):
        target = ID_COLUMNS.get(column, VIEW_TABLES.get(table))
        raw, label = (value["value"], value["label"]) if isinstance(value, dict) else (value, None)
        url = datasette.urls.row(database, target, str(raw)) if target else None
        text = label if label and label != raw else short_id(raw)
        if len(text) > 40:
            text = text[:40] + "…"
        return markupsafe.Markup(f'<a href="{markupsafe.escape(url)}" title="{markupsafe.escape(raw)}">'
                                 f'{markupsafe.escape(text)}</a>')
    return None


@hookimpl
def extra_template_vars(datasette, database, table):
    plugin = datasette.plugin_config("zhengce") or {}
    orders = plugin.get("columns", {})

    def reading_order(columns: list, keep_first: bool = False) -> list[int]:
        """Indices of the columns to show, in reading order: the table's listed columns first, the
        rest after them, its hidden columns left out (``keep_first``: the row link stays first)."""
        names = [c["name"] if isinstance(c, dict) else c for c in columns]
        layout = orders.get(table or "", {})
        hidden = set(layout.get("hidden", []))
        # the row link stays first, unless its column is hidden (files.path reads as null: no row pages)
        head = [0] if keep_first and names and names[0] not in hidden else []
        first = [names.index(n) for n in layout.get("first", []) if n in names and names.index(n) not in head]
        rest = [i for i, n in enumerate(names) if i not in head and i not in first and n not in hidden]
        return head + first + rest

    search_db = database or next((name for name in datasette.databases if name != "_internal"), None)
    queries = (datasette.metadata(database=search_db) or {}).get("queries", {}) if search_db else {}
    front_page = {"read": plugin.get("front_page", []), "queries": queries}
    return {"reading_order": reading_order, "search_db": search_db, "span_tables": SPAN_TABLES,
            "front_page": front_page}


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/zhengce-static/zhengce.css")]


@hookimpl
def extra_js_urls(datasette):
    return [datasette.urls.path("/zhengce-static/zhengce.js")]


@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/]+)/-/evidence/(?P<table>[^/]+)/(?P<ref_id>[^/]+)$", evidence_page)]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def read_only_without_paths(scope, receive, send):
            path = scope.get("path", "") if scope.get("type") == "http" else ""
            if scope.get("type") == "http" and scope.get("method", "GET") not in ("GET", "HEAD", "OPTIONS"):
                await _refuse(send)
                return
            if path not in ("/-/databases.json", "/-/databases"):
                await app(scope, receive, send)
                return
            held = []

            async def hold(message):
                held.append(message)

            await app(scope, receive, hold)
            body = b"".join(m.get("body", b"") for m in held if m["type"] == "http.response.body")
            start = next(m for m in held if m["type"] == "http.response.start")
            body = _databases_without_paths(body, html=path.endswith("databases"))
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        return read_only_without_paths

    return wrap


async def _refuse(send) -> None:
    """A POST, PUT, PATCH or DELETE: this browser only reads."""
    body = b"405: this browser is read-only (GET only)\n"
    await send({"type": "http.response.start", "status": 405,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _databases_without_paths(body: bytes, *, html: bool) -> bytes:
    """The databases listing with each ``path`` cut to its file name."""
    from pathlib import PurePath

    if html:
        return re.sub(rb'("path": ")([^"]*)(")',
                      lambda m: m.group(1) + PurePath(m.group(2).decode()).name.encode() + m.group(3), body)
    try:
        data = json.loads(body)
    except ValueError:
        return body
    for entry in data if isinstance(data, list) else []:
        if isinstance(entry, dict) and entry.get("path"):
            entry["path"] = PurePath(entry["path"]).name
    return json.dumps(data, indent=4).encode()
