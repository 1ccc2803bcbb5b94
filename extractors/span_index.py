"""Look-ups by position that cost a logarithm, not a pass over the whole notice.

Checking each new span against every kept one, or every match of a pattern against each anchor,
made extraction cost the square of a notice's length (a 4 MB text ran for minutes). ``SpanSet``
holds non-overlapping spans sorted by start; ``NearestStart`` holds positions and finds the one
nearest an anchor. Pure data structures: read and return positions.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


class SpanSet:
    """Non-overlapping ``(start, end)`` spans sorted by start (so their ends are sorted too)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._spans = sorted(spans)

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already held."""
        insort(self._spans, (start, end))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The held spans that share at least one position with ``[start, end)``."""
        found = []
        i = bisect_left(self._spans, (end,)) - 1  # the last span starting before ``end``
        while i >= 0 and self._spans[i][1] > start:
            found.append(self._spans[i])
            i -= 1
        return found[::-1]

    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)


class NearestStart(Generic[T]):
    """Items keyed by a start position (given in ascending order); the one nearest an anchor."""

    def __init__(self, items: Iterable[tuple[int, T]]):
        pairs = list(items)
        self._starts = [start for start, _ in pairs]
        self._items = [item for _, item in pairs]

    def nearest(self, anchor: int) -> T | None:
        """The item whose start is nearest ``anchor``; of two as near, the earlier one."""
        if not self._starts:
            return None
        i = bisect_left(self._starts, anchor)
        if i == len(self._starts):
            return self._items[-1]
        if i and anchor - self._starts[i - 1] <= self._starts[i] - anchor:
            return self._items[i - 1]
        return self._items[i]
