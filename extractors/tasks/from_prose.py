"""Tasks from prose in the body: a sentence that assigns work explicitly (``由X牵头会同Y``, ``X会同Y``,
``由X负责，Y要配合``), opens with a deadline and its actor (``2020年10月前，X…``) or opens with its
actor and sets a due date (``各成员单位要…，于2020年6月15日前报送…``).

Reads the body paragraphs and its outline, skipping whole task items and sections that report work
done; returns :class:`Task` records. A sentence that restates a table task (same agency, same
timing) is dropped by :func:`restates`.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from extractors.regulations import ARTICLE
from extractors.tasks.actors import AGENT, CONSEQUENCE, SANCTION_VERB, sentence_actors, with_word_partners
from extractors.tasks.outline import SHORT_TITLE, heading_at, path_titles, section_path, trim_end
from extractors.tasks.roles import NOT_RESPONSIBLE, SENTENCE, actor_verb, mention_groups, mentions_in, prose_roles
from extractors.tasks.schedule import DUE_BY, apply_deadline, text_deadline
from schemas.records import Task

# 任务落实情况 / 跟踪督办 / 跟踪督促 / 督查督办: a prose sentence about following up the tasks themselves
OVERSIGHT = regex.compile(r"(?:任务|工作)(?:落实|推进|完成|进展)(?:情况)?的?(?:跟踪|督办|督查|督促|调度|通报|考核)|跟踪督[办促]|督查督办|督促检查")
# A、B联合制定了 / 会同…研究出台了: work the agencies did together, reported (了), not assigned
DONE_TOGETHER = regex.compile(r"(?:会同|联合|牵头)[^，,。；;]{0,8}?了")
# 由韦宁同志任组长，区政府办牵头，… / 王明同志担任召集人: who heads a working group and which units make it up,
# the group's organization, not a task
GROUP_HEAD = regex.compile(r"(?:同志)?(?:任|担任)(?:副?组长|召集人|副?总指挥|指挥长)(?=[，,；;])")
# 本措施由X会同Y负责解释: who interprets the text is its closing boilerplate, no task
INTERPRETED_BY = regex.compile(r"负责解释|解释权")
# 现印发给你们 / 现将…印发: the cover letter handing a plan out, no task of its own
ISSUED_HEREWITH = regex.compile(r"现(?:将[^。；;]{0,80}?)?印发(?:给|你们)")
# 自受理之日起15个工作日内 / 收到申请后10日内 / 公示结束后30日内 / 之日起三个月内: a time limit counted from an event
COUNTED_LIMIT = regex.compile(
    r"(?:之日起|后)[^，,。；;]{0,4}?[\d一二三四五六七八九十两]+(?:个)?(?:工作日|日|天|小时|个月|周)(?:内|以内)"
)
# 每季度结束后 / 每月末后 / 每年度终了后: the end of each period, from which a recurring report is due
PERIOD_END = regex.compile(r"每(?:个)?(?:年度?|半年|季度?|月|周|学期)[^，,。；;]{0,6}?后$")
# 收费标准由各市级发改部门会同…核定 / 补助比例由各市确定: the level of a standard each place's organs settle, a rule
LEVEL_LEFT = regex.compile(r"(?<=标准|额度|比例|费率|价格)由各[^，,。；;]{1,40}?(?:确定|核定)(?=[，,。；;]|$)")
# 具体由省级资助管理部门与经办银行协商确定 / 由双方商定: a detail of a rule its parties settle between them, no work told
NEGOTIATED = regex.compile(r"由[^，,。；;]{1,40}?(?:协商|商定|共同商定)(?:确定|决定)?(?=[，,。；;]|$)")
# ，；。：: where a clause ends
CLAUSE_END_MARK = regex.compile(r"[，,；;。：:]")
# 请 opening a sentence before the organ asked (请各市农业农村局于6月30日前报送…)
REQUEST = regex.compile(r"请")
# 各单位 / 各有关部门 / 各地各单位: all the addressees, no organ asked by name
ALL_ADDRESSED = regex.compile(r"(?:各地区?|各地方)?(?:各|有关|相关)+(?:部门|单位)")
# 于 / 在 right after the organ asked: the date its work is due by follows
DATED = regex.compile(r"[于在]")
# （以上改造涉及的工程投资…）: a bracketed remark opening a sentence, no part of the task
LEADING_REMARK = regex.compile(r"[（(][^（）()]*[）)]")


def _sentences(doc, paragraphs, skip: list[tuple[int, int]]):
    for start, end in paragraphs:
        if any(s <= start and end <= e for s, e in skip):
            continue
        for m in SENTENCE.finditer(doc.text, start, end):
            s = m.start()
            remark = LEADING_REMARK.match(doc.text, s, m.end())
            if remark:
                s = remark.end()
            while s < m.end() and doc.text[s] in " \t":
                s += 1
            if m.end() - s >= 6:
                yield s, m.end()


def _opening_deadline(doc, start: int, end: int, reference):
    """A deadline phrase that opens a sentence and is followed by a comma: (deadline, after comma)."""
    text = doc.text
    found = find_deadlines(text[start:end], reference)
    if not found:
        return None
    first = found[0]
    if first.char_start != 0:
        return None
    after = start + first.char_end
    if after < end and text[after] in "，,":
        return first, after + 1
    return None


def prose_tasks(doc, paragraphs, headings, skip, resolver, index, reference) -> list[Task]:
    """Tasks that sentences of ``paragraphs`` assign (those inside a ``skip`` span aside)."""
    text = doc.text
    tasks = []
    for start, end in _sentences(doc, paragraphs, skip):
        mentions = mentions_in(index, start, end)
        if not mentions:
            continue
        roles = prose_roles(text, mentions)
        kinds = {role for _, _, role in roles}
        opener = _opening_deadline(doc, start, end, reference)
        if opener and opener[0].date and reference and opener[0].date < reference:
            continue  # 2023年，各单位认真贯彻落实… in a notice of 2024: work reported done, not assigned
        actor = None
        if opener and mentions[0][0] == opener[1]:
            actor = opener
        elif not roles:
            actor = _actor_with_due_date(doc, start, end, mentions, reference)
        if not ("lead" in kinds or len(kinds) >= 2 or actor):
            continue
        if OVERSIGHT.search(text, start, end):
            continue  # 会同有关部门加强对任务落实情况的跟踪督办: watching over the tasks is no task of its own
        if GROUP_HEAD.search(text, start, end):
            continue  # 由韦宁同志任组长，区政府办牵头，区发改局参与: a working group set up, no work assigned
        if DONE_TOGETHER.search(text, start, end) or ISSUED_HEREWITH.search(text, start, end) \
                or INTERPRETED_BY.search(text, start, end):
            continue  # A、B联合制定了《…》，现印发给你们 / 由X会同Y负责解释: done, the cover letter, boilerplate
        if _answers_breach(text, start, end):
            continue  # 申报企业存在以下行为的，由X会同Y追回补助资金: what follows a breach, no work assigned
        if _level_left(text, start, end, roles, reference):
            continue  # 收费标准由各市级发改部门会同…核定，最高不超过…: who settles a standard's level, a rule
        if actor and not roles:
            group = mention_groups(text, mentions)[0]
            roles = [(s, e, "responsible") for s, e in group]
        if "lead" in kinds:  # (the words read past an enumerator or article number opening the sentence: 一、X要会同Y)
            roles = with_word_partners(text, _past_number(text, headings, start, end), end, roles)
        roles = _read_further_left(text, start, end, roles)
        task_end = trim_end(text, start, end)
        heading = heading_at(headings, start)
        task_end = _whole_item_end(text, heading, start, task_end)
        if heading is not None and SHORT_TITLE.fullmatch(text, heading.marker_end, start):
            start = heading.marker_end  # （二）建立联络员制度。各成员单位要…: the item's title opens its task
        article = ARTICLE.match(text, start, task_end)
        if article:
            start = article.end()  # 第十条 市数据局会同…: the article's number is no part of its task
        task = Task(
            char_start=start, char_end=task_end, evidence=text[start:task_end], page=doc.page_at(start),
            section_path=section_path(doc, start), category="/".join(path_titles(heading)) or None,
            text=text[start:task_end],
        )
        if actor:
            apply_deadline(task, actor[0].raw, reference)
        else:  # 由X牵头，会同Y于2022年10月底前研究制定…: the sentence's own due date or schedule
            words = text_deadline(text, start, task_end, reference)
            if words:
                apply_deadline(task, words, reference)
        task.agencies = [resolver.mention(doc, s, e, role) for s, e, role in roles]
        tasks.append(task)
    return tasks


def _answers_breach(text: str, start: int, end: int) -> bool:
    """Whether a sentence's agent (由X…) only answers a breach its opening clause names (…存在以下行为的，由X追回…)."""
    agent = AGENT.search(text, start, end)
    if agent is None or not CONSEQUENCE.search(text, start, agent.start()):
        return False
    clause = CLAUSE_END_MARK.search(text, agent.end(), end)
    return SANCTION_VERB.search(text, agent.end(), clause.start() if clause else end) is not None


def _level_left(text: str, start: int, end: int, roles, reference) -> bool:
    """Whether every organ a sentence gives work to stands in words leaving a standard's level to each place's organs
    (…标准由各市级发改部门会同…核定), or a detail to its parties (具体由X与Y协商确定), and the sentence sets no date."""
    spans = [m.span() for m in LEVEL_LEFT.finditer(text, start, end)] + [m.span() for m in NEGOTIATED.finditer(text, start, end)]
    actors = [s for s, _, role in roles if role != "partner"]
    return bool(spans and actors) and all(any(a <= s < b for a, b in spans) for s in actors) \
        and not find_deadlines(text, reference, start, end)


def _whole_item_end(text: str, heading, start: int, end: int) -> int:
    """Where the task of a sentence that opens an item ends: at the item's end when the sentence is a first clause (…落实
    乡村医生岗位补贴：…每人每月补贴400元；) and no later sentence of the item names an organ told to act (…补贴资金按季度
    拨付到位。: the rest of the measure), else at ``end``."""
    if heading is None or start != heading.marker_end or text[end - 1:end] not in ("；", ";") or heading.children:
        return end
    item_end = trim_end(text, end, heading.end)
    if any(role != "partner" for m in SENTENCE.finditer(text, end, item_end)
           for _, _, role in sentence_actors(text, m.start(), m.end())):
        return end
    return item_end


def _past_number(text: str, headings, start: int, end: int) -> int:
    """Past the heading marker (一、 / （二）) or article number (第五条) that opens a sentence at ``start``."""
    heading = heading_at(headings, start)
    if heading is not None and heading.start == start:
        return heading.marker_end
    article = ARTICLE.match(text, start, end)
    return article.end() if article else start


def _read_further_left(text: str, start: int, end: int, roles):
    """The roles with each organ named as the sentence's words name it where they read further left than the mention
    (各设区市|财政局要会同…: 各设区市财政局, the finance bureaus of every city, not a bare 财政局)."""
    actors = sentence_actors(text, start, end)
    out = []
    for s, e, role in roles:
        wider = next((a for a, b, _ in actors if b == e and start <= a < s), None)
        out.append((s if wider is None else wider, e, role))
    return out


def _actor_with_due_date(doc, start: int, end: int, mentions, reference):
    """A sentence that opens with its actor and sets a due date (各成员单位要…，于2020年6月15日前报送…, or a cover letter's
    请某市农业农村局于6月30日前报送…): (the due date, None); None when it does not (an exhortation without a date is no
    task)."""
    text = doc.text
    group = mention_groups(text, mentions)[0]
    asked = group[0][0] == start + 1 and REQUEST.match(text, start) and DATED.match(text, group[-1][1]) \
        and not any(ALL_ADDRESSED.fullmatch(text[s:e]) for s, e in group)  # 请各单位于…: all, no organ
    if not asked and (group[0][0] != start or not actor_verb(text, group[-1][1])
                      or NOT_RESPONSIBLE.match(text, group[-1][1])):
        return None
    for d in find_deadlines(text, reference, start, end):
        if d.date and not d.start and DUE_BY.search(d.raw):
            return d, None
    return None


def procedure_step(text: str, task: Task) -> bool:
    """Whether a task's sentence is a step of a standing procedure: its work is due within a time counted from an event
    (自受理之日起15个工作日内完成审查 / 收到申请后10日内审核 / 公示结束后30日内拨付), not by a date of its own nor after
    each period (每季度结束后10日内报送: a report due every quarter)."""
    for m in COUNTED_LIMIT.finditer(text, task.char_start, task.char_end):
        clause = max(text.rfind(c, task.char_start, m.start()) for c in "，,；;。") + 1
        if not PERIOD_END.search(text, max(clause, task.char_start), m.start() + 1):
            return True
    return False


def restates(task: Task, table_tasks: list[Task]) -> bool:
    """A prose task that a table row already holds: an agency in common and the same timing."""
    mine = {m.canonical for m in task.agencies}
    for other in table_tasks:
        if (other.deadline, other.recurrence) == (task.deadline, task.recurrence) and mine & {
            m.canonical for m in other.agencies
        }:
            return True
    return False
