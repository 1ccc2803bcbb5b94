"""A unit note on a line of its own closing a section (二、提高补贴标准 ⏎ 在…基础上，对以下机具提高补贴额：… ⏎ （X牵头，Y配合）):
the note names the units of the section's measure, which opens at the section's first paragraph; the note alone is no
task text.

Reads the tasks found and the outline; moves such a task's start back to its section's first paragraph.
"""
from __future__ import annotations

import regex

from extractors.tasks.outline import heading_at

# （农业农村部农机化司牵头，财政部农业农村司配合） / （由X负责）: a bracketed unit note, whole
NOTE_LINE = regex.compile(r"[（(][^（）()\n]{2,80}?(?:牵头|负责|配合|参与)[^（）()\n]{0,40}[）)][。.]?")


def section_notes(doc, headings, tasks) -> None:
    """Give each task that is only a note on its own line closing a section without items (``NOTE_LINE``) the text of
    its section, from the first paragraph after the heading, when no other task starts there before it."""
    text = doc.text
    for task in tasks:
        if not NOTE_LINE.fullmatch(text, task.char_start, task.char_end) \
                or text[task.char_start - 1:task.char_start] not in ("\n", ""):
            continue
        heading = heading_at(headings, task.char_start)
        if heading is None or heading.children or heading.level != 1:
            continue
        line_end = text.find("\n", heading.marker_end, task.char_start)
        if line_end < 0:
            continue
        start = line_end + 1
        while start < task.char_start and text[start] in " \t\u3000\n":
            start += 1
        if start >= task.char_start or any(t is not task and start <= t.char_start < task.char_start for t in tasks):
            continue
        task.char_start = start
        task.text = task.evidence = text[start:task.char_end]
        task.page = doc.page_at(start)
