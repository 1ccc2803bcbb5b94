"""Members written inline in one field of text: ``王明区政府副区长``, ``李明（市委常委、常务副市长）``,
several separated by ，/、/；, a post of a group of units (``各县（市、区）政府分管负责同志``), or a post
described in words (``分管工业和信息化工作的副市长``).

Reads the text of a field and the layout gaps; returns :class:`Parsed` members with person,
organization and position spans.
"""
from __future__ import annotations

import regex

from extractors.agency_names import (
    NAME_STARTER, is_agency_like, is_position, knowledge, split_agency_list, split_org_position,
)
from extractors.member_lists.labels import SENTENCE_PUNCT, TITLE_MARKER
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Parsed
from extractors.member_lists.persons import (
    is_person_name, may_end_in_name, name_after_unit_and_post, name_before_unit, split_person,
)
from extractors.member_lists.shared_titles import units_sharing_a_title
from extractors.regions import division_opening

# 分管…的 / 主管…的 / 负责…的: a post described in words (分管工业和信息化工作的副市长)
DESCRIBED_POST = regex.compile(r"^(?:分管|主管|负责|联系)\p{Han}*的")
# 州人民政府分管民政工作的副州长: a unit, then a post described in words (the unit ends before 分管…的)
DESCRIBED_AFTER_UNIT = regex.compile(r"(?<=\p{Han}{2})(?:分管|主管|协管|联系)\p{Han}*?的")
# （…） / (…): a bracket group (its commas do not make a member row prose)
BRACKETED = regex.compile(r"（[^）]*）|\([^)]*\)")
# 李明（市委常委、常务副市长）: a name and, in brackets, the post
NAME_THEN_POST = regex.compile(r"(?P<name>\p{Han}{2,4})[（(](?P<post>[^（）()]{2,40})[）)]")
# 李志华（市政府副秘书长）孔祥云（市工业和信息化局局长）: members each with the post in brackets, one after another
# (the full-width spaces between them are gone from the normalized text)
BRACKETED_MEMBER = regex.compile(r"\p{Han}{2,8}(?:[·•]\p{Han}{1,8})?[（(][^（）()]{2,40}[）)]")
# what may stand between two bracketed members, or end the run: 、 ， ； 。 spaces
BRACKETED_GAP = regex.compile(r"[、，,；;。\s]*")
# 市政府办公室主任和市工信局局长: posts joined by 、 和 及
POST = regex.compile(r"[^、和及]+")
# 市政府办公室主任、市发展和改革局局长: posts joined by 、 alone (tried first: a name may hold 和)
POST_BY_COMMA = regex.compile(r"[^、]+")
# 常务副市长王建国同志和市政府秘书长李明同志: members joined by 和 / 及 / 以及
MEMBER_BY_JOINER = regex.compile(r"(?:(?!以及)[^和及])+(?=以及|[和及]|$)")
# 同志 after a member's name (not the 同志 of a post: 主要负责同志)
COMRADE = regex.compile(r"(?<!负责)同志$")
# 主要负责同志 / 分管负责同志 / 有关领导: the post every listed unit sends
# (有关司局负责同志, 相关处室主要负责人: the heads a ministry or bureau sends from its departments concerned)
SHARED_POST = regex.compile(r"(?:(?:有关|相关)(?:业务)?(?:司局|处室|科室|处（室）|处\(室\))?)?(?:主要|分管)?"
                            r"(?:负责同志|负责人|领导同志|领导)")
# 和 / 及 / 以及 right after a shared post: the next run of units with its own post (…主要负责同志和各乡乡长)
JOINER_AFTER_POST = regex.compile(rf"(?<={SHARED_POST.pattern})(?:以及|和|及)")
# （苏木达） after 乡镇长: a bracketed gloss that ends a post (乡镇长（苏木达）, 站长（主任）)
POST_GLOSS = regex.compile(r"[（(][^（）()]{1,8}[）)]$")
# ，/；/。 outside brackets: where a member field of groups of units splits into clauses
# (市发改委、市财政局主要负责同志，各镇人民政府镇长。)
CLAUSE_END = regex.compile(r"[，；;,。]")
# a bracket or a clause end: what _field_clauses reads a field by
FIELD_MARK = regex.compile(r"[（()），；;,。]")
# 各 / 有关 / 相关 opening a unit: a group of units, each sending its holder of a post
GROUP_OF_UNITS = regex.compile(r"各|有关|相关")
# ，兼区蚕业技术推广站站长 after a post: a second office the same person holds (its comma ends no clause)
CONCURRENT_POST = regex.compile(r"[，,](?=兼\p{Han})")
# 常委 / 委员 / 党组成员: a committee membership, held together with a post by one person
MEMBERSHIP_TITLE = regex.compile(r"(?:常委|委员|党组成员)$")
# 区委副书记 / 市委副书记: a party committee's deputy secretary (the head of the government is one by office)
DEPUTY_SECRETARY = regex.compile(r"委副书记$")
# 宝日镇 / 吉尔嘎乡 / 城关街道 / 巴音苏木: a town named alone (never 各乡镇, a group of towns)
TOWN = regex.compile(r"(?!各)\p{Han}{1,7}?(?:镇|乡|街道|苏木)")
# 区长 / 市长 / 县政府县长 / 州人民政府州长, with its holder's name after it or not: the head of a level's government
HEAD_OF_GOVERNMENT = regex.compile(r"(?:[省市县区州旗盟](?:人民)?政府)?[省市县区州旗盟]长")


def parse_member_text(text: str, start: int, role: str | None, layout: Layout) -> list[Parsed]:
    """Members in one field of text (possibly several, separated by ；or 、)."""
    grouped = _clauses_of_groups(text, start, role, layout) or _clauses_of_posts_and_names(text, start, role, layout)
    if grouped:
        return grouped
    pieces = _bracketed_run(text) or [(s - start, e - start) for _, s, e in split_agency_list(text, start)]
    # 兵团第一师图木舒克市副师长、副市长  刘国华: one member whose posts hold 、, the name set apart at the end (a text
    # of one piece is that one member anyway)
    if len(pieces) > 1 and not _post_then_spaced_name(text, start, layout):
        parsed = [parse_one(text[a:b], start + a, role, layout) for a, b in pieces]
        if sum(1 for p in parsed if p is not None and p.person) >= 2:
            # among named members, a piece that parses as no one may hold a surname the list lacks
            parsed = [p if p is not None and (p.person or _names_unit(text, p, start))
                      else parse_one(text[a:b], start + a, role, layout, guess_names=True) or p
                      for p, (a, b) in zip(parsed, pieces)]
        # every piece a member: a named person, or a post of an organization (…，各县（市、区）政府分管负责同志);
        # pieces that are bare titles (王明市委常委、副市长) leave the text one member
        if all(p is not None and (p.person or _units_post(text, p, start)) for p in parsed) and any(
            p.person for p in parsed
        ):
            return parsed  # type: ignore[return-value]
        by_names = _members_by_names(text, start, pieces, parsed, role, layout)
        if by_names:
            return by_names
        shared = (_units_sharing_a_post(text, start, pieces, role) or _units_each_by_post(text, start, pieces, parsed, role)
                  or _places_sharing_a_unit(text, start, pieces, role)
                  or units_sharing_a_title(text, start, pieces, role))  # 县教育局、县公安局副局长 alone
        if shared:
            return shared
        if role and all(_unit_without_post(text[a:b]) for a, b in pieces):  # 成员单位：市发展改革委、市财政局…
            return [Parsed(role, None, None, organization=(start + a, start + b)) for a, b in pieces]
        if all(p is not None and not p.person and p.position for p in parsed) and _separate_posts(text, pieces):
            return parsed  # type: ignore[return-value]  # 常务副县长、分管文化旅游工作的副县长: two posts, two members
    one = parse_one(text, start, role, layout)
    return [one] if one else []


def _post_then_spaced_name(text: str, start: int, layout: Layout) -> bool:
    """A line of one member written post first, the name after the raw layout's only gap (``兵团第一师阿拉尔市
    副师长、副市长  刘国华``): its 、 separates that member's posts, not members."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    gaps = layout.gaps_within(start + lead, len(stripped))
    if not gaps:
        return False  # the name must stand after a gap
    p_start, p_end = split_person(stripped, gaps, layout.not_names)
    return bool(p_start) and p_end == len(stripped) and p_start in gaps and max(gaps) == p_start


def _members_by_names(text: str, start: int, pieces, parsed, role, layout: Layout) -> list[Parsed]:
    """``周建国区委副书记、区长、郑芳区政府副区长``: people separated by 、 whose posts hold 、 too; a piece that
    opens with a name (and a post) starts a member, the bare posts after it are that member's further titles."""
    if len(pieces) < 3 or parsed[0] is None or not parsed[0].person:
        return []
    named = [k for k, p in enumerate(parsed) if p is not None and p.person]
    if len(named) < 2 or not all(p is not None and (p.person or (p.position and not _units_post(text, p, start)))
                                 for p in parsed):
        return []
    members = []
    for k, first in enumerate(named):
        a, b = pieces[first][0], pieces[(named[k + 1] if k + 1 < len(named) else len(pieces)) - 1][1]
        one = parse_one(text[a:b], start + a, role, layout)
        if one is None or not one.person:
            return []
        members.append(one)
    return members


def _bracketed_run(text: str) -> list[tuple[int, int]]:
    """The spans of members written one after another, each ``name（post）`` (李志华（市政府副秘书长）孔祥云（…）),
    when the whole text is such a run of two or more; else []."""
    spans, at = [], BRACKETED_GAP.match(text).end()
    while at < len(text):
        m = BRACKETED_MEMBER.match(text, at)
        if not m:
            return []
        spans.append((m.start(), m.end()))
        at = BRACKETED_GAP.match(text, m.end()).end()
    return spans if len(spans) > 1 else []


def _clauses_of_groups(text: str, start: int, role, layout: Layout) -> list[Parsed]:
    """``市发改委、市财政局主要负责同志，各镇人民政府镇长。``: a field of clauses, at least one of them units
    sharing a post; every clause must read as members (else nothing: the field is read as a whole)."""
    clauses = [part for a, b in _field_clauses(text) for part in _runs_after_posts(text, a, b)]
    if len(clauses) < 2 and not text.rstrip().endswith("。"):
        return []
    members: list[Parsed] = []
    shared_any = False
    for a, b in clauses:
        pieces = [(s - start, e - start) for _, s, e in split_agency_list(text[a:b], start + a)]
        shared = (_units_sharing_a_post(text, start, pieces, role) or units_sharing_a_title(text, start, pieces, role)
                  or _places_sharing_a_unit(text, start, pieces, role) if len(pieces) > 1 else [])
        if shared:  # 县教育局、县公安局副局长 / 甲镇、乙镇人民政府主要负责人: each sends the holder of the post after the last
            shared_any = True
            members += shared
            continue
        one = parse_one(text[a:b], start + a, role, layout)
        if one is None:
            return []
        members.append(one)
    return members if shared_any else []


def _runs_after_posts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clause ``text[a:b]`` cut after each shared post that 和/及 joins to the next run (A、B主要负责同志和各乡乡长)."""
    cuts = [(m.start(), m.end()) for m in JOINER_AFTER_POST.finditer(text, a, b)]
    bounds = [a] + [x for cut in cuts for x in cut] + [b]
    return list(zip(bounds[::2], bounds[1::2]))


def _field_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` between ，/；/。 outside brackets (empty spans left out)."""
    spans, depth, begin = [], 0, 0
    for mark in FIELD_MARK.finditer(text + "。"):  # brackets and clause ends only, not every character
        i, char = mark.start(), mark.group()
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(depth - 1, 0)
        elif depth == 0 and (i == len(text) or CLAUSE_END.match(char)):
            if text[begin:i].strip():
                spans.append((begin, i))
            begin = i + 1
    return spans


def _units_sharing_a_post(text: str, start: int, pieces, role) -> list[Parsed]:
    """``县委宣传部、县财政局、沱江镇人民政府主要负责同志``: every unit listed sends its holder of the post the
    last one names (one member per unit)."""
    a, b = pieces[-1]
    post = SHARED_POST.search(text, a, b)
    if not post or post.start() <= a or post.end() != b:
        return []
    units = [(x, y) for x, y in pieces[:-1]] + [(a, post.start())]
    if not all(is_agency_like(text[x:y]) for x, y in units):
        return []
    span = (start + post.start(), start + post.end())
    return [Parsed(role, None, None, organization=(start + x, start + y), position=span) for x, y in units]


def _places_sharing_a_unit(text: str, start: int, pieces, role) -> list[Parsed]:
    """``图们市、龙井市、汪清县人民政府分管负责同志`` / ``泗溪镇、洲岭乡人民政府主要负责人``: divisions or towns
    listed by name, the last followed by the unit each has (人民政府) and the post it sends: one member per place."""
    a, b = pieces[-1]
    last = text[a:b]
    division = _division_at(last)
    if not role or not division or not all(_division_at(text[x:y]) == y - x for x, y in pieces[:-1]):
        return []
    org, position = split_org_position(last)
    if not org or len(org) <= division or not is_position(position) or not is_agency_like(org[division:]):
        return []
    unit = org[division:]  # 人民政府: what every division listed sends its post from
    post = (start + b - len(position), start + b)
    members = [Parsed(role, None, (start + x, post[1]), position=post, organization_text=text[x:y] + unit)
               for x, y in pieces[:-1]]
    return members + [Parsed(role, None, (start + a, post[1]), organization=(start + a, start + a + len(org)), position=post)]


def _division_at(text: str) -> int:
    """The length of the division's full name (图们市, 汪清县) or the town's name (泗溪镇) that opens ``text``, or 0."""
    opening, town = division_opening(text), TOWN.match(text)
    return opening[0] if opening else town.end() if town else 0


def _units_each_by_post(text: str, start: int, pieces, parsed, role) -> list[Parsed]:
    """``省发展改革委分管负责同志、省财政厅分管负责同志、…``: every piece a unit and the post it sends; a unit
    whose ending the vocabulary lacks (某调查总队) is read by the post after it, when most pieces read as units."""
    if not role:
        return []
    posts = [SHARED_POST.search(text, a, b) for a, b in pieces]
    if not all(post and post.end() == b and post.start() - a >= 2 for post, (a, b) in zip(posts, pieces)):
        return []
    if 2 * sum(1 for p in parsed if p is not None and p.organization and not p.person) < len(pieces):
        return []
    return [Parsed(role, None, None, organization=(start + a, start + post.start()),
                   position=(start + post.start(), start + post.end())) for post, (a, _) in zip(posts, pieces)]


def _clauses_of_posts_and_names(text: str, start: int, role, layout: Layout) -> list[Parsed]:
    """``市委常委、常务副市长王建兴，副市长林秀英、何晓春，市政协副主席施美玲``: clauses (，/；) that each name a post
    and then its holder, a name after 、 holding the same post; a clause may be a unit by post alone
    (省自然资源厅分管负责同志). Every clause must read so, at least one with a name after its post."""
    clauses = _field_clauses(text)
    if len(clauses) < 2 or not role:
        return []
    members: list[Parsed] = []
    for a, b in clauses:
        found = _post_then_names(text, start, a, b, role, layout)
        if not found:
            return []
        members += found
    return members if any(m.person for m in members) else []


def _post_then_names(text: str, start: int, a: int, b: int, role, layout: Layout) -> list[Parsed]:
    """One clause of :func:`_clauses_of_posts_and_names`: its members, or [] when it reads otherwise."""
    a, b = a + len(text[a:b]) - len(text[a:b].lstrip()), b - (len(text[a:b]) - len(text[a:b].rstrip()))
    sharers: list[tuple[int, int]] = []  # 、何晓春 after 副市长林秀英: names holding the post before them
    head_end = b
    while True:
        cut = text.rfind("、", a, head_end)
        if cut < 0 or not is_person_name(text[cut + 1 : head_end].strip()):
            break
        sharers.insert(0, (cut + 1, head_end))
        head_end = cut
    first = parse_one(text[a:head_end], start + a, role, layout)
    if first is None:
        return []
    if first.person is None:  # a unit by post: 省自然资源厅分管负责同志
        return [] if sharers or not first.position else [first]
    if first.person[1] != start + head_end or first.person[0] == start + a:
        return []  # the name first (王明市委常委): not this layout
    return [first] + [Parsed(role, (start + s, start + e), first.rest, organization=first.organization,
                             position=first.position) for s, e in sharers]


def _unit_without_post(text: str) -> bool:
    """A unit named without a post (a member unit of the list: 市发展改革委, 麦积区人民政府)."""
    return is_agency_like(text) and not is_position(split_org_position(text)[1])


def _separate_posts(text: str, pieces) -> bool:
    """Posts listed with 、 that several people hold (常务副县长、分管…的副县长), not one person's titles
    (市委常委、副市长: a committee membership held with a post; 县委副书记、县政府县长: the head of a government is by
    office a deputy secretary of its party committee)."""
    return not any(MEMBERSHIP_TITLE.search(text, a, b) or (
        DEPUTY_SECRETARY.search(text, a, b) and k + 1 < len(pieces) and _head_of_government(text[slice(*pieces[k + 1])]))
        for k, (a, b) in enumerate(pieces))


def _names_unit(text: str, parsed: Parsed, start: int) -> bool:
    """A member without a person whose organization begins like a name (各县（市、区）政府 + 分管负责同志),
    not a name the surname list missed (某国平市交通运输局)."""
    if not parsed.organization:
        return False
    s, e = parsed.organization
    return bool(NAME_STARTER.match(text[s - start : e - start]))


def _units_post(text: str, parsed: Parsed, start: int) -> bool:
    """A member of its own beside named ones: a post of a group of units (各县（市、区）政府 + 分管负责同志),
    not a second title of the person before (次仁平措区委副书记、区人民政府区长)."""
    if not _names_unit(text, parsed, start):
        return False
    s, e = parsed.organization
    post = text[parsed.position[0] - start : parsed.position[1] - start] if parsed.position else ""
    return bool(GROUP_OF_UNITS.match(text, s - start, e - start) or SHARED_POST.fullmatch(post))


def parse_one(text: str, start: int, role: str | None, layout: Layout, guess_names: bool = False) -> Parsed | None:
    """One member in ``text`` (at ``start`` of doc.text): a name and its post, a post alone, or None."""
    lead = len(text) - len(text.lstrip())
    text, start = text.strip(), start + lead
    if not text or len(text) > 60 or SENTENCE_PUNCT.search(CONCURRENT_POST.sub("", BRACKETED.sub("", text))):
        return None
    if TITLE_MARKER.match(text):
        return None
    bracketed = NAME_THEN_POST.fullmatch(text)
    if bracketed and (is_person_name(bracketed.group("name")) or guess_names and _bare_name(bracketed.group("name"))):
        # 李明（市委常委、常务副市长）; among named members, a name the surname list lacks (资晓燕（…）)
        post = (start + bracketed.start("post"), start + bracketed.end("post"))
        parsed = Parsed(role, (start, start + bracketed.end("name")), post)
        return with_org(parsed, bracketed.group("post"), post[0])
    gaps = layout.gaps_within(start, len(text))
    p_start, p_end = split_person(text, gaps, layout.not_names)
    if p_start is None and guess_names:
        p_start, p_end = name_before_unit(text, gaps, layout.not_names)
    if p_start is None:
        org, position = split_org_position(text)
        if is_position(position):
            return with_org(Parsed(role, None, (start, start + len(text))), text, start)
        glossed = _glossed_post(text, start, role)
        if glossed:
            return glossed
        cut = name_after_unit_and_post(text, layout.not_names) if role else None
        if cut is not None:  # 指挥长：州人民政府副州长扎西平措: the role's holder after the unit and post
            return with_org(Parsed(role, (start + cut, start + len(text)), (start, start + cut)), text[:cut], start)
        if role and DESCRIBED_POST.search(text) and _ends_in_position(text):
            # 组 长:分管工业和信息化工作的副市长: a post described in words, filled by no named person
            return Parsed(role, None, (start, start + len(text)), position=(start, start + len(text)))
        return _unit_and_described_post(text, start, role)
    person = (start + p_start, start + p_end)
    rest = text[:p_start] if p_start else text[p_end:]
    rest_start = start if p_start else start + p_end
    parsed = Parsed(role, person, (rest_start, rest_start + len(rest)) if rest else None)
    return with_org(parsed, rest, rest_start)


def _bare_name(name: str) -> bool:
    """Two or three Han characters that read as no unit and no post: a name whose surname the list lacks."""
    kb = knowledge()
    return (len(name) <= 3 and not is_position(name) and not kb.org_end.search(name)
            and not any(c in kb.not_name_end for c in name) and not NAME_STARTER.match(name))


def _glossed_post(text: str, start: int, role: str | None) -> Parsed | None:
    """``各乡镇苏木人民政府乡镇长（苏木达）``: a unit and a post that ends in a bracketed gloss (kept in the post)."""
    gloss = POST_GLOSS.search(text)
    if not gloss or not role:
        return None
    org, position = split_org_position(text[: gloss.start()])
    if not org or not is_position(position):
        return None
    post = (start + gloss.start() - len(position), start + len(text))
    return Parsed(role, None, (start, start + len(text)), organization=(start, start + len(org)), position=post)


def _unit_and_described_post(text: str, start: int, role: str | None) -> Parsed | None:
    """``州人民政府分管民政工作的副州长``: the unit (州人民政府) and its post described in words."""
    described = DESCRIBED_AFTER_UNIT.search(text) if role else None
    if not described or not knowledge().org_end.search(text[: described.start()]) or not _ends_in_position(text):
        return None
    post = (start + described.start(), start + len(text))
    return Parsed(role, None, post, organization=(start, start + described.start()), position=post)


def _ends_in_position(text: str) -> bool:
    return any(is_position(text[i:]) for i in range(len(text) - 1, max(len(text) - 8, 0) - 1, -1))


def with_org(parsed: Parsed, rest: str, rest_start: int) -> Parsed:
    """``parsed`` with the organization and position read from ``rest``; a rest that is no position
    leaves the member incomplete (its position may be wrapped onto the next line)."""
    if not rest:
        return parsed
    if _titles_of_one(rest) or _with_concurrent_post(rest):
        # 区委副书记、区人民政府区长 / 副区长，兼区…管委会主任: one person's posts, no single organization
        parsed.position = (rest_start, rest_start + len(rest))
        parsed.organization = None
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


def _titles_of_one(rest: str) -> bool:
    """Posts joined by 、 that one person holds, each a post of its own organ (区委副书记、区人民政府区长); not
    an organ's post and bare posts after it (省农业农村厅党组书记、厅长, 兵团第一师阿拉尔市副师长、副市长: one
    organization)."""
    parts = rest.split("、")
    if len(parts) > 1 and split_org_position(parts[0])[0] and all(
        split_org_position(part)[0] is None for part in parts[1:]
    ):
        return False
    return len(parts) > 1 and all(is_position(split_org_position(part)[1]) for part in parts)


def _with_concurrent_post(rest: str) -> bool:
    """``区农业农村局局长，兼区蚕业技术推广站站长``: a post, then after ，兼 another office of the same person."""
    cut = CONCURRENT_POST.search(rest)
    return bool(cut) and is_position(split_org_position(rest[: cut.start()])[1]) and is_position(
        split_org_position(rest[cut.end() + 1 :])[1])


def split_posts(who: str, start: int) -> list[tuple[int, int]]:
    """``市政府办公室主任和市工信局局长`` → two posts; ``常务副市长王建国同志和市政府秘书长李明同志`` → two
    members (a post and its holder each); ``县委副书记、常务副县长、分管农业农村工作的副县长`` → three; a
    single post stays whole. A 同志 after a member's name is left out of its span."""
    for pattern, reads in ((MEMBER_BY_JOINER, is_member), (POST_BY_COMMA, _is_post), (POST, _is_post),
                           (POST_BY_COMMA, _is_post_and_holder), (POST_BY_COMMA, _is_bare_name)):
        # 和 between members first (市发展和改革局 holds a 和 of its own, so each part must read as one);
        # then 、 between posts; then 、 between posts with their holders (区应急局局长刘洪涛、区消防救援支队支队长孙伟);
        # then 、 between names alone (吴明、潘强同志任副组长: people whose posts the notice gave before)
        parts = [(m.start(), m.end()) for m in pattern.finditer(who)]
        if len(parts) > 1 and all(reads(who[a:b]) for a, b in parts):
            return [_without_comrade(who, start, a, b) for a, b in _titles_held_together(who, parts)]
    return [_without_comrade(who, start, 0, len(who))]


def _titles_held_together(who: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` with the titles one person holds joined: a committee membership before a post (罗丽市委常委、
    常务副市长) and a party committee's 副书记 before the head of that level's government (区委副书记、区长: the
    head is by office its deputy secretary); 县委副书记、常务副县长 stay two posts."""
    joined = [parts[0]]
    for a, b in parts[1:]:
        before = who[joined[-1][0] : joined[-1][1]]
        if who[joined[-1][1] : a] == "、" and (MEMBERSHIP_TITLE.search(before) or (
                DEPUTY_SECRETARY.search(before) and _head_of_government(who[a:b]))):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def _head_of_government(part: str) -> bool:
    """区长 / 市长刘建明 (not 区长助理): the head of a level's government, with its holder's name or not."""
    head = HEAD_OF_GOVERNMENT.match(part)
    rest = COMRADE.sub("", part[head.end():]) if head else ""
    return bool(head) and (not rest or is_person_name(rest))


def _without_comrade(who: str, start: int, a: int, b: int) -> tuple[int, int]:
    comrade = COMRADE.search(who, a, b)
    return start + a, start + (comrade.start() if comrade else b)


def _is_post(text: str) -> bool:
    return is_position(split_org_position(text)[1]) or bool(DESCRIBED_POST.search(text) and _ends_in_position(text))


def _is_post_and_holder(text: str) -> bool:
    """A post with its holder's name (区应急局局长刘洪涛), not a bare title (市委副书记: held with the next)."""
    return is_member(text) and not _is_post(COMRADE.sub("", text))


def _is_bare_name(text: str) -> bool:
    """A person's name alone, a 同志 after it or not (潘强同志)."""
    return is_person_name(COMRADE.sub("", text))


def is_member(text: str) -> bool:
    """(Shared with :mod:`.clauses`.) A post, or a post and its holder's name (常务副市长王建国同志)."""
    text = COMRADE.sub("", text)
    if _is_post(text):
        return True
    if not may_end_in_name(text):
        return False  # no post and name after it: split_person would put the name at the start, if anywhere
    s, e = split_person(text, set())
    return s is not None and e == len(text) and _is_post(text[:s])
