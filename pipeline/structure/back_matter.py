"""The back matter: 署名 and 成文日期, 附注, 附件说明, attachment marks, 抄送 and 印发.

Reads the document's lines from the end of the front matter on; returns a :class:`BackMatter`
with the line indexes of each element found (None when absent).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.structure.lines import Line
from pipeline.structure.patterns import (
    AGENCY_LINE,
    ATTACHMENT_LIST,
    ATTACHMENT_LIST_LABEL,
    ATTACHMENT_MARK,
    CC,
    DATE_LINE,
    LIST_ITEM,
    PRINTED,
    PUBLIC_FIELD,
    PUBLIC_NOTE,
    PUBLIC_STATUS_END,
)

# （某省知识产权局）: an organ's other name in brackets, on a line of its own under the organ in a 署名 (its words an
# organ's name: not （代章）)
OTHER_NAME = regex.compile(r"[（(](?P<other>\p{Han}{2,30})[）)]")
# 某市市场监督管理局（某市知识产权局）: an organ signing with its other name in brackets after it, on one line
WITH_OTHER_NAME = regex.compile(r"(?P<organ>\S{2,40}?)[（(](?P<other>\p{Han}{2,30})[）)]")
#: the 署名 holds at most this many issuer lines (joint notices stack one organ per line: seven ministries)
MAX_SIGNATURE_LINES = 12


def _signer_ok(m: regex.Match) -> bool:
    """The words before a 署名/印发 date are nothing, or an agency's name."""
    signer = m.group("signer").strip()
    return not signer or bool(AGENCY_LINE.match(signer))


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
        if not (_signature_row(above, lines[first] if first < date else None) if above.table
                else _organ_line(above.text) or _other_name_under_signer(lines, first - 1, floor)):
            break
        first -= 1
    return (first, date - 1) if first < date else None


def _organ_line(text: str) -> bool:
    """A line that is an organ's name, maybe with its other name in brackets after it (某市市场监督管理局（某市知识产权局）)."""
    if AGENCY_LINE.match(text):
        return True
    both = WITH_OTHER_NAME.fullmatch(text.strip())
    return bool(both and AGENCY_LINE.match(both.group("organ")) and AGENCY_LINE.match(both.group("other")))


def _other_name_under_signer(lines: list[Line], i: int, floor: int) -> bool:
    """Line ``i`` is an organ's other name alone in brackets (（某省知识产权局）) under a line of the 署名's organs (某省
    市场监督管理局　某银行某省分行): the first organ's second name, set on a line of its own."""
    other = OTHER_NAME.fullmatch(lines[i].text.strip())
    if i - 1 < floor or not other or not AGENCY_LINE.match(other.group("other")):
        return False
    above = lines[i - 1]
    return bool(_signature_row(above, None) if above.table else AGENCY_LINE.match(above.text))


def _signature_row(row: Line, below: Line | None) -> bool:
    """A joint 署名 a PDF's text layer read as a table row: each cell an organ's name (某厅　某委员会), the last one
    perhaps wrapped onto the line below it (某省卫生健康 / 委员会)."""
    cells = [cell.strip() for cell in row.text.split("\t") if cell.strip()]
    if len(cells) < 2 or not all(AGENCY_LINE.match(cell) for cell in cells[:-1]):
        return False
    wrapped = below is not None and not below.table and bool(AGENCY_LINE.match(cells[-1] + below.text))
    return bool(AGENCY_LINE.match(cells[-1])) or wrapped


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
            if back.public_status is None and _public_status_at(text) is not None:
                back.public_status = i  # 2025年5月26日（此件公开发布）: the 附注 joined to the date
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
