"""What a notice issues, read from its title: ``关于印发《A》和《B》的通知`` → [A, B]; ``关于印发X的通知`` → [X].

Shared by the stages that need it (the HTML backend matching a box 标题 to the page's heading, structure cutting the
issued document from its cover, the citations extractor leaving the notice's own documents out), so that ingest
depends on no later stage. Reads a title; returns the titles it issues.
"""
from __future__ import annotations

import regex

# 关于印发《X》的通知 / 关于印发X的通知: the document(s) a notice issues
ISSUES = regex.compile(r"印发(?P<issued>.+?)的通知")
# 《X》 inside the issued part of a title
BOOK_TITLE = regex.compile(r"《(?P<title>[^《》]+)》")


def issued_titles(title: str) -> list[str]:
    """The documents a notice issues: ``关于印发《A》和《B》的通知`` → [A, B]; ``关于印发X的通知`` → [X]."""
    m = ISSUES.search(title)
    if not m:
        return []
    issued = m.group("issued")
    books = [b.group("title") for b in BOOK_TITLE.finditer(issued)]
    return books or [issued]
