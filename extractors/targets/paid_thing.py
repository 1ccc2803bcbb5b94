"""The thing a support pays for, read from the class it is paid to: a class that builds, buys or rents a thing names
the support by that thing, not by who gets it (对在园区新建或租赁、…的共享中试车间 → 共享中试车间; 对村集体新建的农产品
产地集配中心 → 农产品产地集配中心; 对新建容积5000立方米以上气调库的合作社 → 新建气调库, the cooperative being the payee);
a share of an investment in a named thing names it too (按新购烘干设备投资额的30% → 新购烘干设备投资); so does a thing
paid per piece (按每座公厕2万元 → 公厕补助).

Reads a class of beneficiary, a share's base or the words before an amount; returns the thing's words, or None.
"""
from __future__ import annotations

import regex

# a verb of working on a thing: 新建 / 改扩建 / 改造提升 / 购买 / 租赁 (a chain of them joined: 新建或改造提升)
VERB = r"新建|改扩建|扩建|购买|购置|租用|租赁|改造提升|提升改造|改造|改建|提升"
CHAIN = regex.compile(rf"(?:{VERB})(?:[或和及与、]?(?:{VERB}))*")
# a verb that makes or gets a thing anew (not work on one there already: 改造 / 改建 alone name the work)
NEW = regex.compile(r"新建|改扩建|扩建|购买|购置|租用|租赁")
# a payee closing the class, not a thing: (…的)果蔬专业合作社 / 农产品加工企业 / 养殖户 / 居民 / 经营主体 / 个人
PAYEE = regex.compile(r"(?:企业|公司|户|主体|合作社|社|单位|个人|机构|农场|人员|人才|者|居民|家庭|群众|对象)$")
# a measure and its threshold inside the thing's words: 容积5000立方米以上 / 面积在300平方米以上
MEASURED = regex.compile(r"(?:库容|容积|面积|规模|存栏|长度|容量|体积)(?:在|达到?)?[\d.]+[万亿千百]?\p{Han}{0,4}?"
                         r"(?:及以上|以上|以下)")
# qualifiers of a thing bought, between the verb and the thing: (购买)经省级以上鉴定合格(良种母牛) / 经检疫合格的
QUALIFIED = regex.compile(r"经\p{Han}{0,12}?(?:鉴定|认定|检测|检疫|检验|验收|评定)合格的?")
# another verb phrase joined to the verb, no object: (新建)并依法备案 / 且 / 后
ANOTHER_ACT = regex.compile(r"[并且后，,]")
# money the class borrows or pays for what it buys, the thing a support pays on: (购买家电的)消费贷款 / 保费
LOANED = regex.compile(r"(?:贷款|保费|费用)$")
# a thing that names nothing of its own: (…新建的)项目 / 工程 / 平台
BARE_THING = regex.compile(r"项目|工程|平台|载体|设施|主体")
# words that are no thing: a figure, a list of conditions or a bracket left open (建筑面积1000平方米以上)
NOT_THING = regex.compile(r"\d|[，,；;]")


def thing_paid_for(who: str) -> str | None:
    """The thing a class of beneficiary builds, buys or rents (see the module), or None."""
    head, sep, tail = who.rpartition("的")
    chain = next((c for c in CHAIN.finditer(head) if NEW.search(c.group(0))), None) if sep else None
    if chain is None:
        return None  # (对完成户厕改造并验收合格的农户: work on a thing there already, named by the work)
    if ANOTHER_ACT.search(head, 0, chain.start()):
        return None  # 交售旧车并购买新车(的居民): the verb a later act of a list of conditions
    measured = MEASURED.sub("", head[chain.end():])
    rest = QUALIFIED.sub("", measured)
    if ANOTHER_ACT.search(rest):
        return None  # 新建并依法办理备案、床位数不少于30张(的养老机构) / 新建成并通过评估: a list of conditions
    if NOT_THING.search(rest) or rest.startswith("、"):  # 新建或租赁、建筑面积1000平方米以上…: conditions, no object
        rest = ""
    if rest and not LOANED.search(tail) and (PAYEE.search(tail) or measured == head[chain.end():]):
        # 新建容积5000立方米以上气调库(的…合作社) / 新建防雹网(的果园): the verb and its object (not 新建连片规模…以上(的
        # 示范园), a measure of the thing the class names)
        thing = chain.group(0) + rest
    elif PAYEE.search(tail):
        return None
    else:  # (…新建或租赁…的)共享中试车间: the thing itself
        thing = tail
    thing = thing.strip("，,、 ")
    return thing if 2 <= len(thing) <= 20 and not NOT_THING.search(thing) and not BARE_THING.fullmatch(thing) else None


# an investment in a named thing, the base of a share: 新购烘干设备投资额 / 冷链设施购置额 (not 实际投资额 / 项目总投资: no thing)
INVESTED = regex.compile(r"(?P<thing>\p{Han}{2,10}?)(?P<what>投资|购置)(?:总)?(?:额|费用|金额)")
# words that name no thing invested in: 实际 / 项目 / 其 / 总 / 固定资产
NO_THING = regex.compile(r"^(?:其|该)?(?:实际|项目|年度|当年|累计|固定资产|总|有效|合同)*$")


def invested_thing(base: str | None) -> str | None:
    """The thing a share's base says is invested in or bought (按新购烘干设备投资额的30%给予补助 → 新购烘干设备投资), naming the
    support paid for it; None when the base names no thing (实际投资额, 项目总投资)."""
    found = INVESTED.fullmatch(base or "")
    if not found or NO_THING.fullmatch(found.group("thing")):
        return None
    return found.group("thing") + found.group("what")


# an amount paid per piece of a thing its words name, right before the amount: (按)每座公厕(2万元) / 每处垃圾收集点 / 每块标识牌
PER_PIECE = regex.compile(r"每[块座处套台辆张间只头](?P<thing>(?:(?!补|奖|给予|予以|最高|不超过|不高于|按|标准|每|年度|每年)\p{Han}){2,8})\s*$")
# the next or last item of a list of pieces, each with its amount: (15元)、每块(标识牌) / (2万元、)每处(…)
NEXT_PIECE = regex.compile(r"[、，,]\s*每[块座处套台辆张间只头]")
PREVIOUS_AMOUNT = regex.compile(r"元[、，,]\s*$")
# a support named by its bare noun only: 补助 / 补贴 / 奖励 / 奖补 / 一次性补助
BARE_NOUN = regex.compile(r"(?:一次性)?(?:补助|补贴|奖励|奖补|资助)")


def piece_named(text: str, c_start: int, q_start: int, q_end: int, noun: str) -> str | None:
    """A bare support noun named by the thing it is paid per piece of (按每座公厕2万元、每处垃圾收集点5000元的标准…予以补助 →
    公厕补助, 垃圾收集点补助), in a list of such pieces; None for any other figure or noun."""
    piece = PER_PIECE.search(text, c_start, q_start) if BARE_NOUN.fullmatch(noun or "") else None
    if piece is None or not (NEXT_PIECE.match(text, q_end) or PREVIOUS_AMOUNT.search(text, max(0, piece.start() - 3),
                                                                                     piece.start())):
        return None  # (按每张床位5000元给予补贴: one piece, the unit it is paid by, no list of things paid for)
    return piece.group("thing") + noun
