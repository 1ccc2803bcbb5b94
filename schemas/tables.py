"""SQLite table definitions: the one place that says which tables and columns exist.

``pipeline.store`` creates them with sqlite-utils; Datasette metadata (``schemas/metadata.json``)
describes them for users. Lists are stored as JSON arrays, dates as ISO ``YYYY-MM-DD``.
"""
from __future__ import annotations

SPAN = {"evidence": str, "char_start": int, "char_end": int, "page": int}

TABLES: dict[str, dict] = {
    # every input path a run was given or found in a folder: two names of the same bytes are two
    # files of one document; a file a run could not read or does not read is here with its reason
    "files": {
        "columns": {
            "path": str,  # absolute path
            "file_name": str,
            "suffix": str,
            "file_size": int,
            "mtime_ns": int,  # with file_size: an unchanged file is skipped without reading it
            "document_id": str,  # sha256 of the bytes; null when the file could not be read
            "status": str,  # ok | failed | needs_ocr | skipped (a type zhengce does not read)
            "error": str,
            "checked_at": str,
        },
        "pk": "path",
    },
    # documents that are the same notice (same 文号, or near-identical text): see pipeline/notices.py
    "notices": {
        "columns": {
            "id": str,  # short and stable: from the 文号 when there is one, else from the first copy
            "title": str,
            "doc_number": str,
            "issuer": str,
            "issue_date": str,
            "doc_type": str,
            "province": str,
            "city": str,
            "county": str,
            "region": str,  # the best copy's region (documents.region): 全国 for a national issuer
            "region_level": str,  # national | province | city | county
            "best_document_id": str,  # the copy whose facts stand for the notice
            "documents": int,
            "files": int,
            "grouped_by": str,  # doc_number | text | doc_number+text | single
        },
        "pk": "id",
        # a notice's facts are found through best_document_id (the notice_* views, search); covering the
        # region columns, it also serves the browser's province and city facets of notice_targets
        "indexes": [["best_document_id", "province", "city", "region"]],
    },
    "documents": {
        "columns": {
            "id": str,  # sha256 of the file's bytes
            "notice_id": str,
            "source_path": str,  # the first path these bytes were read from (every path: table files)
            "file_name": str,
            "file_format": str,
            "file_size": int,
            "status": str,  # ok | failed | needs_ocr
            "error": str,
            "title": str,
            "doc_number": str,
            "doc_number_raw": str,
            "doc_number_flag": str,
            "issuer": str,
            "issue_date": str,
            "doc_type": str,
            "province": str,
            "city": str,
            "county": str,
            "region": str,  # the most specific of county, city, province; 全国 for a national issuer; null if unknown
            "region_level": str,  # national | province | city | county
            "recipients": str,  # JSON array
            "cc": str,  # JSON array
            "public_status": str,
            # MinHash signature of the text (pipeline/fingerprint.py), before the texts: a row's columns after a long
            # text are read through its overflow pages, and grouping reads every document's signature
            "minhash": bytes,
            "text": str,  # the normalized text every char_start/char_end indexes
            "raw_text": str,  # the text as the file holds it (traditional characters, padding, page numbers)
            "page_count": int,
            "encoding": str,
            "converted_traditional": int,
            "portal_fields": str,  # JSON object
            "warnings": str,  # JSON array
            "pipeline_version": str,
            "extractors": str,  # JSON object name → version
            "extracted_at": str,
        },
        "pk": "id",
    },
    "sections": {
        "columns": {"id": str, "document_id": str, "seq": int, "path": str, "heading": str, "level": int,
                    "kind": str, "char_start": int, "char_end": int, "page": int},
        "pk": "id",
        "fk": [("document_id", "documents", "id")],
    },
    "citations": {
        "columns": {"id": str, "document_id": str, "seq": int, "cited_title": str, "cited_doc_number": str,
                    **SPAN, "extractor": str},
        "pk": "id",
        "fk": [("document_id", "documents", "id")],
    },
    "targets": {
        "columns": {"id": str, "document_id": str, "seq": int, "indicator": str, "indicator_raw": str, "kind": str,
                    "scope": str, "comparator": str, "value": float, "value_max": float, "unit": str,
                    "deadline": str, "deadline_start": str, "deadline_raw": str, "rank": int, "binding": str,
                    "section_path": str, **SPAN, "extractor": str},
        "pk": "id",
        "fk": [("document_id", "documents", "id")],
        # covering the browser's kind and indicator facets of notice_targets; deadline: its default sort
        "indexes": [["document_id", "kind", "indicator", "deadline"], ["deadline"]],
    },
    # further places that state the same target (a body sentence and an annex table row)
    "target_evidence": {
        "columns": {"id": str, "target_id": str, "document_id": str, **SPAN},
        "pk": "id",
        "fk": [("target_id", "targets", "id"), ("document_id", "documents", "id")],
    },
    "tasks": {
        "columns": {"id": str, "document_id": str, "seq": int, "section_path": str, "category": str, "text": str,
                    # assigned: 1 when the task names a unit that is to do it (责任单位, a table's agency
                    # column, 由X负责, X要…); 0 for a measure that names none (count those apart)
                    "deadline": str, "deadline_start": str, "deadline_raw": str, "recurrence": str,
                    "deadline_flag": str, "assigned": int, **SPAN, "extractor": str},
        "pk": "id",
        "fk": [("document_id", "documents", "id")],
        "indexes": [["deadline"]],  # the browser's default sort
    },
    "agencies": {
        # name: full name with the issuer's place for level-prefixed names (市财政局 → 咸阳市财政局);
        # region: set for groups of units (各基础电信企业), whose words alone name no one agency
        "columns": {"id": str, "name": str, "kind": str, "region": str},
        "pk": "id",
    },
    "task_agencies": {
        "columns": {"id": str, "task_id": str, "document_id": str, "agency": str, "agency_id": str, "role": str,
                    "name_raw": str, **SPAN, "extractor": str},
        "pk": "id",
        "fk": [("task_id", "tasks", "id"), ("agency_id", "agencies", "id"), ("document_id", "documents", "id")],
    },
    "agency_mentions": {
        "columns": {"id": str, "document_id": str, "agency_id": str, "agency": str, "name_raw": str, **SPAN,
                    "extractor": str},
        "pk": "id",
        "fk": [("agency_id", "agencies", "id"), ("document_id", "documents", "id")],
    },
    "agency_aliases": {
        "columns": {"id": str, "agency_id": str, "alias": str, "document_id": str, "source": str},
        "pk": "id",
        "fk": [("agency_id", "agencies", "id")],
    },
    "taskforces": {
        "columns": {"id": str, "document_id": str, "seq": int, "name": str, "office_location": str,
                    "office_director": str, **SPAN, "extractor": str},
        "pk": "id",
        "fk": [("document_id", "documents", "id")],
    },
    "taskforce_members": {
        "columns": {"id": str, "taskforce_id": str, "document_id": str, "seq": int, "role": str, "person": str,
                    "position": str, "organization": str, **SPAN, "extractor": str},
        "pk": "id",
        "fk": [("taskforce_id", "taskforces", "id"), ("document_id", "documents", "id")],
    },
    # the text's clauses hashed with figures masked (pipeline/fingerprint.py): where a passage of a new
    # notice was written before (zhengce diff); no evidence column, the span indexes documents.text
    "passages": {
        "columns": {"document_id": str, "seq": int, "hash": int, "char_start": int, "char_end": int},
        "pk": None,
        "fk": [("document_id", "documents", "id")],
        # covering: a lookup by hash reads the index alone
        "indexes": [["hash", "document_id", "char_start", "char_end"]],
    },
}

#: tables whose rows belong to one document (deleted and rewritten when it is re-run), child first
DOCUMENT_TABLES = [
    "task_agencies", "tasks", "target_evidence", "targets", "taskforce_members", "taskforces",
    "agency_mentions", "agency_aliases", "citations", "sections", "passages",
]

#: a key → value table of the database's own state (e.g. whether notices need regrouping)
META_TABLE = "zhengce_meta"

# the facts of a notice are those of its best-read copy; every copy stays traceable in documents
_NOTICE_COLUMNS = "n.id as notice_id, n.title as notice_title, n.region, n.province, n.city, n.county, n.issue_date"

VIEWS = {
    # per agency: tasks it leads and joins, counted once per notice (its best-read copy), and in how
    # many notices and documents (every copy) it has tasks
    "agency_activity": """
        select a.id as agency_id, a.name, a.kind, a.region,
               sum(case when b.role = 'lead' then 1 else 0 end) as tasks_led,
               sum(case when b.role in ('responsible', 'partner') then 1 else 0 end) as tasks_joined,
               count(distinct b.task_id) as tasks,
               count(distinct b.document_id) as notices,
               (select count(distinct x.document_id) from task_agencies x where x.agency_id = a.id) as documents
        from agencies a
        join (select ta.* from task_agencies ta join notices n on n.best_document_id = ta.document_id) b
          on b.agency_id = a.id
        group by a.id order by tasks desc, a.name
    """,
    "notice_targets": f"""
        select {_NOTICE_COLUMNS}, t.*, substr(t.deadline, 1, 4) as deadline_year
        from notices n join targets t on t.document_id = n.best_document_id
    """,
    "notice_tasks": f"""
        select {_NOTICE_COLUMNS}, k.*, substr(k.deadline, 1, 4) as deadline_year
        from notices n join tasks k on k.document_id = n.best_document_id
    """,
    # every dated goal and task of each notice's best copy, one row each (deadline queries, the dashboard)
    "notice_deadlines": """
        select t.deadline, substr(t.deadline, 1, 4) as deadline_year, 'target' as kind, n.region, n.province, n.city,
               t.indicator || ' ' || coalesce(t.comparator, '') || ' ' || t.value || coalesce(t.unit, '') as what,
               t.evidence, n.title as notice_title, n.id as notice_id, 'targets' as fact_table, t.id as fact_id
        from notices n join targets t on t.document_id = n.best_document_id
        where t.kind = 'target' and t.deadline is not null
        union all
        select k.deadline, substr(k.deadline, 1, 4), 'task', n.region, n.province, n.city, substr(k.text, 1, 60),
               k.evidence, n.title, n.id,
               'tasks', k.id
        from notices n join tasks k on k.document_id = n.best_document_id
        where k.deadline is not null
    """,
    "notice_members": f"""
        select {_NOTICE_COLUMNS}, f.name as taskforce, m.*
        from notices n
        join taskforce_members m on m.document_id = n.best_document_id
        join taskforces f on f.id = m.taskforce_id
    """,
}
