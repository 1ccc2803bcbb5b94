"""The agencies a numbered item names in so many words, and the deadline written beside them.

An item ends in a note: role clauses (``（牵头单位：…；责任单位：…）``, bracketed names and a comma before
the next label allowed), a parenthesis of agencies (``（市规自局、市通联办）``: responsible, in order),
role words in the parenthesis (``（市发改委牵头，市财政局配合）``), agencies then a schedule
(``（A、B，持续推进）``) or a deadline alone (``（2024年底前完成）``). Returns (start, end, role)
triples, the deadline words, and where the task's own text ends.
"""
from __future__ import annotations

import regex

from extractors.agency_names import bracket_agency_lists, is_agency_like, role_clauses, split_agency_list
from extractors.deadlines import find_deadlines, is_deadline_phrase
from extractors.tasks.outline import SHORT_TITLE
from extractors.tasks.roles import mentions_in, prose_roles
from extractors.tasks.schedule import WHOLE_DONE
from schemas.agency_words import role_labels

# 完成时限：2023年底 / 时间节点： … inside a task's clause: the task's deadline words (group d)
DEADLINE_CLAUSE = regex.compile(r"(?:完成时限|完成期限|时间节点|完成时间|时限)[：:](?P<d>[^；;。）)\n]+)")
# spaces, tabs, line ends
WHITESPACE = regex.compile(r"\s+")
# 。！？；: a sentence end (words after the last note without one are a date or a signature)
SENTENCE_END = regex.compile(r"[。！？!?；;]")
# （…（…）…）: a bracket group, brackets nested inside it balanced
BRACKET_GROUP = regex.compile(r"[（(](?:[^（）()]++|(?0))*[）)]")
# 。（ / ；（ : a bracket that opens right after a sentence end, where an agency note closes a measure
NOTE_OPEN = regex.compile(r"(?<=[。；;])[ \t]*[（(]")
# Ⓐ牵头 / 由Ⓐ负责 / Ⓐ、Ⓐ按职责分工负责 / Ⓐ会同Ⓐ组织实施 / Ⓐ抓好落实 (Ⓐ an agency): a clause that only gives units
# their roles, as a closing sentence writes an item's agency note without brackets (此项工作由Ⓐ牵头: the item's work
# named first)
ROLE_CLAUSE = regex.compile(
    r"(?:(?:此|该|本|这)项(?:工作|任务|措施)|(?:上述|以上)(?:工作|任务))?"
    r"由?Ⓐ(?:[、和及与]Ⓐ)*(?:等(?:单位|部门))?(?:要|按职责分工|按职责|分别)?"
    r"(?:牵头|负责|配合|协助|参与|抓好落实|具体实施|(?:会同|联合)Ⓐ(?:[、和及与]Ⓐ)*(?:组织实施|负责|实施|落实|推进)?)"
)
# A牵头， / B、C配合， inside a 责任单位 list: the list gives roles in words
ROLE_IN_LIST = regex.compile(r"(?:牵头|配合|协助|会同)(?=[，,；;、）)】\]]|$)")
# 牵头 / 配合 / 负责 …: a role word anywhere in a clause of a labelled list
ROLE_WORD = regex.compile(r"牵头|配合|协助|会同|参与|协同|负责")
# ，/；: between the clauses of a closing sentence
CLAUSE_SPLIT = regex.compile(r"[，,；;]")
# 严格组织验收。: an item's short title, all that may stand before its one sentence
TITLE_ONLY = regex.compile(r"\s*" + SHORT_TITLE.pattern)
# a clause of a closing sentence that only says when (2024年11月底前完成 / 每年3月底前公布补贴申报指南)
SHORT_SCHEDULE = 24


def _clause_agencies(doc, start: int, end: int, index) -> tuple[list[tuple[int, int, str]], str | None, int]:
    """Agencies of ``牵头单位：…；责任单位：…`` clauses in a span, any deadline clause, and where they begin.
    A list that gives roles in words (``责任单位：A牵头，B、C配合，D负责落实``) takes the roles it says."""
    text = doc.text
    labels = role_labels()
    out: list[tuple[int, int, str]] = []
    deadline, first = None, end
    for label, label_start, list_start, list_end in role_clauses(text, start, end):
        first = min(first, label_start)
        by_words = _roles_in_list(text, list_start, list_end, index, labels[label])
        out.extend(by_words or [(s, e, labels[label]) for _, s, e in split_agency_list(text[list_start:list_end],
                                                                                       list_start)])
    for m in DEADLINE_CLAUSE.finditer(text, start, end):
        first = min(first, m.start())
        deadline = m.group("d")
    if out and deadline is None:  # （牵头单位：A；责任单位：B；2022年12月底前） / （…；持续推进）: the note's schedule
        deadline = _note_schedule(text, out[-1][1], end)
    if out or deadline:
        # a clause inside （…）: the task text ends before the bracket
        bracket = text.rfind("（", start, first)
        if bracket >= 0 and "）" not in text[bracket:first]:
            first = bracket
    return out, deadline, first


def _roles_in_list(text: str, list_start: int, list_end: int, index, label_role: str) -> list[tuple[int, int, str]]:
    """The roles a labelled list gives its units in words (A牵头，B、C配合); [] when it names no lead or partner
    (a plain list, or one whose units all 负责, keeps its label's role). A clause of the list without a role word
    (责任单位：A，B配合 → A) keeps the label's role."""
    if not ROLE_IN_LIST.search(text, list_start, list_end):
        return []
    mentions = mentions_in(index, list_start, list_end)
    roles = prose_roles(text, mentions) if mentions else []
    if not any(role != "responsible" for _, _, role in roles):
        return []
    cuts = [list_start] + [m.end() for m in CLAUSE_SPLIT.finditer(text, list_start, list_end)] + [list_end]
    clauses = list(zip(cuts, cuts[1:]))
    out = []
    for s, e, role in roles:
        clause = next(((a, b) for a, b in clauses if a <= s < b), None)
        if len(clauses) > 1 and clause and not ROLE_IN_LIST.search(text, clause[0], clause[1]) \
                and not ROLE_WORD.search(text, clause[0], clause[1]):
            role = label_role
        out.append((s, e, role))
    return out


def _note_schedule(text: str, after: int, end: int) -> str | None:
    """A schedule written as the last clause of a role note, after its agency lists (…；2022年6月底前）)."""
    close = text.find("）", after, end)
    if close < 0:
        return None
    pieces = [p.strip() for p in regex.split(r"[；;，,]", text[after:close])]
    return next((p for p in pieces if p and _is_deadline_phrase(p)), None)


def _trailing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The （…） group that closes an item (before a final 。), as the inner span."""
    e = end
    while e > start and text[e - 1] in "。；; \n":
        e -= 1
    if e <= start or text[e - 1] not in "）)":
        return None
    depth = 0
    for i in range(e - 1, start - 1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            depth -= 1
            if depth == 0:
                return i + 1, e - 1
    return None


def explicit_agencies(doc, start: int, end: int, index) -> tuple[list[tuple[int, int, str]], str | None, int]:
    """Agencies an item assigns in so many words — role clauses, or a closing parenthesis of agencies
    with or without role words — its deadline clause, and where the task's own text ends."""
    text = doc.text
    clauses, deadline_words, clause_start = _clause_agencies(doc, start, end, index)
    if clauses or deadline_words:
        return clauses, deadline_words, clause_start
    bracket = _trailing_bracket(text, start, end)
    if bracket:
        inner_s, inner_e = bracket
        inner = text[inner_s:inner_e]
        deadline = _bracket_deadline(inner)
        inner_mentions = mentions_in(index, inner_s, inner_e)
        by_words = prose_roles(text, inner_mentions) if inner_mentions else []
        if by_words:  # （市发改委牵头，市财政局配合，2024年底前完成）
            return by_words, deadline, inner_s - 1
        if bracket_agency_lists(text[inner_s - 1 : inner_e + 1], inner_s - 1):
            return [(s, e, "responsible") for _, s, e in split_agency_list(inner, inner_s)], None, inner_s - 1
        if deadline and _is_deadline_phrase(inner):  # （2024年底前完成）
            return [], deadline, inner_s - 1
        listed = _agencies_then_schedule(text, inner_s, inner_e)
        if listed:  # （市通信发展办、各基础电信企业，持续推进）
            return [(s, e, "responsible") for _, s, e in split_agency_list(text[inner_s:listed], inner_s)], \
                text[listed + 1:inner_e], inner_s - 1
    closing = closing_role_sentence(doc, start, end, index)
    if closing:
        return closing
    return [], None, end


def closing_role_sentence(doc, start: int, end: int, index):
    """An item closed by a sentence that only gives units their roles, the note written without brackets
    (``…。X牵头，Y、Z配合，各县人民政府负责，2024年9月底前完成。``, ``…。由X负责，Y配合。``, ``…。X会同Y组织实施。``):
    (roles, its deadline words, the sentence's start); None otherwise. The first clause must give roles;
    the others give roles or only say when."""
    text = doc.text
    e = end
    while e > start and text[e - 1] in "。；; \t\n\u3000":
        e -= 1
    s = max(text.rfind(c, start, e) for c in "。；;\n") + 1
    if s <= start or TITLE_ONLY.fullmatch(text, start, s):
        return None  # the item is one sentence (after its title): its roles are its actor's, not a note's
    while s < e and text[s] in " \t\u3000":
        s += 1
    mentions = [_bracket_closed(text, a, b, e) for a, b in mentions_in(index, s, e)]
    if not mentions:
        return None
    shape, cursor = [], s
    for a, b in mentions:
        shape.append(text[cursor:a])
        shape.append("Ⓐ")
        cursor = b
    shape.append(text[cursor:e])
    clauses = CLAUSE_SPLIT.split("".join(shape))
    if not ROLE_CLAUSE.fullmatch(clauses[0]):
        return None
    for clause in clauses[1:]:
        if ROLE_CLAUSE.fullmatch(clause):
            continue
        if "Ⓐ" in clause or len(clause) > SHORT_SCHEDULE or not find_deadlines(clause):
            return None
    roles = prose_roles(text, mentions)
    if not roles:
        return None
    whole = [d for d in find_deadlines(text[s:e]) if WHOLE_DONE.match(text, s + d.char_end)]
    deadline = whole[-1].raw if whole else _bracket_deadline(text[s:e])  # …9月底前完成排查，年底前全部完成整治
    return roles, deadline, s


def _bracket_closed(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """A mention whose bracket its name leaves open (各区人民政府（管委会 before ）配合) with that bracket closed."""
    name = text[start:end]
    if end < limit and text[end] in "）)" and name.count("（") + name.count("(") > name.count("）") + name.count(")"):
        return start, end + 1
    return start, end


def _agencies_then_schedule(text: str, inner_s: int, inner_e: int) -> int | None:
    """Where the agency list of ``（A、B，持续推进）`` ends: at the last comma, when the words after it are
    a schedule and those before it all agencies."""
    cut = max(text.rfind("，", inner_s, inner_e), text.rfind(",", inner_s, inner_e))
    if cut <= inner_s or not _is_deadline_phrase(text[cut + 1:inner_e]):
        return None
    items = split_agency_list(text[inner_s:cut], inner_s)
    return cut if items and all(is_agency_like(name) for name, _, _ in items) else None


def _bracket_deadline(inner: str) -> str | None:
    """The first deadline or recurrence phrase inside an item's closing parenthesis, as written."""
    found = find_deadlines(inner)
    return found[0].raw if found else None


def _is_deadline_phrase(text: str) -> bool:
    """（2024年底前完成）: a parenthesis that holds nothing but a deadline."""
    return is_deadline_phrase(WHITESPACE.sub("", text).removesuffix("完成")) or is_deadline_phrase(text)


def note_pieces(doc, start: int, end: int, index) -> list[tuple[int, int]]:
    """An item that holds several measures, each closed by its own agency note (``…。（责任单位：A、B）
    …。（责任单位：C）``): the span of each measure with its note; [] when the item holds fewer than two.

    A note is a bracket group right after a sentence end that names agencies in so many words; the
    words after the last note must be no more than layout."""
    text = doc.text
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for m in NOTE_OPEN.finditer(text, start, end):
        close = _bracket_close(text, m.end() - 1, end)
        if close is None:
            continue
        agencies, _, _ = explicit_agencies(doc, piece_start, close, index)
        if agencies:
            pieces.append((piece_start, close))
            piece_start = close
    if len(pieces) < 2:
        return []
    rest = text[piece_start:end]
    if SENTENCE_END.search(rest):  # words without a sentence end after the last note: a signature, a date
        if not rest.lstrip(" \t").startswith("\n"):
            return []  # the last note stands inside a sentence: no list of noted measures
        pieces.append((piece_start, end))  # a closing measure without a note of its own
    return pieces


def _bracket_close(text: str, opening: int, end: int) -> int | None:
    """The position after the bracket that closes the one at ``opening``."""
    group = BRACKET_GROUP.match(text, opening, end)
    return group.end() if group else None
