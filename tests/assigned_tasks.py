"""What the task tests compare: a notice's assigned tasks as (text, [(role, unit as written)], deadline, recurrence)."""
from __future__ import annotations

from pathlib import Path

from pipeline.runner import extract_document


def assigned_tasks(path: Path) -> list[tuple]:
    """The tasks of the notice at ``path`` that name their units, in text order."""
    tasks = extract_document(path)[1]["tasks"]
    return [(t.text, [(a.role, a.name_raw) for a in t.agencies], t.deadline, t.recurrence) for t in tasks
            if t.assigned]


def written_tasks(folder: Path, name: str, text: str) -> list:
    """Every task, assigned or not, of a notice of our own written to ``folder / name``."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return extract_document(str(path))[1]["tasks"]


def starts(got: list[tuple], expected: list[tuple]) -> list[tuple]:
    """``got`` cut to the length of each expected task's start, beside its units, for comparing with ``expected``."""
    return [(text[:len(start)], agencies) for (text, agencies, _, _), (start, _) in zip(got, expected)]
