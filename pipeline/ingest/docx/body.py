"""The document body walked in order: paragraphs (runs, breaks, list labels, hints) and tables
(spans repeated across, vertical merges filled down, header rows).

Reads the ``w:body`` element with the document's styles and numbering; returns blocks, with page
numbers when Word recorded where its pages began.
"""
from __future__ import annotations

from pipeline.ingest.docx.numbering import _Numbering
from pipeline.ingest.docx.ooxml import (
    BR,
    BREAK_TYPE,
    CR,
    CUSTOM_XML,
    GRID_BEFORE,
    GRID_SPAN,
    H_MERGE,
    LAST_RENDERED_BREAK,
    NO_BREAK_HYPHEN,
    P,
    PPR,
    PTAB,
    R,
    RPR,
    SDT,
    SDT_CONTENT,
    T,
    TAB,
    TBL,
    TBL_HEADER,
    TC,
    TCPR,
    TR,
    TRPR,
    V_MERGE,
    VAL,
    _int_attr,
    _is_on,
    _style_id,
    _w,
)
from pipeline.ingest.docx.styles import _Styles
from pipeline.model import Block

#: paragraph children that hold runs (recursed into); everything else in a paragraph
#: (w:pPr, w:del, w:moveFrom, bookmarks, math) carries no visible body text
_RUN_CONTAINERS = {_w(t) for t in ("hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "dir", "bdo")}


class _BodyReader:
    def __init__(self, styles: _Styles, numbering: _Numbering, track_pages: bool):
        self.styles = styles
        self.numbering = numbering
        self.track_pages = track_pages
        self.page = 1
        self._first_text_page: int | None = None
        self.warnings: list[str] = []

    def read_body(self, body) -> list[Block]:
        blocks = []
        for item in _body_items(body):
            block = self._table_block(item) if item.tag == TBL else self._paragraph_block(item)
            if block is not None:
                blocks.append(block)
        return blocks

    # -- paragraphs

    def _paragraph_block(self, p) -> Block | None:
        ppr = p.find(PPR)
        style = self.styles.get(_style_id(ppr, "pStyle"))
        start_page, self._first_text_page = self.page, None
        pieces, bold_flags = [], []
        self._collect_runs(p, style, pieces, bold_flags)
        text = "".join(pieces).strip("\n")
        if not text.strip():
            return None
        text = self.numbering.label(ppr, style) + text
        return Block(
            "text", text, page=(self._first_text_page or start_page) if self.track_pages else None,
            soft_wrap=False, hints=_paragraph_hints(ppr, style, bold_flags),
        )

    def _collect_runs(self, container, style: dict, pieces: list[str], bold_flags: list[bool]) -> None:
        for child in container:
            tag = child.tag
            if tag == R:
                run_text = self._run_text(child)
                if run_text.strip():
                    bold_flags.append(_run_is_bold(child, style, self.styles))
                    if self._first_text_page is None:
                        self._first_text_page = self.page  # a page may begin before the first text
                pieces.append(run_text)
            elif tag in _RUN_CONTAINERS:
                self._collect_runs(child, style, pieces, bold_flags)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._collect_runs(content, style, pieces, bold_flags)

    def _run_text(self, run) -> str:
        out = []
        for child in run:
            tag = child.tag
            if tag == T:
                out.append(child.text or "")
            elif tag == TAB or tag == PTAB:
                out.append("\t")
            elif tag == BR:
                if child.get(BREAK_TYPE) in ("page", "column"):
                    continue  # a page break is layout, not a line of text
                out.append("\n")
            elif tag == CR:
                out.append("\n")
            elif tag == NO_BREAK_HYPHEN:
                out.append("-")
            elif tag == LAST_RENDERED_BREAK and self.track_pages:
                self.page += 1
            # w:drawing, w:pict, mc:AlternateContent (images, text boxes), w:instrText (field
            # codes), w:delText (deleted text) and w:sym (private-font symbols) are skipped.
        return "".join(out)

    # -- tables

    def _table_block(self, tbl) -> Block | None:
        start_page = self.page
        rows, header_rows = self._table_grid(tbl)
        if not any(cell.strip() for row in rows for cell in row):
            return None
        return Block("table", rows=rows, header_rows=header_rows, page=start_page if self.track_pages else None)

    def _table_grid(self, tbl) -> tuple[list[list[str]], int]:
        """The logical grid: gridSpan cells repeated across, vMerge continuations filled down."""
        grid_width = len(tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}"))
        grid: list[list[str]] = []
        header_rows, in_header = 0, True
        for tr in _children(tbl, TR):
            trpr = tr.find(TRPR)
            row = [""] * _int_attr(trpr.find(GRID_BEFORE) if trpr is not None else None, 0)
            for tc in _children(tr, TC):
                tcpr = tc.find(TCPR)
                span = max(1, _int_attr(tcpr.find(GRID_SPAN) if tcpr is not None else None, 1))
                text = self._cell_text(tc)
                vmerge = tcpr.find(V_MERGE) if tcpr is not None else None
                hmerge = tcpr.find(H_MERGE) if tcpr is not None else None
                for offset in range(span):
                    column = len(row)
                    if vmerge is not None and vmerge.get(VAL, "continue") != "restart":
                        above = grid[-1] if grid else []
                        row.append(above[column] if column < len(above) else "")
                    elif hmerge is not None and hmerge.get(VAL, "continue") != "restart" and row:
                        row.append(row[-1])  # legacy horizontal merge: the cell left of it
                    else:
                        row.append(text)
            is_header = trpr is not None and _is_on(trpr.find(TBL_HEADER))
            if in_header and is_header:
                header_rows += 1
            else:
                in_header = False
            grid.append(row)
        width = max([grid_width] + [len(row) for row in grid])
        for row in grid:
            row.extend([""] * (width - len(row)))
        return grid, header_rows

    def _cell_text(self, tc) -> str:
        """A cell's paragraphs joined by "\\n" (a nested table as tab-separated lines)."""
        lines = []
        for item in _body_items(tc):
            block = self._table_block(item) if item.tag == TBL else self._paragraph_block(item)
            if block is not None:
                lines.append(block.raw_text())
        return "\n".join(lines).strip()


def _body_items(container):
    """w:p and w:tbl in document order, looking through content controls and custom XML."""
    for child in container:
        tag = child.tag
        if tag == P or tag == TBL:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _body_items(content)
        elif tag == CUSTOM_XML:
            yield from _body_items(child)


def _children(parent, tag: str):
    """Rows of a table / cells of a row, including those wrapped in w:sdt or w:customXml."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == CUSTOM_XML:
            yield from _children(child, tag)


def _run_is_bold(run, paragraph_style: dict, styles: _Styles) -> bool:
    rpr = run.find(RPR)
    if rpr is not None:
        bold = rpr.find(_w("b"))
        if bold is not None:
            return _is_on(bold)
        char_style = styles.get(_style_id(rpr, "rStyle"))
        if "bold" in char_style:
            return char_style["bold"]
    return paragraph_style.get("bold", False)


def _paragraph_hints(ppr, style: dict, bold_flags: list[bool]) -> frozenset[str]:
    hints = set()
    if bold_flags and all(bold_flags):
        hints.add("bold")
    jc = ppr.find(_w("jc")) if ppr is not None else None
    if (jc.get(VAL) == "center") if jc is not None else style.get("center", False):
        hints.add("center")
    outline = ppr.find(_w("outlineLvl")) if ppr is not None else None
    if style.get("heading") or (outline is not None and _int_attr(outline, 9) < 9):
        hints.add("heading")
    return frozenset(hints)
