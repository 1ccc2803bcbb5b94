"""Markdown backend: a notice saved as Markdown (by a scraper or a reader) → plain blocks, tables and
the scraper's header as the portal box.

What goes where:

- a YAML front matter (``---`` / ``title: "…"`` / ``date: …`` / ``---`` atop the file) goes to ``portal_fields``
  (title → 标题, date → 发布日期: ``schemas/portal_labels.json``), never into the text;
- the scraper's header — a ``# title`` over ``**发布日期**: …`` / ``**发布机构**: …`` lines, or
  ``### 基本信息`` over ``- **文件编号**：…`` bullets, up to a ``---`` rule or ``## 政策全文`` — and
  its trailer (``**更新时间**: …``, ``【原文下载】`` over file links) go to ``portal_fields``
  (the header's title under ``标题``), never into the text: the notice states its own title, date
  and issuer, and the metadata extractor reads those first;
- headings (``#``…``######``), emphasis (``**``, ``__``, a ``*italic*`` standing apart from words: ``*抄送：…。*``), bullet markers (``-``, ``*``, ``+``),
  block quotes and links (``[text](url)`` → text, images dropped) are taken out; a heading keeps the
  hint "heading" (the first one, with no scraper header over it, the hint "title");
- a raw HTML ``<table>`` becomes a table block, other tags and entities (``<p>``, ``&nbsp;``) are taken out
  (:mod:`.html_fragments`);
- the rest of the lines are read like plain text (:mod:`.text`), so pipe tables (``| a | b |``, the
  rows above a ``|---|`` rule their header), tab-separated tables, hard wraps and a 信息公开 box
  written as lines are handled alike.

Numbered items (``1.``) are kept: in a notice they are the heading tree's enumerators.
"""
from __future__ import annotations

import regex

from pipeline.errors import NoTextError
from pipeline.ingest.html_fragments import TABLE_OPEN, table_block, table_caption, table_end, without_tags
from pipeline.ingest.portal_labels import (
    DOWNLOAD_LABELS,
    FRONT_MATTER_KEYS,
    LABEL_AT_START,
    SCRAPER_HEADINGS,
    checked_key,
    field_key,
    squash,
)
from pipeline.ingest.text import blocks_from_lines, decode_with_warnings
from pipeline.ingest.text_box import portal_box
from pipeline.ingest.text_tables import PIPE_RULE
from pipeline.limits import Limits
from pipeline.model import Block, RawDocument

# # 标题 / ### 基本信息: an ATX heading, its level and text
HEADING = regex.compile(r"^\s{0,3}(?P<marks>#{1,6})\s*(?P<text>.*?)\s*#*\s*$")
# ---, ***, ___, -- : a thematic break (scrapers close their header with one)
RULE = regex.compile(r"^\s{0,3}(?:-{2,}|\*{3,}|_{3,})\s*$")
# - item / * item / + item / > quote: a bullet or quote marker at a line's start
LIST_MARKER = regex.compile(r"^(?P<indent>[ \t]*)(?:[-*+](?=[ \t])|>)[ \t]*")
# (url) or (javascript:doZoom(20)): a link's target, which may hold one level of parentheses itself
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"
# ![alt](src): an image
IMAGE = regex.compile(r"!\[[^\]]*\]" + _TARGET)
# [text](url), [大](javascript:doZoom(20)): a link, its text kept
LINK = regex.compile(r"\[(?P<text>[^\]]*)\]" + _TARGET)
# <https://…>: an autolink
AUTOLINK = regex.compile(r"<(?:https?|ftp)://[^>]*>")
# **bold** / __bold__ markers (single * and _ are left: 5*2, file_name)
EMPHASIS = regex.compile(r"\*\*|__(?=\S)|(?<=\S)__")
# *抄送：某局。* / （*此件公开发布*）: a single-star italic opening a line or after a space or an opening mark and closing
# before a space, a closing or stop mark or the line's end, its words not a bare figure; both marks taken out
# (（购置额）*30%*（系数）, 面积*单价*比例, 价格 *2* 倍 and a lone * are left)
ITALIC = regex.compile(r"(?:(?<=^|[\s（(【“])|^)\*(?=[^\s*])(?![\d.%]+\*)(?P<inner>[^*|\n]*?[^\s*|\\])\*"
                       r"(?=$|[\s）)】”。，；：,;:.])")
# <br>, <br/>: a line break written as HTML
BREAK_TAG = regex.compile(r"<br\s*/?>", regex.IGNORECASE)
# \* \_ \# : an escaped Markdown character
ESCAPE = regex.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!|])")
# **发布日期**: 2025-05-27 / - **文件编号**：… : a scraper header field
HEADER_FIELD = regex.compile(r"^\s*(?:[-*+]\s+)?\*\*(?P<label>[^*]{1,12})\*\*\s*[:：]\s*(?P<value>.*)$")
# 标题：… / 发布时间：2024-04-02 09:30 : a header field written plain (kept only when the label is a portal's)
PLAIN_FIELD = regex.compile(r"^\s*(?:[-*+]\s+)?(?P<label>\p{Han}{2,8})\s*[:：]\s*(?P<value>\S.*)$")
# a line that is one link to a file (a scraper's download list): - [某通知.pdf](/x/y.pdf)
FILE_LINK = regex.compile(r"^\s*(?:[-*+]\s+)?\[(?P<text>[^\]]+)\]\([^)]*\)?\s*$")

# title: "…" / date: 2022-05-16: a line of a YAML front matter (between --- lines atop the file)
FRONT_FIELD = regex.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
# "…" / '…' around a front-matter value
QUOTED = regex.compile(r"^(?P<q>[\"'])(?P<inner>.*)(?P=q)$")

#: the scraper header sits in the first lines of the file
_HEADER_WINDOW = 15


def looks_like_markdown(text: str) -> bool:
    """Text saved as Markdown: ATX headings or ``**label**:`` fields together with emphasis or tables."""
    lines = text[:20000].split("\n")
    headings = sum(bool(HEADING.match(line)) and line.lstrip().startswith("#") for line in lines)
    fields = sum(bool(HEADER_FIELD.match(line)) for line in lines[:_HEADER_WINDOW * 2])
    bold = text[:20000].count("**") // 2
    pipes = sum(bool(PIPE_RULE.match(line.strip())) and "|" in line for line in lines)
    return fields >= 2 or pipes >= 1 or (headings >= 1 and (bold >= 1 or headings >= 2))


def inline_text(line: str) -> str:
    """A line's text with links, images, emphasis, HTML breaks and escapes taken out."""
    line = IMAGE.sub("", line)
    line = LINK.sub(lambda m: m.group("text"), line)
    line = AUTOLINK.sub("", line)
    line = without_tags(BREAK_TAG.sub(" ", line))  # <p style…>表1&nbsp;…</p>: raw HTML a scraper kept
    line = EMPHASIS.sub("", line)
    line = ITALIC.sub(lambda m: m.group("inner"), line)
    return ESCAPE.sub(lambda m: m.group("char"), line)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """(fields, index of the first line after it) of a YAML front matter (``---`` / ``title: "…"`` / ``date: …`` /
    ``---`` atop the file: a scraper's record of the page, never the notice's text); ({}, 0) when there is none."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    fields: dict[str, str] = {}
    for i in range(1, min(len(lines), _HEADER_WINDOW * 2)):
        line = lines[i]
        if line.strip() in ("---", "..."):
            return (fields, i + 1) if fields else ({}, 0)
        field = FRONT_FIELD.match(line)
        if field:
            quoted = QUOTED.match(field.group("value"))
            value = quoted.group("inner") if quoted else field.group("value")
            key = field.group("key")
            if value:  # tags: with a list below it: nothing of the notice's
                fields.setdefault(FRONT_MATTER_KEYS.get(key.lower(), key), value)
        elif line.strip() and not line[:1].isspace() and not line.lstrip().startswith("- "):
            return {}, 0  # no YAML: a rule over the notice's own first lines
    return {}, 0


def _scraper_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """(fields, index of the first body line) of the scraper's header; ({}, 0) when there is none."""
    fields: dict[str, str] = {}
    title = None
    count = 0
    end = 0
    for i, line in enumerate(lines[:_HEADER_WINDOW + 5]):
        stripped = line.strip()
        heading = HEADING.match(line) if stripped.startswith("#") else None
        field = HEADER_FIELD.match(line)
        plain = PLAIN_FIELD.match(line) if not field and title is not None else None
        latin = FRONT_FIELD.match(line) if not field and not plain and title is not None else None
        if not stripped:
            continue
        label = plain.group("label") if plain else ""
        if latin and latin.group("value") and (count or FRONT_MATTER_KEYS.get(latin.group("key").lower())):
            # url: https://… / date: 2024-04-19 / crawled: …: a scraper's record of the page under its # title
            key = latin.group("key")
            fields.setdefault(FRONT_MATTER_KEYS.get(key.lower(), key), latin.group("value"))
            count += 1
        elif plain and (field_key(label) or LABEL_AT_START.match(label) or count):  # # title over 标题：… 来源：…
            _put(fields, plain.group("label"), inline_text(plain.group("value")).strip())
            count += 1
        elif field and (field_key(field.group("label")) or LABEL_AT_START.match(field.group("label"))
                        or checked_key(field.group("label"), inline_text(field.group("value")))):
            _put(fields, field.group("label"), inline_text(field.group("value")).strip())
            count += 1
        elif heading and i == end and title is None and not count and len(heading.group("marks")) == 1:
            title = inline_text(heading.group("text")).strip()
        elif heading and squash(inline_text(heading.group("text"))) in SCRAPER_HEADINGS:
            pass
        elif RULE.match(line):
            if count:
                end = i + 1
                break
        else:
            break
        end = i + 1
    if count < 2:
        return {}, 0
    while end < len(lines) and (not lines[end].strip() or _scraper_heading(lines[end])):
        end += 1  # ## 政策全文 under the rule
    if title and not fields.get("标题"):
        fields["标题"] = title
    return fields, end


def _scraper_heading(line: str) -> bool:
    heading = HEADING.match(line) if line.strip().startswith("#") else None
    return bool(heading) and squash(inline_text(heading.group("text"))) in SCRAPER_HEADINGS


def _put(fields: dict[str, str], label: str, value: str) -> None:
    key = field_key(label) or checked_key(label, value) or squash(label)
    if key not in fields or (not fields[key] and value):
        fields[key] = value


def _trailer(lines: list[str], fields: dict[str, str]) -> int:
    """Take the scraper's trailer (``**更新时间**: …``, 【原文下载】 + file links) off the end; returns the new end."""
    end = len(lines)
    while end > 0:
        line = lines[end - 1].strip()
        field = HEADER_FIELD.match(line)
        if not line or RULE.match(line):
            end -= 1
        elif field and (field_key(field.group("label")) or LABEL_AT_START.match(field.group("label"))):
            _put(fields, field.group("label"), inline_text(field.group("value")).strip())
            end -= 1
        elif FILE_LINK.match(line):
            label_at = end - 1
            while label_at > 0 and (FILE_LINK.match(lines[label_at - 1]) or not lines[label_at - 1].strip()):
                label_at -= 1
            label = squash(inline_text(lines[label_at - 1])).strip("【】[]：:") if label_at > 0 else ""
            if label not in DOWNLOAD_LABELS:
                break
            links = [FILE_LINK.match(k).group("text") for k in lines[label_at:end] if FILE_LINK.match(k)]
            _put(fields, label, "；".join(links))
            end = label_at - 1
        else:
            break
    return end


def _body_lines(lines: list[str], has_header: bool) -> tuple[list[str | Block], bool]:
    """Body lines with Markdown taken out, headings as blocks; whether a heading was the title."""
    out: list[str | Block] = []
    titled = has_header
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = HEADING.match(line) if line.lstrip().startswith("#") else None
        if heading:
            text = inline_text(heading.group("text")).strip()
            if squash(text) not in SCRAPER_HEADINGS and text:
                hints = {"heading"} if titled else {"heading", "title", "center"}
                titled = True
                out.append(Block("text", text, hints=frozenset(hints), soft_wrap=False))
        elif RULE.match(line):
            out.append("")
        elif TABLE_OPEN.match(line) and (end := table_end(lines, i)) is not None \
                and (table := table_block("\n".join(lines[i:end]))) is not None:
            if caption := table_caption("\n".join(lines[i:end])):
                out += ["", caption]  # <caption>…（单位：处）</caption>: a title line over the table, never the sentence above's end
            out.append(table)  # <table>…<td rowspan="5">…</table>: a table Markdown cannot write
            i = end
            continue
        else:
            out.append(inline_text(LIST_MARKER.sub(lambda m: m.group("indent"), line)))
        i += 1
    return out, titled


def read(data: bytes, path: str, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    text, encoding, warnings = decode_with_warnings(data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front, skipped = _front_matter(lines)
    fields, start = _scraper_header(lines[skipped:])
    start += skipped
    for key, value in front.items():  # the scraper's own header, when there is one, says it first
        fields.setdefault(key, value)
    end = _trailer(lines, fields)
    body, _ = _body_lines(lines[start:end], has_header=bool(fields))
    blocks = _blocks(body, fields, warnings)
    if not blocks:
        raise NoTextError("the file holds no text")
    return RawDocument(path, "markdown", blocks, portal_fields=fields, encoding=encoding, warnings=warnings)


def _blocks(body: list[str | Block], fields: dict[str, str], warnings: list[str]) -> list[Block]:
    """Runs of plain lines read like a text file (box taken out), headings and tables as they are."""
    blocks: list[Block] = []
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        box, taken = portal_box(run)
        for key, value in box.items():
            if key not in fields or (not fields[key] and value):
                fields[key] = value
        kept = ["" if k in taken else line for k, line in enumerate(run)]
        found, notes = blocks_from_lines(kept, blank_breaks=True)
        blocks.extend(found)
        warnings.extend(notes)
        run.clear()

    for item in body:
        if isinstance(item, Block):
            flush()
            blocks.append(item)
        else:
            run.append(item)
    flush()
    for block in blocks:
        if block.kind == "text" and "heading" in block.hints:
            block.new_paragraph = True
    return blocks


__all__ = ["read", "looks_like_markdown", "inline_text"]
