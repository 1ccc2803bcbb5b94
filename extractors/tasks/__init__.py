"""tasks extractor: the key tasks a notice assigns, each with its agencies and deadline.

Three sources, in this order of authority:

1. **Task tables** (:mod:`.from_tables`, read by :mod:`extractors.task_tables`): a task per row.
2. **Numbered items** (:mod:`.from_items`) under a heading that names the task list, and items
   elsewhere that name their agencies in so many words; beside a task table only items that close with
   a unit note of their own (otherwise the table is the breakdown of those items, and they would count
   twice). Their agencies and deadline
   come from the item's closing note (:mod:`.agency_notes`), its actor (:mod:`.roles`) or its own
   words (:mod:`.schedule`).
3. **Prose** in the body (:mod:`.from_prose`): a sentence that assigns work explicitly. Attachments
   other than task tables (member duties, proposal lists) and sections reporting work done hold no
   prose tasks; the body and its headings come from :mod:`.outline`.

What the notice does not assign in its own voice is no task: organs named inside a quotation of another document or
in a Q&A (:mod:`.voices`), a section's lead-in that exhorts the units in general above items naming their organs, and,
beside a task table, a step of a standing procedure (work due within a time counted from an application); a
regulation (…办法) whose duties are items naming their units, though, assigns its procedure steps to the organs
they name.

Reads the ``agencies`` and ``metadata`` results; returns the tasks in text order, numbered.
"""
from __future__ import annotations

import regex

from extractors.agency_names import region_names, resolver_for
from extractors.member_lists import member_blocks
from extractors.registry import register
from extractors.regulations import regulation_span
from extractors.task_tables import header_columns  # noqa: F401  (re-exported: tests read columns here)
from extractors.tasks.agency_notes import closing_role_sentence, explicit_agencies
from extractors.tasks.duties import answers_case, duty_spans, handles_application
from extractors.tasks.from_actors import (LEADING_SENTENCES, REGION_GOAL, actor_tasks, article_paragraphs, in_general, standing_duty,
                                         to_all, urges_all)
from extractors.tasks.from_items import REPORTED, assigns_apart, item_tasks, numbered_items, standards_only
from extractors.tasks.from_prose import procedure_step, prose_tasks, restates
from extractors.tasks.from_tables import table_tasks_by_kind
from extractors.tasks.outline import SHORT_TITLE, heading_at, is_section, lead_sentence, outline, parts
from extractors.tasks.roles import mentions_in
from extractors.tasks.schedule import apply_deadline, reporting_period, text_deadline
from extractors.tasks.joined_clauses import joined_clauses
from extractors.tasks.section_notes import section_notes
from extractors.tasks.voices import others_voices
from extractors.tasks.work_groups import sets_up_group
from schemas.records import Task

# 各项任务责任单位排在第一位的为牵头单位 / 列首位的为牵头部门: a notice-wide rule for agency lists
FIRST_LISTED_LEADS = regex.compile(
    r"(?:排在?第一(?:位|个)?|排名第一|列(?:第一位|首位)|排在首位|第一个)(?:的)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"
)
# 附件 / 附件2： heading a part: an attached text (a plan, a regulation), not a 抄送 line or a proposal list
ATTACHED_TEXT = regex.compile(r"\s*附件")
# 三、保障措施 / 组织保障 / 工作要求 / 四、有关要求: the section of safeguards after the measures
SAFEGUARDS = regex.compile(r"保障措施|组织保障|工作保障|保障机制|工作要求|(?:有关|相关)要求|组织实施")
# 三、有关要求 / 六、工作要求 / 五、有关工作要求 in a notice that sets up a task force: the one section of it that assigns
# work to the units it addresses (X要…)
# (三、物资储备要求: the requirements on one kind of work, not 一、总体要求, the plan's aims; 四、2025—2026年度冬春供暖期工作要求:
# the requirements of a period; 二、2025年防汛工作有关事项: the matters of the year's work it sets out, not 其他有关事项)
REQUIREMENTS = regex.compile(r"^\S{1,4}、\s*(?:\d{4}(?:\s*[—–\-－~～至]\s*\d{4})?年度?)?"
                             r"(?:(?:(?:有关|相关)(?:工作)?|几点|具体|工作|(?!总体|基本|指导)\p{Han}{2,8}?)要求"
                             r"|(?!其他)\p{Han}{0,8}?(?:有关|相关)事项)$")
# 三、实施步骤 / 时间安排 / 进度安排: the section of phases (宣传发动阶段（6月下旬至7月底）…) after the measures
PHASES = regex.compile(r"实施步骤|工作步骤|方法步骤|步骤安排|时间安排|进度安排|阶段安排")
# （责任单位： / （牵头单位：X；配合单位：Y）: a unit note in brackets
NOTE_BRACKET = regex.compile(r"[（(][^（）()]{0,6}?(?:单位|部门)[：:]")
# 六、其他事项 / 附则: the part after the measures that says how they apply (its 各县（市、区）要… urge them, no measure)
CLOSING_PART = regex.compile(r"其他事项|附则")
# 有关要求： / 工作要求 on a line of their own, no number: the label over a task force's numbered requirements
REQUIREMENTS_LABEL = regex.compile(r"[ \t\u3000]*(?:(?:有关|相关)(?:工作)?|几点|具体|工作)要求[：:]?[ \t\u3000]*")
# 于2024年6月30日前 / 每年11月底前: a due date of a task's own, recurring or not (每年 alone is no due date)
DUE_BY_WORDS = regex.compile(r"前|底")
# 。！？: where a full sentence ends (a ； joins the clauses of one)
FULL_STOP = regex.compile(r"[。！？!?]")
# ，；：: a clause mark between a sentence's start and its organ
CLAUSE_MARK = regex.compile(r"[，,；;：:]")
# 完善 / 建立 / 加强 …: a measure of its own opening an item's first sentence (完善食品安全监管协作机制，…)
MEASURE = regex.compile(r"(?:进一步|持续|全面|大力|积极)?(?:完善|建立|健全|加强|推进|推动|强化|加快|深化|开展|落实|做好|抓好|实施)")
# 应当 / 必须 / 不得 / 应在…内 / 应于…前: a duty the words before an item's assigning sentence put on someone (医疗机构…应当
# …登记，不得漏报 / 搬迁户应在入住后6个月内拆除旧房)
DUTY = regex.compile(r"应当|必须|不得|应(?:在|于)")

# 建立联席会议制度 / 工作协调机制 / 每季度召开一次工作推进会 / 建立联络员制度: how the units of a plan meet and coordinate
COORDINATION = regex.compile(r"联席会议|协调机制|工作机制|例会|推进会|调度会|联络员")
# 每季度对各街道…整改进度组织一次督导 / 每月开展一次联合执法检查: the plan's rounds of checks on its work (its machinery, as
# its meetings are), not 对改造资金开展年度绩效评价
CHECK_ROUNDS = regex.compile(r"每(?:季度|月|半年|年)[^，,。；;]{0,20}?(?:督查|检查|督导|巡查)")
# ，其他为配合单位 / ，其余单位为配合单位 right after that rule
OTHERS_PARTNER = regex.compile(r"[，,；;]?(?:其他|其余)(?:单位|部门)?(?:为|是)配合(?:单位|部门)")


@register("tasks", "66")
def extract(doc, prior) -> list[Task]:
    index = prior.get("agencies")
    meta = prior.get("metadata")
    resolver = resolver_for(index, meta)
    reference = getattr(meta, "issue_date", None)
    # a table listing projects (项目名称 | 牵头单位 | 完成时限) holds works of its own: the measures beside it are read as if
    # it were not there; a table breaking the work down (重点任务分工) holds the measures themselves
    table_tasks, project_tasks = table_tasks_by_kind(doc, resolver, reference)
    # a table whose rows name no unit (省（区、市） | 搬迁任务（户） | 完成时限: each place's share of a goal) assigns no work:
    # the measures beside it are read as if it were not there
    assigning = [t for t in table_tasks if t.agencies]
    sections = parts(doc)
    body = sections[0]
    tasks_of_items: list[Task] = []
    skip: list[tuple[int, int]] = []  # whole items that made a task: their agency notes make no prose task
    in_sentences = False  # an item names its units in a closing sentence (X牵头，Y配合。), not in a note
    noted: list[int] = []  # where the items that name their units in a note begin (not by their sentences' actor)
    by_sentence: dict[str, int] = {}  # per list (an item's category), how many of its items close with a role sentence
    unlisted: list[tuple[int, int, str, bool]] = []  # items outside a task list that made no task
    for part in sections:
        for item in numbered_items(doc, outline(doc, part)):
            if sets_up_group(doc.text, item[0], item[1]):
                skip.append((item[0], item[1]))  # nor its 由X牵头，Y参加 a prose task
                continue  # （一）综合协调组。组长单位：…；成员单位：…: a body and its units, no work assigned
            note = explicit_agencies(doc, item[0], item[1], index)[0]
            # a task table is the breakdown of the numbered items (they would count twice), unless an item
            # names its own units in a note: then the table is another list (重点任务分工 beside the measures)
            if assigning and not note:
                continue
            found = item_tasks(doc, item, resolver, index, reference)
            if found:
                tasks_of_items.extend(found)
                skip.append((item[0], item[1]))
                closing = closing_role_sentence(doc, item[0], item[1], index) is not None
                in_sentences = in_sentences or closing
                by_sentence[item[2]] = by_sentence.get(item[2], 0) + closing
                noted += [t.char_start for t in found if t.agencies] if note or assigns_apart(doc, item) else []
            elif not item[3]:
                unlisted.append(item)
    # an item among measures that close with their units in a sentence (由X牵头，Y配合。) whose own closing sentence tells
    # organs what to do in other words (市自然资源局、市住建局要在…严格把关。) is a measure of the same list: the item its task
    for item in unlisted:
        if by_sentence.get(item[2], 0) >= 2:
            found = item_tasks(doc, (*item[:3], True), resolver, index, reference)
            if found and all(any(a.role != "partner" for a in t.agencies) for t in found):
                tasks_of_items.extend(found)
                skip.append((item[0], item[1]))
    headings = outline(doc, body)
    # sentences of a task item (its enumerator too: 1.市商务局牵头…), or of a section reporting work done (由X牵头…, in
    # the past), make no prose task
    skip += [(h.start, h.end) for h in headings if is_section(h) and REPORTED.search(h.title)]
    prose = [
        t for t in prose_tasks(doc, body, headings, skip, resolver, index, reference)
        if not restates(t, table_tasks) and not any(s < t.char_end and t.char_start < e for s, e in skip)
    ]
    # measures with unit notes (（责任单位：…）), not measures whose sentences name their actor (市民政局要…)
    # (a note on a few measures among many that name their units in sentences, 市商务局要…, leaves the notice one of the
    # second kind: the notes are the exception, its 保障措施 sentences of that form tasks like the measures)
    in_words = sum(1 for t in tasks_of_items if t.agencies and t.char_start not in noted)
    mostly_in_words = in_words > 2 * len(noted)
    named_in_notes = bool(noted) and not in_sentences and not mostly_in_words
    if named_in_notes:  # measures with unit notes: a 保障措施 sentence without a note or a date of its own is no task,
        # nor a dated one told to the units in general (各乡镇（街道）、各有关单位要于每月5日前报送…: every addressee's report)
        prose = [t for t in prose if (t.deadline or DUE_BY_WORDS.search(t.deadline_raw or "")) and not _to_units_in_general(
                 doc.text, t) or not _bare_safeguard(headings, t.char_start, noted)]
    if named_in_notes and not assigning and not founds_taskforce(
            member_list_spans(doc, meta), [h for part in sections for h in outline(doc, part)]):
        # a sentence among the measures that tells a named organ what to do and carries no note (另外，各街道要组织
        # 志愿者… below a measure's note) is a task like a note's (a task force's notice: its members' duties, its
        # groups and rules are no measures)
        prose += _told_among_measures(doc, body, headings, skip, tasks_of_items + prose, resolver, index, meta,
                                      reference)
    if named_in_notes:  # nor a phase of its 实施步骤 without a note, dated as phases are (评估验收阶段（2026年10月）。X会同Y…)
        prose = [t for t in prose if not _bare_section(headings, t.char_start, noted, PHASES)]
        tasks_of_items = [t for t in tasks_of_items if not _unnoted_phase(doc.text, headings, t)]
    # measures whose sentences name their units (市民政局要…): their 保障措施 sentences of that form are tasks too
    by_actors = (not noted or mostly_in_words) and not in_sentences and any(t.agencies for t in tasks_of_items)
    founding = False  # the notice sets up a task force and lists its members: its requirements name each unit told
    if not assigning and not named_in_notes:
        # no table and no item names its agencies in a note: the sentences that tell an organ to act are the
        # tasks (where the measures name their units in sentences, so do the 保障措施 items: X要…)
        # (in a notice that sets up a task force they are its standing rules: members' duties, its office;
        # only the items of a section of requirements on the units it addresses, 三、有关要求 / 五、工作要求, assign
        # work, each sentence that tells a named organ what to do, titled item or not: 保障工作经费。市财政局要…)
        # (the body, and an attached plan: the plan a cover notice issues is where its work is set out)
        members = member_list_spans(doc, meta)
        regulation = regulation_span(doc, meta)
        founding = not by_actors and founds_taskforce(members, [h for part in sections for h in outline(doc, part)])
        attached = [p for p in sections[1:] if ATTACHED_TEXT.match(doc.text, p[0][0], p[0][1])]
        for part in [body] + attached:
            part_headings = outline(doc, part)
            if by_actors and regulation:
                prose += _procedure_steps(doc, part, part_headings, regulation, skip, prose, resolver, index, meta,
                                          reference)
            if by_actors:  # only the items of its 保障措施: the rest of the body (goals, principles, a reply's 我局将…)
                # and a section's lead-in (各设区市…要对照上述目标…) are no task
                # (or a section of its own after the measures, 四、加强资金监管 各级…部门要…: a safeguard by another name)
                measures_end = max(t.char_end for t in tasks_of_items)
                part = [(a, b) for a, b in part if _in_safeguard_item(part_headings, a)
                        or _section_after(part_headings, a, measures_end)]
                if not part:
                    continue
                part_headings = outline(doc, part)
            elif founding:
                items, spans = _requirements(doc, part, part_headings)
                if not spans:
                    continue
                part = [(a, b) for a, b in part if any(s <= a < e for s, e in spans)]
                part_headings = outline(doc, part)
            taken = skip + members + [(t.char_start, t.char_end) for t in prose]  # a member list is no task
            # a cover letter over the text it issues: its words to the addressees in general (各地各单位要对照细则要求…)
            # urge the text on them, the text assigns the work
            covering = part is body and bool(attached)
            found = actor_tasks(doc, part, part_headings, taken, resolver, meta, reference,
                                told_only=founding or by_actors, named_only=by_actors)
            if covering:
                found = [t for t in found if not any(to_all(doc.text[a.char_start:a.char_end])
                                                     for a in t.agencies if a.role != "partner")]
            scheme = [] if by_actors or founding else _scheme_articles(doc, part)
            # a regulation with a chapter of duties: a step of its procedure handling an application within a time
            # counted from its receipt is a service standard of the scheme, no task, nor a practice its rules bind
            # organs to keep up (各级财政部门应当加强对资金使用的监督检查: the duties part assigns the work)
            prose += [t for t in found if not (any(a <= t.char_start < b for a, b in scheme) and (
                handles_application(doc.text, t.char_start, t.char_end) or standing_duty(doc.text, t, reference)
                or answers_case(doc.text, t.char_start, t.char_end)))]
            if founding:
                for item in items:
                    inside = [t for t in prose if item.start <= t.char_start < item.end]
                    kept = {id(t) for t in joined_clauses(doc, inside)}  # X要…；由Y负责…: one task
                    prose = [t for t in prose if id(t) in kept or not item.start <= t.char_start < item.end]
                    _each_from_its_actor(doc, [t for t in prose if item.start <= t.char_start < item.end], item)
    elif not assigning:
        # a regulation issued beside measures with unit notes (…资金管理办法 and a year's 目标任务 in one notice):
        # its articles still assign work by naming the organ that acts (第五条各乡镇人民政府于每年2月底前完成…)
        regulation = regulation_span(doc, meta)
        articles = [p for p in article_paragraphs(doc, body) if regulation and p[0] < regulation[1]]
        if articles:
            taken = skip + [(t.char_start, t.char_end) for t in prose]
            prose += actor_tasks(doc, articles, headings, taken, resolver, meta, reference)
    voices = others_voices(doc)  # 《通知》明确：“…由X会同Y确定。” / 答：…由X会同Y另行制定…: not this notice's words
    prose = [t for t in prose if _own_agencies(t, voices)]
    for task in tasks_of_items:
        _own_agencies(task, voices)
    if assigning:  # the table assigns the work: a step of a standing procedure the plan sets out beside it is
        # none (项目主体提出申请，市住建局会同…自受理之日起15个工作日内完成审查), while a regulation's steps are its tasks
        prose = [t for t in prose if not procedure_step(doc.text, t)]
        # (nor a 保障措施 sentence setting up how the units meet and coordinate, without a date of its own: 县文旅局要会同
        # 有关单位建立工作专班例会制度，每月召开一次调度会 is the plan's machinery, the table's rows its measures)
        prose = [t for t in prose if t.deadline or DUE_BY_WORDS.search(t.deadline_raw or "")
                 or _safeguards_section(headings, t.char_start) is None
                 or not (COORDINATION.search(doc.text, t.char_start, t.char_end)
                         or CHECK_ROUNDS.search(doc.text, t.char_start, t.char_end))]
    prose = [t for t in prose if not _general_lead_in(doc, headings, t, tasks_of_items + prose)]
    if not founding:  # (a task force's requirements: each unit told to act is a task from its name, not the item's)
        _whole_items(doc, [h for part in sections for h in outline(doc, part)], prose, tasks_of_items + table_tasks,
                     reference)
    section_notes(doc, headings, prose)  # （X牵头，Y配合） closing a section: the section's measure is the task
    tasks = sorted(table_tasks + project_tasks + tasks_of_items + prose, key=lambda t: t.char_start)
    # 各相关单位要密切协作配合，形成整体合力: an attitude urged on all the addressees, no work
    tasks = [t for t in tasks if not urges_all(doc.text, t.char_end, [(a.char_start, a.char_end, a.role, None)
                                                                      for a in t.agencies])]
    title = doc.anatomy.get("title")  # an article's lead over a notice it reposts (近日，某局联合印发《…》，一起来看):
    tasks = [t for t in tasks if title is None or t.char_start >= title.char_start]  # the notice starts at its title
    first_leads = FIRST_LISTED_LEADS.search(doc.text)  # 各项任务责任单位排在第一位的为牵头单位
    if first_leads:
        others = "partner" if OTHERS_PARTNER.match(doc.text, first_leads.end()) else "responsible"
        # a note under a task table says it as often as one in the body
        for task in tasks_of_items + table_tasks + project_tasks:
            _first_listed_leads(task, others)
    for seq, task in enumerate(tasks, 1):
        task.seq = seq
        reporting_period(task, doc.text)
        task.assigned = bool(task.agencies)  # a measure naming no unit is kept, flagged apart
    return tasks


def _told_among_measures(doc, body, headings, skip, tasks: list[Task], resolver, index, meta,
                         reference) -> list[Task]:
    """In a notice whose measures carry unit notes: the sentences outside its 保障措施, outside the measures' own
    text and their notes (a note wrapped onto a line of its own: （X牵头，Y配合，…前完成）) that tell a named organ what
    to do in so many words (各街道要组织…巡查 after a list of support items), not the departments or places in general
    (:func:`.from_actors.actor_tasks`, ``told_only`` and ``named_only``)."""
    taken = [(t.char_start, t.char_end) for t in tasks]
    reported = [(a, b) for a, b in skip if any(h.start == a and is_section(h) for h in headings)]
    closing = [(h.start, h.end) for h in headings if h.parent is None and CLOSING_PART.search(h.title)]
    paragraphs = [(a, b) for a, b in body if _safeguards_section(headings, a) is None
                  and not any(s < b and a < e for s, e in taken) and not any(s <= a < e for s, e in reported + closing)
                  and not explicit_agencies(doc, a, b, index)[0]]
    return actor_tasks(doc, paragraphs, headings, [], resolver, meta, reference, told_only=True, named_only=True)


def _requirements(doc, part, headings) -> tuple[list, list[tuple[int, int]]]:
    """The items of a task force's requirements (三、工作要求 / 有关要求： over 1. 2. 3.) and the spans they and the
    section's closing paragraphs cover (…（四）X要…。 各成员单位要…明确一名联络员…: told like the items; an exhortation
    there urges no work, :func:`.from_actors.actor_tasks` with ``told_only``)."""
    items, spans = [], []
    for h in headings:
        if h.level == 1 and REQUIREMENTS.search(h.title):
            items += h.children or [h]
            spans += [(c.start, c.end) for c in h.children or [h]]
            if h.children and h.children[-1].end < h.end:
                spans.append((h.children[-1].end, h.end))
    for start, end in part:  # 有关要求： on a line of its own, the numbered items after it
        # (the label a heading of its own is read above; under an item it is no part of it: 3.后勤保障组 ⏎ 有关要求：)
        if any(h.start == start for h in headings) or not REQUIREMENTS_LABEL.fullmatch(doc.text, start, end):
            continue
        following = [h for h in headings if h.parent is None and h.start >= end]
        run = following[:1]
        for h in following[1:]:
            if h.start != run[-1].end or h.level != run[0].level:
                break
            run.append(h)
        items += run
        spans += [(h.start, h.end) for h in run]
    return items, spans


def _procedure_steps(doc, part, headings, regulation, skip, prose, resolver, index, meta, reference) -> list[Task]:
    """In a regulation (…奖补办法) whose duties are items naming their units in sentences (县财政局负责…), the steps of
    its procedure that name the organ doing them are its tasks too (资金拨付。公示无异议的，由县财政局在…内拨付 / 县文化
    广电新闻出版旅游局每年对…开展一次绩效评价): items only (not a section's lead-in, nor its 保障措施, read apart), and only
    organs the notice names (the agencies extractor's), not an applicant (申报企业应…)."""
    steps = [(a, b) for a, b in part if regulation[0] <= a < regulation[1] and not _in_safeguard_item(headings, a)
             and (heading := heading_at(headings, a)) is not None and not is_section(heading)]
    if not steps:
        return []
    taken = skip + [(t.char_start, t.char_end) for t in prose]
    found = actor_tasks(doc, steps, headings, taken, resolver, meta, reference, named_only=True)
    return [t for t in found if t.agencies and all(mentions_in(index, a.char_start, a.char_end)
                                                   for a in t.agencies if a.role != "partner")]


def _whole_items(doc, headings, prose: list[Task], others: list[Task], reference) -> None:
    """A titled item (（三）保险保障。…。由X会同Y做好…) whose one task is a later sentence of it: the item is the task, from
    its title (the measure and the units doing it), as where the assigning sentence comes first."""
    for task in prose:
        item = heading_at(headings, task.char_start)
        if item is None or is_section(item) or task.char_start <= item.marker_end:
            continue
        title = SHORT_TITLE.match(doc.text, item.marker_end, task.char_start) \
            or lead_sentence(doc.text, item.marker_end, task.char_start)
        if title is None or "\n" in doc.text[item.marker_end:task.char_start]:
            continue  # an untitled item, or a paragraph of its own after the item's (a phase's 各省级…要…)
        if len(FULL_STOP.findall(doc.text, title.end(), task.char_start)) >= LEADING_SENTENCES \
                or DUTY.search(doc.text, title.end(), task.char_start) or MEASURE.match(doc.text, title.end()) \
                or REGION_GOAL.match(doc.text, title.end()) \
                or standards_only(doc.text, title.end(), task.char_start):
            continue  # a rule among the item's many (…。购机者应当…。对…的，县级农业农村部门应当重点核查。), after a duty
            # of someone else's (学校发生…的，应当在2小时内报告。各级教育部门要会同…), after a measure of its own naming
            # no organ (完善…协作机制，形成工作合力。由X会同Y建立…), after standards (…每10公里不少于1人的标准配备。) or
            # after a goal of the whole region (2024年全国新建…站点1.2万处。部…中心要…抽检): the sentence
        actors = [a.char_start for a in task.agencies if a.role != "partner"]
        if not actors or CLAUSE_MARK.search(doc.text, task.char_start, min(actors)):
            continue  # 建立重点督办机制，区政府办会同…: a measure of its own, its organ after it (not 招聘计划由X会同Y…)
        if any(t is not task and item.start <= t.char_start < item.end for t in prose + others):
            continue  # the item tells several organs what to do: a task per sentence
        task.char_start = item.marker_end + len(doc.text[item.marker_end:task.char_start]) \
            - len(doc.text[item.marker_end:task.char_start].lstrip(" \t\u3000"))  # (3. 2024—2026年…: past the space)
        task.text = task.evidence = doc.text[task.char_start:task.char_end]
        task.page = doc.page_at(task.char_start)
        if task.deadline is None and task.recurrence is None:  # the measure's own schedule (2024—2026年，每年…)
            words = text_deadline(doc.text, task.char_start, task.char_end, reference)
            if words:
                apply_deadline(task, words, reference)


def _scheme_articles(doc, part) -> list[tuple[int, int]]:
    """The articles of a regulation that has a part of duties (第六章 职责分工 / 第八条 职责分工。) outside that part: how
    the scheme runs (:mod:`.duties`); [] when the part holds no such regulation."""
    duties = duty_spans(doc, part)
    if not duties:
        return []
    return [p for p in article_paragraphs(doc, part) if not any(s <= p[0] < e for s, e in duties)]


def _own_agencies(task: Task, voices) -> bool:
    """Leave out the agencies a task names inside another's words (a quotation, a Q&A); whether it names any
    (a sentence all of whose actors stand in a quotation assigns nothing)."""
    task.agencies = [a for a in task.agencies if not voices.holds(a.char_start)]
    return bool(task.agencies)


def _general_lead_in(doc, headings, task: Task, tasks: list[Task]) -> bool:
    """Whether ``task`` is a section's lead-in that exhorts the units in general (七、工作要求 稳岗扩岗政策时效性强…，
    各地各有关部门要加强组织领导…) above items that give named organs their work, or its closing words to them after the
    items (…（六）X要…。 各单位要举一反三…): the items are the tasks."""
    heading = heading_at(headings, task.char_start)
    if heading is None or not heading.children \
            or heading.children[0].start <= task.char_start < heading.children[-1].end:
        return False
    actors = [a for a in task.agencies if a.role != "partner"]
    if not actors or not all(_addressed_in_general(doc.text[a.char_start:a.char_end]) for a in actors):
        return False
    items = (heading.children[0].start, heading.end)
    return any(items[0] <= t.char_start < items[1] and any(not _addressed_in_general(doc.text[a.char_start:a.char_end])
                                                           for a in t.agencies) for t in tasks)


def _to_units_in_general(text: str, task: Task) -> bool:
    """Whether one of a task's actors is the units in general (各有关单位 beside 各乡镇（街道）)."""
    return any(_addressed_in_general(text[a.char_start:a.char_end]) for a in task.agencies if a.role != "partner")


def _addressed_in_general(name: str) -> bool:
    """各有关部门 / 各地各有关部门 / 各区各有关部门: the units in general, alone or after the places in general."""
    return in_general(name) or ("各" in name and in_general(name[name.rfind("各"):]))


def _bare_safeguard(headings, pos: int, noted: list[int]) -> bool:
    """Whether ``pos`` lies in a 保障措施/组织保障/工作要求 section none of whose items carries a unit note (a
    section of safeguards whose items have notes is read as more measures: 八、保障措施 …（责任单位：市财政局）)."""
    return _bare_section(headings, pos, noted, SAFEGUARDS)


def _unnoted_phase(text: str, headings, task: Task) -> bool:
    """Whether a task is a phase of a 实施步骤 section (or an item of one) whose item carries no bracketed unit note."""
    item = heading_at(headings, task.char_start)
    section = item
    while section is not None and not PHASES.search(section.title):
        section = section.parent
    return section is not None and not NOTE_BRACKET.search(text, task.char_start, item.end)


def _bare_section(headings, pos: int, noted: list[int], title) -> bool:
    """Whether ``pos`` lies in a section whose title ``title`` matches (or an item of it), none of whose items
    carries a unit note."""
    heading = heading_at(headings, pos)
    while heading is not None and not title.search(heading.title):
        heading = heading.parent
    return heading is not None and not any(heading.start <= at < heading.end for at in noted)


def _each_from_its_actor(doc, tasks: list[Task], item) -> None:
    """An item of a task force's requirements that tells several units what to do is one task per unit, each
    from its own sentence; the one whose sentence opens the item keeps the item's short title before it (强化火源管控。
    市林业局要…。 / 市气象局要…), as a task that is the whole item does."""
    if len(tasks) < 2:
        return
    title = SHORT_TITLE.match(doc.text, item.marker_end, item.end)
    for task in tasks:
        if title and task.char_start == title.end():
            task.char_start = item.marker_end
            task.text = task.evidence = doc.text[task.char_start:task.char_end]
            task.page = doc.page_at(task.char_start)


def member_list_spans(doc, meta) -> list[tuple[int, int]]:
    """The spans of the member lists of the task forces the notice sets up (组长：… 成员：…)."""
    blocks, layout = member_blocks(doc, region_names(meta))
    units = layout.units
    return [(units[b.first_unit].start, units[b.first_unit if b.last_unit is None else b.last_unit].end)
            for b in blocks]


def founds_taskforce(members: list[tuple[int, int]], headings) -> bool:
    """Whether the notice lists the members of a task force it sets up (``members``: their spans), and not only
    as one of a plan's safeguards (七、保障措施 （一）加强组织领导。成立…领导小组，组成人员如下：…: the plan's measures
    are still its tasks, the group one of its means)."""
    return any(_safeguards_section(headings, start) is None for start, _ in members)


def _in_safeguard_item(headings, pos: int) -> bool:
    """Whether ``pos`` lies in an item of a 保障措施/工作要求 section, not in the section's own lead-in (a section without
    items has no lead-in: its paragraphs are its requirements, 三、有关要求 各地市…部门要密切配合，于每半年…报送…)."""
    heading = heading_at(headings, pos)
    section = _safeguards_section(headings, pos)
    return section is not None and (heading is not section or section.level == 1 and not section.children)


def _section_after(headings, pos: int, measures_end: int) -> bool:
    """Whether ``pos`` lies in a top section without items that opens after the measures end (四、加强资金监管 after
    三、工作任务), not one that closes the notice (其他事项, 附则) nor one of phases."""
    heading = heading_at(headings, pos)
    return heading is not None and heading.level == 1 and not heading.children and heading.start >= measures_end \
        and not CLOSING_PART.search(heading.title) and not PHASES.search(heading.title)


def _safeguards_section(headings, pos: int):
    """The 保障措施/组织保障/工作要求 section ``pos`` lies in (or in an item of), or None."""
    heading = heading_at(headings, pos)
    while heading is not None and not SAFEGUARDS.search(heading.title):
        heading = heading.parent
    return heading


def _first_listed_leads(task: Task, others: str) -> None:
    """A task that names no lead: its first responsible agency leads it, as the notice says, and the
    others take the role it gives them (其他为配合单位: partner)."""
    listed = [a for a in task.agencies if a.role == "responsible"]
    if not listed or any(a.role == "lead" for a in task.agencies):
        return
    listed[0].role = "lead"
    for agency in listed[1:]:
        agency.role = others
