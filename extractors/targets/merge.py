"""Merging duplicates: the same figure stated twice (body and annex) becomes one Target.

Reads all Candidates; returns one Target per distinct figure, the other places in ``also_at``
(their date or rank filling what the kept one lacks).
"""
from __future__ import annotations

import regex

from extractors.targets.context import Candidate
from extractors.targets.dictionary import norm_words
from extractors.targets.subjects import PERIOD_WORD, SUBJECT_TAIL
from schemas.records import Evidence, Target

NEW_THIS_PERIOD = frozenset({"新建", "新增", "新开通"})  # a count of this period, never a stock
# words that tell two measures apart however much else they share
# the words naming a rate: 巩固率 / 入学率 / 覆盖率
RATE_NAME = regex.compile(r"\p{Han}{2}率$")
TERM_END = regex.compile(r"(?:期限|时限)$")  # a term a measure sets: 劳动合同期限 / 补贴期限 / 办结时限
QUALIFIER = regex.compile(r"农村|乡村|城市|城镇|城区|行政村|自然村|新建|新增|累计|年均|当年|存量|增量|国家级|省级|市级|县级")


def same_words(a: str | None, b: str | None) -> bool:
    """Raw indicator words naming one thing: one holds the other once 数量/总数 endings are dropped, and
    they do not count differently (新增公共充电桩 is not 公共充电桩累计数量; 公共充电桩 is)."""
    a, b = SUBJECT_TAIL.sub("", norm_words(a)), SUBJECT_TAIL.sub("", norm_words(b))
    if not a or not b or not (a in b or b in a):
        return False
    periods_a = {m.group(0)[:2] for m in PERIOD_WORD.finditer(a)}  # 累计建成 counts as 累计
    periods_b = {m.group(0)[:2] for m in PERIOD_WORD.finditer(b)}
    if periods_a and periods_b:
        return periods_a == periods_b
    return not (periods_a | periods_b) & NEW_THIS_PERIOD


def restated(a: Target, b: Target) -> bool:
    """A figure restated in other words (粮食生产无人农场 … 全市10万亩水稻生产无人农场建设): half the character
    pairs of the shorter words shared, no qualifier that tells them apart (农村/城市, 新建/累计), and not a
    full-coverage 100% that many measures share."""
    a_words, b_words = norm_words(a.indicator_raw), norm_words(b.indicator_raw)
    if not a_words or not b_words or (a.unit == "%" and a.value == 100):
        return False
    if set(QUALIFIER.findall(a_words)) != set(QUALIFIER.findall(b_words)):
        return False
    rate_a, rate_b = RATE_NAME.search(a_words), RATE_NAME.search(b_words)
    if rate_a and rate_b and rate_a.group(0) != rate_b.group(0):
        return False  # 义务教育巩固率 is not 义务教育入学率: a rate is named by its last words
    pairs_a = {a_words[i:i + 2] for i in range(len(a_words) - 1)}
    pairs_b = {b_words[i:i + 2] for i in range(len(b_words) - 1)}
    return len(pairs_a & pairs_b) >= 0.5 * min(len(pairs_a), len(pairs_b)) >= 2


def _scheduled(body: Candidate, table: Candidate) -> bool:
    """A task table's row restating a goal of the body with the month it is scheduled for (新建高标准农田18万亩 by
    到2023年底 in the body, 2023年10月底前 in the table): one figure, dated by the body."""
    if {body.source, table.source} != {"body", "table"}:
        return False
    return body.target.deadline[:4] == table.target.deadline[:4]


def _total_restated(a: Candidate, b: Candidate) -> bool:
    """A table's 合计 row giving the sum a body sentence states in its own words (2024年新建8.6万亩 over a table of
    towns whose 合计 for 2024 is 12.5 in a 建设面积（万亩） column): one figure, same amount, unit, scope and date."""
    body, table = (a, b) if a.source == "body" else (b, a)
    return (body.source, table.source) == ("body", "table") and table.total_row and bool(a.target.deadline) and (
        a.target.deadline == b.target.deadline)


def _own_terms(a: Candidate, b: Candidate, text: str) -> bool:
    """Support, or a term (签订2年以上服务协议 → 服务协议期限), set again in another paragraph of the body: each measure's
    own; a class of people named again (离校2年内未就业高校毕业生 → 离校年限) is the same class."""
    t = b.target
    if a.source != "body" or b.source != "body" or "\n" not in text[a.target.char_end:t.char_start]:
        return False
    return t.kind == "support" or (t.kind == "requirement" and TERM_END.search(norm_words(t.indicator_raw)) is not None)


def _duty_restated(a: Candidate, b: Candidate, text: str) -> bool:
    """How often a duty comes round, said again in another paragraph in fewer or more words (特困人员生活自理能力评估每年
    开展一次 … 对特困人员每年开展一次生活自理能力评估): one rule."""
    t = b.target
    return (t.kind == "requirement" and t.unit in ("次", "期") and a.source == b.source == "body"
            and "\n" in text[a.target.char_end:t.char_start] and same_words(a.target.indicator_raw, t.indicator_raw))


def _two_rows(a: Candidate, b: Candidate) -> bool:
    """Cells of one table naming two measures (国民体质监测合格率 ≥92, 青少年体质监测合格率 ≥92): two figures, however
    alike their words."""
    return a.source == b.source == "table" and a.table_index == b.table_index and (
        norm_words(a.target.indicator_raw) != norm_words(b.target.indicator_raw))


def _checklist_repeats(cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the signed figures of a checklist table (≥75% beside 监管人员比例) that restate a figure of
    the body (监管人员比例不低于75%) in the row's words: one fact, whatever kind the table's header gives it; the cell
    is added to the body's ``also_at``."""
    body = [c for c in cands if c.source == "body"]
    kept = []
    for cand in cands:
        t = cand.target
        same = next((b for b in body if cand.row_named and (b.target.value, b.target.value_max, b.target.unit,
                                                           b.target.scope, b.target.comparator)
                     == (t.value, t.value_max, t.unit, t.scope, t.comparator)
                     and (same_words(b.target.indicator_raw, t.indicator_raw) or restated(b.target, t))), None)
        if same is None:
            kept.append(cand)
        else:
            same.target.also_at.append(Evidence(t.char_start, t.char_end, t.evidence))
    return kept


def merge_repeats(cands: list[Candidate], text: str = "") -> list[Target]:
    """One Target per distinct figure: a repeat (body and annex) adds its evidence to ``also_at``."""
    cands = _checklist_repeats(cands)
    kept: list[Candidate] = []
    index: dict[tuple, list[Candidate]] = {}
    for cand in sorted(cands, key=lambda c: c.target.char_start):
        t = cand.target
        same = None
        for other in index.get(cand.key, []):
            o = other.target
            if o.deadline and t.deadline and o.deadline != t.deadline and not _scheduled(other, cand):
                continue
            if t.kind in ("support", "requirement") and norm_words(o.indicator_raw) != norm_words(t.indicator_raw) \
                    and not _duty_restated(other, cand, text):
                continue  # two awards of one amount (国家级…50万元, 省级…50万元) are two rules
            if _own_terms(other, cand, text) or _two_rows(other, cand):
                continue
            if o.char_start == t.char_start and o.char_end == t.char_end:
                continue  # one clause distributing over several entities already differs by scope
            # a restatement in other words is one in another paragraph (A、B分别下降8%、8% are two figures)
            if o.indicator is None and not same_words(o.indicator_raw, t.indicator_raw) and not (
                    restated(o, t) and "\n" in text[o.char_end:t.char_start]) and not _total_restated(other, cand):
                continue
            same = other
            break
        if same is None:
            index.setdefault(cand.key, []).append(cand)
            kept.append(cand)
            continue
        o = same.target
        if "…" in (o.indicator_raw or "") and "…" not in (t.indicator_raw or "") and _total_restated(same, cand):
            o.indicator_raw = t.indicator_raw  # 分年度看，2025年完成900公里 borrowed its words; the 合计 row names them
        o.also_at.append(Evidence(t.char_start, t.char_end, t.evidence))
        if o.deadline is None and t.deadline:
            o.deadline, o.deadline_raw, o.deadline_start = t.deadline, t.deadline_raw, t.deadline_start
        if o.rank is None and t.rank is not None:
            o.rank = t.rank
        o.binding = o.binding or t.binding  # the table row's 约束性 for the sentence stating the same goal
    return [c.target for c in kept]
