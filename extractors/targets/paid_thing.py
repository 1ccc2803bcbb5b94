"""The thing a support pays for, read from the class it is paid to: a class that builds, buys or rents a thing names
the support by that thing, not by who gets it (对新建或租用…的公共海外仓 → 公共海外仓; 对乡镇新建或改造提升的食品摊贩
集中经营区（点） → 食品摊贩集中经营区（点）; 对新建库容1万立方米以上冷库的预制菜企业 → 新建冷库, the firm being the payee;
对新建标准化暖棚面积在200平方米以上的养殖户 → 新建标准化暖棚).

Reads the words of a class of beneficiary; returns the thing's words, or None when the class builds or buys nothing.
"""
from __future__ import annotations

import regex

# a verb of building, buying or renting a thing: 新建 / 改扩建 / 改造提升 / 购买 / 购置 / 租用 / 租赁
BUILT = regex.compile(r"新建|改扩建|改建|扩建|改造|购买|购置|租用|租赁|建设|建成")
# a payee closing the class, not a thing: (…的)预制菜企业或冷链物流企业 / 养殖户 / 合作社 / 经营主体 / 个人
PAYEE = regex.compile(r"(?:企业|公司|户|主体|合作社|社|单位|个人|机构|农场|人员|人才|者)$")
# a measure and its threshold inside the thing's words: 库容1万立方米以上 / 面积在200平方米以上
MEASURED = regex.compile(r"(?:库容|容积|面积|规模|存栏|长度|容量|体积)(?:在|达到?)?[\d.]+[万亿千百]?\p{Han}{0,4}?"
                         r"(?:及以上|以上|以下)")
# qualifiers of a thing bought, between the verb and the thing: (购买)经州级以上鉴定合格(种公牛) / 经检疫合格的
QUALIFIED = regex.compile(r"经\p{Han}{0,12}?(?:鉴定|认定|检测|检疫|检验|验收|评定)合格的?")
# a thing that names nothing of its own: (…新建的)项目 / 工程 / 平台
BARE_THING = regex.compile(r"项目|工程|平台|载体|设施|主体")
# words that are no thing: a figure, a list of conditions or a bracket left open (单仓面积2000平方米以上)
NOT_THING = regex.compile(r"\d|[，,；;]")


def thing_paid_for(who: str) -> str | None:
    """The thing a class of beneficiary builds, buys or rents (see the module), or None."""
    head, sep, tail = who.rpartition("的")
    verbs = list(BUILT.finditer(head)) if sep else []
    if not verbs:
        return None
    if not PAYEE.search(tail):  # (…新建或租用…的)公共海外仓: the thing itself
        thing = tail
    else:  # 新建库容1万立方米以上冷库(的…企业): the verb's object, without its threshold
        thing = MEASURED.sub("", head[verbs[0].start():])
    thing = QUALIFIED.sub("", thing).strip("，,、 ")
    return thing if 2 <= len(thing) <= 20 and not NOT_THING.search(thing) and not BARE_THING.fullmatch(thing) else None


# an investment in a named thing, the base of a share: 新增设备投资额 / 冷链设施购置额 (not 实际投资额 / 项目总投资: no thing)
INVESTED = regex.compile(r"(?P<thing>\p{Han}{2,10}?)(?P<what>投资|购置)(?:总)?(?:额|费用|金额)")
# words that name no thing invested in: 实际 / 项目 / 其 / 总 / 固定资产
NO_THING = regex.compile(r"^(?:其|该)?(?:实际|项目|年度|当年|累计|固定资产|总|有效|合同)*$")


def invested_thing(base: str | None) -> str | None:
    """The thing a share's base says is invested in or bought (按新增设备投资额的20%给予补助 → 新增设备投资), naming the
    support paid for it; None when the base names no thing (实际投资额, 项目总投资)."""
    found = INVESTED.fullmatch(base or "")
    if not found or NO_THING.fullmatch(found.group("thing")):
        return None
    return found.group("thing") + found.group("what")


# an amount paid per piece of a thing its words name, right before the amount: (按)每块门牌(15元) / 每座公厕 / 每处站点
PER_PIECE = regex.compile(r"每[块座处套台辆张间只头](?P<thing>(?:(?!补|奖|给予|予以|最高|不超过|不高于|按|标准|每|年度|每年)\p{Han}){2,8})\s*$")
# a support named by its bare noun only: 补助 / 补贴 / 奖励 / 奖补 / 一次性补助
BARE_NOUN = regex.compile(r"(?:一次性)?(?:补助|补贴|奖励|奖补|资助)")


def piece_named(text: str, c_start: int, q_start: int, noun: str) -> str | None:
    """A bare support noun named by the thing it is paid per piece of (按每块门牌15元、每块地名标志800元的标准…予以补助 →
    门牌补助, 地名标志补助); None for any other figure or noun."""
    piece = PER_PIECE.search(text, c_start, q_start) if BARE_NOUN.fullmatch(noun or "") else None
    return piece.group("thing") + noun if piece else None
