"""What one run over a document shares: the context, the candidates, the subject of a sentence.

``Context`` holds the document, its region and reference date, the dictionary, the skip listener
and what later steps settle (达标 goals, ranks without figures); ``Candidate`` is a Target in the
making with where it came from; ``Subject`` is what the previous figure of a sentence was about.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from extractors.targets.dictionary import Dictionary, Indicator
from schemas.records import Target

# on_skip(start, end, reason): hears about every number not taken
SkipFn = Callable[[int, int, str], None]


@dataclass
class Candidate:
    """A Target in the making, with what merging and inheritance need to know."""

    target: Target
    source: str  # body | table
    table_index: int | None = None
    inherit_deadline: bool = False  # an annex indicator table without a date of its own
    total_row: bool = False  # a table's 合计 row: the sum the body may state in words of its own
    row_named: bool = False  # a bare signed figure of a checklist table, named by its row's words (≥75%)

    @property
    def key(self) -> tuple:
        """What two statements of one figure share (without a canonical indicator, the words decide too:
        see :func:`same_words`)."""
        t = self.target
        return (t.indicator, t.value, t.value_max, t.unit, t.scope, t.kind)


@dataclass
class Context:
    """What the steps of one run share: the document, its region and date, the dictionary, the skip listener."""

    doc: object
    text: str
    region: str | None
    reference: str | None
    dictionary: Dictionary
    on_skip: SkipFn | None
    pending_reach: list = field(default_factory=list)  # (Candidate, indicator) goals of reaching a baseline
    in_status_section: bool = False  # the paragraph reports the state of things (一、发展现状)
    in_conditions: bool = False  # the paragraph lies under a heading of conditions (三、申报主体条件)
    rank_notes: list = field(default_factory=list)  # (entity, indicator words, rank) stated without a figure
    # (start, end) of the text a regulation holds in (its figures are rules, requirement), None if none
    regulation: tuple[int, int] | None = None
    report: tuple[int, int] | None = None  # (start, end) of the part of a 通报 that reports the period (``reports``)

    def in_regulation(self, pos: int) -> bool:
        """Whether the text at ``pos`` is part of a regulation the notice is or issues."""
        return self.regulation is not None and self.regulation[0] <= pos < self.regulation[1]

    def skip(self, start: int, end: int, reason: str) -> None:
        if self.on_skip is not None:
            self.on_skip(start, end, reason)


@dataclass
class Subject:
    """What the previous figure of a sentence was about (a ratio or bare verb may refer to it)."""

    raw: str | None
    indicator: Indicator | None
