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


#: UTF-16 surrogates: pdfium gives a character beyond the BMP (an emoji in a WeChat post, 👇) as two char
#: indices, a high surrogate (D800–DBFF) and a low one (DC00–DFFF); alone, neither is a character SQLite or
#: OpenCC can encode
_SURROGATES = (0xD800, 0xDFFF)


def _from_surrogates(code: int, following: int, index: int) -> tuple[str, int]:
    """The character a surrogate at ``index`` starts, and the index of its low half (-1 if none is read with it):
    a high surrogate and the low one after it join (U+D83D U+DC47 → 👇); a lone half is U+FFFD."""
    if code <= 0xDBFF and 0xDC00 <= following <= 0xDFFF:
        return chr(0x10000 + ((code - 0xD800) << 10) + (following - 0xDC00)), index + 1
    return "\ufffd", -1


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


def _by_address(function, restype, *argtypes):
    """A pdfium function called with and returning plain addresses and numbers: no ctypes pointer object
    per call (~3 µs each), for the calls made once per glyph."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


#: FPDFText_GetTextObject returning a plain address: the cache key for a character's text object
_text_object_address = _by_address(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
#: FPDFTextObj_GetFont and FPDFTextObj_GetTextRenderMode of a text object's address
_font_address = _by_address(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_render_mode = _by_address(pdfium_c.FPDFTextObj_GetTextRenderMode, ctypes.c_int, ctypes.c_void_p)
#: the page-object walk of _skipped_text_objects, by address
_page_object_count = _by_address(pdfium_c.FPDFPage_CountObjects, ctypes.c_int, ctypes.c_void_p)
_page_object = _by_address(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_form_object_count = _by_address(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int, ctypes.c_void_p)
_form_object = _by_address(pdfium_c.FPDFFormObj_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
_object_type = _by_address(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, ctypes.c_void_p)
_font_is_embedded = _by_address(pdfium_c.FPDFFont_GetIsEmbedded, ctypes.c_int, ctypes.c_void_p)
#: the calls made for every glyph, by address: its code point, loose box and origin (the box and the origin
#: written to the addresses of an FS_RECTF and two doubles)
_glyph_unicode = _by_address(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, ctypes.c_void_p, ctypes.c_int)
_glyph_box = _by_address(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                         ctypes.c_void_p)
_glyph_origin = _by_address(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                            ctypes.c_void_p, ctypes.c_void_p)


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
    # the per-glyph calls, looked up once
    get_unicode, is_generated = _glyph_unicode, pdfium_c.FPDFText_IsGenerated
    char_box, char_origin = _glyph_box, _glyph_origin
    box_at, x_at, y_at = ctypes.addressof(box), ctypes.addressof(origin_x), ctypes.addressof(origin_y)
    object_address, known_style = _text_object_address, objects.get
    page_address = ctypes.cast(textpage, ctypes.c_void_p).value
    paired = -1  # the index of a low surrogate read with the high one before it
    for i in range(count):
        if i == paired:
            continue
        code = get_unicode(page_address, i)
        if code in _HYPHEN_CODES:
            if is_generated(textpage, i) == 1:
                continue
            text = "-"
        elif _SURROGATES[0] <= code <= _SURROGATES[1]:
            text, paired = _from_surrogates(code, get_unicode(page_address, i + 1) if i + 1 < count else 0, i)
        else:
            text = chr(code)
            if code < 32 or text.isspace():
                continue  # pdfium's generated spaces and line breaks, and real spaces: gaps tell
        char_box(page_address, i, box_at)
        char_origin(page_address, i, x_at, y_at)
        address = object_address(page_address, i)
        font, bold, size, quadrant = known_style(address) or _style_of(
            textpage, i, address, objects, fonts, name_buffer
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
    page_address = ctypes.cast(page_handle, ctypes.c_void_p).value
    stack = [(page_address, _page_object_count, _page_object, 0)]
    while stack:
        container, count, get, depth = stack.pop()
        for i in range(count(container)):
            obj = get(container, i)  # an address (None for none)
            kind = _object_type(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
                stack.append((obj, _form_object_count, _form_object, depth + 1))
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT and obj not in seen_objects:
                font = _font_address(obj)
                skipped += bool(font) and _font_is_embedded(font) != 1
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


def _style_of(textpage, index: int, text_object: int | None, objects: dict, fonts: dict,
              buffer) -> tuple[str, bool, float, int]:
    """(font name without subset tag, is bold, size, quarter turns) of a character's text object (its
    address ``text_object``, None when it has none).

    One text object has one font, size and matrix, so this runs once per object, not per glyph.
    """
    font = _font_address(text_object) if text_object else None
    # Word/LibreOffice fake a bold face the font lacks by stroking the outline too.
    stroked = bool(text_object) and _render_mode(text_object) == pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE
    font_key = (font, stroked)
    hit = fonts.get(font_key)
    if hit is None:
        handle = ctypes.cast(font, pdfium_c.FPDF_FONT) if font else None
        name = ""
        if handle and pdfium_c.FPDFFont_GetBaseFontName(handle, buffer, len(buffer)):
            name = _SUBSET_PREFIX.sub("", buffer.value.decode("utf-8", "replace"))
        weight = pdfium_c.FPDFFont_GetWeight(handle) if handle else -1
        hit = fonts[font_key] = (name, bool(_BOLD_FONT.search(name)) or weight >= 600 or stroked)
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    quadrant = _quarter_turns(pdfium_c.FPDFText_GetCharAngle(textpage, index))
    style = objects[text_object] = (*hit, size, quadrant)
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
