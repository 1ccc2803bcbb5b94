"""The notice's container on the page, and the check that the page holds a notice at all.

Reads the page's rendered lines; returns the element holding the notice (a known CMS container
with real prose, else the tightest element holding most of the page's prose) and its own text.
An error page (a 404 saved in place of the file) or an empty one raises a typed error.
"""
from __future__ import annotations

from pathlib import Path

import regex
from bs4 import BeautifulSoup, Tag

from pipeline.errors import NoTextError, WrongTypeError
from pipeline.ingest.html.dom_lines import _Line

#: an error page's wording: "404 页面不存在", "抱歉，您访问的页面不存在", "Not Found"
_ERROR_PAGE = regex.compile(r"404|403|500|页面不存在|找不到|不存在或已被删除|已删除|错误|not\s+found|error", regex.IGNORECASE)

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
_HAN = regex.compile(r"\p{Han}")  # a Chinese character: "通"
#: a file named like a document that turned out to be an HTML page
_DOCUMENT_SUFFIXES = {".pdf", ".docx", ".doc", ".wps", ".ofd"}


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
