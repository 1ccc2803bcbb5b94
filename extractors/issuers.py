"""Issuers as notices print them: co-issuers on one line, news reposts, a title's own wording.

Reads names and lines of a notice; returns the organs a line names (``国务院办公厅　中央军委办公厅``
and ``中共中央 国务院`` are two organs each, also when the space between them is gone:
``中共中央国务院``), the issuers and title a news agency's lead names (``近日，中共中央、国务院印发了
《X》``), and the document's own wording of a title a scraper or portal gave in another form
(``扩大内需战略规玥纲要(2022-2035年)`` → ``扩大内需战略规划纲要（2022－2035年）``). Shared knowledge
of the metadata extractor; the names of national organs come from ``schemas/national_issuers.csv``.
"""
from __future__ import annotations

import unicodedata

import regex

from extractors.regions import PARTY_PREFIX, national_branches, national_issuers, region_chain
from extractors.word_sets import starts_with_any
from pipeline.structure import AGENCY_LINE

# whitespace, including the ideographic space: what separates co-issuers printed on one line
SPACES = regex.compile(r"[\s\u3000]+")
# 中共中央、国务院印发了《X》 / 国务院办公厅近日印发《X》: a news lead naming who issued which document
NEWS_LEAD = regex.compile(
    r"(?:^|[，,\s])(?:近日|日前|最近)?[，,]?(?P<issuers>[\p{Han}、（）()]{2,60}?)(?:近日|日前)?(?:联合)?印发(?:了)?《(?P<title>[^《》]{4,80})》"
)
# （某省知识产权局） closing a name: the organ's other name (one organ with two names, 某局（某局）)
OTHER_NAME = regex.compile(r"[（(](?P<other>\p{Han}{2,30})[）)]$")
# what a folded title leaves out: spaces, quotes and book-title marks (“十四五” = 《“十四五”…》 = "十四五")
_TITLE_NOISE = regex.compile(r"[\s《》〈〉<>“”‘’\"'「」『』]")
# — – － - ~ ～ : dashes between years, folded to one
_DASHES = regex.compile(r"[—–－\-~～‐‑]+")


def _is_organ(name: str) -> bool:
    """An organ's name; with its other name in brackets after it (某省市场监督管理局（某省知识产权局）) too."""
    names, _ = national_issuers()
    other = OTHER_NAME.search(name)
    if other and other.start() >= 2:
        return _is_organ(name[: other.start()]) and _is_organ(other.group("other"))
    return bool(name) and (name in names or (bool(AGENCY_LINE.match(name)) and _has_body(name)))


def _has_body(name: str) -> bool:
    """``name`` says more than a party prefix and an ending: 中共某县委 does, ``中共某`` (中共 + one character, the head of a
    glued 中共某X县委… cut inside a place name of two characters) does not."""
    prefix = PARTY_PREFIX.match(name)
    return not prefix or len(name) - prefix.end() >= 2


def opens_organ(text: str) -> bool:
    """``text`` starts with a national organ's name, a party prefix or a division's name."""
    names, _ = national_issuers()
    return (starts_with_any(text, names, min_length=2) or bool(PARTY_PREFIX.match(text))
            or bool(region_chain(text)))


def _listed(pieces: list[str]) -> int:
    """How many pieces are names of the vocabulary (not organs only by their ending, …部, …局)."""
    names, _ = national_issuers()
    return sum(piece in names for piece in pieces)


def _branch_of(organ: str, piece: str) -> bool:
    """``piece`` (某省税务局, 某市调查总队) is the regional branch of the vertically managed national ``organ``
    before it (国家税务总局, 国家统计局): one organ's name (国家税务总局某省税务局), not two co-issuers. A
    provincial bureau of a system that is not vertical (国家统计局 + 某省统计局) stays two organs."""
    ends = national_branches().get(organ, ())
    return bool(ends) and bool(region_chain(piece)) and piece.endswith(ends)


def split_glued(name: str) -> list[str]:
    """``国务院办公厅中央军委办公厅`` → [国务院办公厅, 中央军委办公厅]: organs whose space was lost.

    Two or more pieces, each an organ's whole name and each after the first opening with a
    national organ, 中共… or a division's name (某市…): those with the most pieces the vocabulary
    names (``民政部国家发展改革委财政部`` is three named organs, not 民政部 and a
    ``国家发展改革委财政部`` ending in 部), then the most pieces (某市卫生健康委员会某市财政局
    某市医疗保障局: three, not two); else the name as it is, so that ``某市人民政府办公室`` or
    ``工业和信息化部办公厅`` stays whole.
    """
    best: dict[int, list[str] | None] = {len(name): []}
    for start in range(len(name) - 1, -1, -1):
        options = []
        for end in range(start + 2, len(name) + 1):
            rest = best.get(end)
            piece = name[start:end]
            if rest is not None and _is_organ(piece) and (start == 0 or opens_organ(piece)):
                options.append([piece] + rest)
        if start == 0:
            options = [o for o in options if len(o) > 1]
        best[start] = max(options, key=lambda o: (_listed(o), len(o))) if options else None
    pieces = best[0] or [name]
    joined = pieces[:1]
    for piece in pieces[1:]:  # 国家税务总局 + 某省税务局: the national organ's branch is one organ
        joined[-1:] = [joined[-1] + piece] if _branch_of(joined[-1], piece) else [joined[-1], piece]
    return joined


def coissuers(line: str, raw: str | None = None) -> list[str]:
    """The organs one line names: split at the spaces the raw text kept, else at vocabulary cuts."""
    if raw:
        pieces = [p for p in SPACES.split(raw.strip()) if p]
        if len(pieces) > 1 and all(_is_organ(p) for p in pieces):
            return pieces
    return split_glued(SPACES.sub("", line))  # 财　政　部: spaces of layout, not between organs


def unwrap_cells(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(line, raw) pairs of a 署名 with a name its cell wrapped (某省卫生健康 / 委员会) put back on one line: a line that
    opens no organ ends the last name of the line above when that is no organ's name alone and is one with it."""
    out: list[tuple[str, str]] = []
    for line, raw in lines:
        tail = SPACES.split(out[-1][1].strip())[-1] if out else ""
        other = OTHER_NAME.fullmatch(line.strip())
        if out and other and _is_organ(other.group("other")):
            # （某省知识产权局） on a line of its own: the other name of the first organ above (its column's)
            above, above_raw = out[-1]
            first = SPACES.split(above_raw.strip())[0]
            at, raw_at = above.find(first), above_raw.find(first)
            if at >= 0:
                out[-1] = (above[: at + len(first)] + line.strip() + above[at + len(first) :],
                           above_raw[: raw_at + len(first)] + line.strip() + above_raw[raw_at + len(first) :])
                continue
        if tail and not opens_organ(line.strip()) and not _is_organ(tail) and _is_organ(tail + line.strip()):
            out[-1] = (out[-1][0] + line.strip(), out[-1][1] + line.strip())
        else:
            out.append((line, raw))
    return out


def news_lead(paragraphs: list[str]) -> tuple[list[str], str] | None:
    """(issuers, title) of a news repost's lead: ``新华社北京12月14日电 近日，中共中央、国务院印发了《X》``."""
    for text in paragraphs:
        m = NEWS_LEAD.search(text)
        if m:
            issuers = [p for p in m.group("issuers").split("、") if p]
            if issuers and all(_is_organ(p) for p in issuers):
                return issuers, m.group("title")
    return None


def fold_title(text: str) -> str:
    """A title for comparison: width folded (NFKC), dashes as one, spaces, quotes and 《》 out."""
    return _DASHES.sub("-", _TITLE_NOISE.sub("", unicodedata.normalize("NFKC", text)))


def same_title(a: str, b: str) -> bool:
    """Equal once folded, or of one length with one character differing (a typo: 规玥/规划)."""
    fa, fb = fold_title(a), fold_title(b)
    if fa == fb:
        return True
    return len(fa) == len(fb) >= 8 and sum(x != y for x, y in zip(fa, fb)) <= 1


def restore_lost_start(title: str, issuer: str | None) -> str:
    """A title whose first characters a scraper lost (``海市人民政府办公厅关于…``) completed from the issuer."""
    if not issuer or "、" in issuer or title.startswith(issuer):
        return title
    about = title.find("关于")
    if about < 3:
        return title
    head = title[:about]
    if issuer.endswith(head) and len(issuer) - len(head) <= 2:
        return issuer + title[about:]
    return title
