"""The 信息公开 box of a page saved as text or Markdown: its fields, and which lines it took.

Scrapers and copy-paste save a portal's box in many shapes; every one of these is read:

    索引号：000014349/2021-00012  主题分类：城乡建设          label：value, several per line
    • 发文字号:某府办发〔2022〕10号                          bullets (• · - *)
    文 号: | 某府办发〔2022〕10号 |                           a table row flattened with pipes (or tabs)
    | 索引号 | 000014349/2021-00012 | 主题分类 | 城乡建设 |   label and value cells in turn
    索  引  号：                                              a label alone, its value on the next line
    000014349/2021-00012                                    (gov.cn's 信息公开 table, one cell per line)

A run of such lines is a box only when it names two or more labels (a lone ``标题：`` in the body
is text). Returns the fields under the keys of ``schemas/portal_labels.json`` (a stop label's value
under the label itself) and the indexes of the lines to leave out of the body.
"""
from __future__ import annotations

import regex

from pipeline.ingest.portal_labels import BULLET, COLON, GLUED_VALUE, LABEL_AT_START, colon_pairs, field_key, squash

# | or ｜ or a tab: a cell separator of a flattened table row
CELL_SEPARATOR = regex.compile(r"\s*[|｜\t]\s*")
# | --- | :---: | --- |: the rule under a Markdown table's first row (a box saved as a pipe table)
SEPARATOR_ROW = regex.compile(r"^\s*[|｜]?(?:\s*:?-{3,}:?\s*[|｜])+\s*(?::?-{3,}:?\s*)?$")
#: box lines may be this many lines apart (an empty value line, a stray separator) and stay one box
_GAP = 1

Pair = tuple[str, str | None, str]  # (label as written, squashed; key or None for a stop label; value)


def _cells(line: str) -> list[str]:
    """A line's cells: split at pipes and tabs, empty cells dropped."""
    return [cell.strip() for cell in CELL_SEPARATOR.split(line.strip().strip("|｜")) if cell.strip()]


def _label_only(cell: str) -> str | None:
    """The label of a cell that is a label and nothing else ("文 号:", "索 引 号"), else None."""
    m = LABEL_AT_START.match(cell)
    if not m:
        return None
    rest = cell[m.end():]
    colon = COLON.match(rest)
    rest = rest[colon.end():] if colon else rest
    return squash(m.group("label")) if not rest.strip() else None


def _cell_pairs(cells: list[str]) -> list[Pair] | None:
    """Pairs of a row of cells (label cell, value cell … or label：value cells); None if a cell is neither."""
    pairs: list[Pair] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        label = _label_only(cell)
        if label is not None:
            value = cells[i + 1] if i + 1 < len(cells) and _label_only(cells[i + 1]) is None else ""
            if value and LABEL_AT_START.match(value) and COLON.match(value[LABEL_AT_START.match(value).end():]):
                value = ""  # the next cell is "label：value" of its own
            pairs.append((label, field_key(label), value))
            i += 2 if value else 1
            continue
        found = colon_pairs(cell)
        if found and LABEL_AT_START.match(cell):
            pairs.extend(found)
            i += 1
            continue
        glued = _glued(cell)
        if glued is None:
            return None
        pairs.append(glued)
        i += 1
    return pairs


def _glued(cell: str) -> Pair | None:
    """"文号某工信函〔2021〕05号": a value glued to its label, accepted only in the value's own shape."""
    m = LABEL_AT_START.match(cell)
    if not m:
        return None
    label = squash(m.group("label"))
    key = field_key(label)
    validator = GLUED_VALUE.get(key) if key else None
    value = cell[m.end():].strip()
    return (label, key, value) if validator is not None and validator.search(value) else None


def _line_pairs(line: str) -> list[Pair] | None:
    """The box pairs of one line, or None when the line is not a box line."""
    text = BULLET.sub("", line.strip().strip("|｜").strip())
    if not text or not LABEL_AT_START.match(text):
        return None
    return _cell_pairs(_cells(text))


def _fits(pair: Pair, value: str) -> bool:
    """A line below an empty label is its value only in the value's own shape (not the next title)."""
    validator = GLUED_VALUE.get(pair[1]) if pair[1] else None
    if validator is not None:
        return bool(validator.search(value))
    return 0 < len(value) <= 40


def portal_box(lines: list[str]) -> tuple[dict[str, str], set[int]]:
    """(fields, indexes of the box's lines) of every box among ``lines``."""
    found: list[tuple[int, list[Pair], list[int]]] = []
    i = 0
    while i < len(lines):
        pairs = _line_pairs(lines[i])
        if pairs is None:
            i += 1
            continue
        used = [i]
        if pairs and not pairs[-1][2] and i + 1 < len(lines):
            following = lines[i + 1].strip()
            if _fits(pairs[-1], following) and _line_pairs(following) is None:
                pairs[-1] = (pairs[-1][0], pairs[-1][1], following)  # the value on the next line
                used.append(i + 1)
        found.append((i, pairs, used))
        i = used[-1] + 1
    fields: dict[str, str] = {}
    taken: set[int] = set()
    for run in _runs(found, lines):
        labels = {label for _, pairs, _ in run for label, _, _ in pairs}
        if len(labels) < 2 or not any(key for _, pairs, _ in run for _, key, _ in pairs):
            continue
        for _, pairs, used in run:
            for label, key, value in pairs:
                name = key or label
                if name not in fields or (not fields[name] and value):
                    fields[name] = value
            taken.update(used)
        first, last = run[0][0], run[-1][2][-1]
        taken.update(k for k in range(first, min(last + 2, len(lines))) if SEPARATOR_ROW.match(lines[k]))
    return fields, taken


def _runs(found, lines: list[str]):
    """Box lines grouped into runs: consecutive, or apart by at most ``_GAP`` blank or short lines."""
    run: list = []
    last = -1
    for item in found:
        first = item[0]
        between = [lines[k].strip() for k in range(last + 1, first) if not SEPARATOR_ROW.match(lines[k])] if run else []
        if run and (len([t for t in between if t]) > _GAP or any(len(t) > 20 for t in between)):
            yield run
            run = []
        run.append(item)
        last = item[2][-1]
    if run:
        yield run
