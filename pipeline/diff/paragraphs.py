"""Paragraphs of the two texts that changed and that no fact change accounts for.

The texts are aligned paragraph by paragraph (layout ignored); a paragraph in neither notice's
counterpart is added or removed, one that changed is rewritten, or only its figures changed. A
changed paragraph that holds the evidence of a reported fact change is that change's, and is not
listed again, so a rewritten 指导思想 shows here while a raised target shows once, as a target. A
line too short to be prose (a table cell such as "2023年10月", "各街道") is left to the facts.
Reads two texts; returns change dicts.
"""
from __future__ import annotations

from difflib import SequenceMatcher

import regex

from pipeline.diff.facts import pair_up
from pipeline.fingerprint import MIN_CLAUSE, mask_figures, pair_similarity, without_layout

#: two paragraphs in one changed block whose texts share this share of character pairs are one, rewritten
REWRITTEN = 0.5

# one paragraph: a line of the normalized text
_LINE = regex.compile(r"[^\n]+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


def _span(text: str, span: tuple[int, int] | None) -> dict | None:
    if span is None:
        return None
    return {"evidence": text[span[0]:span[1]], "char_start": span[0], "char_end": span[1]}


def _overlaps(span: tuple[int, int] | None, evidence: list[tuple[int, int]]) -> bool:
    return span is not None and any(s < span[1] and span[0] < e for s, e in evidence)


def _pair_block(old_text, new_text, olds, news):
    """Pairs (old span | None, new span | None, similarity) of one replaced block, best matches first."""
    keys = {("old", span): without_layout(old_text[span[0]:span[1]]) for span in olds}
    keys.update({("new", span): without_layout(new_text[span[0]:span[1]]) for span in news})

    def closeness(a, b):
        score = pair_similarity(keys["old", a], keys["new", b])
        return score if score >= REWRITTEN else None

    pairs, removed, added = pair_up(olds, news, closeness)
    return ([(a, b, closeness(a, b)) for a, b in pairs] + [(a, None, 0.0) for a in removed]
            + [(None, b, 0.0) for b in added])


def text_changes(old_text: str, new_text: str, old_evidence: list[tuple[int, int]],
                 new_evidence: list[tuple[int, int]]) -> list[dict]:
    """Paragraph changes not accounted for by a fact change (whose evidence spans are given)."""
    olds, news = paragraphs(old_text), paragraphs(new_text)
    keys_old = [without_layout(old_text[s:e]) for s, e in olds]
    keys_new = [without_layout(new_text[s:e]) for s, e in news]
    matcher = SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        for a, b, score in _pair_block(old_text, new_text, olds[i1:i2], news[j1:j2]):
            if _overlaps(a, old_evidence) or _overlaps(b, new_evidence):
                continue
            if all(len(mask_figures(text[span[0]:span[1]])) < MIN_CLAUSE
                   for text, span in ((old_text, a), (new_text, b)) if span):
                continue
            if a and b:
                same_words = mask_figures(old_text[a[0]:a[1]]) == mask_figures(new_text[b[0]:b[1]])
                change = "figures" if same_words else "rewritten"
            else:
                change = "removed" if a else "added"
            old_view, new_view = _span(old_text, a), _span(new_text, b)
            label = (new_view or old_view)["evidence"].strip()
            changes.append({"kind": "text", "change": change, "label": label[:30] + ("…" if len(label) > 30 else ""),
                            "what": [], "details": {"similarity": round(score, 4)} if a and b else {},
                            "old": old_view, "new": new_view})
    changes.sort(key=lambda c: (c["new"] is None, (c["new"] or c["old"])["char_start"]))
    return changes
