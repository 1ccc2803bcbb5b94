"""Units harmonized to one per indicator before figures are compared (conversions: ``schemas/units.json``).

``Units.convert(value, unit, to, indicator)`` follows the conversions of the file both ways and
chained (亿元 → 万元 → 元), those limited to some indicators only there (座 is 个 for base stations),
and says what it did (``500 座 → 500 个``). A figure stored without a unit is a bare count: it takes
the indicator's unit when that unit is a count. ``Units.unit_for`` picks the unit an indicator with
no canonical unit is compared in.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from schemas import data_file

UNITS_FILE = data_file("units.json")


@dataclass(frozen=True)
class Conversion:
    value: float
    unit: str | None
    note: str | None  # what was done, e.g. "500 座 → 500 个"; None when nothing changed


def format_number(value: float | None) -> str:
    """12000.0 → 12000, 19.4 → 19.4, 0.00012 → 0.00012 (no float noise)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10g}"


class Units:
    def __init__(self, path: Path = UNITS_FILE):
        data = json.loads(path.read_text(encoding="utf-8"))
        # unit → [(other unit, factor, words an indicator must contain or ())]
        self.edges: dict[str, list[tuple[str, float, tuple[str, ...]]]] = {}
        for c in data.get("conversions", []):
            words = tuple(c.get("when_indicator_has") or ())
            self.edges.setdefault(c["from"], []).append((c["to"], float(c["factor"]), words))
            self.edges.setdefault(c["to"], []).append((c["from"], 1 / float(c["factor"]), words))
        self.preferred: dict[str, str] = data.get("preferred", {})
        self.count_units = set(data.get("count_units", []))

    def factor(self, unit: str, to: str, indicator: str) -> float | None:
        """How many ``to`` one ``unit`` is for this indicator, or None when no chain of conversions leads there."""
        if unit == to:
            return 1.0
        seen, frontier = {unit}, [(unit, 1.0)]
        while frontier:
            nxt = []
            for current, factor in frontier:
                for other, step, words in self.edges.get(current, ()):
                    if other in seen or (words and not any(w in indicator for w in words)):
                        continue
                    if other == to:
                        return factor * step
                    seen.add(other)
                    nxt.append((other, factor * step))
            frontier = nxt
        return None

    def convert(self, value: float | None, unit: str | None, to: str | None, indicator: str) -> Conversion | None:
        """``value`` in ``unit`` written in ``to``; None when it cannot be (a % is no count)."""
        if to is None or unit == to:
            return Conversion(value, unit, None)
        if unit is None:
            if to in self.count_units:
                return Conversion(value, to, f"{format_number(value)} (no unit: a count) → {format_number(value)} {to}")
            return None
        factor = self.factor(unit, to, indicator)
        if factor is None:
            return None
        converted = None if value is None else float(f"{value * factor:.12g}")
        return Conversion(converted, to, f"{format_number(value)} {unit} → {format_number(converted)} {to}")

    def unit_for(self, units: list[str | None]) -> str | None:
        """The unit an indicator without a canonical unit is compared in: the preferred form of the unit
        most of its figures use (first seen on a tie)."""
        counted = Counter(self.preferred.get(u, u) for u in units if u)
        return counted.most_common(1)[0][0] if counted else None
