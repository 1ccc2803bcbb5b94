"""Which way is better for an indicator: higher (coverage, base stations) or lower (energy per unit of GDP).

Read from ``schemas/indicators.json`` (and the files named in ``ZHENGCE_INDICATORS``): an entry's
``direction`` says it (``higher``/``up``/``increase`` or ``lower``/``down``/``decrease``). An
indicator with no direction is better higher, unless its target is a ceiling (comparator ``<=`` or
``<``: 不超过, 以内). Reads ``schemas/`` only.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import schemas

INDICATORS = Path(schemas.__file__).resolve().parent / "indicators.json"
_HIGHER = {"higher", "up", "increase", "more", "+", "higher_is_better", "positive"}
_LOWER = {"lower", "down", "decrease", "less", "-", "lower_is_better", "negative"}


def _sense(value) -> int | None:
    if isinstance(value, (int, float)) and value:
        return 1 if value > 0 else -1
    word = str(value or "").strip().lower()
    return 1 if word in _HIGHER else -1 if word in _LOWER else None


@lru_cache(maxsize=1)
def directions() -> dict[str, int]:
    """Canonical indicator name → +1 (higher is better) or -1 (lower is better), where the data says."""
    paths = [INDICATORS] + [Path(p) for p in os.environ.get("ZHENGCE_INDICATORS", "").split(os.pathsep) if p]
    found: dict[str, int] = {}
    for path in paths:
        try:
            entries = json.loads(path.read_text(encoding="utf-8")).get("indicators", [])
        except (OSError, ValueError):
            continue
        for entry in entries:
            sense = _sense(entry.get("direction"))
            if entry.get("name") and sense:
                found[entry["name"]] = sense
    return found


def better_direction(indicator: str | None, comparator: str | None) -> int:
    """+1 when a higher value of ``indicator`` is better, -1 when a lower one is."""
    known = directions().get(indicator or "")
    if known:
        return known
    return -1 if comparator in ("<=", "<") else 1
