"""One agency name: normalized, split out of a list, expanded from an abbreviation, told agency-like
or not, and its kind.

Reads the compiled dictionary (:func:`extractors.agency_names.knowledge.knowledge`); returns strings,
spans and booleans. Resolution order and the notice's own aliases live in :mod:`.resolver`.
"""
from __future__ import annotations

import functools

import regex

from extractors.agency_names.knowledge import knowledge

# 〈区〉 (区) ［区］ 〔区〕: bracket variants an agency name may carry, all written （区） once normalized
BRACKET_VARIANTS = str.maketrans(
    {"〈": "（", "〉": "）", "(": "（", ")": "）", "［": "（", "］": "）", "[": "（", "]": "）", "〔": "（", "〕": "）"}
)
# brackets that may hold separators inside a name (各县（市、区）人民政府, 各县〔市、区〕人民政府)
OPENING, CLOSING = "（(〈［[【〔", "）)〉］]】〕"
# 、 ， , ； ; : the separators of an agency list (never 和: 各基础电信企业和铁塔企业 is one unit)
LIST_SEPARATORS = "、，,；;"
# 各辖市 / 各县 / 市 before a 、: places only, whose organ is named after the next place (各辖市、区人民政府: one unit)
LEVEL_ONLY = regex.compile(r"\s*各?(?:所?辖)?(?:市|县|区|县市|市县|县区)\s*")
# 某某县 / 某某镇 / 某某新区 before a 、 and 某县党委和政府 after it: places named one by one, their organs once after the last
# (某县、某县党委和政府: every place's party and government organs, one unit, as a zone list before 党工委和管委会 is)
NAMED_PLACE = regex.compile(r"\s*\p{Han}{1,8}?(?:自治县|县|市|区|镇|乡|旗|街道|新区|开发区|高新区)\s*")
PLACE_ORGANS = regex.compile(
    rf"(?:{NAMED_PLACE.pattern})(?:党委|党工委)?(?:和|及|与)?(?:人民政府|政府|管委会|办事处)?(?<=委|府|会|处)\s*")
# 、 ， , ； ;: where the next item of a list begins
NEXT_ITEM = regex.compile(r"[、，,；;]")
# 等 / 等单位 / 等有关部门 closing a list: "etc.", not part of the last name
TRAILING_ETC = regex.compile(r"(?:等(?:有关|相关)?(?:单位|部门)?|等等)$")
# 按职责分工负责 / 按照各自职责落实 / 依职责负责 closing the last name of a unit list: how the units share the work
TRAILING_DUTY = regex.compile(r"(?:按(?:照)?(?:各自)?职责(?:分工)?|依职责)(?:负责|落实)?$")
# 牵头 / 配合 / 负责落实 closing a name of a unit list that gives roles in words (责任单位：A牵头，B、C配合): the role
TRAILING_ROLE = regex.compile(r"(?:牵头|配合|协助|参与|负责(?:落实|实施)?|具体实施|抓好落实)$")
#: the last characters of TRAILING_ROLE's words: an item ending in another has none
ROLE_LAST = frozenset("头合助与责实施")
# a bracket or a list separator: the characters split_agency_list reads a list by
LIST_MARK = regex.compile("[" + regex.escape(OPENING + CLOSING + LIST_SEPARATORS) + "]")
# —— / — / / / 无 / 暂无: a cell that says "no agency"
NO_AGENCY = regex.compile(r"^[—–\-－/／\s]*$|^(?:无|暂无|空)$")
# characters that never occur inside an agency name (sentence punctuation, quotes, digits)
NOT_IN_NAME = regex.compile(r"[。！？：:“”\"《》\d%％\n\t]")
# 。 的 简称 牵头 …: what is_agency_like refuses anywhere in a name (NOT_IN_NAME but the layout normalize_name drops,
# 的, 简称, and the words of VERB_IN_NAME that need no end): no agency-like part of a text runs over one
NEVER_IN_NAME = regex.compile(r"[。！？：:“”\"《》\d%％的]|简称|会同|牵头|负责")
# 市人社局会同市总工会 / 市发改委牵头 / …风险分担和经办 / …办公室承办: a role verb inside, or a verb in 办 at the
# end: two names and the work between them, or a name and what it does, never one name
VERB_IN_NAME = regex.compile(r"会同|牵头|负责|(?:经|承|主|协|督|交|转|代|举|开|兴|创|查)办$")
# 中国 / 国网 / 国家 or a level character: how a full agency name begins in running text
NAME_STARTER = regex.compile(r"^(?:中国|国网|国家|地区|行署|地委|[省市区县州盟旗各])")
# 某市电信 / 某区移动 / 某市华数: a place name and an operator brand, as notices shorten them
PLACE_OPERATOR = regex.compile(r"^(?!基础|通信|网络|信息|中国)(?P<place>\p{Han}{2,4}?)(?:移动|电信|联通|铁塔|广电|华数)$")
# spaces, tabs, line ends: layout, never part of a name
WHITESPACE = regex.compile(r"\s+")


#: the most characters an agency name has (layout spaces aside): a longer word is no agency (is_agency_like)
LONGEST_NAME = 40


@functools.lru_cache(maxsize=16384)  # the same names come back in every notice (and several times in one)
def normalize_name(name: str) -> str:
    """The name as written, brackets normalized (〈〉 () ［］ → （）) and layout spaces removed."""
    return WHITESPACE.sub("", name.translate(BRACKET_VARIANTS))


def split_agency_list(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Split ``市规自局、各县〈区〉人民政府等`` into (name, start, end) items, with exact spans.

    Separators inside brackets do not split (``各县（市、区）人民政府``); a closing 等 and
    surrounding whitespace are left out of the span; "no agency" cells (——) give nothing.
    """
    items: list[tuple[str, int, int]] = []
    depth, start = 0, 0
    for mark in LIST_MARK.finditer(text + "、"):  # the characters acted on, not every character of a long text
        i, char = mark.start(), mark.group()
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
        elif char in LIST_SEPARATORS and depth == 0:
            if char == "、" and (LEVEL_ONLY.fullmatch(text, start, i) or _places_sharing_organs(text, start, i)):
                continue  # 各辖市、区人民政府 / 甲县、乙县党委和政府: the places share the organs after the last of them
            items.extend(_clean_item(text, start, i, offset))
            start = i + 1
    return items


def _places_sharing_organs(text: str, start: int, end: int) -> bool:
    """A place named alone before the 、 at ``end``, and after it places up to one that its organs follow
    (甲县、乙县、丙县党委和政府): the places share those organs."""
    start = max(start, text.rfind("、", start, end) + 1)  # 甲县、乙县 ⟶ 、: the place after a place already joined
    if not NAMED_PLACE.fullmatch(text, start, end) or text.startswith("各", start):
        return False
    at = end + 1
    while True:
        nxt = NEXT_ITEM.search(text, at)
        stop = nxt.start() if nxt else len(text)
        if PLACE_ORGANS.fullmatch(text, at, stop) and not NAMED_PLACE.fullmatch(text, at, stop):
            return True
        if not nxt or nxt.group() != "、" or not NAMED_PLACE.fullmatch(text, at, stop):
            return False
        at = stop + 1


def _clean_item(text: str, start: int, end: int, offset: int) -> list[tuple[str, int, int]]:
    while start < end and text[start].isspace():
        start += 1
    for joiner in ("以及", "及"):  # ……、以及X: the joiner before a last item is no part of it
        if text.startswith(joiner, start) and end - start > len(joiner) + 1:
            start += len(joiner)
            break
    while end > start and (text[end - 1].isspace() or text[end - 1] in "。."):
        end -= 1
    etc = TRAILING_ETC.search(text, start, end) if text.find("等", start, end) >= 0 else None  # every match holds 等
    if etc and etc.start() > start:
        end = etc.start()
    duty = TRAILING_DUTY.search(text, start, end) if text.find("职责", start, end) >= 0 else None  # and 职责
    if duty and duty.start() > start:
        end = duty.start()  # （责任单位：A，B、C按职责分工负责）: C is the unit
    role = TRAILING_ROLE.search(text, start, end) if text[end - 1 : end] in ROLE_LAST else None  # (ends it)
    if role and role.start() - start >= 2:
        end = role.start()  # 责任单位：A牵头，B配合: A and B are the units
    piece = text[start:end]
    if not piece or NO_AGENCY.match(piece):
        return []
    return [(piece, offset + start, offset + end)]


@functools.lru_cache(maxsize=16384)  # pure: the dictionary is fixed per process
def expand_abbreviation(name: str, regions: frozenset[str] = frozenset()) -> str | None:
    """``市规自局`` → ``市规划和自然资源局``; None when no dictionary entry fits (or it is already full).

    The prefix before the abbreviation is a level character, a region name, or nothing; the
    notice's own region names count too (某某通发办 in a notice of 某某市).
    """
    kb = knowledge()
    # longest abbreviation first: try the name's suffixes from the longest down (dict lookups, not a scan)
    for cut in range(len(name)):
        full = kb.abbreviations.get(name[cut:])
        if full is None:
            continue
        prefix = name[:cut]
        if (kb.prefix.match(prefix) or prefix in regions) and not prefix.startswith("各"):
            expanded = prefix + full
            return expanded if expanded != name else None
    return None


def in_dictionary(name: str) -> bool:
    kb = knowledge()
    return any(name[cut:] in kb.forms and kb.prefix.match(name[:cut])
               for cut in range(max(len(name) - kb.longest_form, 0), len(name)))  # endings no longer than a form


@functools.lru_cache(maxsize=8192)  # the dictionary is fixed per process; notices test the same words again and again
def is_agency_like(name: str) -> bool:
    """Whether a list item or a bracket word reads as an agency (or a group of units)."""
    name = normalize_name(name)
    kb = knowledge()
    if not 2 <= len(name) <= LONGEST_NAME or NOT_IN_NAME.search(name) or "的" in name or "简称" in name:
        return False
    if VERB_IN_NAME.search(name):
        return False
    return bool(
        name in kb.collective
        or name.endswith(kb.strong_suffixes)  # kb.strong_end, without a line end (normalize_name took layout out)
        or kb.group_end.match(name)
        or PLACE_OPERATOR.match(name)
        or in_dictionary(name)
        or name in kb.national_organs  # 应急管理部 / 中国银保监会: national organs named without a level word
    )


def refused_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that no agency-like part of it holds (:func:`is_agency_like` refuses every word over one),
    so that a search for the longest name in a clause need not try the parts that run over them."""
    return [m.span() for m in NEVER_IN_NAME.finditer(text, overlapped=True)]


@functools.lru_cache(maxsize=16384)  # pure: the dictionary is fixed per process
def kind_of(name: str) -> str | None:
    """The kind of an agency by the ordered suffix/keyword rules of ``schemas/agencies.json``."""
    name = normalize_name(name)
    for kind, pattern in knowledge().kinds:
        if pattern.search(name):
            return kind
    return None
