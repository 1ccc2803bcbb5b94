"""The heading tree of a part: 一、 → （一） → 1. → （1） → ① as sections of levels 1–5.

Reads a part's lines; returns :class:`~pipeline.model.Section` s whose paths nest under the part
(``方案/四/（一）/1``), each running to the next heading of the same or a higher level.
"""
from __future__ import annotations

import regex

from pipeline.model import Section
from pipeline.structure.lines import Line
from pipeline.structure.patterns import HEADING, RUN_IN_END


def _heading_text(text: str) -> str:
    """A run-in heading ``（一）加快部署。各企业…`` is the words up to its first full stop."""
    m = RUN_IN_END.search(text)
    return text[: m.start()] if m and m.end() < len(text) else text.rstrip("。")


def _marker(m: regex.Match) -> str:
    marker = m.group(0).rstrip("、.．")
    return marker.replace("(", "（").replace(")", "）")


def heading_sections(lines: list[Line], first: int, last: int, root: str) -> list[Section]:
    """The 一、/（一）/1./（1） tree of lines first..last under ``root`` (a part's path).

    A heading's section runs to the line before the next heading of the same or a higher level,
    or to the end of its part.
    """
    found: list[tuple[int, Section]] = []  # (line index, section)
    stack: list[tuple[int, str]] = []  # (level, path)
    for k in range(first, last + 1):
        line = lines[k]
        m = None if line.table else HEADING.match(line.text)
        if not m:
            continue
        level = next(int(name[1]) for name, value in m.groupdict().items() if value)
        while stack and stack[-1][0] >= level:
            stack.pop()
        path = f"{stack[-1][1] if stack else root}/{_marker(m)}"
        found.append((k, Section(path, _heading_text(line.text), level, line.start, line.end)))
        stack.append((level, path))
    for i, (k, section) in enumerate(found):
        nxt = next((j for j, later in found[i + 1 :] if later.level <= section.level), last + 1)
        section.char_end = lines[nxt - 1].end
    return [section for _, section in found]
