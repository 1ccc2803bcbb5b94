"""Time limits: what a span of time before 内 (or after 提前) limits, named by the action it is for.

Reads a span of time and the words after it (10个工作日内报市科委备案 → 备案时限; 提前3个月向市科委报告 → 提前报告时间;
45分钟内到达现场 → 到达现场时限; 3年内…发放生活补贴 → 生活补贴期限), and, where the span ends its clause after the event
it runs from (收到上级资金后30日内，会同…提出资金分配方案), the action of the next clause (提出资金分配方案时限).
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity, find_quantities
from extractors.targets.paid_off import paid_off_words
from extractors.targets.service_times import EVENT_AHEAD, service_time_words
from extractors.targets.step_names import ahead_of_expiry, bare_done_topic, case_topic, rule_topic, step_words
from extractors.targets.wording import measure_words

# 为期9个月的(燃气安全专项整治): what a span after 为期 is the length of
LASTING = regex.compile(r"的(?P<what>\p{Han}[\p{Han}“”]{1,20}?)(?=[，,。；;（(]|$)")
# administrative actions a time limit is for: 10个工作日内报市科委备案 → 备案时限
ADMIN_ACTION = regex.compile(
    r"备案|报告|报送|上报|办结|答复|回复|响应|审核|审批|审查|核查|核实|公示|公告|公布|告知|反馈|受理|登记|整改|提交|申请(?!人)|"
    r"缴纳|支付|拨付|兑付|兑现|下达|通知|出具|作出决定|决定|处理|处置|确认|更新|申诉|复核|复议|异议|初审|复审|终审|初核|验收|"
    r"传递|传达|推送|录入|播发|维修|修复|抢修|送达|返还|退还|发放(?=到位|到户|完毕)|(?<=足额|全额)发放")  # a service's too: 预警发布后15分钟内传递至… /
# 接到报修后72小时内完成维修; money paid out: 2个工作日内发放到位 / 30日内足额发放
# between the spans of a list that share one action, up to the next span: 内、边远乡镇卫生院(4小时)
LISTED_SPANS = regex.compile(r"(?:之内|以内|内)、\p{Han}{0,12}")
# after a span of time and 内: the words of a time limit (…内报市科委备案)
WITHIN = regex.compile(r"^(?:之内|以内|内)")
# a decision whether to approve, the approval itself: (5个工作日内)作出是否批准的决定 / 作出准予许可的决定 → 审批
APPROVAL_DECIDED = regex.compile(r"作出(?:是否)?(?:批准|准予|同意|许可)\p{Han}{0,6}?的?决定")
# a document submitted, named with the verb after it: (1个月内)提交整改报告 → 整改报告提交 / 报送实施方案 → 实施方案报送
SUBMITTED = regex.compile(r"(?P<verb>提交|报送|上报|递交|呈报)(?P<what>\p{Han}{0,6}?(?:报告|方案|材料|计划|清单|总结|报表))"
                       r"(?=[，,；;。]|$)")
# what a service does within hours or minutes, after 等 where it lists things first: (12小时内)得到食物、衣被等基本生活救助
SERVICE_DONE = regex.compile(r"[，,]?(?:[^，,；;。]*等)?(?P<done>\p{Han}{2,12})(?:[，,；;。]|$)")
# an arrival a service makes within minutes or hours: 到达现场 / 赶到 / 到场
ARRIVAL = regex.compile(r"到达|赶到|抵达|到场")
# an arrival right after 内, whatever is done there after it: (5分钟内)到达现场(处置初起火灾) / 赶到火场 / 到场
ARRIVED = regex.compile(r"(?:到达|赶到|抵达)(?:现场|火场|事发地)|到场")
# who arrives, set up earlier in the sentence: 设置应急救援点(12个) / 建成1个微型消防站 / 组建抢修队
ARRIVERS_SET = regex.compile(r"(?:设置|设立|建立|建成|组建|布设)[^，,。；;]{0,24}?(?![个座支处家所])(?P<who>\p{Han}{2,10}?(?:点|站|队))"
                          r"(?!\p{Han})")
# support given within a span of time: (3年)内分别按每人每月3000元发放生活补贴 (the term of the support), tax relief
# too: (在3年)内按每户每年20000元为限额依次扣减… (税费扣减期限)
SUPPORT_TERM = regex.compile(r"(?:之内|以内|内)[^，,；;。]*?(?:给予|发放|享受|按)[^，,；;。]*?"
                          r"(?P<noun>(?:生活|岗位|住房|交通)?(?:补贴|补助|津贴|奖励|资助|贴息)|扣减|减免|抵减)")
# a support's name, ending with its noun: 生活补贴 / 顶岗实习补贴
SUPPORT_NAMED = regex.compile(r"(?:补贴|补助|津贴|奖励|奖补|资助|贴息)$")
# a relation held within a span of time (a look-back): 3年之内有…合作关系 / 2年内与被评单位存在聘用关系
RELATION = regex.compile(r"(?:与[^，,；;。有存具]{1,12})?(?:有|存在|具有|发生过|发生|曾有|担任)(?P<what>[^，,；;。]{2,60})")
# an event the span runs from, right before it: (县财政局在收到上级衔接资金)后(30日内) / (验收合格之日)起
EVENT_BEFORE = regex.compile(r"(?:后|之后|以后|起)$")
# spans short enough to be a procedure's limit, not a measure's deadline (项目建成后3年内…)
PROCEDURE_UNITS = frozenset({"日", "天", "个工作日", "工作日", "小时", "分钟"})
# who does the next clause's action, before it: (项目主管部门应按规定)办理资产移交 / (会同县乡村振兴局)提出资金分配方案
ACTOR_LEAD = regex.compile(r"[，,]?(?:[^，,；;。]{0,16}?(?:应当|应|要|须|必须|负责))?(?:按规定|按程序|及时|依法|依规)?"
                           r"(?:会同[^，,；;。]{2,20}?(?:局|委|办|厅|部门|单位|中心|政府))?")
# the action itself, up to the clause's end: 提出资金分配方案 / 办理资产移交
NEXT_ACTION = regex.compile(r"(?P<action>\p{Han}{2,12})(?=[，,；;。]|$)")

# the step a rule's span is for, closing its clause right after 内: (立案查处后60日内)结案 / (应在30日内)依法结案 (not a bare
# 完成, whose step the words before name: 申报材料初审应在受理之日起15日内完成)
STEP_DONE = regex.compile(r"(?:依法|及时|全部|一律)?(?P<act>(?!(?:完成|办理|进行|实施|落实|到位)(?:[，,；;。]|$))\p{Han}{2,6}?)"
                          r"(?:工作|任务)?(?=[，,；;。]|$)")
# 应在 / 须于 / 应当在 right before a span: a rule's limit (应在60日内结案); 并在 after the step before (…须立即启动应急
# 灭蚊，并在(3天内)复测)
RULE_AT = regex.compile(r"(?:应当|应|须|必须|并)(?:在|于)$")
# what the next clause's action moves, between 将 (and a list closed by 等) and the action: 将项目名称、…等(征收信息)推送至…
THING_MOVED = regex.compile(r"将(?:[^，,；;。]*等)?(?P<what>\p{Han}{2,8}?)$")
# a step done in full within a span, closing its clause: (15个工作日内)完成拆解 / 全部完成整改工作 / 完成申报材料审核和登记
COMPLETED = regex.compile(r"(?:全部|及时|依法|依规)?完成(?P<act>\p{Han}{2,12}?)(?:工作|任务)?(?=[，,；;。]|$)")
# what is announced a span ahead, closing its clause: (提前48小时)发布停水公告 → 停水公告
EARLY_DONE = regex.compile(r"(?:向\p{Han}{2,10}?)?(?:发布|发出|播发|告知|通知|公布|公告)(?P<what>\p{Han}{2,6}?)(?:信息)?(?=[，,；;。]|$)")
# money paid out, named before the rule on its payment: (补偿款)须在签订协议后(30日内足额发放) / (奖励资金)应于…
PAID_BEFORE = regex.compile(r"(?P<what>\p{Han}{1,6}?(?:款|金|费|补贴|补助|奖励))(?:须|应当|应|必须|要)(?:在|于)[^，,；;。]{0,20}$")
# the money an action within a span moves, between 内 and the action: (10个工作日内)将补贴资金(拨付至…)
MOVED = regex.compile(r"将(?P<what>\p{Han}{2,8}?(?:款|金|费|补贴|补助|奖励))$")
# the support an application within a span is for: (3个月内申请)补贴
APPLIED_FOR = regex.compile(r"(?<=申请|申领|申报)(?:补贴|补助|奖励|奖补|资助)")
# the support named before an application: (3个月内提出)补贴(申请)
APPLIED_BEFORE = regex.compile(r"(?:补贴|补助|奖励|奖补|资助)(?=申请$|申领$|申报$)")


def arrivers(text: str, q: Quantity) -> str:
    """在…布设巡护站8个，确保报警后20分钟内赶到现场 → 巡护站: who the sentence set up to arrive (the last
    point, station or team it sets up), or "" where it sets up none."""
    start = max(text.rfind(mark, 0, q.start) for mark in "。；;\n") + 1
    who = None
    for who in ARRIVERS_SET.finditer(text, start, q.start):
        pass
    return who.group("who") if who else ""


def admin_time_limit(q: Quantity, after: str) -> bool:
    """5个工作日内完成审批 / 预警发布后15分钟内传递至… / 接到报修后72小时内完成维修: an administrative step's or a
    service's time limit (the action after 内), a rule and not the deadline of a measure; hours and minutes
    (灾后12小时内得到救助 / 接报后45分钟内到达现场) are a time limit whatever the action, no measure being due in them."""
    if not WITHIN.match(after):
        return False
    return q.unit in ("小时", "分钟") or (q.unit in ("个工作日", "工作日", "日", "天") and bool(ADMIN_ACTION.search(after)))


def ahead_of_event(text: str, q: Quantity, after: str) -> bool:
    """在灾害性天气发生前12小时发布预警信息: a span before an event, then what is announced (as early as 提前)."""
    return bool(EVENT_AHEAD.search(text, max(0, q.start - 4), q.start)) and bool(EARLY_DONE.match(after))


def step_after_event(text: str, q: Quantity, after: str) -> bool:
    """安置房交付后1年内完成不动产登记发证: a step to be completed within a span counted from an event, a time limit of
    the procedure whatever the span's length (not a measure's deadline, 3年内完成…, which no event starts); and a step a
    rule sets within days or hours, closing its clause (…须立即启动应急处置，并在2天内复查 / 应在60日内结案)."""
    within = WITHIN.match(after)
    if within and q.unit in PROCEDURE_UNITS and RULE_AT.search(text, max(0, q.start - 4), q.start) \
            and STEP_DONE.match(after, within.end()):
        return True
    return bool(within) and bool(EVENT_BEFORE.search(text, max(0, q.start - 4), q.start)) \
        and bool(COMPLETED.match(after, within.end()))


def next_clause_action(text: str, q: Quantity, c_end: int) -> str | None:
    """The action the next clause does within a span that ends its own clause after the event it runs from
    (项目竣工验收后30日内，项目主管部门应按规定办理资产移交 → 办理资产移交); None when the span is no procedure's."""
    if q.unit not in PROCEDURE_UNITS or not EVENT_BEFORE.search(text, max(0, q.start - 4), q.start):
        return None
    lead = ACTOR_LEAD.match(text, c_end)
    clause_end = min([i for i in (text.find(m, lead.end()) for m in "，,；;。\n") if i >= 0] or [len(text)])
    admin = None
    for admin in ADMIN_ACTION.finditer(text, lead.end(), clause_end):
        pass
    if admin is not None:  # (…后10个工作日内，)将…等征收信息推送至… → 征收信息推送
        moved = THING_MOVED.search(text, lead.end(), admin.start())
        return (moved.group("what") if moved else "") + admin.group(0)
    action = NEXT_ACTION.match(text, lead.end())
    return action.group("action") if action else None


def time_limit_words(text: str, q: Quantity, c_end: int) -> str | None:
    """The words of a time limit: 10个工作日内报市科委备案 → 备案时限; 提前3个月向市科委报告 → 提前报告时间."""
    if q.unit not in DURATION_UNITS:
        return None
    paid_off = paid_off_words(text, q, c_end)
    if paid_off:  # 余款在6个月内缴清 → 余款缴清期限
        return paid_off
    after = text[q.end:c_end]
    lasting = LASTING.match(after) if text[max(0, q.start - 2):q.start] == "为期" else None
    if lasting:  # 开展为期9个月的燃气安全专项整治: how long the campaign lasts, its term
        return measure_words(lasting.group("what")) + "期限"
    within = WITHIN.match(after)
    early = text[max(0, q.start - 2):q.start] == "提前"
    # 在灾害性天气发生前12小时发布预警信息: a span before an event, then what is announced, is as early as 提前
    early = early or ahead_of_event(text, q, after)
    if not within and not early:
        # 期满60日前提出申请 → 申请提前时间; 2分钟接警响应 → 接警响应时间
        return ahead_of_expiry(text, q, c_end) or service_time_words(text, q)
    arrived = ARRIVED.match(after, within.end()) if within and q.unit in ("小时", "分钟") else None
    if arrived:  # 接警后5分钟内到达现场处置初起火灾: the arrival is what the span limits, by who was set up to arrive
        return f"{arrivers(text, q)}{arrived.group(0)}时限"
    if within:
        relation = RELATION.match(text, q.end + within.end(), c_end)
        if relation:  # 过去3年之内有…等合作关系: a look-back, named by the relation
            return measure_words(relation.group("what"))
    later = find_quantities(text, q.end, c_end)  # 24小时内响应、5个工作日内办结: each limit has its own action
    action = previous = None
    shared = later and LISTED_SPANS.fullmatch(text, q.end, later[0].start) and later[-1].unit == q.unit
    # 12小时内、偏远山区24小时内修复: the spans of a list share the action after the last
    for action in ADMIN_ACTION.finditer(text[q.end:later[0].start] if later and not shared else after):
        if previous is not None and action.start() == previous.end() and action.group(0) == "决定" \
                and previous.group(0) in ("审批", "审核", "审查"):
            action = previous  # 作出审批决定: the decision is the approval (a 处理决定 stays a 决定)
        previous = action
    completed = COMPLETED.match(after, within.end()) if within else None
    # (1年内)完成不动产登记发证: the step completed names the limit, whatever administrative word is inside it
    completed = completed if action is None or (completed and completed.start("act") <= action.start()) else None
    after_event = bool(EVENT_BEFORE.search(text, max(0, q.start - 4), q.start))  # 安置房交付后(1年内完成…)
    if completed and (q.unit in PROCEDURE_UNITS or after_event):  # 受理报废申请后15个工作日内完成拆解 → 拆解时限
        act = step_words(completed.group("act"))  # 完成实地勘验并出具报告 → 实地勘验时限
        case = case_topic(text, q, act) if len(act) == 2 else None  # 新购同类车辆的，应在…内完成购置 → 新购同类车辆购置时限
        return f"{case or ''}{act}时限"
    if action is None and early:
        done = EARLY_DONE.match(after)
        return f"{done.group('what')}提前时间" if done else None  # 提前48小时发布停水公告 → 停水公告提前时间
    if action is None and within and after[within.end():within.end() + 1] == "、" and later \
            and later[0].unit in DURATION_UNITS and WITHIN.match(text[later[0].end:c_end]):
        return time_limit_words(text, later[0], c_end)  # 城区2小时内、郊区4小时内送达: the next limit's action is this one's
    if action is None and within and not after[within.end():].strip():
        following = next_clause_action(text, q, c_end)
        if following:  # 收到上级衔接资金后30日内，会同县乡村振兴局提出资金分配方案: the next clause's action
            return f"{following}时限"
    if action is None and within and q.unit in PROCEDURE_UNITS \
            and (after_event or RULE_AT.search(text, max(0, q.start - 4), q.start)):
        step = STEP_DONE.match(after, within.end())
        if step:  # 劳动监察大队应在立案查处后60日内结案 → 结案时限: named by the step it limits, never by who must take it
            act = step_words(step.group("act"))  # 清理完毕场地 → 场地清理
            thing = rule_topic(text, q) if len(act) == 2 else None  # (新建住宅小区门牌)应在…内设置到位: the thing set
            thing = thing or (arrivers(text, q) if ARRIVAL.match(act) else None)  # 设置…快处点…，(接报后)…到达现场
            return f"{thing or ''}{act}时限"
    topic = bare_done_topic(text, q, c_end) if action is None and within and q.unit in PROCEDURE_UNITS else None
    if topic:  # 对…的鉴定意见，应当在…15个工作日内完成 → 鉴定时限
        return f"{topic}时限"
    if action is None:
        given = SUPPORT_TERM.match(after) if within else None
        # 3年内分别按每人每月3000元发放生活补贴: how long the support is given
        if given or not within or q.unit not in ("小时", "分钟"):
            relief = given and given.group("noun") in ("扣减", "减免", "抵减")
            return f"{'税费' if relief else ''}{given.group('noun')}期限" if given else None
        done = SERVICE_DONE.match(after, within.end())  # 45分钟内到达现场 → 到达现场时限
        arriving = arrivers(text, q) if done and ARRIVAL.match(done.group("done")) else ""
        return f"{arriving}{done.group('done')}时限" if done else None  # 设置应急救援点…(30分钟内到达现场)
    submitted = SUBMITTED.search(after, 0, action.end() + 8)
    submitted = submitted if submitted and submitted.end("what") >= action.end() else None
    if APPROVAL_DECIDED.search(after, 0, action.end()) or submitted:
        # 收到材料后7个工作日内作出准予许可的决定 → 审批时限; 15日内报送自查报告 → 自查报告报送时限
        name = submitted.group("what") + submitted.group("verb") if submitted else "审批"
        return f"提前{name}时间" if early else f"{name}时限"
    applied = APPLIED_FOR.match(after, action.end()) or APPLIED_BEFORE.search(after, 0, action.end())
    handled = after[max(0, action.start() - 2):action.start()] == "办理"  # (30日内查实并)办理退还 → 退还办理时限
    name = (applied.group(0) if applied else "") + action.group(0) + ("办理" if handled else "")  # 提出补贴申请 → 补贴申请时限
    paid = MOVED.search(after, 0, action.start()) or PAID_BEFORE.search(text, max(0, q.start - 30), q.start)
    name = (paid.group("what") if paid and not applied else "") + name  # 补偿款须在…30日内足额发放 → 补偿款发放时限
    return f"提前{name}时间" if early else f"{name}时限"


def support_term(raw: str, q: Quantity, inherit: bool) -> str | None:
    """How long a support is paid, when a span of time has no words of its own and borrows the support named before
    it (给予每人每月2000元生活补贴，最长不超过36个月 → 生活补贴期限); None for any other figure."""
    if not inherit or q.unit not in DURATION_UNITS or not SUPPORT_NAMED.search(raw or ""):
        return None
    return raw + "期限"

