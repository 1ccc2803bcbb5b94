"""WordprocessingML names and attribute readers shared by the DOCX steps.

Holds the qualified tag names (``w:p``, ``w:tbl``, ``w:vMerge`` …) and small readers of
``w:val`` attributes: on/off properties, integers, a style id. Reads lxml elements; returns values.
"""
from __future__ import annotations

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

#: run children that are page breaks Word recorded when it last laid the document out
LAST_RENDERED_BREAK = _w("lastRenderedPageBreak")

#: an on/off attribute that is off: <w:b w:val="0"/>, <w:tblHeader w:val="false"/>
_OFF_VALUES = {"0", "false", "off", "none"}


def _is_on(element) -> bool:
    """An OOXML on/off property: present and not switched off."""
    return element is not None and (element.get(VAL) or "true").lower() not in _OFF_VALUES


def _int_attr(element, default: int = 0) -> int:
    try:
        return int(element.get(VAL)) if element is not None else default
    except (TypeError, ValueError):
        return default


def _int_attr_named(element, name: str, default: int = 0) -> int:
    try:
        return int(element.get(_w(name)))
    except (TypeError, ValueError):
        return default


def _style_id(props, tag: str) -> str | None:
    if props is None:
        return None
    style = props.find(_w(tag))
    return style.get(VAL) if style is not None else None
