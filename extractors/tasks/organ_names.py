"""Words that name an organ, read without the agency dictionary: what a name may hold and end with (``部门``, ``人民政府``,
``局`` …: ``schemas/agencies.json`` → ``actors``), how it may begin (a level or group word, a division of the region
table, a national organ), and the organs a subject lists (``各地区、各部门`` → two; ``省、市、县级党委`` one; ``各乡（镇）、
街道`` two, the 各 shared; ``各县（区）民政局、财政局`` two, the places shared).

Reads names and text spans; returns whether words name an organ and the spans of the organs listed.
"""
from __future__ import annotations

import functools

import regex

from extractors.agency_names import knowledge
from extractors.regions import region_table
from extractors.word_sets import longest_suffix

# 的 在 对 向 …, punctuation, digits, quotes: never inside the subject that names an organ
NOT_IN_ACTOR = regex.compile(r"[的在对向把从被使让给于由其是，,。；;：:！？!?“”\"《》\s\d%]")
# 会同 / 牵头 / 按照 / 指导各地 …: verbs, never inside an organ's name (市科委会同市发改委 is two subjects; 民政部指导各地
# …托育机构 is an organ and its work, while 市就业指导中心 and 市关心下一代工作指导委员会 are names)
VERB_IN_NAME = regex.compile(r"会同|牵头|负责(?!同志)|配合|协助|按照|通过|围绕|依托|根据|督促|指导(?![中站所处科室组委])")
# （室） / （自治区、直辖市）: a bracket closing a name (办公厅（室）), left out when the name's end is read
TRAILING_BRACKET = regex.compile(r"[（(][^（）()]{1,12}[）)]$")
# （农业农村部农民科技教育培训中心） closing a name: the unit's other name, an organ's
OTHER_NAME = regex.compile(r"[（(]([^（）()]{4,30})[）)]$")
# 、 (outside brackets): between the organs a subject lists
LIST_MARK = regex.compile(r"、")
# 各市（地） / 各县 / 市 / 省级: the places (and level) a list's first organ opens with, which a bare department after a 、 shares
OWNER = regex.compile(r"(?:各|有关)?(?:省|市|县|区|州|盟|旗|乡|镇)级?(?:[（(][^（）()]{1,12}[）)])?")
# 各 / 有关 / 相关 opening a group of places (各乡（镇）): the word a bare place after a 、 shares (、街道)
GROUP_WORD = regex.compile(r"各|有关|相关")
# 和 及 与 以及: what joins the last organs of a subject (外交部和总参谋部)
JOINER = regex.compile(r"以及|[和及与]")


@functools.lru_cache(maxsize=1)
def _actor_heads() -> frozenset[str]:
    """What an organ's name ends with (部门, 人民政府, 局 …), as a set for suffix lookups."""
    return frozenset(knowledge().actor_heads)


def is_organ(name: str) -> bool:
    """Whether words name an organ or a group of them: ``行业主管部门``, ``各地区``, ``外交部``, ``县委书记``."""
    if not 2 <= len(name) <= 40:
        return False
    bare = _bare(name)
    return not NOT_IN_ACTOR.search(bare) and _names_organ(name, bare)


def _bare(name: str) -> str:
    """``name`` without the bracket that closes it (办公厅（室） → 办公厅): TRAILING_BRACKET, run only when a
    closing bracket is there for it to find."""
    return TRAILING_BRACKET.sub("", name) if ")" in name or "）" in name else name


def _names_organ(name: str, bare: str) -> bool:
    """``is_organ`` of a name of the right length whose ``bare`` form has no character of NOT_IN_ACTOR."""
    kb = knowledge()
    if kb.actor_groups.match(name) or name in kb.collective or name in kb.national_organs:
        return True  # (a national organ named whole: 中国人民银行, whose 行 is no head of its own)
    head = longest_suffix(bare, _actor_heads())
    if head is None:
        return _other_name_organ(name)
    not_organ = longest_suffix(bare, kb.not_organs)
    if not_organ and len(not_organ) >= len(head):
        return False  # 干部 / 医院 (a longer head names an organ: 省社会科学院, not 学院)
    if len(bare) <= len(head) or (len(head) == 1 and len(bare) < 3):
        return False  # 政府 / 部门 / 市局 alone name no one
    # a verb before the head (市科委会同…), read in the whole name so that 指导 sees the head it names (指导委员会)
    verb = next((m for m in VERB_IN_NAME.finditer(bare) if m.start() < len(bare) - len(head)), None)
    return verb is None and _begins_like_organ(bare)


def _other_name_organ(name: str) -> bool:
    """中央农业广播电视学校（农业农村部农民科技教育培训中心）: a unit named with its other name in the bracket that
    closes it, the bracketed name an organ's (a school or a press the heads do not know, also an office)."""
    other = OTHER_NAME.search(name)
    if other is None or other.start() < 2:
        return False
    inner = other.group(1)
    return not NOT_IN_ACTOR.search(inner) and _names_organ(inner, inner) and _begins_like_organ(name[:other.start()])


def _begins_like_organ(name: str) -> bool:
    """A level or group word (市科委, 各地区, 国家网信部门), a division of the region table (海南省人民政府),
    or a short national organ (外交部, 海关总署): not a verb phrase ending in 单位 (推荐单位, 变更企业)."""
    kb = knowledge()
    if kb.actor_start.match(name) or any(name.startswith(organ) for organ in kb.national_organs):
        return True
    table = region_table()
    if any(name[:k] in table.by_name for k in range(2, min(len(name), table.longest) + 1)):
        return True
    # a province by its short name (河北金融监管局, the regulator's branch named as it names itself)
    return any(r.level == "province" for k in (2, 3) for r in table.by_short.get(name[:k], ()))


def split_actor(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The organs of a subject: split at 、 and then at 和/及/与 only where every piece names an organ
    itself (``各地区、各部门`` → two; ``省、市、县级党委`` and ``地方各级党委和政府`` stay one)."""
    pieces = _split(text, start, end, LIST_MARK)
    if len(pieces) == 1 and "、" in text[start:end]:
        return pieces  # 省、市、县级党委和政府负责同志: the 、 joins levels of one organ
    out = []
    for s, e in pieces:
        out.extend(_split(text, s, e, JOINER))
    return out


def _split(text: str, start: int, end: int, mark: regex.Pattern) -> list[tuple[int, int]]:
    cuts, depth = [], 0
    for i in range(start, end):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
        elif depth == 0:
            m = mark.match(text, i, end)
            if m:
                cuts.append((i, m.end()))
    if not cuts:
        return [(start, end)]
    pieces, s = [], start
    for a, b in cuts:
        pieces.append((s, a))
        s = b
    pieces.append((s, end))
    first = text[pieces[0][0]:pieces[0][1]]
    owner = OWNER.match(first)
    owner = owner.group(0) if owner and owner.end() < len(first) else None
    groups = knowledge().actor_groups
    each = GROUP_WORD.match(first).group(0) if groups.match(first) else None  # 各乡（镇）、街道: the 各 is the next's too
    return pieces if all(is_organ(text[a:b]) or k and _shares_owner(owner, text[a:b])
                         or k and each is not None and groups.match(each + text[a:b])
                         for k, (a, b) in enumerate(pieces)) else [(start, end)]


def _shares_owner(owner: str | None, name: str) -> bool:
    """各县（区）民政局、财政局: a bare department after a 、 (财政局) that is an organ under the places the first
    one names (各市（地）财政局): a unit of its own, as the recipients rule reads such a list."""
    return owner is not None and not OWNER.match(name) and is_organ(owner + name)


def _owner(name: str) -> str | None:
    """The places (and level) an organ's name opens with, when more follows them (各县（市）财政局 → 各县（市））."""
    owner = OWNER.match(name)
    return owner.group(0) if owner and owner.end() < len(name) else None
