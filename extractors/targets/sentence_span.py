"""The sentence around a figure's clause, for the readers of rules and supports: where it ends, and its words
before the clause (with the lead-in of a list of cases after a colon)."""
from __future__ import annotations

import regex

# 收住能力完好老年人的，…: a list of cases after a colon (each one's condition closed by 的，)
CASE_AFTER_COLON = regex.compile(r"[^。；;：]{2,30}?的[，,]")
# 。 or ；: where a sentence or a case of a list ends
SENTENCE_END = regex.compile(r"[。；;]")


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (at 。；or the paragraph's end, at most 80 characters on)."""
    end = SENTENCE_END.search(text, pos, min(len(text), pos + 80))
    line = text.find("\n", pos, min(len(text), pos + 80))
    stops = [x for x in (end.start() if end else None, line if line >= 0 else None) if x is not None]
    return min(stops) if stops else min(len(text), pos + 80)


def sentence_before(text: str, c_start: int) -> str:
    """The sentence's words before a clause (back to 。；or the paragraph start, at most 60 characters); after
    a ； in a list of cases led in by a colon, the lead-in's words first."""
    lo = max(0, c_start - 60)
    cut = max(text.rfind(mark, lo, c_start) for mark in "。；;\n")
    before = text[max(lo, cut + 1):c_start]
    if cut >= lo and text[cut] in "；;":
        # 给予运营补贴：A的，每人每月100元；B的，每人每月分别为200元、300元: each case shares the lead-in's words
        start = max(text.rfind(mark, 0, cut) for mark in "。\n") + 1
        colon = text.rfind("：", start, cut)
        if colon > start and CASE_AFTER_COLON.match(text, colon + 1, cut):
            before = text[max(start, colon - 40):colon + 1] + before
    return before
