"""Sizes a rule sets, named by the thing they size: a radius, an interval, a count of doses, the staff of each post.

Reads one figure with its clause and the words found for it; returns the name and the comparator of the rule it sets
(a ``requirement``), or None for any other figure:

- a radius or width right before its figure, the area it bounds after 的: ``以厂区边界为起点划定半径500米的禁养区`` →
  禁养区半径 (=);
- an interval right before a span of time: ``两剂间隔6个月`` → 两剂间隔 (=);
- a count of doses given: ``国产双价疫苗接种2剂次`` / ``接种2剂次国产双价疫苗`` → 接种剂次 (=);
- the seismic intensity a building must withstand: ``应满足本地8度抗震设防要求`` → 抗震设防烈度;
- a provision per so much of what is built: ``新建公寓项目按每套不少于1个充电车位配建`` → 新建公寓项目充电车位配建标准, 个/套
  (per floor area: 个/100平方米);
- a capacity a condition asks for: ``具备年回收废旧轮胎5000吨以上的能力`` → 年回收能力;
- the kinds a list may be extended by: ``各市可结合实际再增加不超过2类品种`` → 各市增加品种类别;
- the staff every one of a kind of post must have: ``每个服务站至少配备1名持有执业证书的护士`` →
  服务站配备持有执业证书的护士 (>=, the bound said before it; the staff's noun last, as a count of staff is named); not
  staff a dated goal sets (``到2025年底，每个乡镇卫生院至少配备2名公共卫生医师``: a target, due then);
- the floors that put a building under a rule: ``新建10层以上的民用建筑，应当…`` → 民用建筑层数;
- the age a support is paid until: ``发放育儿补贴，…直至孩子满3周岁`` → 育儿补贴发放年龄 (=, ``paid_until.py``);
- the staff a rule puts on duty: ``每天至少安排3名医生在…门诊坐班`` → 坐班医生人数 (>=).
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, Quantity
from extractors.targets.paid_until import paid_until_age

DISTANCE_UNITS = frozenset({"米", "公里", "千米"})
DOSE_UNITS = frozenset({"剂次", "剂"})
# a measure of extent right before the figure: (划定)半径(200米) / 直径 / 宽度
EXTENT_BEFORE = regex.compile(r"(?P<measure>半径|直径|宽度|间距)$")
# the area or thing it bounds, after the figure and 的, closing the clause: (200米)的疫点核心区
AREA_AFTER = regex.compile(r"(?:以内|范围内)?的(?P<thing>\p{Han}{2,10}?)(?=[，,。；;（(]|$)")
# an interval right before a span of time (and its bound): (两剂)间隔(6个月) / 两次接种间隔不少于(4周)
INTERVAL_BEFORE = regex.compile(r"(?P<what>\p{Han}{0,6}?)间隔(?:时间)?(?:应|须)?(?:不少于|不低于|不超过|不得少于|至少|为)?$")
# the giving of doses right before their count: (按…原则)接种(2剂次) / 注射
DOSE_GIVEN = regex.compile(r"(?:接种|注射|服用|口服)$")
# a seismic intensity's rule after its degrees: (7度)抗震设防(要求)
SEISMIC_AFTER = regex.compile(r"抗震设防")
# each post of a kind, then staffing before the count: 每个接种点至少配备(1名) / 每所学校应配备
EACH_POST = regex.compile(r"每(?:个|一个|所|家|处)(?P<post>\p{Han}{2,8}?)(?:均|都|应当|应|须|要)?(?:至少|不少于)?"
                          r"(?P<verb>配备|配置|配齐|安排)(?:不少于|至少)?$")
# the staff counted, after the count: (1名)具有急救资质的医生
STAFF_AFTER = regex.compile(r"(?P<who>\p{Han}[\p{Han}“”]{1,14}?)(?=[，,。；;（(]|$)")
# staff put on duty, the verb before the count: (每周)至少安排(2名) / 配备不少于
ON_DUTY_BEFORE = regex.compile(r"(?P<bound>至少|不少于)?(?:安排|配备|落实|派驻|抽调)(?P<after>不少于|至少)?$")
# who is on duty after the count, then where and the duty: (3名)医生在…门诊坐班 / 干部驻村值守
ON_DUTY_AFTER = regex.compile(r"(?P<who>\p{Han}{2,8}?)(?:在[^，,。；;]{2,20}?)?(?P<duty>值班|值守|坐班|驻守|轮值)(?=[，,。；;（(]|$)")
# after a count of floors, the class of buildings it names and the rule for them: (12层)以上（含12层）或者建筑高度40米以上的
# 民用建筑，按照… / (8层)及以上的住宅，应当…
FLOORS_CLASS = regex.compile(r"(?:及)?(?:以上|以下)(?:[（(]含[^（）()]{0,6}[）)])?(?:(?:或者?|、|和|且|及)[^，,。；;的]{0,16}?)?"
                             r"的(?P<thing>\p{Han}{0,6}?(?:建筑物?|住宅|楼房?|房屋|厂房|大楼|建设项目))"
                             r"[，,]\s*(?:应当|应|须|必须|按照|按|一律|均应|均须|要)")

# a capacity a condition asks for, the verb done a year or a day before the figure: 具备(年拆解)农业机械(1000台)以上的能力
CAPACITY_BEFORE = regex.compile(r"(?:具备|具有)(?P<done>[年日月]?(?!\d)\p{Han}{2})\p{Han}{0,8}$")
CAPACITY_AFTER = regex.compile(r"(?:以上|及以上)?的?(?P<noun>能力|产能)")
# kinds added to a list a rule lets be extended, who may add them first: 各省可(结合实际)再增加(不超过3类)机具
KINDS_ADDED = regex.compile(r"^(?P<who>各\p{Han}{1,3}?(?=可|应|须|要|均|自行))?\p{Han}*?(?P<verb>增加|新增|增补|扩大)"
                            r"(?:不超过|不少于|至少|最多)?$")
KIND_NAMED = regex.compile(r"(?P<what>\p{Han}{2,8}?)(?=[，,。；;（(]|$)")

# a rate of provision per so much of what is built, before the count: (新建公寓项目)按每套不少于(1个充电车位配建) /
# 按每1000平方米用地面积不少于
PROVISION_PER = regex.compile(r"按(?:照)?每(?P<n>\d+(?:\.\d+)?|[百千万])?[张个名]?(?P<per>户|套|床位|床|间|人|平方米|亩|公顷|公里|千米)"
                              r"(?P<base>\p{Han}{0,6}?)(?:配建|配置|设置)?(?:不少于|不低于|至少|不超过)?$")
# the thing provided and the verb of providing, after the count: (1个)停车位配建 / 充电桩设置
PROVIDED_AFTER = regex.compile(r"(?P<thing>\p{Han}{2,6}?)(?P<verb>配建|配置|设置|建设|配套)(?=[，,。；;（(]|$)")


def set_size(text: str, q: Quantity, c_start: int, c_end: int, raw: str | None,
             dated_goal: bool = False) -> tuple[str, str | None, str | None] | None:
    """(name, comparator, unit) of the rule the figure at ``q`` sets, comparator and unit None where the words and the
    figure give them; None for any other figure (and for staff when the figure is a ``dated_goal``)."""
    before = text[c_start:q.start]
    if q.unit in DISTANCE_UNITS and (extent := EXTENT_BEFORE.search(before)):
        area = AREA_AFTER.match(text, q.end, c_end)
        return (area.group("thing") + extent.group("measure"), None, None) if area else None
    if q.unit in DURATION_UNITS and (interval := INTERVAL_BEFORE.search(before)) and interval.group("what"):
        return interval.group("what") + "间隔", None, None
    if q.text.endswith("度") and SEISMIC_AFTER.match(text, q.end, c_end):  # 加固后应满足本地8度抗震设防要求: degrees of
        return "抗震设防烈度", ">=", "度"  # intensity (withstood at least), not the 度 of electricity it was read as
    if q.unit in DOSE_UNITS and raw and q.value <= 10:  # 接种2剂次国产…疫苗 / 国产…疫苗接种2剂次: 接种剂次 either way
        given = DOSE_GIVEN.search(before)
        return (given.group(0) if given else raw) + q.unit, None, None
    per = PROVISION_PER.search(before) if q.unit_kind != "money" and q.unit not in ("名", "人") else None
    provided = PROVIDED_AFTER.match(text, q.end, c_end) if per and q.unit else None
    if provided:  # 新建公寓项目按每套不少于1个充电车位配建 → 新建公寓项目充电车位配建标准, 个/套
        opening = max(text.rfind(mark, 0, c_start + per.start()) for mark in "，,；;。：:\n") + 1
        what = regex.sub(r"(?:应当|应|须|必须|要|均)$", "", text[opening:c_start + per.start()].strip())
        what = what if regex.fullmatch(r"[\p{Han}、]{2,16}", what) else ""
        unit = f"{q.unit}/{per.group('n') or ''}{per.group('per')}"
        return what + provided.group("thing") + provided.group("verb") + "标准", None, unit
    until = paid_until_age(text, q)
    if until:  # …发放育儿补贴，…直至孩子满3周岁 → 育儿补贴发放年龄: the age the payments end at
        return until, "=", None
    floors = FLOORS_CLASS.match(text, q.end) if q.unit == "层" else None
    if floors:  # 新建10层以上…的民用建筑，按照…修建 → 民用建筑层数: the floors that put a building under the rule
        return floors.group("thing") + "层数", None, None
    capacity = CAPACITY_BEFORE.search(before) if q.unit_kind != "money" else None
    noun = CAPACITY_AFTER.match(text, q.end, c_end) if capacity else None
    if noun:  # 具备年回收废旧轮胎5000吨以上的能力 → 年回收能力 (what the capacity does, per year, at least)
        return capacity.group("done") + noun.group("noun"), None, None
    added = KINDS_ADDED.search(before) if q.unit == "类" else None
    kinds = KIND_NAMED.match(text, q.end, c_end) if added else None
    if kinds:  # 各省可再增加不超过3类机具 → 各省增加机具类别: the kinds a list may be extended by
        return (added.group("who") or "") + added.group("verb") + kinds.group("what") + "类别", None, None
    # (a rota each period, 每周至少安排…值班, stands whatever year the clause is dated by)
    on_duty = ON_DUTY_BEFORE.search(before) if q.unit in ("名", "人") and (not dated_goal or "每" in before) else None
    duty = ON_DUTY_AFTER.match(text, q.end, c_end) if on_duty else None
    if duty:  # 每天至少安排3名医生在…门诊坐班 → 坐班医生人数: the staff a rule puts on duty
        bound = on_duty.group("bound") or on_duty.group("after")
        return duty.group("duty") + duty.group("who") + "人数", ">=" if bound else None, None
    post = EACH_POST.search(before) if q.unit in ("名", "人") and not dated_goal else None
    staff = STAFF_AFTER.match(text, q.end, c_end) if post else None
    if staff:
        return post.group("post") + post.group("verb") + staff.group("who"), ">=", None
    return None
