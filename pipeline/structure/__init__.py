"""GB/T 9704 anatomy (``doc.anatomy``) and the part / heading tree (``doc.sections``) of a notice.

Everything is read from the normalized text, one paragraph per line, so that text, DOCX, PDF and
web renderings of a notice give the same structure; the backends' layout hints ("center", "bold",
"title") only help where the text alone leaves a title undecided.

A notice reads, top to bottom (any element may be missing):

    版头      发文机关标志 ``某市人民政府文件`` and 发文字号 ``某政发〔2023〕7号``
    标题      1–4 lines, joined; may start with the issuer or with 关于
    主送      ``各县（区）人民政府，市直各单位：``
    正文      the cover notice's body, with its own heading tree
    附件说明  ``附件：1. …`` plus item lines
    署名      issuer line(s) and the 成文日期 (``2023年9月28日`` or ``二〇二三年九月二十八日``)
    附注      ``（此件公开发布）`` / ``公开方式：主动公开``
    方案      the document the notice issues (工作方案, 实施意见 …), from its title line on
    附件N     ``附件1`` … each restarts the heading tree
    抄送/印发 the 版记, which may also sit between two attachments

Parts become level-0 sections (path = the part's name, e.g. ``正文``, ``方案``, ``附件1``); headings
``一、`` → ``（一）`` → ``1.`` → ``（1）`` become level 1–4 sections under their part
(``方案/四/（一）/1``). Every span is an exact span of ``doc.text``.

:func:`structure` runs the steps, one module each: the text cut into lines (:mod:`.lines`), the
front matter found (:mod:`.front_matter`: 版头, 文号, 标题, 主送), the back matter
(:mod:`.back_matter`: 署名, 成文日期, 附注, 附件说明, attachments, 抄送, 印发), the parts laid out
(:mod:`.parts`), the heading tree of each part (:mod:`.headings`) and the anatomy's spans
(:mod:`.anatomy`). How each element is written is in :mod:`.patterns`; the document types that
end a title are in :mod:`.titles` (from schemas/doc_types.csv). Extractors import those from here.
"""
from __future__ import annotations

from pipeline.issued import BOOK_TITLE, ISSUES, issued_titles  # shared with ingest, which may not import structure
from pipeline.model import Document, Section
from pipeline.structure.anatomy import _anatomy
from pipeline.structure.back_matter import MAX_SIGNATURE_LINES, BackMatter, back_matter
from pipeline.structure.front_matter import FRONT_WINDOW, MAX_TITLE_LINES, front_matter
from pipeline.structure.headings import _heading_text, heading_sections
from pipeline.structure.lines import Line, text_lines
from pipeline.structure.parts import Part, build_parts
from pipeline.structure.patterns import (
    AGENCY_LINE,
    ANNOUNCES,
    ATTACHMENT_LIST,
    ATTACHMENT_LIST_LABEL,
    ATTACHMENT_MARK,
    CC,
    DAMAGED_DOC_NUMBER,
    DATE,
    DATE_LINE,
    DATELINE,
    DOC_NUMBER,
    FRONT_NOISE,
    HEADER,
    HEADING,
    LIST_ITEM,
    PRINTED,
    PUBLIC_FIELD,
    PUBLIC_NOTE,
    PUBLIC_STATUS_END,
    RUN_IN_END,
    SENTENCE_PUNCT,
    TITLE_DATE,
    TITLE_QUALIFIER,
    TRAILING_QUALIFIER,
    chinese_number,
)
from pipeline.structure.titles import doc_type_suffixes, title_doc_type

#: what other modules import from ``pipeline.structure`` (extractors: the patterns and title helpers)
__all__ = [
    "AGENCY_LINE", "ANNOUNCES", "ATTACHMENT_LIST", "ATTACHMENT_LIST_LABEL", "ATTACHMENT_MARK", "BOOK_TITLE",
    "CC", "DAMAGED_DOC_NUMBER", "DATE", "DATE_LINE", "DATELINE", "DOC_NUMBER", "FRONT_NOISE", "FRONT_WINDOW", "HEADER",
    "HEADING", "ISSUES", "LIST_ITEM", "MAX_SIGNATURE_LINES", "MAX_TITLE_LINES", "PRINTED", "PUBLIC_FIELD",
    "PUBLIC_NOTE", "PUBLIC_STATUS_END", "RUN_IN_END", "SENTENCE_PUNCT", "TITLE_DATE", "TITLE_QUALIFIER", "TRAILING_QUALIFIER",
    "BackMatter", "Line", "Part",
    "back_matter", "build_parts", "chinese_number", "doc_type_suffixes", "front_matter", "heading_sections",
    "issued_titles", "structure", "text_lines", "title_doc_type",
]


def structure(doc: Document) -> Document:
    """Fill ``doc.anatomy`` and ``doc.sections`` (parts at level 0, headings at levels 1–4)."""
    lines = text_lines(doc)
    if not lines:
        doc.anatomy, doc.sections = {}, []
        return doc
    front = front_matter(lines)
    body_start = max((b for a, b in front.values()), default=-1) + 1
    back = back_matter(lines, body_start)
    title = "".join(line.text for line in lines[front["title"][0] : front["title"][1] + 1]) if "title" in front else ""
    parts = build_parts(lines, front, back, issued_titles(title))

    sections: list[Section] = []
    for part in parts:
        first_line = lines[part.first]
        if part.kind == "title":
            heading = "".join(line.text for line in lines[part.first : part.last + 1])
        elif part.kind == "body":  # a paragraph: its first sentence, so that the heading starts the span
            heading = _heading_text(first_line.text)
        else:
            heading = first_line.text
        sections.append(Section(part.path, heading, 0, first_line.start, lines[part.last].end, part.kind))
        if part.kind in ("body", "plan", "attachment"):
            skip = 1 if part.kind in ("plan", "attachment") else 0
            if part.first + skip <= part.last:
                sections += heading_sections(lines, part.first + skip, part.last, part.path)
    doc.sections = sections
    doc.anatomy = _anatomy(doc, lines, front, back)
    return doc
