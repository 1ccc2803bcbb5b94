"""Clauses a ； joins into one sentence of a task force's requirement where the later one hands a part of the same work to
an agent (（二）场地布置和安全保障。X须在5月20日前完成…；由Y负责安全保障工作。): one task, its units those of both clauses; a
later clause that tells its own subject what to do (…；市财政局要统筹…) is a task of its own, as is a sentence after a 。.

Reads the tasks found in one requirement item; returns them with such runs joined.
"""
from __future__ import annotations

import regex

# ；/ ; closing a clause (spaces after it allowed)
JOINING = regex.compile(r"[；;]\s*$")
# 由Y负责… opening the later clause: an agent handed a part of the work
AGENT_CLAUSE = regex.compile(r"由")


def joined_clauses(doc, tasks) -> list:
    """``tasks`` (of one item, in text order) with each task whose text ends in a ； merged with the next when the next
    starts right after it with 由 (AGENT_CLAUSE): the first keeps its start and takes the next's end, deadline (if it
    has none) and units."""
    text = doc.text
    out = []
    for task in sorted(tasks, key=lambda t: t.char_start):
        last = out[-1] if out else None
        if last is not None and JOINING.search(text, last.char_start, last.char_end) \
                and not text[last.char_end:task.char_start].strip() and AGENT_CLAUSE.match(text, task.char_start):
            last.char_end = task.char_end
            last.text = last.evidence = text[last.char_start:last.char_end]
            if last.deadline is None and last.recurrence is None:
                last.deadline, last.deadline_start, last.recurrence = task.deadline, task.deadline_start, task.recurrence
                last.deadline_flag, last.deadline_raw = task.deadline_flag, task.deadline_raw
            last.agencies += [a for a in task.agencies
                              if not any(a.char_start == b.char_start for b in last.agencies)]
            continue
        out.append(task)
    return out
