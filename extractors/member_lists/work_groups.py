"""Work groups a task force sets up, listed by their units: ``（二）宣传动员组：组长单位 区委宣传部，成员单位
区教育局、区融媒体中心。`` / ``2.后勤保障组。牵头单位：县财政局；副组长单位：…；成员单位：…`` on one line, or the
group's name on a line of its own and each role's units on a line below it; a 专班 as well (``（三）市场监管专班。
专班长：张某（县政府副县长）；成员：县市场监管局、县税务局分管负责同志``: on the heading's line, a role label may set
out people, or units alone: ``组长：市应急管理局；副组长：某某军分区``, also on the lines below the group's name); a sentence
after the name (``巡查组：由县水利局牵头，县河道管理处、沿河各乡镇人民政府参加。`` / ``联络组。由县政协办公室、县档案馆组成，
县档案馆为组长单位。``); or a table headed ``工作组 | 组长单位 | 副组长单位 | 成员单位``, a group a row. A lead unit's
remit in brackets (``牵头单位：县林业局（森林防火）``) is no part of its name. Groups may follow one another inside a
paragraph, each named after a clause mark with its units' labels right after its name (``专班下设资料审核组、督导检
查组。资料审核组：组长单位区财政局，成员单位…；督导检查组：组长单位…``).

A numbered item may name a body of its own (a 专业委员会, 联席会议, 专项小组 …) with its chair's and members' labels on
the item's line (``1.燃气管道整治专业委员会。主任：某某（副区长）。成员单位：区城管局、…。``), its marker lost to a Word list's
numbering too: read the same way, when it names a chair (a role other than 成员) and one more member.

Each such group is a body of its own, named as written: a unit given a role (组长单位 / 牵头单位 → 组长, 副组长单位 /
副牵头单位 → 副组长, 成员单位 → 成员) is a member with no person and no post. A group named without its units (下设综合组、宣传组)
or whose duties follow its name (负责…) sets out no member. Reads the layout lines and tables; returns one
:class:`Block` per group, with the span of its name.
"""
from __future__ import annotations

import bisect
import functools

import regex

from extractors.agency_names import (
    NAME_STARTER,
    NOT_IN_NAME,
    is_agency_like,
    is_position,
    knowledge,
    split_agency_list,
    split_org_position,
)
from extractors.agency_names.knowledge import alternation
from extractors.member_lists.group_clauses import role_clauses
from extractors.member_lists.labels import TITLE_MARKER, label_patterns, role_in
from extractors.member_lists.layout import Layout
from extractors.member_lists.parsed import Block, Parsed
from extractors.member_lists.rows import strip_span
from extractors.member_lists.wrapped import text_members
from extractors.regions import PLACE_GROUP_WORDS, region_chain
from schemas.agency_words import organization_endings

# 组长单位： / 牵头单位为 / 副组长单位 / 副牵头单位 / 成员单位是, then the units: the role a group's units take
UNIT_LABEL = regex.compile(r"(?P<label>副组长单位|组长单位|副牵头单位|牵头单位|成员单位)\s*(?:[：:]|为|是|包括)?\s*")
#: the role each unit label gives
ROLE_OF_LABEL = {"组长单位": "组长", "牵头单位": "组长", "副组长单位": "副组长", "副牵头单位": "副组长", "成员单位": "成员"}
# （一）综合协调组 / 3.宣传推广组： / 专家指导组。 / （三）市场监管专班。 at the start of a line: a group's name, then a separator, the
# line's end or, after a heading marker, a unit label (（一）综合协调组组长单位…); a founding verb before the name is
# none of it (（一）成立工作专班。: the body itself; 领导小组下设燃气安全整治专班，组长单位…: the body above it)
GROUP_HEADING = regex.compile(
    rf"(?P<marker>{TITLE_MARKER.pattern.lstrip('^')})?(?:\p{{Han}}{{0,10}}?下设)?(?:成立|组建|设立|建立)?(?P<name>\p{{Han}}{{1,14}}?(?:组|专班))"
    rf"(?=[：:。.，,\s]|$|(?(marker){UNIT_LABEL.pattern}|(?!)))")
# 1.燃气管道整治专业委员会。主任：… / （二）河湖保护联席会议：召集人：… / 一是消防安全委员会，主任：… at the start of a line (its
# marker lost to a document's own numbering, too): a numbered item naming a body of its own, its chair's and members'
# labels on the same line right after its name (checked by _item_heading)
ITEM_HEADING = regex.compile(
    rf"(?:{TITLE_MARKER.pattern.lstrip('^')}|[一二三四五六七八九十]{{1,3}}是[：:，,]?)?(?P<name>\p{{Han}}{{2,24}}?(?:委员会|联席会议|指挥部|小组|工作组|专班))"
    r"[ \t\u3000]*[。.，,：:；;][ \t\u3000]*")
# 委员会。主任： / 联席会议：召集人：: a body's name and its chair's label, an item's body somewhere in the text
ITEM_BODY = regex.compile(r"(?:委员会|联席会议|指挥部|小组|专班)[。.，,：:；;][ \t\u3000]*\p{Han}{0,4}[：:]")
# 。资料审核组：组长单位… / ；（二）督导检查组：成员单位… inside a line, after a clause mark: one more group, named before its
# units' labels (the line's first group may be a sentence that sets the groups up: 专班下设资料审核组、督导检查组。)
MID_HEADING = regex.compile(
    rf"(?<=[。；;，,：:])[ \t\u3000]*(?:{TITLE_MARKER.pattern.lstrip('^')})?(?:\p{{Han}}{{0,10}}?下设)?(?:成立|组建|设立|建立)?"
    rf"(?P<name>\p{{Han}}{{1,14}}?(?:组|专班))[：:][ \t\u3000]*(?={UNIT_LABEL.pattern})")
# 抢险救援组 ⏎ / 宣传专班： ⏎: a line ending with a group's name, its members' role labels on the lines below
GROUP_LINE_END = regex.compile(r"(?:组|专班)[：:。.]?[ \t\u3000]*\r?\n")
# 工作组 / 专项工作组 / 组别 / 专班名称: the header of a work-group table's column of group names
GROUP_COLUMN = regex.compile(r"\p{Han}{0,6}(?:组|专班)(?:名称)?|组别|名称")
# 综合协调组 / 1.监测预警组 / 宣传舆论专班: a group's name in its own cell (a heading marker before it left out)
TABLE_GROUP_NAME = regex.compile(rf"(?:{TITLE_MARKER.pattern.lstrip('^')})?(?P<name>\p{{Han}}{{1,16}}?(?:组|专班))")
# 领导小组 / 全市防汛抗旱领导小组 before 成员单位：: the body itself, whose member units the line lists
BODY_ITSELF = regex.compile(r"领导小组$|^(?:工作组|工作小组|小组|工作专班|专班)$")
# ：。，and spaces or line ends between the name and a label, or between two labelled runs of units
BETWEEN = regex.compile(r"[：:。.，,；;\s]*")
# ；。 or a line end: where a run of units ends at the latest
RUN_END = regex.compile(r"[；;。\n]")
# 主要职责： / 工作职责： / 2.打击整治组 opening a line: a line of its own after a run of units (normalization may
# have joined the lines), not the run's units wrapped onto the next line
OWN_LINE = regex.compile(rf"[^，,。；;：:\s]{{1,10}}[：:]|{TITLE_MARKER.pattern.lstrip('^')}")
# ，: a run of units may go on after it (…市水利局，各县（区）人民政府；) or give way to the next label
COMMA = regex.compile(r"[，,]")
# 由县水利局牵头，县河道管理处、沿河各乡镇人民政府参加 / 县消防救援大队牵头，… / 由县应急管理局牵头负责，… / 由县财政局
# 负责，县商务局配合 / 由A、B共同牵头，C参与 after a group's name: its lead units (组长) and the units that join them (成员)
LED_BY = regex.compile(r"由?(?P<lead>[^，,。；;\n]{2,60}?)(?:共同)?(?:牵头(?:负责)?|负责)[，,]\s*(?P<members>[^，,。；;\n]{2,300}?)"
                       r"(?:参加|参与|配合|协同)")
# 由县政协办公室、县档案馆组成，县档案馆为组长单位: the units that make up a group, one of them named its lead
MADE_OF = regex.compile(r"由(?P<units>[^，,。；;\n]{2,300}?)(?:共同)?组成(?:[，,]\s*(?P<lead>[^，,。；;\n]{2,30}?)为(?:组长|牵头)单位)?")
# （森林防火） after a unit given a role: the share of the group's work it leads, no part of its name
REMIT = regex.compile(r"[（(][^（）()]+[）)]$")
# 各乡镇（林场） / 各县（市、区）: a group of places whose bracket names the other kinds of place, ending a unit
PLACE_GROUP_END = regex.compile(rf"(?:{PLACE_GROUP_WORDS.pattern})$")
# 各乡镇（林场） / 各县（市、区）: such a group named as a unit
EACH_PLACE_GROUP = regex.compile(rf"各(?:{PLACE_GROUP_WORDS.pattern})")
#: the most characters a unit the agency vocabulary does not know has (县农业技术研究所): longer is no unit (_is_unit)
LONGEST_UNKNOWN_UNIT = 30


def work_group_blocks(doc, layout: Layout) -> list[Block]:
    """The work groups of ``doc`` listed by their units, one block per group, in text order."""
    text = doc.text
    if not any(pattern.search(text) for pattern in (UNIT_LABEL, GROUP_LINE_END, LED_BY, MADE_OF, ITEM_BODY)):
        return []
    blocks = _table_blocks(doc, layout)
    in_tables = {b.first_unit for b in blocks}
    taken = 0
    line_ends = sorted(unit.end for unit in layout.units)
    for k, unit in enumerate(layout.units):
        start = unit.start + len(text[unit.start : unit.end]) - len(text[unit.start : unit.end].lstrip())
        if start < taken or k in in_tables:
            continue
        heading = GROUP_HEADING.match(text, start, unit.end)
        item = None if heading else _item_heading(text, start, unit.end)
        if item:
            members, _, end = _labelled_units(text, item.end(), line_ends, unit.end, layout)
            if _chaired(members):
                taken = end
                blocks.append(_block(layout, k, members, item, end))
        elif heading and not BODY_ITSELF.search(heading.group("name")):
            members, labels, end = (_led_or_made_of(text, heading.end(), unit.end)
                                    or role_clauses(text, BETWEEN.match(text, heading.end(), unit.end).end(), unit.end,
                                                    layout, _is_unit)
                                    or _labelled_units(text, heading.end(), line_ends, unit.end, layout))
            if members and not labels <= {"牵头单位"}:  # 三、宣传组 ⏎ 牵头单位：…: a measure's lead unit alone
                taken = end
                blocks.append(_block(layout, k, members, heading, end))
        for heading in _mid_line_headings(text, max(start, taken), unit.end):
            if heading.start() < taken or BODY_ITSELF.search(heading.group("name")):
                continue
            members, labels, end = _labelled_units(text, heading.end(), line_ends, unit.end, layout)
            if members and not labels <= {"牵头单位"}:
                taken = end
                blocks.append(_block(layout, k, members, heading, end))
    return sorted(blocks, key=lambda b: b.first_unit)


def _item_heading(text: str, start: int, line_end: int):
    """The ITEM_HEADING match opening the line at ``start`` when a role label with its colon follows it (``主任：`` /
    ``召集人：`` / ``成员单位：``) and its name is a body's own (领导小组 alone is a heading's word), else None."""
    item = ITEM_HEADING.match(text, start, line_end)
    if not item or item.group("name") in knowledge().taskforce_names:
        return None
    label = label_patterns()["label"].match(text[item.end() : line_end])
    return item if label and text[item.end() + label.end() - 1] in "：:" else None


def _chaired(members: list[Parsed]) -> bool:
    """Members of an item's body that name its chair (a role other than 成员) and at least one more member."""
    return len(members) >= 2 and any(m.role != "成员" for m in members)


def _mid_line_headings(text: str, start: int, end: int) -> list:
    """The groups named inside a line, after a clause mark, their units' labels right after (``…；督导检查组：组长单位
    区审计局，成员单位…``); none unless the line holds a unit label."""
    if not UNIT_LABEL.search(text, start, end):
        return []
    return list(MID_HEADING.finditer(text, start, end))


def _block(layout: Layout, k: int, members: list[Parsed], heading, end: int) -> Block:
    """The block of a group named by ``heading`` on line ``k`` whose units end at ``end``."""
    last = k
    while last + 1 < len(layout.units) and layout.units[last + 1].start < end:
        last += 1
    return Block(k, members, (heading.start("name"), heading.end("name")), last_unit=last, work_group=True)


def _table_blocks(doc, layout: Layout) -> list[Block]:
    """The work groups of a table headed 工作组 | 组长单位 | 副组长单位 | 成员单位: one block per row, named by its
    first cell, each role column's units its members in that role (a blank cell gives none)."""
    line_of = {unit.start: k for k, unit in enumerate(layout.units)}
    blocks = []
    for table in doc.tables:
        header = next((k for k, row in enumerate(table.rows[:3]) if _role_columns(row)), None)
        if header is None:
            continue
        columns = _role_columns(table.rows[header])
        for row in table.rows[header + 1 :]:
            if len(row) != len(table.rows[header]):
                continue  # a row of merged cells: its columns are not the header's
            name = TABLE_GROUP_NAME.fullmatch(doc.text, *strip_span(doc.text, row[0].char_start, row[0].char_end))
            members = [Parsed(role, None, None, organization=(s, e)) for k, role in columns
                       for _, s, e in _units_of(row[k].text, row[k].char_start)]
            cells = [c for c in row if c.text.strip()]
            if name and members and cells[0].char_start in line_of:
                k = line_of[cells[0].char_start]
                blocks.append(Block(k, members, (name.start("name"), name.end("name")), last_unit=k, work_group=True))
    return blocks


def _role_columns(row) -> list[tuple[int, str]]:
    """(column, role) of each column of units a header row heads, when its first cell heads the groups' names;
    else []."""
    cells = [cell.text.strip() for cell in row]
    if len(cells) < 2 or not GROUP_COLUMN.fullmatch(cells[0]):
        return []
    return [(k, ROLE_OF_LABEL[cell]) for k, cell in enumerate(cells) if cell in ROLE_OF_LABEL]


def _units_of(cell: str, start: int) -> list[tuple[str, int, int]]:
    """The units a cell lists, or none when one of them reads as no unit (a cell of prose)."""
    units = split_agency_list(cell, start)
    return units if units and any(_is_unit(name) for name, _, _ in units) else []


def _labelled_units(text: str, start: int, line_ends: list[int], line_end: int,
                    layout: Layout) -> tuple[list[Parsed], set[str], int]:
    """(the units of the labelled runs from ``start`` on, each a member in its label's role; the labels; where
    they end). On the heading's own line (before ``line_end``), a role label may set out people too (专班长：
    张某（县政府副县长）；成员：县市场监管局、县税务局分管负责同志)."""
    members: list[Parsed] = []
    labels: set[str] = set()
    at = BETWEEN.match(text, start).end()
    end = start
    while True:
        label = UNIT_LABEL.match(text, at)
        if not label:
            people = (_people(text, at, line_end, line_ends, layout) if at < line_end
                      else _units_below(text, at, line_ends))
            skipped = _role_line_end(text, at, line_ends) if not people and members and at >= line_end else None
            if skipped is not None:  # 副组长：<no unit read> between two lines of units: the group goes on past it
                at = BETWEEN.match(text, skipped).end()
                continue
            if not people:
                break
            members += people[0]
            labels.add(people[1])
            end = people[2]
            at = BETWEEN.match(text, end).end()
            continue
        run_end = _run_end(text, label.end(), line_ends)
        pieces = _without_remits(split_agency_list(text[label.end() : run_end], label.end()))
        if not pieces or not any(_is_unit(name) for name, _, _ in pieces):
            break
        labels.add(label.group("label"))
        role = ROLE_OF_LABEL[label.group("label")]
        members += [Parsed(role, None, None, organization=(s, e)) for _, s, e in pieces]
        end = run_end
        at = BETWEEN.match(text, run_end).end()
    return members, labels, end


def _led_or_made_of(text: str, start: int, line_end: int) -> tuple[list[Parsed], set[str], int] | None:
    """(the members, their labels, where they end) of a group whose units a sentence on its heading's line names:
    ``由A牵头，B、C参加`` (A 组长, B and C 成员) or ``由A、B组成，A为组长单位`` (A 组长, B 成员); None otherwise."""
    at = BETWEEN.match(text, start, line_end).end()
    led = LED_BY.match(text, at, line_end)
    if led:
        leads, joined = _unit_run(text, led, "lead"), _unit_run(text, led, "members")
        if leads and joined:
            members = [Parsed("组长", None, None, organization=span) for span in leads]
            members += [Parsed("成员", None, None, organization=span) for span in joined]
            return members, {"组长单位", "成员单位"}, led.end()
        return None
    made = MADE_OF.match(text, at, line_end)
    units = _unit_run(text, made, "units") if made else []
    if len(units) < 2:
        return None
    lead = made.group("lead")
    roles = ["组长" if lead and text[s:e] == lead.strip() else "成员" for s, e in units]
    members = [Parsed(role, None, None, organization=span) for role, span in zip(roles, units) if role == "组长"]
    members += [Parsed(role, None, None, organization=span) for role, span in zip(roles, units) if role == "成员"]
    return members, {"组长单位" if "组长" in roles else "成员单位", "成员单位"}, made.end()


def _unit_run(text: str, match, group: str) -> list[tuple[int, int]]:
    """The spans of the units a group of ``match`` lists (、/和 between them), or [] when one reads as no unit."""
    pieces = _without_remits(split_agency_list(match.group(group), match.start(group)))
    return [(s, e) for _, s, e in pieces] if pieces and all(_is_unit(name) for name, _, _ in pieces) else []


def _without_remits(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Units given a role with their remit cut off: ``县林业局（森林防火）`` → 县林业局 (a bracket that
    names no unit; 市市场监管局（知识产权局）, the unit's other name, stays)."""
    cut = []
    for name, s, e in pieces:
        remit = REMIT.search(name)
        if remit and not is_agency_like(remit.group()[1:-1]) and _is_unit(name[: remit.start()]) \
                and not PLACE_GROUP_END.search(name):  # 各乡镇（林场）: a group of places, no remit
            name, e = name[: remit.start()], s + remit.start()
        cut.append((name, s, e))
    return cut


def _people(text: str, at: int, line_end: int, line_ends: list[int], layout: Layout):
    """(the members a role label at ``at`` sets out, the role, where they end), or None: ``副专班长：李某（县自然
    资源局局长）、王某（…）`` up to ；。 or the line's end."""
    label = label_patterns()["label"].match(text[at:line_end])
    if not label or text[at + label.end() - 1 : at + label.end()] not in "：:":
        return None
    begin = at + label.end()
    stop = RUN_END.search(text, begin, line_end)
    run_end = min(stop.start() if stop else line_end, _run_end(text, begin, line_ends))
    role = role_in(label)
    members = text_members(text, begin, run_end, role, layout) or _units_in_role(text, begin, run_end, role)
    return (members, role, run_end) if members else None


def _units_below(text: str, at: int, line_ends: list[int]):
    """(the units a role label on a line below the group's name sets out, the role, where they end), or None:
    ``1.抢险救援组`` ⏎ ``组长：市应急管理局`` ⏎ ``成员：市公安局、市水利局`` (units only: people below a heading are a
    member list's, read as such)."""
    k = bisect.bisect_right(line_ends, at)
    own_end = line_ends[k] if k < len(line_ends) else len(text)
    label = label_patterns()["label"].match(text[at:own_end])
    if not label or text[at + label.end() - 1 : at + label.end()] not in "：:":
        return None
    begin = at + label.end()
    stop = RUN_END.search(text, begin, own_end)
    run_end = stop.start() if stop else own_end
    if _names_posts(text[begin:run_end]):
        return None  # 组长：区委常委、组织部部长 / 成员：区人社局、区财政局主要负责同志: posts, a member list's line
    members = _units_in_role(text, begin, run_end, role_in(label))
    return (members, role_in(label), run_end) if members else None


def _names_posts(run: str) -> bool:
    """A run after a role label some piece of which is a post (市委常委, 市公安局分管副局长, 某局主要负责同志): people by
    post, not units alone."""
    for name, _, _ in split_agency_list(run):
        org, post = split_org_position(name.strip())
        if org and is_position(post):
            return True
    return False


def _role_line_end(text: str, at: int, line_ends: list[int]) -> int | None:
    """The end of the line at ``at`` when it opens with a role label (``副组长：…``), else None."""
    k = bisect.bisect_right(line_ends, at)
    own_end = line_ends[k] if k < len(line_ends) else len(text)
    label = label_patterns()["label"].match(text[at:own_end])
    return own_end if label and text[at + label.end() - 1 : at + label.end()] in "：:" else None


def _units_in_role(text: str, start: int, end: int, role: str | None) -> list[Parsed]:
    """``组长：市应急管理局`` / ``副组长：某某军分区、市消防救援支队`` on a group's line: units given the role (no person,
    no post), the pieces of the run that read as units when at least half of them do."""
    pieces = split_agency_list(text[start:end], start)
    units = [(s, e) for name, s, e in pieces if _is_unit(name)]
    if not role or not units or 2 * len(units) < len(pieces):
        return []
    return [Parsed(role, None, None, organization=strip_span(text, s, e)) for s, e in units]


def _is_unit(name: str) -> bool:
    """Whether a name after a unit label reads as a unit: agency-like, or opening with a level word or a division's
    name and ending as an organization does (县农业技术研究所, 市农业科学院: an institute the agency vocabulary does not
    list; 某某军分区: a military command named by its place's short name)."""
    name = name.strip()
    if is_agency_like(name) or EACH_PLACE_GROUP.fullmatch(name):  # 各乡镇（林场）: the places' governments
        return True
    if len(name) > LONGEST_UNKNOWN_UNIT or NOT_IN_NAME.search(name) or not knowledge().org_end.search(name):
        return False
    if NAME_STARTER.match(name) or _place_unit().fullmatch(name):
        return True
    chain = region_chain(name)  # 某某 of 某某军分区: the divisions opening the name, then an organization's words
    return bool(chain) and chain[-1][1] < len(name) and bool(knowledge().org_end.search(name[chain[-1][1] :]))


@functools.lru_cache(maxsize=1)
def _place_unit() -> regex.Pattern:
    """某某军分区 / 江北消防支队 / 城东社区: a place's short name (two to four characters, unknown to the regions data)
    and an organization's ending of two characters or more."""
    return regex.compile(r"\p{Han}{2,4}(?:" + alternation(w for w in organization_endings() if len(w) >= 2) + ")")


def _run_end(text: str, start: int, line_ends: list[int]) -> int:
    """Where the units after a label end: at ；。, at the end of a line after which a line of its own begins
    (主要职责：…), or at a ， after which comes the next label or words that are no units (，负责…)."""
    stop = RUN_END.search(text, start)
    limit = stop.start() if stop else len(text)
    for line_end in line_ends[bisect.bisect_right(line_ends, start) :]:
        if line_end >= limit:
            break
        after = BETWEEN.match(text, line_end).end()
        if UNIT_LABEL.match(text, after) or OWN_LINE.match(text, after):
            limit = line_end
            break
    for comma in COMMA.finditer(text, start, limit):
        if UNIT_LABEL.match(text, comma.end()):
            return comma.start()
        nxt = COMMA.search(text, comma.end(), limit)
        following = text[comma.end() : nxt.start() if nxt else limit]
        if not all(_is_unit(name) for name, _, _ in split_agency_list(following)):
            return comma.start()
    return limit
