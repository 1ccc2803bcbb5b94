"""The words of ``agencies.json`` that more than one stage reads, loaded once: the role labels (``role_words``:
牵头单位 / 责任单位 / 配合单位 … by role) and the endings of organizations' names (``org_end``: 局 / 军分区 / 支队 …).

One loader for normalization (a unit note on a line of its own, a unit's name wrapped over two lines) and the
extractors (role clauses, agency notes, work groups' units). Returns role → words (longest first), label → role for
the labels of more than two characters (the words that open a ``牵头单位：…`` clause; 牵头 / 配合 alone are verbs in
running text), and the endings.
"""
from __future__ import annotations

import functools
import json

from schemas import data_file


@functools.lru_cache(maxsize=1)
def _agencies() -> dict:
    return json.loads(data_file("agencies.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def role_words() -> dict[str, tuple[str, ...]]:
    """lead / responsible / partner → the words of that role, longest first."""
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in _agencies()["role_words"].items()}


@functools.lru_cache(maxsize=1)
def role_labels() -> dict[str, str]:
    """牵头单位 → lead, 配合部门 → partner …: the labels of more than two characters and their roles."""
    return {word: role for role, words in role_words().items() for word in words if len(word) > 2}


@functools.lru_cache(maxsize=1)
def organization_endings() -> tuple[str, ...]:
    """局 / 军分区 / 支队 / 社区 …: what the organization part of a name or a post ends with, longest first."""
    return tuple(sorted(set(_agencies()["org_end"]), key=lambda w: (-len(w), w)))
