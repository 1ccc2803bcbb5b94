"""Ranks that are the figure itself: a rank goal or a rank reported with no other figure in its clause.

Reads a clause without quantities (``数字经济规模位居全省前3位``, ``研发投入强度进入全国前十``,
``汽车新车销量连续13年位居全球第一``, ``已成为全球第二大商品消费市场``); returns one Candidate whose
indicator words are the measure and its area with 排名 (``数字经济规模全省排名``), value the rank, unit 位,
comparator ``<=`` for a top-N goal (前3位) and ``=`` for a place (第一). A rank stated right after a figure
(``5141个，居全省第17位``) is that figure's rank, read by ``ranks``, not a figure of its own. A top-N that says
which ones a rule treats so (``评价结果排名前10位的省份予以倾斜``) is a requirement.
"""
from __future__ import annotations

import regex

from extractors.numbers import DURATION_UNITS, chinese_to_number, find_quantities
from extractors.targets.clauses import trim
from extractors.targets.context import Candidate, Context, Subject
from extractors.targets.kind import figure_kind
from extractors.targets.scopes import ranked_entity
from extractors.targets.subjects import clean_left
from extractors.targets.wording import measure_words
from schemas.records import Deadline, Target

_N = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
_AREA = r"(?:全球|世界|全国|全省|全市|全区|全州|省内|国内|市内|同类城市|同类地区|中西部|长三角|西部地区|中部地区)"
# a rank that is the figure: 位居全省前3位 / 进入全国前十 / 位居全球第一 / 稳居全市首位
RANK_GOAL = regex.compile(
    rf"(?P<verb>位居|位列|位于|居于|稳居|跻身|进入|保持|(?<![分依次])居|排名|排在)"
    rf"(?:(?P<area>{_AREA})(?:(?:(?![前第首榜])\p{{Han}}){{1,10}}?(?=前))?)?"  # 进入全省县级提名城市前3位: top N of a class of peers
    rf"(?:前(?P<top>{_N})(?!\d)(?:位|名|强)?+(?!列)(?P<qualifies>的)?|第(?P<nth>{_N})(?!\d)(?:位|名)?+(?!批|次|届|期)"
    r"|(?P<first>首位|榜首))"
    r"(?![的者时责])"  # 排在第一位的为牵头单位 / 第一时间 / 第一责任人: no rank of a measure
)
# words before the verb naming only the peers ranked among, no measure: 在全省县级提名城市中 / 在全省 (or none; not
# 在全市排名, the rank a goal names)
PEERS_ONLY = regex.compile(r"(?:(?:在|于)(?:[^，,。；;]{0,20}?中|全[国省市州盟县区旗]))?")
# 排名 / 名次 closing the words before the verb (排名进入全省前3位): the rank itself, named again by 排名 after
RANK_WORD = regex.compile(r"(?:排名|名次)$")
# a rank by size: 全球第二大商品消费市场 / 全国第三大港口
RANK_BIG = regex.compile(rf"(?P<area>{_AREA})第(?P<nth>{_N})大(?P<noun>\p{{Han}}{{2,12}})")


def _number(n: str) -> int | None:
    value = int(n) if n.isdigit() else chinese_to_number(n)
    return int(value) if value else None


def rank_goal(ctx: Context, c_start: int, c_end: int, subject: Subject, date: Deadline | None,
              follows_figure: bool, source: str, table_index: int | None) -> Candidate | None:
    """The rank a clause without quantities states as its figure, or None."""
    text = ctx.text
    start, end = trim(text, c_start, c_end)
    if any(q.unit not in DURATION_UNITS and text[q.start - 1:q.start] not in ("第", "前")
           for q in find_quantities(text, start, end)):
        return None  # 某市以99.2%居全省首位: a ranking of figures (``ranks``); 位列第2名 is the rank itself
    big = RANK_BIG.search(text, start, end)
    m = RANK_GOAL.search(text, start, end)
    if big:
        words, area, value, comp = measure_words(big.group("noun")), big.group("area"), _number(big.group("nth")), "="
        lead = text[start:big.start()]
    elif m:
        lead_words = text[start:m.start()].strip("，, ")
        if follows_figure and (not lead_words or PEERS_ONLY.fullmatch(lead_words) and text[:start].rstrip()[-1:] in "，,"):
            return None  # 5141个，居全省第17位 / 取得87.62分，在全省县级提名城市中位列第4名: the rank of the figure before
            # (…；在全省营商环境评价中位列第8位: a clause of its own, the rank its figure)
        value = 1 if m.group("first") else _number(m.group("top") or m.group("nth"))
        comp = "<=" if m.group("top") else "="
        area = m.group("area") or ""
        lead = text[start:m.start()]
        named = clean_left(ctx, text, start, m.start(), [])
        if named and all(ranked_entity(ctx, item) for item in named.split("、")):
            return None  # 某市、某州分列第二、三位: places ranked, not a measure
        words = measure_words(RANK_WORD.sub("", named or "")) or (subject.raw or "")
    else:
        return None
    if not value or not words:
        return None
    raw = f"{words}{area}排名"
    kind = figure_kind(ctx, baseline=False, rank=None, gap=False, raw=raw, left=words, inherit=False,
                       context_words=lead + (date.raw if date and date.raw else ""), deadline=date)
    if m and not big and m.group("qualifies"):  # 评价结果排名前10位的省份予以倾斜: which ones a rule favours
        kind, date = "requirement", None
    target = Target(
        char_start=start, char_end=end, evidence=text[start:end], indicator=None, indicator_raw=raw, kind=kind,
        scope=ctx.region, comparator=comp, value=float(value), unit=_rank_unit(m if m and not big else None),
        deadline=date.date if date else None, deadline_start=date.start if date else None,
        deadline_raw=date.raw if date and (date.date or date.flag or date.start) else None,
    )
    return Candidate(target, source, table_index)


def _rank_unit(m) -> str:
    """The unit a rank is counted in: 名 where the notice writes it (位列第2名, 前10名), else 位."""
    return "名" if m is not None and m.group(0).endswith("名") else "位"
