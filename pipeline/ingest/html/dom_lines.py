"""The DOM rendered into lines the way a browser breaks them, and data tables into grids.

Reads a BeautifulSoup element; returns :class:`_Line` s in document order, each with the block
element it came from, its layout hints (bold, center, heading) and how much of it is link text.
A data table becomes one item with its logical grid (spans filled) and header row count, after a line of its
``<caption>`` (the table's title, often with its unit), or, for the portal box parser, one line per cell.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex
from bs4 import NavigableString, Tag

from pipeline.ingest.text import header_row_count

#: runs of source whitespace inside a text node: "\n\t\t" (layout) or "  " (collapsed by browsers)
_SOURCE_WHITESPACE = regex.compile(r"[ \t\r\n\f]+")
#: characters on both sides of a source line break that join without a space: 中文\n文字 → 中文文字
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Block=CJK_Symbols_and_Punctuation}\p{Block=Halfwidth_and_Fullwidth_Forms}“”‘’]")
#: style declarations that matter: text-align:center, font-weight:bold / 700, display:none
_STYLE_CENTER = regex.compile(r"text-align\s*:\s*center", regex.IGNORECASE)
_STYLE_BOLD = regex.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", regex.IGNORECASE)
_STYLE_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)

_INVISIBLE_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
    "option", "button", "input", "textarea", "map", "audio", "video", "head", "title", "meta", "link",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "body", "html",
})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELL_TAGS = frozenset({"td", "th"})


@dataclass
class _Line:
    """A line of rendered text (or, with ``rows`` set, a table) and where it came from."""

    text: str
    owner: Tag  # innermost block element around the line
    hints: frozenset[str] = frozenset()
    after_br: bool = False
    link_chars: int = 0
    rows: list[list[str]] | None = None
    header_rows: int = 0


@dataclass(frozen=True)
class _Context:
    owner: Tag
    bold: bool = False
    center: bool = False
    heading: bool = False
    link: bool = False


@dataclass
class _Pending:
    pieces: list[str] = field(default_factory=list)
    bold_flags: list[bool] = field(default_factory=list)
    link_chars: int = 0


class _LineWalker:
    """Renders a DOM subtree into lines the way a browser breaks them (blocks and <br>).

    With ``tables_as_blocks`` a data table becomes one table item (spans filled); without it
    every cell is its own line, empty cells included, which is what the portal box parser needs.
    """

    def __init__(self, *, tables_as_blocks: bool):
        self.tables_as_blocks = tables_as_blocks
        self.items: list[_Line] = []
        self._pending = _Pending()
        self._last_text_context: _Context | None = None  # where the pending line's text came from

    def walk(self, root: Tag) -> list[_Line]:
        context = _Context(owner=root)
        self._walk(root, context)
        self._flush(context)
        return self.items

    def _walk(self, node: Tag, context: _Context) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, doctype, CDATA or processing instruction
                    self._add_text(str(child), context)
                continue
            if not isinstance(child, Tag) or child.name in _INVISIBLE_TAGS or _is_hidden(child):
                continue
            if child.name == "br":
                self._flush(context, after_br=True)
            elif child.name == "table" and self.tables_as_blocks and _is_data_table(child):
                self._flush(context)
                caption = child.find("caption", recursive=False)
                if caption is not None:  # <caption>…分解表（单位：个）</caption>: a title line over the table
                    inner = _enter(caption, context, block=True)
                    self._walk(caption, inner)
                    self._flush(inner)
                rows, header_rows = _table_grid(child)
                self.items.append(_Line(_rows_text(rows), child, rows=rows, header_rows=header_rows))
            elif child.name in _BLOCK_TAGS:
                self._flush(context)
                inner = _enter(child, context, block=True)
                self._walk(child, inner)
                self._flush(inner, keep_empty=not self.tables_as_blocks and child.name in _CELL_TAGS)
            else:
                self._walk(child, _enter(child, context, block=False))

    def _add_text(self, raw: str, context: _Context) -> None:
        text = _render_whitespace(raw)
        if not text:
            return
        self._pending.pieces.append(text)
        if text.strip():
            self._pending.bold_flags.append(context.bold)
            if context.link:
                self._pending.link_chars += len(text.strip())
        self._last_text_context = context

    def _flush(self, context: _Context, *, after_br: bool = False, keep_empty: bool = False) -> None:
        pending, self._pending = self._pending, _Pending()
        text = "".join(pending.pieces).strip(" \n\r\u3000\xa0")
        if not text.strip() and not keep_empty:
            return
        owner_context = self._last_text_context if pending.pieces and self._last_text_context else context
        hints = set()
        if pending.bold_flags and all(pending.bold_flags):
            hints.add("bold")
        if owner_context.center:
            hints.add("center")
        if owner_context.heading:
            hints.add("heading")
        self.items.append(
            _Line(text, owner_context.owner, frozenset(hints), after_br=after_br, link_chars=pending.link_chars)
        )


def _enter(tag: Tag, context: _Context, *, block: bool) -> _Context:
    style = tag.get("style") or ""
    align = (tag.get("align") or "").lower()
    center = context.center
    if tag.name == "center" or align == "center" or _STYLE_CENTER.search(style):
        center = True
    elif block and (align in ("left", "right", "justify") or "text-align" in style):
        center = False  # a right-aligned signature inside a centred wrapper is not centred
    return replace(
        context,
        owner=tag if block else context.owner,
        bold=context.bold or tag.name in ("b", "strong") or bool(_STYLE_BOLD.search(style)),
        center=center,
        heading=context.heading or tag.name in _HEADING_TAGS,
        link=context.link or tag.name == "a",
    )


def _is_hidden(tag: Tag) -> bool:
    return bool(_STYLE_HIDDEN.search(tag.get("style") or "")) or tag.has_attr("hidden")


def _render_whitespace(raw: str) -> str:
    """Source whitespace as a browser shows it, but keeping tabs (Word-HTML tables) and &nbsp; padding.

    A run holding a line break joins CJK text without a space (中文\\n文字 → 中文文字) and is one
    space elsewhere; a run of blanks with a tab is one tab; other runs are one space. &nbsp; is
    kept as a space each, since it pads names (``刘&nbsp;&nbsp;强``).
    """

    def render(match: regex.Match) -> str:
        run = match.group(0)
        if "\n" in run or "\r" in run:
            before = raw[match.start() - 1] if match.start() > 0 else ""
            after = raw[match.end()] if match.end() < len(raw) else ""
            return "" if _CJK_CHAR.match(before or "中") and _CJK_CHAR.match(after or "中") else " "
        return "\t" if "\t" in run else " "

    return _SOURCE_WHITESPACE.sub(render, raw).replace("\xa0", " ")


# --------------------------------------------------------------------------- tables


def _direct_rows(table: Tag) -> list[Tag]:
    """The table's own rows (through thead/tbody/tfoot), not rows of nested tables."""
    rows = []
    for child in table.find_all(["tr", "thead", "tbody", "tfoot"], recursive=False):
        rows.extend([child] if child.name == "tr" else child.find_all("tr", recursive=False))
    return rows


def _is_data_table(table: Tag) -> bool:
    """A grid of data, not a layout table that wraps the whole page or a single column."""
    if table.find("table") is not None:
        return False
    rows = _direct_rows(table)
    widths = [len(row.find_all(_CELL_TAGS, recursive=False)) for row in rows]
    return len(rows) >= 2 and max(widths, default=0) >= 2


def _table_grid(table: Tag) -> tuple[list[list[str]], int]:
    """The logical grid: colspan repeated across, rowspan filled down; and the header row count."""
    grid: list[list[str]] = []
    carried: dict[int, list] = {}  # column → [text, rows still covered] of a rowspan from above
    header_rows, in_header = 0, True
    for tr in _direct_rows(table):
        row: list[str] = []
        cells = tr.find_all(_CELL_TAGS, recursive=False)
        for cell in cells:
            _take_carried(row, carried)
            text = _cell_text(cell)
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            for _ in range(colspan):
                if rowspan > 1:
                    carried[len(row)] = [text, rowspan - 1]
                row.append(text)
        _take_carried(row, carried, to_end=True)
        is_header = tr.parent.name == "thead" or (cells and all(cell.name == "th" for cell in cells))
        if in_header and is_header:
            header_rows += 1
        else:
            in_header = False
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    for row in grid:
        row.extend([""] * (width - len(row)))
    return grid, header_rows or _guess_header_rows(table, grid)


def _take_carried(row: list[str], carried: dict[int, list], *, to_end: bool = False) -> None:
    while len(row) in carried or (to_end and any(column >= len(row) for column in carried)):
        column = len(row)
        if column not in carried:
            row.append("")
            continue
        text, remaining = carried[column]
        row.append(text)
        if remaining <= 1:
            del carried[column]
        else:
            carried[column][1] = remaining - 1


def _span(cell: Tag, attribute: str) -> int:
    try:
        return min(max(int(str(cell.get(attribute, "1")).strip() or 1), 1), 100)
    except ValueError:
        return 1


def _cell_text(cell: Tag) -> str:
    lines = _LineWalker(tables_as_blocks=False).walk(cell)
    return "\n".join(line.text.strip() for line in lines if line.text.strip())


def _guess_header_rows(table: Tag, grid: list[list[str]]) -> int:
    """Without <th>/<thead>: the first row is a header if it reads like one (序号 …), and as many
    rows as its tallest cell spans (a 2-row header: 目标值 over 2021年 2022年 2023年)."""
    if len(grid) < 2 or not header_row_count(grid):
        return 0
    first_row = _direct_rows(table)[0].find_all(_CELL_TAGS, recursive=False)
    return min(max((_span(cell, "rowspan") for cell in first_row), default=1), len(grid) - 1)


def _rows_text(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows)


def _squash(text: str) -> str:
    """The text with all whitespace removed: lines and labels compare equal however they are spaced."""
    return "".join(text.split())
