"""One layout line of a member list: a table row (序号 | role | name | unit | post) or a labelled
line (组长：… / 组长由…兼任), read into the role it sets and the members it holds.

Reads a :class:`Unit` of the layout; returns (role after the line, members, whether the line belongs
in a member list). A line that is only a position word is the wrapped end of the member above; a line whose
last member the layout cut midway is read with the lines that go on it (:func:`with_wrapped_lines`).
"""
from __future__ import annotations

import regex

from extractors.agency_names import is_agency_like, is_position, knowledge, split_agency_list, split_org_position
from extractors.member_lists.clauses import AS_MEMBERS_LINE, OFFICE_DEPUTY, clause_members
from extractors.member_lists.inline import DESCRIBED_AFTER_UNIT, parse_one, with_org
from extractors.member_lists.labels import label_at, label_patterns, role_in, role_of_label
from extractors.member_lists.layout import Layout, Unit, column_role, header_word
from extractors.member_lists.parsed import Parsed
from extractors.member_lists.persons import is_person_name, name_after_glued_post, starts_unit
from extractors.member_lists.split_names import spaced_name_and_rest
from extractors.member_lists.wrapped import text_members
from extractors.regions import region_chain

# 关于 / 通知 / 的 / 同志兼任: words of a title or a sentence, never of an unlabelled member row (赵某、吴某同志兼任
# 办公室主任、副主任: the office's staff, after the list)
NOT_A_ROW = regex.compile(r"关于|通知|的|如下|同志(?:兼任|担任)")
# a name in its own column: two to eight Han characters, a · between parts of a transcribed name
PERSON_IN_COLUMN = regex.compile(r"\p{Han}{2,8}(?:[·•]\p{Han}{1,8})?")
# 、 ，。；： : a list of units or a sentence, not one unit's name
SENTENCE_OR_LIST = regex.compile(r"[、，,。；;：:]")
# 1 / 12 / (3): the 序号 cell of a member table row
ROW_NUMBER = regex.compile(r"[（(]?\d{1,3}[）).、．]?")
# ，、；: what separates the members of a line (a line ending in one, or in 。：）, ends no member midway)
PIECE_END = regex.compile(r"[，,、；;。：:）)]")
# ： / : after a label (组　长： / 长：): a label the layout spread apart or damaged holds no whole role word
COLON = regex.compile(r"[：:]")
# the first piece of a line: up to its first separator (主任李某 of 主任李某，市教育局…)
FIRST_PIECE = regex.compile(r"[^，,、；;。]+")


def parse_unit(doc, unit: Unit, role: str | None, layout: Layout) -> tuple[str | None, list[Parsed], bool]:
    """(role after this unit, members it holds, whether it belongs in a member list)."""
    pats = label_patterns()
    text = doc.text
    fields = _spread_label_joined(text, _member_fields(text, unit.fields))
    if not fields:
        return role, [], False
    first_s, first_e = fields[0]
    first = text[first_s:first_e]
    labelled = False
    stripped = first.lstrip()
    lead = len(first) - len(stripped)
    by = pats["role_by"].match(text[unit.start : unit.end].lstrip())
    if by and _office_deputy_wrapped(text, unit.start, by.group("role")):
        return role, [], False  # 办公室主任由王某兼任， ⏎ 副主任由…担任: the office's deputy, on a line of its own
    if by:
        members, _ = clause_members(text, unit.start, unit.end, layout)
        return by.group("role"), members, bool(members)
    if role and AS_MEMBERS_LINE.search(text, unit.start, unit.end):
        # 各乡镇人民政府、某园区管委会主要负责同志为领导小组成员。 under a member list: more members of the body
        members, _ = clause_members(text, _after_label(text, unit.start, unit.end), unit.end, layout)
        if members:  # (a sentence under the list: the lines after it hold no more of the role's members)
            return None, members, True
    role_of_column = column_role([text[s:e] for s, e in unit.fields])
    if role_of_column:  # 乡镇（街道） | 林长 | 职务: the people below are 林长
        return role_of_column, [], True
    if is_header_row(text, fields):
        return role, [], True
    merged_across = len(unit.fields) > 1 and len(fields) == 1  # 组长 | 组长 | 组长: a label row of a table
    m = label_at(stripped, first_s + lead, layout.gaps)
    if m and (m.end() < len(stripped) or len(fields) > 1 or stripped.endswith(("：", ":")) or merged_across):
        role, labelled = role_in(m), True
        fields[0] = (first_s + lead + m.end(), first_e)
    else:
        d = pats["damaged"].match(stripped)
        mended = role_of_label(d.group("role"), role) if d else None
        if mended:
            role, labelled = mended, True
            fields[0] = (first_s + lead + d.end(), first_e)
    fields = [(s, e) for s, e in fields if text[s:e].strip()]
    if not fields:
        return role, [], labelled
    spaced = spaced_name_and_rest(text, fields)
    if spaced:  # 赵 | 立群 | 市委副书记、市长: a letter-spaced name the layout cut into cells
        rest = strip_span(text, *spaced[1])
        return role, [with_org(Parsed(role, spaced[0], rest), text[rest[0]:rest[1]], rest[0])], True
    stacked = _stacked_members(doc, fields, role)
    if stacked:  # 韦丽君⏎石建新 | 县发展和改革局局长⏎县财政局局长: one member per line of the cells
        return role, stacked, True
    paired = _paired_members(text, fields, role)
    if paired:  # 市卫生健康委副主任 | 张某 | 市妇联副主席 | 李某: two people side by side in one row
        return role, paired, True
    texts = [text[s:e] for s, e in fields]
    if len(fields) >= 3 and _name_unit_post(texts):  # 姓名 | 工作单位 | 职务 columns
        person = strip_span(text, *fields[0])
        org, post = strip_span(text, *fields[-2]), strip_span(text, *fields[-1])
        return role, [Parsed(role, person, (org[0], post[1]), organization=org, position=post)], True
    if len(fields) == 3 and _unit_name_post(texts):  # 单位 | 姓名 | 职务 columns: 州财政局 | 李建国 | 局长
        org, person, post = (strip_span(text, *f) for f in fields)
        return role, [Parsed(role, person, (org[0], post[1]), organization=org, position=post)], True
    if len(fields) == 2 and is_agency_like(texts[0].strip()) and is_position(texts[1].strip()):
        # 各市（区）人民政府 | 分管负责同志 (the name cell a dash): a member by unit and post
        org, post = strip_span(text, *fields[0]), strip_span(text, *fields[1])
        units = split_agency_list(text[org[0]:org[1]], org[0])
        if len(units) < 2 or not all(is_agency_like(name) for name, _, _ in units):
            units = [(text[org[0]:org[1]], *org)]
        # 各镇人民政府、街道办事处 | — | 主要负责同志: one member per kind of unit, each with the post
        return role, [Parsed(role, None, (s, post[1]), organization=(s, e), position=post) for _, s, e in units], True
    after_first = text[fields[1][0] : fields[-1][1]] if len(fields) >= 2 else ""
    if len(fields) >= 2 and (is_person_name(texts[0].strip()) or _name_column(texts[0], after_first)):
        person = strip_span(text, *fields[0])
        rest_s, rest_e = strip_span(text, fields[1][0], fields[-1][1])
        parsed = with_org(Parsed(role, person, (rest_s, rest_e)), text[rest_s:rest_e], rest_s)
        return role, [parsed], True
    if len(fields) >= 2 and is_person_name(texts[-1].strip()):
        person = strip_span(text, *fields[-1])
        rest_s, rest_e = strip_span(text, fields[0][0], fields[-2][1])
        parsed = with_org(Parsed(role, person, (rest_s, rest_e)), text[rest_s:rest_e], rest_s)
        return role, [parsed], True
    s, e = fields[0][0], fields[-1][1]
    if not labelled and NOT_A_ROW.search(text, s, e) and not _unit_and_described_post(text[s:e].strip()):
        return role, [], False
    whole = strip_span(text, s, e)
    if len(fields) == 1 and _line_of_one_unit(text[whole[0]:whole[1]]):
        # 贵州电网有限责任公司遵义供电局 on a line of its own: no person to split off (not 贵州电 | 网…公司); a unit
        # line may as well be the signature after the list, so it ends the list and makes no member
        return role, [], False
    # 成员：县委宣传部副部长乌日娜、…、宝日镇、吉尔嘎镇人民政府镇长。: a paragraph of glued members
    members = text_members(text, s, e, role, layout)
    return role, members, bool(members) or labelled


def _after_label(text: str, start: int, end: int) -> int:
    """Where a line's words begin after a role label closed by a colon (成员：县委办公室、…主要负责同志为成员。: the
    units start after 成员：); ``start`` when the line opens with no such label."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    label = label_patterns()["label"].match(text[start + lead : end])
    if label and text[start + lead + label.end() - 1 : start + lead + label.end()] in "：:":
        return start + lead + label.end()
    return start


def _spread_label_joined(text: str, fields: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``成<tab>员：州委宣传部…``: a role label spread over the first two fields by the layout's wide spacing joined
    with what follows it into one field; other fields as they are."""
    if len(fields) < 2:
        return fields
    start = strip_span(text, *fields[0])[0]
    spread = label_patterns()["spaced"].match(text, start, fields[1][1])
    return [(fields[0][0], fields[1][1])] + fields[2:] if spread and spread.end() > fields[1][0] else fields


def _office_deputy_wrapped(text: str, start: int, role: str) -> bool:
    """A line opening ``副主任由…`` that goes on a sentence whose clause before set out the office's director
    (…办公室主任由周某同志兼任， ⏎ 副主任由…): the office's deputy, no member of the body."""
    if not OFFICE_DEPUTY.fullmatch(role):
        return False
    before = text[max(0, start - 80) : start].rstrip()
    clause = before[max(before.rfind("。"), before.rfind("\n")) + 1 :]
    return before.endswith(("，", ",")) and "办公室主任" in clause


def _unit_and_described_post(line: str) -> bool:
    """各乡镇人民政府分管农业工作的负责同志: a unit and its post described in words (its 的 no sentence's)."""
    described = DESCRIBED_AFTER_UNIT.search(line)
    return bool(described) and is_agency_like(line[: described.start()]) and is_position(line[described.end() :])


def _stacked_members(doc, fields: list[tuple[int, int]], role: str | None) -> list[Parsed] | None:
    """A table row whose name cell holds several people each on a line of their own (two paragraphs of a Word
    cell), every cell after it as many lines: one member per line, its unit and post from those lines; None for
    a row of one person, or where a line of the name cell is no person's name (a name wrapped in a narrow column)."""
    if len(fields) < 2:
        return None
    text = doc.text
    names = _cell_lines(doc, *fields[0])  # the name cell first: most rows hold one person, no other cell is read
    if len(names) < 2 or not all(is_person_name(text[s:e]) for s, e in names):
        return None
    columns = [names] + [_posts_of_lines(text, _cell_lines(doc, s, e), len(names)) for s, e in fields[1:]]
    if any(len(lines) != len(names) for lines in columns[1:]):
        return None
    members = []
    for i, person in enumerate(columns[0]):
        if len(columns) == 2:
            rest = columns[1][i]
            members.append(with_org(Parsed(role, person, rest), text[rest[0]:rest[1]], rest[0]))
        else:
            org, post = columns[-2][i], columns[-1][i]
            members.append(Parsed(role, person, (org[0], post[1]), organization=org, position=post))
    return members


def _posts_of_lines(text: str, lines: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """The lines of a cell beside a stacked name cell, as ``count`` entries: a unit and post wrapped in a narrow
    column (市自然资源和规划局 ⏎ 局长) joined to one entry, each line taken in until the entry ends in a post; the
    lines as they are when they read otherwise."""
    if len(lines) <= count:
        return lines
    entries, begin = [], None
    for s, e in lines:
        begin = s if begin is None else begin
        if _unit_and_post(text[begin:e].strip()):
            entries.append((begin, e))
            begin = None
    return entries if begin is None and len(entries) == count else lines


def _paired_members(text: str, fields: list[tuple[int, int]], role: str | None) -> list[Parsed] | None:
    """A row that sets people side by side (a table headed 职务 | 姓名 | 职务 | 姓名, two members a row): one member
    per pair of cells, the name cell a person's and the other cell a unit and post, in the same order in every pair;
    None unless every pair reads so (姓名 | 单位 | 职务 | 电话 is one member)."""
    if len(fields) < 4 or len(fields) % 2:
        return None
    members, orders = [], set()
    for a, b in zip(fields[::2], fields[1::2]):
        first, second = text[a[0]:a[1]].strip(), text[b[0]:b[1]].strip()
        if is_person_name(second) and not is_person_name(first) and _unit_and_post(first):
            person, rest, order = b, a, "post first"
        elif is_person_name(first) and not is_person_name(second) and _unit_and_post(second):
            person, rest, order = a, b, "name first"
        else:
            return None
        orders.add(order)
        rest = strip_span(text, *rest)
        members.append(with_org(Parsed(role, strip_span(text, *person), rest), text[rest[0]:rest[1]], rest[0]))
    return members if len(orders) == 1 else None


def _unit_and_post(cell: str) -> bool:
    """A cell naming a post, alone or after its unit (市妇联副主席, 副局长)."""
    return is_position(cell) or is_position(split_org_position(cell)[1])


def _cell_lines(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The lines a table cell had in the raw text (normalization joins them), each without the spaces at its ends."""
    cuts = [start] + doc.line_breaks(start, end) + [end]
    lines = [strip_span(doc.text, a, b) for a, b in zip(cuts, cuts[1:])]
    return [(a, b) for a, b in lines if a < b]


def opens_list(doc, unit: Unit, layout: Layout) -> bool:
    """Whether ``unit`` may open a member list: its first field (after a 序号) starts with a role label
    (组长： / 组长<spaces> / 组长由…兼任 / a damaged 长：), or it is a header row giving a column a role (… | 林长 | 职务)."""
    pats = label_patterns()
    if not (pats["role_word"].search(doc.text, unit.start, unit.end) or COLON.search(doc.text, unit.start, unit.end)):
        return False  # every reading below needs a role word, or a colon after a spread or damaged one (most lines)
    fields = _member_fields(doc.text, unit.fields)
    if not fields:
        return False
    start = strip_span(doc.text, fields[0][0], unit.end)[0]
    head = doc.text[start : unit.end]
    return bool(label_at(head, start, layout.gaps) or pats["role_by"].match(head) or pats["damaged"].match(head)
                or column_role([doc.text[s:e] for s, e in unit.fields]))


def is_header_row(text: str, fields: list[tuple[int, int]]) -> bool:
    """序号 | 姓名 | 单位及职务: a member table's header row (every cell a header word), which holds no member."""
    cells = [text[s:e].strip() for s, e in fields]
    return len(cells) >= 2 and all(header_word(cell) for cell in cells if cell)


def _name_column(name: str, rest: str) -> bool:
    """A first field that is a name without a surname of the list (其木格, 额尔敦毕力格) because the fields
    after it read as a unit and a post."""
    name, rest = name.strip(), rest.strip()
    if not PERSON_IN_COLUMN.fullmatch(name) or is_position(name) or knowledge().org_end.search(name):
        return False
    org, position = split_org_position(rest)
    return bool(org) and is_position(position)


def _name_unit_post(texts: list[str]) -> bool:
    """A row read as name | unit | post: the post a position, the unit ending like one, the name a
    short run of Han characters (额尔敦毕力格, 古丽米拉·艾则孜 have no surname of the list)."""
    name, unit, post = (t.strip() for t in (texts[0], texts[-2], texts[-1]))
    return (bool(PERSON_IN_COLUMN.fullmatch(name)) and is_position(post) and not is_position(unit)
            and bool(knowledge().org_end.search(unit)))


def _line_of_one_unit(text: str) -> bool:
    """A line that is one unit's full name and nothing else (no post, no list, no sentence), opening like a
    unit (a level word, a national organ, a division's name: not 孙晓峰中国移动…, a member whose post wrapped)."""
    return ((starts_unit(text) or bool(region_chain(text))) and is_agency_like(text)
            and bool(knowledge().strong_end.search(text)) and not is_position(text)
            and not split_org_position(text)[0] and not SENTENCE_OR_LIST.search(text))


def _unit_name_post(texts: list[str]) -> bool:
    """A row read as unit | name | post (a table headed 单位 | 姓名 | 职务): the unit ending like one, the post a
    position, the middle cell a person's name (or a short run of Han characters that is neither a post nor a
    unit: 韦华, a surname the list may lack)."""
    unit, name, post = (t.strip() for t in texts)
    named = is_person_name(name) or (bool(PERSON_IN_COLUMN.fullmatch(name)) and not is_position(name)
                                     and not knowledge().org_end.search(name))
    # the post may name a part of the unit (交警大队大队长 under 某公安分局): its last words a position
    post_read = is_position(post) or is_position(split_org_position(post)[1])
    return named and post_read and not is_position(unit) and bool(knowledge().org_end.search(unit))


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


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The span ``s:e`` of ``text`` without the whitespace at its ends."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def is_continuation(doc, unit: Unit) -> tuple[int, int] | None:
    """A unit that is only a position word (``经理``): the wrapped end of the member above."""
    s, e = strip_span(doc.text, unit.start, unit.end)
    return (s, e) if s < e and is_position(doc.text[s:e]) else None


def with_wrapped_lines(doc, units: list[Unit], k: int, layout: Layout, skip=frozenset()) -> tuple[Unit, int]:
    """``units[k]`` with the lines that go on a member its end cut midway (``成员：市委宣传部副部长张某，州发展和
    改革委员会副`` ⏎ ``主任李某，…``: a paragraph of members the layout broke inside a post), as one unit whose last
    field runs to the end of the last line taken in; and the index of that line (``k`` when none goes on)."""
    unit, last = units[k], k
    while last + 1 < len(units) and last + 1 not in skip and _cut_midway(doc, unit, units[last + 1], layout):
        nxt = units[last + 1]
        unit = Unit(unit.fields[:-1] + [(unit.fields[-1][0], nxt.end)], unit.start, nxt.end)
        last += 1
    return unit, last


def _has_post(piece: str, layout: Layout) -> bool:
    """Whether a piece is anything but a bare name (王某 opening the line under …州财政局副局长: the name of the
    post before it)."""
    member = parse_one(piece, 0, "成员", layout)
    return member is None or bool(member.position) or not member.person


def _cut_midway(doc, unit: Unit, nxt: Unit, layout: Layout) -> bool:
    """Whether ``unit`` ends in the middle of a member that ``nxt`` goes on: the line lists members (it holds a
    separator), its last piece reads as no post alone, and with the first piece of the next line (a plain line,
    no label) it reads as a named post."""
    text = doc.text
    if not unit.fields or len(nxt.fields) != 1 or nxt.start < unit.end or text[unit.end : nxt.start].strip():
        return False  # a line of rule only (——) has no fields
    line = text[unit.fields[-1][0] : unit.end].rstrip()
    if not line or PIECE_END.match(line[-1]):
        return False
    cut = max(line.rfind(c) for c in "，,、；;")
    tail = line[cut + 1 :]
    head = FIRST_PIECE.match(text, *strip_span(text, nxt.start, nxt.end))
    if cut < 0 or not head or not tail or opens_list(doc, nxt, layout):
        return False
    inner = Layout([], set(), layout.not_names)
    alone = parse_one(tail, 0, "成员", inner)
    if alone is not None and alone.position and alone.complete and (alone.person or _has_post(head.group(0), inner)):
        return False  # a member complete at the line's end (a post alone only before a line opening with its name)
    joined = tail + head.group(0)
    member = parse_one(joined, 0, "成员", inner)
    if member is not None:
        return bool(member.position and member.complete and (member.person or member.organization))
    name = name_after_glued_post(joined, layout.not_names)  # a name the surname list lacks, after its post
    return name is not None and _unit_and_post(joined[:name])
