"""Vocabulary look-ups without a regex or a scan of the vocabulary per candidate: whether a text starts
or ends with a word of a vocabulary, and where a text holds its words.

``any(text.startswith(w) for w in words)`` costs one comparison per word (hundreds of organ names,
for every candidate of every notice); these look up the text's prefixes (suffixes) of the lengths
the vocabulary's words have, one set lookup each. The lengths are worked out once per word set and
process. Same answers as the scans. ``occurrences`` finds what an alternation of the words would
(``regex.finditer(alternation(words), text)``) without compiling one per document.
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


def occurrences(text: str, words) -> list[tuple[int, int]]:
    """(start, end) of the words of ``words`` in ``text`` as a longest-first alternation of them finds
    them: from left to right, at each place the longest word there, never overlapping (empty words
    never count). One ``str.find`` pass per word instead of a pattern compiled for each set of words."""
    longest: dict[int, int] = {}
    for word in words:
        size = len(word)
        if not size:
            continue
        at = text.find(word)
        while at >= 0:
            if longest.get(at, 0) < size:
                longest[at] = size
            at = text.find(word, at + 1)
    found, free_from = [], 0
    for start in sorted(longest):
        if start >= free_from:
            free_from = start + longest[start]
            found.append((start, free_from))
    return found
