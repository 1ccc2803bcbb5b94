"""Labels of a 信息公开 box and of a scraper's header, shared by the HTML, text and Markdown backends.

Reads ``schemas/portal_labels.json`` (label wordings → the key a value is stored under); returns the
compiled patterns that find a label at a line's start or inside a line however it is spaced
(``索 引 号``, ``标　　题``), and what a value glued to its label must look like.
"""
from __future__ import annotations

import json
from pathlib import Path

import regex

_LABELS_JSON = Path(__file__).resolve().parent.parent.parent / "schemas" / "portal_labels.json"

with open(_LABELS_JSON, encoding="utf-8") as _f:
    _DATA = json.load(_f)

#: portal label wordings → normalized portal_fields key
FIELD_LABELS: dict[str, str] = dict(_DATA["fields"])
#: keys of a scraper's YAML front matter (title: / date:) → the portal_fields key
FRONT_MATTER_KEYS: dict[str, str] = dict(_DATA.get("front_matter", {}))
#: labels that name a field only when their value has its shape (字号: a 文号, or a page's 大 中 小 font control)
CHECKED_LABELS: dict[str, str] = dict(_DATA.get("checked_fields", {}))
#: other labels of such boxes (来源, 浏览次数, 原文链接 …): they end a value but name no metadata field
STOP_LABELS: tuple[str, ...] = tuple(_DATA["stop"])
#: Markdown headings a scraper writes around the notice (## 政策全文, ### 基本信息)
SCRAPER_HEADINGS: frozenset[str] = frozenset(_DATA["scraper_headings"])
#: the label over a list of file links a scraper appends (【原文下载】)
DOWNLOAD_LABELS: frozenset[str] = frozenset(_DATA["download_labels"])

#: a bullet before a box line: "• 发文字号:…", "· 索引号：", "- **文件编号**：…"
BULLET = regex.compile(r"^[•·●◆▪■□◇\-*]\s*")
#: label separator: full- or half-width colon ("文号：", "文号:")
COLON = regex.compile(r"^\s*[：:]")


def squash(text: str) -> str:
    """The text with all whitespace removed: labels compare equal however they are spaced."""
    return "".join(text.split())


def spaced(label: str) -> str:
    """"索引号" → a pattern that also matches "索 引 号" / "索&nbsp;引&nbsp;号" / "标　　题"."""
    return r"[\s\u3000]*".join(regex.escape(char) for char in label)


ALL_LABELS = sorted(list(FIELD_LABELS) + list(STOP_LABELS), key=len, reverse=True)
_ANY_LABEL = "|".join(spaced(label) for label in ALL_LABELS)
#: a label at the start of a box line: "索 引 号：", "文号", "发文字号:"
LABEL_AT_START = regex.compile(r"^(?P<label>" + _ANY_LABEL + r")")
#: a later "label：" inside the same line ends the value before it, even glued to it:
#: "发布时间：2021-04-13点击数：964分享：微信"
LABEL_WITH_COLON = regex.compile(r"(?P<label>" + _ANY_LABEL + r")[\s\u3000]*[：:]")

#: a title that names a document kind at its end: "…的通知", "…工作方案", "…的答复》"
TITLE_KIND = regex.compile(
    r"(?:通知|意见|方案|办法|答复|通报|函|决定|规定|计划|批复|公告|报告|纪要|细则|规划|措施|要点|条例|公报|通告|纲要)"
    r"[》”\"）)]*(?:[（(][^（）()]{2,16}[）)])?$"
)
#: what a value glued to its label must look like ("文号洛工信函〔2021〕05号", "成文日期2021年04月12日")
GLUED_VALUE = {
    "索引号": regex.compile(r"^[A-Za-z0-9][A-Za-z0-9/\-_.\s]{3,}$"),
    "文号": regex.compile(r"^\p{Han}{1,12}[〔［\[（(【﹝]\d{4}[〕］\]）)】﹞]\s*第?\d+号(?:[（(]\p{Han}*[A-Za-z]?[)）])?$"),
    "成文日期": regex.compile(r"^\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?$"),
    "发布日期": regex.compile(r"^\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"),
    "发文机关": regex.compile(r"^\p{Han}[\p{Han}（）()、\s]{1,120}(?:局|委|办|府|办公室|厅|部|委员会|中心|公司|小组|院|会)$"),
    "主题分类": regex.compile(r"^[^。，；]{2,40}$"),
    "标题": TITLE_KIND,
    "有效性": regex.compile(r"^(?:现行)?(?:有效|失效|已失效|废止|已废止|部分有效|部分失效|已修改)$"),
    "公开方式": regex.compile(r"^(?:主动|依申请|不予|免予)?公开(?:发布)?$"),
}


def field_key(label: str) -> str | None:
    """The portal_fields key of a label as written (spaces ignored); None for a stop label."""
    return FIELD_LABELS.get(squash(label))


def checked_key(label: str, value: str) -> str | None:
    """The portal_fields key of a label that names a field only for a value of its shape (``字号`` over
    ``遂政办发〔2023〕27号``, not over ``大 中 小``); None otherwise."""
    key = CHECKED_LABELS.get(squash(label))
    shape = GLUED_VALUE.get(key) if key else None
    return key if shape is not None and shape.match(value.strip()) else None


def colon_pairs(text: str) -> list[tuple[str, str | None, str]]:
    """Every "label：value" of a line as (label, key, value); each value runs to the next label."""
    matches = list(LABEL_WITH_COLON.finditer(text))
    pairs = []
    for position, match in enumerate(matches):
        end = matches[position + 1].start() if position + 1 < len(matches) else len(text)
        value = text[match.end():end].strip(" \t\u3000|｜")
        label = squash(match.group("label"))
        pairs.append((label, FIELD_LABELS.get(label), value))
    return pairs
