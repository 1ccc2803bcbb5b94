"""Tasks from sentences that assign work by their subject, in a notice that has no other way of
assigning it (no task table, no item that names its agencies): ``各地区、各部门要…``, ``由海南省人民政府
制定…``, ``国务院办公厅将…``, a reply's ``我们将…`` (its issuer), and in a regulation the articles that give
a duty to a named organ (``第五条 市科委负责…``, ``第十六条 市科委建立…``).

A paragraph that holds one such sentence is one task, from the paragraph's start (its item title
included: ``加强组织领导。各地区、各部门要…``); a paragraph that holds several gives one task per sentence.
In the requirements a task force's notice puts on its units only a sentence that tells a named organ what to do
counts (``X要…``, ``由X负责…``): not the body's own rules (``由X召集``) nor an attitude urged (``要高度重视``).
Reads the actors of :mod:`.actors`; returns :class:`Task` records with their agencies.
"""
from __future__ import annotations

import regex

from extractors.agency_names import is_agency_like, kind_of, knowledge
from extractors.deadlines import find_deadlines
from extractors.regulations import ARTICLE, CHAPTER, MIN_ARTICLES  # one definition of articles and chapters
from extractors.tasks.actors import (AGENT_MARK, CLAUSE_MARK, ENUMERATED, LEADS, LIST_MARK, issuer_pronoun,
                                     sentence_actors, subject_at)
from extractors.tasks.answerable import told_after_answerable
from extractors.tasks.duties import article_title_end
from extractors.tasks.from_items import standards_only
from extractors.tasks.from_prose import DONE_TOGETHER, ISSUED_HEREWITH, LEVEL_LEFT, NEGOTIATED, OVERSIGHT
from extractors.tasks.outline import SHORT_TITLE, heading_at, is_section, path_titles, section_path, trim_end
from extractors.tasks.roles import SENTENCE
from extractors.tasks.schedule import apply_deadline, text_deadline
from schemas.records import AgencyMention, Task

# 由X责令改正，处…罚款 / 依法给予处分: a penalty an article sets for a breach, no work assigned
# (…，由市政府分管领导约谈相关县区负责人: a sanction too)
SANCTION = regex.compile(r"责令(?:停止|改正|限期|整改)|处[^，,。；;]{0,16}?罚款|依法(?:依规)?给予处分|追究[^，,。；;]{0,6}?责任"
                         r"|约谈")
# 有关部门职责： / 各成员单位主要职责如下： a label over the duties listed after it, no sentence of its own
DUTIES_LABEL = regex.compile(r"[^，,。；;：:\n]{0,24}?(?:职责|职能|分工)(?:如下)?[：:]\s*")
# 领导小组办公室设在市水利局 / 由X副局长何某兼任办公室主任: where a task force's office sits and who heads it, its
# set-up, no work assigned
OFFICE_SETUP = regex.compile(r"办公室设在|(?:兼任|担任)(?:办公室)?副?主任")
# 各地各单位 / 各有关部门 / 各地区各部门 / 各单位: words for all the addressees, naming no kind of organ
ALL_ADDRESSEES = regex.compile(r"(?:各地区?|各地方)?(?:各|有关|相关)+(?:部门|单位)")
# ，。；：！？: a clause mark (a line holding none, after a regulation's articles, is a title: …预分配表)
CLAUSE_PUNCT = regex.compile(r"[，,。；;：:！？!?]")
# 。；！？: a sentence end (a heading line without one is a title alone)
SENTENCE_END = regex.compile(r"[。；;！？!?]")
# 应当加强 / 应建立 / 均应当健全 right after an actor: a practice a rule binds it to keep up (not 要加强…, a measure told)
STANDING_RULE = regex.compile(r"(?:也|均|还|亦)?应(?:当|该)?(?:进一步|切实|积极)?(?:加强|建立|健全|完善|强化)")
# 、 / 和 / 及 / 与 right after an actor: another organ of the same subject follows (各级妇联、财政部门应当…)
LISTED_ON = regex.compile(r"[、和及与]")
# 30日内 / 15个工作日内 / 1小时内: a time limit a step is due within
TIME_LIMIT = regex.compile(r"[\d一二三四五六七八九十两]+(?:个)?(?:工作日|日|天|小时|个月|周)(?:内|以内)")
# 每年统筹安排…专项资金1800万元 / 区财政安排经费200万元 opening a sentence: a budget (a support figure), whatever body a
# later 由X统筹调度 names to manage it
BUDGET_LINE = regex.compile(r"[^，,。；;]{0,30}?(?:安排|统筹|筹集|设立|投入)[^，,。；;]{0,30}?(?:资金|经费)[^，,。；;]{0,12}?"
                            r"\d+(?:\.\d+)?(?:万|亿)?元")
# 补助标准不低于每户每年600元， / 覆盖率达到95%，: clauses stating a standard or an amount, each ending in its figure
STATED_FIGURES = regex.compile(r"(?:[^，,。；;]*?(?:不低于|不少于|不超过|不高于|至少|最高|达到|标准为?)[^，,。；;]{0,10}?"
                               r"\d+(?:\.\d+)?(?:万|亿)?[\p{Han}%]{0,3}[，,]\s*)+")
# 由各省按照不超过…的30%确定 / 由各市在补贴范围内自行确定: a detail of a rule left to each place to settle, no work told
LEFT_TO_PLACES = regex.compile(r"由各[^，,。；;]{1,40}?(?:自主|自行)?确定(?=[，,。；;]|$)")
# 2024年全国新建…1.2万处 / 到2025年，全省建成…: a goal of the whole region opening an item, before an organ's own work
REGION_GOAL = regex.compile(r"(?:到|至)?\d{4}年(?:底|末)?(?:前)?[，,]?\s*全(?:国|省|市|县|区|州|盟|旗)")
# 按季度足额拨付 / 及时兑付 / 按月发放 after 由X: money the organ is told to pay out, work of its own (not 由X召集, a rule)
PAYS_OUT = regex.compile(r"(?:按(?:季度?|月|年|期|时)|及时|足额|全额|统一|负责)*(?:拨付|兑付|发放|划拨)")
# 每月5日前汇总 / 于6月30日前报送: a step with a due date of its own, recurring or not
DATED_STEP = regex.compile(r"(?:每(?:年|半年|季度|月)|于)[^，,。；;]{0,12}?前(?=[\p{Han}])")
# an item whose one assigning sentence is among its first two is a task as a whole
LEADING_SENTENCES = 2
# 高度重视… / 按照职责分工 / 履行属地管理责任 / 落实“谁主管谁负责”要求 / 主动认领任务 / 形成工作合力 /
# 主要负责同志要亲自过问 / 确保…到位 / 确保…安全 / 确保…“…” / 牢固树立底线思维 / 把…摆在突出位置 / 做到…到位 / 坚决防止… /
# 为…提供坚实保障 (not 确保经费按时拨付 nor 为…提供运力保障, work of its own):
# a clause that urges an attitude or restates a remit, a responsibility or the result wanted; a sentence whose clauses
# after its modal are all such assigns no work (要高度重视…，主要负责同志要亲自部署), one with a clause of work does
# (要密切配合，建立火情信息共享机制 / 要按照“…”的要求，明确一名联络员)
URGING = regex.compile(
    r"(?:要|进一步|切实|充分|始终|积极|主动|严格|牢固)*(?:高度重视|提高[^，,]{0,4}(?:站位|认识)|统一思想|(?:充分|深刻)认识"
    r"|举一反三|(?:对照|对标)[^，,]{0,20}自查自纠|压实[^，,]{0,16}责任|把[^，,]{2,60}(?:统筹推进|一体推进|一体落实|结合起来)"
    r"|增强[^，,]{0,4}意识|树立[^，,]{0,8}(?:思维|意识|理念)|把[^，,]{2,24}摆在[^，,]{0,6}位置|做到[^，,]{0,24}到位"
    r"|坚决(?:防止|防范|遏制|杜绝)|为[^，,]{2,40}(?:(?:提供|作出|做出)(?:坚实|有力|强有力|坚强|良好|有效|积极|重要|更大|应有)?的?"
    r"保障|(?:作出|做出)[^，,]{0,8}贡献)|层层压实"
    r"|密切(?:配合|协作)|各司其职|履行[^，,]{0,12}(?:责任|职责)"
    r"|(?:落实|按照|按)“[^”]{1,60}”(?:的)?要求|加强(?:组织)?领导|(?:加强)?(?:协作|协调)配合|形成[^，,]{0,12}合力|(?:按照|按|根据)(?:各自)?职责"
    r"|落实[^，,]{0,24}(?:责任制?|负责制)|[^，,]{2,16}为[^，,]{0,16}(?:第一)?责任人|(?:主要|分管)(?:负责同志|领导)"
    r"|亲自|具体抓|靠前指挥|确保(?:(?:不|无)(?:发生|出现)|(?:按期|如期|按时|全面)?完成|[^，,。；;“]{0,24}?“|[^，,。；;]{0,24}?(?:完成|落实|到位"
    r"|落到实处|见效|实效|成效|安全|稳定|有序|顺利|平稳|万无一失|专款专用)(?=[，,。；;、！!]|$))|认领[^，,]{0,4}任务)"
)


# a due date or a yearly round of work right after an organ: (各市民政局)于每月10日前将… / (省卫生健康委)每年组织开展…:
# told its work and when, as a modal tells it; the day the round starts may come first ((县应急管理局)自2024年10月1日起每月开展…)
DUE_OR_ROUND = regex.compile(r"(?:也|都|还|均)?(?:(?:自|从)[^，,。；;]{1,14}?起)?(?:于(?:每年|每月|每季度|次年)?[^，,。；;]{0,12}?(?:之|以)?前|"
                             r"每(?:年|半年|季度|月)(?:至少)?(?:组织)?开展)")


def actor_tasks(doc, paragraphs, headings, skip, resolver, meta, reference, told_only=False,
                named_only=False) -> list[Task]:
    """Tasks that sentences of ``paragraphs`` assign by their subject (those inside a ``skip`` span aside).
    ``told_only``: only sentences that tell a named organ what to do in so many words (X要…, X会同Y…,
    由X负责…) count, not a rule the body keeps (由X召集, X每季度对…督查) nor an attitude urged (X要高度重视).
    ``named_only``: only organs the sentence names, not the issuer as 我局将… nor the departments or places in
    general (各有关部门要…, 地方各级人民政府要…)."""
    text = doc.text
    in_articles = _article_paragraphs(doc, paragraphs)
    issuer = None if named_only else getattr(meta, "issuer", None)
    tasks: list[Task] = []
    previous = None
    for p_start, p_end in paragraphs:
        opens_item = _opens_item(doc, headings, p_start, p_end, previous)
        previous = (p_start, p_end)
        if any(s <= p_start and p_end <= e for s, e in skip):
            continue
        opening = _paragraph_start(doc, headings, p_start, p_end)
        # a line that ends no sentence (a table's title after the articles: 2024年各县（市、区）…预分配表) states no duty
        in_article = (p_start, p_end) in in_articles and CLAUSE_PUNCT.search(text, p_start, p_end) is not None
        found = _assigning_sentences(doc, headings, (p_start, p_end), opening, skip, in_article, issuer, reference)
        if told_only:  # 要对各成员单位承担的工作跟踪督促: following up the others' work is no task of its own (not one
            # that also sets a dated step of its own: 要加强督促检查，每月5日前汇总…报县委)
            found = [f for f in found if _told(text, f[2], f[3]) and not (
                OVERSIGHT.search(text, f[1], f[2]) and not DATED_STEP.search(text, f[1], f[2]))]
        if named_only:
            found = [f for f in found if not any(in_general(text[a:b]) for a, b, role, _ in f[3] if role != "partner")]
        told_before = any(p_start <= s < p_end for s, _ in skip)  # another sentence of it is a task already
        # a paragraph under a heading standing alone (四、保障措施) that has no title of its own: its sentences before the
        # assigning one (各镇要…，an exhortation to the places) are no part of the task
        section = heading_at(headings, p_start)
        untitled = section is not None and is_section(section) and not _heading_opens(headings, p_start) \
            and not ARTICLE.match(text, p_start, p_end)
        if opens_item and len(found) == 1 and found[0][0] < LEADING_SENTENCES and not told_before \
                and not (untitled and found[0][0] > 0) \
                and not (found[0][0] > 0 and _after_standards(text, opening, p_end, found[0][1])):
            # (standards before the organ's sentence, 每10公里不少于1人的标准配备。县交通运输局要…: requirements of their
            # own, the organ's sentence the task)
            # an item with one assigning sentence near its start: the item is the task
            found = [(0, opening, trim_end(text, p_start, p_end), found[0][3])]
        elif opens_item and found and found[0][0] == 0 and not told_only:
            # the first sentence of the item takes its title (in a task force's requirements each unit told
            # to act is a task of its own, from its name: 强化火源管控。市林业局要…。市气象局要…)
            found[0] = (0, opening, *found[0][2:])
        for _, s, e, roles in found:
            tasks.append(_task(doc, headings, s, e, roles, resolver, reference))
    return tasks


def _after_standards(text: str, opening: int, end: int, sentence: int) -> bool:
    """Whether a titled item's (配齐农村公路养护人员。) sentences between its title and ``sentence`` only state standards,
    or open with a goal of the whole region (2025年全国新建自动雨量站3000处。: the region's, not the organ's work)."""
    title = SHORT_TITLE.match(text, opening, end)
    return title is not None and (standards_only(text, title.end(), sentence)
                                  or REGION_GOAL.match(text, title.end()) is not None)


def _assigning_sentences(doc, headings, paragraph, opening, skip, in_article, issuer, reference) -> list:
    """(index, start, end, roles) of the paragraph's sentences that tell an organ (or, with 我们, the
    issuer) to act; the index counts sentences after the item's short title."""
    text = doc.text
    p_start, p_end = paragraph
    body = opening
    title = SHORT_TITLE.match(text, opening, p_end)
    if title and _heading_opens(headings, p_start) and title.end() < trim_end(text, p_start, p_end):
        body = title.end()  # （一）加强组织领导。各地区…: the title is no sentence (a short item alone is its sentence)
    found = []
    for k, m in enumerate(SENTENCE.finditer(text, body, p_end)):
        s, e = _skip_space(text, m.start(), m.end()), trim_end(text, m.start(), m.end())
        if any(a <= s < b for a, b in skip) or (in_article and SANCTION.search(text, s, e)) \
                or OFFICE_SETUP.search(text, s, e) or DONE_TOGETHER.search(text, s, e) or ISSUED_HEREWITH.search(text, s, e) \
                or DUTIES_LABEL.fullmatch(text, s, e):
            continue  # (A、B联合制定了《…》，现印发给你们: work done and the cover letter handing it out, no task)
        roles = [(a, b, role, None) for a, b, role in sentence_actors(
            text, s, e, in_article, lambda c, ce: _past_date(text, c, ce, reference))]
        budget = BUDGET_LINE.match(text, s, e) if roles else None
        if budget and all(a >= budget.end() and _managing_agent(text, a, b) for a, b, role, _ in roles
                          if role != "partner"):
            continue  # 每年统筹安排…资金3000万元，…，由X统筹调度: money set aside, no work told (not 由X筹集…资金800万元，
            # 于…前拨付到位: the organ that opens the budget raises it)
        left = [m.span() for m in LEFT_TO_PLACES.finditer(text, s, e)]
        level = [m.span() for m in LEVEL_LEFT.finditer(text, s, e)]  # (…费率由各市级住建部门会同…核定: organs too)
        level += [m.span() for m in NEGOTIATED.finditer(text, s, e)]  # (具体由X与Y协商确定: a detail its parties settle)
        if roles and (left or level) and all(any(a <= x < b for a, b in left) and _places(text[x:y])
                                             or any(a <= x < b for a, b in level)
                                             for x, y, role, _ in roles if role != "partner") \
                and not any(d.flag != "unresolved" for d in find_deadlines(text, None, s, e)):
            continue  # 其他机具补贴额由各省按照…确定: a detail each place settles, no work told (not 名单由各县农业农村局
            # 审核确定，并于每月10日前报送…: organs told their work and its date)
        actors = [a for a, _, role, _ in roles if role != "partner"]
        if actors:  # 护林员补助标准不低于每人每年9000元，区林业局要…: the standard stated, then the organ's work
            s = _past_stated_figures(text, s, min(actors))
        pronoun = issuer_pronoun(text, s, e) if issuer and not roles else None
        if pronoun:
            roles = [(pronoun[0], pronoun[1], "responsible", issuer)]
        if roles:
            found.append((k, s, e, roles))
    return found


def _past_stated_figures(text: str, start: int, actor: int) -> int:
    """Where a sentence's task begins when clauses stating a standard or an amount (补助标准不低于每户每年600元，) come
    before the clause of the organ told its work: at that clause; else ``start`` (also where the organ is an agent, 补助标准
    为每人每年10000元，由县财政局按季度拨付: the agent pays what the sentence opened with, one task)."""
    cut = max(text.rfind("，", start, actor), text.rfind(",", start, actor))
    if cut < start or text[actor - 1:actor] == AGENT_MARK or not STATED_FIGURES.fullmatch(text, start, cut + 1):
        return start
    return _skip_space(text, cut + 1, actor)


def _places(name: str) -> bool:
    """Whether an actor names places (各省, 各县（市）), not organs (各县（市）农业农村局)."""
    return bool(knowledge().actor_groups.match(name)) or not is_agency_like(name)


def _managing_agent(text: str, start: int, end: int) -> bool:
    """Whether the organ at ``start:end`` is an agent after 由 that words give no work of its own (由X统筹调度, not 由X负责
    or 由X牵头)."""
    return text[start - 1:start] == AGENT_MARK and not text.startswith("负责", end) and not LEADS.match(text, end)


def urges_all(text: str, sentence_end: int, roles) -> bool:
    """Whether a sentence only urges an attitude on all the addressees (各相关单位要密切协作配合，形成整体合力), the places
    and departments in general (各乡镇、各有关单位要充分认识…), or the departments it lists by kind (区住建、交通、水务等部门要
    各司其职、协作配合，形成…合力): its actors are such words and every clause after their modal is URGING."""
    actors = [(a, b) for a, b, role, _ in roles if role != "partner"]
    if not actors or not all(to_all(text[a:b]) or in_general(text[a:b]) or text.startswith("各", a)
                             or ENUMERATED.search(text[a:b]) for a, b in actors):  # (各镇（街道）: every place of a class)
        return False
    modal = knowledge().actor_told.match(text, actors[-1][1])
    return modal is not None and _only_urging(text, modal.end(), sentence_end)


def _told(text: str, sentence_end: int, roles) -> bool:
    """Whether one of a sentence's actors is told in so many words to do some work: a modal or 会同/牵头
    after it (X要…, 由X负责…), and not only an attitude urged after the modal (X要高度重视…)."""
    kb = knowledge()
    for start, end, role, _ in roles:
        if role == "partner":
            continue
        if text[start - 1:start] == AGENT_MARK and PAYS_OUT.match(text, end):
            return True  # 由X按季度足额拨付: money the organ pays out
        if text[start - 1:start] == AGENT_MARK and not text.startswith("负责", end) and not LEADS.match(text, end):
            continue  # 由X召集 / 由X进行通报: who keeps the body's rule, no work assigned
        modal = kb.actor_told.match(text, told_after_answerable(text, end, sentence_end) or end)  # (是…责任主体，要…)
        if modal and not _only_urging(text, modal.end(), sentence_end) or not modal and LEADS.match(text, end):
            return True
        if DUE_OR_ROUND.match(text, end):  # 各市…部门于每年11月20日前将…报送 / 省…厅每年组织开展1次…评估
            return True
    return False


def standing_duty(text: str, task: Task, reference) -> bool:
    """Whether a task's sentence only states a rule's standing duty: each actor 应当 keep up a practice (行业主管部门应当
    加强对…的指导 / 各县应当建立…台账) with no date or time limit to do it by (县级财政部门应当在15个工作日内拨付 is a step due)."""
    ends = [a.char_end for a in task.agencies if a.role != "partner" and not LISTED_ON.match(text, a.char_end)]
    if not ends or not all(STANDING_RULE.match(text, e) for e in ends):  # (A、B应当: B's end is the subject's)
        return False
    return not find_deadlines(text, reference, task.char_start, task.char_end) \
        and not TIME_LIMIT.search(text, task.char_start, task.char_end)


def to_all(subject: str) -> bool:
    """Whether a subject, or one of the organs it lists, is only words for all the addressees (各地各单位, 各有关部门,
    各部门), naming no kind of organ (各地住房公积金管理中心 names one)."""
    return any(ALL_ADDRESSEES.fullmatch(piece) for piece in LIST_MARK.split(subject))


def in_general(subject: str) -> bool:
    """Whether a subject, or one of the organs it lists, names the departments or places in general (各有关部门,
    地方各级人民政府, 各乡镇、各有关部门)."""
    general = knowledge().actor_in_general
    return any(general.search(piece) for piece in LIST_MARK.split(subject))


def _only_urging(text: str, start: int, end: int) -> bool:
    """Whether every clause from ``start`` to ``end`` urges an attitude or restates a remit (URGING)."""
    clauses = [start] + [m.end() for m in CLAUSE_MARK.finditer(text, start, end)]
    return all(URGING.match(text, _past_subject(text, c, end), end) for c in clauses)


def _past_subject(text: str, pos: int, end: int) -> int:
    """Where a clause's work begins: past its own subject and modal (…，各行业部门要|落实…), else ``pos``."""
    found = subject_at(text, pos, end)
    if found is None:
        return pos
    modal = knowledge().actor_told.match(text, found[2])
    return modal.end() if modal else pos


def _heading_opens(headings, start: int) -> bool:
    heading = heading_at(headings, start)
    return heading is not None and heading.start == start


def _opens_item(doc, headings, start: int, end: int, previous) -> bool:
    """A paragraph that opens an item: its heading or article number opens it, or it follows a heading
    that stands alone on its line (（一）加强统筹协调 / 依托…)."""
    if _heading_opens(headings, start) or ARTICLE.match(doc.text, start, end):
        return True
    if previous is None:
        return False
    before = heading_at(headings, previous[0])
    return before is not None and before.start == previous[0] and not SENTENCE_END.search(doc.text, *previous)


def article_paragraphs(doc, paragraphs) -> list[tuple[int, int]]:
    """The paragraphs of a regulation's articles among ``paragraphs``, in order (none below three articles)."""
    inside = _article_paragraphs(doc, paragraphs)
    return [p for p in paragraphs if p in inside]


def _article_paragraphs(doc, paragraphs) -> set[tuple[int, int]]:
    """The paragraphs of a regulation's articles (from a 第N条 to the next chapter heading), when the
    notice has enough articles to be read by them."""
    text = doc.text
    opening = [ARTICLE.match(text, s, e) is not None for s, e in paragraphs]
    if sum(opening) < MIN_ARTICLES:
        return set()
    out, inside = set(), False
    for (s, e), is_article in zip(paragraphs, opening):
        if is_article:
            inside = True
        elif CHAPTER.match(text, s, e):
            inside = False
        if inside:
            out.add((s, e))
    return out


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\n　":
        start += 1
    return start


def _past_date(text: str, start: int, end: int, reference) -> int | None:
    """Past a date that opens a clause before its subject (“十四五”时期各省…要)."""
    found = find_deadlines(text, reference, start, end)
    return found[0].char_end if found and found[0].char_start == start else None


def _paragraph_start(doc, headings, start: int, end: int) -> int:
    """Where a paragraph's task text begins: after its heading marker, or its article's number and title."""
    heading = heading_at(headings, start)
    if heading is not None and heading.start == start:
        return heading.marker_end
    article = ARTICLE.match(doc.text, start, end)
    if article is None:
        return start
    return article_title_end(doc.text, start, end) or article.end()  # 第九条资金拨付。: the title no more than the number


def _task(doc, headings, start: int, end: int, roles, resolver, reference) -> Task:
    text = doc.text
    heading = heading_at(headings, start)
    task = Task(
        char_start=start, char_end=end, evidence=text[start:end], page=doc.page_at(start),
        section_path=section_path(doc, start), category="/".join(path_titles(heading)) or None, text=text[start:end],
    )
    words = text_deadline(text, start, end, reference)
    if words:
        apply_deadline(task, words, reference)
    for s, e, role, standing_for in roles:
        mention = resolver.mention(doc, s, e, role)
        if standing_for:  # 我们: the issuer of the reply
            mention = AgencyMention(
                char_start=s, char_end=e, evidence=text[s:e], page=doc.page_at(s), name_raw=text[s:e],
                agency=standing_for, canonical=resolver.canonical(standing_for)[0], kind=kind_of(standing_for),
                role=role,
            )
        task.agencies.append(mention)
    return task
