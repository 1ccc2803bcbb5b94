"""taskforce extractor: 工作专班 / 领导小组 / 联席会议, their office and their members, in order.

A member list is a run of lines that starts with a role label (组长：, 领导小组组长：, 副组长：,
成员：, a label that lost characters such as ``长:``, or ``组长由市长兼任``) and goes on while
lines read as members; a line without a label keeps the role above. The list may be a table
(cells role | name | position), tab-separated lines, or aligned text that normalization has
glued (``组长：王明区政府副区长``). Glued text is split by name grammar (a surname and one or two
characters, then an organization or position word) and by the whitespace the raw layout had
between the name and the position, which the offset map still shows. A position wrapped onto
the next line (``…分公司`` / ``经理``) is joined to its member. A line may hold several members
separated by ，/、/；, one of them a post of a group of units (``各县（市、区）政府分管负责同志``); among
named neighbours, a name whose surname the data lacks is read from the organization after it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from extractors.agencies import (
    NAME_STARTER,
    is_position,
    knowledge,
    region_names,
    split_agency_list,
    split_org_position,
)
from extractors.registry import register
from schemas.records import TaskForce, TaskForceMember

# 一、 （二） 3. 附件2: a heading or attachment marker opening a title line
TITLE_MARKER = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]|附件\s*\d*[：:]?)\s*")
# ，。；： sentence punctuation: a line holding it is prose, not a member row (brackets aside)
SENTENCE_PUNCT = regex.compile(r"[，。；;：:！？]")
# 成立某区创建“千兆城市”工作专班 / 建立…领导小组: a sentence that names the body it sets up
FOUNDED = regex.compile(r"(?:成立|建立|组建|设立|调整)(?:了)?(?P<name>[^，。；,;]{0,40}?(?:{names}))")
# 办公室设在市大数据局 / 下设办公室在区经信委 / 办公室设于…: where the body's office sits
OFFICE_AT = regex.compile(r"办公室(?:设在|设于|设|在)(?P<loc>[^，。；,;（(]{2,30})")
# 办公室主任由市大数据局局长王明同志兼任 / 由区经信委李华主任兼任办公室主任: who directs the office
OFFICE_DIRECTOR = regex.compile(
    r"办公室主任由(?P<a>[^，。；,;]{2,30}?)(?:同志)?(?:兼任|担任)|由(?P<b>[^，。；,;由]{2,30}?)(?:同志)?(?:兼任|担任)(?:办公室主任|办公室负责人)"
)
# 分管…的 / 主管…的 / 负责…的: a post described in words (分管工业和信息化工作的副市长)
DESCRIBED_POST = regex.compile(r"^(?:分管|主管|负责|联系)\p{Han}*的")
# 关于 / 通知 / 的: words of a title or a sentence, never of an unlabelled member row
NOT_A_ROW = regex.compile(r"关于|通知|的|如下")
# 关于成立 / 关于建立 / 关于调整: what precedes a body's name in the title of the notice that sets it up
TITLE_LEAD = regex.compile(r"^(?:关于)?(?:成立|建立|组建|设立|调整|印发)?")
# 市工信局内 / 市工信局里: "in" after the office's host, no part of its name
OFFICE_TRAIL = regex.compile(r"(?:内|里|中)$")
# 同志 after a name in an office-director clause
PERSON_NOISE = regex.compile(r"同志$")
# spaces, tabs, line ends
WHITESPACE = regex.compile(r"\s+")
# （…） / (…): a bracket group (its commas do not make a member row prose)
BRACKETED = regex.compile(r"（[^）]*）|\([^)]*\)")
# a clause between commas: 组长由市长兼任，副组长由…担任 holds one member per clause
CLAUSE = regex.compile(r"[^，。；,;]+")
# 市政府办公室主任和市工信局局长: posts joined by 、 和 及
POST = regex.compile(r"[^、和及]+")
POST_BY_COMMA = regex.compile(r"[^、]+")
# 主要负责同志 / 分管负责同志 / 有关领导: the post every listed unit sends
_SHARED_POST = r"(?P<post>(?:主要|分管|有关|相关)?(?:负责同志|负责人|领导同志|领导))"
# 成员由市发展改革委、市财政局主要负责同志组成: members named by their units and one shared post
MEMBERS_BY = regex.compile(rf"(?:领导小组|专班|小组)?成员(?:单位)?由(?P<units>[^，。；,;]+?){_SHARED_POST}(?:组成|担任)")
# a name in its own column: two to eight Han characters, a · between parts of a transcribed name
PERSON_IN_COLUMN = regex.compile(r"\p{Han}{2,8}(?:[·•]\p{Han}{1,8})?")
# 市工业和信息化局、市财政局分管负责同志为成员: the units whose post holders are members
UNITS_AS_MEMBERS = regex.compile(rf"(?P<units>[^，。；,;]+?){_SHARED_POST}(?:为|任|作为)成员(?:单位)?$")
# 李明（市委常委、常务副市长）: a name and, in brackets, the post
NAME_THEN_POST = regex.compile(r"(?P<name>\p{Han}{2,4})[（(](?P<post>[^（）()]{2,40})[）)]")
# 1 / 12 / (3): the 序号 cell of a member table row
ROW_NUMBER = regex.compile(r"[（(]?\d{1,3}[）).、．]?")
# 二或三个汉字 at the end of an office-director clause: the director's name
NAME_TAIL = regex.compile(r"(\p{Han}{2,3})$")
# 两到四个汉字: the shape of a personal name
NAME_SHAPE = regex.compile(r"\p{Han}{2,4}")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    """Role and body-name patterns built from the data once."""
    kb = knowledge()
    roles = "|".join(sorted(map(regex.escape, kb.taskforce_roles), key=len, reverse=True))
    names = "|".join(sorted(map(regex.escape, kb.taskforce_names), key=len, reverse=True))
    return {
        # 组长： / 领导小组组长： / 成员: / 副组长<tab>: a role label opening a member row
        "label": regex.compile(rf"^(?:(?:{names}))?(?P<role>{roles})\s*(?:[：:]|(?=\t)|$)"),
        # 长: / 员： : a label that lost characters to the layout
        "damaged": regex.compile(r"^(?P<role>\p{Han}{1,3})\s*[：:]"),
        # 组长由市长兼任 / 副组长由市政府分管副市长担任: a member named by the post that fills the role
        "role_by": regex.compile(rf"^(?:(?:{names}))?(?P<role>{roles})由(?P<who>[^，。；,;]+?)(?:同志)?(?:兼任|担任)"),
        # 工作专班由分管副市长任组长 / 市政府办公室副主任、市发展和改革局局长任副组长: the post, then the role
        "post_as": regex.compile(rf"^(?:(?:{names})由)?(?P<who>[^，。；,;]+?)(?:同志)?(?:任|担任|兼任)(?P<role>{roles})$"),
        "names": regex.compile(rf"(?:{names})"),
        "founded": regex.compile(FOUNDED.pattern.replace("{names}", names)),
    }


@dataclass
class Unit:
    """One layout line: a table row or a line of the raw text, as field spans of ``Document.text``."""

    fields: list[tuple[int, int]]
    start: int
    end: int


@dataclass
class Parsed:
    """A member as read from a unit, with spans (None when absent)."""

    role: str | None
    person: tuple[int, int] | None
    rest: tuple[int, int] | None  # organization + position as one span
    organization: tuple[int, int] | None = None
    position: tuple[int, int] | None = None
    position_text: str | None = None  # when the position is not one span (a wrapped line)
    complete: bool = True


@dataclass
class Layout:
    """The document's layout lines and raw-whitespace gaps, computed once per extractor run."""

    units: list[Unit]
    gaps: set[int] = field(default_factory=set)  # normalized indices that had raw whitespace before them
    not_names: frozenset[str] = frozenset()  # the notice's region names: never a person


# ---------------------------------------------------------------- layout


def _layout(doc, not_names: frozenset[str] = frozenset()) -> Layout:
    raw = doc.raw.raw_text
    offsets = doc.raw_offsets
    units: list[Unit] = []
    gaps: set[int] = set()
    for table in doc.tables:
        for row in table.rows:
            spans = [(c.char_start, c.char_end) for c in row]
            if spans:
                units.append(Unit(spans, spans[0][0], spans[-1][1]))
    for start, end in doc.paragraphs:
        cuts = [start]
        for i in range(start + 1, end):
            a, b = offsets[i - 1], offsets[i]
            between = raw[a + 1 : b] if b - a > 1 else ""
            if "\n" in between and doc.text[i - 1] != "\t":
                cuts.append(i)  # the raw text broke the line here: normalization joined two lines
            elif between and not between.strip():
                gaps.add(i)
        cuts.append(end)
        for s, e in zip(cuts, cuts[1:]):
            units.append(Unit(_tab_fields(doc.text, s, e), s, e))
    units.sort(key=lambda u: u.start)
    return Layout(units, gaps, not_names)


def _tab_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    fields, s = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == "\t":
            fields.append((s, i))
            s = i + 1
    return fields


# ---------------------------------------------------------------- names


def is_person_name(name: str) -> bool:
    """A surname and one or two characters (a compound surname and one or two)."""
    kb = knowledge()
    if not NAME_SHAPE.fullmatch(name):
        return False
    if name[:2] in kb.compound_surnames:
        return len(name) >= 3
    return name[0] in kb.surnames and len(name) <= 3


def _rest_score(rest: str) -> float:
    """How well a text reads as organization + position (or position alone)."""
    if not rest:
        return 0.0
    org, position = split_org_position(rest)
    score = 0.0
    if is_position(position):
        score += 3
    elif knowledge().org_end.search(rest):
        score += 1  # an organization whose position wrapped onto the next line
    if NAME_STARTER.match(rest):
        score += 1
    return score


def split_person(text: str, gaps: set[int], not_names: frozenset[str] = frozenset()) -> tuple[int | None, int | None]:
    """Where the person is in a glued ``name + organization/position`` text, as (start, end) or (None, None).

    ``gaps`` holds the indices (relative to ``text``) that had whitespace before them in the
    raw layout: ``罗    毅  区政府副区长`` → {1, 2}, so the name ends at 2. ``not_names`` are words
    that look like names but are not (the notice's region: 常德供电公司 in a notice of 常德市 is no 常德 + 供电公司).
    """
    kb = knowledge()
    best: tuple[float, int | None, int | None] = (2.5 if is_position(split_org_position(text)[1]) else 0.0, None, None)
    for k in (2, 3, 4):
        name, rest = text[:k], text[k:]
        if len(text) < k or not is_person_name(name) or any(r.startswith(name) for r in not_names):
            continue
        score = _rest_score(rest) if rest else 2.0
        if rest and score < 1:
            continue  # what follows is neither an organization nor a position: no name + post here
        if name[-1] in kb.not_name_end:
            score -= 3
        # without layout gaps, the characters decide: a name ends in a given-name character
        # (陶琳 + 七里河街道, not 陶琳七 + 里河街道) and a place name often starts with 七/南/大 …
        score += 0.7 if name[-1] in kb.given_chars else -1
        if rest and rest[0] in kb.place_initials:
            score += 0.5
        if len(rest) > 2 and NAME_STARTER.match(rest[1:]) and not is_position(rest):
            score -= 1  # 高永|恩市… : an organization begins one character on, so that character is the name's
        if k in gaps:
            score += 4
        elif any(k < g <= 4 for g in gaps):
            score -= 2  # the raw layout put the name/position break further on
        score += 0.3 if k == 3 else 0.2 if k == 2 else 0
        if score > best[0]:
            best = (score, 0, k)
    for k in (2, 3):  # position first: 副市长王明 / 市发改委主任张三
        name, rest = text[-k:], text[:-k]
        if len(text) <= k or not is_person_name(name) or not is_position(split_org_position(rest)[1]):
            continue
        if any(r.startswith(name) for r in not_names):
            continue
        score = 3.0 + (4 if len(text) - k in gaps else 0) + (0.3 if k == 3 else 0.2)
        if text[-k - 1 : -k] in ("长", "任", "记", "理", "员", "人") and score > best[0]:
            best = (score, len(text) - k, len(text))
    return best[1], best[2]


def _name_before_unit(text: str, gaps: set[int], not_names: frozenset[str]) -> tuple[int | None, int | None]:
    """A name whose surname the list lacks (郗明华市财政局局长): two or three characters, none of them
    an agency word, before an organization that begins like a full name and ends in a position.
    Only for a piece of a list whose other pieces are named members: alone, a place before its
    bureau (某某市财政局局长) reads the same."""
    kb = knowledge()
    for k in (3, 2):
        name, rest = text[:k], text[k:]
        if not NAME_SHAPE.fullmatch(name) or any(c in kb.not_name_end for c in name):
            continue
        if any(r.startswith(name) for r in not_names):
            continue
        if not (name[-1] in kb.given_chars or k in gaps) or not NAME_STARTER.match(rest):
            continue
        org, position = split_org_position(rest)
        if org and is_position(position) and NAME_STARTER.match(org):
            return 0, k
    return None, None


# ---------------------------------------------------------------- member rows


def _role_of_label(label: str, previous: str | None) -> str | None:
    """The full role of a label that lost characters: ``长`` opening a list is 组长, ``员`` is 成员;
    after a role of the same family (组长 → 副组长 …) it is the next one of that family."""
    roles = knowledge().taskforce_roles
    if label in roles:
        return label
    candidates = [r for r in roles if r.endswith(label)]
    if not candidates:
        return None
    if previous in candidates:
        family = [r for r in candidates[candidates.index(previous) + 1 :] if r.endswith(previous[-2:])]
        return family[0] if family else previous
    return candidates[0]


def _parse_member_text(text: str, start: int, role: str | None, layout: Layout) -> list[Parsed]:
    """Members in one field of text (possibly several, separated by ；or 、)."""
    pieces = [(s - start, e - start) for _, s, e in split_agency_list(text, start)]
    if len(pieces) > 1:
        parsed = [_parse_one(text[a:b], start + a, role, layout) for a, b in pieces]
        if sum(1 for p in parsed if p is not None and p.person) >= 2:
            # among named members, a piece that parses as no one may hold a surname the list lacks
            parsed = [p if p is not None and (p.person or _names_unit(text, p, start))
                      else _parse_one(text[a:b], start + a, role, layout, guess_names=True) or p
                      for p, (a, b) in zip(parsed, pieces)]
        # every piece a member: a named person, or a post of an organization (…，各县（市、区）政府分管负责同志);
        # pieces that are bare titles (王明市委常委、副市长) leave the text one member
        if all(p is not None and (p.person or _names_unit(text, p, start)) for p in parsed) and any(
            p.person for p in parsed
        ):
            return parsed  # type: ignore[return-value]
    one = _parse_one(text, start, role, layout)
    return [one] if one else []


def _names_unit(text: str, parsed: Parsed, start: int) -> bool:
    """A member without a person whose organization begins like a name (各县（市、区）政府 + 分管负责同志),
    not a name the surname list missed (某国平市交通运输局)."""
    if not parsed.organization:
        return False
    s, e = parsed.organization
    return bool(NAME_STARTER.match(text[s - start : e - start]))


def _parse_one(text: str, start: int, role: str | None, layout: Layout, guess_names: bool = False) -> Parsed | None:
    lead = len(text) - len(text.lstrip())
    text, start = text.strip(), start + lead
    if not text or len(text) > 60 or SENTENCE_PUNCT.search(BRACKETED.sub("", text)):
        return None
    if TITLE_MARKER.match(text):
        return None
    bracketed = NAME_THEN_POST.fullmatch(text)
    if bracketed and is_person_name(bracketed.group("name")):  # 李明（市委常委、常务副市长）
        post = (start + bracketed.start("post"), start + bracketed.end("post"))
        parsed = Parsed(role, (start, start + bracketed.end("name")), post)
        return _with_org(parsed, bracketed.group("post"), post[0])
    gaps = {i - start for i in layout.gaps if start < i < start + len(text)}
    p_start, p_end = split_person(text, gaps, layout.not_names)
    if p_start is None and guess_names:
        p_start, p_end = _name_before_unit(text, gaps, layout.not_names)
    if p_start is None:
        org, position = split_org_position(text)
        if is_position(position):
            return _with_org(Parsed(role, None, (start, start + len(text))), text, start)
        if role and DESCRIBED_POST.search(text) and _ends_in_position(text):
            # 组 长:分管工业和信息化工作的副市长: a post described in words, filled by no named person
            return Parsed(role, None, (start, start + len(text)), position=(start, start + len(text)))
        return None
    person = (start + p_start, start + p_end)
    rest = text[:p_start] if p_start else text[p_end:]
    rest_start = start if p_start else start + p_end
    parsed = Parsed(role, person, (rest_start, rest_start + len(rest)) if rest else None)
    return _with_org(parsed, rest, rest_start)


def _ends_in_position(text: str) -> bool:
    return any(is_position(text[i:]) for i in range(len(text) - 1, max(len(text) - 8, 0) - 1, -1))


def _with_org(parsed: Parsed, rest: str, rest_start: int) -> Parsed:
    if not rest:
        return parsed
    org, position = split_org_position(rest)
    if org:
        parsed.organization = (rest_start, rest_start + len(org))
    if is_position(position):
        parsed.position = (rest_start + len(rest) - len(position), rest_start + len(rest))
    else:
        parsed.position = None
        parsed.organization = (rest_start, rest_start + len(rest)) if knowledge().org_end.search(rest) else None
        parsed.position_text = None if parsed.organization else rest
        parsed.complete = False
    return parsed


def _parse_unit(doc, unit: Unit, role: str | None, layout: Layout) -> tuple[str | None, list[Parsed], bool]:
    """(role after this unit, members it holds, whether it belongs in a member list)."""
    pats = _patterns()
    text = doc.text
    fields = _member_fields(text, unit.fields)
    if not fields:
        return role, [], False
    first_s, first_e = fields[0]
    first = text[first_s:first_e]
    labelled = False
    stripped = first.lstrip()
    lead = len(first) - len(stripped)
    by = pats["role_by"].match(text[unit.start : unit.end].lstrip())
    if by:
        members = []
        for clause in CLAUSE.finditer(text[unit.start : unit.end]):
            m = pats["role_by"].match(clause.group(0))
            if not m:
                continue
            who_start = unit.start + clause.start() + m.start("who")
            for s, e in _split_posts(m.group("who"), who_start):
                parsed = _parse_one(text[s:e], s, m.group("role"), layout)
                if parsed:
                    members.append(parsed)
        return by.group("role"), members, bool(members)
    merged_across = len(unit.fields) > 1 and len(fields) == 1  # 组长 | 组长 | 组长: a label row of a table
    m = pats["label"].match(stripped)
    if m and (m.end() < len(stripped) or len(fields) > 1 or stripped.endswith(("：", ":")) or merged_across):
        role, labelled = m.group("role"), True
        fields[0] = (first_s + lead + m.end(), first_e)
    else:
        d = pats["damaged"].match(stripped)
        mended = _role_of_label(d.group("role"), role) if d else None
        if mended:
            role, labelled = mended, True
            fields[0] = (first_s + lead + d.end(), first_e)
    fields = [(s, e) for s, e in fields if text[s:e].strip()]
    if not fields:
        return role, [], labelled
    texts = [text[s:e] for s, e in fields]
    if len(fields) >= 3 and _name_unit_post(texts):  # 姓名 | 工作单位 | 职务 columns
        person = _strip_span(text, *fields[0])
        org, post = _strip_span(text, *fields[-2]), _strip_span(text, *fields[-1])
        return role, [Parsed(role, person, (org[0], post[1]), organization=org, position=post)], True
    if len(fields) >= 2 and is_person_name(texts[0].strip()):
        person = _strip_span(text, *fields[0])
        rest_s, rest_e = _strip_span(text, fields[1][0], fields[-1][1])
        parsed = _with_org(Parsed(role, person, (rest_s, rest_e)), text[rest_s:rest_e], rest_s)
        return role, [parsed], True
    if len(fields) >= 2 and is_person_name(texts[-1].strip()):
        person = _strip_span(text, *fields[-1])
        rest_s, rest_e = _strip_span(text, fields[0][0], fields[-2][1])
        parsed = _with_org(Parsed(role, person, (rest_s, rest_e)), text[rest_s:rest_e], rest_s)
        return role, [parsed], True
    s, e = fields[0][0], fields[-1][1]
    if not labelled and NOT_A_ROW.search(text, s, e):
        return role, [], False
    members = _parse_member_text(text[s:e], s, role, layout)
    return role, members, bool(members) or labelled


def _name_unit_post(texts: list[str]) -> bool:
    """A row read as name | unit | post: the post a position, the unit ending like one, the name a
    short run of Han characters (额尔敦毕力格, 阿依古丽·买买提 have no surname of the list)."""
    name, unit, post = (t.strip() for t in (texts[0], texts[-2], texts[-1]))
    return (bool(PERSON_IN_COLUMN.fullmatch(name)) and is_position(post) and not is_position(unit)
            and bool(knowledge().org_end.search(unit)))


def _member_fields(text: str, fields: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A row's fields without a leading 序号 and without repeats of a cell merged across
    (各乡（镇）人民政府分管领导 twice; a label row 组长 | 组长 | 组长 | 组长)."""
    out: list[tuple[int, int]] = []
    for s, e in fields:
        if out and text[s:e].strip() and text[s:e].strip() == text[out[-1][0]:out[-1][1]].strip():
            continue
        out.append((s, e))
    if len(out) > 1 and ROW_NUMBER.fullmatch(text[out[0][0]:out[0][1]].strip()):
        out = out[1:]
    return out


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_posts(who: str, start: int) -> list[tuple[int, int]]:
    """``市政府办公室主任和市工信局局长`` → two posts; a single post stays whole."""
    for pattern in (POST_BY_COMMA, POST):  # 、 first: 市发展和改革局局长 holds a 和 of its own
        parts = [(m.start(), m.end()) for m in pattern.finditer(who)]
        if len(parts) > 1 and all(is_position(split_org_position(who[a:b])[1]) for a, b in parts):
            return [(start + a, start + b) for a, b in parts]
    return [(start, start + len(who))]


def _is_continuation(doc, unit: Unit) -> tuple[int, int] | None:
    """A unit that is only a position word (``经理``): the wrapped end of the member above."""
    s, e = _strip_span(doc.text, unit.start, unit.end)
    return (s, e) if s < e and is_position(doc.text[s:e]) else None


# ---------------------------------------------------------------- blocks


@dataclass
class Block:
    """One member list: its members (parsed) and the index of its first unit."""

    first_unit: int
    members: list[Parsed]
    name: tuple[int, int] | None = None  # the body's name, when the founding sentence holds the members


def member_blocks(doc, not_names: frozenset[str] = frozenset()) -> tuple[list[Block], Layout]:
    layout = _layout(doc, not_names)
    pats = _patterns()
    blocks: list[Block] = []
    units = layout.units
    i = 0
    while i < len(units):
        unit = units[i]
        head = doc.text[unit.start : unit.end].lstrip()
        if not (pats["label"].match(head) or pats["role_by"].match(head) or pats["damaged"].match(head)):
            i += 1
            continue
        role, members, ok = _parse_unit(doc, unit, None, layout)
        if not ok or (not members and not _labels_follow(doc, units, i, layout)):
            i += 1
            continue
        block = Block(i, list(members))
        j = i + 1
        while j < len(units):
            nxt = units[j]
            wrapped = _is_continuation(doc, nxt)
            if wrapped and block.members and not block.members[-1].complete:
                last = block.members[-1]
                last.position, last.complete = wrapped, True
                last.position_text = None
                j += 1
                continue
            new_role, members, ok = _parse_unit(doc, nxt, role, layout)
            if not ok:
                break
            role = new_role
            block.members.extend(members)
            j += 1
        if block.members:
            blocks.append(block)
        i = j
    covered = {k for block in blocks for k in range(block.first_unit, block.first_unit + len(block.members) + 1)}
    blocks += [b for b in _sentence_blocks(doc, layout) if b.first_unit not in covered]
    blocks.sort(key=lambda b: b.first_unit)
    return blocks, layout


def _sentence_blocks(doc, layout: Layout) -> list[Block]:
    """Members set out in the sentence that founds the body: 成立…领导小组，组长由市长兼任，副组长由…担任，
    成员由市发展改革委、市财政局…主要负责同志组成 (one member per listed unit, with the shared post)."""
    pats = _patterns()
    text = doc.text
    blocks = []
    for k, unit in enumerate(layout.units):
        founded = pats["founded"].search(text, unit.start, unit.end)
        if not founded:
            continue
        members: list[Parsed] = []
        for clause in CLAUSE.finditer(text, founded.end(), unit.end):
            words = clause.group(0)
            listed = MEMBERS_BY.match(words) or UNITS_AS_MEMBERS.match(words)
            if listed:  # 成员由A、B主要负责同志组成 / A、B分管负责同志为成员: one member per unit
                post = (clause.start() + listed.start("post"), clause.start() + listed.end("post"))
                for _, s, e in split_agency_list(listed.group("units"), clause.start() + listed.start("units")):
                    members.append(Parsed("成员", None, None, organization=(s, e), position=post))
                continue
            # 组长由市长兼任 / 市政府办公室副主任、市发改局局长任副组长: posts that take a role
            by = pats["role_by"].match(words) or pats["post_as"].match(words)
            if by and not by.group("role").startswith("办公室"):  # 办公室主任由…: the office's director
                who_start = clause.start() + by.start("who")
                for s, e in _split_posts(by.group("who"), who_start):
                    parsed = _parse_one(text[s:e], s, by.group("role"), layout)
                    if parsed:
                        members.append(parsed)
        if members:
            blocks.append(Block(k, members, (founded.start("name"), founded.end("name"))))
    return blocks


def _labels_follow(doc, units: list[Unit], i: int, layout: Layout) -> bool:
    """A label alone on its line (``成员：``) opens a list only when members follow."""
    if i + 1 >= len(units):
        return False
    _, members, _ = _parse_unit(doc, units[i + 1], None, layout)
    return bool(members)


def member_organization_spans(doc, meta=None) -> list[tuple[int, int]]:
    """Spans of the organizations of every task-force member (for the agencies extractor)."""
    blocks, _ = member_blocks(doc, region_names(meta))
    return [m.organization for b in blocks for m in b.members if m.organization]


# ---------------------------------------------------------------- name and office


def _title_name(text: str) -> tuple[int, int] | None:
    """The body's name inside a title line (heading marker, 关于成立 and 组成人员名单… left out)."""
    marker = TITLE_MARKER.match(text)
    start = marker.end() if marker else 0
    about = text.find("关于", start)
    if about > start:  # 某县人民政府办公室关于成立…: the issuer stands before 关于
        start = about
    start += TITLE_LEAD.match(text[start:]).end()
    m = _patterns()["names"].search(text, start)
    return (start, m.end()) if m else None


def _is_generic(name: str) -> bool:
    """工作专班 / 领导小组 alone: a heading's word, not the body's own name."""
    return name in knowledge().taskforce_names


def _find_name(doc, layout: Layout, block: Block) -> tuple[int, int] | None:
    text = doc.text
    found = None
    for unit in reversed(layout.units[max(0, block.first_unit - 8) : block.first_unit]):
        line = text[unit.start : unit.end].strip()
        if not line or SENTENCE_PUNCT.search(line) or len(line) > 50:
            continue
        span = _title_name(line)
        if span:
            offset = text.index(line, unit.start)
            found = (offset + span[0], offset + span[1])
            break
    if found and not _is_generic(text[found[0] : found[1]]):
        return found
    # a heading's bare 工作专班: the sentence or title that sets the body up may give its full name
    start = layout.units[block.first_unit].start
    word = text[found[0] : found[1]] if found else None
    best = None
    for m in _patterns()["founded"].finditer(text):
        if word and not m.group("name").endswith(word):
            continue
        if best is None or abs(m.start() - start) < abs(best[0] - start):
            best = (m.start("name"), m.end("name"))
    return best or found


def _nearest(pattern: regex.Pattern, text: str, anchor: int) -> regex.Match | None:
    best = None
    for m in pattern.finditer(text):
        if best is None or abs(m.start() - anchor) < abs(best.start() - anchor):
            best = m
    return best


def _office_director(who: str, persons: list[str], layout: Layout, start: int) -> str | None:
    who = PERSON_NOISE.sub("", who)
    known = [p for p in persons if p and p in who]
    if known:
        return max(known, key=len)
    gaps = {i - start for i in layout.gaps if start < i < start + len(who)}
    s, e = split_person(who, gaps, layout.not_names)
    if s is not None:
        return who[s:e]
    tail = NAME_TAIL.search(who)
    return tail.group(1) if tail and is_person_name(tail.group(1)) else None


@register("taskforce", "2")
def extract(doc, prior) -> list[TaskForce]:
    blocks, layout = member_blocks(doc, region_names(prior.get("metadata")))
    forces: list[TaskForce] = []
    for block in blocks:
        name_span = block.name or _find_name(doc, layout, block)
        if forces and name_span and (forces[-1].char_start, forces[-1].char_end) == name_span:
            # the same list resumed after a break (a page header, a stray line): one body
            forces[-1].members += [_member(doc, len(forces[-1].members) + k + 1, m) for k, m in enumerate(block.members)]
            continue
        members = [_member(doc, k + 1, m) for k, m in enumerate(block.members)]
        if name_span is None:
            name_span = (members[0].char_start, members[-1].char_end)
        forces.append(_force(doc, layout, name_span, members))
    return forces


def _force(doc, layout: Layout, name_span: tuple[int, int], members: list[TaskForceMember]) -> TaskForce:
    """The body with its office: the office sentences nearest to its name."""
    text = doc.text
    office = _nearest(OFFICE_AT, text, name_span[0])
    director = _nearest(OFFICE_DIRECTOR, text, name_span[0])
    director_name = None
    if director:
        group = "a" if director.group("a") else "b"
        persons = [m.person for m in members if m.person]
        director_name = _office_director(director.group(group), persons, layout, director.start(group))
    location = OFFICE_TRAIL.sub("", WHITESPACE.sub("", office.group("loc"))) if office else None
    return TaskForce(
        char_start=name_span[0], char_end=name_span[1], evidence=text[name_span[0] : name_span[1]],
        page=doc.page_at(name_span[0]), name=WHITESPACE.sub("", text[name_span[0] : name_span[1]]),
        office_location=location or None, office_director=director_name, members=members,
    )


def _member(doc, seq: int, parsed: Parsed) -> TaskForceMember:
    text = doc.text
    spans = [s for s in (parsed.person, parsed.organization, parsed.position, parsed.rest) if s]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    clean = lambda span: WHITESPACE.sub("", text[span[0] : span[1]]) if span else None  # noqa: E731
    position = clean(parsed.position) or parsed.position_text
    return TaskForceMember(
        char_start=start, char_end=end, evidence=text[start:end], page=doc.page_at(start), seq=seq,
        role=parsed.role or "成员", person=clean(parsed.person), position=position,
        organization=clean(parsed.organization),
    )
