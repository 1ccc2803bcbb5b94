"""Robust central values of positions and sizes (in points): the median, and the mode over 1-pt bins.

Used to measure a gutter, a frame's margins and a table's line pitch from lists of floats.
"""
from __future__ import annotations

from collections import Counter


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _mode(values: list[float]) -> float:
    """The most common value (1-pt bins, neighbours counted), averaged over its bin."""
    counts = Counter(round(v) for v in values)
    best = max(counts, key=lambda k: (counts[k] + counts.get(k - 1, 0) + counts.get(k + 1, 0), counts[k]))
    near = [v for v in values if abs(v - best) <= 1.5]
    return sum(near) / len(near)
