"""The 信息公开 box of a portal page: 索引号, 发文机关, 文号, 成文日期 … as ``portal_fields``.

Reads the page's lines (one per table cell); returns the fields under their normalized keys and
the keys of the lines they came from, so that the box does not reach the blocks. Handles
``label：value`` lines, label and value cells, bullets, empty labels and values glued to labels.
"""
from __future__ import annotations

import regex
from bs4 import Tag

from pipeline.ingest.html.content import _inside
from pipeline.ingest.html.dom_lines import _Line, _squash
from pipeline.ingest.html.title import _TITLE_KIND

#: a bullet before a box line: "• 发文字号:…", "· 索引号："
_BULLET = regex.compile(r"^[•·●◆▪■□◇\-*]\s*")
#: label separator: full- or half-width colon ("文号：", "文号:")
_COLON = regex.compile(r"^\s*[：:]")

#: portal label wordings → normalized portal_fields key
_FIELD_LABELS = {
    "索引号": "索引号",
    "发文机关": "发文机关", "发布机构": "发文机关", "发文单位": "发文机关", "发布单位": "发文机关",
    "发文机构": "发文机关", "制发机关": "发文机关",
    "发文字号": "文号", "文号": "文号", "文件编号": "文号",
    "成文日期": "成文日期", "成文时间": "成文日期", "发文日期": "成文日期", "发文时间": "成文日期",
    "印发日期": "成文日期",
    "发布日期": "发布日期", "发布时间": "发布日期", "公开日期": "发布日期", "公开时间": "发布日期",
    "主题分类": "主题分类", "主题类别": "主题分类", "信息分类": "主题分类",
    "标题": "标题", "名称": "标题", "文件名称": "标题", "信息名称": "标题",
    "有效性": "有效性", "效力状态": "有效性", "时效性": "有效性",
    # the disclosure status (主动公开 / 依申请公开): the 附注 of a notice whose page prints none
    "公开方式": "公开方式", "公开属性": "公开方式", "公开类型": "公开方式", "公开选项": "公开方式",
}
#: other labels of such boxes and article info lines: they end a value but are not kept
_STOP_LABELS = (
    "来源", "信息来源", "文章来源", "作者", "责任编辑", "编辑", "浏览次数", "阅读次数", "访问次数", "点击数",
    "点击量", "字体", "公开范围", "公开形式", "体裁分类", "组配分类", "服务对象", "关键词",
    "主题词", "生成日期", "时间", "日期", "分享", "分享到",
)


def _spaced(label: str) -> str:
    """"索引号" → a pattern that also matches "索 引 号" / "索&nbsp;引&nbsp;号" / "标　　题"."""
    return r"[\s\u3000]*".join(regex.escape(char) for char in label)


_ALL_LABELS = sorted(list(_FIELD_LABELS) + list(_STOP_LABELS), key=len, reverse=True)
#: a label at the start of a box line: "索 引 号：", "文号", "• 发文字号:"
_LABEL_AT_START = regex.compile(r"^(?P<label>" + "|".join(_spaced(label) for label in _ALL_LABELS) + r")")
#: a later "label：" inside the same line ends the value before it, even glued to it:
#: "发布时间：2021-04-13点击数：964分享：微信"
_LABEL_WITH_COLON = regex.compile(
    r"(?P<label>" + "|".join(_spaced(label) for label in _ALL_LABELS) + r")[\s\u3000]*[：:]"
)
#: what a value glued to its label must look like ("文号洛工信函〔2021〕05号", "成文日期2021年04月12日")
_GLUED_VALUE = {
    "索引号": regex.compile(r"^[A-Za-z0-9][A-Za-z0-9/\-_.\s]{3,}$"),
    "文号": regex.compile(r"^\p{Han}{1,12}[〔［\[（(【﹝]\d{4}[〕］\]）)】﹞]\s*第?\d+号(?:[（(]\p{Han}*[A-Za-z]?[)）])?$"),
    "成文日期": regex.compile(r"^\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?$"),
    "发布日期": regex.compile(r"^\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"),
    "发文机关": regex.compile(r"^\p{Han}[\p{Han}（）()]{2,40}(?:局|委|办|府|办公室|厅|部|委员会|中心|公司|小组|院|会)$"),
    "主题分类": regex.compile(r"^[^。，；]{2,40}$"),
    "标题": _TITLE_KIND,
    "有效性": regex.compile(r"^(?:现行)?(?:有效|失效|已失效|废止|已废止|部分有效|部分失效|已修改)$"),
    "公开方式": regex.compile(r"^(?:主动|依申请|不予|免予)?公开(?:发布)?$"),
}
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
    """Every "label：value" of a line; each value runs to the next label."""
    matches = list(_LABEL_WITH_COLON.finditer(text))
    pairs = []
    for position, match in enumerate(matches):
        end = matches[position + 1].start() if position + 1 < len(matches) else len(text)
        value = text[match.end():end].strip(" \t\u3000|｜")
        pairs.append((_FIELD_LABELS.get(_squash(match.group("label"))), value))
    return pairs


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
