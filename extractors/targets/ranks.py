"""Ranks: 居全省第17位 after a figure, and the rankings that give places their figures and ranks.

Reads a sentence (某市、某市分别以23200个、19700个居全省第1、2位 / 某市、某州分列第二、三位) or the clause
after a figure; returns the ranked figures as Candidates, a rank number, and at the end puts ranks
stated apart from their figures (and 末位) onto the Targets.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity, chinese_to_number, comparator, find_quantities
from extractors.targets.clauses import trim
from extractors.targets.context import Candidate, Context
from extractors.targets.cell_target import make_target
from extractors.targets.merge import same_words
from extractors.targets.scopes import ranked_entity
from extractors.targets.subjects import drop_trailing_comparator
from pipeline.model import Cell
from schemas.records import Deadline, Target

# a rank right after a figure: 居全省第17位 / 位于全省第16位 / 排名全国第3
# / 在全省县级提名城市中位列第4名 / 居全国县级第2位: a rank among a class of peers, named after the area
_PEERS = r"(?:(?![第前首中])\p{Han}){0,10}?"
# 在全省县级提名城市中 / 在全国地级市中: among places of a class (not 在全市营商环境评价中: an evaluation of the place)
_AMONG_PLACES = r"在(?:全国|全省|全市|全区|全州|全县)\p{Han}{0,8}?(?:城市|市|县|区|地区|省份|省区)中"
RANK = regex.compile(
    rf"[，,]?(?:{_AMONG_PLACES})?"
    rf"(?:居|位于|位居|位列|排名|排在|排|列)(?:(?:全国|全省|全市|全区|全州|全县|省内|市内){_PEERS})?(?:第)?"
    r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?"
)
# a rank given to one or several entities: 居全省第1、2、3位 / 居全省第8位、第9位 / 依次居全省前三位 / 居全省首位
_RANK_N = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
_AREA = r"(?:全国|全省|全市|全区|全州|全县|省内|市内)"
RANK_PHRASE = regex.compile(
    rf"(?:(?:居|位居|位于|位列|排名|排在|排){_AREA}|(?:分列|分居|分别位列|分别位居){_AREA}?)"
    rf"(?:(?P<list>第{_RANK_N}(?:位|名)?(?:[、和及]第?{_RANK_N}(?:位|名)?)*)"
    rf"|前(?P<top>{_RANK_N})(?:位|名)|(?P<first>首位|第一位|榜首)|(?P<last>末位|最后一位))"
)
LAST_RANK = -1  # 居全省末位: the last place, counted once the entities of the notice are known
RANK_NUMBER = regex.compile(_RANK_N)
IN_ORDER = regex.compile(r"分别|依次")  # the figures and ranks pair up in order
# what joins the entities of a ranking to their figures: 分别以 / 依次为 / 以 / 为
RANKING_LINK = regex.compile(r"(?:分别|依次)?(?:以|为|是|达到?)?$")


def ranked_figures(ctx: Context, s_start: int, s_end: int, topic,
                   date: Deadline | None) -> tuple[list[Candidate], set[int]]:
    """The figures a ranking gives to places or operators, each with its rank, and where those figures start.

    某市、某市、某市分别以23200个、19700个、19600个居全省第1、2、3位 / 某市（36.8个）、某市（27.4个）依次居全省前两位 /
    某市、某市分别为19.2个、18.4个，居全省第8位、第9位 / 某市以99.2%居全省首位 / 某市5340个，居全省第9位.
    The indicator is named between the entity and its figure, or by the sentence's topic (从…看).
    """
    text, out, taken = ctx.text, [], set()
    pos = topic.end() if topic else s_start
    for rank_m in RANK_PHRASE.finditer(text, pos, s_end):
        group_start, group_end = pos, rank_m.start()
        pos = rank_m.end()
        quantities = [q for q in find_quantities(text, group_start, group_end) if q.unit]
        ranks = _ranks(rank_m, ordered=bool(IN_ORDER.search(text, group_start, rank_m.end())))
        if not quantities and topic:  # 某市、某州分列第二、三位: ranks of figures a table gives
            named = _ranked_without_figures(ctx, group_start, group_end)
            if named and len(named) == len(ranks):
                ctx.rank_notes += [(entity, topic.group("words"), rank) for entity, rank in zip(named, ranks)]
            continue
        pairs = _entities_with_figures(ctx, group_start, quantities) if quantities else None
        if not pairs or len(ranks) != len(pairs):
            continue
        ev_start, ev_end = trim(text, group_start, rank_m.end())
        ev_start += len(text[ev_start:ev_end]) - len(text[ev_start:ev_end].lstrip("，,；;、"))
        for (entity, words, q), rank in zip(pairs, ranks):
            words = words or (topic.group("words") if topic else "")
            if not words:
                continue
            target = make_target(ctx, Cell(text[ev_start:ev_end], ev_start, ev_end), q,
                                 comparator(text, q, group_start, group_end), words, "actual", entity, date)
            target.rank = rank
            out.append(Candidate(target, "body"))
            taken.add(q.start)
    return out, taken


def _ranks(m, ordered: bool) -> list[int]:
    """居全省第1、2、3位 → [1, 2, 3]; 依次居全省前三位 → [1, 2, 3] (``ordered``: 依次/分别 said so); 居全省首位 → [1]."""

    def number(n: str) -> int:
        return int(n) if n.isdigit() else int(chinese_to_number(n) or 0)

    if m.group("first"):
        return [1]
    if m.group("last"):
        return [LAST_RANK]
    if m.group("top"):  # the top N in order only when 依次/分别 says so
        return list(range(1, number(m.group("top")) + 1)) if ordered else []
    return [number(n) for n in RANK_NUMBER.findall(m.group("list"))]


def _entities_with_figures(ctx: Context, lo: int, quantities: list[Quantity]) -> list[tuple[str, str, Quantity]] | None:
    """(entity, words naming the indicator, figure) for each figure of a ranking, or None when the
    entities and figures do not pair up one to one."""
    text = ctx.text
    bracketed = []  # 某市（36.8个）、某市（27.4个）
    for q in quantities:
        if text[q.start - 1:q.start] in ("（", "(") and text[q.end:q.end + 1] in ("）", ")"):
            k = q.start - 1
            while k > lo and text[k - 1] not in "、，,；;：:（()）":
                k -= 1
            bracketed.append((text[k:q.start - 1].strip(), "", q))
    if bracketed and len(bracketed) == len(quantities):
        return bracketed if all(ranked_entity(ctx, e) for e, _, _ in bracketed) else None
    clause_start = max([lo] + [i + 1 for i in range(lo, quantities[0].start) if text[i] in "，,；;：:"])
    head_start, head_end = trim(text, clause_start, quantities[0].start)
    head = RANKING_LINK.sub("", text[head_start:head_end])
    if len(quantities) == 1:  # 某市5340个 / 某市5G基站数为23200个: the entity, then maybe the words
        for k in range(len(head), 1, -1):
            if ranked_entity(ctx, head[:k]):
                return [(head[:k], drop_trailing_comparator(head[k:]), quantities[0])]
        return None
    items = head.split("、")
    if len(items) != len(quantities) or not all(ranked_entity(ctx, i) for i in items):
        return None
    return [(item, "", q) for item, q in zip(items, quantities)]


def _ranked_without_figures(ctx: Context, lo: int, hi: int) -> list[str] | None:
    """The entities of a clause that ranks them and states no figure (某市、某州分列第二、三位)."""
    text = ctx.text
    clause_start = max([lo] + [i + 1 for i in range(lo, hi) if text[i] in "，,；;：:"])
    start, end = trim(text, clause_start, hi)
    items = RANKING_LINK.sub("", text[start:end]).split("、")
    return items if all(ranked_entity(ctx, item) for item in items) else None


def apply_ranks(ctx: Context, targets: list[Target]) -> None:
    """Ranks stated apart from their figures go onto them; 末位 becomes the count of ranked entities."""
    for entity, words, rank in ctx.rank_notes:
        indicator = ctx.dictionary.match(words, None, any_unit=True)
        found = [t for t in targets if t.kind == "actual" and t.scope == entity and t.rank is None
                 and (t.indicator == indicator.name if indicator else same_words(t.indicator_raw, words))]
        if len(found) == 1:
            found[0].rank = rank
    for target in targets:
        if target.rank == LAST_RANK:
            entities = {t.scope for t in targets if t.kind == "actual" and t.indicator == target.indicator
                        and t.indicator_raw and t.deadline == target.deadline and t.scope != ctx.region}
            target.rank = len(entities) if len(entities) > 1 else None


def rank_of_clause(text: str, clause: tuple[int, int]) -> int | None:
    """The rank a clause opens with, for the figure that ends the clause before: 5340个，居全省第9位 → 9."""
    start, end = trim(text, *clause)
    m = RANK.match(text, start, end)
    return _rank_value(m) if m else None


def rank_after_figure(text: str, q: Quantity, hi: int) -> int | None:
    """The rank right after figure ``q``: 5340个居全省第9位 → 9."""
    m = RANK.match(text, q.end, hi)
    return _rank_value(m) if m else None


def _rank_value(m) -> int | None:
    n = m.group("n")
    value = int(n) if n.isdigit() else chinese_to_number(n)
    return int(value) if value else None
