"""metadata extractor: the notice's 发文字号, issuer, 成文日期, title, type, recipients, cc, disclosure
status and region, each with the span it was read from.

Reads ``doc.anatomy`` (found by :mod:`pipeline.structure`) first and the web portal's disclosure box
(``doc.raw.portal_fields``) only for what the body lacks; returns a ``DocumentMetadata``. The region
is read from the issuer's name (else the doc number's code) by :mod:`extractors.regions`, and the
发文字号 normalized by :mod:`extractors.doc_numbers`.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

import regex

from extractors.addressees import split_names  # noqa: F401  (re-exported)
from extractors.doc_numbers import normalize_doc_number
from extractors.issuers import coissuers, news_lead, opens_organ, restore_lost_start, same_title, unwrap_cells
from extractors.regions import (  # noqa: F401  (region_table: re-exported)
    NATIONAL,
    code_region,
    is_national,
    national_code,
    region_chain,
    region_table,
    resolve_region,
)
from extractors.registry import register
from pipeline.structure import (
    AGENCY_LINE,
    BOOK_TITLE,
    DATE,
    DATELINE,
    DOC_NUMBER,
    PUBLIC_FIELD,
    PUBLIC_NOTE,
    chinese_number,
    title_doc_type,
)
from schemas.records import DocumentMetadata, Evidence

# 2023年9月28日 (spaces allowed): an Arabic-numeral date
ARABIC_DATE = regex.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# 二〇二三年九月二十八日: a Chinese-numeral date
CHINESE_DATE = regex.compile(
    r"(?P<y>[〇零○OoО0一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十廿卅]{1,3})\s*日"
)
# 2021-03-15, 2021/3/15, 2021.03.15: a portal's date field
PORTAL_DATE = regex.compile(r"(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})")
# 抄送： / 抄报： : the label that opens a cc line
CC_LABEL = regex.compile(r"^(?:抄送|抄报)\s*[:：]\s*")
# whitespace of any kind (标　　题, 23 号)
WHITESPACE = regex.compile(r"\s+")
# 2023年9月28日 / 二〇二三年九月二十八日 anywhere in a line
DATE_WORDS = regex.compile(DATE)
# 2022 in a page's 发布日期 (2022年12月, 2022-12-14): the year of a news dateline
YEAR = regex.compile(r"(?:19|20)\d{2}")
# 2022年12月 / 2022-12: a year and its month
YEAR_MONTH = regex.compile(r"(?:19|20)\d{2}\s*[年\-/.]\s*(?P<m>\d{1,2})")
# 关于 in a title: what stands before it is the issuer
ABOUT = regex.compile(r"关于")
# 公开发布 / 主动公开 / 不予公开 / 在网上公布: words of a disclosure, which （此件发至乡镇） (a distribution scope) lacks
DISCLOSURE = regex.compile(r"公开|公布|发布")
# 委员会 / 人民政府: the long forms of a party committee's and a government's names (中共某县委员会, 某县人民政府)
LONG_FORMS = regex.compile(r"委员会|人民政府")
#: the short form each long form folds to (中共某县委, 某县政府)
SHORT_FORMS = {"委员会": "委", "人民政府": "政府"}
# 文件 / 规范性文件 closing a 发文机关标志, or standing between two organs' names (某厅文件某委员会)
HEADER_WORD = regex.compile(r"\s*(?:规范性)?文件(?=$|\p{Han}{2})")

#: portal field labels, by the metadata field they stand for
PORTAL_KEYS = {
    "doc_number": ("文号", "发文字号", "发文文号", "文件编号"),
    "issue_date": ("成文日期", "发文日期", "成文时间"),
    "issuer": ("发文机关", "发文单位", "发布机构", "发文机构"),
    "title": ("标题", "名称", "文件名称"),
    "public_status": ("公开方式", "公开属性"),
    "published": ("发布日期", "发布时间", "公开日期"),
}


# ---------------------------------------------------------------- small pure helpers


def parse_date(text: str) -> str | None:
    """ISO date of ``2023年9月28日``, ``二〇二三年九月二十八日`` or ``2023-09-28``; None if absent or impossible."""
    m = ARABIC_DATE.search(text) or PORTAL_DATE.search(text)
    if m:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        m = CHINESE_DATE.search(text)
        if not m:
            return None
        y = int("".join(str("〇一二三四五六七八九".find(c)) if c in "一二三四五六七八九" else "0" for c in m.group("y")))
        mo, d = chinese_number(m.group("m")), chinese_number(m.group("d"))
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


@dataclass
class _Joined:
    """A span of doc.text with its line breaks taken out, and where each kept character came from."""

    text: str
    offsets: list[int]

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.offsets[a], self.offsets[b - 1] + 1


def _joined(doc, start: int, end: int) -> _Joined:
    chars, offsets = [], []
    for i in range(start, end):
        if doc.text[i] not in "\n\t":
            chars.append(doc.text[i])
            offsets.append(i)
    return _Joined("".join(chars), offsets)


def _evidence(doc, start: int, end: int) -> Evidence:
    return Evidence(start, end, doc.text[start:end], doc.page_at(start))


def _portal(doc, field: str) -> str | None:
    fields = {WHITESPACE.sub("", k): (v or "").strip() for k, v in (doc.raw.portal_fields or {}).items()}
    for key in PORTAL_KEYS[field]:
        if fields.get(key):
            return fields[key]
    return None


# ---------------------------------------------------------------- fields


def _doc_number(doc, meta: DocumentMetadata) -> None:
    span = doc.anatomy.get("doc_number")
    raw = span.text if span else _portal(doc, "doc_number")
    if not raw:
        return
    meta.doc_number, meta.doc_number_flag = normalize_doc_number(raw)
    meta.doc_number_raw = raw
    if span:
        meta.spans["doc_number"] = _evidence(doc, span.char_start, span.char_end)


def _title(doc, meta: DocumentMetadata) -> _Joined | None:
    span = doc.anatomy.get("title")
    if span:
        joined = _joined(doc, span.char_start, span.char_end)
        meta.title = joined.text
        meta.spans["title"] = _evidence(doc, span.char_start, span.char_end)
        return joined
    portal = _portal(doc, "title")
    found = _title_in_text(doc, portal) if portal else None
    if found is None:
        meta.title = portal
        return None
    meta.title = doc.text[found[0]:found[1]]
    meta.spans["title"] = _evidence(doc, *found)
    return _joined(doc, *found)


def _title_in_text(doc, wanted: str) -> tuple[int, int] | None:
    """The document's own wording of a title a portal or scraper gave (a line, or a 《》 title in the lead)."""
    for start, end in doc.paragraphs:
        line = doc.text[start:end].strip()
        if len(line) <= 2 * len(wanted) + 10 and same_title(line, wanted):
            at = doc.text.index(line, start)
            return at, at + len(line)
    for start, end in doc.paragraphs[:5]:
        for book in BOOK_TITLE.finditer(doc.text, start, end):
            if same_title(book.group("title"), wanted):
                return book.start("title"), book.end("title")
    return None


def _doc_type(doc, meta: DocumentMetadata, title: _Joined | None) -> None:
    text = title.text if title else meta.title
    found = title_doc_type(text) if text else None
    if not found:
        return
    meta.doc_type, a, b = found
    if title:
        meta.spans["doc_type"] = _evidence(doc, *title.span(a, b))


def _issuer_sources(doc, title: _Joined | None) -> list[tuple[str, tuple[int, int] | None]]:
    """Candidate issuer names in order of trust, each with its span in doc.text (None for the portal)."""
    sources: list[tuple[str, tuple[int, int] | None]] = []
    signature, header = doc.anatomy.get("signature"), doc.anatomy.get("header")
    signature_lines = signature.text.split("\n") if signature else []
    signers = _signers(doc, signature) if signature else []
    if len(signature_lines) > 1 and signers:  # a joint notice signs once per agency, maybe two to a line (A　　B)
        sources.append(("、".join(signers), (signature.char_start, signature.char_end)))
    names, banner_end = _banner_names(doc, header.char_start, header.char_end) if header else ([], 0)
    if names:
        sources.append(("、".join(names), (header.char_start, banner_end)))
    if len(signature_lines) == 1 and signers:
        sources.append(("、".join(signers), (signature.char_start, signature.char_end)))
    if title:
        about = ABOUT.search(title.text)
        if about and about.start() >= 2:
            head = title.text[: about.start()]
            span = title.span(0, about.start())
            organs = coissuers(head, _raw(doc, *span))
            if all(AGENCY_LINE.match(o) or is_national(o) for o in organs):
                banner = next((k for k, (name, _) in enumerate(sources) if names and name == "、".join(names)), None)
                if banner is not None and len(organs) == len(names) > 1 and organs != names and _named_in_full(organs):
                    # 中华人民共和国财政部 in the 版头, 财政部 in the title: the notice's own running wording of its organs
                    sources.insert(banner, ("、".join(organs), span))
                else:
                    sources.append(("、".join(organs), span))
                if header and names and set(names) < set(organs) and len(names) < len(organs):
                    # a 版头 read in part (a letter-spaced line lost): the title names its organs and more
                    sources = [source for source in sources if source[0] != "、".join(names)]
    lead = news_lead([doc.text[a:b] for a, b in doc.paragraphs[:5]])
    if lead:
        sources.append(("、".join(lead[0]), None))
    portal = _portal(doc, "issuer")
    if portal:
        sources.append((portal, None))
    return _fullest_first(sources)


def _signers(doc, signature) -> list[str]:
    """The organs a 署名 names, line by line (a name its table cell wrapped put back together); none when the 署名 was
    read as table cells and a name does not open with its place or a national organ's name (cells cut in the
    middle of a name: 某省人力资源 / 和社会保障厅)."""
    pairs, at = [], signature.char_start
    for line in signature.text.split("\n"):
        if line.strip():
            pairs.append((line, _raw(doc, at, at + len(line))))
        at += len(line) + 1
    organs = [organ for line, raw in unwrap_cells(pairs) for organ in coissuers(line.strip(), raw)]
    # (a national organ's branch opens with the organ's name: 中国人民银行某省分行)
    return organs if "\t" not in signature.text or all(is_national(o) or opens_organ(o) for o in organs) else []


def _named_in_full(organs: list[str]) -> bool:
    """Every organ a national one or opening with its place (中共某县委办公室): names that lose nothing of a 版头's."""
    return all(is_national(organ) or region_chain(organ) for organ in organs)


def _banner_names(doc, start: int, end: int) -> tuple[list[str], int]:
    """The organs a 版头 names, line by line, and where the last name ends: 教育部　国家发展改革委　财政部文件 (several on
    a line), 某厅文件某委员会 (an organ after 文件 too: a two-organ 版头 the text layer read across), 文件 on a line of
    its own or beside the middle name of three, 财　政　部 (a short name letter-spaced)."""
    names, at, last = [], start, start
    for line in doc.text[start:end].split("\n"):
        a = 0
        for cut in [*HEADER_WORD.finditer(line), None]:
            b = cut.start() if cut else len(line)
            if line[a:b].strip():
                names += coissuers(line[a:b].strip(), _raw(doc, at + a, at + b))
                last = at + a + len(line[a:b].rstrip())
            if cut:
                a = cut.end()
        at += len(line) + 1
    return names, last


def _fullest_first(sources: list) -> list:
    """``sources`` with a fuller list of the first's organs ahead of it, when two sources give that list (a 版头 read
    in part, 某市医疗保障局 alone, where the signature and the title both name three co-issuers)."""
    first = {_folded(o) for o in sources[0][0].split("、")} if sources else set()
    names = [name for name, _ in sources]
    fuller = next((k for k, name in enumerate(names)
                   if first < {_folded(o) for o in name.split("、")} and names.count(name) >= 2), None)
    return sources if fuller is None else [sources[fuller]] + sources[:fuller] + sources[fuller + 1:]


def _folded(organ: str) -> str:
    """An organ's name with its long forms folded to the short (中共某县委员会办公室 = 中共某县委办公室, 某县人民政府办公室
    = 某县政府办公室): one organ whichever form a 版头 or a 署名 prints."""
    return LONG_FORMS.sub(lambda m: SHORT_FORMS[m.group()], organ)


def _raw(doc, start: int, end: int) -> str:
    """The raw text (as the file holds it, spaces kept) behind a span of doc.text."""
    a, b = doc.raw_span(start, end)
    return doc.raw.raw_text[a:b] if b > a else ""


def _issuer(doc, meta: DocumentMetadata, sources) -> None:
    if not sources:
        return
    meta.issuer, span = sources[0]
    if span:
        meta.spans["issuer"] = _evidence(doc, *span)


def _region(doc, meta: DocumentMetadata, sources) -> None:
    """province/city/county of the issuer (else the 文号's code, else a title opening with a place);
    ``region`` the most specific of them, ``全国`` for national issuers; null where nothing says it."""
    code = DOC_NUMBER.match(meta.doc_number) if meta.doc_number else None
    if (sources and is_national(sources[0][0])) or (not sources and code and national_code(code.group("code"))):
        meta.region, meta.region_level = NATIONAL, "national"
        return
    _division(doc, meta, sources, code)
    for level in ("county", "city", "province"):
        if getattr(meta, level):
            meta.region, meta.region_level = getattr(meta, level), level
            return


def _division(doc, meta: DocumentMetadata, sources, code) -> None:
    for name, span in sources:
        if _place_from(doc, meta, name, span):
            return
    if code:
        place, read = code_region(code.group("code"), doc.text)
        if any(place.values()):
            meta.province, meta.city, meta.county = place["province"], place["city"], place["county"]
            span = doc.anatomy.get("doc_number")
            if span and read:
                for field in ("province", "city", "county"):
                    if place[field]:
                        meta.spans[field] = _evidence(doc, span.char_start, span.char_start + read)
            return
    if meta.title:
        _place_from(doc, meta, meta.title, None)  # 上海关于贯彻落实…的实施意见


def _place_from(doc, meta: DocumentMetadata, name: str, span) -> bool:
    """Set province/city/county from a name that opens with a division (with spans); False if it names none."""
    place, where = resolve_region(name, doc.text)
    if not any(place.values()):
        return False
    meta.province, meta.city, meta.county = place["province"], place["city"], place["county"]
    if span:
        located = _locate(doc, name, span)
        for field, (a, b) in where.items():
            if located and b <= len(located):
                meta.spans[field] = _evidence(doc, located[a], located[b - 1] + 1)
    return True


def _locate(doc, name: str, span: tuple[int, int]) -> list[int] | None:
    """Offsets in doc.text of each character of ``name`` read (line breaks skipped) from ``span``."""
    joined = _joined(doc, *span)
    if joined.text.startswith(name):
        return joined.offsets[: len(name)]
    at = joined.text.find(name.split("、")[0])
    if at < 0:
        return None
    return joined.offsets[at:]


def _issue_date(doc, meta: DocumentMetadata) -> None:
    span = doc.anatomy.get("date")
    if span:
        meta.issue_date_raw = span.text
        meta.issue_date = parse_date(span.text)
        meta.spans["issue_date"] = _evidence(doc, span.char_start, span.char_end)
        return
    portal = _portal(doc, "issue_date")
    if portal:
        meta.issue_date_raw, meta.issue_date = portal, parse_date(portal)
        return
    printed = doc.anatomy.get("printed")
    if printed:  # the 印发 date stands in for a 成文日期 the notice does not print (usually the same day)
        m = DATE_WORDS.search(printed.text)
        if m:
            meta.issue_date_raw, meta.issue_date = m.group(0), parse_date(m.group(0))
            meta.spans["issue_date"] = _evidence(doc, printed.char_start + m.start(), printed.char_start + m.end())
            return
    _release_date(doc, meta)


def _release_date(doc, meta: DocumentMetadata) -> None:
    """No 成文日期 anywhere: a news repost's dateline (新华社北京12月14日电, the year from the page's
    发布日期), else the page's 发布日期 when it is a whole date."""
    published = _portal(doc, "published") or ""
    year = YEAR.search(published)
    for start, end in doc.paragraphs[:3]:
        m = DATELINE.search(doc.text, start, end)
        if m and year:
            month_given = YEAR_MONTH.search(published)
            if month_given and int(month_given.group("m")) != int(m.group("m")):
                continue
            try:
                meta.issue_date = datetime.date(int(year.group(0)), int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                continue
            meta.issue_date_raw = m.group(0)
            meta.spans["issue_date"] = _evidence(doc, m.start(), m.end())
            return
    if published and parse_date(published):
        meta.issue_date_raw, meta.issue_date = published, parse_date(published)


def _name_list(doc, start: int, end: int) -> tuple[list[str], tuple[int, int] | None]:
    joined = _joined(doc, start, end)
    spans = split_names(joined.text)
    names = [joined.text[a:b] for a, b in spans]
    if not spans:
        return [], None
    return names, joined.span(spans[0][0], spans[-1][1])


def _recipients(doc, meta: DocumentMetadata) -> None:
    span = doc.anatomy.get("recipients")
    if not span:
        return
    end = span.char_end
    while end > span.char_start and doc.text[end - 1] in "：: ":
        end -= 1
    meta.recipients, where = _name_list(doc, span.char_start, end)
    if where:
        meta.spans["recipients"] = _evidence(doc, *where)


def _cc(doc, meta: DocumentMetadata) -> None:
    span = doc.anatomy.get("cc")
    if not span:
        return
    label = CC_LABEL.match(span.text)
    start = span.char_start + (label.end() if label else 0)
    meta.cc, where = _name_list(doc, start, span.char_end)
    if where:
        meta.spans["cc"] = _evidence(doc, *where)


def _public_status(doc, meta: DocumentMetadata) -> None:
    span = doc.anatomy.get("public_status")
    if not span:
        meta.public_status = _portal(doc, "public_status")  # a web page may state it only in its 信息公开 box
        return
    m = PUBLIC_NOTE.match(span.text) or PUBLIC_FIELD.match(span.text)
    if m and m.group("value").startswith("此件") and not DISCLOSURE.search(m.group("value")):
        meta.public_status = _portal(doc, "public_status")  # （此件发至乡镇）: to whom it goes, not its disclosure
        return
    if m:
        meta.public_status = m.group("value")
        meta.spans["public_status"] = _evidence(doc, span.char_start + m.start("value"), span.char_start + m.end("value"))


@register("metadata", "40")
def extract(doc, prior) -> DocumentMetadata:
    meta = DocumentMetadata()
    _doc_number(doc, meta)
    title = _title(doc, meta)
    _doc_type(doc, meta, title)
    sources = _issuer_sources(doc, title)
    _issuer(doc, meta, sources)
    if meta.title and "title" in meta.spans:
        meta.title = restore_lost_start(meta.title, meta.issuer)
    _region(doc, meta, sources)
    _issue_date(doc, meta)
    _recipients(doc, meta)
    _cc(doc, meta)
    _public_status(doc, meta)
    return meta
