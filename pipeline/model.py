"""The document model every ingest backend returns and every extractor reads.

Data flows one way: a backend turns a file into a :class:`RawDocument` (blocks of text and
tables, each with its page); :func:`pipeline.normalize.normalize` turns that into a
:class:`Document` (one normalized text plus an offset map back to the raw text and page);
:func:`pipeline.structure.structure` adds sections and the GB/T 9704 anatomy. Extractors read a
``Document`` and never re-normalize.
"""
from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from typing import Literal


@dataclass
class Block:
    """One unit of content in reading order, as the backend found it."""

    kind: Literal["text", "table"]
    #: text blocks: the text; "\n" marks a line end the backend could not judge (a hard wrap
    #: or a paragraph end) when ``soft_wrap`` is true, a real line break otherwise.
    text: str = ""
    #: 1-based page of the block's first character; None for formats without pages.
    page: int | None = None
    #: page of each "\n"-separated line, when a text block runs over a page break.
    line_pages: list[int] | None = None
    #: per "\n"-separated line, True when the backend knows from the layout that the line runs on into the next
    #: (a PDF line the margin cut): normalization joins the two whatever its text measures say.
    line_runs_on: list[bool] | None = None
    #: table blocks: the logical grid, merged cells already filled (down and across).
    rows: list[list[str]] | None = None
    header_rows: int = 0
    #: True when line ends in ``text`` (and the end of this block) may be hard wraps that
    #: normalization should judge and join (plain text, PDF lines).
    soft_wrap: bool = False
    #: True when a paragraph break (a Markdown blank line) comes before the block: its first line is
    #: never joined to the text above, whatever ``soft_wrap`` says
    new_paragraph: bool = False
    #: layout hints a backend may know: "bold", "center", "heading", "title".
    hints: frozenset[str] = frozenset()

    def raw_text(self) -> str:
        """The block as it appears in :attr:`RawDocument.raw_text`."""
        if self.kind == "table":
            return "\n".join("\t".join(cell for cell in row) for row in (self.rows or []))
        return self.text


@dataclass
class RawDocument:
    source_path: str
    file_format: Literal["text", "markdown", "docx", "doc", "pdf", "html"]
    blocks: list[Block]
    page_count: int | None = None
    #: the web portal's information-disclosure box (索引号, 发文机关, 文号, 成文日期 …)
    portal_fields: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    #: things worth knowing that are not errors (permission flags, charset mismatch …)
    warnings: list[str] = field(default_factory=list)

    def block_offsets(self) -> list[int]:
        """Start of each block in :attr:`raw_text` (blocks are joined by one "\\n")."""
        starts, pos = [], 0
        for block in self.blocks:
            starts.append(pos)
            pos += len(block.raw_text()) + 1
        return starts

    @property
    def raw_text(self) -> str:
        return "\n".join(block.raw_text() for block in self.blocks)


@dataclass
class Cell:
    text: str
    char_start: int
    char_end: int


@dataclass
class Table:
    """A table of the normalized document; every cell has a span in ``Document.text``."""

    index: int
    rows: list[list[Cell]]
    header_rows: int
    page: int | None
    char_start: int
    char_end: int

    def header(self) -> list[str]:
        """Header cell texts, the header rows joined per column."""
        if not self.rows:
            return []
        width = max(len(r) for r in self.rows)
        out = []
        for col in range(width):
            parts = []
            for row in self.rows[: max(self.header_rows, 1)]:
                if col < len(row) and row[col].text and row[col].text not in parts:
                    parts.append(row[col].text)
            out.append("".join(parts))
        return out

    def body(self) -> list[list[Cell]]:
        return self.rows[max(self.header_rows, 1) if self.header_rows else 0 :]


@dataclass
class Section:
    """A span of the normalized text with its place in the notice's anatomy or heading tree."""

    path: str  # e.g. "正文/四/（一）/1" or "附件1/一"
    heading: str
    level: int
    char_start: int
    char_end: int
    kind: str = "heading"  # heading | title | recipients | body | attachment | signature | …


@dataclass
class Span:
    char_start: int
    char_end: int
    text: str


@dataclass
class Document:
    """A normalized document: one text, and a map from every character back to raw text and page."""

    raw: RawDocument
    text: str
    #: raw_offsets[i] is the index in ``raw.raw_text`` of normalized character i.
    raw_offsets: array = field(default_factory=lambda: array("i"))
    #: (normalized start, page) change points, sorted.
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    #: normalized text spans of each paragraph (a "\n"-terminated line of ``text``).
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    #: GB/T 9704 parts found by structure(): "doc_number", "title", "recipients",
    #: "signature", "date", "public_status", "cc", "printed", "attachment_list" …
    anatomy: dict[str, Span] = field(default_factory=dict)
    #: True when traditional characters were converted to simplified.
    converted_traditional: bool = False

    def page_at(self, char_index: int) -> int | None:
        if not self.page_starts:
            return None
        starts = self._cached("page_starts", self.page_starts, lambda: [s for s, _ in self.page_starts])
        i = bisect.bisect_right(starts, char_index) - 1
        return self.page_starts[max(i, 0)][1]

    def _cached(self, name: str, source: list, build):
        """An index built once from ``source`` and rebuilt only when that list is replaced or grows
        (a look-up per fact must not walk every page or section of a long document)."""
        cache = self.__dict__.setdefault("_index_cache", {})
        key = (id(source), len(source))
        if name not in cache or cache[name][0] != key:
            cache[name] = (key, build())
        return cache[name][1]

    def raw_span(self, char_start: int, char_end: int) -> tuple[int, int]:
        """The raw-text span that normalized [char_start, char_end) came from."""
        if char_end <= char_start or not len(self.raw_offsets):
            return (0, 0)
        return self.raw_offsets[char_start], self.raw_offsets[char_end - 1] + 1

    def line_breaks(self, char_start: int, char_end: int) -> list[int]:
        """Where the raw text broke a line inside ``[char_start, char_end)`` that normalization joined (the two
        paragraphs of a Word table cell, a wrapped line): the offset of the character after each break."""
        if char_end - char_start < 2 or len(self.raw_offsets) < char_end:
            return []
        raw = self._cached("raw_text", self.raw.blocks, lambda: self.raw.raw_text)
        offsets = self.raw_offsets
        return [i for i in range(char_start + 1, char_end) if "\n" in raw[offsets[i - 1]:offsets[i]]]

    def span(self, char_start: int, char_end: int) -> Span:
        return Span(char_start, char_end, self.text[char_start:char_end])

    def section_at(self, char_index: int) -> Section | None:
        """The deepest section containing ``char_index`` (of equally deep ones, the last listed)."""
        points, owners = self._cached("sections", self.sections, self._section_owners)
        k = bisect.bisect_right(points, char_index) - 1
        return owners[k] if 0 <= k < len(owners) else None

    def _section_owners(self) -> tuple[list[int], list["Section | None"]]:
        """The section boundaries, sorted, and the deepest section over each stretch between two.

        Sections are laid down deepest (then last listed) first; a stretch keeps the first section
        that covers it, and a skip pointer jumps over covered stretches, so each is set once."""
        points = sorted({p for s in self.sections for p in (s.char_start, s.char_end)})
        at = {p: k for k, p in enumerate(points)}
        owners: list[Section | None] = [None] * max(len(points) - 1, 0)
        skip = list(range(len(points)))

        def free(k: int) -> int:
            while skip[k] != k:
                skip[k] = skip[skip[k]]
                k = skip[k]
            return k

        order = sorted(range(len(self.sections)), key=lambda i: (self.sections[i].level, i), reverse=True)
        for i in order:
            section = self.sections[i]
            k, end = free(at[section.char_start]), at[section.char_end]
            while k < end:
                owners[k] = section
                skip[k] = k + 1
                k = free(k + 1)
        return points, owners
