"""agencies extractor: every agency a notice names, with one canonical full name and a kind.

A notice names the same body in several ways: its full name (``市规划和自然资源局``), a common
abbreviation (``市规自局``), an alias it defines itself (``中国铁塔某市分公司某县办事处（以下简称
铁塔公司）``) or a short form it pairs with the full one elsewhere (``市大数据局`` / ``市大数据应用局``).
Resolution order: the notice's own aliases, then its pairings, then the abbreviation dictionary
(``schemas/agencies.json``, loaded once), and the name as written when none applies.

Mentions are found where agencies are certain to be (task-table agency columns, agency
parentheses, role clauses, alias definitions, task-force member organizations), then by
patterns in running text (a level prefix plus an agency suffix), and finally every further
occurrence of a name already found. The helpers here (list splitting, kinds, the
organization/position split) are shared with the tasks and taskforce extractors.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

import regex

from extractors.registry import register
from schemas.records import AgencyAlias, AgencyIndex, AgencyMention

DATA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "agencies.json"

# 〈区〉 (区) ［区］ 〔区〕: bracket variants an agency name may carry, all written （区） once normalized
BRACKET_VARIANTS = str.maketrans(
    {"〈": "（", "〉": "）", "(": "（", ")": "）", "［": "（", "］": "）", "[": "（", "]": "）", "〔": "（", "〕": "）"}
)
# brackets that may hold separators inside a name (各县（市、区）人民政府, 各县〔市、区〕人民政府)
OPENING, CLOSING = "（(〈［[【〔", "）)〉］]】〕"
# 、 ， , ； ; : the separators of an agency list (never 和: 各基础电信企业和铁塔企业 is one unit)
LIST_SEPARATORS = "、，,；;"
# ； 。 line end: where a role clause's agency list ends (牵头单位：A；责任单位：B)
CLAUSE_END = "；;。\n"
# 等 / 等单位 / 等有关部门 closing a list: "etc.", not part of the last name
TRAILING_ETC = regex.compile(r"(?:等(?:有关|相关)?(?:单位|部门)?|等等)$")
# —— / — / / / 无 / 暂无: a cell that says "no agency"
NO_AGENCY = regex.compile(r"^[—–\-－/／\s]*$|^(?:无|暂无|空)$")
# characters that never occur inside an agency name (sentence punctuation, quotes, digits)
NOT_IN_NAME = regex.compile(r"[。！？：:“”\"《》\d%％\n\t]")
# （以下简称铁塔公司） （简称“供电公司”，…） （下称X）: an alias the notice defines for the name before it
ALIAS_DEFINITION = regex.compile(
    r"[（(](?:以下|下文)?(?:简称|称)[：:]?[“\"]?(?P<alias>[\p{Han}A-Za-z0-9]{2,12})[”\"]?(?=[，,；;）)])"
)
# 中国 / 国网 / 国家 or a level character: how a full agency name begins in running text
NAME_STARTER = regex.compile(r"^(?:中国|国网|国家|[省市区县各])")
# characters that, before a level prefix, leave it free to start a name (由市发改委 / 会同区经信委 / ，县财政局)
FREE_LEFT = "由与和及向对同在将把给经为被从请、，,。；;：:（(“\" \t\n"
# 中国移动某市分公司 / 中国铁塔某市分公司某县办事处 / 国网某省电力公司某县供电公司: operators by brand
OPERATOR_NAME = regex.compile(
    r"(?:中国(?:移动|电信|联通|铁塔|广电)|国网)(?:\p{Han}{0,12}?(?:有限公司|分公司|公司|办事处))?(?:\p{Han}{0,8}?(?:分公司|办事处|供电公司))?"
)
# 某市电信 / 某区移动 / 某市华数: a place name and an operator brand, as notices shorten them
PLACE_OPERATOR = regex.compile(r"^(?!基础|通信|网络|信息|中国)(?P<place>\p{Han}{2,4}?)(?:移动|电信|联通|铁塔|广电|华数)$")
# 省 / 市 / 自治区 / 县 … at the end of a region name: what its stem leaves out (某某市 → 某某)
REGION_LEVEL = regex.compile(r"(?:省|市|自治区|自治州|自治县|地区|盟|州|区|县|旗)$")
# 市中心 / 区局 / 县办: a level character and a bare suffix read as a name (区委 / 市政府 are names)
TOO_SHORT_NAME = regex.compile(r"^[省市区县州旗](?:中心|局|办|部|厅|署|集团|公司|大队|支队|新区)$")
# 省 市 县 区 州 盟 旗: the last character of a division name (某某市)
LEVEL_END = regex.compile(r"[省市县区州盟旗]")
# 福建分公司 / 某某市分公司 right after a group name: 各基础电信企业某省分公司 is one unit
GROUP_BRANCH = regex.compile(r"\p{Han}{2,6}?(?:分公司|子公司|办事处)")
# （管委会） / （街道） closing an organization: 各区镇人民政府（管委会）, 各乡镇（街道）
TRAILING_NOTE = regex.compile(r"[（(][^（）()]{1,8}[）)]$")
# spaces, tabs, line ends: layout, never part of a name
WHITESPACE = regex.compile(r"\s+")
# 联络单位 / 实施部门: a header cell naming units of some role not in the role words
UNIT_HEADER = regex.compile(r"(?:单位|部门)$")
# （A、B、C） with at most one nested bracket pair: a bracket group that may list agencies
BRACKET_GROUP = regex.compile(r"[（(]([^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*)[）)]")
# 市规自局、市通联办、各县（区）人民政府: a run of 、-separated words between clause punctuation
LIST_RUN = regex.compile(r"[^，,。；;：:\n\t]+(?:、[^，,。；;：:、\n\t]+)+")


# 会同 / 牵头 / 负责 …: verbs that link two agencies, never inside a name (区政府办|会同|区经信委);
# 两级 / 各级: "at both levels", never a name (市县两级宣传部门)
NAME_STOP_WORDS = "会同|牵头|负责|配合|协同|联合|协助|按照|通过|围绕|推动|加强|组织|指导|督促|开展|对接|两级|各级|多级|同级|本级"
# 的 是 在 对 向 …: function characters that end a name's left context, never inside a name
NAME_STOP_CHARS = "的是在对向为与要将由把从等并及或了其按请"
# 长 兼 任 副 主: position characters; a unit chained after a name (市生态环境局|某县分局) holds none
CHAIN_STOP_CHARS = "长兼任副主"


@dataclass(frozen=True)
class Knowledge:
    """The agency data of ``schemas/agencies.json``, compiled once per process."""

    abbreviations: dict[str, str]  # short core → full core
    forms: frozenset[str]  # every short and full core: what a dictionary name may end with
    prefix: regex.Pattern  # what may stand before an abbreviation (市 / 某某区 / nothing)
    strong_name: regex.Pattern  # 市通信管理局: a level prefix, a short core, a strong suffix
    strong_tail: regex.Pattern  # the same without the prefix: what follows a region name (高新区 …)
    group_name: regex.Pattern  # 各基础电信企业 / 有关单位: a group prefix and a group suffix
    strong_end: regex.Pattern  # a name that ends like an agency (局, 委员会, 人民政府 …)
    group_end: regex.Pattern  # a whole group name (各…企业, 有关…单位)
    collective: frozenset[str]  # 基础电信企业 …: collective names that stand alone
    org_end: regex.Pattern  # the end of an organization part (县政府办公室 | 副主任)
    position: regex.Pattern  # a whole position (副局长科员, 四级高级警长, 市委常委、副市长)
    kinds: tuple[tuple[str, regex.Pattern], ...]
    role_words: dict[str, tuple[str, ...]]
    telecom_brands: tuple[str, ...]
    taskforce_names: tuple[str, ...]
    taskforce_roles: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    not_name_end: frozenset[str]  # characters that never end a personal name (市, 局, 副 …)
    given_chars: frozenset[str]  # characters common at the end of a given name
    place_initials: frozenset[str]  # characters that often begin a place name (七里河, 南门口)


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """Load and compile ``schemas/agencies.json`` (once per process, never per document)."""
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    abbreviations = {k: v for k, v in data["abbreviations"].items() if not k.startswith("_")}
    strong = _alternation(data["strong_suffixes"])
    group = _alternation(data["group_suffixes"])
    group_prefix = _alternation(data["group_prefixes"])
    # a name core: a Han character that is no stop word or stop character, or a short bracket group
    core = rf"(?:(?!{NAME_STOP_WORDS})(?![{NAME_STOP_CHARS}])\p{{Han}}|（[^（）\n]{{1,8}}）)"
    chain_core = rf"(?:(?!{NAME_STOP_WORDS})(?![{NAME_STOP_CHARS}{CHAIN_STOP_CHARS}])\p{{Han}})"
    # core + suffix, then further units (某县分局) whose suffix is no position (局长, 主任)
    tail = rf"(?:{core}){{0,12}}?(?:{strong})(?:(?![省市区县])(?:{chain_core}){{0,6}}?(?:{strong})(?![长任]))*"
    positions = data["positions"]
    one_position = rf"(?:(?:{_alternation(positions['modifiers'])})*(?:{_alternation(positions['cores'])}))+"
    person = data["person_names"]
    return Knowledge(
        abbreviations=abbreviations,
        forms=frozenset(abbreviations) | frozenset(abbreviations.values()),
        prefix=regex.compile(data["prefix_pattern"]),
        strong_name=regex.compile(rf"(?:中国|国网|[省市区县州旗]){tail}"),
        strong_tail=regex.compile(tail),
        group_name=regex.compile(rf"(?:{group_prefix})(?:{core}){{0,8}}?(?:{group})"),
        strong_end=regex.compile(rf"(?:{strong})$"),
        group_end=regex.compile(rf"^(?:{group_prefix}).*(?:{group})$"),
        collective=frozenset(data["collective_names"]),
        org_end=regex.compile(rf"(?:{_alternation(data['org_end'])})$"),
        position=regex.compile(rf"^{one_position}(?:[、，,和及]{one_position})*$"),
        kinds=tuple((kind, regex.compile(pattern)) for kind, pattern in data["kinds"]),
        role_words={role: tuple(sorted(words, key=len, reverse=True)) for role, words in data["role_words"].items()},
        telecom_brands=tuple(data["telecom_brands"]),
        taskforce_names=tuple(data["taskforce"]["names"]),
        taskforce_roles=tuple(data["taskforce"]["roles"]),
        surnames=frozenset(person["surnames"]),
        compound_surnames=frozenset(person["compound_surnames"]),
        not_name_end=frozenset(person["not_name_end"]),
        given_chars=frozenset(person["given_chars"]),
        place_initials=frozenset(person["place_initials"]),
    )


# ---------------------------------------------------------------- names


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
    for i, char in enumerate(text + "、"):
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
        elif char in LIST_SEPARATORS and depth == 0:
            items.extend(_clean_item(text, start, i, offset))
            start = i + 1
    return items


def _clean_item(text: str, start: int, end: int, offset: int) -> list[tuple[str, int, int]]:
    while start < end and text[start].isspace():
        start += 1
    for joiner in ("以及", "及"):  # ……、以及X: the joiner before a last item is no part of it
        if text.startswith(joiner, start) and end - start > len(joiner) + 1:
            start += len(joiner)
            break
    while end > start and (text[end - 1].isspace() or text[end - 1] in "。."):
        end -= 1
    etc = TRAILING_ETC.search(text, start, end)
    if etc and etc.start() > start:
        end = etc.start()
    piece = text[start:end]
    if not piece or NO_AGENCY.match(piece):
        return []
    return [(piece, offset + start, offset + end)]


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
    return any(name[cut:] in kb.forms and kb.prefix.match(name[:cut]) for cut in range(len(name)))


def is_agency_like(name: str) -> bool:
    """Whether a list item or a bracket word reads as an agency (or a group of units)."""
    name = normalize_name(name)
    kb = knowledge()
    if not 2 <= len(name) <= 40 or NOT_IN_NAME.search(name) or "的" in name or "简称" in name:
        return False
    return bool(
        name in kb.collective
        or kb.strong_end.search(name)
        or kb.group_end.match(name)
        or PLACE_OPERATOR.match(name)
        or in_dictionary(name)
    )


def kind_of(name: str) -> str | None:
    """The kind of an agency by the ordered suffix/keyword rules of ``schemas/agencies.json``."""
    name = normalize_name(name)
    for kind, pattern in knowledge().kinds:
        if pattern.search(name):
            return kind
    return None


# ---------------------------------------------------------------- organization / position


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


# ---------------------------------------------------------------- resolution


@dataclass
class Resolver:
    """Name → (canonical, kind) for one notice: its aliases first, then its pairings, then the dictionary."""

    aliases: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias → (canonical, source)
    regions: frozenset[str] = frozenset()  # the notice's region names, valid abbreviation prefixes

    def canonical(self, name: str) -> tuple[str, str | None]:
        """(canonical full name, source of the resolution or None when written in full)."""
        agency = normalize_name(name)
        if agency in self.aliases:
            return self.aliases[agency]
        expanded = expand_abbreviation(agency, self.regions)
        if expanded:
            return expanded, "dictionary"
        return agency, None

    def mention(self, doc, start: int, end: int, role: str | None = None) -> AgencyMention:
        raw = doc.text[start:end]
        canonical, _ = self.canonical(raw)
        return AgencyMention(
            char_start=start, char_end=end, evidence=raw, page=doc.page_at(start), name_raw=raw,
            agency=normalize_name(raw), canonical=canonical, kind=kind_of(canonical) or kind_of(raw), role=role,
        )


def resolver_for(index: AgencyIndex | None, meta=None) -> Resolver:
    """The resolver of a notice from the aliases its AgencyIndex records (notice and pairing)."""
    resolver = Resolver(regions=region_names(meta))
    for alias in (index.aliases if index else []):
        if alias.source in ("notice", "pairing"):
            resolver.aliases[normalize_name(alias.alias)] = (alias.canonical, alias.source)
    return resolver


def regional_forms(names: set[str], meta, resolver: Resolver) -> dict[str, str]:
    """Names with a bare level prefix that the notice also writes with its region's name:
    ``市通联办`` (市通信建设联合办公室) → ``某某通信建设联合办公室`` when the notice's city is 某某市."""
    by_level: dict[str, list[str]] = {}
    for region in (getattr(meta, "province", None), getattr(meta, "city", None), getattr(meta, "county", None)):
        if region and len(region) >= 2:
            by_level.setdefault(region[-1], []).extend([region, REGION_LEVEL.sub("", region)])
    pairs: dict[str, str] = {}
    for name in names:
        full, _ = resolver.canonical(name)
        if full[0] not in by_level:
            continue
        found = [region + full[1:] for region in by_level[full[0]] if region + full[1:] in names]
        if found and found[0] != name:
            pairs[name] = found[0]
    return pairs


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(char in it for char in short)


def pair_short_forms(names: set[str]) -> dict[str, str]:
    """Short forms the notice pairs with a full name it also writes: ``市大数据局`` → ``市大数据应用局``.

    Same level prefix and last character, the short core a subsequence of the long one, and
    exactly one candidate; a name contained whole in another (市财政局 / 市财政局某县分局) is a
    sub-unit, not a full form. A truncated name (``区大数据`` without its suffix) pairs with the
    one name it begins.
    """
    kb = knowledge()
    pairs: dict[str, str] = {}
    for short in names:
        if len(short) < 3 or short[0] not in "省市区县" or kb.group_end.match(short):
            continue
        truncated = not kb.strong_end.search(short)
        candidates = []
        for full in names:
            if full == short or len(full) <= len(short) or full[0] != short[0]:
                continue
            if truncated:
                if full.startswith(short) and kb.strong_end.search(full) and len(full) - len(short) <= 2:
                    candidates.append(full)
            elif full[-1] == short[-1] and short not in full and _is_subsequence(short[1:-1], full[1:-1]):
                if short[1] == full[1]:
                    candidates.append(full)
        if len(candidates) == 1:
            pairs[short] = candidates[0]
    return pairs


# ---------------------------------------------------------------- finding mentions


def _left_name(text: str, end: int, regions: frozenset[str] = frozenset(), limit: int = 30) -> int | None:
    """Start of the agency name that ends at ``end`` (before an alias definition's bracket)."""
    start = end
    while start > 0 and end - start < limit and text[start - 1] not in "，,。；;：:、\n\t“”《》）)":
        start -= 1
    for s in range(start, end - 1):
        if _starts_name(text[s:end], regions) and is_agency_like(text[s:end]):
            return s
    if is_agency_like(text[start:end]) and end - start <= 20:
        return start
    return None


def _starts_name(name: str, regions: frozenset[str]) -> bool:
    """Whether a word begins like a full agency name: 市/县/各/中国/国网 or the notice's own region."""
    return bool(NAME_STARTER.match(name)) or any(name.startswith(r) for r in regions)


def alias_definitions(doc, regions: frozenset[str] = frozenset()) -> list[tuple[int, int, int, int]]:
    """(full start, full end, alias start, alias end) of every ``X（以下简称Y）`` the notice writes."""
    out = []
    for m in ALIAS_DEFINITION.finditer(doc.text):
        start = _left_name(doc.text, m.start(), regions)
        if start is None:
            continue
        out.append((start, m.start(), m.start("alias"), m.end("alias")))
    return out


def agency_columns(header: list[str]) -> dict[int, str]:
    """Column index → role (lead | responsible | partner) of a table header (牵头单位 / 责任单位 / 配合单位)."""
    roles = knowledge().role_words
    out: dict[int, str] = {}
    for col, cell in enumerate(header):
        cell = WHITESPACE.sub("", cell)
        for role in ("lead", "partner", "responsible"):
            if any(word in cell for word in roles[role] if len(word) > 2) or cell in roles[role]:
                out[col] = role
                break
        else:
            if UNIT_HEADER.search(cell) and "序号" not in cell:
                out[col] = "responsible"
    return out


def bracket_agency_lists(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of bracket groups （A、B、C） whose every item reads as an agency."""
    out = []
    for m in BRACKET_GROUP.finditer(text):
        inner = m.group(1)
        items = split_agency_list(inner, offset + m.start(1))
        if items and all(is_agency_like(name) for name, _, _ in items):
            out.extend((s, e) for _, s, e in items)
    return out


def _free_mentions(text: str, regions: frozenset[str]) -> list[tuple[int, int]]:
    """Agency names in running text: level prefix + core + strong suffix, group words, operator brands,
    and names that begin with the notice's own region (某某高新区, 某某县人民政府)."""
    kb = knowledge()
    spans = []
    for m in kb.strong_name.finditer(text, overlapped=False):
        if m.start() and text[m.start() - 1] not in FREE_LEFT and not text.startswith(("中国", "国网"), m.start()):
            continue
        if not TOO_SHORT_NAME.match(m.group(0)):
            spans.append((m.start(), m.end()))
    if regions:
        for m in regex.finditer(_alternation(regions), text):
            tail = kb.strong_tail.match(text, m.end())
            if tail and not TOO_SHORT_NAME.match(text[m.end() - 1 : tail.end()]):
                spans.append((m.start(), tail.end()))
    for m in kb.group_name.finditer(text):
        # 各基础电信企业某省分公司: the group's branches in one place are one unit
        branch = GROUP_BRANCH.match(text, m.end())
        spans.append((m.start(), branch.end() if branch else m.end()))
    for m in OPERATOR_NAME.finditer(text):
        spans.append((m.start(), m.end()))
    spans += _place_named(text, kb)
    return spans


def _place_named(text: str, kb: "Knowledge") -> list[tuple[int, int]]:
    """Names that open with any division of the region table: 某某市工业和信息化局 of another city
    than the issuer's (a provincial notice addresses all its cities)."""
    from extractors.metadata import region_table  # the bundled division table, loaded once

    table = region_table()
    spans = []
    for m in LEVEL_END.finditer(text):
        end = m.end()
        for length in range(min(table.longest, end), 1, -1):
            start = end - length
            if text[start:end] in table.by_name:
                if start == 0 or text[start - 1] in FREE_LEFT:
                    tail = kb.strong_tail.match(text, end)
                    if tail and not TOO_SHORT_NAME.match(text[end - 1 : tail.end()]):
                        spans.append((start, tail.end()))
                break
    return spans


def region_names(meta) -> frozenset[str]:
    """The notice's province / city / county, full and without the level word (某某市, 某某)."""
    names = set()
    for name in (getattr(meta, "province", None), getattr(meta, "city", None), getattr(meta, "county", None)):
        if name and len(name) >= 2:
            names.add(name)
            stem = REGION_LEVEL.sub("", name)
            if len(stem) >= 2:
                names.add(stem)
    return frozenset(names)


def _names_itself(name: str, regions: frozenset[str], places: set[str]) -> bool:
    """An agency-like word whose edges are sure without delimiters: it begins like a full name, or
    is a place + operator brand whose place the notice names (某某电信 when 某某 is its city or a
    sibling item is 某某移动), or is a collective name."""
    if not is_agency_like(name):
        return False
    operator = PLACE_OPERATOR.match(name)
    if operator:
        return operator.group("place") in places or any(name.startswith(r) for r in regions)
    return _starts_name(name, regions) or name in knowledge().collective


def _list_run_mentions(text: str, regions: frozenset[str]) -> list[tuple[int, int]]:
    """Items of a 、-separated run of agency names in prose (某区电信、某区移动、某区联通…)."""
    out = []
    for m in LIST_RUN.finditer(text):
        items = split_agency_list(m.group(0), m.start())
        if len(items) < 2:
            continue
        places = _shared_places(items)
        for k, (name, s, e) in enumerate(items):
            if k == 0:  # the first item: its ending that begins like a name
                s = next((s + i for i in range(len(name) - 1) if _names_itself(name[i:], regions, places)), None)
                if s is None:
                    continue
            elif k == len(items) - 1:  # the last item: its beginning that reads as a name
                e = next((s + j for j in range(len(name), 1, -1) if _names_itself(name[:j], regions, places)), None)
                if e is None:
                    continue
            elif not _names_itself(name, regions, places):
                continue
            out.append((s, e))
    return out


def _shared_places(items: list[tuple[str, int, int]]) -> set[str]:
    """Places that two or more items of a list pair with an operator brand (某区电信、某区移动)."""
    brands = knowledge().telecom_brands
    counts: dict[str, int] = {}
    for name, _, _ in items:
        for place in {name[:i] for i in range(2, 5)}:
            if any(name.startswith(brand, len(place)) for brand in brands):
                counts[place] = counts.get(place, 0) + 1
    return {place for place, n in counts.items() if n >= 2}


def _drop_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longer ones winning, in text order."""
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda se: (-(se[1] - se[0]), se[0])):
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)


def _table_mentions(doc) -> list[tuple[int, int]]:
    """Agencies in task-table agency columns, and cells whose every list item reads as an agency."""
    from extractors import tasks  # the task-table reader; imported here because tasks imports this module

    spans = tasks.table_agency_spans(doc)
    for table in doc.tables:
        for row in table.rows:
            for cell in row:
                items = split_agency_list(cell.text, cell.char_start)
                if items and all(is_agency_like(n) for n, _, _ in items):
                    spans.extend((s, e) for _, s, e in items)
    return spans


@functools.lru_cache(maxsize=1)
def role_clause_pattern() -> regex.Pattern:
    """牵头单位： / 责任单位：: a role label, and the line end a page break may have put after it;
    the agency list starts where the match ends (``role_clauses`` finds where it stops)."""
    words = [w for ws in knowledge().role_words.values() for w in ws if len(w) > 2]
    return regex.compile(rf"(?P<label>{_alternation(words)})[：:](?:[ \t]*\n)?")


def _clause_list_end(text: str, start: int, end: int) -> int:
    """Where the agency list of a role clause stops: at ；。 or a line end, at the bracket that closes
    the clause (not one inside a name: 各县（市、区）人民政府), or before the next label
    (责任单位：A，配合单位：B / A，完成时限：…), since no agency name holds a colon."""
    depth, last_separator = 0, None
    for i in range(start, end):
        char = text[i]
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and char in CLAUSE_END:
            return i
        elif depth == 0 and char in LIST_SEPARATORS:
            last_separator = i
        elif char in "：:":
            return last_separator if last_separator is not None else start
    return end


def role_clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int, int]]:
    """(label, label start, list start, list end) of every ``牵头单位：A、B`` clause in ``text[start:end]``."""
    end = len(text) if end is None else end
    out = []
    for m in role_clause_pattern().finditer(text, start, end):
        out.append((m.group("label"), m.start(), m.end(), _clause_list_end(text, m.end(), end)))
    return out


def _role_clause_mentions(text: str) -> list[tuple[int, int]]:
    """Lists after 牵头单位： / 责任单位： / 配合单位： labels."""
    out = []
    for _, _, s, e in role_clauses(text):
        out.extend((a, b) for _, a, b in split_agency_list(text[s:e], s))
    return out


def _occurrences(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every further occurrence of a known name, at a place no longer name already covers."""
    out = []
    if not names:
        return out
    pattern = regex.compile(_alternation(names))
    for m in pattern.finditer(text):
        out.append((m.start(), m.end()))
    return [span for span in out if all(span[1] <= s or span[0] >= e or (s, e) == span for s, e in taken)]


def find_mention_spans(doc, meta=None) -> tuple[list[tuple[int, int]], list[tuple[int, int, int, int]]]:
    """(agency spans in text order, alias definitions) of one document."""
    from extractors import taskforce  # member organizations; imported here because taskforce imports this module

    text = doc.text
    regions = region_names(meta)
    definitions = alias_definitions(doc, regions)
    spans: list[tuple[int, int]] = [(fs, fe) for fs, fe, _, _ in definitions]
    spans += _table_mentions(doc)
    spans += bracket_agency_lists(text)
    spans += _role_clause_mentions(text)
    spans += taskforce.member_organization_spans(doc, meta)
    spans += _free_mentions(text, regions)
    spans += _list_run_mentions(text, regions)
    spans = [(s, e) for s, e in spans if e - s >= 2]
    kept = _drop_overlaps(spans)
    known = {text[s:e] for s, e in kept} | {text[a:b] for _, _, a, b in definitions}
    known |= {normalize_name(n) for n in _metadata_names(meta) if is_agency_like(n)}
    kept = _drop_overlaps(kept + _occurrences(text, known, kept))
    return kept, definitions


def _metadata_names(meta) -> list[str]:
    """The issuer, recipients and cc the metadata extractor read: agencies the notice names for sure."""
    if meta is None:
        return []
    names = [getattr(meta, "issuer", None), *(getattr(meta, "recipients", None) or []), *(getattr(meta, "cc", None) or [])]
    return [n for n in names if n]


@register("agencies", "2")
def extract(doc, prior) -> AgencyIndex:
    meta = prior.get("metadata")
    spans, definitions = find_mention_spans(doc, meta)
    text = doc.text
    resolver = Resolver(regions=region_names(meta))
    aliases: list[AgencyAlias] = []
    for fs, fe, a_s, a_e in definitions:
        full, alias = normalize_name(text[fs:fe]), normalize_name(text[a_s:a_e])
        if alias != full and alias not in resolver.aliases:
            resolver.aliases[alias] = (full, "notice")
            aliases.append(AgencyAlias(alias, full, "notice", kind_of(full)))
    names = {normalize_name(text[s:e]) for s, e in spans}
    for short, full in sorted(pair_short_forms(names - set(resolver.aliases)).items()):
        canonical, _ = resolver.canonical(full)
        resolver.aliases[short] = (canonical, "pairing")
        aliases.append(AgencyAlias(short, canonical, "pairing", kind_of(canonical)))
    for short, full in sorted(regional_forms(names - set(resolver.aliases), meta, resolver).items()):
        resolver.aliases[short] = (full, "pairing")
        aliases.append(AgencyAlias(short, full, "pairing", kind_of(full)))
    mentions = [resolver.mention(doc, s, e) for s, e in spans]
    seen = {a.alias for a in aliases}
    for mention in mentions:
        canonical, source = resolver.canonical(mention.agency)
        if source == "dictionary" and mention.agency not in seen:
            seen.add(mention.agency)
            aliases.append(AgencyAlias(mention.agency, canonical, "dictionary", mention.kind))
    return AgencyIndex(mentions=mentions, aliases=aliases)
