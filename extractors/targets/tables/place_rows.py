"""A table of places without a header, under a title announcing what its figures are.

``2025年秸秆离田利用任务分解如下：`` over ``| 甲镇 | 1.2万吨 |`` / ``| 其余各镇合计 | 3.5万吨 |`` (no header row): each row's
figure is the announced measure (``秸秆离田利用任务``) in the row's place, due by the title's date; a 合计/全县 row is the
issuer's region. Reads the title and the rows; appends the Candidates, or reports that the table is no such list.
"""
from __future__ import annotations

from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.place_lines import measure_announced, place_label
from extractors.targets.tables.layout import cell_quantity, date_of_title, region_total, table_kind
from pipeline.model import Table


def read_place_rows(ctx: Context, table: Table, title: str, out: list[Candidate]) -> bool:
    """One Candidate per row of a headerless table of places (place | figure) under a title announcing the measure;
    False, appending nothing, for any other table."""
    measure = measure_announced(ctx, title.split(" ")[-1]) if title else None
    if not measure or len(table.rows) < 2:
        return False
    found = []
    for row in table.rows:
        cells = [c for c in row if c.text.strip()]
        label = cells[0].text.strip() if cells else ""
        total = region_total(label)  # 合计 / 合计（含其他镇）
        place = None if total else place_label(label)
        if len(cells) != 2 or not (total or place):
            return False
        q, comp = cell_quantity(ctx.text, cells[1], None, 1.0)
        if q is None:
            return False
        found.append((cells[1], q, comp, ctx.region if total else place, total))
    kind, due = table_kind(title, []), date_of_title(ctx, title)
    for cell, q, comp, scope, total in found:
        target = make_target(ctx, cell, q, comp, measure, kind, scope, due)
        out.append(Candidate(target, "table", table.index, total_row=total))
    return True
