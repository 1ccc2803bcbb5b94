"""Tasks from numbered items: the items under a heading that names the task list (``四、重点任务``;
in a reply or a report, the work it plans next: ``四、下一步工作打算``), inline items (一是…二是…), and
items elsewhere that name their agencies in so many words.

Items under a section that reports work done or the state of things (``二、主要工作及成效``,
``三、存在的问题``) are never tasks. An item's agencies come from its closing note
(:mod:`.agency_notes`), else from the actor its sentences open with (:mod:`.roles`); its deadline from
the note, else from its own words (:mod:`.schedule`). Returns one :class:`Task` per item, or None.
"""
from __future__ import annotations

import regex

from extractors.agency_names import Resolver
from extractors.deadlines import find_deadlines
from extractors.tasks.actors import AGENT_MARK, sentence_actors, with_word_partners
from extractors.tasks.agency_notes import closing_role_sentence, explicit_agencies, note_pieces
from extractors.tasks.outline import SHORT_TITLE, Heading, descendants, is_section, section_path, trim_end
from extractors.tasks.roles import SENTENCE, actor_agencies
from extractors.tasks.schedule import apply_deadline, text_deadline
from schemas.records import Task

# 重点任务 / 主要任务 / 任务分工 / 下一步工作打算 / 下步工作计划: a heading that introduces the task list
# (in a reply or a report, the work it plans next)
TASK_SECTION = regex.compile(
    r"重点任务|主要任务|工作任务|具体任务|任务分工|职责分工|重点工作|主要工作|任务清单"
    r"|下一步|下步工作|工作打算|工作计划|下一阶段|今后工作"
)
# 主要工作及成效 / 工作开展情况 / 发展现状 / 存在的问题: a heading that reports work done or the state of
# things (a reply, a report): its items are no tasks, whatever words they share with a task list
REPORTED = regex.compile(
    r"(?:工作|主要|取得的?|及|和|与)成效|(?:进展|开展|完成|落实|推进|办理|工作|基本|总体|建设|发展)情况"
    r"|现状|存在(?:的)?(?:主要)?(?:问题|困难|不足)"
)
# 。！？；: a sentence end (a line holding none is a title)
SENTENCE_END = regex.compile(r"[。！？!?；;]")
# 一是 … 二是 …: inline enumeration inside a paragraph
INLINE_ITEM = regex.compile(r"(?<![\p{Han}])(?:[一二三四五六七八九十]{1,2})是|(?<=[。；：:])(?:[一二三四五六七八九十]{1,2})是")

# 牵头 / 会同 / 联合 / 负责 right after an agent (由X牵头…): the role the sentence gives it
AGENT_ROLE = regex.compile(r"(?:牵头|会同|联合|负责(?!同志|人))")
# a line of text: 市住建局要会同…完成 (a paragraph, or the first line of one a hard wrap cut)
ONE_LINE = regex.compile(r"[^\n]+")
# a whole sentence, up to 。！？ (a ； joins the clauses of one)
FULL_SENTENCE = regex.compile(r"[^。！？!?]+[。！？!?]?")
# \n由市医保局负责指导… / \n由县农业农村局牵头…: a paragraph of its own inside an item that assigns a piece of
# its work to a unit (the item's measures before it name no unit)
ASSIGNING_PARAGRAPH = regex.compile(r"(?<=\n[ \t\u3000]*)由[^，,。；;\n]{2,60}?(?:负责|牵头)")

# 比例不低于11% / 每个社区至少配备1名 / 按照每4—5个班配备1名的标准配备: a standard every place or unit is held to (not a
# cap on money: 最高不超过30万元 caps a payment), a rule of its own stated before an organ is told its work
STANDARD = regex.compile(r"(?:不低于|不少于|至少|不得低于|不得少于)[^，,。；;\d]{0,4}\d|的标准")
# 组织…托管帮扶 / 支持县中新建 / 全面推进选课走班教学 / 依托闲置校舍建设…: a sentence that opens with the item's own measure
# (its figures are the measure's), not a standard
OWN_MEASURE = regex.compile(
    r"(?:进一步|持续|全面|大力|积极|加快|统筹)?(?:依托|利用|完善|建立|健全|加强|推进|推动|强化|深化|开展|落实|做好|抓好|实施|支持|鼓励"
    r"|引导|组织|推广|实行|探索|建设|新建|扩大|提升|提高|优化|培育|发展|加大|打造|创建|规范)")
# 给予改造补助 / 一次性奖励 / 贴息: support the item pays, its own measure (its thresholds decide who is paid); 承储…的企业仓容
# 不低于5万吨 / 国有企业…应拿出不低于5%的岗位: a rule on the firms the item deals with, which its organ's work enforces
# 1200元 / 80亿元: an amount of money
MONEY = regex.compile(r"\d+(?:\.\d+)?(?:万|亿)?元")
# 会同 / 要会同 / 将会同 right after a lead's name: the partners its sentence names follow
WITH_AFTER = regex.compile(r"(?:要|将|应|应当)?(?:会同|联合)")
PAYS = regex.compile(r"给予|补助|奖补|奖励|补贴|贴息|企业|经营主体|市场主体|用人单位")


def numbered_items(doc, headings: list[Heading]) -> list[tuple[int, int, str, bool]]:
    """(start, end, category, listed) of numbered items: those of a task-list section (listed), and
    any other leaf item, which counts only if it assigns agencies explicitly (（责任单位：…）).
    Items under a heading that reports work done are neither."""
    items: list[tuple[int, int, str, bool]] = []
    listed: set[int] = set()
    for heading in headings:
        if not _lists_tasks(heading) or heading.start in listed or _reported(heading):
            continue
        if not _holds_items(doc, heading):
            continue  # （二）制定工作计划: an item that names a list, not a list
        if any(_lists_tasks(h) and _holds_items(doc, h) for h in descendants(heading)):
            continue  # 四、下一步工作计划 over （二）明确重点任务: the narrower list is the task list
        leaves = [h for h in descendants(heading) if not h.children] or [heading]
        for leaf in leaves:
            inline = _inline_items(doc, leaf)
            if inline:
                items.extend((s, e, leaf.title, True) for s, e in inline)
            elif leaf is not heading:
                end = trim_end(doc.text, leaf.marker_end, leaf.end)
                items.append((leaf.marker_end, end, leaf.parent.title if leaf.parent else heading.title, True))
        listed.update(h.start for h in [heading, *descendants(heading)])
    for leaf in headings:
        if leaf.children or leaf.start in listed or _reported(leaf):
            continue
        category = leaf.parent.title if leaf.parent else leaf.title
        inline = _inline_items(doc, leaf)
        spans = inline or [(leaf.marker_end, trim_end(doc.text, leaf.marker_end, leaf.end))]
        items.extend((s, e, leaf.title if inline else category, False) for s, e in spans)
    return sorted(items)


def _lists_tasks(heading: Heading) -> bool:
    return bool(TASK_SECTION.search(heading.title)) and not REPORTED.search(heading.title)


def _holds_items(doc, heading: Heading) -> bool:
    return bool(heading.children) or bool(_inline_items(doc, heading))


def _reported(heading: Heading) -> bool:
    """Whether a section above a heading (or the heading, when it is a section) reports work done
    (二、主要工作及成效); an item's own title may say 情况 (（三）建立推进情况通报制度) and still be a task."""
    section: Heading | None = heading if is_section(heading) else heading.parent
    while section is not None:
        if REPORTED.search(section.title):
            return True
        section = section.parent
    return False


def _inline_items(doc, heading: Heading) -> list[tuple[int, int]]:
    """一是…二是… inside a heading's section: the spans after each enumerator."""
    text = doc.text
    section_end = heading.children[0].start if heading.children else heading.end
    marks = [m for m in INLINE_ITEM.finditer(text, heading.marker_end, section_end)]
    if len(marks) < 2 or not marks[0].group(0).startswith("一"):
        return []
    spans = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else section_end
        spans.append((m.end(), trim_end(text, m.end(), end)))
    return spans


def item_tasks(doc, item: tuple[int, int, str, bool], resolver: Resolver, index, reference) -> list[Task]:
    """The tasks of a numbered item: one, or one per measure when each of its measures closes with an
    agency note of its own (then the item's title line is its category, not part of a task)."""
    start, end, category, listed = item
    pieces = note_pieces(doc, start, end, index)
    if not pieces:
        pieces = [(start, end)]
    first_start = _after_title_line(doc.text, *pieces[0])
    titled = first_start != pieces[0][0]  # a title standing alone on the item's first line
    if titled:  # the title line is the measures' category, below the item's
        line = doc.text.rfind("\n", 0, start) + 1
        category = "/".join(filter(None, (category, doc.text[line:first_start].strip())))
    pieces[0] = (first_start, pieces[0][1])
    if len(pieces) == 1 and titled:
        pieces = _actor_paragraphs(doc.text, first_start, end) or pieces
    if len(pieces) == 1:
        pieces = _assigning_paragraphs(doc.text, first_start, end) or pieces
    if len(pieces) == 1 and listed and not explicit_agencies(doc, start, end, index)[0]:
        pieces = _actor_pieces(doc.text, first_start, end) or pieces  # a measure of the task list, told to two organs
    if len(pieces) == 1:
        moved = _past_standards(doc, first_start, end, index)
        if moved != first_start:  # the organ's sentence alone: a task as the whole item's note made it one
            listed = listed or bool(explicit_agencies(doc, first_start, end, index)[0])
        task = _item_task(doc, (moved, end, category, listed), resolver, index, reference)
        return [task] if task else []
    tasks = [_item_task(doc, (s, e, category, True), resolver, index, reference) for s, e in pieces]
    return [t for t in tasks if t]


def assigns_apart(doc, item: tuple[int, int, str, bool]) -> bool:
    """Whether an item's measures name no unit and paragraphs after them do (由X负责…): a note in all but form."""
    start, end = item[0], item[1]
    return bool(_assigning_paragraphs(doc.text, _after_title_line(doc.text, start, end), end))


def _assigning_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item whose measures (naming no unit) are followed by paragraphs ``由X负责…``: the measures, then each
    such paragraph, as pieces of their own (the unit owns that paragraph's work, not the measures'). An item
    that is only a title over the paragraph stays whole."""
    cuts = [m.start() for m in ASSIGNING_PARAGRAPH.finditer(text, start, end)]
    if not cuts:
        return []
    title = SHORT_TITLE.match(text, start, cuts[0])
    measures = text[title.end() if title else start : cuts[0]].strip()
    if len(measures) < 10 or not SENTENCE_END.search(measures):
        return []
    bounds = [start, *cuts, end]
    return [(a, trim_end(text, a, b)) for a, b in zip(bounds, bounds[1:])]


def _actor_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A section's paragraphs (under a heading standing alone: 二、工作任务) that each open with the organ doing their
    work (市住建局要会同…。 / 由市财政局牵头，市发改委配合，… / 市城管委负责…): one piece per such paragraph, the lines
    after it that open with none (a hard wrap's rest: 2024年度改造项目储备…) with it, and a lead-in before the first
    that names no organ (2023年全市计划改造…个。: the section's figures) no piece; [] for fewer than two."""
    cuts: list[int] = []
    for line in ONE_LINE.finditer(text, start, end):
        first = line.start() + len(line.group(0)) - len(line.group(0).lstrip())
        if first < line.end() and any(s - first <= len(AGENT_MARK) and role != "partner"
                                      for s, _, role in sentence_actors(text, first, line.end())):
            cuts.append(first)
    if len(cuts) < 2:
        return []
    bounds = [*cuts, end]
    return [(a, trim_end(text, a, b)) for a, b in zip(bounds, bounds[1:])]


def _actor_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item whose sentences tell different organs what to do, each opening with its own (完善应急保障。市应急局要每半年…。
    市交通运输局要督促…): one piece per organ, from its sentence to the next organ's (the first with the item's title); [] when
    fewer than two sentences open with an organ of their own (clauses joined by ；, 乡镇负责公示；县财政局负责发放, are one
    measure's shares of the work)."""
    cuts: list[int] = []
    actors: list[str] = []
    title = SHORT_TITLE.match(text, start, end)
    for sentence in FULL_SENTENCE.finditer(text, title.end() if title else start, end):
        first = sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
        names = [text[s:e] for s, e, role in sentence_actors(text, first, sentence.end())
                 if role != "partner" and s == first]
        if names and (not actors or names[0] != actors[-1]):
            cuts.append(first)
            actors.append(names[0])
    if len(cuts) < 2:
        return []
    bounds = [start, *cuts[1:], end]
    return [(a, trim_end(text, a, b)) for a, b in zip(bounds, bounds[1:])]


def _leads_in_words(text: str, start: int, end: int, agencies) -> bool:
    """Whether the lead of an item's agencies is the subject of its words with 会同 after it (各区市场监管局要会同同级住建
    部门，…): a role its sentence gives, not a note's."""
    return any(role == "lead" and WITH_AFTER.match(text, e) for s, e, role in agencies if start <= s < end)


def _note_names_others(doc, item: tuple[int, int], sentence: tuple[int, int], index, actors) -> bool:
    """Whether the item's unit note, outside its organ's sentence, names units besides that sentence's actors (养老机构应在…
    配备应急呼叫设备。市民政局每年…抽查。（责任单位：市民政局、市应急管理局、市市场监管局…）): the note is the whole item's
    (not the sentence's own roles: 由X牵头，Y配合，…前完成…)."""
    named = {doc.text[s:e] for s, e in actors}
    noted = [doc.text[s:e] for s, e, _ in explicit_agencies(doc, *item, index)[0]
             if not sentence[0] <= s < sentence[1]]
    return any(name not in named for name in noted)


def _past_standards(doc, start: int, end: int, index) -> int:
    """Where a titled item's task begins when the sentences after its title state standards (开齐开足体育课。…课时占总课时
    比例不低于11%…。) and name no organ, and the next sentence tells an organ its own work (各区卫生健康部门要于…前完成摸底 /
    由X牵头，Y配合，2026年6月底前完成第一批…改造): at that sentence, the standards being requirements of their own. An item closed by
    a sentence that only gives its units their roles (…。由X牵头，Y配合。) stays whole: the roles are the item's."""
    text = doc.text
    title = SHORT_TITLE.match(text, start, end)
    if title is None:
        return start
    for sentence in FULL_SENTENCE.finditer(text, title.end(), end):
        first = sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
        opener = first + (text.startswith(AGENT_MARK, first))  # 由X牵头…
        actors = [(s, e) for s, e, role in sentence_actors(text, first, sentence.end()) if role != "partner"]
        if any(s == opener for s, _ in actors):
            if not standards_only(text, title.end(), first) \
                    or _note_names_others(doc, (start, end), (first, sentence.end()), index, actors):
                return start
            closing = closing_role_sentence(doc, start, end, index)
            return start if closing is not None and closing[1] is None and closing[2] == first else first
    return start


def standards_only(text: str, start: int, end: int) -> bool:
    """Whether the sentences from ``start`` to ``end`` (one at least) all state standards and name no organ (…比例不低于11%。
    / 每个社区至少配备1名…。), not a note (（X牵头…）), the item's own measure (组织对…排查，…不低于50万元), support it pays
    (…客房数不少于5间的，按每间8000元给予补助), a rule on firms (承储…的企业仓容规模不低于5万吨) nor a goal with its date (到2027年，
    每个县至少建成1所…): :func:`_dated_or_measured`."""
    sentences = list(FULL_SENTENCE.finditer(text, start, end))
    if not sentences:
        return False
    for sentence in sentences:
        first = sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
        if first >= sentence.end() or sentence_actors(text, first, sentence.end()) \
                or not STANDARD.search(text, first, sentence.end()) or OWN_MEASURE.match(text, first) \
                or PAYS.search(text, first, sentence.end()) \
                or _dated_or_measured(text, first, sentence.end()):
            return False
    return True


def _dated_or_measured(text: str, start: int, end: int) -> bool:
    """Whether a sentence sets a date (到2027年，…), a period of work the item does itself (以县为单位建立台账，…对留守老年人
    每月至少探访1次: its own measure, done monthly) or money by the period (生均公用经费不低于每生每年1200元: the item's
    funding); a period alone in a sentence of neither (顾问每月到村服务不少于1次) is how often a standard is kept."""
    found = find_deadlines(text, None, start, end)
    return any(d.date or d.start or d.flag for d in found) or bool(found) and (
        found[0].char_start == start or OWN_MEASURE.search(text, start, end) is not None
        or MONEY.search(text, start, end) is not None)


def _after_title_line(text: str, start: int, end: int) -> int:
    """Past a title standing alone on the item's first line (``推动科技创新资源开放`` before its measures)."""
    line_end = text.find("\n", start, end)
    if line_end < 0 or SENTENCE_END.search(text, start, line_end):
        return start
    nxt = line_end
    while nxt < end and text[nxt].isspace():
        nxt += 1
    return nxt


def _named_leads(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Organs the measure's own words make lead (加强统筹推进，由市科委牵头，…（责任单位：市科委、…）)."""
    out = []
    for m in SENTENCE.finditer(text, start, end):
        out += [(s, e, role) for s, e, role in sentence_actors(text, m.start(), m.end()) if role == "lead"]
    return out


def _with_named_actors(text: str, start: int, end: int, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The agencies an item's sentences name (``found``, read from the agencies extractor's mentions) with the
    organs its sentences tell to act that no mention covers (财政部负责…, 由国家药监局负责…, 各县（市）卫健办要…, a
    partner after 会同) or that a mention covers only in its end (国家发展改革委 over 发展改革委), read by their words.
    A lead the words give beats a mention's bare actor (市民政局要发挥牵头作用，会同…: lead, not responsible)."""
    out = list(found)
    for sentence in SENTENCE.finditer(text, start, end):
        actors = sentence_actors(text, sentence.start(), sentence.end())
        first = sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
        if not any(s - first <= len(AGENT_MARK) and role != "partner" or _assigned_by_agent(text, s, e)
                   for s, e, role in actors):
            continue  # a subject inside a later clause (对…的单位，市工信局将予以通报) tells no one the item's work, but an
            # agent given its role there does (此项工作由X牵头，Y配合 / 对…的园区，由X会同Y督促整改)
        for s, e, role in actors:
            overlap = [k for k, (a, b, _) in enumerate(out) if a < e and s < b]
            if not overlap:
                out.append((s, e, role))
            elif len(overlap) == 1:  # words over two mentions (各县人民政府、某某管委会) read no better than they
                a, b, had = out[overlap[0]]
                # the words read further left (国家|发展改革委), or a partner further right (某银行某中心|支行营业管理部)
                wider = s < a and b == e or role == had == "partner" and s <= a and b < e
                lead = role == "lead" and had == "responsible"
                if wider or lead:
                    out[overlap[0]] = (s, e, role if lead else had) if wider else (a, b, role if lead else had)
    return sorted(set(out))


def _agent_leads(text: str, agencies: list[tuple[int, int, str]]) -> bool:
    """Whether a lead of ``agencies`` is an agent after 由 that 牵头 follows (由X牵头，Y、Z配合): its partners are the words'."""
    return any(role == "lead" and text[s - 1:s] == AGENT_MARK and text.startswith("牵头", e) for s, e, role in agencies)


def _assigned_by_agent(text: str, start: int, end: int) -> bool:
    """Whether the organ at ``start:end`` is an agent after 由 that words give its role (由X牵头 / 由X会同Y / 由X负责)."""
    return text[start - 1:start] == AGENT_MARK and bool(AGENT_ROLE.match(text, end))


def _item_task(doc, item: tuple[int, int, str, bool], resolver: Resolver, index, reference) -> Task | None:
    """The task of a numbered item; None for an item outside the task list that names no agency."""
    start, end, category, listed = item
    text = doc.text
    agencies, deadline_words, task_end = explicit_agencies(doc, start, end, index)
    if not agencies and not listed:
        return None  # outside the task list only a named agency makes an item a task
    if not agencies:
        agencies = _with_named_actors(text, start, task_end, actor_agencies(doc, start, task_end, index))
        if _agent_leads(text, agencies):  # 由X牵头，Y、Z配合，…前完成…: partners no mention names (县供销合作部门)
            agencies = with_word_partners(text, start, task_end, agencies)
    elif all(role != "lead" for _, _, role in agencies):
        # (an organ its words only make 会同 others, 区人社部门会同街道…, that the note leaves out leads nothing:
        # the note names who answers for the measure)
        noted = {text[s:e] for s, e, _ in agencies}
        agencies = [(s, e, role) for s, e, role in _named_leads(text, start, task_end)
                    if text[s:e] in noted or text.startswith("牵头", e)] + agencies
    elif (closing := closing_role_sentence(doc, start, end, index)) is not None and closing[0] == agencies \
            or _leads_in_words(text, start, task_end, agencies):
        agencies = with_word_partners(text, start, end, agencies)  # X牵头，Y、Z配合。 closing the item, or X要会同Y
        # opening it: partners no mention names (中国人民银行某地区分行, 同级财政部门); a note's roles (（牵头单位：X；
        # 责任单位：Y）) stand as written
    task_end = trim_end(text, start, task_end)
    if task_end - start < 2:
        return None  # a bare number with nothing after it
    task = Task(
        char_start=start, char_end=task_end, evidence=text[start:task_end], page=doc.page_at(start),
        section_path=section_path(doc, start), category=category, text=text[start:task_end],
    )
    deadline_words = deadline_words or text_deadline(text, start, task_end, reference)
    if deadline_words:
        apply_deadline(task, deadline_words, reference)
    task.agencies = [resolver.mention(doc, s, e, role) for s, e, role in agencies]
    return task
