"""The 信息公开 box of a portal page: 索引号, 发文机关, 文号, 成文日期 … as ``portal_fields``.

Reads the page's lines (one per table cell); returns the fields under their normalized keys and
the keys of the lines they came from, so that the box does not reach the blocks. Handles
``label：value`` lines, label and value cells, bullets, empty labels and values glued to labels.
"""
from __future__ import annotations

from bs4 import Tag

from pipeline.ingest.html.content import _inside
from pipeline.ingest.html.dom_lines import _Line, _squash
from pipeline.ingest.portal_labels import (
    BULLET as _BULLET,
    COLON as _COLON,
    FIELD_LABELS as _FIELD_LABELS,
    GLUED_VALUE as _GLUED_VALUE,
    LABEL_AT_START as _LABEL_AT_START,
    LABEL_WITH_COLON as _LABEL_WITH_COLON,
    colon_pairs,
)

#: box rows may be this far apart and still count as one box (label cell, value cell, next label …)
_BOX_WINDOW = 3


def _portal_fields(segments: list[_Line], content: Tag) -> tuple[dict[str, str], set[tuple[int, str]]]:
    """Fields of the 信息公开 box, and the (owner, text) keys of the lines they came from."""
    found: list[tuple[int, str, str, list[int]]] = []  # (line index, key, value, consumed line indexes)
    label_lines: set[int] = set()
    index = 0
    while index < len(segments):
        text = _BULLET.sub("", segments[index].text.strip())
        pairs, consumed = _parse_box_line(text, segments, index)
        if pairs is not None:
            label_lines.add(index)
            found.extend((index, key, value, consumed) for key, value in pairs)
        index += 1
    fields: dict[str, str] = {}
    box_keys: set[tuple[int, str]] = set()
    for line_index, key, value, consumed in found:
        line = segments[line_index]
        inside = _inside(line.owner, content)
        neighbours = sum(abs(other - line_index) <= _BOX_WINDOW for other in label_lines) - 1
        if inside and neighbours < 1 and len(_LABEL_WITH_COLON.findall(line.text)) < 2:
            continue  # a lone "标题：…" inside the body is text, not a box
        if key is None:
            continue  # a stop label alone (来源：…) does not make a line part of the box
        if key not in fields or (not fields[key] and value):
            fields[key] = value
        for consumed_index in consumed:
            box_keys.add(_line_key(segments[consumed_index]))
    return fields, box_keys


def _parse_box_line(text: str, segments: list[_Line], index: int):
    """([(key, value)], consumed line indexes) for a box line, or (None, []) for any other line.

    Handles "label：value" (several per line), a label cell followed by its value cell, an empty
    "文号:" and a value glued to its label ("文号洛工信函〔2021〕05号"). Stop labels (来源, 浏览次数 …)
    end values and give key None.
    """
    match = _LABEL_AT_START.match(text)
    if not match:
        return None, []
    key = _FIELD_LABELS.get(_squash(match.group("label")))
    rest = text[match.end():]
    colon = _COLON.match(rest)
    if colon and rest[colon.end():].strip():
        return _colon_pairs(text), [index]  # "发布时间：2021-03-19　来源：市工信局"
    if colon or not rest.strip():  # "文号：" or a label cell: the value is the next cell, or empty
        value, consumed = _value_from_next_line(segments, index, had_colon=bool(colon))
        return [(key, value)], [index] + consumed
    validator = _GLUED_VALUE.get(key) if key else None
    value = rest.strip()
    if validator is not None and len(text) <= 120 and validator.match(value):
        return [(key, value)], [index]
    return None, []


def _colon_pairs(text: str) -> list[tuple[str | None, str]]:
    """Every "label：value" of a line as (key, value); each value runs to the next label."""
    return [(key, value) for _, key, value in colon_pairs(text)]


def _value_from_next_line(segments: list[_Line], index: int, had_colon: bool) -> tuple[str, list[int]]:
    """The value of a label with nothing after it: the next cell of a table / <dl>, the next
    line after a bare label, or "" (an empty "文号:" in a list, or a label right after it)."""
    if index + 1 >= len(segments):
        return "", []
    line, following = segments[index], segments[index + 1]
    next_text = following.text.strip()
    in_cells = line.owner.name in ("td", "th", "dt")
    if had_colon and not in_cells:
        return "", []
    if _LABEL_AT_START.match(_BULLET.sub("", next_text)) or len(next_text) > 150:
        return "", []
    return next_text, [index + 1]


def _line_key(line: _Line) -> tuple[int, str]:
    return id(line.owner), _squash(line.text)


def _is_box_table(rows: list[list[str]]) -> bool:
    """A 信息公开 box laid out as a table inside the content: two or more field labels as cells."""
    labels = {
        _FIELD_LABELS.get(_squash(_LABEL_AT_START.match(cell).group("label")))
        for row in rows for cell in row
        if len(cell) <= 12 and _LABEL_AT_START.match(cell)
    }
    return len(labels - {None}) >= 2
