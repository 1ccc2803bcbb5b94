"""Organization and position: ``市大数据应用局局长`` → (``市大数据应用局``, ``局长``).

Reads the position and organization-end patterns of the dictionary; shared by the taskforce
extractor (member posts) and the member-list reader.
"""
from __future__ import annotations

import functools

import regex

from extractors.agency_names.knowledge import knowledge

# （管委会） / （街道） closing an organization: 各区镇人民政府（管委会）, 各乡镇（街道）
TRAILING_NOTE = regex.compile(r"[（(][^（）()]{1,8}[）)]$")
# （联系文化工作） / （协助分管教育工作）: the work a post holder looks after, noted beside the post; no part of the post
_DUTY = r"[（(](?:联系|协助|分管|主管|负责|协管)[^（）()]{1,14}?工作[）)]"
# the note closing a post: 主任（联系文化工作） → 主任
DUTY_NOTE = regex.compile(_DUTY + r"$")
# the same note opening what follows a name: 吴某（协助分管林业工作） 市政府副秘书长 → 市政府
DUTY_NOTE_FIRST = regex.compile(r"^" + _DUTY + r"\s*")
# 党委 / 党组 / 党工委 closing an organization: an organ's party body, whose titles (党委委员) are posts
PARTY_BODY_END = regex.compile(r"(?:党委|党组|党工委)$")


@functools.lru_cache(maxsize=8192)  # pure: the dictionary is fixed per process
def split_org_position(text: str) -> tuple[str | None, str]:
    """``市大数据应用局局长`` → (``市大数据应用局``, ``局长``); ``副市长`` → (None, ``副市长``).

    The position is the shortest ending that is a valid position and leaves an organization
    ending like one (so ``县政府办公室副主任`` keeps 副 in the position and ``县能源局副局长科员``
    keeps the whole 副局长科员). Text without such a split is all position.
    """
    kb = knowledge()
    if "、" in text and kb.position.match(text):
        return None, text  # 市委常委、副市长: titles listed together name no single organization
    head, joint, tail = text.partition("兼")
    if joint and head and tail:
        # 市委宣传部副部长兼市网信办主任: the organization is the first post's; the second post, with its own
        # unit, stays in the position
        org, post = split_org_position(head)
        if kb.position.match(post) and _ends_in_position(tail):
            return org, post + joint + tail  # 副市长兼市公安局局长: all position
    starts = kb.position_starts  # a cut elsewhere leaves no position: no need to try it
    splits = [cut for cut in range(len(text) - 1, -1, -1) if text[cut] in starts and _is_split(text, cut)]
    if not splits:
        return None, text
    cut = splits[0]
    if cut > 0 and kb.position.match(text[cut - 1 :]) and len(splits) > 1:
        # 各乡镇人民政府|乡镇长, not 各乡镇人民政府乡|镇长: the organization's last character (乡, 县: a suffix
        # of its own) belongs to the post when the post grows by it and a longer post still leaves an organization
        cut = splits[1]
    party = PARTY_BODY_END.search(text, 0, cut)
    if (party and party.start() >= 2 and kb.strong_end.search(text, 0, party.start())
            and kb.position.match(text[party.start():]) and _is_split(text, party.start())):
        # 市公安局党委委员、副局长: a bureau's party committee is part of the post (党委委员), not of the organ;
        # a place's (南纪门街道党工委 | 组织委员) is the organ itself
        cut = party.start()
    return (text[:cut] or None), text[cut:]


def _ends_in_position(text: str) -> bool:
    """Whether some ending of ``text`` is a position (网信办主任, 主任)."""
    kb = knowledge()
    return any(text[cut] in kb.position_starts and kb.position.match(text[cut:]) for cut in range(len(text) - 1, -1, -1))


def _is_split(text: str, cut: int) -> bool:
    """``text[cut:]`` a position and ``text[:cut]`` nothing or an organization (at least 2 characters, no 的)."""
    kb = knowledge()
    position, org = text[cut:], text[:cut]
    if not kb.position.match(position):
        return False
    return not org or (bool(kb.org_end.search(TRAILING_NOTE.sub("", org))) and len(org) >= 2 and "的" not in org)


@functools.lru_cache(maxsize=8192)  # pure: the dictionary is fixed per process
def is_position(text: str) -> bool:
    head, joint, tail = text.partition("兼")  # 副部长兼市网信办主任: a post, and another held with it
    if joint and head and tail:
        return bool(knowledge().position.match(head)) and _ends_in_position(tail)
    return bool(knowledge().position.match(text))
