"""When a table's goals are due, by a sentence of the notice outside the table that sets a date for finishing their work.

``街道 | 新建充电桩（个）`` with no date in the caption, the header or the rows, and later ``各街道办事处要于2023年11月底前完成
新建充电桩建设并投入使用``: each place's 新建充电桩 is due 2023-11-30. A clause naming the column's words, a verb of finishing
(完成 / 建成 / 投入运营 …) and one date, and the only such date the text gives them, dates the column; a date for a report
on them (…前报送…情况) dates nothing. Reads the text around a table; returns the Deadline or None.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from schemas.records import Deadline

# a sentence: up to 。；; ！？ or a line's end
SENTENCE = regex.compile(r"[^。；;！？!?\n]+")
# a clause of a sentence: up to ，,
CLAUSE = regex.compile(r"[^，,]+")
# the verb of finishing the work in such a clause: 完成 / 建成 / 投入运营 / 竣工 / 全部开工
FINISH = regex.compile(r"完成|建成|投入运营|投入使用|竣工|全部开工")
# a clause about a report on the work, not the work: 报送 / 上报 / 报告 / 总结
REPORTING = regex.compile(r"报送|上报|报告|总结|备案|汇总")


def finishing_date(text: str, words: str, reference: str | None, table_start: int, table_end: int) -> Deadline | None:
    """The one date a clause outside the table (``table_start``–``table_end``) sets for finishing the work the column's
    ``words`` name (新建充电桩: …要于2023年11月底前完成新建充电桩建设…); None for none or several."""
    if len(words) < 3:
        return None
    dates = {}
    for sentence in SENTENCE.finditer(text):
        if table_start <= sentence.start() < table_end or words not in sentence.group(0):
            continue
        clauses = list(CLAUSE.finditer(text, sentence.start(), sentence.end()))
        for k, clause in enumerate(clauses):
            said = clause.group(0)
            if words not in said or not FINISH.search(said) or REPORTING.search(said):
                continue
            # …于2023年11月底前，完成新建充电桩建设: the date in the clause before
            for piece in (clause, clauses[k - 1] if k and not REPORTING.search(clauses[k - 1].group(0)) else None):
                found = [d for d in find_deadlines(text, reference, piece.start(), piece.end(), recurrences=False)
                         if d.date] if piece else []
                if found:
                    dates.update((d.date, d) for d in found)
                    break
    return next(iter(dates.values())) if len(dates) == 1 else None
