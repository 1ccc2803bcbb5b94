"""How wide text is on a page of Chinese: a CJK character (or full-width mark) one column, any other half.

``normalize`` measures lines with it to tell a hard wrap (a line as wide as its neighbours) from a
line that ends where its sentence does.
"""
from __future__ import annotations

import functools

import regex

# the characters is_wide counts: U+2E80 and above, and the quotes/dashes Chinese text uses ("“5G”" → 2 of 4)
_WIDE_CHAR = regex.compile("[\u2e80-\U0010ffff“”‘’—…·]")


def is_wide(char: str) -> bool:
    """CJK ideographs, kana, CJK and full-width punctuation, and the quotes/dashes Chinese text uses."""
    return char >= "\u2e80" or char in "“”‘’—…·"


@functools.lru_cache(maxsize=8192)  # normalize measures the same lines again (each against its neighbours)
def display_width(text: str) -> float:
    """Width in CJK columns: a wide character 1, any other ½ (as summing is_wide per character)."""
    wide = len(_WIDE_CHAR.findall(text))
    return wide + (len(text) - wide) * 0.5
