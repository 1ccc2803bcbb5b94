"""Goals of reaching a threshold without a number (完成…占比的达标任务), valued from a baseline.

Reads a clause with no figure; adds a Candidate without a value and notes it in ``ctx.pending_reach``.
Once all figures are read, gives it the value of the baseline the notice states (else the dictionary's
national threshold), or drops it.
"""
from __future__ import annotations

import regex

from extractors.targets.clauses import trim
from extractors.targets.context import Candidate, Context
from schemas.records import Deadline, Target

# a goal of reaching a threshold without a number: 完成…的达标任务 / 实现…达标
REACH_THRESHOLD = regex.compile(r"(?:完成|实现|确保)[^，。；]{0,40}达标(?:任务)?|达标任务")
# 未 / 不: 唯一未达标的短板 is not a goal of reaching the threshold
NEGATION = regex.compile(r"未|不")
# the words a 达标 goal names: 完成500Mbps及以上用户占比的达标任务
REACH_WORDS = regex.compile(r"完成(?P<w>.+?)(?:的)?达标")


def reach_threshold(ctx: Context, c_start: int, c_end: int, dates: list[Deadline], context_date: Deadline | None,
                    out: list[Candidate], source: str, table_index: int | None) -> None:
    """完成500Mbps及以上用户占比的达标任务: a goal of reaching the threshold, valued later from a baseline."""
    text = ctx.text
    if not REACH_THRESHOLD.search(text, c_start, c_end) or NEGATION.search(text, c_start, c_end):
        return
    indicator = ctx.dictionary.match(text[c_start:c_end], None, any_unit=True)
    if indicator is None:
        return
    own = [d for d in dates if d.date or d.flag]
    deadline = own[-1] if own else context_date
    start, end = trim(text, c_start, c_end)
    words = REACH_WORDS.search(text[start:end])
    target = Target(
        char_start=start, char_end=end, evidence=text[start:end], indicator=indicator.name,
        indicator_raw=(words.group("w") + "的达标任务") if words else indicator.name, kind="target",
        scope=ctx.region, comparator=">=", value=None, unit=indicator.unit,
        deadline=deadline.date if deadline else None, deadline_start=deadline.start if deadline else None,
        deadline_raw=deadline.raw if deadline else None,
    )
    cand = Candidate(target, source, table_index)
    ctx.pending_reach.append((cand, indicator))
    out.append(cand)


def resolve_reach(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Give each 达标 goal the value of the baseline the notice states for its indicator (else the national one)."""
    drop = set()
    for cand, indicator in ctx.pending_reach:
        baseline = next((c.target for c in cands if c.target.kind == "baseline" and c.target.indicator == indicator.name), None)
        if baseline is not None:
            cand.target.value, cand.target.unit = baseline.value, baseline.unit
            cand.target.comparator = baseline.comparator or ">="
        elif indicator.threshold is not None:
            cand.target.comparator, cand.target.value = indicator.threshold
        else:
            drop.add(id(cand))
    return [c for c in cands if id(c) not in drop]
