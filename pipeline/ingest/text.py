"""Plain-text backend: detect the encoding, CRLF → LF, one soft-wrapped block per line.

Tables that a PDF-to-text step flattened come back as table blocks. Two flattenings are seen:

(a) one row per line, cells separated by tabs::

        组 长：\t石 峰\t副市长
        \t商永波\t市政府督查专员          ← role cell empty on a continuation row

(b) one cell per line, each line starting with a tab, rows separated by blank lines::

        \t1
        \t一、加快千兆光纤网络部署范围
        \t加快城区10G-PON……
        <blank>
        \t2
        \t                              ← an empty (merged) cell

Pipe tables and tables aligned with spaces are read by :mod:`.text_tables`.

Merged cells are NOT filled here (the table extractor knows what each column means); empty
cells stay "". Header rows repeated at page starts are dropped.
"""
from __future__ import annotations

import itertools
import math
from collections import Counter

import regex

from pipeline.errors import DecodeError, NoTextError
from pipeline.limits import Limits
from pipeline.ingest.text_box import portal_box
from pipeline.ingest.text_tables import aligned_table, pipe_cells, pipe_table
from pipeline.model import Block, RawDocument

#: byte-order marks, longest first (a UTF-32 LE BOM starts with the UTF-16 LE one)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
#: very frequent characters of Chinese prose, simplified and traditional: 的 是 在 发展 建设 …;
#: text decoded with the wrong CJK codec is full of rare characters instead
_COMMON_HANZI = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点"
    "从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原"
    "又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革"
    "位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强"
    "放决西被干做必战先回则任取据处府研网络市县局务服信息工作推进设施通知办"
    "這個們來時對會說發過國學動產種後經於現實開還與關點從業當機體長問題應網絡資訊區縣務進設辦"
)
#: characters no document holds: C0/C1 controls (but tab, newline, CR, form feed), private use, non-characters
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
#: a row-number cell: "1", "12", "（3）", "4."
_ROW_NUMBER = regex.compile(r"^[（(]?\d{1,3}[)）.、．]?$")
#: words that mark a header row: 序号, 牵头单位, 完成时限, 指标名称 …
_HEADER_WORD = regex.compile(r"序号|编号|名称|单位|时限|期限|指标|内容|分类|备注|项目|任务|措施|事项")
#: realigning a shifted row needs a column profile from enough rows, and a clearly better fit
_MIN_ROWS_TO_REALIGN = 5
_REALIGN_MARGIN = 1.0
#: a label cell of a member list, not a header: "组 长：", "成员:"
_LABEL_CELL = regex.compile(r"[：:]$")


# --------------------------------------------------------------------------- decoding


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then strict UTF-8, UTF-16 without BOM, GB18030 (⊇ GBK/GB2312), Big5."""
    text, encoding, _ = decode_with_warnings(data)
    return text, encoding


def decode_with_warnings(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). A few undecodable bytes are replaced (U+FFFD) and warned; NUL
    characters are dropped and warned; a BOM-less UTF-16 guess must read as text."""
    text, encoding, warnings = _decode(data)
    if "\x00" in text:
        warnings = warnings + [f"{text.count(chr(0))} NUL character(s) removed from the text"]
        text = text.replace("\x00", "")
    return text, encoding, warnings


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_replacing(data, encoding)
    if b"\x00" in data[:4096] and not _strict(data, "utf-8"):
        encoding = _utf16_without_bom(data)
        text, _, warnings = _decode_replacing(data, encoding)
        if text.count("\ufffd") <= _tolerated(text) and reads_as_text(text):
            return text, encoding, warnings
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return utf8, "utf-8", []
    decoded = _decode_cjk(data)
    if decoded:
        return decoded[0], decoded[1], []
    return _decode_lossy(data)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_replacing(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    """Strictly if possible, else with U+FFFD for what cannot be decoded (a lone UTF-16 surrogate)."""
    text = _strict(data, encoding)
    if text is not None:
        return text, encoding, []
    text = data.decode(encoding, errors="replace")
    return text, encoding, [f"{text.count(chr(0xFFFD))} undecodable byte sequence(s) replaced with U+FFFD ({encoding})"]


def _tolerated(text: str) -> int:
    """Replaced characters a text may hold and still be read: a few, or one in ten."""
    return max(2, len(text) // 10)


def reads_as_text(text: str) -> bool:
    """Whether decoded characters look like a document: few control or private-use characters, and
    Chinese characters (when there are many) mostly common ones — bytes decoded with the wrong
    codec give rare ideographs or control characters instead."""
    counted = [c for c in text if c != "\ufffd"]
    if not counted:
        return False
    odd = sum(1 for c in counted if _CONTROL.match(c))
    if odd > 0.05 * len(counted):
        return False
    hanzi = sum(1 for c in counted if "\u4e00" <= c <= "\u9fff")
    return hanzi < 20 or hanzi < 0.3 * len(counted) or _chinese_score(text) >= 0.15


def _utf16_without_bom(data: bytes) -> str:
    """NUL bytes mean UTF-16: ASCII characters put their NUL high byte at odd offsets in LE."""
    sample = data[:4096]
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    return "utf-16-le" if odd_nuls >= even_nuls else "utf-16-be"


def _decode_cjk(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, whichever decodes strictly and reads like Chinese (Big5 bytes also pass as GBK)."""
    results = []
    for encoding in ("gb18030", "big5"):
        try:
            results.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not results:
        return None
    return max(results, key=lambda result: _chinese_score(result[0]))


def _chinese_score(text: str) -> float:
    hanzi = [char for char in text if "\u4e00" <= char <= "\u9fff"]
    if not hanzi:
        return 0.0
    return sum(char in _COMMON_HANZI for char in hanzi) / len(hanzi)


def _decode_lossy(data: bytes) -> tuple[str, str, list[str]]:
    """A few bad bytes (a cut-off last character, damage here and there) are replaced; more than one
    character in ten, or characters that do not read as text, is not a text we can read."""
    best = None
    for encoding in ("utf-8", "gb18030"):
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[2]:
            best = (text, encoding, bad)
    text, encoding, bad = best
    if bad > _tolerated(text) or not reads_as_text(text):
        raise DecodeError(f"could not decode the text as UTF-8, UTF-16, GB18030 or Big5 ({bad} bad bytes as "
                          f"{encoding}): not text, or too damaged; save it again as UTF-8")
    return text, encoding, [f"{bad} undecodable byte sequence(s) replaced with U+FFFD ({encoding})"]


# --------------------------------------------------------------------------- reading


def read(data: bytes, path: str, *, password: str | None = None, limits: Limits | None = None) -> RawDocument:
    text, encoding, warnings = decode_with_warnings(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines, pages = _lines_with_pages(text)
    portal_fields, box_lines = portal_box(lines)
    lines = ["" if i in box_lines else line for i, line in enumerate(lines)]  # the box is not the notice
    blocks, table_warnings = blocks_from_lines(lines, pages)
    if not blocks:
        raise NoTextError("the file holds no text")
    page_count = pages[-1] if pages and pages[-1] is not None else None
    return RawDocument(path, "text", blocks, page_count=page_count, portal_fields=portal_fields,
                       encoding=encoding, warnings=warnings + table_warnings)


def _lines_with_pages(text: str) -> tuple[list[str], list[int | None]]:
    """Lines, and the page of each when the text has form feeds (pdftotext writes one per page)."""
    if "\f" not in text:
        lines = text.split("\n")
        return lines, [None] * len(lines)
    lines, pages = [], []
    for page_number, page_text in enumerate(text.split("\f"), start=1):
        for line in page_text.split("\n"):
            lines.append(line)
            pages.append(page_number)
    return lines, pages


def blocks_from_lines(
    lines: list[str], pages: list[int | None] | None = None, *, soft_wrap: bool = True, blank_breaks: bool = False
) -> tuple[list[Block], list[str]]:
    """Text lines → text blocks, with tab-flattened tables turned into table blocks (+ warnings).

    With ``blank_breaks`` (Markdown) a blank line ends a paragraph: the line after it is never
    joined to the one before."""
    pages = pages or [None] * len(lines)
    blocks, warnings = [], []
    i = 0
    while i < len(lines):
        found = _one_cell_per_line_table(lines, i) if _is_one_cell_line(lines[i]) else None
        if found is None and "\t" in lines[i] and lines[i].strip():
            found = _row_per_line_table(lines, i)
        if found is None:
            spaced = pipe_table(lines, i) if pipe_cells(lines[i]) else aligned_table(lines, i)
            if spaced is not None:
                rows, header_rows, end = spaced
                blocks.append(Block("table", rows=rows, header_rows=header_rows or header_row_count(rows),
                                    page=pages[i]))
                i = end
                continue
        if found is not None:
            raw_rows, end = found
            rows, header_rows, notes = _tidy_table(raw_rows)
            blocks.append(Block("table", rows=rows, header_rows=header_rows, page=pages[i]))
            warnings += [f"text table at line {i + 1}: {note}" for note in notes]
            i = end
            continue
        if lines[i].strip():
            after_blank = blank_breaks and (i == 0 or not lines[i - 1].strip())
            blocks.append(Block("text", lines[i], page=pages[i], soft_wrap=soft_wrap, new_paragraph=after_blank))
        i += 1
    return blocks, warnings


# --------------------------------------------------------------------------- table detection


def _is_blank(line: str) -> bool:
    """Blank for row separation; a lone tab is not blank, it is an empty cell of form (b)."""
    return not line.strip(" \u3000\xa0")


def _is_one_cell_line(line: str) -> bool:
    return line.startswith("\t") and line.count("\t") == 1


def _next_content_line(lines: list[str], start: int) -> int:
    while start < len(lines) and _is_blank(lines[start]):
        start += 1
    return start


def _one_cell_per_line_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """Form (b): groups of tab-led one-cell lines, a row per group. (rows, index after the table)."""
    rows, i, end = [], start, start
    while i < len(lines) and _is_one_cell_line(lines[i]):
        row = []
        while i < len(lines) and _is_one_cell_line(lines[i]):
            row.append(lines[i][1:].strip())
            i += 1
        rows.append(row)
        end = i
        i = _next_content_line(lines, i)
    if len(rows) < 2 or max(len(row) for row in rows) < 2:
        return None  # a stray tab-led line, not a table
    return rows, end


def _row_per_line_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """Form (a): consecutive tab-separated lines (blank lines between page pieces allowed)."""
    rows, i, end = [], start, start
    while i < len(lines) and "\t" in lines[i] and lines[i].strip():
        rows.append([cell.strip() for cell in lines[i].split("\t")])
        end = i + 1
        i = _next_content_line(lines, end)
    if len(rows) < 2:
        return None  # one tab-separated line (e.g. "印发机关\t日期印发") stays text
    return rows, end


# --------------------------------------------------------------------------- table tidying


def _tidy_table(rows: list[list[str]]) -> tuple[list[list[str]], int, list[str]]:
    """Header found, repeated headers dropped, rows brought to one width where the source allows."""
    notes = []
    header_rows = header_row_count(rows)
    if header_rows:
        header = _squash(rows[0])
        repeats = [row for row in rows[1:] if _squash(row) == header]
        rows = [rows[0]] + [row for row in rows[1:] if _squash(row) != header]
        if repeats:
            notes.append(f"dropped {len(repeats)} repeated header row(s)")
    body = rows[header_rows:]
    body_width = Counter(len(row) for row in body).most_common(1)[0][0] if body else len(rows[0])
    width = len(rows[0]) if header_rows else body_width
    if header_rows and body_width > width:
        notes.append(
            f"the header has {width} cells but most rows have {body_width} "
            "(a header cell spans columns?); rows kept as they are"
        )
        width = body_width
    profile = _column_profile([row for row in body if len(row) == width], width)
    tidy = rows[:header_rows]
    for row in body:
        row = _trim_trailing_empties(row, width)
        if len(row) < width:
            row, positions = _align_short_row(row, width, profile)
            notes.append(
                f"row {row[0]!r} had {width - len(positions)} cells for {width} columns; "
                f"empty cell(s) inserted at column(s) {[p + 1 for p in positions]} by cell lengths"
            )
        elif len(row) == width and len(profile) and len(body) >= _MIN_ROWS_TO_REALIGN:
            shifted = _realign_shifted_row(row, profile)
            if shifted is not None:
                notes.append(f"row {row[0]!r} looked shifted by a stray empty cell; realigned by cell lengths")
                row = shifted
        tidy.append(row)
    return tidy, header_rows, notes


def _squash(row: list[str]) -> list[str]:
    return ["".join(cell.split()) for cell in row]


def header_row_count(rows: list[list[str]]) -> int:
    """1 when the first row is a header (序号 … over numbered rows, or repeated later), else 0.

    Shared with the HTML backend, whose tables often mark no header (<th>/<thead>) either.
    """
    first = rows[0]
    if any(_LABEL_CELL.search(cell) for cell in first) or not all(first):
        return 0  # a member list ("组 长：") or a first data row with an empty merged cell
    if any(_squash(row) == _squash(first) for row in rows[1:]):
        return 1
    numbered = sum(bool(_ROW_NUMBER.match(row[0])) for row in rows[1:] if row)
    if not _ROW_NUMBER.match(first[0]) and numbered >= 0.6 * (len(rows) - 1):
        return 1
    return 1 if any(_HEADER_WORD.search(cell) for cell in first) else 0


def _trim_trailing_empties(row: list[str], width: int) -> list[str]:
    while len(row) > width and not row[-1]:
        row = row[:-1]
    return row


def _column_profile(rows: list[list[str]], width: int) -> list[tuple[float, float, float]]:
    """Per column: (median log length of filled cells, share of empty cells, share of row numbers)."""
    profile = []
    for column in range(width):
        cells = [row[column] for row in rows]
        filled = sorted(math.log1p(len(cell)) for cell in cells if cell)
        median = filled[len(filled) // 2] if filled else 0.0
        empty = (len(cells) - len(filled)) / len(cells) if cells else 0.5
        numbers = sum(bool(_ROW_NUMBER.match(cell)) for cell in cells) / len(cells) if cells else 0.0
        profile.append((median, empty, numbers))
    return profile


def _align_short_row(row: list[str], width: int, profile) -> tuple[list[str], tuple[int, ...]]:
    """Insert the missing empty cells where they fit the columns best.

    A flattener drops empty cells — usually merged category cells right after 序号 (003 rows
    27–28), sometimes a trailing empty one — so each placement is scored by how well every cell's
    length and kind match its column; ties go to padding at the end.
    """
    missing = width - len(row)
    best_cost, best = math.inf, (row + [""] * missing, tuple(range(len(row), width)))
    for positions in reversed(list(itertools.combinations(range(width), missing))):
        cells = iter(row)
        candidate = ["" if column in positions else next(cells) for column in range(width)]
        cost = _row_cost(candidate, profile) if profile else 0.0
        if cost < best_cost - 1e-9:
            best_cost, best = cost, (candidate, positions)
    return best


def _realign_shifted_row(row: list[str], profile) -> list[str] | None:
    """A full-width row with a stray empty cell that pushed the rest right (003 row 21), realigned.

    Each empty cell in turn is taken out and the row re-placed as a short row; the result is kept
    only when it fits the columns clearly better (the margin keeps ordinary rows as they are).
    """
    width = len(row)
    current = _row_cost(row, profile)
    best_cost, best = current - _REALIGN_MARGIN, None
    for column in range(1, width - 1):
        if row[column] or not row[-1]:
            continue
        candidate, _ = _align_short_row(row[:column] + row[column + 1 :], width, profile)
        cost = _row_cost(candidate, profile)
        if cost < best_cost:
            best_cost, best = cost, candidate
    return best


def _row_cost(row: list[str], profile) -> float:
    return sum(_cell_cost(cell, profile[column]) for column, cell in enumerate(row))


def _cell_cost(cell: str, column: tuple[float, float, float]) -> float:
    median, empty_share, number_share = column
    if not cell:
        return 1.0 - empty_share
    cost = abs(math.log1p(len(cell)) - median)
    if bool(_ROW_NUMBER.match(cell)) != (number_share >= 0.5):
        cost += 1.0
    return cost
