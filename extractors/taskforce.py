"""taskforce extractor: 工作专班 / 领导小组 / 联席会议, their office and their members, in order.

The member lists are read by :mod:`extractors.member_lists`; here each list becomes a body: its name
(from a title line above the list, else the sentence or title that founds it), its office
(``办公室设在…``) and the office's director (``办公室主任由…兼任``), and its members as records. A
list resumed after a break (a page header, a stray line) under the same name is one body.

Reads the ``metadata`` result (the notice's region names, never a person); returns ``TaskForce``
records.
"""
from __future__ import annotations

import regex

from extractors.agency_names import DUTY_NOTE, DUTY_NOTE_FIRST, is_position, knowledge, region_names, split_org_position
from extractors.member_lists import (
    SENTENCE_PUNCT,
    TITLE_MARKER,
    Block,
    Layout,
    Parsed,
    is_header_row,
    is_person_name,
    label_patterns,
    member_blocks,
    split_person,
)
from extractors.registry import register
from extractors.span_index import NearestStart
from schemas.records import TaskForce, TaskForceMember

# 组长由市长兼任: a clause, between the marks no match of OFFICE_DIRECTOR crosses
CLAUSE = regex.compile(r"[^，。；,;]+")
# 办公室设在市大数据局 / 下设办公室在区经信委 / 办公室设于…: where the body's office sits
OFFICE_AT = regex.compile(r"办公室(?:设在|设于|设|在)(?P<loc>[^，。；,;（(]{2,30})")
# 办公室主任由市大数据局局长王明同志兼任 / 由区经信委李华主任兼任办公室主任: who directs the office
# / 县农业农村局局长李国华同志兼任办公室主任 (a clause of its own, no 由)
OFFICE_DIRECTOR = regex.compile(
    r"办公室主任由(?P<a>[^，。；,;]{2,30}?)(?:(?<!负责)同志)?(?:兼任|担任)|由(?P<b>[^，。；,;由]{2,30}?)(?:(?<!负责)同志)?(?:兼任|担任)(?:办公室主任|办公室负责人)"
    r"|(?<=^|[，,。；;\n])(?P<c>[^，。；,;由\n]{2,30}?)(?:(?<!负责)同志)?(?:兼任|担任)(?:办公室主任|办公室负责人)"
)
# 关于成立 / 关于建立 / 关于调整: what precedes a body's name in the title of the notice that sets it up
TITLE_LEAD = regex.compile(r"^(?:关于)?(?:成立|建立|组建|设立|调整|印发)?")
# 市工信局内 / 市工信局里: "in" after the office's host, no part of its name
OFFICE_TRAIL = regex.compile(r"(?:内|里|中)$")
# 同志 after a name in an office-director clause (not the 同志 of a post: 市商务局分管负责同志)
PERSON_NOISE = regex.compile(r"(?<!负责)同志$")
# spaces, tabs, line ends
WHITESPACE = regex.compile(r"\s+")
# （市、区）: a bracketed note inside a name, whose 、 lists no posts
BRACKETED = regex.compile(r"[（(][^（）()]*[）)]")
# 二或三个汉字 at the end of an office-director clause: the director's name
NAME_TAIL = regex.compile(r"(\p{Han}{2,3})$")


def _title_name(text: str) -> tuple[int, int] | None:
    """The body's name inside a title line (heading marker, 关于成立 and 组成人员名单… left out)."""
    marker = TITLE_MARKER.match(text)
    start = marker.end() if marker else 0
    about = text.find("关于", start)
    if about > start:  # 某县人民政府办公室关于成立…: the issuer stands before 关于
        start = about
    start += TITLE_LEAD.match(text[start:]).end()
    m = label_patterns()["names"].search(text, start)
    return (start, m.end()) if m else None


def _block_systems(block: Block) -> list[str]:
    """The systems (林长, 河长 …) every member's role of ``block`` belongs to."""
    return [w for w in knowledge().taskforce_systems if all(m.role and m.role.endswith(w) for m in block.members)]


def _system_name(line: str, systems: list[str]) -> tuple[int, int] | None:
    """A heading naming the officers of a system a list sets out (一、市级总林长、副总林长 above 总林长 / 副总林长
    lines): the heading from after its marker to the last word of the system."""
    ends = [line.rfind(w) + len(w) for w in systems if w in line]
    if not ends:
        return None
    marker = TITLE_MARKER.match(line)
    return (marker.end() if marker else 0), max(ends)


def _is_generic(name: str) -> bool:
    """工作专班 / 领导小组 alone: a heading's word, not the body's own name."""
    return name in knowledge().taskforce_names


def _office_directors(text: str):
    """``OFFICE_DIRECTOR.finditer(text)``, run only on the clauses that hold 兼任 or 担任: every match holds one and
    none crosses a clause mark, and the scan (a lazy run tried at each character) cost milliseconds a notice."""
    for clause in CLAUSE.finditer(text):
        start, end = clause.span()
        if text.find("兼任", start, end) >= 0 or text.find("担任", start, end) >= 0:
            yield from OFFICE_DIRECTOR.finditer(text, start, end)


class _Sentences:
    """The office and founding sentences of one notice, found once and looked up by nearness."""

    def __init__(self, text: str):
        self.text = text
        self.office = NearestStart((m.start(), m) for m in OFFICE_AT.finditer(text))
        self.director = NearestStart((m.start(), m) for m in _office_directors(text))
        self._founded = list(label_patterns()["founded"].finditer(text))
        self._founding: dict[str | None, NearestStart] = {}

    def founding(self, word: str | None) -> NearestStart:
        """Founding sentences whose name ends with ``word`` (any name for None)."""
        if word not in self._founding:
            self._founding[word] = NearestStart(
                (m.start(), m) for m in self._founded if not word or m.group("name").endswith(word))
        return self._founding[word]


def _find_name(doc, layout: Layout, block: Block, sentences: _Sentences) -> tuple[int, int] | None:
    text = doc.text
    found = None
    first = max(0, block.first_unit - 8)
    systems = _block_systems(block)
    for k in range(block.first_unit - 1, first - 1, -1):
        unit = layout.units[k]
        line = text[unit.start : unit.end].strip()
        if not line or SENTENCE_PUNCT.search(line) or len(line) > 50 or is_header_row(text, unit.fields):
            continue  # prose, or a member table's header row (序号 | 专班职务 | 姓名)
        start = _wrapped_from(text, layout.units, k)
        line = text[start : unit.end].strip()  # 关于调整…防汛抗 / 旱指挥部成员的通知: a title wrapped mid-word
        span = _title_name(line) or _system_name(line, systems)
        if span:
            offset = text.index(line, start)
            found = (offset + span[0], offset + span[1])
            break
    if found and not _is_generic(text[found[0] : found[1]]):
        return found
    # a heading's bare 工作专班: the sentence or title that sets the body up may give its full name
    start = layout.units[block.first_unit].start
    word = text[found[0] : found[1]] if found else None
    best = sentences.founding(word).nearest(start)
    return (best.start("name"), best.end("name")) if best else found


def _wrapped_from(text: str, units, k: int) -> int:
    """Where the line of ``units[k]`` begins when it is the second line of a title wrapped mid-word (``…关于调整
    塔城地区森林草原防灭火`` / ``指挥部成员的通知``): the start of the line before, which holds 关于 and no sentence
    punctuation; else the line's own start."""
    unit = units[k]
    if k == 0 or "关于" in text[unit.start : unit.end]:
        return unit.start
    before = units[k - 1]
    joined = not text[before.end : unit.start].strip() and unit.start - before.end <= 1
    if joined and "关于" in text[before.start : before.end] and not SENTENCE_PUNCT.search(text, before.start, before.end):
        return before.start
    return unit.start


def _office_director(who: str, persons: list[str], layout: Layout, start: int) -> str | None:
    who = PERSON_NOISE.sub("", who)
    known = [p for p in persons if p and p in who]
    if known:
        return max(known, key=len)
    gaps = layout.gaps_within(start, len(who))
    s, e = split_person(who, gaps, layout.not_names)
    if s is not None:
        return who[s:e]
    if is_position(split_org_position(who)[1]):  # 市商务局分管负责同志: a post, filled by no named person
        return None
    tail = NAME_TAIL.search(who)
    return tail.group(1) if tail and is_person_name(tail.group(1)) else None


@register("taskforce", "50")
def extract(doc, prior) -> list[TaskForce]:
    blocks, layout = member_blocks(doc, region_names(prior.get("metadata")))
    forces: list[TaskForce] = []
    sentences = _Sentences(doc.text)
    not_members = knowledge().taskforce_not_members  # 联络员 / 办公室主任 rows of a list: no member of the body
    for block in blocks:
        parsed = [m for m in block.members if m.role not in not_members]
        if not parsed:
            continue
        name_span = block.name or _find_name(doc, layout, block, sentences)
        if forces and name_span and (forces[-1].char_start, forces[-1].char_end) == name_span:
            # the same list resumed after a break (a page header, a stray line): one body
            forces[-1].members += [_member(doc, len(forces[-1].members) + k + 1, m) for k, m in enumerate(parsed)]
            continue
        members = [_member(doc, k + 1, m) for k, m in enumerate(parsed)]
        if _post_alone(members):
            continue  # 建立…协调机制，由分管副区长任召集人: who convenes it, by a post no unit or person pins down
        if name_span is None:
            name_span = (members[0].char_start, members[-1].char_end)
        # a work group listed by its units (综合协调组：组长单位…) sits under the body's office, has none of its own
        forces.append(_force(doc, layout, name_span, members, None if block.work_group else sentences))
    _posts_given_elsewhere(forces)
    return forces


def _post_alone(members: list[TaskForceMember]) -> bool:
    """A body's only member is a bare post, with no person and no unit (由分管副区长任召集人): the notice names no
    member a reader could look up (市人民政府分管副市长任组长 names its unit, and stays a member)."""
    return len(members) == 1 and not members[0].person and not members[0].organization


def _posts_given_elsewhere(forces: list[TaskForce]) -> None:
    """A member named without a post (林某同志任组长 in a sentence setting up a second body) takes the post and
    organization the notice gives that person elsewhere, when it gives one only."""
    posts: dict[str, set[tuple[str | None, str]]] = {}
    for member in (m for f in forces for m in f.members if m.person and m.position):
        posts.setdefault(member.person, set()).add((member.organization, member.position))
    for member in (m for f in forces for m in f.members if m.person and not m.position and not m.organization):
        known = posts.get(member.person, set())
        if len(known) == 1:
            member.organization, member.position = next(iter(known))


def _force(doc, layout: Layout, name_span: tuple[int, int], members: list[TaskForceMember],
           sentences: _Sentences | None) -> TaskForce:
    """The body with its office: the office sentences nearest to its name (none without ``sentences``)."""
    text = doc.text
    office = sentences.office.nearest(name_span[0]) if sentences else None
    director = sentences.director.nearest(name_span[0]) if sentences else None
    director_name = None
    if director:
        group = next(g for g in ("a", "b", "c") if director.group(g))
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
    if position and DUTY_NOTE.search(position, 2):
        position = position[:DUTY_NOTE.search(position, 2).start()]  # 副主任（协助分管交通工作）: the post is 副主任
    organization = DUTY_NOTE_FIRST.sub("", clean(parsed.organization) or parsed.organization_text or "") or None
    if parsed.person and organization and position and "、" in BRACKETED.sub("", organization):
        # 市委常委、组织部 | 部长: posts listed together, the 、 in no organization's name (a named secretary's single
        # post splits like any other: 县委书记 → 县委 + 书记, as a secretary named by post alone)
        organization, position = None, organization + position
    return TaskForceMember(
        char_start=start, char_end=end, evidence=text[start:end], page=doc.page_at(start), seq=seq,
        role=parsed.role or "成员", person=clean(parsed.person), position=position,
        organization=organization,
    )
