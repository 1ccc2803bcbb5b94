"""Who a sentence tells to act, read from its words alone: a subject that names organs and a modal
after it (``各地区、各部门要…``, ``国务院办公厅将…``, ``县委书记应当…``), an agent after 由 (``具体管理办法由
海南省人民政府制定``), a subject that leads with 会同 (``国家网信部门会同有关主管部门，建立…``), a reply's
pronoun for its issuer (``我们将认真研究…``), and, in the articles of a regulation, a subject followed by
any verb (``第十六条 市科委建立专家标识体系…``).

National and provincial notices name their actors by kind (``行业主管部门``, ``地方各级党委和政府``) rather than
by a bureau the agency dictionary knows, so the subject is told an organ by the words it ends with
(:mod:`.organ_names`), not by the agency extractor's mentions. Returns (start, end,
role) triples; a subject listing several organs (``外交部和总参谋部``) gives one triple per organ.
"""
from __future__ import annotations

import regex

from extractors.agency_names import knowledge
from extractors.regions import division_opening
from extractors.tasks.answerable import ANSWERABLE, answerable_subject
from extractors.tasks.organ_names import (LIST_MARK, NOT_IN_ACTOR, VERB_IN_NAME, _bare, _names_organ, _owner,
                                          _shares_owner, is_organ, split_actor)
from extractors.tasks.roles import DATED_LEAD, SENTENCE

# 财政部门 / 公安机关 / 工会组织 / 同级卫生健康部门 / 机构编制部门: a kind of department named without its level, a partner after 会同 (the
# departments of that kind beside the lead); its core holds no such word (财政部门指导检测机构 is two)
KIND_OF_DEPARTMENT = regex.compile(
    r"(?:同级|本级|各级)?(?:机构编制|(?:(?!部门|机关|机构|组织)\p{Han}){2,8}?)(?:部门|机关|机构|组织)")
# 同级教育、民政部门: kinds of department listed before the 部门 they share, one partner after 会同
SHARED_KIND = regex.compile(
    r"(?:同级|本级|各级)?(?:(?!部门|机关)\p{Han}){2,10}?(?:、(?:(?!部门|机关)\p{Han}){2,10}?)+(?:部门|机关)")
# 牵头， / 牵头组织， / 牵头编制实施细则， / 负责， after an agent: the next clause may name its partners (由X牵头，Y配合)
PARTNER_CLAUSE = regex.compile(r"(?:牵头|负责)[^，,。；;]{0,20}?[，,]")
# 配合 / 协助 / 参与 / 协同 (after 要/积极 …) closing a clause of partners
PARTNER_WORD = regex.compile(r"(?:要|积极|共同)?(?:配合|协助|参与|协同)")
# 健全 / 加强 / 做好 …: the work a partner does, begun right after its name (会同市人社局|健全…风险分担和经办): never inside it
# (研究 before 所/院/中心/室 is part of a name: 县农机技术研究中心)
PARTNER_WORK = regex.compile(r"健全|建立|加强|推进|推动|做好|开展|制定|落实|完善|提高|研究(?![所院室]|中心)|实施|加快|强化|抓好")
# （镇、场） / （市、区: a bracketed part of a name, closed or not yet
BRACKETED = regex.compile(r"[（(][^（）()]*[）)]?")
# 等单位 / 等有关部门 closing a partner's name: the others it stands for, named by no one
ETC_UNITS = regex.compile(r"等(?:有关|相关)?(?:单位|部门|机构)$")
# 、 / 和 / 及 / 与 / 以及 between the partners after 会同 (A、B和C)
PARTNER_JOINER = regex.compile(r"、|以及|[和及与]")
# 会同 / 联合 / 牵头 after a subject: it leads (X会同Y: Y partners)
LEADS = regex.compile(r"(?:要|将|应)?(?:会同|联合)|牵头")
# 发挥牵头作用，会同 / 发挥好牵头抓总作用 after a subject's modal: it leads (and its partners follow 会同)
LEADING_ROLE = regex.compile(r"发挥[^，,。；;]{0,8}?牵头(?:抓总)?作用(?:[，,]?(?:并)?(?:会同|联合))?")
# 联合 closing a lead's words (X要联合Y…): with no organ after it (X、Y要联合开展…) the subject's organs act together
JOINTLY = regex.compile(r"联合$")
# 会同 / 并会同 opening a later clause of a sentence, its subject the sentence's (X要…，会同Y…)
LATER_WITH = regex.compile(r"(?:并|同时)?(?:会同|联合)")
# 并会同 / 并联合 inside the clause of a unit's duty (X负责提供…并会同Y开展…): the organs after it partner the work
ALSO_WITH = regex.compile(r"并(?:会同|联合)")
# 会同 / 联合 closing a lead's words: the organs after them partner it
WITH_END = regex.compile(r"(?:会同|联合)$")
# 由 as an agent marker (由X制定), not 由于 / 理由 / 自由 / 经由
AGENT = regex.compile(r"(?<![理自缘事经来])由(?![于此衷])")
# 由: the mark before an agent opening a sentence (由国家药监局负责…), as the task readers test for it
AGENT_MARK = "由"
# …的， right before 由: a condition (a breach, when a sanction follows) the agent's action answers (对…冒领补贴资金的，由X追缴;
# 公示无异议的，由X拨付 is a step of the work)
# / 对…骗取资金的单位和个人，由X追回: the breach's doers after the 的; 对考核不合格的某镇，由X约谈: the place that failed)
CONSEQUENCE = regex.compile(r"的[，,]\s*$|对[^，,。；;]*的(?:单位|个人|企业|机构|人员|主体|项目|和|或|及|、){1,5}[，,]\s*$"
                         r"|对[^，,。；;]*?(?:不合格|不达标|未达标|排名末位|滞后|逾期未\p{Han}{1,4})的\p{Han}{2,12}[，,]\s*$")
# 按照职责分工共同负责补助审核。 / 按职责分别负责资金管理。: a remit the organs share, the whole of an article's sentence
SHARED_REMIT = regex.compile(r"(?:按照|按|根据)(?:各自)?职责(?:分工)?[，,]?(?:共同|分别)(?:管理|负责)[^，,。；;：:]{0,20}[。；;]?\s*$")
# 公示无异议的， / 审核通过的，: one clause of condition opening an article's sentence, a step of the scheme after it
STEP_CONDITION = regex.compile(r"[^，,。；;：:]{2,30}?的[，,]\s*")
# 追回 / 约谈 / 取消 / 处理 …: what an agent does to answer a breach (由X追回补助资金 / 由X约谈主要负责同志 / 涉及…的，X按照…处理)
SANCTION_VERB = regex.compile(r"追回|收回|扣回|约谈|问责|责令|处罚|罚款|取消|追究|通报批评|扣减|暂停|(?:依法|依规)?(?:查处|处理)")
# 建立由 / 成立由 / 设立由: a body described by who leads it, no assignment
ATTRIBUTIVE_AGENT = regex.compile(r"(?:建立|成立|组建|设立|已)$")
# 负责解释 / 会同…负责解释: 本细则由市科委(会同市财政局、市税务局)负责解释 is the regulation's boilerplate, no task
INTERPRETS = regex.compile(r"(?:会同[\p{Han}、和]{2,40}?)?(?:共同)?(?:负责)?解释")
# 同时 / 目前 / 下一步 … / 一是 / 三是: words opening a clause before its subject (一是东坪镇要…: an inline enumerator)
OPENER = regex.compile(r"(?:同时|此外|另外|因此|为此|对此|目前|当前|下一步|今后|其中|特别是|尤其是|具体而言|(?<!\p{Han})[一二三四五六七八九十]{1,2}是(?=\p{Han}))[，,]?")
# a verb after a subject: a Han character, but not 可 (a power), 的/之/是 (a description), 等/和/及/与 (a list), 份 (the
# rest of a word: 各省|份 is no organ and its verb)
VERB = regex.compile(r"(?![可的之是等和及与份])\p{Han}")
# 的 / 后 / 时 closing a clause: 市科委同意的，… / 市科委受理后，…: a condition, not a duty (a date's 前 is a due date:
# 各市级民政部门要于每年3月10日前，将…报送…)
CONDITION_END = regex.compile(r"(?:的|后|时|(?<!(?:\d|[一二三四五六七八九十])[日号月年]|[底末旬])前)$")
# ，/： between the clauses of a sentence
CLAUSE_MARK = regex.compile(r"[，,：:]")
# ，：；。: where a clause ends
CLAUSE_END = regex.compile(r"[，,：:；;。]")
# 、…等部门 / 、…等单位: departments listed one by one as the subject (市科技、教育、财政等部门)
ENUMERATED = regex.compile(r"、[^、]*等(?:有关|相关)?(?:部门|单位)$")
# 指出， / 强调， / 要求，: what someone else said comes after (…多次指出，各级政府要…)
REPORTED_SPEECH = regex.compile(r"(?:指出|强调|表示|提出|认为)[，,：:]\s*$")
# ，可 / ，可以 / 可: an article that grants a power, not a duty (市科委根据…，可主动邀请…)
POWER = regex.compile(
    r"(?:^|[，,]|(?<=委|局|部|办|厅|门|位))"  # a clause's start, or right after the organ
    r"(?:也|还|均|亦)?可(?:以)?(?!能|行|靠|持续|视)"  # 可 / 可以, not 可能 / 可行 / 可靠
)
# 也要 / 也应: the same duty as before, echoed for other organs
ECHO = regex.compile(r"(?:也|亦)(?:要|应)")
# 牵头: an organ before it leads the work (发挥…领导小组牵头抓总作用)
LEADS_WORD = regex.compile(r"牵头(?!单位|部门)")
# 正在: what a reply's issuer says of work it is doing (我们正在研究…)
IN_PROGRESS = regex.compile(r"(?:也|还|都)?正在")


def kb_modal(text: str, pos: int) -> bool:
    """Whether a modal (要 / 应当 / 将 …) stands at ``pos``."""
    return knowledge().actor_modal.match(text, pos) is not None


def subject_at(text: str, pos: int, end: int, any_verb: bool = False) -> tuple[int, int, int] | None:
    """(subject start, subject end, where its verb begins) of a subject opening at ``pos`` that a modal
    follows (要 / 应当 / 将 / 负责) or 会同 / 牵头 — or, with ``any_verb`` (a regulation's article), the
    longest organ name a verb follows. A subject's own alias bracket (``市科学技术委员会（以下简称市科委）
    负责``) is left out of its end."""
    kb = knowledge()
    depth = 0
    # the first character of NOT_IN_ACTOR from pos: a shorter subject has none, without a search per length
    bad = NOT_IN_ACTOR.search(text, pos, min(end, pos + 60))
    first_bad = bad.start() if bad else end
    for k in range(pos + 1, min(end, pos + 60) + 1):
        char = text[k - 1]
        depth += (char in "（(") - (char in "）)")
        if depth > 0 or char in "、":
            continue
        name = text[pos:k]
        bare = _bare(name)
        if k > first_bad and NOT_IN_ACTOR.search(bare):
            break
        organ = 2 <= len(name) <= 40 and (_names_organ(name, bare) or kb.actor_townships.match(name))  # 某园镇要
        if organ and (kb.actor_modal.match(text, k) or LEADS.match(text, k)):
            return pos, _without_alias(text, pos, k), k
        if ENUMERATED.search(text, pos, k) and organ and k < end and VERB.match(text, k):
            return pos, k, k  # 市科技、教育、财政等部门加强统筹协调: departments listed for the work
    if any_verb:
        k = _longest_organ(text, pos, end)
        if k is not None and k < end and not _attributive(text, k, end):
            return pos, _without_alias(text, pos, k), k
    return None


def _without_alias(text: str, start: int, end: int) -> int:
    """The end of a name before its alias bracket (``…委员会（以下简称市科委）`` → ``…委员会``)."""
    if text[end - 1] in "）)":
        opening = max(text.rfind("（", start, end), text.rfind("(", start, end))
        if opening > start and "简称" in text[opening:end]:
            return opening
    return end


def clause_starts(text: str, start: int, end: int) -> list[int]:
    """Where the clauses of a sentence begin (its start and after each ，/：), past an opening
    adverb (同时，/ 目前，)."""
    starts = [start] + [m.end() for m in CLAUSE_MARK.finditer(text, start, end)]
    out = []
    for s in starts:
        opener = OPENER.match(text, s, end)
        out.append(opener.end() if opener else s)
    return sorted(set(out))


def sentence_actors(text: str, start: int, end: int, any_verb: bool = False,
                    lead_in=None) -> list[tuple[int, int, str]]:
    """(start, end, role) of the organs a sentence tells to act: subjects with a modal at its clause
    starts, organs before 牵头, agents after 由. ``lead_in(pos, clause_end)`` gives where a subject may
    begin after a leading phrase (a date: ``“十四五”时期各省…要``). In an article (``any_verb``) the
    sentence's first subject takes any verb, unless the article only grants a power (可以…)."""
    out: list[tuple[int, int, str]] = []
    subjects, echoes, others = 0, 0, 0  # echoes: subjects that only echo a duty said before (也要)
    for c in clause_starts(text, start, end):
        if REPORTED_SPEECH.search(text, start, c):
            break  # …多次指出，各级政府要…: someone else's words, reported
        clause_end = _clause_end(text, c, end)
        positions = [c] + ([lead_in(c, clause_end)] if lead_in else [])
        # (审核通过的，市人社局依据…拨付补贴: a step the article's condition opens, its organ's verb any verb too)
        verb_free = any_verb and (c == start or STEP_CONDITION.fullmatch(text, start, c) is not None) \
            and not POWER.search(text, start, end)
        for p in dict.fromkeys(x for x in positions if x is not None):
            found = subject_at(text, p, clause_end, verb_free) or answerable_subject(text, p, clause_end, end, is_organ)
            if found is None:
                continue
            s, e, verb = found
            if verb_free and c != start and not kb_modal(text, verb) and CONSEQUENCE.search(text, start, c) \
                    and SANCTION_VERB.search(text, verb, clause_end):
                break  # 对…骗取资金的，省财政厅追回…: what follows a breach, no work assigned (…的，X将暂停… keeps its modal)
            if verb_free and SHARED_REMIT.match(text, verb, end):
                break  # 市农业农村局、市财政局按照职责分工共同负责补助审核。: the organs' remit over the scheme, no work told
            if CONDITION_END.search(text, verb, clause_end):
                break  # 市科委同意的，… / 市科委受理后，…: the subject of a condition
            after_modal = _past_modal(text, verb)
            dated = DATED_LEAD.match(text, after_modal, clause_end)
            lead = LEADS.match(text, verb) or LEADS.match(text, after_modal) or LEADING_ROLE.match(text, after_modal) \
                or (LEADS.match(text, dated.end()) if dated else None)
            if lead and JOINTLY.search(lead.group(0)) \
                    and not partner_list(text, lead.end(), _clause_end(text, lead.end(), end)):
                lead = None  # X、Y要联合开展: the organs act together, none leads another
            subjects += 1
            echoes += bool(ECHO.match(text, verb))
            # X要加强指导，会同Y每季度…: X leads that work; X要牵头制定…，会同Y做好…: Y partners the lead's later work
            with_named = lead is not None and WITH_END.search(lead.group(0)) is not None
            later = None if with_named else _later_with(text, clause_end, end)
            out.extend((a, b, "lead" if lead or later else "responsible") for a, b in split_actor(text, s, e))
            if with_named:
                partners_end = _clause_end(text, lead.end(), end)
                out.extend((a, b, "partner") for a, b in partner_list(text, lead.end(), partners_end, _owner(text[s:e])))
            elif lead:  # X牵头，Y、Z配合
                out.extend((a, b, "partner") for a, b in _partners_after(text, lead.start(), end))
            if later:
                out.extend((a, b, "partner") for a, b in later if not any(a < y and x < b for x, y, _ in out))
            elif text.startswith("负责", verb):  # X负责提供…并会同Y开展…: X's own duty, Y partners the work it joins
                joined = ALSO_WITH.search(text, verb, clause_end)
                if joined:
                    out.extend((a, b, "partner") for a, b in partner_list(text, joined.end(), clause_end))
            break
    for m in LEADS_WORD.finditer(text, start, end):  # 充分发挥各级党委农村工作领导小组牵头抓总
        if any(s <= m.start() <= e for s, e, _ in out):
            continue
        organ = _organ_before(text, start, m.start())
        if organ is not None and not AGENT.match(text, organ - 1):
            others += 1
            out.extend((a, b, "lead") for a, b in split_actor(text, organ, m.start()))
            out.extend((a, b, "partner") for a, b in _partners_after(text, m.start(), end))  # X牵头，Y配合
    for m in AGENT.finditer(text, start, end):
        if ATTRIBUTIVE_AGENT.search(text, start, m.start()):
            continue
        clause_end = _clause_end(text, m.end(), end)
        agent_end = _longest_organ(text, m.end(), clause_end)
        if agent_end is None or INTERPRETS.match(text, agent_end) or _attributive(text, agent_end, clause_end):
            continue
        if CONDITION_END.search(text, agent_end, clause_end) or any(s <= m.end() < e for s, e, _ in out):
            continue  # 由市科委受理并提出评估意见后，…: a step before the duty, no duty
        if CONSEQUENCE.search(text, start, m.start()) and SANCTION_VERB.search(text, m.end(), clause_end):
            continue  # 对…冒领补贴资金的，由X追缴 / 两次通报仍未整改的，由X约谈: what follows a breach, no work assigned
        joined = WITH_END.search(text, agent_end, min(clause_end, agent_end + 2))  # 由X会同Y督促整改: X leads, Y partners
        role = "lead" if text.startswith("牵头", agent_end) or joined else "responsible"
        others += 1
        out.extend((a, b, role) for a, b in split_actor(text, m.end(), _without_alias(text, m.end(), agent_end)))
        if joined:
            out.extend((a, b, "partner") for a, b in partner_list(text, joined.end(), clause_end))
        else:
            out.extend((a, b, "partner") for a, b in _partners_after(text, agent_end, end))
    if subjects and echoes == subjects and not others:
        return []  # 各县（市、区）也要加强组织领导: the duty said before, echoed for others
    return out


def _later_with(text: str, after: int, end: int) -> list[tuple[int, int]]:
    """The partners a later clause of the sentence joins with 会同 and no subject of its own (X要做好统筹协调，会同Y每半年
    开展…): [] when none does, or when another subject comes first."""
    for c in clause_starts(text, after, end):
        if c == after:
            continue
        joined = LATER_WITH.match(text, c, end)
        if joined:
            return partner_list(text, joined.end(), _clause_end(text, joined.end(), end))
        if subject_at(text, c, _clause_end(text, c, end)) is not None:
            return []
    return []


def _organ_before(text: str, start: int, end: int) -> int | None:
    """The start of the longest organ name that ends at ``end`` (before 牵头), inside its clause."""
    clause = max(text.rfind(c, start, end) for c in "，,：:；;。") + 1
    clause = max(clause, start)
    for s in range(clause, end - 1):
        if is_organ(text[s:end]):
            return s
    return None


def issuer_pronoun(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of 我们 / 我局 opening a clause of a sentence and followed by a modal or 正在 (a reply's
    commitment of its issuer)."""
    kb = knowledge()
    for c in clause_starts(text, start, end):
        for pronoun in kb.issuer_pronouns:
            if text.startswith(pronoun, c):
                after = c + len(pronoun)
                if kb.actor_modal.match(text, after) or IN_PROGRESS.match(text, after):
                    return c, after
    return None


def _past_modal(text: str, pos: int) -> int:
    m = knowledge().actor_modal.match(text, pos)
    return m.end() if m else pos


def _clause_end(text: str, start: int, end: int) -> int:
    m = CLAUSE_END.search(text, start, end)
    return m.start() if m else end


def _longest_organ(text: str, start: int, end: int) -> int | None:
    """The end of the longest organ name starting at ``start`` and followed by a verb (or the clause's end), inside a
    clause, or by 是…责任主体 (各乡镇人民政府是…的责任主体: the governments, not 各乡镇 before 人民政府)."""
    best = None
    for k in range(start + 2, min(end, start + 40) + 1):
        if is_organ(text[start:k]) and (k == end or VERB.match(text, k) or ANSWERABLE.match(text, k, end)):
            best = k
    return best


def with_word_partners(text: str, start: int, end: int,
                       roles: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``roles`` (read from the agencies extractor's mentions) with the partners the sentences' words name (会同Y, X牵头，
    Y配合: :func:`sentence_actors`) where no mention stands (会同财政部门、公安机关: kinds of department; 中国人民银行某地区
    分行) or a mention covers only the end of the name (会同同级|财政局)."""
    out = list(roles)
    named = {text[a:b] for a, b, _ in roles}  # a unit a note gives its role already (（责任单位：X）) keeps it
    for sentence in SENTENCE.finditer(text, start, end):
        for s, e, role in sentence_actors(text, sentence.start(), sentence.end()):
            if role != "partner" or text[s:e] in named:
                continue
            inside = [k for k, (a, b, _) in enumerate(out) if a < e and s < b]
            if not inside:
                out.append((s, e, "partner"))
            elif len(inside) == 1 and out[inside[0]][2] == "partner" and (
                    s < out[inside[0]][0] and out[inside[0]][1] == e
                    or s == out[inside[0]][0] and out[inside[0]][1] < e and division_opening(text[out[inside[0]][1]:e])):
                out[inside[0]] = (s, e, "partner")  # the words read the whole name: 同级财政局 over 财政局, 人民银行河北省
                # 分行 over 人民银行 (a place's branch, not 市应急管理局组织…, the work after it)
        for m in LEADS_WORD.finditer(text, sentence.start(), sentence.end()):  # 由X牵头，Y、Z配合: X a mention alone
            for s, e in _partners_after(text, m.start(), sentence.end(), [(a, b) for a, b, _ in roles]):
                inside = [k for k, (a, b, _) in enumerate(out) if a < e and s < b]
                if text[s:e] in named:
                    continue
                if not inside:
                    out.append((s, e, "partner"))
                elif len(inside) == 1 and s <= out[inside[0]][0] and out[inside[0]][1] <= e:
                    out[inside[0]] = (s, e, "partner")  # the words read the whole name: 各街道（镇） over 各街道
    return sorted(out)


def _partners_after(text: str, agent_end: int, end: int, known=()) -> list[tuple[int, int]]:
    """由X牵头，Y、Z配合 / 由X负责，Y协助: the organs the clause after the agent's names before 配合 (its partners); a
    name the words do not read as an organ but a mention of ``known`` covers (某某经济开发区管委会) goes on the list."""
    clause = PARTNER_CLAUSE.match(text, agent_end, end)
    if clause is None:
        return []
    found = partner_list(text, clause.end(), _clause_end(text, clause.end(), end))
    while found and (joiner := PARTNER_JOINER.match(text, found[-1][1], end)):
        nxt = next(((a, b) for a, b in known if a == joiner.end()), None)
        if nxt is None:
            break
        found.append(nxt)
    if not found or not PARTNER_WORD.match(text, found[-1][1]):
        return []
    return found


def partner_list(text: str, start: int, end: int, owner: str | None = None) -> list[tuple[int, int]]:
    """The organs after 会同 at ``start``, up to the verb of the clause: each item of a list (同级卫生健康部门、应急管理部门和
    工会组织) that names an organ or a kind of department (财政部门, 公安机关); [] when the first names none. ``owner``: the
    places the lead's name opens with (各区卫健局要会同教育局: 教育局 is the places' own bureau, as written)."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        best = _partner_end(text, pos, end, owner=owner)
        if best is None:
            break
        etc = ETC_UNITS.search(text, pos, best)  # 中国某大学等单位: the named partner, not the words for the rest
        out.append((pos, etc.start() if etc and is_organ(text[pos:etc.start()]) else best))
        joiner = PARTNER_JOINER.match(text, best, end)
        if joiner is None:
            break
        pos = joiner.end()
    return out


def _partner_end(text: str, pos: int, end: int, listed: bool = True, owner: str | None = None) -> int | None:
    """The end of the partner named at ``pos``: the first name a joiner follows with another name after it (A和B: A),
    else the longest followed by a verb or the clause's end; kinds sharing their 部门 (同级教育、民政部门) one."""
    shared = SHARED_KIND.match(text, pos, end)
    if shared and not VERB_IN_NAME.search(shared.group(0)) and (
            shared.end() == end or VERB.match(text, shared.end()) or PARTNER_JOINER.match(text, shared.end(), end)):
        return shared.end()
    best = None
    for k in range(pos + 2, min(end, pos + 24) + 1):
        name = text[pos:k]
        if "、" in _outside_brackets(name) or text[k - 1] in "每于":
            break  # a list's next item, or the work's time (市市场监管局|每年开展…) begins
        if not (is_organ(name) or KIND_OF_DEPARTMENT.fullmatch(name) and not VERB_IN_NAME.search(name)
                or knowledge().partner_places.match(name) or _shares_owner(owner, name)):
            continue
        if "部门" in name[:-2] or PARTNER_WORK.search(name, 2) or name.endswith("组织") and is_organ(name[:-2]):
            break  # 商务部门|合理布局 / 市人社局|健全… / 省市场监管局|组织实施: a name ends, what follows is its work
        joiner = PARTNER_JOINER.match(text, k, end)
        if joiner and listed and _partner_end(text, joiner.end(), end, listed=False, owner=owner) is not None:
            return k
        if k == end or joiner or VERB.match(text, k):
            best = k
    return best


def _outside_brackets(name: str) -> str:
    """``name`` without its bracketed parts (各乡（镇、场） → 各乡): the marks a bracket holds list no organs."""
    return BRACKETED.sub("", name)


def _attributive(text: str, agent_end: int, clause_end: int) -> bool:
    """由党委和政府负责同志领导的专项小组: a short verb and 的 after the agent describe a body."""
    de = text.find("的", agent_end, clause_end)
    return 0 <= de - agent_end <= 3
