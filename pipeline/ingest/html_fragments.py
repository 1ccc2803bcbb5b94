"""Raw HTML inside a Markdown or text notice: a ``<table>`` made a table block, inline tags and entities taken out.

Scrapers that save pages as Markdown keep what Markdown cannot say as HTML: a table with merged cells
(``<table>…<td rowspan="5">…</table>``), a centred caption (``<p style="text-align: center;">表1…</p>``) and
padding (``&nbsp;&nbsp;``). :func:`table_end` finds where a table that opens a line closes,
:func:`table_block` reads its grid the way the HTML backend does (:func:`table_caption` its ``<caption>``), and
:func:`without_tags` leaves a line's text.
"""
from __future__ import annotations

import html

import regex

from pipeline.model import Block

# <table border="1"> opening a line
TABLE_OPEN = regex.compile(r"^\s*<table\b", regex.IGNORECASE)
# </table>
TABLE_CLOSE = regex.compile(r"</table\s*>", regex.IGNORECASE)
# <p style="…"> / </div> / <span> / <strong>: an inline or paragraph tag (its text kept); <3岁 or a<b is no tag
TAG = regex.compile(
    r"</?(?:p|div|span|font|strong|b|i|em|u|center|section|article|sup|sub|small|big|a|img|hr|thead|tbody)\b[^<>]*/?>",
    regex.IGNORECASE)
# &nbsp; / &amp; / &#12288;: an HTML entity
ENTITY = regex.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")

__all__ = ["table_block", "table_caption", "table_end", "without_tags", "TABLE_OPEN"]


def table_end(lines: list[str], start: int) -> int | None:
    """Index of the line after the ``</table>`` closing the table opened at ``lines[start]``; None if it never closes."""
    for i in range(start, len(lines)):
        if TABLE_CLOSE.search(lines[i]):
            return i + 1
    return None


def _parsed_table(source: str):
    """The first ``<table>`` of an HTML fragment, or None. BeautifulSoup is imported here, not with the module:
    every text notice's reading imports this module, and BeautifulSoup with the HTML backend took 0.07 s of
    each start of a run that reads no web page."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(source, "lxml").find("table")


def table_block(source: str) -> Block | None:
    """The table block of an HTML ``<table>`` fragment (spans filled, ``<th>``/``<thead>`` rows its header);
    None when it is no grid of data (one column, one row)."""
    from pipeline.ingest.html.dom_lines import _is_data_table, _table_grid

    table = _parsed_table(source)
    if table is None or not _is_data_table(table):
        return None
    rows, header_rows = _table_grid(table)
    return Block("table", rows=rows, header_rows=header_rows)


def table_caption(source: str) -> str:
    """The text of an HTML ``<table>`` fragment's ``<caption>`` (its title, often with its unit: …任务表（单位：处）),
    "" without one."""
    table = _parsed_table(source)
    caption = table.find("caption", recursive=False) if table is not None else None
    return " ".join(caption.get_text(" ").split()) if caption is not None else ""


def without_tags(line: str) -> str:
    """A line with its HTML tags taken out and its entities read (``&nbsp;`` a no-break space)."""
    if "<" in line:
        line = TAG.sub("", line)
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), line) if "&" in line else line
