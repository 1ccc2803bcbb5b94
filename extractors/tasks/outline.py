"""The body's outline: the notice split into its body and the parts after it, and the heading tree
(一、 → （一） → 1. → （1） → ①) of a part, each heading with the span of its section.

Reads ``doc.paragraphs`` and the heading markers of :mod:`pipeline.structure`; returns
:class:`Heading` trees and small helpers to walk them (the heading at a position, its titles).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.structure import HEADING  # one definition of the heading markers and their levels

# 建立联络员制度。: an item's short title before its first sentence (one definition for the task readers)
SHORT_TITLE = regex.compile(r"[^，,。；;：:\n]{2,24}。\s*")

# 2025—2027年，全区通过改建…新增养老床位800张。: one whole sentence (its clauses joined by ，) before an item's assigning one
LEAD_SENTENCE = regex.compile(r"[^。！？!?；;\n]{6,160}。[ \t\u3000]*")
# （ opening an item's words: a bracketed note, no sentence of its own
LEADING_BRACKET = regex.compile(r"\s*[（(]")
# 附件1 / 附件 / 抄送： / 提案清单 / 建议清单: where the body ends and no prose task may start
BODY_END = regex.compile(r"^(?:附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$|抄送|抄报|提案清单|建议清单|办理清单)")
# 附件：1.某县2023年任务分配表: an attachment note listing its files, the lines after it (2.…流程图) its next items
ATTACHMENT_NOTE = regex.compile(r"[ \t\u3000]*附件[ \t\u3000]*[:：][ \t\u3000]*1[.．、]")
# 2. / 3． / 4、: the number opening an attachment note's next item
NOTE_ITEM = regex.compile(r"[ \t\u3000]*(\d{1,2})[.．、]")
# 。 ） at a paragraph's end (spaces aside): the paragraph ends a sentence
ITEM_END = regex.compile(r"[。！？!?）)][ \t]*$")
# 。；： ending a heading's title (（二）健全工作机制。建立… → （二）健全工作机制)
TITLE_END = regex.compile(r"[。；;：:]")
# ▍ / ■ / ◆ / ● before a heading's number: a bullet glyph a reposted article (a WeChat post) sets before its headings
DECORATION = regex.compile(r"[▍▌▎▋▊▉█■◆◇●★☆▶►◼▪]+[ \t\u3000]*")
# spaces, tabs, line ends
WHITESPACE = regex.compile(r"\s+")


@dataclass
class Heading:
    level: int
    title: str
    start: int  # paragraph start
    marker_end: int  # end of the 一、 / （一） marker
    end: int = 0  # end of the heading's section
    parent: "Heading | None" = None
    children: list["Heading"] = field(default_factory=list)


def section_path(doc, start: int) -> str | None:
    """The path of the section (of :mod:`pipeline.structure`) that ``start`` lies in."""
    section = doc.section_at(start) if doc.sections else None
    return section.path if section else None


def _heading_title(text: str) -> str:
    """``（二）健全工作机制。建立…`` → ``（二）健全工作机制``."""
    cut = TITLE_END.search(text)
    title = text[: cut.start()] if cut else text
    return title if len(title) <= 40 else title[:40]


def parts(doc) -> list[list[tuple[int, int]]]:
    """Paragraphs split into the body and the parts after it (each attachment, 抄送, a proposal list).

    The first part is the notice's body (the only place prose tasks are read); each later part
    restarts the heading tree.
    """
    out: list[list[tuple[int, int]]] = [[]]
    for start, end in doc.paragraphs:
        if BODY_END.match(WHITESPACE.sub("", doc.text[start:end])):
            out.append([])
        out[-1].append((start, end))
    return [p for p in out if p] or [[]]


def outline(doc, paragraphs: list[tuple[int, int]]) -> list[Heading]:
    """The heading tree of the body paragraphs (一、 → （一） → 1. → （1） → ①)."""
    headings: list[Heading] = []
    stack: list[Heading] = []
    note_items = 0  # the items an attachment note (附件：1.…) has listed so far: 2.… after it is its next, no heading
    for start, end in paragraphs:
        if ATTACHMENT_NOTE.match(doc.text, start, end):
            note_items = 1
            continue
        item = NOTE_ITEM.match(doc.text, start, end) if note_items else None
        note_items = note_items + 1 if item and int(item.group(1)) == note_items + 1 else 0
        if note_items:
            continue
        mark = DECORATION.match(doc.text, start, end)  # ▍六、保障措施: a heading behind an article's bullet glyph
        m = HEADING.match(doc.text, mark.end() if mark else start, end)
        if not m:
            continue
        level = next(int(k[1]) for k, v in m.groupdict().items() if v)
        while stack and stack[-1].level >= level:
            stack.pop()
        heading = Heading(level, _heading_title(doc.text[start:end]), start, m.end(), parent=stack[-1] if stack else None)
        if heading.parent:
            heading.parent.children.append(heading)
        headings.append(heading)
        stack.append(heading)
    body_end = paragraphs[-1][1] if paragraphs else 0
    for i, heading in enumerate(headings):
        heading.end = next((h.start for h in headings[i + 1 :] if h.level <= heading.level), body_end)
    _bound_last_items(doc.text, headings, paragraphs)
    return headings


def _bound_last_items(text: str, headings: list[Heading], paragraphs: list[tuple[int, int]]) -> None:
    """The last item of a list runs on to the next heading: over a closing remark (同时，我局将…),
    thanks (感谢您…) or the signature. When its siblings are one paragraph each, so is it."""
    groups: dict[int, list[Heading]] = {}
    for heading in headings:
        groups.setdefault(id(heading.parent), []).append(heading)
    for siblings in groups.values():
        if len(siblings) < 3 or any(h.children for h in siblings):
            continue
        if all(_paragraph_count(paragraphs, h) == 1 for h in siblings[:-1]):
            last = siblings[-1]
            first = next(((s, e) for s, e in paragraphs if s <= last.start < e), None)
            # a paragraph that stops mid-sentence (责任单位：| page break | 各县…) goes on in the next one
            if first and ITEM_END.search(text, first[0], first[1]):
                last.end = first[1]


def _paragraph_count(paragraphs: list[tuple[int, int]], heading: Heading) -> int:
    return sum(1 for s, _ in paragraphs if heading.start <= s < heading.end)


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces, tabs and line ends (not before ``start``)."""
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def path_titles(heading: Heading | None) -> list[str]:
    """The titles from the top heading down to ``heading``."""
    titles = []
    while heading is not None:
        titles.append(heading.title)
        heading = heading.parent
    return titles[::-1]


def heading_at(headings: list[Heading], pos: int) -> Heading | None:
    """The deepest heading whose section holds ``pos``."""
    best = None
    for h in headings:
        if h.start <= pos < h.end and (best is None or h.level >= best.level):
            best = h
    return best


def is_section(heading: Heading) -> bool:
    """一、 headings and headings with items under them are sections; a leaf below 一、 is an item."""
    return bool(heading.children) or heading.level == 1


def descendants(heading: Heading) -> list[Heading]:
    """Every heading below ``heading``, depth first."""
    out = []
    for child in heading.children:
        out.append(child)
        out.extend(descendants(child))
    return out


def lead_sentence(text: str, start: int, sentence: int):
    """An untitled item's one sentence before the sentence of its task (3. 2025—2027年，全区通过改建…新增养老床位800张。
    区民政局要会同…): the measure whose work that organ is told, read as a titled item's title is (``SHORT_TITLE``'s
    match over it); None when more than one sentence, or none, comes first."""
    found = LEAD_SENTENCE.fullmatch(text, start, sentence)
    return found if found and not LEADING_BRACKET.match(text, start, sentence) else None
