"""Roles that words give agencies in a sentence: ``由X牵头会同Y``, ``X负责，Y配合``, ``X会同Y``, and
the agency a sentence opens with as its actor (``各电信运营企业要…``).

Reads the agency mentions the agencies extractor found (``AgencyIndex``) and the role words of
``schemas/agencies.json``; returns (start, end, role) triples, role one of lead | responsible | partner.
"""
from __future__ import annotations

import bisect

import regex

from extractors.agency_names import knowledge

# 。！？；: sentence ends (prose tasks are sentences)
SENTENCE = regex.compile(r"[^。！？；;!?]+[。！？；;!?]?")
# 要 / 应 / 将 / 积极 / 共同 / 按职责分工: words between an agency and its role word (X要配合, X将会同, X按职责分工负责)
FILLER = regex.compile(r"(?:等(?:单位|部门)?)?(?:要|应当|应|须|需要|需|必须|将|积极|主动|共同|切实|全力|分别|按职责分工|按职责|依职责)*")
# 于3月15日前牵头 / 在6月底前牵头 after an agency and its modal: a due date, then it leads
DATED_LEAD = regex.compile(r"(?:于|在)[^，,。；;]{1,14}?(?:前|底|内)(?=牵头)")
# 负责制 / 负责人 / 负责同志: 负责 that is not a role (主要领导负责制; 负责制定/制订/制作 is a role and a verb)
NOT_RESPONSIBLE = regex.compile(r"负责(?:制(?![定订作])|人|同志)")
# 要 / 应 / 须 / 负责 after the agency that opens a sentence: it is the actor of the sentence
ACTOR_VERB = regex.compile(r"(?:等(?:单位|部门)?)?(?:要|应当|应|须|需|必须|负责(?!制(?![定订作])|人))")
# 会同 / 联合: X会同Y — Y is the partner of the lead X
WITH = regex.compile(r"会同|联合")
# ，会同 / ，联合 after a role word: X牵头，联合Y — Y still partners X
WITH_AFTER_ROLE = regex.compile(r"[，,]?(?:会同|联合)")
# X具体实施 / X具体负责 / X抓好落实 (responsible) and X指导 (partner) closing a clause of a role note: （A负责，B具体实施）/
# （B负责，A指导）/ A牵头，B抓好落实; 指导 before an object (A指导各地开展…) says what A does, no role in a note
CLOSING_ROLE = regex.compile(r"(?:(?P<responsible>具体(?:实施|负责|落实)|抓好落实)|(?P<partner>指导))(?=[）)，,；;。]|$)")
# 建立由…牵头 / 成立由…负责: an attributive clause describing a body, not a task assignment
ATTRIBUTIVE = regex.compile(r"(?:建立|成立|组建|设立|已)由$")
# ，会同 right before an agency, opening a later clause: X负责编制…，会同Y开展…
LATER_WITH = regex.compile(r"[，,](?:并)?(?:会同|联合)$")
# 。/ ；: a sentence or item ends between an agency and a later 会同 (no longer its clause)
SENTENCE_BREAK = regex.compile(r"[。；;]")
# 、 ， 和 及 与: what joins agencies into one group (A、B和C)
GROUP_JOINER = regex.compile(r"[、，,和及与]{1,2}|以及")


def mentions_in(index, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the agency mentions (of the ``AgencyIndex``) that lie inside ``start:end``."""
    if not index or not index.mentions:
        return []
    spans, starts = _mention_spans(index)
    out = []
    for k in range(bisect.bisect_left(starts, start), len(spans)):
        if spans[k][0] >= end:
            break
        if spans[k][1] <= end:
            out.append(spans[k])
    return out


def _mention_spans(index) -> tuple[list[tuple[int, int]], list[int]]:
    """The index's mention spans in text order and their starts, sorted once per index (a look-up
    per sentence must not walk every mention of the notice)."""
    cached = index.__dict__.get("_sorted_spans")
    if cached is None or cached[0] != len(index.mentions):
        spans = sorted((m.char_start, m.char_end) for m in index.mentions)
        cached = (len(index.mentions), spans, [s for s, _ in spans])
        index.__dict__["_sorted_spans"] = cached
    return cached[1], cached[2]


def _role_word(text: str, at: int) -> tuple[str | None, int]:
    """The role the words at ``at`` give the agency before them (X牵头 / X负责 / X要配合 / X会同)."""
    filler = FILLER.match(text, at)
    pos = filler.end() if filler else at
    dated = DATED_LEAD.match(text, pos) if pos > at else None  # X要于3月15日前牵头: the date between
    if dated:
        pos = dated.end()
    if NOT_RESPONSIBLE.match(text, pos):
        return None, at
    roles = knowledge().role_words
    for role in ("lead", "responsible", "partner"):
        for word in roles[role]:
            if len(word) <= 2 and text.startswith(word, pos):
                return role, pos + len(word)
    closing = CLOSING_ROLE.match(text, pos)
    if closing:
        return closing.lastgroup, closing.end()
    linked = WITH.match(text, pos)
    return ("with", linked.end()) if linked else (None, at)


def actor_verb(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` (after the agency a sentence opens with) make it the actor: a modal (要, 负责)
    or a schedule it keeps (区政府督查室每季度对…开展督查: ``schemas/agencies.json`` → actors → schedules)."""
    return bool(ACTOR_VERB.match(text, pos) or knowledge().actor_schedule.match(text, pos))


def mention_groups(text: str, mentions: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Mentions joined by 、，和及与 (A、B和C) form one group that a role word after them governs."""
    groups: list[list[tuple[int, int]]] = []
    for s, e in mentions:
        if groups and GROUP_JOINER.fullmatch(text, groups[-1][-1][1], s):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    return groups


def prose_roles(text: str, mentions: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, role) of agencies that role words assign in a sentence (由X牵头会同Y, X负责，Y配合)."""
    out: list[tuple[int, int, str]] = []
    groups = mention_groups(text, mentions)
    k = 0
    while k < len(groups):
        group = groups[k]
        if ATTRIBUTIVE.search(text, 0, group[0][0]):
            k += 1
            continue
        role, after = _role_word(text, group[-1][1])
        if role == "with" and _together(text, after, groups, k):  # X、Y要联合开展: they do it together
            out.extend((s, e, "responsible") for s, e in group)
        elif role == "with":  # X会同Y: X leads, Y partners
            out.extend((s, e, "lead") for s, e in group)
            if k + 1 < len(groups) and groups[k + 1][0][0] - after <= 2:
                out.extend((s, e, "partner") for s, e in groups[k + 1])
                k += 1
        elif role:
            nxt = WITH_AFTER_ROLE.match(text, after)
            partners = groups[k + 1] if nxt and k + 1 < len(groups) and groups[k + 1][0][0] - nxt.end() <= 1 else None
            if role == "responsible" and partners is None:
                partners = _later_partners(text, groups, k)
            # X负责会同Y核定… / X负责编制…，会同Y开展…: X leads the work it does with Y
            out.extend((s, e, "lead" if role == "responsible" and partners else role) for s, e in group)
            if partners:
                out.extend((s, e, "partner") for s, e in partners)
                k += 1 if partners is groups[k + 1] else 0
        k += 1
    return out


def _together(text: str, after: int, groups: list[list[tuple[int, int]]], k: int) -> bool:
    """X、Y联合组织实施 / X联合开展: 联合 with no organ after it (no mention next, no level word opening a name), the
    organs before it act together and none leads."""
    if not text.endswith("联合", 0, after):
        return False
    if k + 1 < len(groups) and groups[k + 1][0][0] - after <= 2:
        return False
    return knowledge().actor_start.match(text[after:after + 12]) is None


def _later_partners(text: str, groups: list[list[tuple[int, int]]], k: int) -> list[tuple[int, int]] | None:
    """The agencies a later clause of the same sentence joins with 会同 and no subject of its own: X负责编制指南，
    组织评审，会同Y开展绩效管理 → Y; None when another agency comes first (X负责…，Z会同Y…: Z leads that work)."""
    if k + 1 >= len(groups):
        return None
    nxt = groups[k + 1]
    before = text[groups[k][-1][1]:nxt[0][0]]
    if not LATER_WITH.search(before) or SENTENCE_BREAK.search(before):
        return None
    return nxt


def actor_agencies(doc, start: int, end: int, index) -> list[tuple[int, int, str]]:
    """Agencies that a sentence of the item opens with as its actor (各电信运营企业要…), or role words."""
    text = doc.text
    out: list[tuple[int, int, str]] = []
    for sentence in SENTENCE.finditer(text, start, end):
        mentions = mentions_in(index, sentence.start(), sentence.end())
        if not mentions:
            continue
        by_words = prose_roles(text, mentions)
        if by_words:
            out.extend(by_words)
            continue
        group = mention_groups(text, mentions)[0]
        if group[0][0] == sentence.start() and actor_verb(text, group[-1][1]):
            if not NOT_RESPONSIBLE.match(text, group[-1][1]):
                out.extend((s, e, "responsible") for s, e in group)
    seen, unique = set(), []
    for s, e, role in out:
        key = (text[s:e], role)
        if key not in seen:
            seen.add(key)
            unique.append((s, e, role))
    return unique
