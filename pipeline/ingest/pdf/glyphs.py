"""Glyphs from pdfium: each character of a page with its box, origin, font, size, weight and turn.

Reads a pdfium text page (and the page's objects, to find text objects pdfium skipped); returns
raw glyph tuples in PDF user space, and :class:`Char`, the glyph in reading coordinates that every
later step uses. Also the map from user space to reading coordinates of a page turned by a
quarter turn (a landscape table drawn rotated).
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

#: characters kept when their direction is within this of the page's main direction (radians)
_DIRECTION_SLACK = 0.2

#: a font name that means bold type: "FandolHei-Regular", "SimHei", "Arial-BoldMT", "FZXiaoBiaoSong-B05S"
_BOLD_FONT = regex.compile(r"(?i)bold|heavy|black|demi|hei|黑|xiaobiaosong|小标宋")
#: the subset tag in an embedded font name: "BAAAAA+" in "BAAAAA+FandolFang-Regular"
_SUBSET_PREFIX = regex.compile(r"^[A-Z]{6}\+")
#: pdfium's stand-ins for a hyphen at a line end (U+0002 from the char API, U+FFFE from get_text)
_HYPHEN_CODES = frozenset({0x02, 0xFFFE})


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
