"""Whether a text starts or ends with a word of a vocabulary, without scanning the vocabulary.

``any(text.startswith(w) for w in words)`` costs one comparison per word (hundreds of organ names,
for every candidate of every notice); these look up the text's prefixes (suffixes) of the lengths
the vocabulary's words have, one set lookup each. The lengths are worked out once per word set and
process. Same answers as the scans.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=64)
def _lengths(words: frozenset[str]) -> tuple[int, ...]:
    """The lengths of ``words``, longest first (a frozenset's hash is computed once and kept)."""
    return tuple(sorted({len(w) for w in words if w}, reverse=True))


def starts_with_any(text: str, words: frozenset[str], *, min_length: int = 1) -> bool:
    """``any(text.startswith(w) for w in words if len(w) >= min_length)`` (empty words never count)."""
    size = len(text)
    return any(text[:n] in words for n in _lengths(words) if min_length <= n <= size)


def longest_suffix(text: str, words: frozenset[str]) -> str | None:
    """The longest word of ``words`` that ``text`` ends with, or None."""
    size = len(text)
    for n in _lengths(words):
        if n <= size and text[size - n:] in words:
            return text[size - n:]
    return None
