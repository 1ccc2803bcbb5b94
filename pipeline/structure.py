"""GB/T 9704 anatomy (``doc.anatomy``) and the part / heading tree (``doc.sections``) of a notice.

Everything is read from the normalized text, one paragraph per line, so that text, DOCX, PDF and
web renderings of a notice give the same structure; the backends' layout hints ("center", "bold",
"title") only help where the text alone leaves a title undecided.

A notice reads, top to bottom (any element may be missing):

    版头      发文机关标志 ``某市人民政府文件`` and 发文字号 ``某政发〔2023〕7号``
    标题      1–4 lines, joined; may start with the issuer or with 关于
    主送      ``各县（区）人民政府，市直各单位：``
    正文      the cover notice's body, with its own heading tree
    附件说明  ``附件：1. …`` plus item lines
    署名      issuer line(s) and the 成文日期 (``2023年9月28日`` or ``二〇二三年九月二十八日``)
    附注      ``（此件公开发布）`` / ``公开方式：主动公开``
    方案      the document the notice issues (工作方案, 实施意见 …), from its title line on
    附件N     ``附件1`` … each restarts the heading tree
    抄送/印发 the 版记, which may also sit between two attachments

Parts become level-0 sections (path = the part's name, e.g. ``正文``, ``方案``, ``附件1``); headings
``一、`` → ``（一）`` → ``1.`` → ``（1）`` become level 1–4 sections under their part
(``方案/四/（一）/1``). Every span is an exact span of ``doc.text``.
"""
from __future__ import annotations

import bisect
import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from pipeline.model import Document, Section, Span

_SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"

#: how many lines from the top may hold the 版头 and the title (web pages put navigation first)
FRONT_WINDOW = 40
#: a title wraps over at most this many lines
MAX_TITLE_LINES = 4
#: the 署名 holds at most this many issuer lines (joint notices)
MAX_SIGNATURE_LINES = 3

# 一、  （一）  1.  （1）  ① (use .match: at a line start); the named group (l1 … l5) is the level
HEADING = regex.compile(
    r"(?:(?P<l1>[一二三四五六七八九十]{1,3}、)|(?P<l2>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<l3>\d{1,2}[.．、](?!\d))|(?P<l4>[（(]\d{1,2}[）)])|(?P<l5>[①-⑳]))"
)
# 某政办发〔2023〕71号, 某经信[2022]51号, 某工信函（2021）05号（B）, 某发﹝2017﹞5号: a 发文字号
DOC_NUMBER = regex.compile(
    r"(?P<code>\p{Han}{1,15}?)\s*(?P<open>[〔\[(（［【﹝{])\s*(?P<year>(?:19|20)\d{2})\s*(?P<close>[〕\])）］】﹞}])"
    r"\s*(?P<serial>第?\s*\d{1,5})\s*号(?P<suffix>\s*[（(][A-Za-z0-9\p{Han}]{1,3}[）)])?"
)
# 某府办发〔20196, 某政发2019 6号, 某府办发〔2019〕号: a code and a year whose brackets, serial or 号 got lost
DAMAGED_DOC_NUMBER = regex.compile(
    r"^(?P<code>\p{Han}{2,12}?)\s*[〔\[(（［【﹝{〕\])）］】﹞}]?\s*(?:19|20)\d{2}[\d\s〔\[(（［【﹝{〕\])）］】﹞}]*号?$"
)
# 某县人民政府文件, 中共某县委某县人民政府文件: the 发文机关标志 of a 文件-format notice
HEADER = regex.compile(r"^\p{Han}[\p{Han}（）()、]{1,60}文件$")
# 某市人民政府办公室, 中共某县委, 某市经济和信息化局: a line that is nothing but an agency's name
AGENCY_LINE = regex.compile(
    r"^[\p{Han}（）()“”]{2,40}(?:政府|办公室|办公厅|委员会|领导小组|小组|指挥部|中心|公司|[局厅委办府室部院会组处署馆社行])$"
)
# 2023年9月28日, 2023 年 9 月 28 日, 二〇二三年九月二十八日: a written date
DATE = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零○OoО0一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十廿卅]{1,3}\s*日)"
)
# 某市人民政府办公室 2023年9月28日 or the date alone: the 署名 line that carries the 成文日期
DATE_LINE = regex.compile(rf"^(?P<signer>[^\d〇零○。，；：:]*?)(?P<date>{DATE})$")
# 某市人民政府办公室 2023年9月28日印发 (or the date alone + 印发): 印发机关和印发日期
PRINTED = regex.compile(rf"^(?P<signer>[^\d〇零○。，；：:]*?)(?P<date>{DATE})\s*印发$")
# 抄送：市委办公室，… (抄报： in older notices): the 抄送机关
CC = regex.compile(r"^(?:抄送|抄报)\s*[:：]")
# （此件公开发布） （此件不予公开）: the 附注 on disclosure, the words inside the brackets
PUBLIC_NOTE = regex.compile(r"^[（(]\s*(?P<value>此件[^（）()]{2,12}?)\s*[）)]$")
# 公开方式：主动公开, 公开属性：依申请公开: the disclosure field of web-era notices
PUBLIC_FIELD = regex.compile(r"^(?:信息)?公开(?:方式|属性|选项|类型)\s*[:：]\s*(?P<value>[^\s，。；]{2,10})$")
# （联系人：…）公开方式：主动公开, （联系人：…）（此件公开发布）: the note or field closing a line it was
# joined to when a hard-wrapped copy was unwrapped
PUBLIC_STATUS_END = regex.compile(
    r"(?<=[）)。])\s*(?P<field>[（(]\s*此件[^（）()]{2,12}?\s*[）)]"
    r"|(?:信息)?公开(?:方式|属性|选项|类型)\s*[:：]\s*[^\s，。；]{2,10})$"
)
# 附件1, 附件 2, 附件, 附件一： a line that starts an attachment
ATTACHMENT_MARK = regex.compile(r"^附件\s*(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$")
# 附件：1. 某任务清单, - 附件：… (a stray list dash): the 附件说明
ATTACHMENT_LIST = regex.compile(r"^[-•·]?\s*附件\s*[:：]\s*\S")
# 2. 某工作专班 / 3、某评价指标: a further item line of the 附件说明
LIST_ITEM = regex.compile(r"^\d{1,2}\s*[.．、]\s*\S")
# 000123, ★1年, 特急, 签发人：张三, 发布时间：2021-03-19, 首页 > 政务公开: lines near the title that are not it
FRONT_NOISE = regex.compile(
    r"^(?:[\d\s]{1,12}|[★☆].*|特急|加急|特提|平急|急件|(?:绝密|机密|秘密).*|.*[>»›|｜].*"
    r"|[\p{Han}\s]{2,10}[:：].+)$"
)
# …通知如下：  …答复如下： — a body sentence that ends in a colon, not a 主送 line
ANNOUNCES = regex.compile(r"(?:如下|下列|以下|是|为)[:：]$")
# 。；? — punctuation a title, a signature or a 主送 line never holds
SENTENCE_PUNCT = regex.compile(r"[。；;？?！!]")
# （试行） （2021—2023年） （征求意见稿）: a qualifier that may follow a title's type word
TITLE_QUALIFIER = r"(?:[（(](?:试行|暂行|修订|修订稿|征求意见稿|送审稿|草案|\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?|\d{4}\s*年(?:版|修订)?)[）)])?"
# …的通知（试行） — the qualifier at the very end of a title
TRAILING_QUALIFIER = regex.compile(rf"{TITLE_QUALIFIER}$")
# 附件： alone on its line, the items on the lines below
ATTACHMENT_LIST_LABEL = regex.compile(r"^附件\s*[:：]$")
# 。 ： — where the title of a run-in heading ``（一）加快部署。各企业…`` ends
RUN_IN_END = regex.compile(r"[。：:]")
# 关于印发《X》的通知 / 关于印发X的通知: the document(s) a notice issues
ISSUES = regex.compile(r"印发(?P<issued>.+?)的通知")
# 《X》 inside the issued part of a title
BOOK_TITLE = regex.compile(r"《(?P<title>[^《》]+)》")


@functools.lru_cache(maxsize=1)
def doc_type_suffixes() -> tuple[tuple[str, str], ...]:
    """(title suffix, doc type) from schemas/doc_types.csv, longest suffix first."""
    with open(_SCHEMAS / "doc_types.csv", encoding="utf-8") as f:
        rows = [(r["suffix"], r["doc_type"]) for r in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.lru_cache(maxsize=1)
def _title_end() -> regex.Pattern:
    # …的通知, …实施意见（试行）: text that ends with a document type word
    words = "|".join(regex.escape(suffix) for suffix, _ in doc_type_suffixes())
    return regex.compile(rf"(?:{words}){TITLE_QUALIFIER}$")


def title_doc_type(title: str) -> tuple[str, int, int] | None:
    """(doc type, start, end) of the type word that ends ``title`` (``…方案的通知`` → 通知)."""
    title = title.rstrip()
    qualifier = TRAILING_QUALIFIER.search(title)
    end = qualifier.start() if qualifier else len(title)
    for suffix, doc_type in doc_type_suffixes():
        if title.endswith(suffix, 0, end):
            return doc_type, end - len(suffix), end
    return None


def issued_titles(title: str) -> list[str]:
    """The documents a notice issues: ``关于印发《A》和《B》的通知`` → [A, B]; ``关于印发X的通知`` → [X]."""
    m = ISSUES.search(title)
    if not m:
        return []
    issued = m.group("issued")
    books = [b.group("title") for b in BOOK_TITLE.finditer(issued)]
    return books or [issued]


@dataclass(frozen=True)
class Line:
    """One non-empty line of ``doc.text``: its span, its text and whether it is a table row."""

    start: int
    end: int
    text: str
    table: bool
    hints: frozenset[str] = frozenset()


def _hint_lookup(doc: Document):
    """A function from a text offset to the layout hints of the backend block it came from."""
    blocks = doc.raw.blocks if doc.raw else []
    if not blocks or not any(b.hints for b in blocks) or not len(doc.raw_offsets):
        return lambda pos: frozenset()
    starts = doc.raw.block_offsets()

    def hints(pos: int) -> frozenset[str]:
        raw = doc.raw_offsets[min(pos, len(doc.raw_offsets) - 1)]
        return blocks[max(bisect.bisect_right(starts, raw) - 1, 0)].hints

    return hints


def text_lines(doc: Document) -> list[Line]:
    """The non-empty lines of ``doc.text`` in order; tab-separated rows and table cells are ``table``."""
    table_spans = [(t.char_start, t.char_end) for t in doc.tables]
    hints = _hint_lookup(doc)
    out, pos = [], 0
    for piece in doc.text.split("\n"):
        start, end = pos, pos + len(piece)
        pos = end + 1
        stripped = piece.strip()
        if not stripped:
            continue
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        in_table = ("\t" in stripped and not _is_signoff(stripped)) or any(a <= start <= b for a, b in table_spans)
        out.append(Line(start, end, stripped, in_table, hints(start)))
    return out


def _is_signoff(text: str) -> bool:
    """``某市人民政府办公室<tab>2023年9月28日印发``: a 印发/署名 line whose parts a tab pushes apart."""
    return text.count("\t") == 1 and bool(PRINTED.match(text) or DATE_LINE.match(text))


def _signer_ok(m: regex.Match) -> bool:
    """The words before a 署名/印发 date are nothing, or an agency's name."""
    signer = m.group("signer").strip()
    return not signer or bool(AGENCY_LINE.match(signer))


def _is_body_text(text: str) -> bool:
    """A sentence of running text: the front matter is over."""
    return bool(SENTENCE_PUNCT.search(text)) and len(text) > 30


def _title_like(line: Line) -> bool:
    text = line.text
    return (
        not line.table
        and len(text) <= 60
        and not SENTENCE_PUNCT.search(text)
        and not text.endswith(("：", ":"))
        and not HEADING.match(text)
        and not DATE_LINE.match(text)
        and not FRONT_NOISE.match(text)
        and not _doc_number_at(text)
    )


def _title_run(lines: list[Line], i: int) -> tuple[int, int] | None:
    """Lines i..j that form a title: the longest run of title-like lines ending in a type word."""
    best = None
    joined = ""
    for j in range(i, min(i + MAX_TITLE_LINES, len(lines))):
        if not _title_like(lines[j]):
            break
        joined += lines[j].text
        if len(joined) >= 6 and _title_end().search(joined) and not (j == i and len(lines[j].text) <= 3):
            best = (i, j)
    if best is None:
        hinted = [k for k in range(i, min(i + MAX_TITLE_LINES, len(lines)))
                  if "title" in lines[k].hints and _title_like(lines[k])]
        if hinted and hinted[0] == i:
            run = i
            while run + 1 in hinted:
                run += 1
            best = (i, run)
    return best


def _recipients_run(lines: list[Line], i: int) -> tuple[int, int] | None:
    """Lines i..j (at most 3) of a 主送 block: names separated by ，、 and a final full-width colon."""
    for j in range(i, min(i + 3, len(lines))):
        line = lines[j]
        text = line.text
        if line.table or SENTENCE_PUNCT.search(text) or HEADING.match(text) or len(text) > 200:
            return None
        if text.endswith(("：", ":")):
            return (i, j) if not ANNOUNCES.search(text) and not FRONT_NOISE.match(text) else None
        if not text.endswith(("，", "、", ",")):
            return None
    return None


def _doc_number_at(text: str) -> tuple[int, int] | None:
    """Span (in the line) of a 发文字号 that opens the line, sound or damaged."""
    m = DOC_NUMBER.match(text)
    if m:
        return m.start(), m.end()
    m = DAMAGED_DOC_NUMBER.match(text)
    if m and len(text) <= 24:
        return 0, len(text)
    return None


def front_matter(lines: list[Line]) -> dict[str, tuple[int, int]]:
    """Line ranges (first, last) of the header, doc number, title and recipients.

    ``doc_number`` is (line, line) and its span inside the line is found again by the caller.
    """
    found: dict[str, tuple[int, int]] = {}
    limit = min(len(lines), FRONT_WINDOW)
    i = 0
    while i < limit:
        text = lines[i].text
        if _is_body_text(text) and "title" not in found:
            break
        if HEADER.match(text) and "header" not in found and "doc_number" not in found:
            found["header"] = (i, i)
        elif "doc_number" not in found and _doc_number_at(text):
            found["doc_number"] = (i, i)
            if "header" not in found and i > 0 and AGENCY_LINE.match(lines[i - 1].text) and not lines[i - 1].table:
                found["header"] = (i - 1, i - 1)  # 信函格式: the agency's name alone above the number
        elif not FRONT_NOISE.match(text):
            run = _title_run(lines, i)
            if run:
                found["title"] = run
                break
        i += 1
    if "title" not in found:
        return found
    j = found["title"][1] + 1
    while j < len(lines) and j <= found["title"][1] + 6:
        text = lines[j].text
        if "doc_number" not in found and _doc_number_at(text):
            found["doc_number"] = (j, j)  # web pages print the number under the title
        elif FRONT_NOISE.match(text) and not text.endswith(("：", ":")):
            pass
        else:
            recipients = _recipients_run(lines, j)
            if recipients:
                found["recipients"] = recipients
            break
        j += 1
    return found


@dataclass
class BackMatter:
    """Line indexes of the elements after the front matter (None when absent)."""

    signature: tuple[int, int] | None = None  # issuer lines of the 署名
    date: int | None = None  # the line holding the 成文日期
    public_status: int | None = None
    attachment_list: tuple[int, int] | None = None
    cc: tuple[int, int] | None = None
    printed: tuple[int, int] | None = None
    attachments: tuple[int, ...] = ()


def _signature_above(lines: list[Line], date: int, floor: int) -> tuple[int, int] | None:
    first = date
    while first - 1 >= floor and date - first < MAX_SIGNATURE_LINES:
        above = lines[first - 1]
        if above.table or not AGENCY_LINE.match(above.text):
            break
        first -= 1
    return (first, date - 1) if first < date else None


def back_matter(lines: list[Line], start: int) -> BackMatter:
    """Find 署名/成文日期, 附注, 附件说明, attachments, 抄送 and 印发 from line ``start`` on."""
    back = BackMatter()
    marks = []
    i = start
    while i < len(lines):
        line = lines[i]
        text = line.text
        if line.table:
            i += 1
            continue
        printed = PRINTED.match(text)
        dated = DATE_LINE.match(text)
        if printed and back.printed is None and _signer_ok(printed):
            alone = not printed.group("signer").strip()
            first = i - 1 if alone and i - 1 >= start and AGENCY_LINE.match(lines[i - 1].text) else i
            back.printed = (first, i)
        elif dated and back.date is None and _signer_ok(dated):
            back.date = i
            back.signature = _signature_above(lines, i, start)
        elif back.public_status is None and _public_status_at(text) is not None:
            back.public_status = i
        elif CC.match(text) and back.cc is None:
            last = i
            while not lines[last].text.endswith("。") and last + 1 < len(lines) and last - i < 3:
                nxt = lines[last + 1]
                if nxt.table or PRINTED.match(nxt.text) or AGENCY_LINE.match(nxt.text) or DATE_LINE.match(nxt.text):
                    break
                last += 1
            back.cc = (i, last)
            i = last
        elif back.attachment_list is None and _starts_attachment_list(lines, i):
            last = i
            while last + 1 < len(lines) and _is_list_item(lines[last + 1]):
                last += 1
            back.attachment_list = (i, last)
            i = last
        elif ATTACHMENT_MARK.match(text):
            marks.append(i)
        i += 1
    back.attachments = tuple(marks)
    return back


def _public_status_at(text: str) -> int | None:
    """Where a line's 附注 on disclosure starts: 0 on a line of its own, later when joined to a note; else None."""
    if PUBLIC_NOTE.match(text) or PUBLIC_FIELD.match(text):
        return 0
    m = PUBLIC_STATUS_END.search(text)
    return m.start("field") if m else None


def _starts_attachment_list(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    if ATTACHMENT_LIST.match(text):
        return True
    # 附件： alone, the items on the lines below
    return bool(ATTACHMENT_LIST_LABEL.match(text)) and i + 1 < len(lines) and _is_list_item(lines[i + 1])


def _is_list_item(line: Line) -> bool:
    return not line.table and bool(LIST_ITEM.match(line.text)) and len(line.text) <= 60 and "。" not in line.text


def _attachment_path(text: str) -> str:
    """附件 2 → 附件2, 附件一 → 附件1, 附件 → 附件."""
    m = ATTACHMENT_MARK.match(text)
    num = (m.group("num") or "") if m else ""
    if num and not num.isdigit():
        num = str(chinese_number(num))
    return f"附件{num}"


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十八 → 28, 三十一 → 31 (numbers below 100)."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "廿": 20, "卅": 30}
    if text in ("廿", "卅"):
        return digits[text]
    if "十" in text:
        tens, _, units = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(units, 0) if units else 0)
    if text and text[0] in ("廿", "卅"):
        return digits[text[0]] + digits.get(text[1:], 0)
    return digits.get(text, 0)


def _heading_text(text: str) -> str:
    """A run-in heading ``（一）加快部署。各企业…`` is the words up to its first full stop."""
    m = RUN_IN_END.search(text)
    return text[: m.start()] if m and m.end() < len(text) else text.rstrip("。")


def _marker(m: regex.Match) -> str:
    marker = m.group(0).rstrip("、.．")
    return marker.replace("(", "（").replace(")", "）")


def heading_sections(lines: list[Line], first: int, last: int, root: str) -> list[Section]:
    """The 一、/（一）/1./（1） tree of lines first..last under ``root`` (a part's path).

    A heading's section runs to the line before the next heading of the same or a higher level,
    or to the end of its part.
    """
    found: list[tuple[int, Section]] = []  # (line index, section)
    stack: list[tuple[int, str]] = []  # (level, path)
    for k in range(first, last + 1):
        line = lines[k]
        m = None if line.table else HEADING.match(line.text)
        if not m:
            continue
        level = next(int(name[1]) for name, value in m.groupdict().items() if value)
        while stack and stack[-1][0] >= level:
            stack.pop()
        path = f"{stack[-1][1] if stack else root}/{_marker(m)}"
        found.append((k, Section(path, _heading_text(line.text), level, line.start, line.end)))
        stack.append((level, path))
    for i, (k, section) in enumerate(found):
        nxt = next((j for j, later in found[i + 1 :] if later.level <= section.level), last + 1)
        section.char_end = lines[nxt - 1].end
    return [section for _, section in found]


@dataclass
class Part:
    path: str
    kind: str
    first: int
    last: int


def _span(lines: list[Line], first: int, last: int, doc: Document) -> Span:
    return doc.span(lines[first].start, lines[last].end)


def _plan_start(lines: list[Line], after: int, stops: set[int], issued: list[str]) -> int | None:
    """The title line of an issued 方案/意见 right after the cover notice's 署名 and 附注.

    It is the title the cover notice issues (``关于印发X的通知`` → X), or a title-like line that ends
    in a document type word (``…工作方案``, ``…行动计划（2021—2023年）``) or that the backend marks
    as a title.
    """
    k = after + 1
    if k >= len(lines) or k in stops:
        return None
    line = lines[k]
    if not _title_like(line) or line.text[0] in "（(【[" or ATTACHMENT_MARK.match(line.text):
        return None
    if line.text in issued or _title_end().search(line.text) or "title" in line.hints:
        return k
    # a title wrapped over two lines
    if k + 1 < len(lines) and _title_like(lines[k + 1]) and _title_end().search(line.text + lines[k + 1].text):
        return k
    return None


def build_parts(
    lines: list[Line], front: dict[str, tuple[int, int]], back: BackMatter, issued: list[str]
) -> list[Part]:
    """The notice's parts in text order (版头, 标题, 主送, 正文, 署名, 附注, 方案, 附件N, 抄送, 印发)."""
    parts: list[Part] = []
    head = [front[k] for k in ("header", "doc_number") if k in front]
    if head:
        parts.append(Part("版头", "header", min(a for a, _ in head), max(b for _, b in head)))
    if "title" in front:
        parts.append(Part("标题", "title", *front["title"]))
    if "recipients" in front:
        parts.append(Part("主送", "recipients", *front["recipients"]))
    body_start = max((b for a, b in front.values()), default=-1) + 1

    signature_first = back.signature[0] if back.signature else back.date
    starts = {x for x in (signature_first, back.public_status) if x is not None}
    starts |= {r[0] for r in (back.attachment_list, back.cc, back.printed) if r}
    starts |= set(back.attachments)
    if back.date is not None:
        parts.append(Part("署名", "signature", signature_first, back.date))
    if back.public_status is not None:
        parts.append(Part("附注", "public_status", back.public_status, back.public_status))
    if back.attachment_list:
        parts.append(Part("附件说明", "attachment_list", *back.attachment_list))
    if back.cc:
        parts.append(Part("抄送", "cc", *back.cc))
    if back.printed:
        parts.append(Part("印发", "printed", *back.printed))

    cover_end = None
    if back.date is not None:
        cover_end = back.date
        if back.public_status is not None and 0 < back.public_status - back.date <= 3:
            cover_end = back.public_status
        if back.attachment_list and back.attachment_list[1] < back.date:
            cover_end = max(cover_end, back.attachment_list[1])
    plan = _plan_start(lines, cover_end, starts, issued) if cover_end is not None else None
    if plan is not None:
        starts.add(plan)

    def until_next(first: int) -> int:
        nxt = min((s for s in starts if s > first), default=len(lines))
        return nxt - 1

    if body_start < len(lines) and body_start not in starts:
        last = until_next(body_start)
        if last >= body_start:
            parts.append(Part("正文", "body", body_start, last))
    if plan is not None:
        parts.append(Part("方案", "plan", plan, until_next(plan)))
    for mark in back.attachments:
        parts.append(Part(_attachment_path(lines[mark].text), "attachment", mark, until_next(mark)))
    return sorted(parts, key=lambda p: p.first)


def _anatomy(doc: Document, lines: list[Line], front: dict, back: BackMatter) -> dict[str, Span]:
    anatomy: dict[str, Span] = {}
    if "header" in front:
        anatomy["header"] = _span(lines, *front["header"], doc)
    if "doc_number" in front:
        line = lines[front["doc_number"][0]]
        a, b = _doc_number_at(line.text)
        anatomy["doc_number"] = doc.span(line.start + a, line.start + b)
    for key in ("title", "recipients"):
        if key in front:
            anatomy[key] = _span(lines, *front[key], doc)
    if back.date is not None:
        line = lines[back.date]
        m = DATE_LINE.match(line.text)
        anatomy["date"] = doc.span(line.start + m.start("date"), line.start + m.end("date"))
        if m.group("signer").strip():
            anatomy["signature"] = doc.span(line.start, line.start + len(m.group("signer").rstrip()))
        elif back.signature:
            anatomy["signature"] = _span(lines, *back.signature, doc)
    if back.public_status is not None:
        line = lines[back.public_status]  # only the note or field, not a contact note joined before it
        anatomy["public_status"] = doc.span(line.start + _public_status_at(line.text), line.end)
    for key in ("attachment_list", "cc", "printed"):
        value = getattr(back, key)
        if value:
            anatomy[key] = _span(lines, *value, doc)
    return anatomy


def structure(doc: Document) -> Document:
    """Fill ``doc.anatomy`` and ``doc.sections`` (parts at level 0, headings at levels 1–4)."""
    lines = text_lines(doc)
    if not lines:
        doc.anatomy, doc.sections = {}, []
        return doc
    front = front_matter(lines)
    body_start = max((b for a, b in front.values()), default=-1) + 1
    back = back_matter(lines, body_start)
    title = "".join(line.text for line in lines[front["title"][0] : front["title"][1] + 1]) if "title" in front else ""
    parts = build_parts(lines, front, back, issued_titles(title))

    sections: list[Section] = []
    for part in parts:
        first_line = lines[part.first]
        if part.kind == "title":
            heading = "".join(line.text for line in lines[part.first : part.last + 1])
        elif part.kind == "body":  # a paragraph: its first sentence, so that the heading starts the span
            heading = _heading_text(first_line.text)
        else:
            heading = first_line.text
        sections.append(Section(part.path, heading, 0, first_line.start, lines[part.last].end, part.kind))
        if part.kind in ("body", "plan", "attachment"):
            skip = 1 if part.kind in ("plan", "attachment") else 0
            if part.first + skip <= part.last:
                sections += heading_sections(lines, part.first + skip, part.last, part.path)
    doc.sections = sections
    doc.anatomy = _anatomy(doc, lines, front, back)
    return doc
