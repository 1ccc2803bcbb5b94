"""The second reader: pdfminer (through pdfplumber) for the glyphs pdfium's text page skipped.

Opened lazily, only for a page where :func:`~pipeline.ingest.pdf.glyphs._skipped_text_objects`
found text objects without characters. Reads the PDF bytes and pdfium's raw glyphs of the page;
returns the :class:`~pipeline.ingest.pdf.glyphs.Char` s pdfminer has and pdfium lacks.
"""
from __future__ import annotations

import logging

from pipeline.ingest.pdf.glyphs import _BOLD_FONT, _SUBSET_PREFIX, Char


# pdfminer logs every oddity of a damaged font ("Could not get FontBBox …") to the console: the
# batch reports damage through warnings and errors, not log lines
logging.getLogger("pdfminer").setLevel(logging.ERROR)


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
