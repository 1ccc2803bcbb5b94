"""The front matter: 版头 (发文机关标志), 发文字号, 标题 and 主送, found in the first lines.

Reads the document's lines; returns the line ranges (first, last) of the elements it found.
Web pages put navigation first and the number under the title: both are allowed for.
"""
from __future__ import annotations

import regex

from pipeline.structure.lines import Line
from pipeline.structure.patterns import (
    AGENCY_LINE,
    ANNOUNCES,
    BYLINE_LINE,
    DAMAGED_DOC_NUMBER,
    DATE_LINE,
    DOC_NUMBER,
    FRONT_NOISE,
    HEADER,
    HEADING,
    SENTENCE_PUNCT,
    TITLE_DATE,
)
from pipeline.structure.titles import _title_end

#: a line of names this long or longer that ends inside a name is a wrap of the 主送 block, not its end
WRAPPED_LIST_LINE = 20
#: how many lines from the top may hold the 版头 and the title (web pages put navigation first)
FRONT_WINDOW = 40
#: a title wraps over at most this many lines
MAX_TITLE_LINES = 4
#: a title line is at most this long; one that says 关于… and ends in its type word may run to LONG_TITLE
#: (three co-issuers and a 《》 title on one web line)
TITLE_LINE, LONG_TITLE = 60, 120
# a line of rule or ornament only (the red 版头's ━━━━ / ———— / ★): no part of a title
RULE_LINE = regex.compile(r"[\p{P}\p{S}\s]+")


def _is_body_text(text: str) -> bool:
    """A sentence of running text: the front matter is over."""
    return bool(SENTENCE_PUNCT.search(text)) and len(text) > 30


def _title_like(line: Line) -> bool:
    text = line.text
    return (
        not line.table
        and (len(text) <= TITLE_LINE or (len(text) <= LONG_TITLE and "关于" in text and bool(_title_end().search(text))))
        and not SENTENCE_PUNCT.search(text)
        and not text.endswith(("：", ":"))
        and not HEADING.match(text)
        and not DATE_LINE.match(text)
        and not FRONT_NOISE.match(text)
        and not _doc_number_at(text)
        and not RULE_LINE.fullmatch(text)
        and not CAPTION_SYMBOL.search(text)
    )


# 中共某市委办公室 某市人民政府办公室关于…: the issuers' names before a title's 关于, spaced or joined by 、
ISSUERS_ABOUT = regex.compile(r"^(?P<issuers>.{2,80}?)关于")
# …转发 / …批转 / …印发: a title's first line that ends where another organ's 关于… goes on
RELAYS = ("转发", "批转", "印发")
#: a line above a title shorter than this is a caption or a label (政策原文), not the filled first line of a wrap
SHORT_LINE = 16
# ↓ ▲ ● ★: a symbol of a caption or an article's furniture, never of a title
SYMBOL = regex.compile(r"\p{So}")
# ↓ → ⬇ ▼ ☞ 👇: an arrow, shape or pictograph pointing at what follows (一起来看全文↓↓↓): a caption's, never a title's
CAPTION_SYMBOL = regex.compile(r"[\u2190-\u21ff\u2b00-\u2bff\u25a0-\u25ff\u2600-\u27bf\U0001F000-\U0001FAFF]")
# 关于…的通知_某局, 关于…的通知-某市人民政府, …的意见 | 某某网: a page title's site name after the notice's title
SITE_NAME = regex.compile(r"\s*[_|｜\-－—–]+\s*[\p{Han}A-Za-z0-9（）()\s]{2,40}$")
# 财\t政\t部, 中 国 人 民 银 行: a short name spread over the width of a 版头 (one or two characters a cell)
LETTER_SPACED = regex.compile(r"\p{Han}{1,2}(?:[\t \u3000]+\p{Han}{1,2})+(?:文件)?")
# the spaces and tabs of a letter-spaced line
LAYOUT_SPACE = regex.compile(r"[\t \u3000]+")
#: a 版头 stacks at most this many lines of organs' names over its 文号 (three or four co-issuers, 文件 beside them)
MAX_BANNER_LINES = 6
#: an account's byline stands at most this many lines over the headline of its article
HEADLINE_REACH = 3
#: a letter-spaced 版头 line names one organ: at most this many characters
BANNER_ROW = 20
#: the 文号 and 主送 stand at most this many lines under the title when page furniture (a stamp, 原文链接, a breadcrumb)
#: sits between them
MAX_FURNITURE_REACH = 14


def _names_issuers(text: str) -> bool:
    """Only organs' names (中共某市委办公室 某市人民政府办公室), or a line that relays another organ's title."""
    pieces = [piece for piece in regex.split(r"[\s、]+", text) if piece]
    return text.endswith(RELAYS) or bool(pieces) and all(AGENCY_LINE.match(piece) for piece in pieces)


def _opens_own_title(text: str) -> bool:
    """A whole title on one line that opens with its issuers (某市人民政府办公室关于印发…的通知)."""
    m = ISSUERS_ABOUT.match(text)
    return bool(m) and _names_issuers(m.group("issuers").strip()) and bool(_title_end().search(text))


def _title_run(lines: list[Line], i: int) -> tuple[int, int] | None:
    """Lines i..j that form a title: the longest run of title-like lines ending in a type word.

    A line that is a whole title opening with its issuers starts the title itself: short lines or captions above
    it that are not organs' names (一起来看↓↓↓, 政策原文), or a whole title above (a page's heading, the notice's
    title again), are not part of it; a filled line above is a wrap."""
    best = None
    joined = ""
    for j in range(i, min(i + MAX_TITLE_LINES, len(lines))):
        if not _title_like(lines[j]):
            break
        above = [lines[k].text for k in range(i, j)]
        if above and _opens_own_title(lines[j].text) and not all(_names_issuers(text) for text in above) \
                and (best is not None or all(len(text) < SHORT_LINE or SYMBOL.search(text) for text in above)):
            break  # a caption over the title, or a whole title (a page's heading) over the notice's own with its issuers
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


def _without_site(title: str) -> str:
    """A page title without the site name after it (关于…的通知_某局 → 关于…的通知)."""
    m = SITE_NAME.search(title)
    return title[:m.start()] if m and _title_end().search(title[:m.start()]) else title


def _repeated_title(lines: list[Line], i: int, title: tuple[int, int]) -> tuple[int, bool] | None:
    """The last line of the title said again from line ``i`` (a page's title, then the notice's own,
    perhaps without the issuer or wrapped otherwise), and whether the notice's own wording is the one to keep (it
    names the issuers the page's left out, or the page's carries a site name); else None."""
    run = _title_run(lines, i)
    if not run:
        return None
    page = "".join(line.text for line in lines[title[0]:title[1] + 1]).replace(" ", "")
    said = _without_site(page)
    again = "".join(line.text for line in lines[run[0]:run[1] + 1]).replace(" ", "")
    if not (said.endswith(again) or again.endswith(said)):
        return None
    return run[1], said != page or len(again) > len(said)


def _headline(lines: list[Line], run: tuple[int, int]) -> bool:
    """The title run is an article's headline: an account's byline (原创 某发布 2024年05月22日 17:46) right under it,
    or a few lines over it (the account's name, its post line, 点击蓝字关注我们, then the headline)."""
    near = range(max(run[0] - HEADLINE_REACH, 0), min(run[1] + 2, len(lines)))
    return any(BYLINE_LINE.match(lines[k].text) for k in near if not run[0] <= k <= run[1])


def _recipients_run(lines: list[Line], i: int) -> tuple[int, int] | None:
    """Lines i..j (at most 3) of a 主送 block: names separated by ，、 and a final full-width colon."""
    for j in range(i, min(i + 3, len(lines))):
        line = lines[j]
        text = line.text
        if line.table or SENTENCE_PUNCT.search(text) or HEADING.match(text) or len(text) > 200:
            return None
        if text.endswith(("：", ":")):
            return (i, j) if not ANNOUNCES.search(text) and not FRONT_NOISE.match(text) else None
        if not text.endswith(("，", "、", ",")) and not _wrapped_list_line(text):
            return None
    return None


def _wrapped_list_line(text: str) -> bool:
    """A filled line of names that a PDF wrapped inside a name (各设区市发展改革委、工业和信息化局、生态环境局、市场监督 ⏎
    管理局，…：): it lists names already, and is long."""
    return len(text) >= WRAPPED_LIST_LINE and ("、" in text or "，" in text)


def _doc_number_at(text: str) -> tuple[int, int] | None:
    """Span (in the line) of a 发文字号 that opens the line, sound or damaged."""
    m = DOC_NUMBER.match(text)
    if m:
        return m.start(), m.end()
    m = DAMAGED_DOC_NUMBER.match(text)
    if m and len(text) <= 24:
        return 0, len(text)
    return None


def _number_below(lines: list[Line], i: int, last: int) -> bool:
    """A 发文字号 opens one of the lines after line ``i`` up to line ``last``."""
    return any(not lines[k].table and _doc_number_at(lines[k].text) for k in range(i + 1, min(last + 1, len(lines))))


def _banner_line(line: Line) -> bool:
    """A line of a joint 版头: an organ's name, perhaps with the 文件 printed beside the block (某省市场监督管理局文件) or
    letter-spaced to the width of the longest name (财　政　部, which a PDF's text layer reads as cells), or 文件 alone."""
    text = LAYOUT_SPACE.sub("", line.text) if line.table else line.text
    if line.table and (len(text) > BANNER_ROW or not LETTER_SPACED.fullmatch(line.text)):
        return False
    return "关于" not in text and bool(AGENCY_LINE.match(text) or HEADER.match(text) or text == "文件")


def _banner_without_word(lines: list[Line], i: int, limit: int) -> bool:
    """Line ``i`` opens a 版头 of organs' names over the 发文字号 (国家…委员会工业和信息化部…国家能源局, or one organ a
    line with 文件 beside the middle one): nothing but such lines between it and the 文号 below (never a title: the
    title follows the 文号)."""
    for k in range(i, min(i + MAX_BANNER_LINES + 1, limit)):
        if k > i and not lines[k].table and _doc_number_at(lines[k].text):
            return True
        if not _banner_line(lines[k]):
            return False
    return False


def _reposted_title(lines: list[Line], i: int, limit: int) -> tuple[int, int] | None:
    """The title of a notice reposted under an article's lead (an account's story, then the notice in full):
    the first title run after line ``i`` with its 发文字号 on the next line, or on the line over it as a 版头 prints
    it (the issuers a line each, the 文号, then the title), else None."""
    for k in range(i + 1, limit):
        run = _title_run(lines, k)
        if run and run[1] + 1 < len(lines) and _doc_number_at(lines[run[1] + 1].text):
            return run
        if run and _number_over(lines, run):
            return run
    return None


def _number_over(lines: list[Line], run: tuple[int, int]) -> bool:
    """The line right over a title run is its 发文字号 (a 版头's order: issuers, 文号, title)."""
    return run[0] > 0 and not lines[run[0] - 1].table and bool(_doc_number_at(lines[run[0] - 1].text))


def _under_banner(lines: list[Line], reposted: tuple[int, int], headline: tuple[int, int]) -> tuple[int, int]:
    """The reposted notice's title without the lines of organs' names over it when the headline says the rest word for
    word (关于调整…的通知 over the post line, then 中共某县委办公室 某县人民政府办公室 / 关于调整…的通知): those lines are the
    notice's 版头, the headline its title."""
    said = "".join(line.text for line in lines[headline[0]:headline[1] + 1]).replace(" ", "")
    for first in range(reposted[0] + 1, reposted[1] + 1):
        if not all(_names_issuers(lines[k].text) for k in range(reposted[0], first)):
            break
        if "".join(line.text for line in lines[first:reposted[1] + 1]).replace(" ", "") == said:
            return first, reposted[1]
    return reposted


def _below_issuers(lines: list[Line], reposted: tuple[int, int]) -> tuple[int, int]:
    """A reposted 通报's title without the lines of its issuers' names over it (中共某市委督查室 ⏎ 某市人民政府督查室 ⏎
    关于…的通报, under an account's lead): in a copy of a post those lines are the report's 版头, the heading its title
    (a notice issuing a text keeps its issuer over 关于印发…的通知: the blind sets' gold reads them so)."""
    if not lines[reposted[1]].text.rstrip().endswith("通报"):
        return reposted
    for first in range(reposted[0] + 1, reposted[1] + 1):
        if not _names_issuers(lines[first - 1].text) or "关于" in lines[first - 1].text:
            break
        if lines[first].text.startswith("关于"):
            return first, reposted[1]
    return reposted


def front_matter(lines: list[Line]) -> dict[str, tuple[int, int]]:
    """Line ranges (first, last) of the header, doc number, title and recipients.

    ``doc_number`` is (line, line) and its span inside the line is found again by the caller.
    """
    found: dict[str, tuple[int, int]] = {}
    limit = min(len(lines), FRONT_WINDOW)
    i = 0
    content_before = False  # a line that is not noise, 版头 or 文号 came before
    while i < limit:
        text = lines[i].text
        if _is_body_text(text) and "title" not in found:
            reposted = _reposted_title(lines, i, limit)
            if reposted:
                found = {"title": _below_issuers(lines, reposted)}
            break
        if HEADER.match(text) and "header" not in found and "doc_number" not in found:
            found["header"] = (i, i)
        elif "doc_number" not in found and _banner_without_word(lines, i, limit):
            found["header"] = (found.get("header", (i, i))[0], i)  # 版头 of organs' names over the 文号, no 文件
        elif "doc_number" not in found and _doc_number_at(text):
            found["doc_number"] = (i, i)
            if "header" not in found and i > 0 and AGENCY_LINE.match(lines[i - 1].text) and not lines[i - 1].table:
                found["header"] = (i - 1, i - 1)  # 信函格式: the agency's name alone above the number
        elif not FRONT_NOISE.match(text):
            run = _title_run(lines, i)
            if run:  # an account's headline over its byline: the notice it reposts has its own title, 文号 under it
                reposted = _reposted_title(lines, run[1], limit) if _headline(lines, run) else None
                posted = any(BYLINE_LINE.match(lines[k].text) for k in range(i))  # a copy of an account's post
                found["title"] = _below_issuers(lines, _under_banner(lines, reposted, run)) if reposted else \
                    _below_issuers(lines, run) if posted else run
                break
            recipients = None if content_before else _recipients_run(lines, i)
            if recipients:  # a page without its title line (a scraper kept the title apart): 主送 first
                found["recipients"] = recipients
                break
            content_before = True
        i += 1
    if "title" not in found:
        return found
    if "doc_number" not in found and _number_over(lines, found["title"]):
        found["doc_number"] = (found["title"][0] - 1,) * 2  # a reposted notice's 文号 over its title, under its issuers
    j = found["title"][1] + 1
    window = found["title"][1] + 6
    while j < len(lines) and j <= window:
        text = lines[j].text
        if "doc_number" not in found and _doc_number_at(text):
            found["doc_number"] = (j, j)  # web pages print the number under the title
        elif "title_date" not in found and TITLE_DATE.match(text):
            found["title_date"] = (j, j)  # （2021年1月4日） under the title: the 成文日期 of a party document
        elif FRONT_NOISE.match(text) and not text.endswith(("：", ":")):
            if window < found["title"][1] + MAX_FURNITURE_REACH:
                window += 1  # a page's stamp, links and breadcrumb between its title and the 文号: no line of the notice
        elif "doc_number" not in found and _is_body_text(text) and _number_below(lines, j, window):
            pass  # an account's lead (近日，某县印发《…》…) between its headline and the notice's 文号
        elif (issued := _issuers_over_title(lines, j, found)) is not None:
            found["title"] = (j, issued)  # the page's short heading, the 文号, then the title with its issuers above it
            window += issued - j + 1
            j = issued
        elif (HEADER.match(text) or AGENCY_LINE.match(text)) and not lines[j].table:
            pass  # a page's title first, then the notice's own 版头 above the title again
        elif (again := _repeated_title(lines, j, found["title"])) is not None:
            last, own = again  # the title again, wrapped as the notice prints it
            if own:
                found["title"] = (j, last)
            window += last - j + 1
            j = last
        elif (own := _own_title_over_recipients(lines, j)) is not None:
            found["title"] = own  # a page's short heading (某厅等四部门关于…), then the notice's own title in full
            window += own[1] - j + 1
            j = own[1]
        else:
            recipients = _recipients_run(lines, j)
            if recipients:
                found["recipients"] = recipients
            break
        j += 1
    return found


def _issuers_over_title(lines: list[Line], i: int, found: dict[str, tuple[int, int]]) -> int | None:
    """The last line of the title said again from line ``i`` under the 文号 (a 版头 stands above it), its issuers on
    lines of their own first (某省人力资源和社会保障厅 某省教育厅 ⏎ 关于…的通知): the notice's own title in full; else None."""
    number = found.get("doc_number")
    if number is None or number[0] >= i or lines[i].table or "关于" in lines[i].text or not _names_issuers(lines[i].text):
        return None
    again = _repeated_title(lines, i, found["title"])
    return again[0] if again is not None and again[1] else None


def _own_title_over_recipients(lines: list[Line], i: int) -> tuple[int, int] | None:
    """The lines of a whole title opening with its issuers (某省水利厅　某省财政厅关于印发…的通知) at line ``i``, under the
    page's heading and the 文号, when its 主送 follows it; else None."""
    if not _opens_own_title(lines[i].text):
        return None
    run = _title_run(lines, i)
    return run if run and run[1] + 1 < len(lines) and _recipients_run(lines, run[1] + 1) else None
