"""Normalize a RawDocument once into one text, keeping a map from every character to raw text and page.

What changes (and why):
- full-width digits, letters and ％ become ASCII so that numbers parse (Chinese punctuation stays);
- `**bold**` markers of text copies are dropped;
- spaces next to a CJK character go (PDF autospacing ``71 号``, padded names ``石 峰``); a run of
  whitespace holding a tab becomes one tab (a field separator);
- pinyin glosses ``實(shí)施`` are removed and traditional characters become simplified, per line,
  only on lines that are traditional (so a simplified ``显著`` is never touched);
- page-number lines (``— 2 —``) are dropped, and the page furniture :mod:`pipeline.page_furniture` names (a
  repeated running head, an article's counters and its 往期推荐 list); hard-wrapped lines are joined without a
  space (mending ``21.`` / ``3%``) at the wrap width of the whole document (the lines between two tables are too few
  to tell it);
- table cells are joined inside (``20个/每万`` / ``人``) and laid out one row per line, cells
  separated by a tab, so every cell has a span in the text.

Extractors read ``Document.text`` and never re-normalize.
"""
from __future__ import annotations

import difflib
import functools
import json
from array import array
from dataclasses import dataclass, field
from pathlib import Path

import regex

from pipeline.model import Block, Cell, Document, RawDocument, Table
from pipeline.note_lines import closes_note
from pipeline.page_furniture import PAGE_FURNITURE, FurnitureLines
from pipeline.widths import display_width, is_wide

TAIWAN_TERMS = Path(__file__).resolve().parent.parent / "schemas" / "taiwan_terms.json"

# — 2 —, -3-, – 14 –, 第3页, 第 3 页 共 15 页, 3/15
PAGE_NUMBER_LINE = regex.compile(
    r"^\s*(?:[—–\-－~～]+\s*\d{1,4}\s*[—–\-－~～]+|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$"
)
# 實(shí)施 → the "(shí)" after a Han character: a pinyin gloss left by a converter
PINYIN_GLOSS = regex.compile(
    r"(?<=\p{Han})[（(](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[）)]"
)
# 一、  （一）  1.  1．  （1）  附件  第三条  ▍二、(a post's bullet glyph before it): a line that starts a new heading or item
ITEM_START = regex.compile(
    r"^(?:[▍▌▎■◆●]\s*)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]"
    r"|[①-⑳]|附件|第[一二三四五六七八九十百]+[章节条]|抄送|印发|联系人|[一二三四五六七八九十]是)"
)
# 2023年9月28日 alone on a line: a signature date, never the tail of a wrapped sentence
DATE_LINE = regex.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
# 。！？；： possibly followed by closing quotes/brackets: the line ends a sentence or a label
SENTENCE_END = regex.compile(r"[。！？；：:!?…][”’）)】》」』]*$")
MID_SENTENCE = regex.compile(r"[，、；,]")
# （市工信局牵头，… / （责任单位：… — a bracketed note that may trail a sentence (not an item's （一）)
TRAILING_NOTE_START = regex.compile(r"[（(](?![一二三四五六七八九十\d]{1,3}[）)])")
# 上； / 为准。: the last one to three characters of a sentence, moved down alone (never a paragraph of their own)
ORPHAN_TAIL = regex.compile(r"[\p{Han}\d%]{1,3}[。；;]")
# ↓ ▲ ★ ✅: a symbol (not a letter, figure or punctuation mark)
SYMBOL = regex.compile(r"[\p{So}\u2190-\u21ff]")
# （联系人：张三，电话：1234567） — a line that is one bracketed note
WHOLE_BRACKET = regex.compile(r"^[（(][^（）()]*[）)]$")

MIN_WRAP_WIDTH = 18
#: layout a backend saw: a centred or bold line (a title, a 文号) never continues a plain one, nor the reverse
_LAYOUT = frozenset({"center", "bold", "title"})

_FULLWIDTH_KEEP = {chr(c) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]} | {
    "％", "＋", "／", "．"}
_SPACES = {" ", "\u3000", "\xa0", "\u2002", "\u2003", "\u2009", "\u200b", "\ufeff"}
_SPACES_OR_TAB = frozenset(_SPACES | {"\t"})
# "  \t　": a run of those characters, which _squeeze_spaces folds into one (or none)
_SPACE_RUN = regex.compile("[" + "".join(regex.escape(c) for c in sorted(_SPACES_OR_TAB)) + "]+")
#: characters that are valid simplified Chinese too: their presence alone does not make a line traditional
_AMBIGUOUS_TRADITIONAL = set("著乾瞭於於餘鍾甚麼裡後覆佈製")
_NOT_TRADITIONAL: set[str] = set()  # characters met and found not traditional: most lines hold only these


@functools.lru_cache(maxsize=1)
def _char_converter():
    import opencc

    # t2s, not tw2sp: tw2sp also rewrites mainland words (文件 → 文档, 執行 → 运行)
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def _taiwan_terms() -> tuple[regex.Pattern | None, dict[str, str]]:
    """Taiwan vocabulary (资讯 → 信息) from schemas/taiwan_terms.json, longest words first."""
    terms = {k: v for k, v in json.loads(TAIWAN_TERMS.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    if not terms:
        return None, {}
    words = sorted(terms, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words)), terms


@functools.lru_cache(maxsize=1 << 16)  # one OpenCC call per distinct character and process, not per occurrence
def _is_traditional_char(char: str) -> bool:
    return char not in _AMBIGUOUS_TRADITIONAL and _char_converter().convert(char) != char


@dataclass
class _Line:
    """A line of text with, per character, its raw-text index; plus the page and how it may join."""

    chars: list[str]
    raws: list[int]
    page: int | None
    soft: bool
    block: int
    hints: frozenset[str] = frozenset()
    converted: bool = False
    #: a paragraph break (a Markdown blank line) comes before this line: never joined to the one above
    new_paragraph: bool = False
    #: the backend knows the line runs on into the next (:attr:`Block.line_runs_on`)
    runs_on: bool = False

    @property
    def text(self) -> str:
        return "".join(self.chars)


@dataclass
class _TableOut:
    block: Block
    cells: list[list[_Line]] = field(default_factory=list)


def _fold_width(chars: list[str], raws: list[int]) -> None:
    if _FULLWIDTH_KEEP.isdisjoint(chars):
        return
    for i, c in enumerate(chars):
        if c in _FULLWIDTH_KEEP:
            if c == "．" and not (0 < i < len(chars) - 1 and chars[i - 1].isdigit() and chars[i + 1].isdigit()):
                continue  # a full-width full stop outside a number is punctuation
            chars[i] = chr(ord(c) - 0xFEE0)


def _drop(chars: list[str], raws: list[int], pattern: regex.Pattern) -> tuple[list[str], list[int]]:
    text = "".join(chars)
    if not pattern.search(text):
        return chars, raws
    keep = [True] * len(chars)
    for m in pattern.finditer(text):
        for i in range(m.start(), m.end()):
            keep[i] = False
    return [c for c, k in zip(chars, keep) if k], [r for r, k in zip(raws, keep) if k]


_BOLD_MARK = regex.compile(r"\*\*")  # **某市人民政府办公室 … 的通知** in text copies of bold titles


def _squeeze_spaces(chars: list[str], raws: list[int]) -> tuple[list[str], list[int]]:
    """Drop whitespace next to CJK, a run holding a tab → one tab, other runs → one space."""
    if _SPACES_OR_TAB.isdisjoint(chars):
        return chars, raws
    text = "".join(chars)  # one character per item: indices of text and chars agree
    n = len(chars)
    out_c: list[str] = []
    out_r: list[int] = []
    done = 0
    for run in _SPACE_RUN.finditer(text):  # the characters between runs copied by slices, not one at a time
        i, j = run.span()
        out_c += chars[done:i]
        out_r += raws[done:i]
        done = j
        has_tab = text.find("\t", i, j) >= 0
        before = out_c[-1] if out_c else ""
        after = chars[j] if j < n else ""
        # A leading tab is an empty first cell of a tab-separated row (a member list whose role
        # cell is blank on continuation rows): keep it when the line has more tabs.
        leading_cell = not before and has_tab and after and text.find("\t", j) >= 0
        if (before and after) or leading_cell:
            if has_tab:
                out_c.append("\t")
                out_r.append(raws[i])
            elif not (is_wide(before) or is_wide(after)):
                out_c.append(" ")
                out_r.append(raws[i])
    out_c += chars[done:]
    out_r += raws[done:]
    return out_c, out_r


def _to_simplified(chars: list[str], raws: list[int]) -> tuple[list[str], list[int], bool]:
    if _NOT_TRADITIONAL.issuperset(chars):
        return chars, raws, False  # every character met before (most lines): no set of the line's made
    if not any(c >= "\u3400" and _is_traditional_char(c) for c in set(chars) - _NOT_TRADITIONAL):
        _NOT_TRADITIONAL.update(chars)  # none is traditional: each character is looked at once per process
        return chars, raws, False
    text = "".join(chars)
    converted = _char_converter().convert(text)
    pattern, terms = _taiwan_terms()
    if pattern is not None:
        converted = pattern.sub(lambda m: terms[m.group(0)], converted)
    if len(converted) == len(text):
        return list(converted), raws, True
    # A phrase changed length: align old and new characters to carry the raw offsets over.
    new_raws: list[int] = []
    matcher = difflib.SequenceMatcher(a=text, b=converted, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        for k in range(b1 - b0):
            src = a0 + min(k, max(a1 - a0 - 1, 0)) if a1 > a0 else max(a0 - 1, 0)
            new_raws.append(raws[min(src, len(raws) - 1)])
    return list(converted), new_raws, True


def clean_line(chars: list[str], raws: list[int]) -> tuple[list[str], list[int], bool]:
    """Character-level cleaning of one line; returns (chars, raws, converted_traditional)."""
    _fold_width(chars, raws)
    text = "".join(chars)
    if _BOLD_MARK.search(text) or PINYIN_GLOSS.search(text):  # most lines hold neither: one join, not two
        chars, raws = _drop(chars, raws, _BOLD_MARK)
        chars, raws = _drop(chars, raws, PINYIN_GLOSS)
    chars, raws = _squeeze_spaces(chars, raws)
    chars, raws, converted = _to_simplified(chars, raws)
    return chars, raws, converted


def _split_block_lines(block: Block, index: int, start: int, furniture: FurnitureLines | None = None) -> list[_Line]:
    lines, pos = [], start
    pages = block.line_pages or []
    runs_on = block.line_runs_on or []
    for k, piece in enumerate(block.text.split("\n")):
        page = pages[k] if k < len(pages) else block.page
        chars, raws, converted = clean_line(list(piece), list(range(pos, pos + len(piece))))
        pos += len(piece) + 1
        if not chars or PAGE_NUMBER_LINE.match("".join(chars)):
            continue
        if furniture is not None and furniture.drops("".join(chars)):
            continue
        lines.append(_Line(chars, raws, page, block.soft_wrap, index, block.hints, converted,
                           new_paragraph=block.new_paragraph and not lines, runs_on=k < len(runs_on) and runs_on[k]))
    return lines


def _table_cells(block: Block, start: int) -> tuple[list[list[_Line]], bool]:
    """Cells of a table block with raw offsets (raw layout: cells joined by tab, rows by newline)."""
    out, pos, converted_any = [], start, False
    for row in block.rows or []:
        row_out = []
        for cell in row:
            cell = cell or ""
            pieces, cpos = [], pos
            for piece in cell.split("\n"):
                chars, raws, converted = clean_line(list(piece), list(range(cpos, cpos + len(piece))))
                converted_any |= converted
                pieces.append((chars, raws))
                cpos += len(piece) + 1
            chars, raws = _join_cell_pieces(pieces)
            row_out.append(_Line(chars, raws, block.page, False, -1))
            pos += len(cell) + 1  # the tab (or the newline after the last cell)
        if not row:
            pos += 1
        out.append(row_out)
    return out, converted_any


def _join_cell_pieces(pieces: list[tuple[list[str], list[int]]]) -> tuple[list[str], list[int]]:
    chars: list[str] = []
    raws: list[int] = []
    for piece_chars, piece_raws in pieces:
        if not piece_chars:
            continue
        if chars and not (is_wide(chars[-1]) or is_wide(piece_chars[0])) and chars[-1] != "-":
            chars.append(" ")  # two Latin words wrapped inside a cell
            raws.append(raws[-1])
        chars += piece_chars
        raws += piece_raws
    return chars, raws


def _wrap_width(lines: list[_Line]) -> float | None:
    """The width at which a hard-wrapped text breaks its lines, if most long lines share one."""
    widths = [round(display_width(line.text)) for line in lines if line.soft and len(line.chars) >= 10]
    if len(widths) < 8:
        return None
    counts: dict[int, int] = {}
    for w in widths:
        for near in (w - 1, w, w + 1):
            counts[near] = counts.get(near, 0) + 1
    width, hits = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    # A printed page holds 20+ characters a line; a narrower "width" is short lines, not wrapping.
    return float(width) if hits >= 0.3 * len(widths) and width >= MIN_WRAP_WIDTH else None


def _is_heading_line(text: str) -> bool:
    """``一、指导思想``: an item marker, then a short label without sentence punctuation."""
    marker = ITEM_START.match(text)
    return bool(marker) and len(text) <= 30 and not regex.search(r"[，；。,;]", text[marker.end() :])


class _OpenLine:
    """What :func:`should_join` asks of a line, kept up to date as lines join onto it (measuring the
    whole joined line again for every line added cost the square of a paragraph's length)."""

    #: the last characters a sentence end is looked for in (closing quotes/brackets may follow it)
    TAIL = 64

    def __init__(self, chars: list[str]):
        self.chars = chars  # the line's own list: joined lines extend it in place
        self.width = 0.0
        self.mid_sentence = False
        self.brackets = 0
        self.furniture = bool(PAGE_FURNITURE.match("".join(chars)))
        self._count(chars)

    def _count(self, piece: list[str]) -> None:
        text = "".join(piece)
        self.width += display_width(text)
        self.mid_sentence = self.mid_sentence or bool(MID_SENTENCE.search(text))
        self.brackets += sum(text.count(b) for b in "（）()")

    def extend(self, piece: list[str]) -> None:
        self.chars += piece
        self._count(piece)

    def text(self) -> str:
        return "".join(self.chars)

    def ends_sentence(self) -> bool:
        tail = "".join(self.chars[-self.TAIL:])
        if len(self.chars) > self.TAIL and not tail.rstrip("”’）)】》」』"):
            tail = self.text()  # a tail of closing marks only: the sentence end may lie further back
        return bool(SENTENCE_END.search(tail))

    def is_heading(self) -> bool:
        return len(self.chars) <= 30 and _is_heading_line(self.text())

    def is_whole_bracket(self) -> bool:
        """The line is one bracketed note: ``WHOLE_BRACKET`` without reading it all."""
        return (len(self.chars) >= 2 and self.chars[0] in "（(" and self.chars[-1] in "）)"
                and self.brackets == 2)


def should_join(prev: str, nxt: str, wrap_width: float | None) -> bool:
    """Whether ``nxt`` continues the sentence that ``prev`` (a hard-wrapped line) left open."""
    return _continues(_OpenLine(list(prev)), nxt, wrap_width)


def _continues(prev: _OpenLine, nxt: str, wrap_width: float | None) -> bool:
    if ITEM_START.match(nxt) or DATE_LINE.match(nxt) or prev.furniture or PAGE_FURNITURE.match(nxt):
        return False
    if prev.ends_sentence():
        # …体验。 at the right margin, then （市工信局牵头，…配合）: the item's agency note goes on
        return bool(wrap_width and prev.width >= wrap_width - 2 and TRAILING_NOTE_START.match(nxt))
    if wrap_width and prev.width >= wrap_width - 2:
        return True  # the line ran to the right margin: a hard wrap
    if ORPHAN_TAIL.fullmatch(nxt) and not prev.furniture:
        return True  # 1.…申报率达到95%以 / 上；: a sentence's last characters wrapped alone
    if prev.is_heading():
        return False
    if prev.chars[-1].isdigit() and (nxt[0].isdigit() or nxt[0] in ".%"):
        return True  # a number broken over lines: 21. / 3%
    if prev.is_whole_bracket():
        return False  # （联系人：张三，电话：…） / （此件公开发布）: a note on a line of its own
    if closes_note(prev.text(), nxt):
        return False  # 牵头单位：A；配合单位：B、C under a measure: whole, the next line a sentence of its own
    # A sentence cut mid-way (a page break in a text copy): long, with clause punctuation, no symbol last (一起来看↓)
    return prev.mid_sentence and len(prev.chars) >= 12 and prev.chars[-1] not in "”》" \
        and not SYMBOL.match(prev.chars[-1])


def _join_lines(lines: list[_Line], wrap_width: float | None) -> list[_Line]:  # the whole document's wrap width
    out: list[_Line] = []
    open_line: _OpenLine | None = None
    runs_on = False  # the last line joined into out[-1] runs on into the next (the backend's layout says so)
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.soft
            and line.soft
            and prev.block != -1
            and not line.new_paragraph
            and (prev.hints & _LAYOUT) == (line.hints & _LAYOUT)
            and (runs_on and line.block == prev.block or _continues(open_line, line.text, wrap_width))
        ):
            runs_on = line.runs_on
            if not (is_wide(prev.chars[-1]) or is_wide(line.chars[0])) and prev.chars[-1] not in "-./" and not (
                prev.chars[-1].isdigit() and (line.chars[0].isdigit() or line.chars[0] in ".%")
            ):
                open_line.extend([" "])
                prev.raws.append(prev.raws[-1])
            open_line.extend(line.chars)
            prev.raws += line.raws
            prev.converted |= line.converted
            if line.page != prev.page:
                prev.__dict__.setdefault("page_changes", []).append((len(prev.chars) - len(line.chars), line.page))
            continue
        out.append(line)
        open_line = _OpenLine(line.chars)
        runs_on = line.runs_on
    return out


class _TextBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.raws = array("i")
        self.page_starts: list[tuple[int, int]] = []
        self.length = 0

    def _page(self, page: int | None) -> None:
        if page is not None and (not self.page_starts or self.page_starts[-1][1] != page):
            self.page_starts.append((self.length, page))

    def add(self, chars: list[str], raws: list[int], page: int | None) -> tuple[int, int]:
        start = self.length
        self._page(page)
        self.parts.append("".join(chars))
        self.raws.extend(raws)
        self.length += len(chars)
        return start, self.length

    def sep(self, char: str, raw: int) -> None:
        self.parts.append(char)
        self.raws.append(raw)
        self.length += 1

    def text(self) -> str:
        return "".join(self.parts)


def normalize(raw: RawDocument) -> Document:
    starts = raw.block_offsets()
    items: list[_Line | _TableOut] = []
    converted_any = False
    pending: list[_Line] = []

    def flush() -> None:  # the lines between two tables, joined once the document's wrap width is known
        items.append(list(pending))
        pending.clear()

    furniture = FurnitureLines(raw)
    for index, block in enumerate(raw.blocks):
        if block.kind == "table":
            flush()
            cells, converted = _table_cells(block, starts[index])
            converted_any |= converted
            if any(cell.chars for row in cells for cell in row):
                items.append(_TableOut(block, cells))
            continue
        pending.extend(_split_block_lines(block, index, starts[index], furniture))
    flush()
    width = _wrap_width([line for group in items if isinstance(group, list) for line in group])
    items = [one for g in items for one in (_join_lines(g, width) if isinstance(g, list) else [g])]

    out = _TextBuilder()
    paragraphs: list[tuple[int, int]] = []
    tables: list[Table] = []
    for item in items:
        if isinstance(item, _Line):
            converted_any |= item.converted
            changes = item.__dict__.get("page_changes")
            if changes:
                cuts = [0] + [at for at, _ in changes] + [len(item.chars)]
                pages = [item.page] + [p for _, p in changes]
                first = out.length
                for (a, b), page in zip(zip(cuts, cuts[1:]), pages):
                    out.add(item.chars[a:b], item.raws[a:b], page)
                span = (first, out.length)
            else:
                span = out.add(item.chars, item.raws, item.page)
            paragraphs.append(span)
            out.sep("\n", item.raws[-1] + 1 if item.raws else 0)
            continue
        table_start = out.length
        rows: list[list[Cell]] = []
        for row in item.cells:
            row_cells = []
            for k, cell in enumerate(row):
                if k:
                    out.sep("\t", cell.raws[0] - 1 if cell.raws else (out.raws[-1] if len(out.raws) else 0))
                start, end = out.add(cell.chars, cell.raws, cell.page)
                row_cells.append(Cell("".join(cell.chars), start, end))
            rows.append(row_cells)
            out.sep("\n", out.raws[-1] if len(out.raws) else 0)
        tables.append(
            Table(len(tables), rows, item.block.header_rows, item.block.page, table_start, max(out.length - 1, table_start))
        )

    return Document(
        raw=raw,
        text=out.text(),
        raw_offsets=out.raws,
        page_starts=out.page_starts,
        paragraphs=paragraphs,
        tables=tables,
        converted_traditional=converted_any,
    )
