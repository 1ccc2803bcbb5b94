"""Members set out in clauses of prose: 组长由市长兼任 / 市政府办公室副主任、市发改局局长任副组长 (posts that take
a role) and 成员由市发展改革委、市财政局主要负责同志组成 (units that send the holder of one shared post).

Reads the text between two offsets clause by clause; returns the :class:`Parsed` members and how many
clauses set some out. Shared by labelled lines (:mod:`.rows`) and founding sentences (:mod:`.founding`).
"""
from __future__ import annotations

import regex

from extractors.agency_names import is_agency_like, split_agency_list
from extractors.member_lists.glued import places_sharing_a_post
from extractors.member_lists.inline import SHARED_POST, is_member, parse_one, split_posts
from extractors.member_lists.labels import label_patterns
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Parsed
from extractors.member_lists.persons import starts_unit
from extractors.regions import region_chain

# 其他 / 其余 before the last units of a list (其他各乡镇人民政府分管负责同志为成员): a word of the list, no part of a name
_OTHERS = r"(?:其他|其余)?"
# a clause between commas: 组长由市长兼任，副组长由…担任 holds one member per clause
CLAUSE = regex.compile(r"[^，。；,;]+")
# 主要负责同志 / 分管负责同志 / 有关领导: the post every listed unit sends
_SHARED_POST = rf"(?P<post>{SHARED_POST.pattern})"
# 成员由市发展改革委、市财政局主要负责同志组成: members named by their units and one shared post
# / …分管负责同志和各县市人民政府分管副县市长组成: one more member after 和, by its own unit and post
MEMBERS_BY = regex.compile(
    rf"(?:领导小组|专班|小组)?成员(?:单位)?由{_OTHERS}(?P<units>[^，。；,;]+?){_SHARED_POST}"
    rf"(?:(?:以及|和|及)(?P<more>[^，。；,;]+?))?(?:组成|担任)")
# 成员单位为市委宣传部、市财政局…: member units listed by name alone (each a member with no person and no post)
UNITS_LISTED = regex.compile(
    r"(?:领导小组|专班|小组|指挥部|委员会)?成员单位(?:为|是|包括|有)[：:]?(?P<units>[^，。；,;]+)$")
# 领导小组 / 盟指挥部 / 县防汛抗旱指挥部 after 为: the body whose members a clause names (its place words before it)
# / 市绿委 / 县爱卫会 / 县防指: a committee's or headquarters' short name
_BODY = r"(?:[^，。；,;为]{0,12}?(?:专班|小组|指挥部|委员会|联席会议|委|会|指))"
# 市工业和信息化局、市财政局分管负责同志为成员 / …为领导小组成员 / …为盟指挥部成员: the units whose post holders are
# members
UNITS_AS_MEMBERS = regex.compile(
    rf"{_OTHERS}(?P<units>[^，。；,;]+?){_SHARED_POST}(?:为|任|作为){_BODY}?成员(?:单位)?$")
# 青石镇、柳河乡、白沙镇党委书记为指挥部成员: places named alone, the last with the post each of them sends
PLACES_AS_MEMBERS = regex.compile(rf"(?P<places>[^，。；,;]+?)(?:为|作为){_BODY}?成员$")
# 中国人民银行某县支行行长为领导小组成员: posts (a unit's post each, or a post and its holder) made members
POSTS_AS_MEMBERS = regex.compile(rf"(?P<who>[^，。；,;]+?)(?:为|作为){_BODY}?成员$")
# …为领导小组成员。 closing a line: a sentence after a member list that names more members of the body
AS_MEMBERS_LINE = regex.compile(rf"(?:为|作为){_BODY}?成员(?:单位)?[。；;]?$")
# A、B主要负责同志和各镇（街道）分管负责同志: where one run of units with its shared post ends and the next begins
AFTER_SHARED_POST = regex.compile(rf"(?<={SHARED_POST.pattern})(?:以及|和|及|、)")
# units, then the post they share, filling a run between two AFTER_SHARED_POST joiners
UNITS_THEN_POST = regex.compile(rf"(?P<units>.+?){_SHARED_POST}$")
# 副主任 / 主任 / 常务副主任 after the office's director: the office's deputy, not the body's
OFFICE_DEPUTY = regex.compile(r"(?:常务)?副?主任")
# the word joining the last two units of a list: 县审计局及各乡镇人民政府 / 市财政局和各县（市、区）人民政府
UNIT_JOINER = regex.compile(r"以及|及|和")
# 等涉农乡镇 / 等单位 / 等8个镇（街道） closing the last unit of a list: the class the units listed belong to (青石镇、
# 白沙乡等涉林乡镇主要负责同志: the towns named are the members), no unit of its own
CLASS_AFTER_LIST = regex.compile(
    r"等(?:\d{1,3}|[一二三四五六七八九十]{1,3})?个?[^、，,。；;等]{0,8}?"
    r"(?:乡镇|乡（镇）|镇（街道）|乡镇（街道）|街道|单位|部门|机构|镇|乡|县（市、区）|县（区）|县区|县市区|企业)$")


def clause_members(text: str, start: int, end: int, layout: Layout) -> tuple[list[Parsed], int]:
    """(members set out in the clauses of ``text[start:end]``, how many clauses set some out)."""
    pats = label_patterns()
    members: list[Parsed] = []
    clauses = 0
    waiting: list[Parsed] = []  # members named in a clause whose role the next clause gives
    office = False  # the clause before set out the office's director
    units_open = False  # a list of member units goes on over ，until the sentence ends (…市林业局，各县（市、区）人民政府。)
    for clause in CLAUSE.finditer(text, start, end):
        words = clause.group(0)
        if units_open and clause.start() > 0 and text[clause.start() - 1] in "，,":
            units = _units(words, clause.start())
            if units:
                members += units
                continue
        units_open = False
        listed_units = UNITS_LISTED.match(words)
        if listed_units and not SHARED_POST.search(words):  # 成员单位为A、B、C: one member per unit, no post
            units = _units(listed_units.group("units"), clause.start() + listed_units.start("units"))
            if units:
                clauses += 1
                members += units
                units_open = True
                continue
        by_units = MEMBERS_BY.match(words)
        listed = by_units or UNITS_AS_MEMBERS.match(words)
        if listed:  # 成员由A、B主要负责同志组成 / A、B分管负责同志为成员: one member per unit
            clauses += 1
            # …，A、B分管负责同志，C、D分管负责同志为成员: the units waiting before share the role
            members += [] if by_units else [_with_role(p, "成员") for p in waiting if not p.person]
            waiting = []
            members += _units_with_posts(text, clause.start() + listed.start("units"), clause.start() + listed.end("post"))
            if listed.groupdict().get("more"):
                members += _posts(text, clause.start() + listed.start("more"), listed.group("more"), "成员", layout)
            continue
        places = PLACES_AS_MEMBERS.match(words)
        found = _places_with_post(text, clause.start() + places.start("places"), places["places"]) if places else []
        if found:  # 青石镇、柳河乡党委书记为成员: one member per place, each with the post
            clauses += 1
            members += found
            waiting = []
            continue
        # 组长由市长兼任 / 市政府办公室副主任、市发改局局长任副组长: posts that take a role
        by = pats["role_by"].match(words) or pats["post_as"].match(words)
        # 办公室主任由…: the office's director; 办公室主任由A兼任，副主任由B担任: B its deputy, neither a member
        office = bool(by) and (by.group("role").startswith("办公室") or (
            office and text[clause.start() - 1] in "，," and OFFICE_DEPUTY.fullmatch(by.group("role"))))
        if by and not office:
            clauses += 1
            who_start = clause.start() + by.start("who")
            found = (_units_sharing(text, who_start, who_start + len(by.group("who")), by.group("role"))
                     or _posts(text, who_start, by.group("who"), by.group("role"), layout))
            members += [_with_role(p, by.group("role")) for p in waiting] + found
            waiting = []
            continue
        posts = POSTS_AS_MEMBERS.match(words)
        found = _posts_made_members(text, clause.start() + posts.start("who"), posts["who"], layout) if posts else []
        if found:  # 各街道办事处主任，某支行行长为领导小组成员: the posts waiting before take the role too
            clauses += 1
            members += [_with_role(p, "成员") for p in waiting] + found
            waiting = []
            continue
        # 市委常委、常务副市长孙建华同志，副市长王丽同志任副组长: a post and its holder waiting for the role
        # the next clause gives
        # / 罗丽市委常委、常务副市长，副市长宋晓东，市政府秘书长黄飞任副组长: several such clauses, one role
        # / 市科技局、市财政局分管负责同志，…为成员: units sharing a post, the role in a later clause
        holder = _posts(text, clause.start(), words, None, layout) if is_member(words) else []
        if len(holder) == 1 and holder[0].person and not any(not p.person for p in waiting):
            waiting.append(holder[0])
            continue
        # (各县（市）人民政府分管负责同志，A、B主要负责同志为成员: one unit with the shared post waits as well;
        # 各街道办事处主任，…为成员: a unit's own post too)
        unit_posts = holder if holder and all(_unit_post(p) for p in holder) else []
        sharing = _units_sharing(text, clause.start(), clause.end(), None, fewest=1) or unit_posts
        waiting = waiting + sharing if sharing and not any(p.person for p in waiting) else []
    return members, clauses


def _with_role(parsed: Parsed, role: str) -> Parsed:
    parsed.role = role
    return parsed


def _unit_post(parsed: Parsed) -> bool:
    """A member named by a unit and its post alone (各街道办事处 | 主任), no person."""
    return not parsed.person and bool(parsed.organization) and bool(parsed.position or parsed.position_text)


def _posts_made_members(text: str, start: int, who: str, layout: Layout) -> list[Parsed]:
    """The members of ``中国人民银行某县支行行长`` / ``县财政局局长张明、县税务局局长李华`` made members by 为…成员:
    each piece a post (with its unit, or its holder); [] when a piece reads as no post."""
    if not all(is_member(who[s - start:e - start]) for s, e in split_posts(who, start)):
        return []
    found = _posts(text, start, who, "成员", layout)
    return found if found and all(p.position or p.position_text for p in found) else []


def _units_sharing(text: str, start: int, end: int, role: str | None, fewest: int = 2) -> list[Parsed]:
    """``市发展改革委、市农业农村局主要负责同志`` taking a role: one member per unit, each with the shared post
    (None unless ``fewest`` units or more read as units)."""
    listed = UNITS_THEN_POST.fullmatch(text, start, end)
    if not listed:
        return []
    pieces = split_agency_list(listed.group("units"), listed.start("units"))
    if len(pieces) < fewest or not all(is_agency_like(name) for name, _, _ in pieces):
        return []
    return _units_with_posts(text, start, end, role)


def _units_with_posts(text: str, start: int, end: int, role: str = "成员") -> list[Parsed]:
    """One member per unit of ``text[start:end]`` (units, then their shared post), where runs of units with
    posts of their own may follow one another (A、B主要负责同志和C、D分管负责同志: each unit with its run's post)."""
    runs, at = [], start
    for joiner in AFTER_SHARED_POST.finditer(text, start, end):
        runs.append((at, joiner.start()))
        at = joiner.end()
    runs.append((at, end))
    matched = [UNITS_THEN_POST.fullmatch(text, a, b) for a, b in runs]
    if not all(matched):
        matched = [UNITS_THEN_POST.fullmatch(text, start, end)]
    members = []
    for m in matched:
        post = (m.start("post"), m.end("post"))
        for _, s, e in split_agency_list(m.group("units"), m.start("units")):
            tail = CLASS_AFTER_LIST.search(text, s, e)
            if tail and tail.start() - s >= 2:  # 白沙乡等涉林乡镇: 白沙乡
                e = tail.start()
            for unit in _joined_units(text, s, e):
                members.append(Parsed(role, None, None, organization=unit, position=post))
    return members


def _joined_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """县审计局及各乡镇人民政府: units joined by 及/和/以及, each a name of its own (not 县住房和城乡建设局, whose
    first part names no unit, nor 县文化广电和旅游局, whose second part opens as no unit's name does: no level
    word, no 各, no place's name); else the one span."""
    for joiner in UNIT_JOINER.finditer(text, start, end):
        first, second = text[start:joiner.start()], text[joiner.end():end]
        if (is_agency_like(first) and is_agency_like(second) and len(first) >= 3 and len(second) >= 3
                and (starts_unit(second) or bool(region_chain(second)))):
            return [(start, joiner.start())] + _joined_units(text, joiner.end(), end)
    return [(start, end)]


def _posts(text: str, start: int, who: str, role: str, layout: Layout) -> list[Parsed]:
    """The members a clause names by their posts (``市政府办公室主任和市工信局局长``: two)."""
    found = (parse_one(text[s:e], s, role, layout) for s, e in split_posts(who, start))
    return [parsed for parsed in found if parsed]


def _places_with_post(text: str, start: int, words: str) -> list[Parsed]:
    """The members of ``青石镇、柳河乡、白沙镇党委书记`` (at ``start``): one per place, or []."""
    pieces = [(s, e) for _, s, e in split_agency_list(words, start)]
    return places_sharing_a_post(text, 0, pieces, "成员")


def _units(words: str, start: int) -> list[Parsed]:
    """The member units ``words`` lists (``市委宣传部、市发展改革委``), or [] when a piece reads as no unit."""
    pieces = split_agency_list(words, start)
    if not pieces or not all(is_agency_like(name) for name, _, _ in pieces):
        return []
    return [Parsed("成员", None, None, organization=(s, e)) for _, s, e in pieces]
