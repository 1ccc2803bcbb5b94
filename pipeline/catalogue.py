"""The indicator catalogue as the researcher's side reads it from ``schemas/indicators.json``.

Canonical names in the file's order, each with its unit, whether higher or lower is better, its
national threshold where the file gives one (the MIIT 千兆城市 indicators) and the wordings that name
it, so that ``--indicator 千兆光网覆盖率`` finds ``城市家庭千兆光纤网络覆盖率``. Files named in
``ZHENGCE_INDICATORS`` (os.pathsep-separated) add entries, as they do for the extractor.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
INDICATORS_FILE = SCHEMAS / "indicators.json"
#: comparators that make a threshold a floor (higher is better) or a ceiling (lower is better)
FLOOR, CEILING = {">", ">="}, {"<", "<="}


@dataclass(frozen=True)
class CatalogueEntry:
    name: str
    unit: str | None
    direction: str  # higher | lower: which way a figure is better
    threshold: tuple[str, float] | None  # (comparator, value) in ``unit``
    miit: bool
    wordings: tuple[str, ...]


def _direction(entry: dict) -> str:
    stated = str(entry.get("direction") or "").lower()
    if stated in ("higher", "lower"):
        return stated
    if stated in ("up", "more", "increase", "max"):
        return "higher"
    if stated in ("down", "less", "decrease", "min"):
        return "lower"
    threshold = entry.get("threshold") or {}
    return "lower" if threshold.get("comparator") in CEILING else "higher"


def _entry(raw: dict) -> CatalogueEntry:
    threshold = raw.get("threshold")
    if isinstance(threshold, dict) and threshold.get("value") is not None:
        threshold = (threshold.get("comparator") or ">=", float(threshold["value"]))
    elif isinstance(threshold, (int, float)):
        threshold = (">=", float(threshold))
    else:
        threshold = None
    return CatalogueEntry(name=raw["name"], unit=raw.get("unit"), direction=_direction(raw), threshold=threshold,
                          miit=bool(raw.get("miit")), wordings=tuple(raw.get("wordings") or ()))


def load_catalogue() -> dict[str, CatalogueEntry]:
    """Canonical name → entry, in the order of the files (schemas/indicators.json first)."""
    paths = [INDICATORS_FILE] + [Path(p) for p in os.environ.get("ZHENGCE_INDICATORS", "").split(os.pathsep) if p]
    catalogue: dict[str, CatalogueEntry] = {}
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        for raw in data.get("indicators", []):
            if raw.get("name") and raw["name"] not in catalogue:
                catalogue[raw["name"]] = _entry(raw)
    return catalogue
