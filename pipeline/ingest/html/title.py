"""The notice's title on a portal page, and the hint "title" on the content line that holds it.

Reads the parsed page and the box's fields; returns the first candidate (box 标题, an ArticleTitle
meta, a heading or title-classed element, the <title> up to the site name) that names a
document kind at its end.
"""
from __future__ import annotations

import regex
from bs4 import BeautifulSoup

from pipeline.ingest.html.dom_lines import _HEADING_TAGS, _squash
from pipeline.ingest.portal_labels import TITLE_KIND as _TITLE_KIND
from pipeline.agency_line import AGENCY_LINE
from pipeline.issued import issued_titles
from pipeline.model import Block

#: what parts a page <title> from the site's name: "…的通知_市政府文件_某市人民政府", "…的通知 - 某县", "…的通知--某县人民政府"
SITE_NAME_SEPARATOR = regex.compile(r"\s*[_|｜]\s*|\s+-\s+|\s*-{2,}\s*")
#: a page's heading may word the box's 标题 more fully by this many characters at most (《》 and a place's name)
MAX_ADDED = 12
#: the share of a box 标题's character pairs that the document a heading issues must hold for the 标题 to be a short
#: name of it (某区民宿扶持办法 of 《某区乡村民宿发展扶持办法（暂行）》)
ALIAS_SHARE = 0.5
# 某省人力资源和社会保障厅 某省财政厅 / 中共某县委办公室、某县人民政府办公室: the co-issuers a heading prints before 关于
ISSUER_SEPARATOR = regex.compile(r"[\s、]+")
#: the content's first lines, where a page without a heading states the notice's title
OPENING_LINES = 8


def _page_title_text(soup: BeautifulSoup) -> str:
    return soup.title.get_text(" ", strip=True) if soup.title else ""


def _notice_title(soup: BeautifulSoup, portal_fields: dict[str, str], body: str = "") -> str | None:
    """The notice's title: the box's 标题 (unless the page's heading is the notice's own fuller title), an
    ArticleTitle meta, a heading or a title-classed element naming a document kind, else the <title> up to the
    site name."""
    candidates = [portal_fields.get("标题", "")]
    metas = []
    for name in ("ArticleTitle", "articletitle", "title", "og:title"):
        meta = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
        if meta and meta.get("content"):
            metas.append(meta["content"])
    candidates += metas
    for tag in soup.find_all(["h1", "h2", "h3", "h4", "div", "p", "span", "td"]):
        classes = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
        if tag.name in _HEADING_TAGS or "title" in classes.lower() or "bt" in classes.lower().split():
            candidates.append(tag.get_text("", strip=True))
    page_title = _page_title_text(soup)
    candidates.append(SITE_NAME_SEPARATOR.split(page_title)[0] if page_title else "")
    own = _own_heading(soup, candidates[0]) or _issuing_heading(soup, metas, candidates[0], body)
    if own:
        return own
    for candidate in candidates:
        candidate = " ".join(candidate.split())
        if 6 <= len(candidate) <= 200 and _TITLE_KIND.search(candidate):
            return _named_heading(soup, candidate, body) or candidate
    return None


def _named_heading(soup: BeautifulSoup, chosen: str, body: str) -> str | None:
    """The page's heading when it words the chosen cover title more fully: the same organ before 关于, and the document
    it issues the one the body names (《X》, or X's own title line) where the chosen title's is named nowhere (a meta and
    a box that shorten …关于印发某州加强…实施方案（2024—2026年）的通知 to …关于印发某州…实施方案的通知); else None."""
    wanted = _squash(chosen)
    at = wanted.find("关于")
    if not body or at < 0 or not issued_titles(wanted):
        return None
    lines = {_squash(line) for line in body.split("\n") if line.strip()}
    flat = _squash(body)

    def named(title: str) -> bool:
        return any(f"《{_squash(x)}》" in flat or _squash(x) in lines for x in issued_titles(title))

    if named(wanted):
        return None
    for tag in soup.find_all(list(_HEADING_TAGS)):
        heading = " ".join(tag.get_text("", strip=True).split())
        squashed = _squash(heading)
        if squashed != wanted and squashed.startswith(wanted[: at + 2]) and len(squashed) <= 200 \
                and _TITLE_KIND.search(squashed) and named(squashed):
            return heading
    return None


def _own_heading(soup: BeautifulSoup, box_title: str) -> str | None:
    """The page's heading when it is the box's 标题 in the notice's own fuller wording (the box's …关于印发2024年…方案的
    通知 over a heading …关于印发《某省2024年…方案》的通知): the box's characters in order, a few more around them."""
    wanted = _squash(box_title)
    if len(wanted) < 6 or not _TITLE_KIND.search(wanted):
        return None
    for tag in soup.find_all(list(_HEADING_TAGS)):
        heading = " ".join(tag.get_text("", strip=True).split())
        squashed = _squash(heading)
        if (len(wanted) < len(squashed) <= len(wanted) + MAX_ADDED and _TITLE_KIND.search(squashed)
                and _in_order(wanted, squashed)):
            return heading
        spaced = " ".join(tag.get_text(" ", strip=True).split())
        if wanted.startswith("关于") and squashed.endswith(wanted) and _names_issuers(spaced, wanted):
            return spaced[: spaced.find("关于")].rstrip() + wanted
    return None


def _names_issuers(heading: str, wanted: str) -> bool:
    """The heading is the box's 标题 (关于…) with the co-issuers' names before it, spaced or joined by 、, as a joint
    notice prints its heading (某省人力资源和社会保障厅 某省财政厅 / 关于…的通知)."""
    at = heading.find("关于")
    if at <= 0 or _squash(heading[at:]) != wanted:
        return False
    pieces = [piece for piece in ISSUER_SEPARATOR.split(heading[:at]) if piece]
    return bool(pieces) and all(AGENCY_LINE.match(piece) for piece in pieces)


def _issuing_heading(soup: BeautifulSoup, metas: list[str], box_title: str, body: str) -> str | None:
    """The page's heading (or ArticleTitle, or a line opening the content) when it is a cover notice issuing 《X》
    that the body names elsewhere (or whose title line it holds), and the box's 标题 a short name of X (标题：某区民宿
    扶持办法 over 某区人民政府办公室关于印发《某区乡村民宿发展扶持办法（暂行）》的通知, whose body reads 《某区乡村
    民宿发展扶持办法（暂行）》已经…现印发给你们): the notice's own title."""
    wanted = _squash(box_title)
    if len(wanted) < 6:
        return None
    headings = [tag.get_text("", strip=True) for tag in soup.find_all(list(_HEADING_TAGS))]
    lines = [line for line in body.split("\n") if line.strip()]
    opening = lines[:OPENING_LINES]
    own_lines = {_squash(line) for line in lines}  # the issued document's own title line, 《》 or not
    body = _squash(body)
    for heading in [*headings, *metas, *opening]:
        heading = " ".join(heading.split())
        squashed = _squash(heading)
        if squashed == wanted or not 6 <= len(squashed) <= 200 or not _TITLE_KIND.search(squashed):
            continue
        elsewhere = body.replace(squashed, "", 1)  # the heading itself may stand in the body: not a mention
        for issued in map(_squash, issued_titles(squashed)):
            named = f"《{issued}》" in elsewhere or issued in own_lines or f"《{issued}》" in own_lines
            if issued not in wanted and named and _short_name_of(wanted, issued):
                return heading
    return None


def _short_name_of(short: str, long: str) -> bool:
    """Whether at least :data:`ALIAS_SHARE` of ``short``'s character pairs stand in ``long``."""
    pairs = {short[k : k + 2] for k in range(len(short) - 1)}
    return bool(pairs) and sum(1 for pair in pairs if pair in long) >= ALIAS_SHARE * len(pairs)


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long``, in the same order."""
    rest = iter(long)
    return all(c in rest for c in short)


def _mark_title(blocks: list[Block], title: str) -> bool:
    """Hint "title" on the content's own title line; False when the content does not start with it."""
    wanted = _squash(title)
    for block in blocks[:8]:
        if block.kind == "text" and _squash(block.text) == wanted:
            block.hints = block.hints | {"title"}
            return True
    return wanted in _squash("".join(block.raw_text() for block in blocks[:8]))
