"""The count words a number is written with (9.2亿袋, 1150枚, 2个班次), from ``schemas/count_words.json``: the
alternation ``extractors.numbers`` puts in its unit pattern."""
from __future__ import annotations

import functools
import json

import regex

from schemas import data_file


@functools.lru_cache(maxsize=1)
def count_words() -> tuple[tuple[str, str], ...]:
    """(word, the characters that may not follow it) of every entry, as the data file lists them."""
    data = json.loads(data_file("count_words.json").read_text(encoding="utf-8"))
    return tuple((w["word"], w.get("not_before", "")) for w in data["words"])


def alternation(skip: str = "") -> str:
    """The words as one regex alternation, longest first (个班次 before 个), each single character not followed by
    its ``not_before``; words whose first character is in ``skip`` are left out (a caller's own spelling of them):
    ``个班次|班次|[个座户…]|袋(?![装泡鼠子])|…``."""
    words = [(w, after) for w, after in count_words() if w[0] not in skip]
    longer = sorted((w for w, _ in words if len(w) > 1), key=len, reverse=True)
    plain = "".join(regex.escape(w) for w, after in words if len(w) == 1 and not after)
    guarded = [f"{regex.escape(w)}(?![{regex.escape(after)}])" for w, after in words if len(w) == 1 and after]
    parts = [regex.escape(w) for w in longer] + ([f"[{plain}]"] if plain else []) + guarded
    return "|".join(parts) if parts else "(?!)"
