"""PDF backend: characters with geometry → lines → columns → paragraphs and tables, in reading order.

Engine, chosen by measurement on corpus/pdf (58 pages, 2-core box): pypdfium2 gives every character
with its box, font and size at ~130 pages/s, pdfminer (behind pdfplumber) at ~21 pages/s, and
pdfplumber's ``extract_text`` runs at ~17 pages/s. So everything comes from pypdfium2: characters,
and the ruling lines of tables (path objects). Its boxes are in unrotated user space, so a stray
``/Rotate`` changes nothing; text drawn rotated is turned upright by its own angle. pdfium's
quirks are handled here: U+0002/U+FFFE stand for a hyphen at a line end, generated spaces and line
breaks are skipped. pdfium is not thread-safe: run documents in processes (the runner does).

Everything after the characters is plain geometry:

* lines: characters on one baseline; a gap of ≥ 1.5 em splits a line into segments (columns of a
  borderless table, tab stops: "\t" in the text); spaces only between Latin/digit characters with
  a word gap, never next to a CJK one;
* columns: a vertical gutter that few segments cross, with column-wide lines on both sides;
  read the left column, then the right one, between full-width lines;
* furniture: page numbers (``— 3 —``, ``第3页``, ``3/15``) and running heads repeated on most pages;
* paragraphs: on a justified page, a line broken because the next word did not fit continues
  (glued, also over a column break; over a page break as "\n" with ``line_pages``), a short line
  ends the paragraph, an indented line starts one, centred titles are joined; on a ragged page
  (hard-wrapped text) uncertain line ends stay "\n" with ``soft_wrap`` for normalization;
* tables: ruled grids (:mod:`pipeline.ingest.pdf_tables`) joined over pages; aligned borderless
  columns (member lists) become one line per row with "\t" between the columns.
"""
from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from operator import attrgetter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

from pipeline.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedError,
    NeedsOCRError,
    NoTextError,
    WrongTypeError,
)
from pipeline.ingest import pdf_tables
from pipeline.ingest.pdf_tables import TableBuilder, TablePiece
from pipeline.model import Block, RawDocument

# ---------------------------------------------------------------------------------------------
# Tunables (in em = the font size of the characters concerned, unless said otherwise)
# ---------------------------------------------------------------------------------------------

#: baselines closer than this belong to one line
_SAME_LINE_EM = 0.25
#: a horizontal gap this wide separates columns of a borderless table (or a tab stop)
_COLUMN_GAP_EM = 1.5
#: a gap this wide between two Latin/digit characters is a space
_WORD_GAP_EM = 0.2
#: a gap this wide separates cell words when aligning borderless table columns
_CELL_GAP_EM = 0.25
#: the gap inside a two-character name padded to three (王　磊): about one em
_PAD_GAP_EM = (0.6, 1.4)
#: a line ending this close to the right margin is full
_FULL_LINE_EM = 0.5
#: a word "fits" on the line above if it would end no more than this beyond the right margin
_FIT_SLACK_EM = 0.25
#: a line starting this far right of the previous one / the left margin is indented
_INDENT_EM = 0.5
#: on ragged pages, a line ending further than this from the right margin surely ends a paragraph
_RAGGED_END_EM = 3.0
#: share of wrapped lines that must end at the right margin for a frame to count as justified
_JUSTIFIED_SHARE = 0.75
#: a centred line has equal side space within this much (em of its size), and at least
#: _CENTRED_MIN_INDENT_EM (em of the body size) each side
#: (a large or bold line needs only _TITLE_MIN_INDENT_EM; a line of a title that has a clearly
#: centred line may fill the width: long titles do)
_CENTRED_SLACK_EM = 0.5
_CENTRED_MIN_INDENT_EM = 1.0
_TITLE_MIN_INDENT_EM = 0.5
#: a continuation line hanging under the text after a label ("抄送：", "附件：") aligns within this
_HANGING_SLACK_EM = 0.3
#: a line pitch this much larger than the frame's usual one is a paragraph gap
_PARAGRAPH_GAP_RATIO = 1.35
#: text this much larger than the body is a title
_TITLE_SIZE_RATIO = 1.2
#: a frame with fewer lines than this is measured from its tables, when it has some
_FEW_LINES = 8
#: page furniture lives in this outer share of the page height
_FURNITURE_BAND = 0.15
#: a line repeated at the same place on this share of pages (and on ≥ 2) is a running head/foot
_RUNNING_SHARE = 0.5
#: characters kept when their direction is within this of the page's main direction (radians)
_DIRECTION_SLACK = 0.2

# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

#: CJK characters and punctuation, next to which no space is ever inserted: "号", "，", "“", "—"
_WIDE_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u2000-\u206f\u2e80-\u303f\uff00-\uffef·]")
#: a font name that means bold type: "FandolHei-Regular", "SimHei", "Arial-BoldMT", "FZXiaoBiaoSong-B05S"
_BOLD_FONT = regex.compile(r"(?i)bold|heavy|black|demi|hei|黑|xiaobiaosong|小标宋")
#: the subset tag in an embedded font name: "BAAAAA+" in "BAAAAA+FandolFang-Regular"
_SUBSET_PREFIX = regex.compile(r"^[A-Z]{6}\+")
#: a page-number line, whitespace removed: "—3—", "-3-", "第3页", "第3页共15页", "3/15", "Page3of15", "3"
_PAGE_NUMBER = regex.compile(
    r"(?i)^[-—–－~·•_]*(?:第?\d{1,4}页?(?:[/／]\d{1,4})?(?:[/／,，]?共\d{1,4}页)?|page\d{1,4}(?:of\d{1,4})?)[-—–－~·•_]*$"
)
#: digits, blanked out so that running heads with page numbers compare equal: "2023年第3期" -> "#年第#期"
_DIGITS = regex.compile(r"\d+")  # "2023" -> "#"
#: whitespace of any kind
_WHITESPACE = regex.compile(r"\s+")  # "组 长\t" -> "组长"
#: sentence punctuation that a heading does not end with: "。", "；"
_SENTENCE_END = regex.compile(r"[。；;，,：:]$")
#: the two halves of a number wrapped at a line end: "为12" / "600个", "为21." / "3%"
_NUMBER_END = regex.compile(r"\d\.?$")
_NUMBER_START = regex.compile(r"\.?\d")

#: a glyph pdfium could not map to Unicode: U+FFFD or a private-use code point
_UNMAPPED = regex.compile(r"[\ufffd\ue000-\uf8ff]")  # "\ufffd"
#: pdfium's stand-ins for a hyphen at a line end (U+0002 from the char API, U+FFFE from get_text)
_HYPHEN_CODES = frozenset({0x02, 0xFFFE})
#: permission bits of the PDF /P entry (PDF 32000-1, table 22) worth naming in a warning
_PERMISSION_BITS = {
    3: "print",
    4: "modify",
    5: "copy/extract text",
    6: "annotate",
    9: "fill forms",
    10: "extract for accessibility",
    11: "assemble",
    12: "print in high quality",
}


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Char:
    """One glyph in reading coordinates (origin top-left of the crop box, y grows down)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    font: str
    bold: bool


class Column(Enum):
    SINGLE = "single"
    LEFT = "left"
    RIGHT = "right"
    #: a line that crosses the gutter of a two-column page (title, footer)
    SPANNING = "spanning"


@dataclass(slots=True)
class Line:
    """Characters on one baseline of one column, split into segments at column-size gaps."""

    page: int
    segments: list[list[Char]]
    column: Column
    page_width: float
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    baseline: float = 0.0
    size: float = 0.0
    font: str = ""
    bold: bool = False
    text: str = ""
    #: shares its left edge with a neighbouring line of another length: left-aligned, not centred
    left_aligned: bool = False

    def __post_init__(self) -> None:
        chars = [c for segment in self.segments for c in segment]
        self.x0 = self.segments[0][0].x0
        self.x1 = self.segments[-1][-1].x1
        self.top = min(c.top for c in chars)
        self.bottom = max(c.bottom for c in chars)
        self.baseline = max(c.baseline for c in chars)
        self.size = Counter(c.size for c in chars).most_common(1)[0][0]
        # Font and weight of the CJK characters: LibreOffice sets digits in a Latin font, so the
        # date "2023 年 9 月" is body text and "附件 2" a bold heading whatever its digits use.
        wide = [c for c in chars if _is_wide(c.text)] or chars
        self.font = Counter(c.font for c in wide).most_common(1)[0][0]
        self.bold = sum(c.bold for c in wide) >= 0.8 * len(wide)
        self.text = "\t".join(_join_chars(segment) for segment in self.segments)

    @property
    def frame_key(self) -> tuple[int, Column]:
        return round(self.page_width), self.column

    @property
    def is_gapped(self) -> bool:
        """Has a column-size gap: a row of a borderless table, or a tab-stop line."""
        return len(self.segments) > 1


@dataclass
class Frame:
    """The text area of one page shape and column: margins, body size, leading, alignment."""

    left: float
    right: float
    body_size: float
    body_font: str
    pitch: float
    justified: bool
    #: right edge of text in another size (the 14-pt 版记 block has its own margins), by rounded size
    right_by_size: dict[int, float] = field(default_factory=dict)

    def right_for(self, line: Line) -> float:
        if abs(line.size - self.body_size) > 1:
            return self.right_by_size.get(round(line.size), self.right)
        return self.right


@dataclass
class Page:
    number: int
    width: float
    height: float
    #: lines and table pieces in reading order
    items: list[Line | TablePiece] = field(default_factory=list)
    char_count: int = 0
    image_count: int = 0
    #: glyphs without a Unicode mapping (U+FFFD, private use): a font without ToUnicode
    unmapped_count: int = 0


class Join(Enum):
    """How a line relates to the one before it."""

    WRAP = "wrap"  # same paragraph, the line end is a soft wrap: glue the lines
    SOFT = "soft"  # probably the same paragraph, but keep "\n" and let normalization judge
    BREAK = "break"  # a new block


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def read(data: bytes, path: str, *, password: str | None = None) -> RawDocument:
    """Read a PDF into blocks in reading order. Raises typed :mod:`pipeline.errors` for bad files."""
    _check_signature(data)
    document = _open(data, password)
    warnings: list[str] = []
    try:
        permission_note = _permission_warning(document)
        if permission_note:
            warnings.append(permission_note)
        page_count = len(document)
        pages = []
        second_reader = _SecondReader(data, password)
        for index in range(page_count):
            try:
                pages.append(_read_page(document, index, warnings, second_reader))
            except pdfium.PdfiumError as exc:  # one damaged page must not cost the others
                warnings.append(f"page {index + 1} could not be read: {exc}")
    finally:
        document.close()
        second_reader.close()
    if page_count and not pages:
        raise CorruptFileError(f"damaged PDF: none of its {page_count} pages could be read")
    _check_text_layer(pages, warnings)
    _drop_page_furniture(pages)
    frames = _measure_frames(pages)
    blocks = _BlockWriter(frames).write(pages)
    if not blocks:
        raise NoTextError("the PDF has pages but no text")
    return RawDocument(path, "pdf", blocks, page_count=page_count, warnings=warnings)


# ---------------------------------------------------------------------------------------------
# Opening, errors, permissions
# ---------------------------------------------------------------------------------------------


def _check_signature(data: bytes) -> None:
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        head = data[:512].lstrip().lower()
        if head.startswith(b"<") and (b"<html" in head or b"<!doctype html" in head):
            raise WrongTypeError("not a PDF: the bytes are an HTML page (an error page saved as .pdf?)")
        raise WrongTypeError("not a PDF: no '%PDF-' signature")


def _open(data: bytes, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedError("wrong password" if password else "password required") from None
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedError("unsupported encryption (security handler)") from None
        if b"%%EOF" not in data[-2048:]:
            raise CorruptFileError(
                f"truncated PDF: no %%EOF at the end of {len(data)} bytes (an interrupted download?)"
            ) from None
        raise CorruptFileError(f"damaged PDF: pdfium cannot load it ({exc})") from None


def _permission_warning(document: pdfium.PdfDocument) -> str | None:
    """Name the restrictions of an owner-password PDF (opened without a password)."""
    if pdfium_c.FPDF_GetSecurityHandlerRevision(document.raw) < 0:
        return None
    flags = pdfium_c.FPDF_GetDocPermissions(document.raw) & 0xFFFFFFFF
    denied = [name for bit, name in _PERMISSION_BITS.items() if not flags & (1 << (bit - 1))]
    if not denied:
        return "encrypted PDF without restrictions"
    signed = flags - (1 << 32) if flags >> 31 else flags
    return f"encrypted PDF with owner restrictions (P={signed}): no " + ", no ".join(denied)


def _check_text_layer(pages: list[Page], warnings: list[str]) -> None:
    """No characters at all: a scan (images) needs OCR; image-only pages among text pages are noted."""
    if not any(page.char_count for page in pages):
        if any(page.image_count for page in pages):
            raise NeedsOCRError(f"no text layer: {len(pages)} pages of images only (a scan?)")
        raise NoTextError(f"no text on any of the {len(pages)} pages")
    scanned = [str(page.number) for page in pages if not page.char_count and page.image_count]
    if scanned:
        warnings.append(f"pages {', '.join(scanned)}: no text layer, only images (OCR needed for them)")
    unmapped = sum(page.unmapped_count for page in pages)
    if unmapped > 0.01 * sum(page.char_count for page in pages):
        warnings.append(f"{unmapped} characters have no Unicode mapping (a font without ToUnicode: garbled text)")


# ---------------------------------------------------------------------------------------------
# Characters (pypdfium2)
# ---------------------------------------------------------------------------------------------


def _read_page(document: pdfium.PdfDocument, index: int, warnings: list[str], second_reader: "_SecondReader") -> Page:
    page = document[index]
    try:
        chars, width, height, to_reading = _page_chars(page, index + 1, warnings, second_reader)
        char_count = len(chars)
        image_count = 0 if chars else _count_images(page)
        unmapped_count = sum(1 for c in chars if _UNMAPPED.match(c.text))
        pieces: list[TablePiece] = []
        if chars:
            grids = pdf_tables.find_grids(pdf_tables.ruling_edges(page.raw, to_reading), index + 1)
            pieces, chars = _fill_grids(grids, chars)
        lines, gutter = _page_lines(chars, index + 1, width) if chars else ([], None)
        items = _reading_order(lines, pieces, gutter)
        return Page(index + 1, width, height, items, char_count, image_count, unmapped_count)
    finally:
        page.close()


def _page_chars(
    page: pdfium.PdfPage, page_no: int, warnings: list[str], second_reader: "_SecondReader | None" = None
) -> tuple[list[Char], float, float, Callable]:
    """Characters of a page in reading coordinates, the page size, and the user space → reading map.

    Text drawn rotated (a landscape table on a portrait page) is turned upright by the quarter turn
    most characters have; characters at other angles (watermarks, stamps) are dropped. Glyphs that
    pdfium's text page skips (see :func:`_skipped_text_objects`) are read again with pdfminer.
    """
    crop = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        raw_chars, seen_objects = _raw_chars(textpage.raw)
    finally:
        textpage.close()
    recovered: list[Char] = []
    if second_reader is not None and _skipped_text_objects(page.raw, seen_objects) and page.get_rotation() == 0:
        recovered = second_reader.missing_chars(page_no - 1, raw_chars, crop, page.get_mediabox())
        if recovered:
            warnings.append(f"page {page_no}: {len(recovered)} characters that pdfium skipped read with pdfminer")
    if not raw_chars and not recovered:
        return [], crop[2] - crop[0], crop[3] - crop[1], _reading_transform(crop, 0)[0]
    if not raw_chars:
        return recovered, crop[2] - crop[0], crop[3] - crop[1], _reading_transform(crop, 0)[0]
    turns = Counter(rc[-1] for rc in raw_chars if rc[-1] >= 0)
    quadrant = turns.most_common(1)[0][0] if turns else 0
    kept = [rc for rc in raw_chars if rc[-1] == quadrant] if turns else raw_chars  # all slanted: keep
    if len(kept) < len(raw_chars):
        warnings.append(f"page {page_no}: {len(raw_chars) - len(kept)} characters at another angle dropped")
    to_reading, width, height = _reading_transform(crop, quadrant)
    if quadrant == 0:  # the common case, without a function call per corner
        x_off, y_off = crop[0], crop[3]
        chars = [
            Char(text, left - x_off, right - x_off, y_off - top, y_off - bottom, y_off - oy, size, font, bold)
            for text, left, bottom, right, top, _, oy, size, font, bold, _ in kept
        ]
    else:
        chars = []
        for text, left, bottom, right, top, origin_x, origin_y, size, font, bold, _ in kept:
            x0, y0 = to_reading(left, bottom)
            x1, y1 = to_reading(right, top)
            _, baseline = to_reading(origin_x, origin_y)
            chars.append(Char(text, min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1), baseline, size, font, bold))
    if recovered and quadrant == 0:
        chars += recovered
    # Text outside the crop box is not on the page anyone sees (and would stretch the layout).
    visible = [c for c in chars if 0 <= (c.x0 + c.x1) / 2 <= width and 0 <= (c.top + c.bottom) / 2 <= height]
    if len(visible) < len(chars):
        warnings.append(f"page {page_no}: {len(chars) - len(visible)} characters outside the page dropped")
    return visible, width, height, to_reading


#: FPDFText_GetTextObject returning a plain address: the cache key for a character's text object,
#: without the cost of a ctypes pointer object per character (~3 µs each).
_text_object_address = ctypes.CFUNCTYPE(ctypes.c_void_p, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value
)


def _raw_chars(textpage) -> tuple[list[tuple], set[int]]:
    """(text, left, bottom, right, top, origin x, origin y, size, font, bold, quarter turn) per glyph,
    and the addresses of the text objects those glyphs came from."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    box = pdfium_c.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    #: font, bold, size and quarter turns per text object (LibreOffice: one object per run)
    objects: dict[int | None, tuple[str, bool, float, int]] = {}
    fonts: dict[tuple[int | None, bool], tuple[str, bool]] = {}  # font name and weight per font and stroke
    name_buffer = ctypes.create_string_buffer(256)
    out = []
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if code in _HYPHEN_CODES:
            if pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
                continue
            text = "-"
        else:
            text = chr(code)
            if code < 32 or text.isspace():
                continue  # pdfium's generated spaces and line breaks, and real spaces: gaps tell
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, box)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, origin_x, origin_y)
        font, bold, size, quadrant = objects.get(_text_object_address(textpage, i)) or _style_of(
            textpage, i, objects, fonts, name_buffer
        )
        if size <= 0:  # a broken font matrix: the box height is the next best measure
            size = max(box.top - box.bottom, 1.0)
        out.append(
            (text, box.left, box.bottom, box.right, box.top, origin_x.value, origin_y.value, size, font, bold, quadrant)
        )
    return out, set(objects)


def _skipped_text_objects(page_handle, seen_objects: set[int]) -> int:
    """Text objects in a font the PDF does not embed that gave pdfium's text page no character.

    pdfium skips every text object whose box has no width. With a non-embedded font (iText and
    reportlab PDFs in STSong-Light, common on portals) a one-glyph object has no box, so the "局"
    wrapped alone onto the second line of a table cell vanishes; a generator that draws each
    glyph as its own object loses the whole page. Embedded fonts only leave spaces this way.
    """
    skipped = 0
    stack = [(page_handle, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0)]
    while stack:
        container, count, get, depth = stack.pop()
        for i in range(count(container)):
            obj = get(container, i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
                stack.append((obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, depth + 1))
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT and ctypes.cast(obj, ctypes.c_void_p).value not in seen_objects:
                font = pdfium_c.FPDFTextObj_GetFont(obj)
                skipped += bool(font) and pdfium_c.FPDFFont_GetIsEmbedded(font) != 1
    return skipped


class _SecondReader:
    """pdfminer (through pdfplumber), opened only for a page where pdfium skipped glyphs."""

    def __init__(self, data: bytes, password: str | None):
        self._data, self._password, self._pdf = data, password, None

    def missing_chars(self, index: int, raw_chars: list[tuple], crop, mediabox) -> list[Char]:
        """pdfminer's upright glyphs of a page that no pdfium glyph matches (same text and origin)."""
        try:
            if self._pdf is None:
                import io

                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self._data), password=self._password or "")
            plumber_chars = self._pdf.pages[index].chars
        except Exception:  # a second opinion only: pdfium's reading stands when pdfminer fails
            return []
        # pdfium's origins in user space, to the point: pdfminer counts from the media box corner
        seen = {(text, round(ox), round(oy)) for text, *_, ox, oy, _s, _f, _b, _q in raw_chars}
        crop_left, crop_top = crop[0], crop[3]
        out = []
        for char in plumber_chars:
            text = char["text"]
            if not char.get("upright", True) or not text.strip():
                continue
            ox, oy = char["matrix"][4] + mediabox[0], char["matrix"][5] + mediabox[1]
            if any((text, round(ox) + dx, round(oy) + dy) in seen for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
                continue
            font = _SUBSET_PREFIX.sub("", char.get("fontname") or "")
            shift = crop_top - (char["y1"] + mediabox[1]) - char["top"]  # pdfminer top → reading top
            out.append(Char(text, ox - crop_left, ox - crop_left + (char["x1"] - char["x0"]), char["top"] + shift,
                            char["bottom"] + shift, crop_top - oy, char["size"], font,
                            bool(_BOLD_FONT.search(font))))
        return out

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _quarter_turns(angle: float) -> int:
    """Counter-clockwise quarter turns of a character's baseline; -1 for a slanted one (a watermark).

    pdfium measures the angle clockwise (text running up the page reports 3π/2) and returns -1
    when it has none: upright, then.
    """
    if angle < 0:
        return 0
    turns = round(angle / (math.pi / 2))
    if abs(angle - turns * math.pi / 2) > _DIRECTION_SLACK:
        return -1
    return (4 - turns) % 4


def _style_of(textpage, index: int, objects: dict, fonts: dict, buffer) -> tuple[str, bool, float, int]:
    """(font name without subset tag, is bold, size, quarter turns) of a character's text object.

    One text object has one font, size and matrix, so this runs once per object, not per glyph.
    """
    text_object = pdfium_c.FPDFText_GetTextObject(textpage, index)
    font = pdfium_c.FPDFTextObj_GetFont(text_object) if text_object else None
    # Word/LibreOffice fake a bold face the font lacks by stroking the outline too.
    stroked = bool(text_object) and (
        pdfium_c.FPDFTextObj_GetTextRenderMode(text_object) == pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE
    )
    font_key = (ctypes.cast(font, ctypes.c_void_p).value if font else None, stroked)
    hit = fonts.get(font_key)
    if hit is None:
        name = ""
        if font and pdfium_c.FPDFFont_GetBaseFontName(font, buffer, len(buffer)):
            name = _SUBSET_PREFIX.sub("", buffer.value.decode("utf-8", "replace"))
        weight = pdfium_c.FPDFFont_GetWeight(font) if font else -1
        hit = fonts[font_key] = (name, bool(_BOLD_FONT.search(name)) or weight >= 600 or stroked)
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    quadrant = _quarter_turns(pdfium_c.FPDFText_GetCharAngle(textpage, index))
    style = objects[_text_object_address(textpage, index)] = (*hit, size, quadrant)
    return style


def _reading_transform(crop, quadrant: int):
    """A function from PDF user space to reading coordinates (x right, y down), and the page size."""
    left, bottom, right, top = crop
    if quadrant == 1:  # text runs upwards: reading x follows y, reading y follows x
        return (lambda x, y: (y - bottom, x - left)), top - bottom, right - left
    if quadrant == 2:  # upside down
        return (lambda x, y: (right - x, y - bottom)), right - left, top - bottom
    if quadrant == 3:  # text runs downwards
        return (lambda x, y: (top - y, right - x)), top - bottom, right - left
    return (lambda x, y: (x - left, top - y)), right - left, top - bottom


def _count_images(page: pdfium.PdfPage) -> int:
    return sum(
        1
        for i in range(pdfium_c.FPDFPage_CountObjects(page.raw))
        if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page.raw, i)) == pdfium_c.FPDF_PAGEOBJ_IMAGE
    )


# ---------------------------------------------------------------------------------------------
# Lines and segments
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _is_wide(char: str) -> bool:
    return bool(_WIDE_CHAR.match(char))


def _join_chars(chars: list[Char]) -> str:
    """Text of adjacent characters: a space only where two Latin/digit glyphs have a word gap."""
    parts = [chars[0].text]
    for previous, char in zip(chars, chars[1:]):
        gap = char.x0 - previous.x1
        if gap >= _WORD_GAP_EM * char.size and not (_is_wide(previous.text[-1]) or _is_wide(char.text[0])):
            parts.append(" ")
        parts.append(char.text)
    return "".join(parts)


def _baseline_rows(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by baseline, each group sorted left to right, groups top to bottom.

    Overprinted duplicates (a fake bold drawn twice) are dropped.
    """
    rows: list[list[Char]] = []
    for char in sorted(chars, key=attrgetter("baseline")):
        if rows and char.baseline - rows[-1][0].baseline <= _SAME_LINE_EM * min(char.size, rows[-1][0].size):
            rows[-1].append(char)
        else:
            rows.append([char])
    for row in rows:
        row.sort(key=attrgetter("x0"))
        row[:] = [c for i, c in enumerate(row) if not i or not _overprints(row[i - 1], c)]
    return rows


def _overprints(first: Char, second: Char) -> bool:
    """The same glyph drawn again a hair to the right (fake bold), not the second "l" of "ll"."""
    return first.text == second.text and abs(second.x0 - first.x0) < 0.25 * (first.x1 - first.x0)


def _split_at_gaps(row: list[Char], em: float) -> list[list[Char]]:
    """Runs of characters separated by gaps of at least ``em`` times the font size."""
    runs = [[row[0]]]
    for previous, char in zip(row, row[1:]):
        if char.x0 - previous.x1 >= em * max(previous.size, char.size):
            runs.append([char])
        else:
            runs[-1].append(char)
    return runs


def _page_lines(chars: list[Char], page_no: int, width: float) -> tuple[list[Line], tuple[float, float] | None]:
    """Lines of a page (one per baseline and column) and the column gutter, if the page has two columns."""
    rows = [_split_at_gaps(row, _COLUMN_GAP_EM) for row in _baseline_rows(chars)]
    gutter = _find_gutter(rows)
    lines = []
    for segments in rows:
        if gutter is None:
            lines.append(Line(page_no, segments, Column.SINGLE, width))
            continue
        sides = [_side(s[0].x0, s[-1].x1, gutter) for s in segments]
        if Column.SPANNING in sides:
            lines.append(Line(page_no, segments, Column.SPANNING, width))
            continue
        for column in (Column.LEFT, Column.RIGHT):
            mine = [s for s, side in zip(segments, sides) if side is column]
            if mine:
                lines.append(Line(page_no, mine, column, width))
    return lines, gutter


# ---------------------------------------------------------------------------------------------
# Two columns
# ---------------------------------------------------------------------------------------------


def _find_gutter(rows: list[list[list[Char]]]) -> tuple[float, float] | None:
    """The (x0, x1) of a vertical gap between two text columns, or None for a one-column page.

    A gutter is the widest stretch in the middle 40 % of the text width that few segments cross,
    with column-wide lines on both sides: the rows of a borderless table (short names on the left,
    positions on the right) do not qualify.
    """
    segments = [segment for row in rows for segment in row]
    if len(segments) < 10:
        return None
    left = min(s[0].x0 for s in segments)
    right = max(s[-1].x1 for s in segments)
    span = int(right - left) + 1
    if span < 100:
        return None
    coverage = [0] * (span + 1)
    for segment in segments:
        coverage[int(segment[0].x0 - left)] += 1
        coverage[int(segment[-1].x1 - left)] -= 1
    running = 0
    for x in range(span + 1):
        running += coverage[x]
        coverage[x] = running
    crossing_limit = max(1, 0.15 * len(segments))
    best: tuple[int, int] | None = None
    start = None
    for x in range(int(span * 0.3), int(span * 0.7) + 1):
        if coverage[x] <= crossing_limit:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None:
        return None
    gutter = (left + best[0], left + best[1] + 1)
    size = Counter(round(c.size) for s in segments for c in s).most_common(1)[0][0]
    if gutter[1] - gutter[0] < 0.8 * size:
        return None
    middle = (gutter[0] + gutter[1]) / 2
    # Each row's extent on either side of the gutter: a column's lines run across the column.
    left_widths, right_widths = [], []
    for row in rows:
        on_left = [s for s in row if s[-1].x1 <= middle]
        on_right = [s for s in row if s[0].x0 >= middle]
        if on_left:
            left_widths.append(on_left[-1][-1].x1 - on_left[0][0].x0)
        if on_right:
            right_widths.append(on_right[-1][-1].x1 - on_right[0][0].x0)
    if len(left_widths) < 5 or len(right_widths) < 5:
        return None
    if _median(left_widths) < 0.6 * (gutter[0] - left) or _median(right_widths) < 0.6 * (right - gutter[1]):
        return None
    return gutter


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _side(x0: float, x1: float, gutter: tuple[float, float] | None) -> Column:
    if gutter is None:
        return Column.SINGLE
    middle = (gutter[0] + gutter[1]) / 2  # punctuation may hang into the gutter, not across it
    if x1 <= middle:
        return Column.LEFT
    if x0 >= middle:
        return Column.RIGHT
    return Column.SPANNING


def _reading_order(
    lines: list[Line], pieces: list[TablePiece], gutter: tuple[float, float] | None
) -> list[Line | TablePiece]:
    """Top to bottom; on a two-column page, between spanning items: left column, then right column."""
    items: list[Line | TablePiece] = sorted([*lines, *pieces], key=_item_top)
    if gutter is None:
        return items
    ordered: list[Line | TablePiece] = []
    left: list[Line | TablePiece] = []
    right: list[Line | TablePiece] = []
    for item in items:
        side = item.column if isinstance(item, Line) else _side(item.bbox[0], item.bbox[2], gutter)
        if side is Column.LEFT:
            left.append(item)
        elif side is Column.RIGHT:
            right.append(item)
        else:
            ordered += left + right + [item]
            left, right = [], []
    return ordered + left + right


def _item_top(item: Line | TablePiece) -> float:
    return item.top if isinstance(item, Line) else item.bbox[1]


# ---------------------------------------------------------------------------------------------
# Ruled tables: cell texts from our characters
# ---------------------------------------------------------------------------------------------


def _fill_grids(grids: list[pdf_tables.Grid], chars: list[Char]) -> tuple[list[TablePiece], list[Char]]:
    """Give each grid its cell texts; return the pieces and the characters outside every grid."""
    pieces = []
    for grid in grids:
        inside, outside = [], []
        x0, top, x1, bottom = grid.bbox
        for char in chars:
            cx, cy = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
            (inside if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 else outside).append(char)
        chars = outside
        pieces.append(_table_piece(grid, inside))
    return pieces, chars


def _table_piece(grid: pdf_tables.Grid, chars: list[Char]) -> TablePiece:
    cell_chars: list[list[Char]] = [[] for _ in grid.cells]
    for char in chars:
        cx, cy = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
        for index, (x0, top, x1, bottom) in enumerate(grid.cells):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                cell_chars[index].append(char)
                break
    # Cell lines stay "\n"-separated: normalization joins them (and knows "20个/每万" + "人").
    texts = ["\n".join(_join_chars(row) for row in _baseline_rows(cc)) if cc else "" for cc in cell_chars]
    return TablePiece(grid, texts, _bold_rows(grid, cell_chars))


def _bold_rows(grid: pdf_tables.Grid, cell_chars: list[list[Char]]) -> list[bool]:
    """Per grid row: are (nearly) all characters of the cells that start in it bold?"""
    chars_by_row: list[list[Char]] = [[] for _ in grid.owner]
    seen = set()
    for r, owner_row in enumerate(grid.owner):
        for anchor in owner_row:
            if anchor >= 0 and anchor not in seen:
                seen.add(anchor)
                chars_by_row[r] += cell_chars[anchor]
    return [bool(chars) and sum(c.bold for c in chars) >= 0.7 * len(chars) for chars in chars_by_row]


# ---------------------------------------------------------------------------------------------
# Page furniture: page numbers and running heads
# ---------------------------------------------------------------------------------------------


def _compact(text: str) -> str:
    return _WHITESPACE.sub("", text)


def _drop_page_furniture(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated at the same place on most pages (running heads)."""
    candidates = {page.number: _outer_lines(page) for page in pages}
    seen_on: dict[tuple[str, int], set[int]] = {}
    for page_no, lines in candidates.items():
        for line in lines:
            key = (_DIGITS.sub("#", _compact(line.text)), round(line.top / 4))
            seen_on.setdefault(key, set()).add(page_no)
    repeated_min = max(2, math.ceil(_RUNNING_SHARE * len(pages)))
    for page in pages:
        drop = set()
        for line in candidates[page.number]:
            key = (_DIGITS.sub("#", _compact(line.text)), round(line.top / 4))
            if _PAGE_NUMBER.match(_compact(line.text)) or len(seen_on[key]) >= repeated_min:
                drop.add(id(line))
        if drop:
            page.items = [item for item in page.items if id(item) not in drop]


def _outer_lines(page: Page) -> list[Line]:
    """The two topmost and two bottommost lines, when they lie in the page's outer bands."""
    lines = sorted((item for item in page.items if isinstance(item, Line)), key=attrgetter("top"))
    band = _FURNITURE_BAND * page.height
    top = [line for line in lines[:2] if line.bottom <= band]
    bottom = [line for line in lines[-2:] if line.top >= page.height - band]
    tables = [item.bbox for item in page.items if isinstance(item, TablePiece)]
    # a line above the first table (or below the last) is not furniture if the table is further out
    top = [line for line in top if all(line.bottom <= t[1] for t in tables)]
    bottom = [line for line in bottom if all(line.top >= t[3] for t in tables)]
    return list({id(line): line for line in top + bottom}.values())


# ---------------------------------------------------------------------------------------------
# Frames: margins and alignment per page shape and column
# ---------------------------------------------------------------------------------------------


def _measure_frames(pages: list[Page]) -> dict[tuple[int, Column], Frame]:
    by_key: dict[tuple[int, Column], list[Line]] = {}
    table_boxes: dict[tuple[int, Column], list[tuple]] = {}
    for page in pages:
        for item in page.items:
            if isinstance(item, Line) and not item.is_gapped:
                by_key.setdefault(item.frame_key, []).append(item)
            elif isinstance(item, TablePiece):
                table_boxes.setdefault((round(page.width), Column.SINGLE), []).append(item.bbox)
    frames = {key: _frame_of(lines) for key, lines in by_key.items()}
    # A page shape with little text (a landscape table section) takes its margins from its tables.
    for key, frame in frames.items():
        if len(by_key[key]) < _FEW_LINES and key in table_boxes:
            frame.left = min(box[0] for box in table_boxes[key])
            frame.right = max(box[2] for box in table_boxes[key])
    # Lines spanning two columns are measured against the outer margins of both columns.
    for (width, column), frame in list(frames.items()):
        if column is Column.SPANNING:
            left, right = frames.get((width, Column.LEFT)), frames.get((width, Column.RIGHT))
            if left and right:
                frame.left, frame.right = left.left, right.right
                frame.body_size, frame.body_font = left.body_size, left.body_font
    return frames


def _frame_of(lines: list[Line]) -> Frame:
    body_size = _mode([line.size for line in lines])
    body_font = Counter(line.font for line in lines).most_common(1)[0][0]
    left = _mode([line.x0 for line in lines])
    widest = max(line.x1 for line in lines)
    long_ends = [line.x1 for line in lines if line.x1 >= left + 0.75 * (widest - left)]
    right = _mode(long_ends) if long_ends else widest
    # Justified text: a long line followed by a line at the left margin (a continuation) ends at
    # the right margin (measured: 98-100 % in LibreOffice/reportlab layouts, 60 % in hard-wrapped text).
    wrapped_ends = [
        a.x1
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.size == b.size and abs(b.x0 - left) <= 1.0 and a.x1 >= left + 0.75 * (widest - left)
    ]
    at_margin = [x for x in wrapped_ends if right - 0.3 * body_size <= x <= right + 1.2 * body_size]
    justified = len(at_margin) >= _JUSTIFIED_SHARE * len(wrapped_ends)
    pitches = [
        b.baseline - a.baseline
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.size == b.size and 0 < b.baseline - a.baseline < 4 * a.size
    ]
    pitch = _mode(pitches) if pitches else 1.5 * body_size
    by_size: dict[int, list[float]] = {}
    for line in lines:
        if abs(line.size - body_size) > 1 and not _is_centred_in(line, left, right, _CENTRED_MIN_INDENT_EM * body_size):
            by_size.setdefault(round(line.size), []).append(line.x1)
    right_by_size = {size: max(ends) for size, ends in by_size.items() if len(ends) >= 2}
    return Frame(left, right, body_size, body_font, pitch, justified, right_by_size)


def _mode(values: list[float]) -> float:
    """The most common value (1-pt bins, neighbours counted), averaged over its bin."""
    counts = Counter(round(v) for v in values)
    best = max(counts, key=lambda k: (counts[k] + counts.get(k - 1, 0) + counts.get(k + 1, 0), counts[k]))
    near = [v for v in values if abs(v - best) <= 1.5]
    return sum(near) / len(near)


# ---------------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------------


class _BlockWriter:
    """Turns the pages' items into blocks: paragraphs, borderless-table runs and joined tables."""

    def __init__(self, frames: dict[tuple[int, Column], Frame]):
        self.frames = frames
        self.blocks: list[Block] = []
        self.paragraph: list[Line] = []
        self.joins: list[Join] = []
        self.table: TableBuilder | None = None

    def write(self, pages: list[Page]) -> list[Block]:
        items = [item for page in pages for item in page.items]
        _mark_left_aligned([item for item in items if isinstance(item, Line)])
        i = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, TablePiece):
                self._flush_paragraph()
                self._add_table_piece(item)
                i += 1
                continue
            self._flush_table()
            if item.is_gapped:
                self._flush_paragraph()
                run = _tabular_run(items, i, self.frames)
                self.blocks.append(_tabular_block(run))
                i += len(run)
                continue
            self._add_line(item)
            i += 1
        self._flush_paragraph()
        self._flush_table()
        return self.blocks

    # -- tables ---------------------------------------------------------------------------

    def _add_table_piece(self, piece: TablePiece) -> None:
        if self.table is not None and self.table.continues_with(piece):
            self.table.add(piece)
            return
        self._flush_table()
        self.table = TableBuilder(piece)

    def _flush_table(self) -> None:
        if self.table is not None:
            self.blocks.append(self.table.block())
            self.table = None

    # -- paragraphs -----------------------------------------------------------------------

    def _add_line(self, line: Line) -> None:
        if self.paragraph:
            join = _join(self.paragraph, line, self.frames)
            if join is Join.BREAK:
                self._flush_paragraph()
            else:
                self.joins.append(join)
        self.paragraph.append(line)

    def _flush_paragraph(self) -> None:
        if self.paragraph:
            self.blocks.append(_paragraph_block(self.paragraph, self.joins, self.frames))
        self.paragraph, self.joins = [], []


def _frame(line: Line, frames: dict[tuple[int, Column], Frame]) -> Frame:
    frame = frames.get(line.frame_key)
    if frame is None:  # a line kind never measured (only gapped lines): use its own extent
        frame = Frame(line.x0, line.x1, line.size, line.font, 1.5 * line.size, True)
    return frame


def _is_centred(line: Line, frame: Frame, min_indent_em: float | None = None) -> bool:
    """Centred in the text area, or on the page (some layouts centre titles on the paper)."""
    title_type = _is_title_type(line, frame)
    if line.left_aligned or (not title_type and _is_full(line, frame)):
        return False  # a full line of small type (the 14-pt 版记) may look centred on the page
    if min_indent_em is None and _is_full(line, frame) and line.x0 <= frame.left + _INDENT_EM * line.size:
        return False  # margin to margin: body text, even in a bold face (黑体 bodies), not a title
    if min_indent_em is None:
        min_indent_em = _TITLE_MIN_INDENT_EM if title_type else _CENTRED_MIN_INDENT_EM
    min_indent = min_indent_em * frame.body_size
    return _is_centred_in(line, frame.left, frame.right, min_indent) or _is_centred_in(
        line, 0.0, line.page_width, max(min_indent, frame.left)
    )


def _is_centred_in(line: Line, left: float, right: float, min_indent: float) -> bool:
    left_space, right_space = line.x0 - left, right - line.x1
    return min(left_space, right_space) >= min_indent and abs(left_space - right_space) <= _CENTRED_SLACK_EM * line.size


def _is_title_type(line: Line, frame: Frame) -> bool:
    return line.bold or line.size >= _TITLE_SIZE_RATIO * frame.body_size


def _mark_left_aligned(lines: list[Line]) -> None:
    """Flag lines that share their left edge with the line above or below but not their right edge."""
    for above, below in zip(lines, lines[1:]):
        if above.page == below.page and above.column is below.column:
            if abs(above.x0 - below.x0) <= 1.0 and abs(above.x1 - below.x1) > 2.0:
                above.left_aligned = below.left_aligned = True


def _is_full(line: Line, frame: Frame) -> bool:
    return line.x1 >= frame.right_for(line) - _FULL_LINE_EM * line.size


def _wraps_into(previous: Line, line: Line, frame: Frame) -> bool:
    """Was ``previous`` broken because the first word of ``line`` did not fit after it?

    The test of a soft wrap: CJK text breaks after any character, Latin text only between words.
    """
    chars = [c for segment in line.segments for c in segment]
    first_word = [chars[0]]
    if not _is_wide(chars[0].text):
        for previous_char, char in zip(chars, chars[1:]):
            if _is_wide(char.text) or char.x0 - previous_char.x1 >= _WORD_GAP_EM * char.size:
                break
            first_word.append(char)
    space = 0.0 if _is_wide(previous.text[-1]) or _is_wide(chars[0].text) else _WORD_GAP_EM * line.size
    needed = first_word[-1].x1 - first_word[0].x0 + space
    return previous.x1 + needed > frame.right_for(previous) + _FIT_SLACK_EM * line.size


def _hangs_under_label(previous: Line, line: Line) -> bool:
    """Does ``line`` start under the text after a label of ``previous`` ("抄送：" + hanging indent)?"""
    chars = [c for segment in previous.segments for c in segment][:10]
    for label_end, char in zip(chars, chars[1:]):
        if label_end.text in "：:" and abs(char.x0 - line.x0) <= _HANGING_SLACK_EM * line.size:
            return True
    return False


def _join(paragraph: list[Line], line: Line, frames: dict[tuple[int, Column], Frame]) -> Join:
    """Does ``line`` continue the paragraph whose last line is ``paragraph[-1]``?"""
    previous = paragraph[-1]
    frame, previous_frame = _frame(line, frames), _frame(previous, frames)
    if abs(line.size - previous.size) > 0.6 or (line.bold and not previous.bold):
        return Join.BREAK
    centred, previous_centred = _is_centred(line, frame), _is_centred(previous, previous_frame)
    same_place = line.page == previous.page and line.column is previous.column
    if same_place and line.baseline - previous.baseline > _PARAGRAPH_GAP_RATIO * frame.pitch:
        return Join.BREAK
    if centred or previous_centred:
        # A title wrapped over centred lines of one (large or bold) type is one block; its longest
        # line may fill the width, so only one of the two needs clear space on both sides.
        titles = _is_title_type(line, frame) and line.bold == previous.bold
        wrapped_title = (
            titles and same_place and _is_centred(line, frame, 0.0) and _is_centred(previous, previous_frame, 0.0)
        )
        return Join.WRAP if wrapped_title else Join.BREAK
    indented = line.x0 > frame.left + _INDENT_EM * line.size
    if same_place and line.x0 > previous.x0 + _INDENT_EM * line.size:
        if not (_wraps_into(previous, line, previous_frame) and _hangs_under_label(previous, line)):
            return Join.BREAK  # indented relative to the line above: a first line
    if not same_place and indented:
        return Join.BREAK  # the top of a page/column starts indented: a new paragraph
    ragged = not previous_frame.justified
    if ragged and _is_full(previous, previous_frame):
        return Join.SOFT
    if not ragged and _wraps_into(previous, line, previous_frame):
        if same_place and indented and abs(line.x0 - previous.x0) <= _INDENT_EM * line.size and len(paragraph) == 1:
            return Join.SOFT  # two indented full lines: a hanging indent, or two one-line paragraphs
        return Join.WRAP if line.page == previous.page else Join.SOFT
    if ragged and previous.x1 >= previous_frame.right_for(previous) - _RAGGED_END_EM * previous.size:
        return Join.SOFT
    return Join.BREAK


def _glue(text: str, more: str) -> str:
    """Join a wrapped line to the next: nothing between CJK, keep a hyphen, a space between words.

    Chinese text wraps inside numbers too ("总数为12" / "600个"): digits meeting at a wrap in a
    line with CJK characters are one number.
    """
    if not text or not more:
        return text + more
    if _is_wide(text[-1]) or _is_wide(more[0]) or text.endswith("-"):
        return text + more
    if _NUMBER_END.search(text) and _NUMBER_START.match(more) and any(map(_is_wide, text[-12:])):
        return text + more
    return f"{text} {more}"


def _paragraph_block(lines: list[Line], joins: list[Join], frames: dict[tuple[int, Column], Frame]) -> Block:
    texts, pages = [lines[0].text], [lines[0].page]
    for line, join in zip(lines[1:], joins):
        if join is Join.WRAP:
            texts[-1] = _glue(texts[-1], line.text)
        else:
            texts.append(line.text)
            pages.append(line.page)
    return Block(
        "text",
        "\n".join(texts),
        page=lines[0].page,
        line_pages=pages if len(set(pages)) > 1 else None,
        soft_wrap=Join.SOFT in joins,
        hints=_hints(lines, frames),
    )


def _hints(lines: list[Line], frames: dict[tuple[int, Column], Frame]) -> frozenset[str]:
    frame = _frame(lines[0], frames)
    hints = set()
    centred = [_is_centred(line, _frame(line, frames)) for line in lines]
    if _is_title_type(lines[0], frame) and any(centred):
        centred = [_is_centred(line, _frame(line, frames), 0.0) for line in lines]
    if all(centred):
        hints.add("center")
        if lines[0].size >= _TITLE_SIZE_RATIO * frame.body_size:
            hints.add("title")
    if all(line.bold for line in lines):
        hints.add("bold")
    single = len(lines) == 1 and not _is_full(lines[0], frame)
    if single and "title" not in hints and not _SENTENCE_END.search(lines[0].text):
        if lines[0].bold or lines[0].font != frame.body_font:
            hints.add("heading")
    return frozenset(hints)


# ---------------------------------------------------------------------------------------------
# Borderless tables: aligned columns → lines with "\t"
# ---------------------------------------------------------------------------------------------


def _tabular_run(items: list, start: int, frames: dict[tuple[int, Column], Frame]) -> list[Line]:
    """The gapped line at ``start`` and the following lines of the same borderless table.

    A following line belongs if it is gapped too, or if it is short and starts exactly at a column
    start of the run (a wrapped cell, a name row between two lines of a long position).
    """
    run: list[Line] = [items[start]]
    starts = {s[0].x0 for s in items[start].segments}
    for item in items[start + 1 :]:
        if not isinstance(item, Line) or item.column is not run[-1].column:
            break
        # Ordinary text after the table starts at the margin, not at an inner column start.
        leftmost = min(line.x0 for line in run)
        inner_starts = [x for x in starts if x > leftmost + 1.0]
        aligned = any(abs(item.x0 - x) <= 1.0 for x in inner_starts)
        if not (item.is_gapped or (aligned and not _is_full(item, _frame(item, frames)))):
            break
        run.append(item)
        starts |= {s[0].x0 for s in item.segments}
    return run


def _tabular_block(run: list[Line]) -> Block:
    """One line per table row, cells separated by "\\t" (columns found by aligned starts)."""
    if len(run) == 1:
        line = run[0]
        return Block("text", line.text, page=line.page)
    boundaries = _column_starts(run)
    texts, pages = [], []
    for row in _logical_rows(run):
        cells: list[list[str]] = [[] for _ in range(len(boundaries) + 1)]
        for line in row:
            for column, words in _cells_of(line, boundaries).items():
                cells[column].append(words)
        texts.append("\t".join(_glue_all(parts) for parts in cells).rstrip("\t"))
        pages.append(row[0].page)
    return Block(
        "text", "\n".join(texts), page=pages[0], line_pages=pages if len(set(pages)) > 1 else None
    )


def _column_starts(run: list[Line]) -> list[float]:
    """x positions where a word starts in at least 40 % of the run's lines (excluding the leftmost).

    The second character of a name padded to three (王　磊) starts a "word" of its own; where such
    characters make most of the starts at an x, that x lies inside the name column."""
    starts_per_line = []
    padded = Counter()
    for line in run:
        chars = [c for segment in line.segments for c in segment]
        words = _split_at_gaps(chars, _CELL_GAP_EM)
        starts_per_line.append({round(word[0].x0) for word in words})
        for before, word in zip(words, words[1:]):
            if _pads_a_name(before, word):
                padded[round(word[0].x0)] += 1
    counts = Counter(x for starts in starts_per_line for x in starts)
    clustered: list[list[int]] = []
    for x in sorted(counts):
        if clustered and x - clustered[-1][-1] <= 2:
            clustered[-1].append(x)
        else:
            clustered.append([x])
    leftmost = min(line.x0 for line in run)
    needed = max(2, 0.4 * len(run))
    boundaries = []
    for cluster in clustered:
        starts = sum(counts[x] for x in cluster)
        if starts >= needed and min(cluster) > leftmost + 1 and sum(padded[x] for x in cluster) < 0.8 * starts:
            boundaries.append(min(cluster) - 1.0)
    return boundaries


def _pads_a_name(before: list[Char], word: list[Char]) -> bool:
    """王 | 磊: two single CJK characters about one em apart (a name padded to the width of three)."""
    if len(before) != 1 or len(word) != 1 or not (_is_wide(before[0].text) and _is_wide(word[0].text)):
        return False
    return _PAD_GAP_EM[0] <= (word[0].x0 - before[0].x1) / before[0].size <= _PAD_GAP_EM[1]


def _logical_rows(run: list[Line]) -> list[list[Line]]:
    """Lines grouped into table rows: lines closer than the run's usual pitch share a row."""
    pitches = [b.baseline - a.baseline for a, b in zip(run, run[1:]) if b.page == a.page]
    usual = _median(pitches) if pitches else 0.0
    rows = [[run[0]]]
    for previous, line in zip(run, run[1:]):
        if line.page == previous.page and line.baseline - previous.baseline < 0.75 * usual:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _cells_of(line: Line, boundaries: list[float]) -> dict[int, str]:
    """The line's words assigned to columns by where each word starts."""
    chars = [c for segment in line.segments for c in segment]
    cells: dict[int, list[str]] = {}
    for word in _split_at_gaps(chars, _CELL_GAP_EM):
        column = bisect_right(boundaries, word[0].x0)
        cells.setdefault(column, []).append(_join_chars(word))
    return {column: _glue_all(words) for column, words in cells.items()}


def _glue_all(parts: list[str]) -> str:
    """Words or wrapped lines of one cell as one text (see :func:`_glue`)."""
    text = ""
    for part in parts:
        text = _glue(text, part) if text else part
    return text

