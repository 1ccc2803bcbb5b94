"""Passages where a notice does not assign work in its own voice: the words of another document it quotes
(``《通知》明确：“…具体补助标准由各省级人力资源社会保障部门会同财政部门确定。”``) and the questions and answers of a
Q&A that explains the policy (``问：…？`` / ``答：…具体认定标准由市委人才办会同市人社局另行制定…``).

An organ named there is told to act by the quoted document, or is named to explain the policy to a reader: no
task of this notice. Reads the paragraphs of the text; returns the spans of such passages.
"""
from __future__ import annotations

import bisect

import regex

# “ right after a colon: 《通知》明确：“ / 文件要求：“ / 指出：“ — a quotation of someone else's words
OPENS_SPEECH = regex.compile(r"[：:][ \t\u3000]*$")
# 。！？ inside a quotation: it quotes whole sentences, not a term (“免申即享”) or a slogan (“谁主管、谁负责”)
WHOLE_SENTENCE = regex.compile(r"[。！？!?]")
# 问： / 答： / 【问】 / Q： / A： opening a paragraph: a question or an answer of a Q&A
QA_LABEL = regex.compile(r"[ \t\u3000]*(?:[【\[](?:问|答)[】\]][：:]?|(?:问|答|提问|回答|Q|A)[ \t]*[：:])")
# 问： (not 答：): a question, whose answer may follow in the next paragraph without a label of its own
QUESTION = regex.compile(r"[ \t\u3000]*(?:[【\[]问[】\]]|(?:问|提问|Q)[ \t]*[：:])")
# 答： inside a question's paragraph: the answer given in the same paragraph
ANSWER_INSIDE = regex.compile(r"(?:答|回答|A)[ \t]*[：:]|[【\[]答[】\]]")


class Voices:
    """The passages of a text that are not the notice's own assignments, for look-ups by position."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]

    def holds(self, pos: int) -> bool:
        """Whether ``pos`` lies in a quotation of another document or in a Q&A."""
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]


def others_voices(doc) -> Voices:
    """The quotations of other documents and the Q&A passages of ``doc``."""
    spans: list[tuple[int, int]] = []
    for start, end in doc.paragraphs:
        spans.extend(_quotations(doc.text, start, end))
    spans.extend(_questions_and_answers(doc))
    return Voices(spans)


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of a paragraph: a “…” opened right after a colon or holding whole sentences (quotes
    nested inside it count as its own; an unclosed one runs to the paragraph's end)."""
    out = []
    pos = text.find("“", start, end)
    while pos >= 0:
        depth, close = 0, end
        for k in range(pos, end):
            if text[k] == "“":
                depth += 1
            elif text[k] == "”":
                depth -= 1
                if depth == 0:
                    close = k + 1
                    break
        if OPENS_SPEECH.search(text, start, pos) or WHOLE_SENTENCE.search(text, pos, close):
            out.append((pos, close))
        pos = text.find("“", close, end) if close < end else -1
    return out


def _questions_and_answers(doc) -> list[tuple[int, int]]:
    """Paragraphs that open with 问：/答：, and the paragraph right after a question that holds no answer of its
    own (the answer written without a label)."""
    text, paragraphs = doc.text, doc.paragraphs
    out = []
    for k, (start, end) in enumerate(paragraphs):
        if not QA_LABEL.match(text, start, end):
            continue
        out.append((start, end))
        question = QUESTION.match(text, start, end)
        if question and not ANSWER_INSIDE.search(text, question.end(), end) and k + 1 < len(paragraphs):
            after = paragraphs[k + 1]
            if not QA_LABEL.match(text, *after):
                out.append(after)
    return out
