"""Organization and position: ``市大数据应用局局长`` → (``市大数据应用局``, ``局长``).

Reads the position and organization-end patterns of the dictionary; shared by the taskforce
extractor (member posts) and the member-list reader.
"""
from __future__ import annotations

import regex

from extractors.agency_names.knowledge import knowledge

# （管委会） / （街道） closing an organization: 各区镇人民政府（管委会）, 各乡镇（街道）
TRAILING_NOTE = regex.compile(r"[（(][^（）()]{1,8}[）)]$")


def split_org_position(text: str) -> tuple[str | None, str]:
    """``市大数据应用局局长`` → (``市大数据应用局``, ``局长``); ``副市长`` → (None, ``副市长``).

    The position is the shortest ending that is a valid position and leaves an organization
    ending like one (so ``县政府办公室副主任`` keeps 副 in the position and ``县能源局副局长科员``
    keeps the whole 副局长科员). Text without such a split is all position.
    """
    kb = knowledge()
    if "、" in text and kb.position.match(text):
        return None, text  # 市委常委、副市长: titles listed together name no single organization
    for cut in range(len(text) - 1, -1, -1):
        position, org = text[cut:], text[:cut]
        if kb.position.match(position) and (not org or kb.org_end.search(TRAILING_NOTE.sub("", org))):
            if org and (len(org) < 2 or "的" in org):
                continue
            return (org or None), position
    return None, text


def is_position(text: str) -> bool:
    return bool(knowledge().position.match(text))
