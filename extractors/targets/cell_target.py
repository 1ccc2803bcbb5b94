"""The Target of a figure whose words are known already: a table cell, a ranking, a place line. The prose path
(``figure.from_quantity``) works the words out first; these callers have them from a header or a label.
"""
from __future__ import annotations

from extractors.numbers import Quantity
from extractors.targets.context import Context
from extractors.targets.kind import comparator_for
from extractors.targets.subjects import per_capita
from pipeline.model import Cell
from schemas.records import Deadline, Target


def make_target(ctx: Context, cell: Cell, q: Quantity, comp: str | None, words: str, kind: str, scope: str | None,
                deadline: Deadline | None, bound: bool = False) -> Target:
    """The Target of a figure whose words are known already (a table cell, a ranking); ``bound``: its column states
    the bound (省定最低标准 → >=, even for support)."""
    unit = per_capita(q.unit, words)
    indicator = ctx.dictionary.match(words, unit)
    comp = comparator_for(kind, comp, bound, lower_is_better=ctx.dictionary.lower_is_better(words, indicator))
    if kind == "baseline":
        scope, deadline = "全国", None
    return Target(
        char_start=cell.char_start, char_end=cell.char_end, evidence=cell.text,
        indicator=indicator.name if indicator else None, indicator_raw=words, kind=kind,
        scope=scope or ctx.region, comparator=comp, value=q.value, value_max=q.value_max, unit=unit,
        deadline=deadline.date if deadline else None, deadline_start=deadline.start if deadline else None,
        deadline_raw=deadline.raw if deadline else None,
    )
