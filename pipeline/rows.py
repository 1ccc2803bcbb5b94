"""Rows of one document: its extraction results as dicts keyed by table name (pure; runs in a worker).

``document_rows`` turns a document and its extractors' records into rows for every table of
``schemas/tables.py``; ``failure_row`` is the documents row of a file that could not be read.
``pipeline.store`` writes them.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.fingerprint import passages, signature
from pipeline.limits import bounded_warnings
from schemas.tables import TABLES

Rows = dict[str, list[dict[str, Any]]]


def agency_id(name: str, region: str | None = None) -> str:
    """A stable id for an agency (its full name, and its region when the name alone is generic)."""
    key = name if not region else f"{name}|{region}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def regional_agency(name: str, kind: str | None, meta) -> tuple[str, str | None]:
    """(full name, region) of an agency across documents.

    ``市财政局`` in two cities' notices are two agencies: a level prefix takes the issuer's
    place name (``市财政局`` → ``某市财政局``, ``县教育局`` → ``某县教育局``); a group of
    units (``各基础电信企业``) keeps its words but is keyed by the issuer's region.
    """
    if meta is None:
        return name, None
    city, county = meta.city, meta.county
    if name.startswith("市") and city and not name.startswith(city):
        return city + name[1:], None
    if name.startswith(("县", "区")) and county and county.endswith(name[0]):
        return county + name[1:], None
    if kind == "group" or name.startswith(("各", "有关")):
        return name, county or city or meta.province
    return name, None


def _span(record, doc) -> dict[str, Any]:
    start, end = record.char_start, record.char_end
    page = getattr(record, "page", None)
    if page is None and doc is not None and start is not None:
        page = doc.page_at(start)
    return {"evidence": record.evidence, "char_start": start, "char_end": end, "page": page}


def _pick(record, names) -> dict[str, Any]:
    return {name: getattr(record, name) for name in names if hasattr(record, name)}


def failure_row(doc_id: str, path: str, file_format: str | None, status: str, error: str, size: int,
                labels: dict[str, str] | None = None, pipeline_version: str | None = None) -> dict:
    """The documents row of bytes that could not be extracted (with the versions that tried)."""
    return {
        "id": doc_id, "source_path": path, "file_name": Path(path).name, "file_format": file_format,
        "file_size": size, "status": status, "error": error,
        "pipeline_version": pipeline_version,
        "extractors": json.dumps(labels, ensure_ascii=False) if labels is not None else None,
        "extracted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def document_rows(doc_id: str, path: str, size: int, doc, results: dict, labels: dict[str, str],
                  pipeline_version: str) -> Rows:
    """All rows of one successfully extracted document, keyed by table name."""
    meta = results.get("metadata")
    raw = doc.raw
    rows: Rows = {name: [] for name in TABLES}
    doc_row = {
        "id": doc_id, "source_path": path, "file_name": Path(path).name, "file_format": raw.file_format,
        "file_size": size, "status": "ok", "error": None, "text": doc.text, "raw_text": raw.raw_text,
        "page_count": raw.page_count,
        "encoding": raw.encoding, "converted_traditional": int(doc.converted_traditional),
        "portal_fields": json.dumps(raw.portal_fields, ensure_ascii=False),
        "warnings": json.dumps(bounded_warnings(raw.warnings), ensure_ascii=False),
        "pipeline_version": pipeline_version,
        "extractors": json.dumps(labels, ensure_ascii=False),
        "extracted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "minhash": signature(doc.text),
    }
    if meta is not None:
        for name in ("title", "doc_number", "doc_number_raw", "doc_number_flag", "issuer", "issue_date", "doc_type",
                     "province", "city", "county", "region", "region_level", "public_status"):
            doc_row[name] = getattr(meta, name)
        doc_row["recipients"] = json.dumps(meta.recipients, ensure_ascii=False)
        doc_row["cc"] = json.dumps(meta.cc, ensure_ascii=False)
    rows["documents"].append(doc_row)

    for seq, section in enumerate(doc.sections):
        rows["sections"].append({
            "id": f"{doc_id}:s{seq}", "document_id": doc_id, "seq": seq, "path": section.path,
            "heading": section.heading, "level": section.level, "kind": section.kind,
            "char_start": section.char_start, "char_end": section.char_end, "page": doc.page_at(section.char_start),
        })

    for seq, citation in enumerate(results.get("citations") or []):
        rows["citations"].append({
            "id": f"{doc_id}:c{seq}", "document_id": doc_id, "seq": seq,
            "cited_title": citation.cited_title, "cited_doc_number": citation.cited_doc_number,
            **_span(citation, doc), "extractor": labels.get("citations"),
        })

    for seq, target in enumerate(results.get("targets") or []):
        target_id = f"{doc_id}:t{seq}"
        rows["targets"].append({
            "id": target_id, "document_id": doc_id, "seq": seq,
            **_pick(target, ("indicator", "indicator_raw", "kind", "scope", "comparator", "value", "value_max",
                             "unit", "deadline", "deadline_start", "deadline_raw", "rank", "binding",
                             "section_path")),
            **_span(target, doc), "extractor": labels.get("targets"),
        })
        for k, extra in enumerate(target.also_at):
            rows["target_evidence"].append({
                "id": f"{target_id}:e{k}", "target_id": target_id, "document_id": doc_id, **_span(extra, doc),
            })

    agencies: dict[str, dict] = {}

    def agency_ref(canonical: str, kind: str | None) -> str:
        name, region = regional_agency(canonical, kind, meta)
        aid = agency_id(name, region)
        if aid not in agencies or (kind and not agencies[aid]["kind"]):
            agencies[aid] = {"id": aid, "name": name, "kind": kind, "region": region}
        return aid

    index = results.get("agencies")
    if index is not None:
        for seq, mention in enumerate(index.mentions):
            rows["agency_mentions"].append({
                "id": f"{doc_id}:m{seq}", "document_id": doc_id,
                "agency_id": agency_ref(mention.canonical or mention.agency, mention.kind),
                "agency": mention.agency, "name_raw": mention.name_raw, **_span(mention, doc),
                "extractor": labels.get("agencies"),
            })
        for seq, alias in enumerate(index.aliases):
            rows["agency_aliases"].append({
                "id": f"{doc_id}:a{seq}", "agency_id": agency_ref(alias.canonical, alias.kind), "alias": alias.alias,
                "document_id": doc_id, "source": alias.source,
            })

    for seq, task in enumerate(results.get("tasks") or []):
        task_id = f"{doc_id}:k{seq}"
        rows["tasks"].append({
            "id": task_id, "document_id": doc_id, "seq": task.seq or seq + 1,
            **_pick(task, ("section_path", "category", "text", "deadline", "deadline_start", "deadline_raw",
                           "recurrence", "deadline_flag")),
            "assigned": int(task.assigned),
            **_span(task, doc), "extractor": labels.get("tasks"),
        })
        for k, mention in enumerate(task.agencies):
            rows["task_agencies"].append({
                "id": f"{task_id}:g{k}", "task_id": task_id, "document_id": doc_id, "agency": mention.agency,
                "agency_id": agency_ref(mention.canonical or mention.agency, mention.kind), "role": mention.role,
                "name_raw": mention.name_raw, **_span(mention, doc), "extractor": labels.get("tasks"),
            })

    for seq, force in enumerate(results.get("taskforce") or []):
        force_id = f"{doc_id}:f{seq}"
        rows["taskforces"].append({
            "id": force_id, "document_id": doc_id, "seq": seq, "name": force.name,
            "office_location": force.office_location, "office_director": force.office_director,
            **_span(force, doc), "extractor": labels.get("taskforce"),
        })
        for k, member in enumerate(force.members):
            rows["taskforce_members"].append({
                "id": f"{force_id}:p{k}", "taskforce_id": force_id, "document_id": doc_id, "seq": member.seq or k + 1,
                **_pick(member, ("role", "person", "position", "organization")),
                **_span(member, doc), "extractor": labels.get("taskforce"),
            })

    rows["passages"] = [{"document_id": doc_id, "seq": seq, "hash": p.hash, "char_start": p.char_start,
                         "char_end": p.char_end} for seq, p in enumerate(passages(doc.text))]
    rows["agencies"] = list(agencies.values())
    return rows
