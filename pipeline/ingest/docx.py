"""DOCX backend: the body's paragraphs and tables in reading order, merged table cells filled.

python-docx opens the package (zip, content types, relationships); the body XML is walked
directly because python-docx's ``paragraphs``/``tables`` lists lose the order between them and
skip content controls (``w:sdt``). Only the main document part is read, so headers and footers
(the ``— N —`` page numbers) never reach the blocks; text boxes and images are skipped too.
"""
from __future__ import annotations

import io
import zipfile
import zlib

import regex
from lxml import etree

from pipeline.errors import CorruptFileError, NoTextError, UnsupportedFormatError
from pipeline.model import Block, RawDocument

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


P, TBL, TR, TC, R = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
PPR, TRPR, TCPR, RPR = _w("pPr"), _w("trPr"), _w("tcPr"), _w("rPr")
T, TAB, PTAB, BR, CR, NO_BREAK_HYPHEN = _w("t"), _w("tab"), _w("ptab"), _w("br"), _w("cr"), _w("noBreakHyphen")
GRID_SPAN, V_MERGE, H_MERGE, GRID_BEFORE, TBL_HEADER = (
    _w("gridSpan"), _w("vMerge"), _w("hMerge"), _w("gridBefore"), _w("tblHeader")
)
VAL, BREAK_TYPE = _w("val"), _w("type")

#: paragraph children that hold runs (recursed into); everything else in a paragraph
#: (w:pPr, w:del, w:moveFrom, bookmarks, math) carries no visible body text
_RUN_CONTAINERS = {_w(t) for t in ("hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "dir", "bdo")}
#: run children that are page breaks Word recorded when it last laid the document out
LAST_RENDERED_BREAK = _w("lastRenderedPageBreak")

#: content types of a main document part we can read (document, macro-enabled, templates)
_WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_REL_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"

#: a heading style name, English or Chinese Word UI: "Heading 2", "heading 1", "标题 1", "Title"
_HEADING_STYLE = regex.compile(r"^(?:heading\s*\d|标题\s*\d|title)$", regex.IGNORECASE)
#: an on/off attribute that is off: <w:b w:val="0"/>, <w:tblHeader w:val="false"/>
_OFF_VALUES = {"0", "false", "off", "none"}


def read(data: bytes, path: str, *, password: str | None = None) -> RawDocument:
    main_part = _open_main_part(data)
    body = _part_element(main_part).find(_w("body"))
    if body is None:
        raise CorruptFileError("corrupt DOCX: word/document.xml has no w:body")
    styles = _Styles(_related_element(main_part, _REL_STYLES))
    numbering = _Numbering(_related_element(main_part, _REL_NUMBERING))
    # Word writes w:lastRenderedPageBreak where each page began when it last laid the file out;
    # without them (generated files) explicit breaks alone would give wrong pages, so: None.
    track_pages = next(body.iter(LAST_RENDERED_BREAK), None) is not None
    reader = _BodyReader(styles, numbering, track_pages)
    blocks = reader.read_body(body)
    chunks = sum(1 for _ in body.iter(_w("altChunk")))
    if chunks:  # content Word imports from an embedded HTML/RTF/DOCX part when it opens the file
        reader.warnings.append(f"{chunks} embedded alternative-format chunk(s) (w:altChunk) not read")
    if not any(block.raw_text().strip() for block in blocks):
        raise NoTextError("the DOCX body holds no text (images only?)")
    return RawDocument(
        path, "docx", blocks, page_count=reader.page if track_pages else None, warnings=reader.warnings
    )


# --------------------------------------------------------------------------- package


def _open_main_part(data: bytes):
    """The main document part, or a typed error saying why the bytes are not a readable DOCX."""
    from docx.opc.exceptions import PackageNotFoundError
    from docx.package import Package

    names = _zip_names(data)
    if "[Content_Types].xml" not in names or not any(name.startswith("word/") for name in names):
        raise UnsupportedFormatError(f"a zip archive but not a Word document ({_zip_kind(names)})")
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
    except KeyError as exc:  # no officeDocument relationship / a missing part
        raise UnsupportedFormatError(f"a zip archive but not a Word document ({_zip_kind(names)})") from exc
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError,
            AttributeError, ValueError, TypeError) as exc:
        # python-docx meets a damaged part or a malformed [Content_Types].xml / .rels
        raise CorruptFileError(f"corrupt DOCX: a package part cannot be read ({type(exc).__name__}: {exc})") from exc
    if part.content_type not in _WORD_MAIN_TYPES:
        raise UnsupportedFormatError(f"an Office file but not a Word document ({part.content_type})")
    return part


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except zipfile.BadZipFile as exc:
        reason = "truncated or damaged zip (no central directory)" if data[:4] == b"PK\x03\x04" else "not a zip archive"
        raise CorruptFileError(f"corrupt DOCX: {reason}") from exc


def _zip_kind(names: set[str]) -> str:
    """What a non-Word zip probably is, for the error message."""
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument file (.odt/.ods)"
    if any(name.startswith("xl/") for name in names):
        return "an Excel workbook"
    if any(name.startswith("ppt/") for name in names):
        return "a PowerPoint presentation"
    return "no word/document.xml"


def _part_element(part):
    element = getattr(part, "element", None)  # python-docx XmlPart subclasses keep the parsed tree
    if element is not None:
        return element
    try:
        return etree.fromstring(part.blob)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(f"corrupt DOCX: {part.partname} is not well-formed XML ({exc})") from exc


def _related_element(part, reltype: str):
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            try:
                return _part_element(rel.target_part)
            except CorruptFileError:
                return None  # styles/numbering only give hints; the text survives without them
    return None


def _is_on(element) -> bool:
    """An OOXML on/off property: present and not switched off."""
    return element is not None and (element.get(VAL) or "true").lower() not in _OFF_VALUES


def _int_attr(element, default: int = 0) -> int:
    try:
        return int(element.get(VAL)) if element is not None else default
    except (TypeError, ValueError):
        return default


# --------------------------------------------------------------------------- styles


class _Styles:
    """Paragraph/character style facts that give layout hints, resolved along ``w:basedOn``."""

    def __init__(self, root):
        self._raw: dict[str, etree._Element] = {}
        if root is not None:
            for style in root.iter(_w("style")):
                style_id = style.get(_w("styleId"))
                if style_id:
                    self._raw[style_id] = style
        self._cache: dict[str, dict] = {}

    def get(self, style_id: str | None) -> dict:
        """{'bold', 'center', 'heading', 'numPr'} of a style, inherited from its bases."""
        if not style_id or style_id not in self._raw:
            return {}
        if style_id not in self._cache:
            self._cache[style_id] = {}  # guards against basedOn cycles
            style = self._raw[style_id]
            based_on = style.find(_w("basedOn"))
            facts = dict(self.get(based_on.get(VAL)) if based_on is not None else {})
            name = style.find(_w("name"))
            name = name.get(VAL) if name is not None else style_id
            bold = style.find(f"{_w('rPr')}/{_w('b')}")
            if bold is not None:
                facts["bold"] = _is_on(bold)
            jc = style.find(f"{_w('pPr')}/{_w('jc')}")
            if jc is not None:
                facts["center"] = jc.get(VAL) == "center"
            outline = style.find(f"{_w('pPr')}/{_w('outlineLvl')}")
            if _HEADING_STYLE.match(name or "") or (outline is not None and _int_attr(outline, 9) < 9):
                facts["heading"] = True
            num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if num_pr is not None:
                facts["numPr"] = num_pr
            self._cache[style_id] = facts
        return self._cache[style_id]


# --------------------------------------------------------------------------- numbering

#: Chinese counting digits for auto-numbered headings (一、 二、 … 十一、)
_CN_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
#: a level placeholder in w:lvlText: "%1、" "（%2）" "%1.%2."
_LEVEL_PLACEHOLDER = regex.compile(r"%([1-9])")


def _chinese_count(n: int) -> str:
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "") if n >= 10 else _CN_DIGITS[n]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting"):
        return _chinese_count(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 0 < n <= len(_TIANGAN):
        return _TIANGAN[n - 1]
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and n > 0:
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal, decimalZero and anything exotic


class _Numbering:
    """Word's automatic list numbers (``一、`` ``（一）`` ``1.`` headings are often generated, not typed)."""

    def __init__(self, root):
        self._levels: dict[str, dict[int, tuple[str, str, int, str]]] = {}  # abstractId → ilvl → (fmt, text, start, suff)
        self._num_to_abstract: dict[str, str] = {}
        self._start_overrides: dict[tuple[str, int], int] = {}
        self._counters: dict[str, list[int]] = {}
        if root is None:
            return
        for abstract in root.iter(_w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                text = lvl.find(_w("lvlText"))
                suff = lvl.find(_w("suff"))
                levels[_int_attr_named(lvl, "ilvl")] = (
                    fmt.get(VAL, "decimal") if fmt is not None else "decimal",
                    text.get(VAL, "") if text is not None else "",
                    _int_attr(lvl.find(_w("start")), 1),
                    suff.get(VAL, "tab") if suff is not None else "tab",
                )
            self._levels[abstract.get(_w("abstractNumId"))] = levels
        for num in root.iter(_w("num")):
            num_id = num.get(_w("numId"))
            abstract_id = num.find(_w("abstractNumId"))
            if abstract_id is not None:
                self._num_to_abstract[num_id] = abstract_id.get(VAL)
            for override in num.iter(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                if start is not None:
                    self._start_overrides[(num_id, _int_attr_named(override, "ilvl"))] = _int_attr(start, 1)

    def label(self, ppr, style_facts: dict) -> str:
        """The generated label of a paragraph ("一、", "（二）", "3."), advancing the counters; "" if none."""
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        if num_pr is None:
            num_pr = style_facts.get("numPr")
        if num_pr is None or not self._levels:
            return ""
        num_id = num_pr.find(_w("numId"))
        num_id = num_id.get(VAL) if num_id is not None else None
        abstract_id = self._num_to_abstract.get(num_id)
        levels = self._levels.get(abstract_id)
        if not levels:
            return ""  # numId 0 switches numbering off
        ilvl = _int_attr(num_pr.find(_w("ilvl")), 0)
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(abstract_id, [0] * 9)
        start = self._start_overrides.get((num_id, ilvl), levels[ilvl][2])
        counters[ilvl] = start if counters[ilvl] == 0 else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0  # a new 一、 restarts its （一） list
        fmt, text, _, suff = levels[ilvl]
        if fmt == "bullet":
            return ""

        def fill(match: regex.Match) -> str:
            level = int(match.group(1)) - 1
            value = counters[level] or (levels.get(level, ("decimal", "", 1, ""))[2])
            return _format_number(value, levels.get(level, (fmt,))[0])

        label = _LEVEL_PLACEHOLDER.sub(fill, text)
        if not label or suff == "nothing" or label[-1] in "、．。，：)）":
            return label
        return label + " "


def _int_attr_named(element, name: str, default: int = 0) -> int:
    try:
        return int(element.get(_w(name)))
    except (TypeError, ValueError):
        return default


# --------------------------------------------------------------------------- body


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


def _style_id(props, tag: str) -> str | None:
    if props is None:
        return None
    style = props.find(_w(tag))
    return style.get(VAL) if style is not None else None


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
