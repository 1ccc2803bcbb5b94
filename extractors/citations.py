"""citations extractor: the documents a notice cites — the policy chain researchers trace.

A citation is ``《title》`` (the words inside the marks, as written; an issuer standing before the
``《`` is not part of the title), optionally followed by its 发文字号 in brackets
``（某政发〔2019〕23号）`` or a decree's ``（国务院令第722号）`` (or inside the bracket that holds the title,
``（《X》，某办〔2021〕22号）``); or an unmarked ``关于…的通知（某发〔2019〕1号）`` that carries a number.
Not citations: a short name given to a title just cited (``（以下简称《纲要》）``, and that name wherever it stands); the document the notice itself issues (``关于印发《X》的通知`` → X, also written
``《X的通知》`` in the cover text, and the issued plan's own title; an attachment of the 附件说明, unless the text
applies it as a rule and never issues it nor points to it, ``奖励档次按《X》执行``, not ``填写《X》（附件2）``); a
certificate or card a holder shows (``《中华人民共和国某某证》``, ``《社会保障卡》``: endings in
``schemas/credentials.json``). Each cited document is listed once, at its first mention (or at the first mention that
gives its number); the span covers the marks and the number.
"""
from __future__ import annotations

import functools
import json

import regex

from extractors.doc_numbers import normalize_doc_number
from extractors.registry import register
from pipeline.structure import DOC_NUMBER, doc_type_suffixes, issued_titles
from schemas import data_file
from schemas.records import Citation

#: a 《…》 title runs over at most this many characters and line breaks (hard-wrapped PDFs, table cells)
MAX_TITLE_CHARS = 200
MAX_TITLE_BREAKS = 4

# 国务院令第722号 / 中华人民共和国工业和信息化部令第61号 / 某部令2019年第4号 / 教育部 国家市场监督管理总局 国家卫生健康委员会令
# 第45号 / 财政部 税务总局 退役军人事务部公告2023年第14号: the number of a decree or a joint announcement (a regulation's
# 发文字号), its organs spaced or not (the text drops full-width spaces), the year of the series before 第 in some
# ministries' numbering
DECREE_NUMBER = regex.compile(r"(?:中华人民共和国)?(?:\p{Han}{2,16}[ \u3000]){0,5}\p{Han}{2,40}?(?:令|公告)\s*(?:\d{4}\s*年\s*)?第\s*"
                              r"[\d一二三四五六七八九十百零〇]+\s*号")
# GB/T 23858-2009 / GB 50016-2014 / NY/T 3244—2018 / DB33/T 1234-2021: a standard's number (its code, serial, year)
STANDARD_NUMBER = regex.compile(r"(?:GB|DB\d{2}|[A-Z]{2,3})(?:/[TZ])?\s*\d{1,6}(?:\.\d{1,3})?\s*[—\-–－]{1,2}\s*(?:19|20)\d{2}")
# （某政发〔2019〕23号） / （国务院令第722号） / （GB/T 23858-2009） right after a 》, possibly on the next line: the
# cited document's number
NUMBER_AFTER = regex.compile(
    r"[ \t]*\n?[ \t]*[（(]\s*(?P<number>" + DOC_NUMBER.pattern + "|" + DECREE_NUMBER.pattern + "|"
    + STANDARD_NUMBER.pattern + r")\s*(?:[）)]|(?=[，,；;][^（）()\n]{0,30}[）)]))")  # …19号，以下简称《通知》）: the
# number before a short name in the same bracket (the span ends at the number)
# （《关于成立某领导小组的通知》，某办〔2021〕22号）: the title and its number in one bracket, a comma between them (the
# match starts at the 》's end; the bracket opens right before the 《)
NUMBER_IN_BRACKET = regex.compile(
    r"\s*[，,、]\s*(?P<number>" + DOC_NUMBER.pattern + "|" + DECREE_NUMBER.pattern + r")\s*(?=[）)])")
# （ or ( right before a 《: a bracket that may hold the title and its number
BRACKET_BEFORE = regex.compile(r"[（(]\s*$")
# whitespace of any kind, inside a number broken over lines
WHITESPACE = regex.compile(r"\s+")
# 附件： / 附件2： / 1. / 2、 opening an item of the 附件说明 (the item's name follows)
ATTACHMENT_ITEM = regex.compile(r"^\s*(?:附件\s*\d*\s*[:：])?\s*(?:\d{1,2}\s*[.．、])?\s*")
# （以下简称《纲要》）: the 《…》 after it is a short name for the title just cited, no document of its own
SHORT_NAME_BEFORE = regex.compile(r"(?:以下简称|以下称|下称|简称)[为作]?\s*$")
# 现将《X》印发给你们 / 研究制定了《X》 / 同时对《X》进行修订: a sentence that issues the document it names
ISSUING = regex.compile(r"印发|制定|修订|发布|出台|下发|现将")
# 按 / 依照 / 参照 right before a 《: the sentence applies the document it names as a rule (补助标准按《X》核定)
APPLIES = regex.compile(r"(?:按|按照|依照|依据|根据|参照|执行|适用)\s*$")
# （附件3） / （见附件） / (详见附件1) right after a 》: the notice points to an attachment of its own
POINTS_TO_ATTACHMENT = regex.compile(r"\s*[（(]\s*(?:详?见)?\s*附件")
# 。；！ or a line end: where a sentence ends
SENTENCE_END = regex.compile(r"[。；;！？\n]")
# whitespace, line breaks, quotes and title marks: ignored when comparing two titles
TITLE_NOISE = regex.compile(r"[\s《》〈〉“”\"'‘’]")


@functools.lru_cache(maxsize=1)
def _unmarked() -> regex.Pattern:
    # 关于加快5G发展的通知（某政发〔2019〕1号）: an unmarked title that ends in a type word and carries a number
    words = "|".join(regex.escape(suffix) for suffix, _ in doc_type_suffixes())
    return regex.compile(
        r"关于(?:(?!关于)[^，。；：:;《》\n]){2,80}?(?:" + words + r")\s*[（(]\s*(?P<number>" + DOC_NUMBER.pattern + r")\s*[）)]"
    )


@functools.lru_cache(maxsize=1)
def _credential_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings of a certificate's or card's name, endings that still name a document) of schemas/credentials.json."""
    data = json.loads(data_file("credentials.json").read_text(encoding="utf-8"))
    return tuple(data["endings"]), tuple(data["documents"])


def _is_credential(title: str) -> bool:
    """《中华人民共和国某某证》 / 《社会保障卡》 / 《营业执照》: a certificate a holder shows, no cited document."""
    endings, documents = _credential_endings()
    return title.endswith(endings) and not title.endswith(documents)


def _title_key(title: str) -> str:
    return TITLE_NOISE.sub("", title).replace("(", "（").replace(")", "）")


def book_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the outermost 《…》 in ``text`` (nested 《》 or 〈〉 stay inside their outer title)."""
    spans, i = [], 0
    while True:
        start = text.find("《", i)
        if start < 0:
            return spans
        depth, j, breaks = 0, start, 0
        while j < len(text) and j - start <= MAX_TITLE_CHARS and breaks <= MAX_TITLE_BREAKS:
            c = text[j]
            depth += c == "《"
            depth -= c == "》"
            breaks += c == "\n"
            if depth == 0 or c == "\t":  # a tab separates table cells: no title runs across one
                break
            j += 1
        if j < len(text) and depth == 0 and j - start > 1:
            spans.append((start, j + 1))
            i = j + 1
        else:
            i = start + 1


def _own_keys(doc) -> tuple[set[str], str]:
    """Title keys of what this notice issues, and the key of its own title."""
    title_span = doc.anatomy.get("title")
    title = title_span.text.replace("\n", "") if title_span else ""
    issued = [_title_key(t) for t in issued_titles(title)]
    issued += [_title_key(s.heading) for s in doc.sections if s.kind == "plan"]
    attached = doc.anatomy.get("attachment_list")  # 附件：1.X 2.Y — the notice's own attachments, never cited
    items = [ATTACHMENT_ITEM.sub("", item).strip() for item in (attached.text.split("\n") if attached else [])]
    issued += [_title_key(item) for item in items if not _only_referred_to(doc.text, item)]
    keys = {k for k in issued if k} | {k + "的通知" for k in issued if k}
    return keys, _title_key(title)


def _only_referred_to(text: str, item: str) -> bool:
    """An attachment the text applies as a rule (奖励档次按《X》执行) and names in 《》 only in sentences that issue
    nothing: a document the notice's rules refer to, cited like any other. Named where the cover issues it
    (现将《X》印发给你们), pointed to as an attachment (填写《X》（附件2）) or never applied, it is the notice's own."""
    mentions = list(regex.finditer(regex.escape(f"《{item}》"), text)) if item else []
    if not mentions or any(POINTS_TO_ATTACHMENT.match(text, m.end()) for m in mentions):
        return False
    return not any(ISSUING.search(_sentence(text, m.start())) for m in mentions) \
        and any(APPLIES.search(text, max(0, m.start() - 4), m.start()) for m in mentions)


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` around the index ``at``."""
    starts = [m.end() for m in SENTENCE_END.finditer(text, max(0, at - 200), at)]
    end = SENTENCE_END.search(text, at)
    return text[starts[-1] if starts else max(0, at - 200) : end.start() if end else len(text)]


def _is_own(key: str, own: set[str], own_title: str) -> bool:
    return key in own or (len(key) >= 6 and own_title.endswith(key))


def _other_number(citation: Citation, own_number: str | None) -> bool:
    """A title like the notice's own cited with another 文号: an earlier notice of the same title (one it
    repeals or replaces), cited."""
    return bool(citation.cited_doc_number and own_number and citation.cited_doc_number != own_number)


def _citation(doc, start: int, end: int, title: str, number: str | None) -> Citation:
    if number and (DECREE_NUMBER.fullmatch(number) or STANDARD_NUMBER.fullmatch(number)):
        normalized = number  # 国务院令第722号 / GB/T23858-2009: a decree's or a standard's number is written so
    else:
        normalized = normalize_doc_number(number)[0] if number else None
    return Citation(start, end, doc.text[start:end], doc.page_at(start), title, normalized)


def _marked(doc) -> list[Citation]:
    out = []
    spans = book_titles(doc.text)
    short_names = {doc.text[start:end] for start, end in spans
                   if SHORT_NAME_BEFORE.search(doc.text, max(0, start - 8), start)}
    for start, end in spans:
        if doc.text[start:end] in short_names:  # 《纲要》 wherever it stands, once named so
            continue
        title = doc.text[start + 1 : end - 1].replace("\n", "").strip()
        number = NUMBER_AFTER.match(doc.text, end)
        if not number and BRACKET_BEFORE.search(doc.text, max(0, start - 2), start):
            number = NUMBER_IN_BRACKET.match(doc.text, end)
        if number:
            out.append(_citation(doc, start, number.end(), title, WHITESPACE.sub("", number.group("number"))))
        else:
            out.append(_citation(doc, start, end, title, None))
    return out


def _unmarked_citations(doc, taken: list[tuple[int, int]]) -> list[Citation]:
    out = []
    for m in _unmarked().finditer(doc.text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        title = doc.text[m.start() : m.start("number")].rstrip("（( \t\n")
        out.append(_citation(doc, m.start(), m.end(), title, WHITESPACE.sub("", m.group("number"))))
    return out


@register("citations", "16")
def extract(doc, prior) -> list[Citation]:
    marked = _marked(doc)
    found = marked + _unmarked_citations(doc, [(c.char_start, c.char_end) for c in marked])
    found.sort(key=lambda c: c.char_start)
    own, own_title = _own_keys(doc)
    own_number = getattr(prior.get("metadata"), "doc_number", None)
    kept: dict[str, Citation] = {}
    for citation in found:
        key = _title_key(citation.cited_title or "")
        if not key or (_is_own(key, own, own_title) and not _other_number(citation, own_number)):
            continue
        if not citation.cited_doc_number and _is_credential(key):
            continue
        if key not in kept or (citation.cited_doc_number and not kept[key].cited_doc_number):
            kept[key] = citation
    return sorted(_without_bare_titles(kept).values(), key=lambda c: c.char_start)


def _without_bare_titles(kept: dict[str, Citation]) -> dict[str, Citation]:
    """转发民政部《关于…的通知》 beside 《民政部关于…的通知》（民发〔2024〕8号）: the title written without its issuers
    (they stand before the 《) is the same document as the one cited with them, kept once in the fuller form."""
    return {key: c for key, c in kept.items()
            if not (key.startswith("关于") and not c.cited_doc_number
                    and any(other != key and other.endswith(key) for other in kept))}
