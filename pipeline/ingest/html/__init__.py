"""HTML backend: a saved government portal page → the notice body as blocks, plus its 信息公开 box.

A portal page wraps the notice in navigation, breadcrumbs, share buttons, view counters and
footers, and usually shows an information-disclosure box (索引号 / 发文机关 / 文号 / 成文日期 …)
as a table, ``label：value`` lines or bullets. The box goes to ``RawDocument.portal_fields``; the
blocks hold the page title and the main content container (known CMS containers such as
``div.TRS_Editor`` / ``#zoom``, else the tightest element holding most of the page's prose).

:func:`read` runs the steps, one module each: the bytes decoded (:mod:`.charset`), the DOM
rendered into lines and tables (:mod:`.dom_lines`), the content container found and the page
checked to be a notice (:mod:`.content`), the box read (:mod:`.portal_box`), the content's lines
made blocks (:mod:`.blocks`) and the notice's title found (:mod:`.title`).
"""
from __future__ import annotations

import warnings as python_warnings
from pathlib import Path

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from pipeline.errors import NoTextError
from pipeline.ingest.html.blocks import _blocks
from pipeline.ingest.html.charset import decode_html
from pipeline.ingest.html.content import _DOCUMENT_SUFFIXES, _check_is_notice, _content_text, _find_content
from pipeline.ingest.html.dom_lines import _LineWalker
from pipeline.ingest.html.portal_box import _portal_fields
from pipeline.ingest.html.title import _mark_title, _notice_title, _page_title_text
from pipeline.limits import Limits
from pipeline.model import Block, RawDocument

__all__ = ["read", "decode_html"]


def read(data: bytes, path: str, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    text, encoding, warnings = decode_html(data)
    with python_warnings.catch_warnings():
        python_warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML pages parse fine as HTML
        soup = BeautifulSoup(text, "lxml")
    root = soup.body or soup
    page_title = _page_title_text(soup)
    segments = _LineWalker(tables_as_blocks=False).walk(root)
    content = _find_content(root, segments)
    content_text = _content_text(content, segments)
    _check_is_notice(content_text, page_title, path, soup)
    suffix = Path(path).suffix.lower()
    if suffix in _DOCUMENT_SUFFIXES:
        warnings.append(f"the file is named {suffix} but is an HTML page; read as HTML")

    portal_fields, box_keys = _portal_fields(segments, content)
    items = _LineWalker(tables_as_blocks=True).walk(content)
    blocks = _blocks(items, box_keys)
    title = _notice_title(soup, portal_fields, content_text)
    if title and not _mark_title(blocks, title):
        blocks.insert(0, Block("text", title, hints=frozenset({"title", "center"})))
    if not blocks:
        raise NoTextError("the HTML page holds no notice text")
    return RawDocument(path, "html", blocks, portal_fields=portal_fields, encoding=encoding, warnings=warnings)
