"""Goals written without a number: reaching a threshold (完成…占比的达标任务), valued from a baseline, and
none at all (较大及以上森林火灾零发生: 0 起).

Reads a clause with no figure; a 达标 goal becomes a Candidate without a value noted in ``ctx.pending_reach``
(once all figures are read, it takes the value of the baseline the notice states, else the dictionary's
national threshold, or is dropped); a 零发生 goal becomes a Candidate of value 0 at once.
"""
from __future__ import annotations

import regex

from extractors.targets.clauses import top_level_cuts, trim
from extractors.targets.context import Candidate, Context
from schemas.records import Deadline, Target

# a goal of reaching a threshold without a number: 完成…的达标任务 / 实现…达标
REACH_THRESHOLD = regex.compile(r"(?:完成|实现|确保)[^，。；]{0,40}达标(?:任务)?|达标任务")
# 未 / 不: 唯一未达标的短板 is not a goal of reaching the threshold
NEGATION = regex.compile(r"未|不")
# a goal of none at all: 较大及以上森林火灾零发生 / 因事故造成人员死亡零发生 / 重大安全事故零发生 (清零 — 动态清零 — clears a backlog, it counts nothing)
ZERO_GOAL = regex.compile(r"(?P<what>\p{Han}[^，。；,;：:“”]{1,30}?)(?:实现|保持|确保)?[“\"]?(?<!清)零(?:发生|容忍)?[”\"]?$")
# the goal words before what a zero goal counts: 确保较大及以上生产安全事故“零发生” / 力争全年实现…
ZERO_OPENING = regex.compile(r"^.*(?:确保|实现|力争|争取|保持)")
# what a 零发生 goal counts in persons (死亡 / 伤亡 / 受伤: 人), not in cases (起)
PERSONS = regex.compile(r"(?:死亡|伤亡|受伤|遇难)(?:人数)?$")
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


def zero_goal(ctx: Context, c_start: int, c_end: int, dates: list[Deadline], context_date: Deadline | None,
              out: list[Candidate], source: str, table_index: int | None) -> None:
    """较大及以上森林火灾零发生: a goal of 0 起 (0 人 for deaths), dated like the clause's other goals."""
    text = ctx.text
    # A“零发生”、B“零发生”: one goal per 、-joined piece
    for p_start, p_end in top_level_cuts(text, c_start, c_end, {"、"}):
        _zero_goal_of_piece(ctx, *trim(text, p_start, p_end), dates, context_date, out, source, table_index)


def _zero_goal_of_piece(ctx: Context, start: int, end: int, dates: list[Deadline], context_date: Deadline | None,
                        out: list[Candidate], source: str, table_index: int | None) -> None:
    text = ctx.text
    m = ZERO_GOAL.search(text, start, end)
    if not m or "容忍" in m.group(0) or NEGATION.search(m.group("what")):
        return
    what = ZERO_OPENING.sub("", m.group("what"))
    raw, unit = (regex.sub(r"人数$", "", what) + "人数", "人") if PERSONS.search(what) else (what + "起数", "起")
    own = [d for d in dates if d.date or d.flag]
    deadline = own[-1] if own else context_date
    indicator = ctx.dictionary.match(raw, unit)
    target = Target(
        char_start=start, char_end=end, evidence=text[start:end], indicator=indicator.name if indicator else None,
        indicator_raw=raw, kind="target", scope=ctx.region, comparator="=", value=0, unit=unit,
        deadline=deadline.date if deadline else None, deadline_start=deadline.start if deadline else None,
        deadline_raw=deadline.raw if deadline else None,
    )
    out.append(Candidate(target, source, table_index))
