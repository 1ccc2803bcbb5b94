"""A count whose noun the clause before gave: 每个社区至少配备1名网格员，户数2000户以上的社区配备2名 → 网格员.

A staffing rule often states a second bound for a larger class and leaves out what is counted; the noun is the
one the same verb took in the sentence before the figure's clause.
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity
from extractors.targets.clauses import sentence_start

# the verbs of a staffing or setting-up rule, closing the words of a count with no noun after it
STAFFING_VERB = regex.compile(r"(?P<verb>配备|配置|配齐|设置|设立|聘用|聘请|选聘|确定)$")
# the same verb with its count and noun earlier in the sentence: 配备1名网格员 / 至少配置2台救护车
COUNTED_NOUN = r"{verb}[^，,。；;]{{0,6}}?\d+(?:\.\d+)?{unit}(?P<noun>\p{{Han}}{{2,10}}?)(?=[，,。；;]|$)"


def elided_noun(text: str, q: Quantity, raw: str | None, c_start: int, c_end: int) -> str | None:
    """The noun a bare 配备2名 counts, as the sentence named it for the same verb and unit; None otherwise."""
    if not raw or not q.unit or text[q.end:c_end].strip("，,。；; "):
        return None
    verb = STAFFING_VERB.search(raw)
    if not verb:
        return None
    start = sentence_start(text, c_start, 120)
    named = None
    for named in regex.finditer(COUNTED_NOUN.format(verb=verb.group("verb"), unit=regex.escape(q.unit)),
                                text[start:c_start]):
        pass
    return named.group("noun") if named else None
