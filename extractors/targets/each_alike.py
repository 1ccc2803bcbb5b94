"""One figure that each of several measures named before it reaches (均 / 都): ``特种设备定期检验率、电梯维保合格率均达到
100%`` is two facts, one per rate; ``城区养老院和农村敬老院康复室配置率均达到80%以上`` names the places whose rate
it is before the rate they share: 城区养老院康复室配置率, 农村敬老院康复室配置率.

Reads a figure's candidates with the start of its clause; returns one candidate per measure, or the candidates as they
were (one name only, or a name whose parts cannot each be told a measure: 城乡居民和职工医保参保率均… is left whole).
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbers import Quantity
from extractors.targets.context import Candidate

# 均 / 都 and the verb of reaching right before the figure: (…合格率)均达到(100%) / 均稳定在 / 都不低于
EACH = regex.compile(r"(?:均|都)(?:要|应|将|能)?(?:达到|达|保持在?|稳定在|提高到|提升到|提高至|提升至|控制在|不低于|不少于|"
                     r"不超过|高于|低于|超过|实现|为)$")
# 、 / 和 / 及 / 与 between the measures (outside brackets): A、B和C
JOINER = regex.compile(r"、|和|及|与")
# a word ending a measure: 合格率 / 覆盖率 / 占比 / 比例 / 人数 / 面积
MEASURE_END = regex.compile(r"(?:率|比例|比重|占比|数|量|面积|规模|时间|时长|水平|指数)$")
# the kind of place or body a bare subject names, ending the last part's subject before the measure it shares:
# 乡镇卫生院|中医馆设置率 / 社区|覆盖率 / 规上企业|研发投入占比
PLACE_END = regex.compile(r"(?:院|中心|站|室|所|校|学校|园|馆|企业|村|社区|乡镇|街道|县|区|市|机构|单位|学校)")


def each_alike(text: str, q: Quantity, c_start: int, cands: list[Candidate]) -> list[Candidate]:
    """One candidate per measure a 均 figure holds for (see the module), or ``cands`` unchanged."""
    if len(cands) != 1 or not EACH.search(text, max(c_start, q.start - 8), q.start):
        return cands
    raw = cands[0].target.indicator_raw or ""
    parts = _parts(raw)
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return cands
    names = _with_shared_measure(parts)
    if names is None:
        return cands
    return [replace(cands[0], target=replace(cands[0].target, indicator=None, indicator_raw=name)) for name in names]


def _parts(raw: str) -> list[str]:
    """``raw`` cut at the joiners outside brackets."""
    parts, depth, last = [], 0, 0
    for i, char in enumerate(raw):
        depth += (char in "（(") - (char in "）)")
        if depth == 0:
            m = JOINER.match(raw, i)
            if m and i > last:
                parts.append(raw[last:i])
                last = m.end()
    parts.append(raw[last:])
    return parts


def _with_shared_measure(parts: list[str]) -> list[str] | None:
    """Each part a measure of its own, the bare subjects before the last taking the measure written once after it (the
    last part's words past its first place word); None when some part cannot be made one."""
    last = parts[-1]
    if not MEASURE_END.search(last):
        return None
    if all(MEASURE_END.search(p) for p in parts):
        return parts
    place = PLACE_END.search(last, 3)  # the subject's own name, three characters at least (乡镇卫生院, not 乡镇)
    shared = last[place.end():] if place else ""
    if len(shared) < 2 or not MEASURE_END.search(shared):
        return None
    return [p if MEASURE_END.search(p) else p + shared for p in parts[:-1]] + [last]
