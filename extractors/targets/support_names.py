"""A support named only by a generic word (奖励, 一次性奖励, 单个项目奖励, 专项经费) gets the name the notice gives it
elsewhere: the title of its item (``第三条【投资强度奖励】…单个项目最高不超过1000万元`` → 单个项目投资强度奖励; ``3.就餐补贴。
…给予每人次5元补贴`` → 就餐补贴), the class of beneficiary when one item pays several classes (``…设立区域总部的，一次性
奖励200万元；中国民营企业500强设立的，一次性奖励100万元``: a title tells them apart no more), or the funds its sentence
fronts (``将指挥部工作经费纳入年度预算，每年安排专项经费不少于80万元`` → 指挥部工作经费). A support paid per thing of a work
its words name is named by that work (``山塘清淤扩容每口补助3000元、渠道硬化每公里补助5万元`` → 山塘清淤扩容补助, 渠道硬化补助).

Reads the support words found for one figure and its clause's start; returns the words with the generic word
replaced, or None when they are not generic or nothing names them.
"""
from __future__ import annotations

import regex

from extractors.targets.clauses import sentence_start
from extractors.targets.word_lists import FUNDS

# a support word that names nothing of its own, with a cap per unit before it and a share after it:
# 奖励 / 一次性奖励 / 单个项目奖励 / 每户企业补贴 / 奖励占实际到位固定资产投资比例
GENERIC = regex.compile(r"(?P<per>(?:单个|每个|每户|每家)\p{Han}{1,4}?)?(?:一次性)?(?P<noun>奖励|补贴|补助|奖补|资助)"
                        r"(?P<share>占\p{Han}{2,20}比例|比例)?")
# a support named only by the level of the title it is paid for: 省级一次性奖励 / 市级奖励
LEVEL_PAID = regex.compile(r"(?P<level>(?:国家|省|市|县|区)级)(?:一次性)?(?P<noun>奖励|补贴|补助|奖补|资助)")
# a title earned at a level, in a class before: (新认定为)国家级(示范家庭农场)的种植大户 / (评为)省级(示范社)，
LEVEL_TITLE = regex.compile(r"(?:获得|获评|评定为|认定为|命名为|评为|评定|认定|创建为|创成)(?P<level>国家级|省级|市级|县级|区级)"
                            r"(?P<title>\p{Han}{2,20}?)(?=的|[，,；;。])")
# buying, in a share's base or before it: 设备购置额 / 购买 / 采购
PURCHASE = regex.compile(r"购置|购买|采购")
# the equipment bought, with at most two words of what it is for: 加工设备 / 农机装备 / 生产线
EQUIPMENT = regex.compile(r"\p{Han}{0,2}(?:设备|装备|机械|机具|生产线|仪器)")
# money a clause pays to match what the places spend, named by whom it pays: 对(市级示范村)按每村不超过80万元予以配套
CO_FUNDED = regex.compile(r"\s*对(?P<who>[^，,；;。按]{2,16}?)按[^，,；;。]{0,20}?(?:予以|给予)配套(?:资金|补助)?(?=[，,；;。]|$)")
# a support named only by its payee: 企业补贴 / 单位补助 / 个人奖励
PAYEE_PAID = regex.compile(r"(?:企业|单位|个人|机构)(?P<noun>补贴|补助|奖励|奖补)")
# a support named by a work and the payee doing it: 运营单位补贴 / 培训机构补助 (the work names it: 运营补贴)
WORK_PAYEE = regex.compile(r"(?P<work>运营|运行|管护|培训|服务)(?:单位|机构|主体)(?P<noun>补贴|补助|奖励|奖补)")
# funds named only by the level that puts them in and its verb: 县级每年安排 / 州级财政年度投入 (→ 县级资金)
LEVEL_ARRANGED = regex.compile(r"(?P<payer>(?:中央|省|自治区|市|州|县|区)级(?:财政)?)(?:每年|年度|年均)?(?:安排|投入|统筹)")
# the work done, closing the clause before the support: (企业)开展(新型学徒制培训)的， / 组织(岗前技能培训)的，
DONE_BEFORE = regex.compile(r"(?:开展|实施|举办|组织)(?P<what>\p{Han}{2,12}?)的[，,]\s*$")
# funds named by their kind only: 专项经费 / 工作经费 / 资金 / 预算安排
FUND_ONLY = regex.compile(r"(?:专项|工作|财政)?(?:经费|资金)|(?:年度)?预算(?:安排)?")  # …，2024年预算安排不低于…
# funds a sentence fronts and puts in a budget: 将防汛物资储备经费列入年度预算
FRONTED_FUND = regex.compile(rf"(?:将|把)(?P<thing>\p{{Han}}{{2,16}}?(?:经费|资金|{FUNDS}))(?:纳入|列入|足额纳入|全额纳入)")
# funds named only by how they are paid out: 已下达资金支持 / 累计拨付资金 / 安排经费
PAID_OUT_FUNDS = regex.compile(r"(?:已|累计|共|当年)?(?:下达|拨付|安排|投入|分配)(?:资金|经费)(?:支持)?")
# the fund a sentence says the money goes through, before it: (省财政)通过乡村道路养护奖补资金(对各县…给予支持)
CHANNEL_FUND = regex.compile(r"(?:通过|利用|从)(?P<fund>\p{Han}{2,16}?(?:资金|经费))")
# a work, what it is paid per and the support: 山塘清淤扩容每口补助 / 渠道硬化每公里补助 / 热泵安装每户一次性补贴 (not a payer:
# 县财政每户补助)
WORK_PER_THING = regex.compile(r"(?P<work>[\p{Han}（）()]{2,14}?)(?<!财政|政府|局|委|办|单位|企业|[人户])"
                               r"每(?:个|条|座|处)?\p{Han}{1,3}?(?:一次性)?(?:给予|奖励|补助|补贴|奖补)?(?P<noun>补助|补贴|奖补|奖励)$")
# words that are no work but a class of payer or people (每人 / 每户 / 省级), a base (在…标准的基础上) or a class closed by
# 的, a step done before it is paid (验收合格后) or the verb giving it (给予每人一次性补助): the work names a thing done
NOT_WORK = regex.compile(r"每|的|^(?:[省市县区乡镇州旗]级|对|按照?|在)|后$|(?:给予|予以)$")
# an item's title at the start of its line: 第三条【投资强度奖励】 / 【物流费用补贴】 / 3.就餐补贴。 / （二）建设补助。 /
# 4.设备更新奖励：
TITLE = regex.compile(
    r"\s*(?:第[一二三四五六七八九十百零\d]{1,5}条\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|\d{1,2}[.．、]\s*|"
    r"[一二三四五六七八九十]{1,3}、\s*)?(?:【(?P<bracketed>[^】\n]{2,16})】|(?P<plain>[^，,。；;：:\n\d]{2,14})[。：:])")
# a class of beneficiary closed by 的 before the support it gets: …设立区域总部或独立法人子公司的，一次性奖励 /
# …备案的，对建设单位一次性奖励 / …认定的，每家企业奖励
CLASS_PAID = regex.compile(r"(?:^|(?<=[。；;：:】\n]))\s*(?P<who>[^。；;：:，,\n]{2,80}?)的[，,]\s*(?:每\p{Han}{1,3}?)?(?:再|另|额外)*"
                        r"(?:对\p{Han}{2,8}?(?=一次性|给予|予以|奖励|补助|补贴|奖补))?(?:一次性|给予|予以|奖励|补助|补贴|奖补|按)")
# whom a clause pays, opening it with 对: 对引荐项目成功落地的中介机构或个人（公职人员除外），按… / 对改建的，按…
TO_WHOM = regex.compile(r"(?:^|(?<=[，,；;。：:】\n]))\s*对(?:于)?(?P<who>[^，,；;。：:]{2,80}?)(?=[，,]|给予|予以|按)")
# an item's number and bracketed title opening its first class, and 对: 第三条【休闲街区奖励】 / 对
ITEM_HEAD = regex.compile(r"^\s*(?:第[一二三四五六七八九十百零\d]{1,5}条)?\s*(?:【[^】]{1,16}】)?\s*(?:对于|对)?")
# where a class's thing is done, after the class: (世界500强企业)在某地设立… — the class is before it
WHERE_DONE = regex.compile(r"在\p{Han}{1,8}?(?=设立|注册|落户|投资|新建|建设|成立)")
# a verb and 的 opening a class: 新引进的 / 新认定的
OPENING_VERB = regex.compile(r"^(?:新)?\p{Han}{1,3}?的(?=\w{4})")

# a class closing the clause before a support, at its start: (家庭农场新获得地理标志认证)的，
# (or closed by the kind of payee earning it: 新认定为省级专精特新企业的制造企业，)
CLASS_BEFORE = regex.compile(r"(?:^|(?<=[。；;：:，,】\n]))\s*(?:第[一二三四五六七八九十百零\d]{1,5}条\s*)?(?P<who>(?:[^。；;：:，,\n\d]|\d(?=[A-Z])){2,40}?)"
                          r"(?P<closed>的)?[，,]\s*$")
# a class opening the clause that pays it, after an item's number: (对)新评定的省级旅游度假区(一次性奖励); a heading
# line (六、补助) is no class
CLASS_OWN = regex.compile(r"\s*(?>第[一二三四五六七八九十百零\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                       r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?\s*(?:对于|对)?"
                       r"(?P<who>(?:[^，,；;。：:\d\n]|\d(?=[A-Z])){2,30}?)"
                       r"(?:一次性)?(?:给予|予以)?(?:一次性)?(?:奖励|补助|补贴|奖补|资助)(?!标准|资金|的|和|、|及)")
# a sentence opening with the work it pays for, alone in its clause: 新建标准化养殖圈舍，(…给予一次性补助)
TOPIC_CLAUSE = regex.compile(r"\s*(?>第[一二三四五六七八九十百零\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                          r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?\s*"
                          r"(?P<who>(?:新建|改扩建|改建|扩建|新增|新购置|购置)[\p{Han}“”]{2,14})(?<!的)[，,]")
# a clause paying per one thing it counts: 每新增1只(能繁母羊) / 每吸纳1人
PER_ONE_THING = regex.compile(r"\s*每(?:新增|新建|新认定|吸纳|带动|安置|招用)?[1一]")
# the verb a class earns its title by, up to the last one: 新获得 / 新评定的 / 新认定为 / 被评为
EARNED_BY = regex.compile(r"^.*(?:获得|获评|获批|评定为|认定为|命名为|评为|评定|认定)的?")
# a kind of payee after the title earned: (省级专精特新企业)的制造企业
OF_KIND = regex.compile(r"的\p{Han}{1,8}$")
# words that are no class: a rate, a bound, a payer, a way of paying or a condition met (每亩 / 最高 / 按 / 财政 /
# 经验收合格后)
NOT_CLASS = regex.compile(r"每|最高|最多|不超过|按|标准$|财政|资金|奖励|补助|补贴|奖补|一次性|^(?:给予|予以|分别|各|再|另|可|均|同时|其中|在|根据|依据|参照|上述|前述|以上|该|此)|^[省市县区乡镇]级$|^经|后$|时$")


def named_support(text: str, c_start: int, raw: str) -> str | None:
    """``raw`` with its generic support word named by the item's title, the beneficiary's class or the funds its
    sentence fronts; None when ``raw`` is not generic or nothing names it."""
    fund = FUND_ONLY.fullmatch(raw or "") and FRONTED_FUND.search(text, sentence_start(text, c_start), c_start)
    if fund:  # 将指挥部工作经费纳入年度预算，每年安排专项经费不少于80万元: the funds the sentence fronted
        return fund.group("thing")
    channel = CHANNEL_FUND.search(text, sentence_start(text, c_start), c_start) \
        if PAID_OUT_FUNDS.fullmatch(raw or "") else None
    if channel:  # 省财政通过乡村道路养护奖补资金…给予支持，去年已拨付资金3.2亿元 → 乡村道路养护奖补资金
        return channel.group("fund")
    matched = CO_FUNDED.match(text, c_start)
    if matched:  # 对市级示范村按每村不超过80万元予以配套 → 市级示范村配套资金 (not the funds the clause before names)
        return matched.group("who") + "配套资金"
    arranged = LEVEL_ARRANGED.fullmatch(raw or "")
    if arranged:  # (统筹…资金，)2025—2027年县级每年安排不少于800万元 → 县级资金: the level's funds
        return arranged.group("payer") + "资金"
    work = WORK_PAYEE.fullmatch(raw or "")
    if work:  # 按实际见习人数每人每天60元标准给予运营单位补贴 → 运营补贴: named by the work paid for, not the payee
        return work.group("work") + work.group("noun")
    payee = PAYEE_PAID.fullmatch(raw or "")
    done = DONE_BEFORE.search(text, max(0, c_start - 30), c_start) if payee else None
    if done:  # 企业开展新型学徒制培训的，按每人每年4000元给予企业补贴 → 新型学徒制培训补贴: named by the work it pays for
        return done.group("what") + payee.group("noun")
    level = LEVEL_PAID.fullmatch(raw or "")
    if level:  # (新评为国家级示范社的，奖励50万元；)获评省级的，奖励20万元 → 省级示范社奖励
        title = _title_at_level(text, c_start, level.group("level"))
        return title + level.group("noun") if title else None
    generic = GENERIC.fullmatch(raw or "")
    if not generic:
        return None
    noun = generic.group("noun")
    titled = _support_title(text, c_start, noun)
    name = item_title(text, c_start, noun) if not generic.group("share") else None
    line = text.rfind("\n", 0, c_start) + 1
    classes = _classes(text, line)
    if titled and len(classes) >= 2:  # an item whose title names its support pays several classes: each by its class
        own = [m for m in classes if m.end() <= c_start + 8 and m.start("who") < c_start
               and "。" not in text[m.start("who"):c_start]]  # (…的，一次性奖励200万元；)…设立的，一次性奖励100万元
        name = _class_name(own[-1].group("who")) if own else None
        name = name + noun if name and len(name) <= 24 else None  # a long list of conditions names nothing short
    if name is None and not titled and not generic.group("share") and not generic.group("per"):
        earned = _class_earned(text, c_start)  # 首次获得有机食品认证的，每张证书奖励2万元 → 有机食品认证奖励
        name = earned + noun if earned else None
        return name
    if name is None and generic.group("share") and not generic.group("per") and PURCHASE.search(generic.group("share")):
        bought = _bought(text, c_start)  # 购置…冷藏设备，…按设备投资额的25%给予补助 → 冷藏设备补助占设备投资额比例
        name = bought + noun if bought else None
    if name is None:
        return None
    return (generic.group("per") or "") + name + (generic.group("share") or "")


def _bought(text: str, c_start: int) -> str | None:
    """The equipment its sentence says is bought before a share of the purchase is paid (一次性购置智能分拣设备 →
    加工设备); None when it names none."""
    found = None
    for verb in PURCHASE.finditer(text, sentence_start(text, c_start), c_start):
        clause_end = min([i for i in (text.find(m, verb.end(), c_start) for m in "，,；;") if i >= 0] or [c_start])
        found = EQUIPMENT.search(text, verb.end(), clause_end) or found  # (购买额在…: the amount, no thing bought)
    return found.group(0) if found else None


def _class_earned(text: str, c_start: int) -> str | None:
    """The class a support is paid to, opening the clause itself (对新评定的省级旅游度假区一次性奖励…) or closing
    the clause before (…首次获得有机食品认证的，每张证书奖励…), without the verb it is earned by (新获得, 新评定的); None
    when neither names one."""
    if PER_ONE_THING.match(text, c_start):
        return None  # (发展滩羊养殖的，)每新增1只能繁母羊奖补300元: paid per the thing, which names it
    own = CLASS_OWN.match(text, c_start)
    before = CLASS_BEFORE.search(text, max(0, c_start - 60), c_start)
    if before and not EARNED_BY.search(before.group("who")):
        before = None  # (经检疫合格并落地隔离观察的，)每头补贴…: a condition met, no title earned
    topic = TOPIC_CLAUSE.match(text, sentence_start(text, c_start), c_start)
    for found in (own, before, topic):
        who = EARNED_BY.sub("", found.group("who")) if found else ""
        if NOT_CLASS.search(who):
            continue
        who = OF_KIND.sub("", who)
        if 2 <= len(who) <= 24 and not NOT_CLASS.search(who):  # 省级专精特新企业(的制造企业): the title earned names it
            return who
    return None


def item_title(text: str, c_start: int, noun: str) -> str | None:
    """The title of the item a clause stands in when it names a support ending with the support word of the generic
    ``noun`` (【投资强度奖励】 for 奖励 or 一次性奖励), and the item pays no several classes each named by its condition;
    None otherwise."""
    words = _support_title(text, c_start, noun)
    return None if not words or _several_classes(text, text.rfind("\n", 0, c_start) + 1) else words


def _support_title(text: str, c_start: int, noun: str) -> str | None:
    """The title of the item a clause stands in when it names a support of the generic ``noun``'s word, else None."""
    line = text.rfind("\n", 0, c_start) + 1
    line_end = text.find("\n", c_start)
    title = TITLE.match(text, line, len(text) if line_end < 0 else line_end)
    words = (title.group("bracketed") or title.group("plain")) if title else None
    generic = GENERIC.fullmatch(noun)
    if not words or not generic or title.end() > c_start or not words.endswith(generic.group("noun")) \
            or GENERIC.fullmatch(words):
        return None
    return words


def _classes(text: str, line: int) -> list:
    """The classes of beneficiary an item's line pays, each closed by 的 before its support."""
    line_end = text.find("\n", line)
    return list(CLASS_PAID.finditer(text, line, len(text) if line_end < 0 else line_end))


def _several_classes(text: str, line: int) -> bool:
    """Whether an item's line pays several classes of beneficiary (对甲…，给予…；对改建的，按…): its title, one name for
    all of them, tells none apart."""
    line_end = text.find("\n", line)
    line_end = len(text) if line_end < 0 else line_end
    starts = {m.start("who") for m in _classes(text, line)}
    starts |= {m.start("who") for m in TO_WHOM.finditer(text, line, line_end)}
    return len(starts) >= 2


def _class_name(who: str) -> str:
    """The class a support is paid to: 新引进的世界500强、中国500强企业在某地设立区域总部 → 世界500强、中国500强企业."""
    who = ITEM_HEAD.sub("", who)
    where = WHERE_DONE.search(who)
    if where and where.start() >= 4:
        who = who[:where.start()]
    return OPENING_VERB.sub("", who)


def work_paid_per_thing(words: str) -> str | None:
    """The support a work is paid per thing, named by the work: 山塘清淤扩容每口补助 → 山塘清淤扩容补助; None else."""
    m = WORK_PER_THING.fullmatch(words or "")
    if not m or NOT_WORK.search(m.group("work")):
        return None
    return m.group("work") + m.group("noun")


def _title_at_level(text: str, c_start: int, level: str) -> str | None:
    """The title a bare level names (新评为省级的 after 新评为国家级农民合作社示范社的…): that title at this level,
    from the last class before it in its paragraph earning it at another level; None when none does."""
    line = text.rfind("\n", 0, c_start) + 1
    earlier = [m for m in LEVEL_TITLE.finditer(text, line, c_start) if m.group("level") != level]
    if not earlier or regex.search(rf"{level}\p{{Han}}", text[earlier[-1].end():c_start].replace(level + "的", "")):
        return None
    return level + earlier[-1].group("title")
