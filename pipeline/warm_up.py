"""What the parent process reads before forking its workers, so that they share what reading loads.

A few lines of a notice (``NOTICE``), as text and, when a run's first files call for them, as a web page
(``as_html``) and a Word file (``as_docx``): reading each loads its format's backend and what that backend
loads on its first file (lxml's parsers, BeautifulSoup's compiled CSS selectors), besides the extractors'
dictionaries and patterns. Workers forked afterwards find them loaded; each worker used to load them again
on its first file of each format (about 0.4 s of CPU per worker on a folder of mixed formats, which a
second worker paid again). ``formats_named`` guesses the formats of a run's first files by their names.
"""
from __future__ import annotations

import io
import zipfile
from html import escape
from pathlib import Path
from typing import Iterable

from pipeline.ingest import FORMAT_OF_SUFFIX

#: a notice of a few lines: its metadata, a target with a deadline, tasks, a task force (a web page's body needs
#: 80 Chinese characters to be taken for a notice)
NOTICE = ("某市人民政府办公室关于印发某市加快5G发展行动计划的通知\n某政办发〔2023〕1号\n各县（市、区）人民政府，市政府各部门：\n"
          "到2025年，全市5G基站达到1000个。市工业和信息化局牵头，2024年底前完成。\n"
          "各地要加强组织领导，确保各项任务按期完成。\n"
          "组长：张三 市长\n成员：李四 市发展改革委主任\n某市人民政府办公室\n2023年9月28日\n")


def formats_named(paths: Iterable[Path]) -> set[str]:
    """The formats (``pipeline.ingest.sniff_format``'s names) the names of ``paths`` suggest."""
    return {FORMAT_OF_SUFFIX.get(path.suffix.lower(), "text") for path in paths}


def as_html() -> bytes:
    """NOTICE as a government portal's page: a title, the body's paragraphs in a content block."""
    lines = NOTICE.splitlines()
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(lines[0])}</title></head><body>'
            f'<div class="article"><h1>{escape(lines[0])}</h1><div class="content">{paragraphs}</div></div>'
            "</body></html>").encode("utf-8")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'),
}


def as_docx() -> bytes:
    """NOTICE as a Word file: its lines as paragraphs, the task force as a table (role, name, post)."""
    def paragraph(text: str) -> str:
        return f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"

    body, members = [], []
    for line in NOTICE.splitlines():
        role, colon, member = line.partition("：")
        if role in ("组长", "成员"):
            cells = [role + colon, *member.split(" ", 1)]
            members.append("<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in cells) + "</w:tr>")
            continue
        if members:
            body.append(f"<w:tbl>{''.join(members)}</w:tbl>")
            members = []
        body.append(paragraph(line))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
                f'{"".join(body)}</w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in {**_DOCX_PARTS, "word/document.xml": document}.items():
            package.writestr(name, xml)
    return buffer.getvalue()


#: the formats read from a sample of their own (the others' backends are imported: their first file loads
#: little more)
SAMPLES = {"text": lambda: NOTICE.encode("utf-8"), "html": as_html, "docx": as_docx}
