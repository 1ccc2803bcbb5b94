"""Persons and posts: whether a word is a personal name, and where the name is in a glued
``name + organization/position`` text (``王明区政府副区长``, ``副市长王明``).

Reads the surname and given-name characters of ``schemas/agencies.json`` and the raw-layout gaps;
returns spans relative to the text.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from extractors.agency_names import NAME_STARTER, is_position, knowledge, split_org_position
from extractors.regions import division_opening, region_chain
from extractors.word_sets import starts_with_any

# 两到四个汉字: the shape of a personal name
NAME_SHAPE = regex.compile(r"\p{Han}{2,4}")
# 次仁平措 / 阿不都热依木 / 古丽米拉·艾则孜: a name without a Han surname (Tibetan, Uyghur, Mongolian …)
# as a list sets it apart by layout spaces: two to eight Han characters, a · between parts
SPACED_NAME = regex.compile(r"\p{Han}{2,8}(?:[·•]\p{Han}{1,8})?")
# 中共 / 共青团 / 驻: words that open an organ's name, never a person's
ORGAN_OPENER = regex.compile(r"^(?:中共|共青团|驻)")
# 古丽米拉·艾则孜 / 买合木提·吐尔逊: a transcribed name, its parts set apart by a middle dot (the dot says it is a
# name; where it ends when glued to a post, the post says)
DOTTED_NAME = regex.compile(r"\p{Han}{2,8}[·•]\p{Han}{1,8}")
#: the last character of a post that a name may follow (副市长王明, 市政协副主席施美玲, 市委常委李华, 总监刘强)
POST_LAST_CHARS = frozenset("长任记理员人席委监问")
# 兼任 / 担任 / 牵头: a verb that fills a role after a post (副市长兼任), never a holder's name
FILLS_ROLE = regex.compile(r"(?:兼|担|出|主)任|牵头|负责|同志|待定|暂缺|空缺|另行|分管")


def starts_unit(text: str) -> bool:
    """Whether text begins like a unit's name: a level word (市/州/旗…) or a national organ (科技部…)."""
    return bool(NAME_STARTER.match(text)) or starts_with_any(text, knowledge().national_organs)


def is_person_name(name: str) -> bool:
    """A surname and one or two characters (a compound surname and one or two)."""
    kb = knowledge()
    if not NAME_SHAPE.fullmatch(name):
        return False
    if name[:2] in kb.compound_surnames:
        return len(name) >= 3
    return name[0] in kb.surnames and len(name) <= 3


def _rest_score(rest: str) -> float:
    """How well a text reads as organization + position (or position alone)."""
    if not rest:
        return 0.0
    org, position = split_org_position(rest)
    score = 0.0
    if is_position(position):
        score += 3
    elif knowledge().org_end.search(rest):
        score += 1  # an organization whose position wrapped onto the next line
    if starts_unit(rest):
        score += 1
    return score


def split_person(text: str, gaps: set[int], not_names: frozenset[str] = frozenset()) -> tuple[int | None, int | None]:
    """Where the person is in a glued ``name + organization/position`` text, as (start, end) or (None, None).

    ``gaps`` holds the indices (relative to ``text``) that had whitespace before them in the
    raw layout: ``罗    毅  区政府副区长`` → {1, 2}, so the name ends at 2. ``not_names`` are words
    that look like names but are not (the notice's region: 常德供电公司 in a notice of 常德市 is no 常德 + 供电公司).
    """
    kb = knowledge()
    best: tuple[float, int | None, int | None] = (2.5 if is_position(split_org_position(text)[1]) else 0.0, None, None)
    for k in (2, 3, 4):
        name, rest = text[:k], text[k:]
        if len(text) < k or not is_person_name(name) or any(r.startswith(name) for r in not_names):
            continue
        score = _rest_score(rest) if rest else 2.0
        if rest and score < 1:
            continue  # what follows is neither an organization nor a position: no name + post here
        if name[-1] in kb.not_name_end:
            score -= 3
        # without layout gaps, the characters decide: a name ends in a given-name character
        # (陶琳 + 七里河街道, not 陶琳七 + 里河街道) and a place name often starts with 七/南/大 …
        score += 0.7 if name[-1] in kb.given_chars else -1
        if rest and rest[0] in kb.place_initials:
            score += 0.5
        if len(rest) > 2 and starts_unit(rest[1:]) and not is_position(rest):
            score -= 1  # 高永|恩市… : an organization begins one character on, so that character is the name's
        if k in gaps:
            score += 4
        elif any(k < g <= 4 for g in gaps):
            score -= 2  # the raw layout put the name/position break further on
        score += 0.3 if k == 3 else 0.2 if k == 2 else 0
        if score > best[0]:
            best = (score, 0, k)
    for found in (_spaced_name(text, gaps, not_names), _name_before_division(text, not_names),
                  _dotted_name_first(text), _name_after_post(text, gaps, not_names)):
        if found is not None and found[0] > best[0]:
            best = found
    for k in (2, 3):  # position first: 副市长王明 / 市发改委主任张三
        name, rest = text[-k:], text[:-k]
        if len(text) <= k or not is_person_name(name) or not is_position(split_org_position(rest)[1]):
            continue
        if any(r.startswith(name) for r in not_names):
            continue
        score = 3.0 + (4 if len(text) - k in gaps else 0) + (0.3 if k == 3 else 0.2)
        if text[-k - 1 : -k] in POST_LAST_CHARS and score > best[0]:
            best = (score, len(text) - k, len(text))
    return best[1], best[2]


def may_end_in_name(text: str) -> bool:
    """Whether :func:`split_person` without layout gaps may find a name closing ``text``, after its post (副市长王明,
    局长买合木提·吐尔逊): a surname's name after a post's last character, or a dotted name. A cheap test first: the
    other readings of a glued text put the name at its start."""
    return "·" in text or "•" in text or any(name_lengths_after_post(text))


def name_lengths_after_post(text: str, shortest_head: int = 1) -> Iterator[int]:
    """The lengths, 2 then 3, of a person's name closing ``text`` right after a character a post ends with (副市长王明
    → 2), with at least ``shortest_head`` characters before the name."""
    return (k for k in (2, 3)
            if len(text) - k >= shortest_head and text[-k - 1] in POST_LAST_CHARS and is_person_name(text[-k:]))


def _spaced_name(text: str, gaps: set[int], not_names: frozenset[str]) -> tuple[float, int, int] | None:
    """(score, 0, end) of a name the surname list cannot read (扎西顿珠, 其木格) that the raw layout set
    apart from a unit and post by spaces (``扎西顿珠　　区人民政府副区长``): the layout, not the characters,
    says where the name ends. None when the words before the gap read as a unit or a post."""
    kb = knowledge()
    k = min((g for g in gaps if g >= 2), default=None)
    if k is None or k > 17:
        return None
    name, rest = text[:k], text[k:]
    if not SPACED_NAME.fullmatch(name) or is_person_name(name) or any(r.startswith(name) for r in not_names):
        return None
    if starts_unit(name) or is_position(name) or kb.org_end.search(name) or name[-1] in kb.not_name_end:
        return None
    score = _rest_score(rest)
    return (4 + score, 0, k) if score >= 3 else None


def _dotted_name_first(text: str) -> tuple[float, int, int] | None:
    """(score, 0, end) of a dotted name glued before its post (古丽米拉·艾则孜行署副专员): the name's second part
    ends where the rest reads best as a unit and post (a unit's opening word: 行署, 地区); of equal readings, the
    shortest name (买合木提·吐尔逊|地区…, not 吐尔逊地|区…)."""
    dot = DOTTED_NAME.match(text)
    if not dot:
        return None
    kb = knowledge()
    middle = max(text.find("·"), text.find("•"))
    best = None
    for end in range(middle + 2, dot.end() + 1):
        rest = text[end:]
        if not rest or text[end - 1] in kb.not_name_end:
            continue
        score = _rest_score(rest)
        if score >= 3 and (best is None or score > best[0]):
            best = (score, end)
    return (5 + best[0], 0, best[1]) if best else None


def _name_after_post(text: str, gaps: set[int], not_names: frozenset[str]) -> tuple[float, int, int] | None:
    """(score, start, len) of a name after its post (地区林草局局长  买合木提·吐尔逊, 兵团第三师图木舒克市副师长、副市长
    刘国华): a dotted name, or after the raw layout's last gap a name the surname list may lack; what comes
    before reads as a unit and a post. Of a dotted name glued to the post, the longest post that reads so."""
    dot = DOTTED_NAME.search(text)
    starts = []
    if dot and dot.end() == len(text):
        middle = max(text.find("·", dot.start()), text.find("•", dot.start()))
        starts = [s for s in range(middle - 2, dot.start() - 1, -1)]
        starts = [s for s in starts if s in gaps] or starts
    else:
        last = max((g for g in gaps if g >= 2), default=None)
        name = text[last:] if last is not None else ""
        if SPACED_NAME.fullmatch(name) and (is_person_name(name) or not _not_a_name(name, not_names)):
            starts = [last]
    for start in starts:
        head = text[:start]
        if is_position(split_org_position(head)[1]) and head[-1] in POST_LAST_CHARS:
            return (7.5 if start in gaps else 6.0), start, len(text)
    return None


def _name_before_division(text: str, not_names: frozenset[str]) -> tuple[float, int, int] | None:
    """(score, 0, end) of a name glued to a post that opens with a division's full name (普布扎西林芝市公安局
    党委委员、副局长, 达瓦那曲市财政局局长): the division, found in the region table, says where the name ends,
    whether or not the surname list reads it. None when the words before it are a place or an organ's word."""
    kb = knowledge()
    for k in range(2, 7):
        name, rest = text[:k], text[k:]
        # the division first: one lookup settles most pieces (no division's full name right after; 公安 is a
        # county's short name, not 林芝市), where the name's checks scan the vocabularies
        if division_opening(rest) is None or not SPACED_NAME.fullmatch(name) or _not_a_name(name, not_names):
            continue
        score = _rest_score(rest)
        if score >= 3 and not any(c in kb.not_name_end for c in name):
            return 5 + score, 0, k
    return None


def _not_a_name(name: str, not_names: frozenset[str]) -> bool:
    """Words that open a unit, a post, a place or an organ's name: never the person glued before a post."""
    kb = knowledge()
    return (starts_unit(name) or is_position(name) or bool(kb.org_end.search(name)) or bool(ORGAN_OPENER.match(name))
            or bool(region_chain(name)) or any(r.startswith(name) or name.startswith(r) for r in not_names))


def name_before_unit(text: str, gaps: set[int], not_names: frozenset[str]) -> tuple[int | None, int | None]:
    """A name whose surname the list lacks (郗明华市财政局局长): two or three characters, none of them
    an agency word, before an organization that begins like a full name and ends in a position.
    Only for a piece of a list whose other pieces are named members: alone, a place before its
    bureau (某某市财政局局长) reads the same."""
    kb = knowledge()
    if region_chain(text):
        return None, None  # 那曲市生态环境局局长: the text opens with a place, no name
    for k in (4, 3, 2):
        name, rest = text[:k], text[k:]
        if not NAME_SHAPE.fullmatch(name) or any(c in kb.not_name_end for c in name):
            continue
        if _not_a_name(name, not_names):  # 国网通河 + 县供电公司: the words open a unit's name
            continue
        # a four-character name (格桑卓玛, 扎西平措) is no surname + given name: the unit after it must be sure
        if not (name[-1] in kb.given_chars or k in gaps or k == 4) or not starts_unit(rest):
            continue
        org, position = split_org_position(rest)
        if org and is_position(position) and starts_unit(org):
            return 0, k
    return None, None


def name_after_glued_post(text: str, not_names: frozenset[str]) -> int | None:
    """Where a name the surname list lacks begins, glued after its post with no layout gap (``县水务局副局长
    乌日娜``, ``副局长长庚``): two to four Han characters, none an agency word, after a text ending in a post. The
    shortest such name (the longest post that reads so). Only for a piece of a list whose other pieces are named
    members: alone, a post with a word after it reads the same."""
    kb = knowledge()
    for k in (2, 3, 4):
        head, name = text[:-k], text[-k:]
        if len(head) < 2 or not NAME_SHAPE.fullmatch(name) or name[-1] in kb.not_name_end:
            continue
        if head[-1] in POST_LAST_CHARS and is_position(split_org_position(head)[1]) and not _not_a_name(name, not_names):
            return len(head)
    return None


def name_after_unit_and_post(text: str, not_names: frozenset[str]) -> int | None:
    """Where a name the surname list lacks begins on a role's own line, glued after a unit's full name and its post
    (州人民政府副州长扎西平措, 县政府副县长乌日娜): the unit opens the text, and no character of the name is one a name
    never holds."""
    cut = name_after_glued_post(text, not_names)
    name = text[cut:] if cut is not None else ""
    if not name or not starts_unit(text) or any(c in knowledge().not_name_end for c in name) or FILLS_ROLE.search(name):
        return None
    return cut
