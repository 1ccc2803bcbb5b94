"""发文字号 (document numbers): one written form for every way a number is printed.

Reads a number as printed (``某政发[2019] 23 号``) with the pattern of :mod:`pipeline.structure`
and returns it normalized (``某政发〔2019〕23号``) with a flag when it cannot be parsed. Shared by
the metadata extractor (the notice's own number) and the citations extractor (cited numbers).
"""
from __future__ import annotations

import regex

from pipeline.structure import DOC_NUMBER

# 〔 [ ( （ ［ 【 ﹝ { : an opening bracket of a doc number's year
OPEN_BRACKETS = regex.compile(r"[\[(（［【﹝{]")
# 〕 ] ) ） ］ 】 ﹞ } : a closing bracket of a doc number's year
CLOSE_BRACKETS = regex.compile(r"[\])）］】﹞}]")
# whitespace of any kind (某政发〔2019〕 23 号)
WHITESPACE = regex.compile(r"\s+")


def normalize_doc_number(raw: str) -> tuple[str, str | None]:
    """(normalized, flag): brackets → 〔〕, spaces out, a ``（B）`` suffix kept; flag "damaged" if unparsable."""
    text = WHITESPACE.sub("", raw)
    m = DOC_NUMBER.fullmatch(text)
    if m:
        suffix = (m.group("suffix") or "").replace("(", "（").replace(")", "）")
        return f"{m.group('code')}〔{m.group('year')}〕{m.group('serial')}号{suffix}", None
    return CLOSE_BRACKETS.sub("〕", OPEN_BRACKETS.sub("〔", text)), "damaged"
