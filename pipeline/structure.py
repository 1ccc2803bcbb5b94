"""GB/T 9704 anatomy and the heading tree (first version: body headings only)."""
from __future__ import annotations

import regex

from pipeline.model import Document, Section

# 一、 （一） 1. （1） at the start of a paragraph, with the heading's level
HEADING = regex.compile(
    r"^(?:(?P<l1>[一二三四五六七八九十]{1,3}、)|(?P<l2>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<l3>\d{1,2}[.．、](?!\d))|(?P<l4>[（(]\d{1,2}[）)]))"
)


def structure(doc: Document) -> Document:
    sections: list[Section] = []
    stack: list[Section] = []
    for start, end in doc.paragraphs:
        m = HEADING.match(doc.text, start, end)
        if not m:
            continue
        level = next(int(k[1]) for k, v in m.groupdict().items() if v)
        while stack and stack[-1].level >= level:
            stack.pop()
        marker = m.group(0).rstrip("、.．")
        path = "/".join([s.path.rsplit("/", 1)[-1] for s in stack] + [marker])
        section = Section(path, doc.text[start:end], level, start, end)
        sections.append(section)
        stack.append(section)
    # a section runs until the next heading of the same or a higher level
    for i, section in enumerate(sections):
        section.char_end = next(
            (s.char_start for s in sections[i + 1 :] if s.level <= section.level), len(doc.text)
        )
    doc.sections = sections
    return doc
