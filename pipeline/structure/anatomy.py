"""The GB/T 9704 anatomy: the exact span in ``doc.text`` of each element found (``doc.anatomy``).

Reads the lines and the front and back matter; returns element name → span (the 文号 and the
date cut out of their lines, the 附注 without a note joined before it).
"""
from __future__ import annotations

from pipeline.model import Document, Span
from pipeline.structure.back_matter import BackMatter, _public_status_at
from pipeline.structure.front_matter import _doc_number_at
from pipeline.structure.lines import Line
from pipeline.structure.patterns import DATE_LINE, TITLE_DATE


def _span(lines: list[Line], first: int, last: int, doc: Document) -> Span:
    return doc.span(lines[first].start, lines[last].end)


def _anatomy(doc: Document, lines: list[Line], front: dict, back: BackMatter) -> dict[str, Span]:
    anatomy: dict[str, Span] = {}
    if "header" in front:
        anatomy["header"] = _span(lines, *front["header"], doc)
    if "doc_number" in front:
        line = lines[front["doc_number"][0]]
        a, b = _doc_number_at(line.text)
        anatomy["doc_number"] = doc.span(line.start + a, line.start + b)
    for key in ("title", "recipients"):
        if key in front:
            anatomy[key] = _span(lines, *front[key], doc)
    if back.date is not None:
        line = lines[back.date]
        m = DATE_LINE.match(line.text)
        anatomy["date"] = doc.span(line.start + m.start("date"), line.start + m.end("date"))
        if m.group("signer").strip():
            anatomy["signature"] = doc.span(line.start, line.start + len(m.group("signer").rstrip()))
        elif back.signature:
            anatomy["signature"] = _span(lines, *back.signature, doc)
    elif "title_date" in front:
        line = lines[front["title_date"][0]]
        m = TITLE_DATE.match(line.text)
        anatomy["date"] = doc.span(line.start + m.start("date"), line.start + m.end("date"))
    if back.public_status is not None:
        line = lines[back.public_status]  # only the note or field, not a contact note joined before it
        anatomy["public_status"] = doc.span(line.start + _public_status_at(line.text), line.end)
    for key in ("attachment_list", "cc", "printed"):
        value = getattr(back, key)
        if value:
            anatomy[key] = _span(lines, *value, doc)
    return anatomy
