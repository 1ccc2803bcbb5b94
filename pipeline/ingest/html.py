"""HTML backend: a saved government portal page → the notice body as blocks, plus its 信息公开 box.

A portal page wraps the notice in navigation, breadcrumbs, share buttons, view counters and
footers, and usually shows an information-disclosure box (索引号 / 发文机关 / 文号 / 成文日期 …)
as a table, ``label：value`` lines or bullets. The box goes to ``RawDocument.portal_fields``; the
blocks hold the page title and the main content container (known CMS containers such as
``div.TRS_Editor`` / ``#zoom``, else the tightest element holding most of the page's prose).
"""
from __future__ import annotations

import codecs
import warnings as python_warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex
from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning

from pipeline.errors import DecodeError, NoTextError, WrongTypeError
from pipeline.ingest.text import blocks_from_lines, header_row_count
from pipeline.model import Block, RawDocument

# --------------------------------------------------------------------------- patterns

#: a charset declared in the first bytes: <meta charset="gb2312">, content="text/html; charset=GBK"
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", regex.IGNORECASE)
#: an XML prolog's encoding: <?xml version="1.0" encoding="gb2312"?>
_XML_ENCODING = regex.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", regex.IGNORECASE)
#: runs of source whitespace inside a text node: "\n\t\t" (layout) or "  " (collapsed by browsers)
_SOURCE_WHITESPACE = regex.compile(r"[ \t\r\n\f]+")
#: characters on both sides of a source line break that join without a space: 中文\n文字 → 中文文字
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Block=CJK_Symbols_and_Punctuation}\p{Block=Halfwidth_and_Fullwidth_Forms}“”‘’]")
#: style declarations that matter: text-align:center, font-weight:bold / 700, display:none
_STYLE_CENTER = regex.compile(r"text-align\s*:\s*center", regex.IGNORECASE)
_STYLE_BOLD = regex.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", regex.IGNORECASE)
_STYLE_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
#: a bullet before a box line: "• 发文字号:…", "· 索引号："
_BULLET = regex.compile(r"^[•·●◆▪■□◇\-*]\s*")
#: label separator: full- or half-width colon ("文号：", "文号:")
_COLON = regex.compile(r"^\s*[：:]")
#: an error page's wording: "404 页面不存在", "抱歉，您访问的页面不存在", "Not Found"
_ERROR_PAGE = regex.compile(r"404|403|500|页面不存在|找不到|不存在或已被删除|已删除|错误|not\s+found|error", regex.IGNORECASE)
#: what parts a page <title> from the site's name: "…的通知_市政府文件_某市人民政府", "…的通知 - 某县", "…的通知--某县人民政府"
SITE_NAME_SEPARATOR = regex.compile(r"\s*[_|｜]\s*|\s+-\s+|\s*-{2,}\s*")
#: a title that names a document kind at its end: "…的通知", "…工作方案", "…的答复》"
_TITLE_KIND = regex.compile(
    r"(?:通知|意见|方案|办法|答复|通报|函|决定|规定|计划|批复|公告|报告|纪要|细则|规划|措施|要点|条例|公报|通告)[》”\"）)]*$"
)
#: page chrome that may sit inside the content container: breadcrumbs, share, counters, print, footers
_NOISE_LINE = regex.compile(
    r"^(?:当前位置|您现在的位置|您的位置|所在位置|现在位置)\s*[：:]"
    r"|首页\s*(?:>|&gt;|»|›|＞)"
    r"|^分享(?:到)?\s*[：:]?"
    r"|(?:浏览|阅读|访问|点击)(?:次数|量|数)\s*[：:]"
    r"|字体\s*[：:]?\s*[【\[]?\s*大\s*中\s*小"
    r"|^(?:[【\[]?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回(?:顶部)?)\s*[】\]]?\s*[|｜]?\s*)+$"
    r"|^(?:上一篇|下一篇|上一条|下一条)\s*[：:]"
    r"|^(?:主办|承办|协办)(?:单位)?\s*[：:]"
    r"|版权所有|ICP备|公网安备|网站标识码|网站地图|联系我们"
    r"|^扫一扫"
)
#: a noise line is short; a long line mentioning 首页 is prose
_NOISE_MAX_CHARS = 160

# --------------------------------------------------------------------------- portal box labels

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

# --------------------------------------------------------------------------- content containers

#: CMS containers of the notice text, most specific first
_CONTENT_SELECTORS = (
    "div.TRS_Editor", "#zoom", "#Zoom", ".TRS_UEDITOR", "#UCAP-CONTENT", ".article-content", ".article_content",
    ".pages_content", ".news_content", ".detail-content", ".detail_content", "#js_content", ".wzzw", "#zw",
    ".zw", ".art_con", ".content_text", "#content_text",
)
#: a line counts as prose (for finding the content) when it has this many non-link characters …
_PROSE_MIN_CHARS = 15
#: … and a Chinese clause mark
_PROSE_MARK = regex.compile(r"[，。；：、]")
#: the content container holds at least this share of the page's prose
_CONTENT_SHARE = 0.8
#: fewer Chinese characters than this in the content: not a notice (an error or index page)
_MIN_NOTICE_HANZI = 80
_HAN = regex.compile(r"\p{Han}")

_INVISIBLE_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
    "option", "button", "input", "textarea", "map", "audio", "video", "head", "title", "meta", "link",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "body", "html",
})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELL_TAGS = frozenset({"td", "th"})
_DOCUMENT_SUFFIXES = {".pdf", ".docx", ".doc", ".wps", ".ofd"}


# --------------------------------------------------------------------------- entry point


def read(data: bytes, path: str, *, password: str | None = None) -> RawDocument:
    text, encoding, warnings = decode_html(data)
    with python_warnings.catch_warnings():
        python_warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML pages parse fine as HTML
        soup = BeautifulSoup(text, "lxml")
    root = soup.body or soup
    page_title = _page_title_text(soup)
    segments = _LineWalker(tables_as_blocks=False).walk(root)
    content = _find_content(root, segments)
    content_text = _content_text(content, segments)
    _check_is_notice(content_text, page_title, path, soup)
    suffix = Path(path).suffix.lower()
    if suffix in _DOCUMENT_SUFFIXES:
        warnings.append(f"the file is named {suffix} but is an HTML page; read as HTML")

    portal_fields, box_keys = _portal_fields(segments, content)
    items = _LineWalker(tables_as_blocks=True).walk(content)
    blocks = _blocks(items, box_keys)
    title = _notice_title(soup, portal_fields)
    if title and not _mark_title(blocks, title):
        blocks.insert(0, Block("text", title, hints=frozenset({"title", "center"})))
    if not blocks:
        raise NoTextError("the HTML page holds no notice text")
    return RawDocument(path, "html", blocks, portal_fields=portal_fields, encoding=encoding, warnings=warnings)


# --------------------------------------------------------------------------- charset


def decode_html(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings): BOM; else the declared charset if it fits, else UTF-8, else GB18030.

    Any GB declaration (gb2312, gbk, x-gbk …) is read as GB18030, its superset: portals declare
    gb2312 and then use 〇/國/際. A page that is valid UTF-8 is UTF-8 whatever it declares,
    because GBK bytes almost never form valid UTF-8 while a GB decoder accepts UTF-8 bytes as
    mojibake.
    """
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, []
    if data[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without BOM: "<" then NUL (LE) or NUL then "<" (BE)
        encoding = "utf-16-le" if data[:2] == b"<\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding, []
    declared = _declared_charset(data[:8192])
    warnings: list[str] = []
    for encoding in _charset_candidates(declared, data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if declared and not _same_charset(declared, encoding):
            warnings.append(f"declared charset {declared} does not fit the bytes; decoded as {encoding}")
        elif declared and _is_gb(declared) and declared != encoding and not _decodes(data, declared):
            warnings.append(f"declared charset {declared} lacks characters the page uses; decoded as {encoding}")
        return text, encoding, warnings
    text = data.decode("gb18030", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(2, len(text) // 100):
        raise DecodeError(f"could not decode the HTML page (declared {declared or 'no charset'}; UTF-8 and GB18030 fail)")
    return text, "gb18030", warnings + [f"{bad} undecodable byte sequence(s) replaced with U+FFFD (gb18030)"]


def _declared_charset(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None  # an unknown name ("x-user-defined"): decide from the bytes


def _is_gb(encoding: str) -> bool:
    return encoding.replace("-", "").replace("_", "") in {"gb2312", "gbk", "gb18030", "cp936", "hz", "euccn"}


def _charset_candidates(declared: str | None, data: bytes) -> list[str]:
    valid_utf8 = _is_valid_utf8(data)
    if declared and _is_gb(declared):
        first = "utf-8" if valid_utf8 and not data.isascii() else "gb18030"
    elif declared and codecs.lookup(declared).name in {"latin-1", "iso8859-1", "cp1252", "ascii"} and not data.isascii():
        first = "utf-8" if valid_utf8 else "gb18030"  # a Western single-byte declaration on CJK bytes is wrong
    else:
        first = declared or "utf-8"
    return list(dict.fromkeys([first, "utf-8", "gb18030"]))


def _is_valid_utf8(data: bytes) -> bool:
    return _decodes(data, "utf-8")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _same_charset(declared: str, used: str) -> bool:
    return declared == used or (_is_gb(declared) and _is_gb(used)) or {declared, used} <= {"utf-8", "utf-8-sig"}


# --------------------------------------------------------------------------- DOM → lines


@dataclass
class _Line:
    """A line of rendered text (or, with ``rows`` set, a table) and where it came from."""

    text: str
    owner: Tag  # innermost block element around the line
    hints: frozenset[str] = frozenset()
    after_br: bool = False
    link_chars: int = 0
    rows: list[list[str]] | None = None
    header_rows: int = 0


@dataclass(frozen=True)
class _Context:
    owner: Tag
    bold: bool = False
    center: bool = False
    heading: bool = False
    link: bool = False


@dataclass
class _Pending:
    pieces: list[str] = field(default_factory=list)
    bold_flags: list[bool] = field(default_factory=list)
    link_chars: int = 0


class _LineWalker:
    """Renders a DOM subtree into lines the way a browser breaks them (blocks and <br>).

    With ``tables_as_blocks`` a data table becomes one table item (spans filled); without it
    every cell is its own line, empty cells included, which is what the portal box parser needs.
    """

    def __init__(self, *, tables_as_blocks: bool):
        self.tables_as_blocks = tables_as_blocks
        self.items: list[_Line] = []
        self._pending = _Pending()
        self._last_text_context: _Context | None = None  # where the pending line's text came from

    def walk(self, root: Tag) -> list[_Line]:
        context = _Context(owner=root)
        self._walk(root, context)
        self._flush(context)
        return self.items

    def _walk(self, node: Tag, context: _Context) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, doctype, CDATA or processing instruction
                    self._add_text(str(child), context)
                continue
            if not isinstance(child, Tag) or child.name in _INVISIBLE_TAGS or _is_hidden(child):
                continue
            if child.name == "br":
                self._flush(context, after_br=True)
            elif child.name == "table" and self.tables_as_blocks and _is_data_table(child):
                self._flush(context)
                rows, header_rows = _table_grid(child)
                self.items.append(_Line(_rows_text(rows), child, rows=rows, header_rows=header_rows))
            elif child.name in _BLOCK_TAGS:
                self._flush(context)
                inner = _enter(child, context, block=True)
                self._walk(child, inner)
                self._flush(inner, keep_empty=not self.tables_as_blocks and child.name in _CELL_TAGS)
            else:
                self._walk(child, _enter(child, context, block=False))

    def _add_text(self, raw: str, context: _Context) -> None:
        text = _render_whitespace(raw)
        if not text:
            return
        self._pending.pieces.append(text)
        if text.strip():
            self._pending.bold_flags.append(context.bold)
            if context.link:
                self._pending.link_chars += len(text.strip())
        self._last_text_context = context

    def _flush(self, context: _Context, *, after_br: bool = False, keep_empty: bool = False) -> None:
        pending, self._pending = self._pending, _Pending()
        text = "".join(pending.pieces).strip(" \n\r\u3000\xa0")
        if not text.strip() and not keep_empty:
            return
        owner_context = self._last_text_context if pending.pieces and self._last_text_context else context
        hints = set()
        if pending.bold_flags and all(pending.bold_flags):
            hints.add("bold")
        if owner_context.center:
            hints.add("center")
        if owner_context.heading:
            hints.add("heading")
        self.items.append(
            _Line(text, owner_context.owner, frozenset(hints), after_br=after_br, link_chars=pending.link_chars)
        )


def _enter(tag: Tag, context: _Context, *, block: bool) -> _Context:
    style = tag.get("style") or ""
    align = (tag.get("align") or "").lower()
    center = context.center
    if tag.name == "center" or align == "center" or _STYLE_CENTER.search(style):
        center = True
    elif block and (align in ("left", "right", "justify") or "text-align" in style):
        center = False  # a right-aligned signature inside a centred wrapper is not centred
    return replace(
        context,
        owner=tag if block else context.owner,
        bold=context.bold or tag.name in ("b", "strong") or bool(_STYLE_BOLD.search(style)),
        center=center,
        heading=context.heading or tag.name in _HEADING_TAGS,
        link=context.link or tag.name == "a",
    )


def _is_hidden(tag: Tag) -> bool:
    return bool(_STYLE_HIDDEN.search(tag.get("style") or "")) or tag.has_attr("hidden")


def _render_whitespace(raw: str) -> str:
    """Source whitespace as a browser shows it, but keeping tabs (Word-HTML tables) and &nbsp; padding.

    A run holding a line break joins CJK text without a space (中文\\n文字 → 中文文字) and is one
    space elsewhere; a run of blanks with a tab is one tab; other runs are one space. &nbsp; is
    kept as a space each, since it pads names (``刘&nbsp;&nbsp;强``).
    """

    def render(match: regex.Match) -> str:
        run = match.group(0)
        if "\n" in run or "\r" in run:
            before = raw[match.start() - 1] if match.start() > 0 else ""
            after = raw[match.end()] if match.end() < len(raw) else ""
            return "" if _CJK_CHAR.match(before or "中") and _CJK_CHAR.match(after or "中") else " "
        return "\t" if "\t" in run else " "

    return _SOURCE_WHITESPACE.sub(render, raw).replace("\xa0", " ")


# --------------------------------------------------------------------------- tables


def _direct_rows(table: Tag) -> list[Tag]:
    """The table's own rows (through thead/tbody/tfoot), not rows of nested tables."""
    rows = []
    for child in table.find_all(["tr", "thead", "tbody", "tfoot"], recursive=False):
        rows.extend([child] if child.name == "tr" else child.find_all("tr", recursive=False))
    return rows


def _is_data_table(table: Tag) -> bool:
    """A grid of data, not a layout table that wraps the whole page or a single column."""
    if table.find("table") is not None:
        return False
    rows = _direct_rows(table)
    widths = [len(row.find_all(_CELL_TAGS, recursive=False)) for row in rows]
    return len(rows) >= 2 and max(widths, default=0) >= 2


def _table_grid(table: Tag) -> tuple[list[list[str]], int]:
    """The logical grid: colspan repeated across, rowspan filled down; and the header row count."""
    grid: list[list[str]] = []
    carried: dict[int, list] = {}  # column → [text, rows still covered] of a rowspan from above
    header_rows, in_header = 0, True
    for tr in _direct_rows(table):
        row: list[str] = []
        cells = tr.find_all(_CELL_TAGS, recursive=False)
        for cell in cells:
            _take_carried(row, carried)
            text = _cell_text(cell)
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            for _ in range(colspan):
                if rowspan > 1:
                    carried[len(row)] = [text, rowspan - 1]
                row.append(text)
        _take_carried(row, carried, to_end=True)
        is_header = tr.parent.name == "thead" or (cells and all(cell.name == "th" for cell in cells))
        if in_header and is_header:
            header_rows += 1
        else:
            in_header = False
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    for row in grid:
        row.extend([""] * (width - len(row)))
    return grid, header_rows or _guess_header_rows(table, grid)


def _take_carried(row: list[str], carried: dict[int, list], *, to_end: bool = False) -> None:
    while len(row) in carried or (to_end and any(column >= len(row) for column in carried)):
        column = len(row)
        if column not in carried:
            row.append("")
            continue
        text, remaining = carried[column]
        row.append(text)
        if remaining <= 1:
            del carried[column]
        else:
            carried[column][1] = remaining - 1


def _span(cell: Tag, attribute: str) -> int:
    try:
        return min(max(int(str(cell.get(attribute, "1")).strip() or 1), 1), 100)
    except ValueError:
        return 1


def _cell_text(cell: Tag) -> str:
    lines = _LineWalker(tables_as_blocks=False).walk(cell)
    return "\n".join(line.text.strip() for line in lines if line.text.strip())


def _guess_header_rows(table: Tag, grid: list[list[str]]) -> int:
    """Without <th>/<thead>: the first row is a header if it reads like one (序号 …), and as many
    rows as its tallest cell spans (a 2-row header: 目标值 over 2021年 2022年 2023年)."""
    if len(grid) < 2 or not header_row_count(grid):
        return 0
    first_row = _direct_rows(table)[0].find_all(_CELL_TAGS, recursive=False)
    return min(max((_span(cell, "rowspan") for cell in first_row), default=1), len(grid) - 1)


def _rows_text(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows)


# --------------------------------------------------------------------------- the content container


def _find_content(root: Tag, segments: list[_Line]) -> Tag:
    """A known CMS content container if it holds real prose, else the tightest element with most prose."""
    prose = {id(line): _prose_chars(line) for line in segments}
    total = sum(prose.values())
    for selector in _CONTENT_SELECTORS:
        candidates = root.select(selector)
        if candidates:
            best = max(candidates, key=lambda tag: len(tag.get_text(strip=True)))
            if total == 0 or _covered(best, segments, prose) >= 0.3 * total:
                return best
    if total == 0:
        return root
    coverage: dict[int, int] = {}
    depth: dict[int, int] = {}
    tags: dict[int, Tag] = {}
    for line in segments:
        chars = prose[id(line)]
        if not chars:
            continue
        ancestors = [line.owner] + list(line.owner.parents)
        for level, tag in enumerate(reversed(ancestors)):
            coverage[id(tag)] = coverage.get(id(tag), 0) + chars
            depth[id(tag)] = level
            tags[id(tag)] = tag
    enough = [key for key, chars in coverage.items() if chars >= _CONTENT_SHARE * total]
    return tags[max(enough, key=lambda key: depth[key])] if enough else root


def _prose_chars(line: _Line) -> int:
    chars = len(line.text) - line.link_chars
    return chars if chars >= _PROSE_MIN_CHARS and _PROSE_MARK.search(line.text) else 0


def _inside(tag: Tag, container: Tag) -> bool:
    """Identity, not bs4's ==, which compares markup and would match an identical twin element."""
    return tag is container or any(parent is container for parent in tag.parents)


def _covered(tag: Tag, segments: list[_Line], prose: dict[int, int]) -> int:
    return sum(prose[id(line)] for line in segments if _inside(line.owner, tag))


def _content_text(content: Tag, segments: list[_Line]) -> str:
    """The content's own text: lines that are mostly links (menus, lists of other notices) left out."""
    return "\n".join(
        line.text for line in segments if _inside(line.owner, content) and line.link_chars * 2 < len(line.text)
    )


def _check_is_notice(content_text: str, page_title: str, path: str, soup: BeautifulSoup) -> None:
    """An error page (404 saved in place of the file) or an empty page is not a notice."""
    hanzi = len(_HAN.findall(content_text))
    heading = soup.find(["h1", "h2"])
    label = page_title or (heading.get_text(" ", strip=True) if heading else "") or "no title"
    looks_like_error = bool(_ERROR_PAGE.search(page_title)) and hanzi < 5 * _MIN_NOTICE_HANZI
    if hanzi >= _MIN_NOTICE_HANZI and not looks_like_error:
        return
    suffix = Path(path).suffix.lower()
    if suffix in _DOCUMENT_SUFFIXES:
        raise WrongTypeError(f"not a {suffix[1:].upper()}: the file is an HTML page ({label})")
    raise NoTextError(f"the HTML page holds no notice text ({label})")


# --------------------------------------------------------------------------- portal box


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


def _squash(text: str) -> str:
    return "".join(text.split())


# --------------------------------------------------------------------------- blocks


def _blocks(items: list[_Line], box_keys: set[tuple[int, str]]) -> list[Block]:
    """Content lines → blocks, without box lines, page chrome and the box table."""
    blocks: list[Block] = []
    tab_run: list[_Line] = []

    def flush_tab_run() -> None:
        if len(tab_run) >= 2:  # Word-HTML keeps a flattened table as tab-separated <p> lines
            table_blocks, _ = blocks_from_lines([line.text for line in tab_run], soft_wrap=False)
            blocks.extend(table_blocks)
        else:
            blocks.extend(_text_block(line) for line in tab_run)
        tab_run.clear()

    for item in items:
        if item.rows is not None:
            flush_tab_run()
            if not _is_box_table(item.rows):
                blocks.append(Block("table", rows=item.rows, header_rows=item.header_rows))
            continue
        if _line_key(item) in box_keys or _is_noise(item.text):
            continue
        if "\t" in item.text.strip(" \u3000"):
            tab_run.append(item)
            continue
        flush_tab_run()
        blocks.append(_text_block(item))
    flush_tab_run()
    return blocks


def _text_block(line: _Line) -> Block:
    # A <br> line end may be a copied hard wrap: normalization judges it; block ends are paragraphs.
    return Block("text", line.text.strip(), soft_wrap=True, hints=line.hints)


def _is_noise(text: str) -> bool:
    return len(text) <= _NOISE_MAX_CHARS and bool(_NOISE_LINE.search(text.strip()))


def _is_box_table(rows: list[list[str]]) -> bool:
    """A 信息公开 box laid out as a table inside the content: two or more field labels as cells."""
    labels = {
        _FIELD_LABELS.get(_squash(_LABEL_AT_START.match(cell).group("label")))
        for row in rows for cell in row
        if len(cell) <= 12 and _LABEL_AT_START.match(cell)
    }
    return len(labels - {None}) >= 2


# --------------------------------------------------------------------------- title


def _page_title_text(soup: BeautifulSoup) -> str:
    return soup.title.get_text(" ", strip=True) if soup.title else ""


def _notice_title(soup: BeautifulSoup, portal_fields: dict[str, str]) -> str | None:
    """The notice's title: the box's 标题, an ArticleTitle meta, a heading or a title-classed
    element naming a document kind, else the <title> up to the site name."""
    candidates = [portal_fields.get("标题", "")]
    for name in ("ArticleTitle", "articletitle", "title", "og:title"):
        meta = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
        if meta and meta.get("content"):
            candidates.append(meta["content"])
    for tag in soup.find_all(["h1", "h2", "h3", "h4", "div", "p", "span", "td"]):
        classes = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
        if tag.name in _HEADING_TAGS or "title" in classes.lower() or "bt" in classes.lower().split():
            candidates.append(tag.get_text("", strip=True))
    page_title = _page_title_text(soup)
    candidates.append(SITE_NAME_SEPARATOR.split(page_title)[0] if page_title else "")
    for candidate in candidates:
        candidate = " ".join(candidate.split())
        if 6 <= len(candidate) <= 200 and _TITLE_KIND.search(candidate):
            return candidate
    return None


def _mark_title(blocks: list[Block], title: str) -> bool:
    """Hint "title" on the content's own title line; False when the content does not start with it."""
    wanted = _squash(title)
    for block in blocks[:8]:
        if block.kind == "text" and _squash(block.text) == wanted:
            block.hints = block.hints | {"title"}
            return True
    return wanted in _squash("".join(block.raw_text() for block in blocks[:8]))
