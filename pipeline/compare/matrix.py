"""The region × indicator matrix: every notice's figures, harmonized and set beside the national threshold.

``compare(db)`` reads the notices (each counted once: its best-read copy's facts) and their targets,
puts each figure in the region it is about (``pipeline.geography``), writes it in its indicator's
unit (``pipeline.compare.units``), finds each indicator's national threshold (the baselines notices quote,
else ``threshold`` in ``schemas/indicators.json``) and marks the figures that fall short of it in the
indicator's direction. ``--latest`` keeps, per region, indicator and kind, the newest notice that
states it; ``--all`` gives one row per region and notice. Reads SQLite and ``schemas/`` only.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.catalogue import CEILING, FLOOR, load_catalogue
from pipeline.geography import NATIONAL, Region, notice_region, scope_region, sort_key
from pipeline.research_db import ResearchError, columns, connect, rows
from pipeline.compare.selection import name_key, region_matches, resolve_indicators, resolve_regions
from pipeline.compare.units import Units, format_number

DEFAULT_KINDS = ("target", "actual")
#: kinds whose figures are set against the national threshold
COMPARED_KINDS = {"target", "actual", "requirement"}
#: a raw indicator (no canonical name) becomes a column when this many notices state it
RAW_RECURRENCE = 2
#: the plan a notice issues: 关于印发《沂水县城镇燃气安全专项整治方案》的通知
_QUOTED_TITLE = re.compile(r"《[^《》]+》")
_COMPARATOR_SIGN = {">": ">", ">=": "≥", "<=": "≤", "<": "<", "=": "", "~": "≈"}


@dataclass
class Figure:
    """One stored figure, in its region and its indicator's unit, with the notice it comes from."""

    target_id: str
    indicator: str
    canonical: bool
    kind: str
    region: Region
    region_wide: bool  # about the whole region, not one operator or group of districts in it
    scope: str | None
    comparator: str | None
    value: float | None
    value_max: float | None
    unit: str | None
    value_raw: float | None
    unit_raw: str | None
    conversion: str | None  # "500 座 → 500 个" when the unit was harmonized
    unit_ok: bool  # False: its unit could not be written in the indicator's unit (not compared)
    deadline: str | None
    deadline_raw: str | None
    rank: int | None
    notice_id: str
    notice_title: str | None
    doc_number: str | None
    issue_date: str | None
    document_id: str
    evidence: str | None
    char_start: int | None
    char_end: int | None
    seq: int = 0
    vs_national: str | None = None  # short | meets | None (no threshold, or not comparable)

    @property
    def source(self) -> str:
        """The notice this figure comes from: its 文号 (or title) and id."""
        return notice_label(self.doc_number, self.notice_title, self.notice_id)

    def text(self, with_unit: bool = True) -> str:
        """≥100 %, 20–30 %, 5141 个."""
        sign = _COMPARATOR_SIGN.get(self.comparator or "=", self.comparator or "")
        number = format_number(self.value)
        if self.value_max is not None:
            number = f"{number}–{format_number(self.value_max)}"
        unit = f" {self.unit}" if with_unit and self.unit else ""
        return f"{sign}{number}{unit}"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["region"] = self.region.name
        data.update(province=self.region.province, city=self.region.city, county=self.region.county,
                    source=self.source)
        return data


@dataclass
class Threshold:
    comparator: str
    value: float
    unit: str | None
    sources: list[str]  # notice references, or "schemas/indicators.json"
    note: str | None = None  # where the notices and schemas/indicators.json disagree

    def text(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"{_COMPARATOR_SIGN.get(self.comparator, self.comparator)}{format_number(self.value)}{unit}"


@dataclass
class IndicatorColumn:
    name: str
    canonical: bool
    unit: str | None
    direction: str  # higher | lower
    threshold: Threshold | None
    conversions: list[str] = field(default_factory=list)  # "蕲春县: 500 座 → 500 个"
    not_converted: list[str] = field(default_factory=list)  # figures whose unit could not be harmonized


@dataclass
class Cell:
    """What a row says about one indicator and kind: the figure that stands for it and the others."""

    figure: Figure | None  # None: only scoped figures of a count (an operator's count is not the region's)
    others: list[Figure]

    @property
    def figures(self) -> list[Figure]:
        return ([self.figure] if self.figure else []) + self.others


@dataclass
class Row:
    region: Region
    notice_id: str | None = None  # --all: one row per region and notice
    notice_label: str | None = None
    issue_date: str | None = None


@dataclass
class Matrix:
    rows: list[Row]
    indicators: list[IndicatorColumn]
    kinds: list[str]
    latest: bool
    cells: dict[tuple[int, str, str], Cell]  # (row index, indicator, kind) → cell
    figures: list[Figure]  # every figure shown, in row and indicator order
    db_path: str = ""

    def cell(self, row: int, indicator: str, kind: str) -> Cell | None:
        return self.cells.get((row, indicator, kind))


def notice_label(doc_number: str | None, title: str | None, notice_id: str, limit: int = 30) -> str:
    """咸政办发〔2022〕31号 [b21de339a4]; without a 文号 the plan a notice issues (《沂水县城镇燃气安全专项整治方案》)
    or its title, shortened."""
    if doc_number:
        return f"{doc_number} [{notice_id}]"
    title = (title or "").strip() or "untitled notice"
    quoted = _QUOTED_TITLE.search(title)
    if quoted:
        title = quoted.group(0)
    title = title if len(title) <= limit else title[: limit - 1] + "…"
    return f"{title} [{notice_id}]"


def falls_short(figure: Figure, threshold: Threshold, direction: str) -> bool | None:
    """Whether the least the figure promises (a target) or reports (an actual) misses the threshold in the
    indicator's direction; None when they cannot be compared (a ceiling target of a higher-is-better
    indicator, a unit that could not be harmonized)."""
    if figure.value is None or not figure.unit_ok or figure.unit != threshold.unit:
        return None
    comparator = figure.comparator or "="
    if direction == "higher":
        if comparator in CEILING:
            return None
        least, strict = figure.value, comparator == ">"
        if threshold.comparator == ">":
            return least < threshold.value or (least == threshold.value and not strict)
        return least < threshold.value
    if comparator in FLOOR:
        return None
    most = figure.value_max if figure.value_max is not None else figure.value
    strict = comparator == "<"
    if threshold.comparator == "<":
        return most > threshold.value or (most == threshold.value and not strict)
    return most > threshold.value


def _is_rate(unit: str | None) -> bool:
    """A share or a per-capita figure holds for each part of a region; a count does not."""
    return bool(unit) and (unit in ("%", "‰") or "/" in unit)


# --- reading --------------------------------------------------------------------------------------

_TARGET_COLUMNS = ("id", "seq", "indicator", "indicator_raw", "kind", "scope", "comparator", "value", "value_max",
                   "unit", "deadline", "deadline_raw", "rank", "evidence", "char_start", "char_end")


def _stored_figures(conn) -> tuple[list[dict], dict[str, dict]]:
    """Every target row of every notice's best-read copy, and the notices by id."""
    notices = {n["id"]: n for n in rows(conn, "select * from notices")}
    have = set(columns(conn, "targets"))
    picked = ", ".join(f"t.[{c}]" if c in have else f"null as [{c}]" for c in _TARGET_COLUMNS)
    figures = rows(conn, f"select {picked}, n.id as notice_id, n.best_document_id as document_id from notices n "
                         f"join targets t on t.document_id = n.best_document_id order by n.id, t.seq")
    return figures, notices


def _indicator_name(stored: dict, raw_names: dict[str, Counter]) -> tuple[str, bool]:
    if stored["indicator"]:
        return stored["indicator"], True
    key = name_key(stored["indicator_raw"])
    raw_names[key][stored["indicator_raw"] or key] += 1
    return key, False


def _read(conn, units: Units, catalogue) -> tuple[list[Figure], dict[str, IndicatorColumn], dict[str, set]]:
    stored, notices = _stored_figures(conn)
    raw_names: dict[str, Counter] = defaultdict(Counter)
    staged = []
    for row in stored:
        if row["value"] is None:
            continue
        notice = notices[row["notice_id"]]
        home = notice_region(notice)
        name, canonical = _indicator_name(row, raw_names)
        region = scope_region(row["scope"], home)
        staged.append((row, notice, name, canonical, region or home, region is not None))
    # a raw indicator is named by the words its notices use most
    display = {key: counter.most_common(1)[0][0] for key, counter in raw_names.items()}
    by_indicator: dict[str, list] = defaultdict(list)
    for item in staged:
        by_indicator[item[2]].append(item)
    columns_, figures, notices_of = {}, [], defaultdict(set)
    for key, items in by_indicator.items():
        canonical = items[0][3]
        name = key if canonical else display[key]
        entry = catalogue.get(name) if canonical else None
        unit = entry.unit if entry and entry.unit else units.unit_for([i[0]["unit"] for i in items])
        column = IndicatorColumn(name, canonical, unit, entry.direction if entry else _raw_direction(items), None)
        columns_[name] = column
        for row, notice, _, _, region, region_wide in items:
            notices_of[name].add(notice["id"])
            figures.append(_figure(row, notice, name, canonical, region, region_wide, column, units))
    return figures, columns_, notices_of


def _raw_direction(items) -> str:
    """A raw indicator whose targets are mostly ceilings (不超过, 以内) is better lower."""
    comparators = Counter("lower" if i[0]["comparator"] in CEILING else "higher"
                          for i in items if i[0]["kind"] == "target")
    return "lower" if comparators["lower"] > comparators["higher"] else "higher"


def _figure(row, notice, name, canonical, region, region_wide, column: IndicatorColumn, units: Units) -> Figure:
    converted = units.convert(row["value"], row["unit"], column.unit, name)
    if converted is None:
        value, value_max, unit, note, unit_ok = row["value"], row["value_max"], row["unit"], None, False
    else:
        value, unit, note, unit_ok = converted.value, converted.unit, converted.note, True
        value_max = None if row["value_max"] is None else units.convert(row["value_max"], row["unit"], column.unit,
                                                                           name).value
    return Figure(
        target_id=row["id"], indicator=name, canonical=canonical, kind=row["kind"] or "target", region=region,
        region_wide=region_wide, scope=row["scope"], comparator=row["comparator"], value=value, value_max=value_max,
        unit=unit, value_raw=row["value"], unit_raw=row["unit"], conversion=note, unit_ok=unit_ok,
        deadline=row["deadline"], deadline_raw=row["deadline_raw"], rank=row["rank"], notice_id=notice["id"],
        notice_title=notice.get("title"), doc_number=notice.get("doc_number"), issue_date=notice.get("issue_date"),
        document_id=row["document_id"], evidence=row["evidence"], char_start=row["char_start"],
        char_end=row["char_end"], seq=row["seq"] or 0)


# --- thresholds -----------------------------------------------------------------------------------

def _threshold(column: IndicatorColumn, baselines: list[Figure], catalogue) -> Threshold | None:
    """The national threshold the notices quote most often (the newest notice on a tie), else the
    catalogue's; a disagreement between them is noted."""
    entry = catalogue.get(column.name) if column.canonical else None
    schema = None
    if entry and entry.threshold:
        schema = Threshold(entry.threshold[0], entry.threshold[1], entry.unit, ["schemas/indicators.json"])
    quoted = [f for f in baselines if f.unit_ok and f.value is not None and f.unit == column.unit]
    if not quoted:
        return schema
    counts = Counter((f.comparator or ">=", f.value) for f in quoted)
    newest = {key: max(f.issue_date or "" for f in quoted if (f.comparator or ">=", f.value) == key) for key in counts}
    comparator, value = max(counts, key=lambda k: (counts[k], newest[k]))
    sources = sorted({f.source for f in quoted if (f.comparator or ">=", f.value) == (comparator, value)})
    threshold = Threshold(comparator, value, column.unit, sources)
    others = sorted({f"{f.text()} ({f.source})" for f in quoted if (f.comparator or ">=", f.value) != (comparator, value)})
    notes = []
    if schema and (schema.comparator, schema.value) != (comparator, value):
        notes.append(f"schemas/indicators.json says {schema.text()}")
    elif schema:
        threshold.sources.append("schemas/indicators.json")
    if others:
        notes.append("other notices quote " + "; ".join(others))
    threshold.note = "; ".join(notes) or None
    return threshold


# --- the matrix -----------------------------------------------------------------------------------

def _newest_notice(figures: list[Figure]) -> str:
    return max(figures, key=lambda f: (f.issue_date or "", f.notice_id)).notice_id


def _cell(figures: list[Figure], column: IndicatorColumn) -> Cell:
    """The region-wide figure due last (a target) or dated last (an actual) stands for the cell; with only
    scoped figures, the weakest of a rate (what every part must reach), none of a count."""
    ordered = sorted(figures, key=lambda f: (f.deadline or "", -f.seq), reverse=True)
    wide = [f for f in ordered if f.region_wide]
    if wide:
        chosen = wide[0]
    elif _is_rate(column.unit):
        comparable = [f for f in ordered if f.unit_ok and f.value is not None]
        reverse = column.direction == "lower"
        chosen = sorted(comparable, key=lambda f: f.value, reverse=reverse)[0] if comparable else None
    else:
        chosen = None
    return Cell(chosen, [f for f in ordered if f is not chosen])


def compare(db_path: str | Path, *, indicators: list[str] | None = None, regions: list[str] | None = None,
            kinds: list[str] | None = None, latest: bool = True) -> Matrix:
    """The matrix of ``db_path``'s notices (see the module docstring); ResearchError for a name that
    matches nothing (with the close names) or a selection without figures."""
    conn = connect(db_path)
    try:
        catalogue = load_catalogue()
        units = Units()
        figures, columns_, notices_of = _read(conn, units, catalogue)
    finally:
        conn.close()
    kinds = list(kinds or DEFAULT_KINDS)
    known_kinds = sorted({f.kind for f in figures} | set(DEFAULT_KINDS) | {"baseline"})
    for kind in kinds:
        if kind not in known_kinds:
            raise ResearchError(f"no kind {kind!r}; kinds in the database: {', '.join(known_kinds)}")
    baselines = defaultdict(list)
    for f in figures:
        if f.kind == "baseline" and f.region.name == NATIONAL:
            baselines[f.indicator].append(f)
    recurring = {c.name for c in columns_.values() if c.canonical or len(notices_of[c.name]) >= RAW_RECURRENCE}
    # the catalogue's order, then canonical names it lacks (a database made with other schemas), then raw ones
    # stated by most notices first
    order = list(catalogue) + sorted((n for n in recurring if n not in catalogue),
                                     key=lambda n: (not columns_[n].canonical, -len(notices_of[n]), n))
    if indicators:
        wordings = {name_key(w): e.name for e in catalogue.values() for w in (e.name, *e.wordings)}
        wanted = resolve_indicators(indicators, list(catalogue) + [c for c in columns_ if c not in catalogue],
                                    wordings)
    else:
        wanted = [n for n in order if n in recurring]
    shown = [f for f in figures if f.indicator in wanted and f.kind in kinds
             and not (f.kind == "baseline" and f.region.name == NATIONAL and "baseline" not in kinds)]
    if regions:
        resolve_regions(regions, {f.region for f in figures})
        shown = [f for f in shown if any(region_matches(q, f.region) for q in regions)]
    if not shown:
        raise ResearchError(_nothing_shown(figures, columns_, notices_of, kinds, wanted, bool(indicators or regions)))
    columns_list = []
    for name in wanted:
        column = columns_.get(name) or _empty_column(name, catalogue)
        column.threshold = _threshold(column, baselines.get(name, []), catalogue)
        columns_list.append(column)
    by_column = {c.name: c for c in columns_list}
    for f in shown:
        column = by_column[f.indicator]
        if f.conversion and f"{f.region.label}: {f.conversion}" not in column.conversions:
            column.conversions.append(f"{f.region.label}: {f.conversion}")
        if not f.unit_ok:
            column.not_converted.append(f"{f.region.label}: {format_number(f.value)} {f.unit or '(no unit)'}")
        threshold = column.threshold
        if threshold and f.kind in COMPARED_KINDS:
            short = falls_short(f, threshold, by_column[f.indicator].direction)
            f.vs_national = None if short is None else ("short" if short else "meets")
    return _assemble(shown, columns_list, kinds, latest, str(db_path), keep_empty=bool(indicators))


def _nothing_shown(figures, columns_, notices_of, kinds, wanted, selected: bool) -> str:
    """Why the matrix is empty, and what to ask for instead."""
    if selected:
        return (f"no figure of kind {'/'.join(kinds)} for the indicators and regions asked for"
                + (f" ({', '.join(wanted)})" if wanted else ""))
    stated = sorted((c for c in columns_ if not columns_[c].canonical), key=lambda c: (-len(notices_of[c]), c))[:8]
    return (f"the database holds {len(figures)} figures, but none of kind {'/'.join(kinds)} with a canonical "
            "indicator (schemas/indicators.json) or with words that recur in two notices"
            + (f"; name one with --indicator, e.g. {', '.join(stated)}" if stated else ""))


def _empty_column(name: str, catalogue) -> IndicatorColumn:
    entry = catalogue[name]
    return IndicatorColumn(name, True, entry.unit, entry.direction, None)


def _assemble(shown: list[Figure], columns_list: list[IndicatorColumn], kinds: list[str], latest: bool,
              db_path: str, *, keep_empty: bool) -> Matrix:
    """Rows, cells and the figures they hold; an indicator without a figure of the kinds asked for is
    left out unless it was asked for by name."""
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    if latest:
        for f in shown:
            groups[(f.region, None, f.indicator, f.kind)].append(f)
        for key, members in list(groups.items()):
            newest = _newest_notice(members)
            groups[key] = [f for f in members if f.notice_id == newest]
        row_keys = sorted({(k[0], None) for k in groups}, key=lambda k: sort_key(k[0]))
    else:
        for f in shown:
            groups[(f.region, f.notice_id, f.indicator, f.kind)].append(f)
        dates = {f.notice_id: (f.issue_date or "", f.source) for f in shown}
        row_keys = sorted({(k[0], k[1]) for k in groups}, key=lambda k: (sort_key(k[0]), dates[k[1]]))
    index = {key: i for i, key in enumerate(row_keys)}
    matrix_rows = []
    for region, notice in row_keys:
        if notice is None:
            matrix_rows.append(Row(region))
        else:
            sample = next(f for f in shown if f.notice_id == notice)
            matrix_rows.append(Row(region, notice, sample.source, sample.issue_date))
    by_column = {c.name: c for c in columns_list}
    cells = {}
    for (region, notice, indicator, kind), members in groups.items():
        cells[(index[(region, notice)], indicator, kind)] = _cell(members, by_column[indicator])
    position = {c.name: i for i, c in enumerate(columns_list)}
    ordered = sorted(cells.items(), key=lambda item: (item[0][0], position[item[0][1]], kinds.index(item[0][2])))
    figures = [f for _, cell in ordered for f in cell.figures]
    used = {indicator for (_, indicator, _) in cells}
    return Matrix(matrix_rows, [c for c in columns_list if keep_empty or c.name in used], kinds, latest, cells,
                  figures, db_path)
