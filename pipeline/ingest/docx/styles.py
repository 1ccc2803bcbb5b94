"""Word styles: the layout facts a style gives a paragraph or run (bold, centred, heading, numbering).

Reads the styles part; returns, per style id, the facts resolved along ``w:basedOn``.
"""
from __future__ import annotations

import regex
from lxml import etree

from pipeline.ingest.docx.ooxml import VAL, _int_attr, _is_on, _w

#: a heading style name, English or Chinese Word UI: "Heading 2", "heading 1", "标题 1", "Title"
_HEADING_STYLE = regex.compile(r"^(?:heading\s*\d|标题\s*\d|title)$", regex.IGNORECASE)


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
