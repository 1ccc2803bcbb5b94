"""What a figure is given per: the thing or period of a unit of money (每亩1500元 → 元/亩, 每人每月500元 → 元/月,
每户每次3000元 → 元/户次), the base of people, households or livestock a count or measure is set per (按每万人不超过2家
→ 家/万人, 每羊单位不少于50公斤 → 公斤/羊单位), and what a bare 按…元的标准 standard charges (可按每户每月5元的标准
收取垃圾处理费 → 垃圾处理费)."""
from __future__ import annotations

import regex

from extractors.targets.paired_pieces import paired_piece
from extractors.numbers import DURATION_UNITS, Quantity, find_quantities
from extractors.targets.insured_sums import insured_sum_words

# support given per thing (按每亩1500元 / 每辆车最高3万元 / 每间客房1万元 / 每人次20元 / 每户不超过2万元 / 亩均财政
# 投入3000元 / 每起奖励200元): the amount
# keeps the thing it is paid for as its unit (group ``thing``: 元/亩, 元/辆, 元/间, 元/人次, 元/户), a monthly
# allowance its month (每人每月500元 → 元/月), an allowance per head and year or day its period (每人每年6000元 →
# 元/年, 每人每天50元 → 元/天, 每生每学期300元 → 元/学期, 每人每半天200元 → 元/半天; 每课时40元 → 元/课时; 每校每年5万元 → 元/校;
# 每新增1头能繁母牛奖补3000元 → 元/头; 每个村每年800元 / 每村奖励5万元 → 元/村, the thing after 个; 每批给予2万元 →
# 元/批, 每队给予5000元 → 元/队; 每穴300元 → 元/穴, 每具 → 元/具, 每例 → 元/例; 每户每个供暖期 → 元/户: a season is no thing; 每船最高2000元 → 元/船, 每站 → 元/站,
# 对成功发射的运载火箭每发奖励300万元 → 元/发: a launch, only right before the support; 每船次 → 元/船次, a trip; 每度电 → 元/度;
# 每剂次采购单价不超过86元 → 元/剂次, a dose); an
# amount per year is the amount (每年安排5000万元 → 元)
PER_THING = regex.compile(
    r"每(?:(?P<month>月)|(?P<period>年|天|日|学期|半天|半日)|个(?P<thing>村|社区|乡镇|镇|街道)|(?:新增|吸纳|带动|安置|招用|培育|引进)?[1一]?(?P<thing>吨标准煤|标准箱|平方米|立方米|千瓦时|千瓦|公里|课时|公顷|公斤|千克|人次|户次|剂次|列次|架次|班次|车次|船次|艘次|间夜|"
    r"生(?![产成活态效])|"
    r"[套间件台座处卷][（(][套间件台座处卷][）)]|"  # 每套（间）1万元 → 元/套（间）: the thing with its alternative
    r"[亩吨户人家头台辆套座张床间项名位所校处只次起件条餐列幢栋孩艘株棵羽匹峰店穴例桌]|度(?=电)|块(?!钱)|箱(?![包体式])|具(?![有备体])|船(?![员东舶长主次])|站(?!长)|发(?=奖|补|给|最|不超|\d)|单(?![位个独项次])|个(?!\p{Han}{0,2}季)|部(?![门委署分位])|村(?!民)|组(?!织)|口(?![径岸罩头]))"
    r"|\p{Han}{1,6}?[1一](?P<thing>[人户家名]))|(?P<avg_month>月人均|人均月)|(?P<average>[亩户人])均"
)  # 月人均补助 / 人均月补助: per head and month, 元/月
# the heads an allowance per head and period is paid to, whose period is its unit: 每人每年 / 每生每年 / 每孩每年 /
# 每户每年 / 每名…每年 / 每处每年 (每亩每年, 每校每年, 每个村每年: per mu, school, village)
PER_HEAD = frozenset({"人", "生", "处", "户", "孩", "名"})
# a head counted by 个 or 位 and named after it: 每个家庭每年 / 每位老人每年 (a period per head, like 每户每年)
HEAD_NAMED = regex.compile(r"家庭|老人|老年人|学生|儿童|婴幼儿|职工")
# a head paid per time, the two written as one count: 每户每次 → 户次, 每人每次 → 人次
PER_HEAD_TIME = frozenset({"人", "户"})
# a cap per enterprise (每家企业每年最高30万元 / 每家每年最高50万元 / 每个单位每年奖励总额不超过3万元 / 每户企业补贴总额最高不超过10万元 / 每家旅行社年度奖励
# 最高… / 按…的40%给予奖补，每个街道最高奖补6万元), not per household (每户最高不超过5000元 → 元/户)
CAP_PER_FIRM = regex.compile(r"每(?:家|户(?=\p{Han}{0,4}?企业)|个(?=单位|企业|主体|项目|机构|乡镇|街道|社区))\p{Han}{0,14}?"
                             r"(?:最高|最多|不超过|不高于)")
# 企业 after 每户: an enterprise, no head (每户企业每年…)
FIRM_AFTER = regex.compile(r"\p{Han}{0,4}?企业")
# a support given at a rate or per thing, earlier in the sentence: 按展位费的70%给予补助 / 奖励100元 / 每吨补贴300元
RATE_OR_AMOUNT = regex.compile(r"\d(?:\.\d+)?\s*(?:%|％|万?元)")
# a sentence's (or list item's) start: after 。；or a line break
SENTENCE_MARKS = "。；;\n"
# what a standard of money is charged as, after it: (每户每月5元)的标准收取垃圾处理费 → 垃圾处理费
CHARGED = regex.compile(r"(?:的)?(?:标准|价格)?(?:收取|缴纳|计收|征收|核收|收缴)(?P<what>\p{Han}{2,8}?)(?=[，,。；;]|$)")
# an amount per head and period as a table header writes it: 元/人·月 / 元/人/年 / 元/户·月
PER_HEAD_PERIOD = regex.compile(r"^元/(?:人|户|名)[·•/](?P<period>月|年|天|日)$")
# the one person or household an amount in the next clause is paid per, closing the clause before it:
# (每超计划招用)1人，(给予奖励2000元) / 每新吸纳1户，
PER_ONE_CLAUSE = regex.compile(r"每\p{Han}{1,8}?[1一](?P<thing>[人户家名])\s*[，,]\s*$")
# an amount added to a support the sentence gave before, right before it: 再增加 / 另给予 / 再提高
ADDED_ON = regex.compile(r"(?:再|另行?|额外)(?:增加|给予|提高)(?:补助|补贴|奖励|奖补)?$")
# a support paid every year, opening its clause: 每年(一次性)奖励 / 每年给予补助(最高)
YEARLY_PAID = regex.compile(r"每年(?:一次性)?(?:给予|予以)?(?:一次性)?(?:奖励|补助|补贴|奖补)(?:最高|不超过|不高于)?")
# the class of things each paid, a clause of its own before the support: 对考核评定为优秀等次的托育机构，
CLASS_CLAUSE = regex.compile(r"(?:^|[。；;\n])\s*对[^，,。；;\n]{2,40}?的\p{Han}{1,8}[，,]\s*$")
# words that name nothing, only how a figure applies: 可按 / 按照 / 应当按, maybe after who applies it: 各乡镇可按, maybe
# with what it is per: 可按每单
HOW_ONLY = regex.compile(r"(?:(?:可以?|应当?|须|原则上)?(?:按照?|依照?|参照)?"
                         r"|[\p{Han}、（）()]{1,10}?(?:可以?|应当?|须|原则上)(?:按照?|依照?|参照))"
                         r"(?:每(?:人次|人|户|单|次|件|吨|月|年|天|日)){0,2}")  # 可按每次(不超过5元收取上门服务费)
# what a standard of money relieves, after it: (每户每月不超过10元)的标准减免污水处理费 → 污水处理费减免
RELIEVED = regex.compile(r"(?:的)?(?:标准)?(?:予以|给予)?(?:减免|免收|减收|免除)(?P<what>\p{Han}{2,8}?)(?=[，,。；;]|$)")


def support_unit(text: str, q: Quantity, c_start: int, averages: bool = True) -> str | None:
    """The unit of support paid per thing: 每亩补助1500元 → 元/亩, 每辆车最高3万元 → 元/辆, 每户不超过2万元 →
    元/户, 每人每月500元 → 元/月 (a monthly allowance), 每人每年6000元 → 元/年, 每人每天50元 → 元/天 (每生每天: per
    pupil, 每处每年: per site, the same); None for an amount (每年安排1200万元, 单个项目最高500万元); ``averages``:
    户均/人均 count too (a rule's 户均年增收 is an amount, not per head)."""
    if q.unit != "元" or insured_sum_words(text, q):
        return None  # 为每名…购买保额不低于30万元的…险: the sum of each policy, in 元
    found = list(PER_THING.finditer(text, c_start, q.start))
    month = next((m for m in found if m.group("month") or (averages and m.group("avg_month"))), None)
    if month:
        return "元/月"
    things = [m for m in found if not m.group("period") and not m.group("avg_month")
              and (averages or not m.group("average"))]
    period = next((m for m in found if m.group("period")), None)
    if things and firm_cap(text, q, c_start):
        return None  # 按展位费的70%给予补助，每家企业每年最高20万元: the cap one enterprise may receive, an amount
    head = (things[0].group("thing") or things[0].group("average")) if things else None
    if head in ("个", "位") and HEAD_NAMED.match(text, things[0].end()):
        head = "户"  # 每个家庭每年领取的取暖补贴合计不超过1500元: per household and year, 元/年
    if things and period and head in PER_HEAD and things[0].start() < period.start() \
            and not (head == "户" and FIRM_AFTER.match(text, things[0].end())):
        # 每人每年6000元 / 人均生活补助标准提高到每人每年2400元: an allowance per head and year, like 每人每月 (每亩每年…:
        # per mu; 每年安排…: the amount)
        return f"元/{period.group('period')}"
    if things and period and things[-1].start() < period.start() and _running_cost(text, q, c_start):
        # 按每张每年600元给予运营补贴 / 每个托育点每年运营补贴最高3万元: a facility's running subsidy, paid by the year
        return f"元/{period.group('period')}"
    # 每条航线每班次给予5万元: the thing nearest the amount is what it is paid per
    if things and (paired := paired_piece(text, q, c_start)):
        return f"元/{paired}"  # (良种母牛、良种母羊，)每头（只）分别补助1500元、300元: 元/头, 元/只
    if things:
        return f"元/{_nearest_thing(things)}"
    before = PER_ONE_CLAUSE.search(text, max(0, c_start - 20), c_start)
    added = ADDED_ON.search(text, max(c_start, q.start - 8), q.start) if not period and not before else None
    if added:  # 按每个普查小区300元…补助，对城区普查小区再增加100元: added per the same thing, 元/个
        start = max(text.rfind(mark, 0, c_start) for mark in SENTENCE_MARKS) + 1
        base = [b for b in find_quantities(text, start, c_start) if b.unit == "元"]
        return support_unit(text, base[-1], start) if base else None
    if period and not before and YEARLY_PAID.fullmatch(text, period.start(), q.start) \
            and CLASS_CLAUSE.search(text, max(0, c_start - 60), c_start):
        return f"元/{period.group('period')}"  # 对评为优秀等次的托育机构，每年一次性奖励2万元: each of them, every year
    return f"元/{before.group('thing')}" if before and not period else None


# a cap, the most a thing may get: 最高 / 不超过
CAP_WORD = regex.compile(r"最高|最多|不超过|不高于")
# a subsidy of running a facility (运营补贴 / 运营补助 / 运营奖补 / 运营奖励), before the amount or right after it
RUNNING = regex.compile(r"运营(?:补贴|补助|奖补|奖励|经费)")
RUNNING_AFTER = regex.compile(r"[^，,。；;]{0,10}?运营(?:补贴|补助|奖补|奖励|经费)")


def _running_cost(text: str, q: Quantity, c_start: int) -> bool:
    """Whether an amount per thing and year pays for running the thing (每所每年3000元的标准给予运营补贴), or caps
    a running support its sentence gives before it (按每立方米0.2元给予运营补贴，每个污水处理站每年最高8万元)."""
    if RUNNING.search(text, c_start, q.start) or RUNNING_AFTER.match(text, q.end):
        return True
    # only a cap takes the year of a running support given before (…给予运营补助，补助标准为每个托位每年2000元: 元/个)
    start = max(text.rfind(mark, 0, c_start) for mark in SENTENCE_MARKS) + 1
    return bool(CAP_WORD.search(text, c_start, q.start)) and bool(RUNNING.search(text, start, c_start))


def _nearest_thing(things: list) -> str:
    """The thing nearest an amount (每条航线每班次 → 班次), a head and a time written as one count (每户每次 → 户次,
    每人每次 → 人次)."""
    last = things[-1]
    if last.group("thing") == "次" and len(things) > 1 \
            and things[-2].group("thing") in PER_HEAD_TIME and things[-2].end() == last.start():
        return f"{things[-2].group('thing')}次"
    return last.group("thing") or last.group("average")


def firm_cap(text: str, q: Quantity, c_start: int) -> bool:
    """Whether money is the cap one enterprise may receive of a support given at a rate or per thing before it in the
    sentence (按服务合同金额的50%予以抵扣，每家企业每年最高30万元 / 按每人1000元标准给予补贴，每户企业补贴总额最高不超过
    10万元): an amount (元), as a cap per project is; 每家企业每年最高5000元 alone is paid per enterprise (元/家)."""
    if not CAP_PER_FIRM.search(text, c_start, q.start):
        return False
    start = max(text.rfind(mark, 0, c_start) for mark in SENTENCE_MARKS) + 1
    return RATE_OR_AMOUNT.search(text, start, c_start) is not None


# only a bound between a thing an amount is per and the amount: 每亩(不低于)500万元 / 每平方米(最高)100元 / 每桌(标准不超过)500元
BOUND_BETWEEN = regex.compile(r"(?:标准)?(?:不低于|不少于|不超过|不高于|最高|最低|至少|达到|为|约)?")


# a base of people, households or livestock a count or measure is set per, right before it (group ``base``): 按每万人
# (不超过2家) / 每千名服务老年人(不少于1名) / 每300户(不少于1名) / 每羊单位(不少于50公斤); the noun of a base of
# people counted by 名 is its last word (服务老年人 → 老年人)
PER_BASE = regex.compile(
    r"每(?:(?P<size>[百千万]|[1-9]\d{1,4})(?:(?P<who>人口|人|户)|名\p{Han}{0,4}?(?P<whom>老年人|学生|儿童|职工|居民|农户))"
    r"|(?P<stock>羊单位|牛单位|标准亩))")
# a day a capacity is set per, right before it: (应急保供能力不低于)每日(2000吨) / 达到每天(12万吨)
PER_DAY = regex.compile(r"每(?:日|天)")
# counts of occasions, never per day in this sense: 每天不少于2次 is how often
OCCASIONS = frozenset({"次", "期", "场", "场次", "轮"})
# 人口 of a base is written 人 in the unit: 每万人口 → /万人
BASE_WORDS = {"人口": "人"}


def per_base_unit(text: str, q: Quantity, c_start: int) -> str | None:
    """The unit of a count or measure set per a base of people, households or livestock stated right before it (按每万人
    不超过2家 → 家/万人, 每300户不少于1名 → 名/300户, 按照每千名服务老年人不少于1名 → 名/千名老年人, 每羊单位不少于50公斤 →
    公斤/羊单位); None for money (``per_unit_before``), a unit with a base already, or no base right before."""
    if not q.unit or q.unit_kind != "count" or "/" in q.unit:
        return None
    last = None
    for last in PER_BASE.finditer(text, c_start, q.start):
        pass
    if last is None or not BOUND_BETWEEN.fullmatch(text, last.end(), q.start):
        day = PER_DAY.search(text, max(c_start, q.start - 6), q.start)
        if day and q.unit not in OCCASIONS and q.unit not in DURATION_UNITS and BOUND_BETWEEN.fullmatch(text, day.end(), q.start):
            return f"{q.unit}/日"  # 应急储运能力不低于每日500吨 → 吨/日
        return None
    if last.group("stock"):
        return f"{q.unit}/{last.group('stock')}"
    who = last.group("who")
    base = BASE_WORDS.get(who, who) if who else "名" + last.group("whom")
    return f"{q.unit}/{last.group('size')}{base}"


def per_unit_before(text: str, q: Quantity, c_start: int) -> str | None:
    """The unit of money stated right after the thing it is per, whatever the kind (新引进项目固定资产投资强度不低于每亩500万元 →
    元/亩), or of a count or measure right after the base it is set per (``per_base_unit``: 按每万人不超过2家 → 家/万人);
    None when no such thing stands right before the figure (每亩补助1500元 is ``support_unit``'s)."""
    if q.unit != "元":
        return per_base_unit(text, q, c_start)
    found = list(PER_THING.finditer(text, c_start, q.start))
    if not found or not found[-1].group("thing") or not BOUND_BETWEEN.fullmatch(text, found[-1].end(), q.start):
        return None
    return f"元/{_nearest_thing(found)}"


def header_per_unit(words: str, unit: str | None) -> str | None:
    """The unit of a table column of money whose header says what it is paid per: 租房提取每月最高额度（元） → 元/月,
    每亩补助（元） → 元/亩; else the header's unit."""
    if unit != "元":
        return unit
    found = list(PER_THING.finditer(words))
    if any(m.group("month") or m.group("avg_month") for m in found):
        return "元/月"
    things = [m.group("thing") for m in found if m.group("thing")]
    return f"元/{things[-1]}" if things else unit


def charged_words(text: str, q: Quantity, raw: str | None, c_end: int) -> tuple[str, bool] | None:
    """What a money standard charges when the words before it name nothing: 可按每人每月3元的标准收取水费 → 水费, or
    relieves (各乡镇可按每户每年不超过80元的标准减免垃圾处理费 → 垃圾处理费减免, support: True); None when the words before
    it name the figure already; the sum an insurance must cover: 购买保额不低于30万元的团体意外险 → 团体意外险保额)."""
    insured = insured_sum_words(text, q)
    if insured:
        return insured, False
    if q.unit != "元" or (raw and not HOW_ONLY.fullmatch(raw)):
        return None
    charged = CHARGED.match(text, q.end, c_end)
    relieved = RELIEVED.match(text, q.end, c_end) if not charged else None
    return (charged.group("what"), False) if charged else (relieved.group("what") + "减免", True) if relieved else None


def per_head_period(unit: str | None) -> str | None:
    """元/人·月 → 元/月 (an allowance per head and month, like 每人每月); any other unit as it is."""
    m = PER_HEAD_PERIOD.match(unit or "")
    return f"元/{m.group('period')}" if m else unit


# 每月 before an amount, not a day of the month (每月10日前拨付): 每月提取金额最高不超过1200元
EVERY_MONTH = regex.compile(r"每(?:人每)?月(?!\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|底|末|初)")


def periodic_unit(text: str, q: Quantity, c_start: int) -> str | None:
    """The unit of money given per month, or per head and period, by its clause's own words, whatever its kind
    (每月提取金额最高不超过1200元 → 元/月, 按实际招用人数每人每年6000元定额扣减… → 元/年); None for any other money."""
    if q.unit != "元":
        return None
    if EVERY_MONTH.search(text, c_start, q.start):
        return "元/月"
    unit = support_unit(text, q, c_start, averages=False)
    return unit if unit in PERIOD_UNITS else None


# the units of money given per head and period
PERIOD_UNITS = frozenset({"元/年", "元/天", "元/日", "元/学期"})
# money measured per mu of land, whatever it is (亩均投资 / 亩均税收 / 亩均财政投入), or paid per head or household (人均
# 培育经费 / 基本公共卫生服务经费人均财政补助标准 / 户均年补奖资金; not 人均可支配收入 or 户均增收, an amount)
AVERAGE = regex.compile(r"亩均|(?P<who>[人户])均(?=\p{Han}{0,10}?(?:经费|补助|补贴|资助|奖补|补奖|奖励|投入|拨款|资金|定额))")
# a monthly average per head: 月人均 / 人均月
MONTHLY_AVERAGE = regex.compile(r"月人均|人均月")


def average_unit(raw: str | None) -> str | None:
    """The unit of money its words measure per mu or pay per head: 亩均税收 → 元/亩, 人均培育经费 → 元/人, 户均年补奖
    资金 → 元/户; None for other words (人均可支配收入: 元)."""
    m = AVERAGE.search(raw or "")
    if m is not None and MONTHLY_AVERAGE.search(raw):
        return "元/月"  # 月人均补助 / 人均月补助: a monthly allowance per head
    return None if m is None else f"元/{m.group('who') or '亩'}"


def part_unit(text: str, q: Quantity, sentence: int) -> str | None:
    """The unit of a 其中 part of a support paid per thing: the whole's (亩均财政投入3000元，其中中央财政资金1650元 → 元/亩;
    一般诊疗费每人次10元，其中医保基金支付8元 → 元/人次) when the part is no more than the amount right before 其中; None
    when it is more (人均月补助约600元，其中省级奖补资金1.12亿元: a part of a total stated earlier, an amount)."""
    split = text.rfind("其中", sentence, q.start)
    whole = [w for w in find_quantities(text, sentence, split) if w.unit == "元"] if split >= 0 else []
    if not whole or whole[-1].value < q.value:
        return None
    return support_unit(text, q, sentence)
