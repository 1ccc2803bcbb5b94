"""The database as pandas DataFrames, for notebooks: ``from pipeline import load``.

``load(db)`` returns a dict of DataFrames — notices, targets, tasks, agencies, members, citations,
documents, files — each fact counted once per notice (its best-read copy) with the notice's region,
province, city, county, date and title joined in, and JSON lists and objects decoded (recipients,
a task's lead/responsible/partner agencies). Reads SQLite only, read-only.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.geography import notice_region, sort_key
from pipeline.research_db import columns, connect

#: columns never worth a DataFrame: whole texts and binary signatures (documents.text stays in SQLite)
HEAVY_COLUMNS = {"text", "raw_text", "minhash"}
#: notice columns joined to every fact (those the database has)
NOTICE_COLUMNS = ("region", "region_level", "province", "city", "county", "issue_date", "title", "doc_number")


def _notice_join(conn, alias: str = "n") -> str:
    have = set(columns(conn, "notices"))
    picked = [f"{alias}.id as notice_id"] + [
        f"{alias}.[{c}] as [{'notice_' + c if c in ('title', 'doc_number', 'issue_date') else c}]"
        for c in NOTICE_COLUMNS if c in have]
    return ", ".join(picked)


def _decode(frame):
    """Text columns that hold JSON arrays or objects in every filled cell become Python lists and dicts."""
    import pandas as pd

    for name in frame.columns:
        if not (pd.api.types.is_object_dtype(frame[name]) or pd.api.types.is_string_dtype(frame[name])):
            continue
        filled = frame[name].dropna()
        if filled.empty or not all(isinstance(v, str) and v[:1] in "[{" for v in filled):
            continue
        try:
            decoded = [json.loads(v) if isinstance(v, str) else v for v in frame[name]]
        except ValueError:
            continue
        frame[name] = pd.Series(decoded, index=frame.index, dtype=object)
    return frame


#: numeric columns that may be all null in a database (value_max), kept numeric all the same
NUMERIC_COLUMNS = {"value", "value_max", "rank", "char_start", "char_end", "page", "seq"}


def _frame(conn, sql: str):
    import pandas as pd

    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    frame = _decode(pd.DataFrame([tuple(r) for r in cursor.fetchall()], columns=names))
    for name in NUMERIC_COLUMNS & set(names):
        frame[name] = pd.to_numeric(frame[name], errors="coerce")
    return frame


def _facts(conn, table: str, alias: str, order: str) -> str:
    keep = [c for c in columns(conn, table) if c not in HEAVY_COLUMNS]
    picked = ", ".join(f"{alias}.[{c}]" for c in keep)
    return (f"select {_notice_join(conn)}, {picked} from notices n join [{table}] {alias} "
            f"on {alias}.document_id = n.best_document_id order by {order}")


def _agency_lists(conn) -> dict[str, dict[str, list[str]]]:
    """task id → role → agency names, in the order the notice names them."""
    lists: dict[str, dict[str, list[str]]] = {}
    sql = ("select ta.task_id, ta.role, coalesce(a.name, ta.agency) from task_agencies ta "
           "left join agencies a on a.id = ta.agency_id order by ta.task_id, ta.char_start")
    for task_id, role, name in conn.execute(sql):
        names = lists.setdefault(task_id, {}).setdefault(role or "responsible", [])
        if name not in names:
            names.append(name)
    return lists


def load(db_path: str | Path) -> dict:
    """DataFrames of the database (see the module docstring)."""
    conn = connect(db_path)
    try:
        frames = {}
        notice_cols = [c for c in columns(conn, "notices")]
        frames["notices"] = _frame(conn, f"select {', '.join(f'n.[{c}]' for c in notice_cols)}, "
                                         "(select json_group_array(d.id) from documents d where d.notice_id = n.id) "
                                         "as document_ids, "
                                         "(select json_group_array(f.path) from files f join documents d "
                                         "on d.id = f.document_id where d.notice_id = n.id) as file_paths "
                                         "from notices n")
        order = sorted(range(len(frames["notices"])), key=lambda i: (
            sort_key(notice_region(frames["notices"].iloc[i].to_dict())), frames["notices"].iloc[i]["issue_date"] or ""))
        frames["notices"] = frames["notices"].iloc[order].reset_index(drop=True)
        frames["targets"] = _frame(conn, _facts(conn, "targets", "t", "n.id, t.seq"))
        tasks = _frame(conn, _facts(conn, "tasks", "k", "n.id, k.seq"))
        agencies = _agency_lists(conn)
        for role in ("lead", "responsible", "partner"):
            tasks[role] = [agencies.get(task_id, {}).get(role, []) for task_id in tasks["id"]] if len(tasks) else []
        frames["tasks"] = tasks
        frames["agencies"] = _frame(conn, "select v.*, (select json_group_array(distinct x.alias) from agency_aliases x "
                                          "where x.agency_id = v.agency_id) as aliases from agency_activity v")
        frames["members"] = _frame(conn, f"select {_notice_join(conn)}, f.name as taskforce, "
                                         f"{', '.join('m.[' + c + ']' for c in columns(conn, 'taskforce_members'))} "
                                         "from notices n join taskforce_members m on m.document_id = n.best_document_id "
                                         "join taskforces f on f.id = m.taskforce_id order by n.id, m.seq")
        frames["citations"] = _frame(conn, _facts(conn, "citations", "c", "n.id, c.seq"))
        keep = [c for c in columns(conn, "documents") if c not in HEAVY_COLUMNS]
        frames["documents"] = _frame(conn, f"select {', '.join(f'[{c}]' for c in keep)} from documents order by id")
        frames["files"] = _frame(conn, "select * from files order by path")
        return frames
    finally:
        conn.close()
