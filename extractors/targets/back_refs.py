"""Figures named by the figures before them in their sentence: a count of incidents and its casualties
(``发生生产安全事故6起、死亡7人`` → ``生产安全事故起数``, ``生产安全事故死亡人数``), and a 分别 clause with no
words of its own that states a change or a share of each earlier figure in turn (``…6起、死亡7人，同比分别
下降25%和22.2%`` → ``生产安全事故起数降幅``, ``生产安全事故死亡人数降幅``; ``面积612万亩，产量91万吨，分别占全省的
16.8%和16.5%`` → ``面积占全省比重``, ``产量占全省比重``; ``绿地面积12.5平方公里，占城区面积的18.2%`` →
``绿地面积占城区面积比重``), and a 分别 clause that names the indicators only by
pointing back at them (``上述三项指标分别达到92%以上、100%和35%以上`` → the three indicators named last before it).

Reads the clause's words and the words of the sentence's earlier figures; returns the words each figure
takes (the change noun is added where the figure is read), or None.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, chinese_to_number
from extractors.targets.changes import CHANGE_VERBS

# 同比分别下降 / 比上年分别增长 / 分别上升: a 分别 clause that only states a change of the earlier figures
EARLIER_CHANGE = regex.compile(
    rf"(?:同比|环比|比上年|较上年|与上年相比)?[，,]?分别(?:{CHANGE_VERBS})了?(?:约|近)?"
)
# 分别占总数的 / 分别占全疆的 / 分别占全市总量的: a 分别 clause that states each earlier figure's share of a whole
EARLIER_SHARE = regex.compile(r"分别占(?P<whole>\p{Han}{1,8}?)的?(?:比重为|比例为)?")
# 占建成区面积的 / 约占全省的 / 占总量的比重为: a clause of one figure that only states the earlier figure's share
SOLE_SHARE = regex.compile(r"(?:约|仅|只)?占(?P<whole>\p{Han}{1,8}?)的?(?:比重为|比例为)?(?:约|近|超过)?")
# 总数 / 总量 / 全部: a whole that is the same figures' total (a share of it is a 占比)
OWN_TOTAL = regex.compile(r"(?:总数|总量|总额|全部|合计)$")
# 发生 / 共 / 累计 / 各类 / 其中 / 全区 …: words around an incident count that name no part of what is counted
INCIDENT_FILLER = regex.compile(r"^(?:其中|全[国省市区县州旗]|全地区)|共|累计|发生了?|各类|各种")
# 事故 / 火灾 / 灾害 closing the words of a count in 起
INCIDENT = regex.compile(r"(?:事故|火灾|灾害|案件|险情)$")
# 死亡 / 受伤 / 遇难 / 失踪 (造成 / 共 before it): the casualties of the incidents counted before
CASUALTY = regex.compile(r"(?:共|造成|致)?(?P<verb>死亡|受伤|遇难|失踪)")
# 上述三项指标分别达到 / 以上两项指标届时分别提高到 / 前述4项目标分别为: indicators named only by pointing back
POINTED_BACK = regex.compile(
    r"(?:\d{4}年(?:底|末)?前?)?(?:上述|以上|前述|前面|这)(?P<count>[两二三四五六七八九十\d]{1,2})?(?:项|个)?(?:主要)?(?:指标|目标|指数|比率)"
    r"(?:届时|均|要|将)?分别\p{Han}{0,5}"
)


def incident_words(own: str, unit: str | None, recent: list[str]) -> str | None:
    """``发生生产安全事故`` + 起 → ``生产安全事故起数``; ``死亡`` + 人 after it (``受伤`` after that) →
    ``生产安全事故死亡人数`` (the sentence's last count of incidents names them)."""
    own = own.strip()
    earlier = next((w for w in reversed(recent) if w.endswith("起数")), None)
    if unit == "起" and INCIDENT.search(own):
        subject = INCIDENT_FILLER.sub("", own)
        return subject + "起数" if len(subject) >= 2 else None
    casualty = CASUALTY.fullmatch(own)
    if casualty and unit in ("人", "名") and earlier and earlier.endswith("起数"):
        return earlier[: -len("起数")] + casualty.group("verb") + "人数"
    return None


def earlier_words(text: str, c_start: int, quantities: list[Quantity], recent: list[str]) -> list[str] | None:
    """The words of each figure of a 分别 clause that names nothing itself: those of the earlier figures in
    turn (a change keeps them, the change noun is added later; a share says of what)."""
    n = len(quantities)
    if n == 1 and recent and quantities[0].unit in ("%", "％"):  # 绿地面积12.5平方公里，占城区面积的18.2%
        share = SOLE_SHARE.fullmatch(text, c_start, quantities[0].start)
        if share and not recent[-1].endswith(("比重", "占比", "比例")):
            whole = share.group("whole")
            return [recent[-1] + ("占比" if OWN_TOTAL.search(whole) else f"占{whole}比重")]
    if n < 2 or len(recent) < n:
        return None
    before = text[c_start:quantities[0].start]
    words = recent[-n:]
    if EARLIER_CHANGE.fullmatch(before):
        return list(words)
    share = EARLIER_SHARE.fullmatch(before)
    if share:
        whole = share.group("whole")
        return [w + ("占比" if OWN_TOTAL.search(whole) else f"占{whole}比重") for w in words]
    return None


def pointed_back_words(text: str, c_start: int, quantities: list[Quantity], earlier: list[tuple[int, str]]) -> list[str] | None:
    """The words of each figure of ``上述三项指标分别达到…``: the last distinct indicators named before the clause
    (``earlier``: (position, words) of the figures read so far), in their order; None unless the count agrees."""
    n = len(quantities)
    pointed = POINTED_BACK.fullmatch(text, c_start, quantities[0].start) if n >= 2 else None
    if pointed is None:
        return None
    count = pointed.group("count")
    if count and (int(count) if count.isdigit() else chinese_to_number(count)) != n:
        return None
    words: list[str] = []
    for _, w in sorted((e for e in earlier if e[0] < c_start), reverse=True):
        if w not in words:
            words.insert(0, w)
        if len(words) == n:
            return words
    return None
