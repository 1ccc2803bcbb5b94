"""agencies extractor: every agency a notice names, with one canonical full name and a kind.

A notice names the same body in several ways: its full name (``市规划和自然资源局``), a common
abbreviation (``市规自局``), an alias it defines itself (``中国铁塔某市分公司某县办事处（以下简称
铁塔公司）``) or a short form it pairs with the full one elsewhere (``市大数据局`` / ``市大数据应用局``).
Resolution order: the notice's own aliases, then its pairings, then the abbreviation dictionary
(``schemas/agencies.json``, loaded once), and the name as written when none applies.

Mentions are found where agencies are certain to be (task-table agency columns, agency
parentheses, role clauses, alias definitions, task-force member organizations), then by
patterns in running text (a level prefix plus an agency suffix), and finally every further
occurrence of a name already found. What the extractors share about agencies (the dictionary, list
splitting, kinds, the organization/position split, the resolver, role clauses) lives in
:mod:`extractors.agency_names`; the task tables and member lists are read by
:mod:`extractors.task_tables` and :mod:`extractors.member_lists`.

Reads the ``metadata`` result (region, issuer, recipients, cc); returns an ``AgencyIndex``.
"""
from __future__ import annotations

import functools

import regex

from extractors.agency_names import (  # noqa: F401  (the names tests import from here are re-exported)
    LONGEST_NAME,
    NAME_STARTER,
    PLACE_OPERATOR,
    Knowledge,
    Resolver,
    alternation,
    bracket_agency_lists,
    expand_abbreviation,
    is_agency_like,
    kind_of,
    knowledge,
    normalize_name,
    pair_short_forms,
    refused_spans,
    region_names,
    regional_forms,
    role_clauses,
    split_agency_list,
    split_org_position,
)
from extractors.member_lists import member_organization_spans
from extractors.regions import region_table  # the bundled division table, loaded once
from extractors.span_index import SpanSet
from extractors.registry import register
from extractors.task_tables import table_agency_spans
from extractors.word_sets import occurrences
from schemas.records import AgencyAlias, AgencyIndex

# （以下简称铁塔公司） （简称“供电公司”，…） （下称X）: an alias the notice defines for the name before it
ALIAS_DEFINITION = regex.compile(
    r"[（(](?:以下|下文)?(?:简称|称)[：:]?[“\"]?(?P<alias>[\p{Han}A-Za-z0-9]{2,12})[”\"]?(?=[，,；;）)])"
)
# characters that, before a level prefix, leave it free to start a name (由市发改委 / 会同区经信委 / ，县财政局)
FREE_LEFT = "由与和及向对同在将把给经为被从请、，,。；;：:（(“\" \t\n"
# （四） / 3. / 3、 / 一是: an enumerator right before a name leaves it free too (（四）县市场监管局要…)
ENUMERATOR_BEFORE = regex.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|(?<![\d.])\d{1,2}[.．]|[一二三四五六七八九十]是)$")
# 各乡镇|人民政府: the government of a group of places, one unit with it
GROUP_GOVERNMENT = regex.compile(r"(?<=乡镇|[县区市镇乡旗])(?:人民政府|政府|街道办事处|党委和政府|党委)")
# （街道） / （镇、街道） / （社区） after 各乡镇 / 各镇: the group's other kind of unit, part of its name (各乡镇（街道）)
GROUP_ALTERNATIVE = regex.compile(r"[（(][^（）()，,。；;]{0,5}?(?:街道|社区|乡|镇|场|园区)[）)]")
# 全州县 / 全市区 read before 级 (全州县级服务中心): the scope word 全州 and a level word 县级, no division named
SCOPE_THEN_LEVEL = regex.compile(r"全[省市县区州盟旗]")
# 中国移动某市分公司 / 中国铁塔某市分公司某县办事处 / 国网某省电力公司某县供电公司: operators by brand
OPERATOR_NAME = regex.compile(
    r"(?:中国(?:移动|电信|联通|铁塔|广电)|国网)(?:\p{Han}{0,12}?(?:有限公司|分公司|公司|办事处))?(?:\p{Han}{0,8}?(?:分公司|办事处|供电公司))?"
)
# 团市委 / 团县委 / 团省委: the Youth League committee of a level, its 团 before the level word (由团市委牵头)
YOUTH_LEAGUE = regex.compile(r"团[省市县区州盟旗]委(?!员)")
# 市中心 / 区局 / 县办: a level character and a bare suffix read as a name (区委 / 市政府 are names)
TOO_SHORT_NAME = regex.compile(r"^[省市区县州盟旗](?:中心|局|办|部|厅|署|集团|公司|大队|支队|新区)$")
# 省 市 县 区 州 盟 旗: the last character of a division name (某某市)
LEVEL_END = regex.compile(r"[省市县区州盟旗]")
# 福建分公司 / 某某市分公司 right after a group name: 各基础电信企业某省分公司 is one unit
GROUP_BRANCH = regex.compile(r"\p{Han}{2,6}?(?:分公司|子公司|办事处)")
# 厅产业发展处 / 局办公室 / 委规划科: an organ's word for itself before one of its own divisions (the division's
# name, found elsewhere without it, ends in 处 科 室); free on its left (。厅产业发展处会同…)
OWN_DIVISION = regex.compile(r"(?P<organ>[厅局委部署院办])\p{Han}{1,10}?(?:处|科|室)")
# 市规自局、市通联办、各县（区）人民政府: a run of 、-separated words between clause punctuation
LIST_RUN = regex.compile(r"[^，,。；;：:\n\t]+(?:、[^，,。；;：:、\n\t]+)+")
# 某区电信、某区移动 in 由某区电信、某区移动负责，: a stretch between the marks LIST_RUN never crosses
CLAUSE_STRETCH = regex.compile(r"[^，,。；;：:\n\t]+")
# 对 / 向 / 在 / 要 …: a character that ends a name's left context (knowledge's NAME_STOP_CHARS), never inside the name
# a list's first item ends with (县财政局每年对各镇人民政府、… → 各镇人民政府)
LEFT_CONTEXT = regex.compile(r"[对向在要将由把从为]")
# 同级 / 本级 before a known name (会同同级财政局): the organ of that level, named with it
SAME_LEVEL = regex.compile(r"(?:同级|本级)$")
# 部门 / 部署 / 部分 run on from a name ending in 部 (会同财政部门 / 财政部署): a longer word, not the ministry
WORD_RUNS_ON = regex.compile(r"(?<=部)[门署分位]")


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


def _free_mentions(text: str, regions: frozenset[str]) -> list[tuple[int, int]]:
    """Agency names in running text: level prefix + core + strong suffix, group words, operator brands,
    and names that begin with the notice's own region (某某高新区, 某某县人民政府)."""
    kb = knowledge()
    spans = []
    for m in kb.strong_name.finditer(text, overlapped=False):
        if m.start() and text[m.start() - 1] not in FREE_LEFT and not text.startswith(("中国", "国网"), m.start()) \
                and not ENUMERATOR_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        if not TOO_SHORT_NAME.match(m.group(0)):
            spans.append((m.start(), m.end()))
    for start, end in occurrences(text, regions):
        tail = kb.strong_tail.match(text, end)
        if tail and not TOO_SHORT_NAME.match(text[end - 1 : tail.end()]):
            spans.append((start, tail.end()))
    for m in kb.group_name.finditer(text):
        # 各基础电信企业某省分公司: the group's branches in one place are one unit
        alternative = GROUP_ALTERNATIVE.match(text, m.end())  # 各乡镇（街道）: one group
        end = alternative.end() if alternative else m.end()
        branch = GROUP_BRANCH.match(text, end) or GROUP_GOVERNMENT.match(text, end)
        spans.append((m.start(), branch.end() if branch else end))
    for m in OPERATOR_NAME.finditer(text):
        spans.append((m.start(), m.end()))
    for m in YOUTH_LEAGUE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in FREE_LEFT or ENUMERATOR_BEFORE.search(text, max(0, m.start() - 6),
                                                                                          m.start()):
            spans.append((m.start(), m.end()))
    spans += _place_named(text, kb)
    return spans


def _place_named(text: str, kb: "Knowledge") -> list[tuple[int, int]]:
    """Names that open with any division of the region table: 某某市工业和信息化局 of another city
    than the issuer's (a provincial notice addresses all its cities)."""
    table = region_table()
    lengths = _division_lengths()
    spans = []
    for m in LEVEL_END.finditer(text):
        end = m.end()
        for length in lengths.get(m.group(), ()):  # only the lengths a division ending in this character has
            if length > end:
                continue
            start = end - length
            if text[start:end] in table.by_name:
                if SCOPE_THEN_LEVEL.match(text, start) and text.startswith("级", end):
                    break  # 全州|县级: the whole prefecture's county-level units
                if start == 0 or text[start - 1] in FREE_LEFT:
                    tail = kb.strong_tail.match(text, end)
                    if tail and not TOO_SHORT_NAME.match(text[end - 1 : tail.end()]):
                        spans.append((start, tail.end()))
                break
    return spans


@functools.lru_cache(maxsize=1)
def _division_lengths() -> dict[str, tuple[int, ...]]:
    """Last character of a division's full name (市) → the lengths of such names, longest first (2 to 5 for 市, where
    a search by every length up to the longest name tried 14)."""
    lengths: dict[str, set[int]] = {}
    for name in region_table().by_name:
        if len(name) >= 2:
            lengths.setdefault(name[-1], set()).add(len(name))
    return {last: tuple(sorted(found, reverse=True)) for last, found in lengths.items()}


def _names_itself(name: str, regions: frozenset[str], places: set[str]) -> bool:
    """An agency-like word whose edges are sure without delimiters: it begins like a full name, or
    is a place + operator brand whose place the notice names (某某电信 when 某某 is its city or a
    sibling item is 某某移动), or is a collective name."""
    if not is_agency_like(name):
        return False
    operator = PLACE_OPERATOR.match(name)
    if operator:
        return operator.group("place") in places or any(name.startswith(r) for r in regions)
    kb = knowledge()
    # 财政部 / 人力资源社会保障部: a national organ, named without a level word
    return _starts_name(name, regions) or name in kb.collective or name in kb.national_organs


def _list_run_mentions(text: str, regions: frozenset[str]) -> list[tuple[int, int]]:
    """Items of a 、-separated run of agency names in prose (某区电信、某区移动、某区联通…)."""
    out = []
    for m in _list_runs(text):
        items = split_agency_list(m.group(0), m.start())
        if len(items) < 2:
            continue
        places = _shared_places(items)
        for k, (name, s, e) in enumerate(items):
            # a part of an item over a word no name holds (的, 。, 牵头 …) is tried not at all, nor one longer than
            # any name (its layout spaces aside): the first item is often the whole clause before the list
            refused = refused_spans(name) if k == 0 or k == len(items) - 1 else []
            longest = LONGEST_NAME + len(name) - len(normalize_name(name)) if k == 0 or k == len(items) - 1 else 0
            if k == 0:  # the first item: its ending that begins like a name (past 对/向…: 县财政局每年对|各镇人民政府)
                floor = max([a + 1 for a, _ in refused] + [m.end() for m in LEFT_CONTEXT.finditer(name)]
                            + [len(name) - longest, 0])
                s = next((s + i for i in range(floor, len(name) - 1) if _names_itself(name[i:], regions, places)), None)
                if s is None:
                    continue
            elif k == len(items) - 1:  # the last item: its beginning that reads as a name
                ceiling = min([b - 1 for _, b in refused] + [len(name), longest])
                e = next((s + j for j in range(ceiling, 1, -1) if _names_itself(name[:j], regions, places)), None)
                if e is None:
                    continue
            elif not _names_itself(name, regions, places):
                continue
            out.append((s, e))
    return out


def _list_runs(text: str):
    """``LIST_RUN.finditer(text)``, run only on the stretches between clause marks that hold a 、 (a match never
    crosses a clause mark and always holds a 、): the greedy run tried at every character of every clause cost
    more than the rest of the list-run reading."""
    for stretch in CLAUSE_STRETCH.finditer(text):
        if text.find("、", stretch.start(), stretch.end()) >= 0:
            yield from LIST_RUN.finditer(text, stretch.start(), stretch.end())


def _shared_places(items: list[tuple[str, int, int]]) -> set[str]:
    """Places that two or more items of a list pair with an operator brand (某区电信、某区移动)."""
    brands = knowledge().telecom_brands
    counts: dict[str, int] = {}
    for name, _, _ in items:
        for place in {name[:i] for i in range(2, 5)}:
            if name.startswith(brands, len(place)):  # the tuple of brands: one call, not one per brand
                counts[place] = counts.get(place, 0) + 1
    return {place for place, n in counts.items() if n >= 2}


def _drop_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longer ones winning, in text order."""
    kept = SpanSet()
    for s, e in sorted(set(spans), key=lambda se: (-(se[1] - se[0]), se[0])):
        if not kept.overlapping(s, e):
            kept.add(s, e)
    return kept.spans()


def _table_mentions(doc) -> list[tuple[int, int]]:
    """Agencies in task-table agency columns, and cells whose every list item reads as an agency."""
    spans = table_agency_spans(doc)
    for table in doc.tables:
        for row in table.rows:
            for cell in row:
                items = split_agency_list(cell.text, cell.char_start)
                if items and all(is_agency_like(n) for n, _, _ in items):
                    spans.extend((s, e) for _, s, e in items)
    return spans


def _role_clause_mentions(text: str) -> list[tuple[int, int]]:
    """Lists after 牵头单位： / 责任单位： / 配合单位： labels."""
    out = []
    for _, _, s, e in role_clauses(text):
        out.extend((a, b) for _, a, b in split_agency_list(text[s:e], s))
    return out


def _occurrences(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every further occurrence of a known name, at a place no longer name already covers."""
    out = []
    for begin, end in occurrences(text, names):
        if WORD_RUNS_ON.match(text, end):
            continue  # 财政部|门: the finance departments, not the ministry a notice names elsewhere
        start = begin - 1  # 厅产业发展处: the organ's own division, its word for itself kept
        own = start >= 0 and (start == 0 or text[start - 1] in FREE_LEFT) and OWN_DIVISION.fullmatch(text, start, end)
        level = SAME_LEVEL.search(text, max(0, begin - 2), begin)
        out.append((start if own else level.start() if level else begin, end))
    covered = SpanSet(taken)
    return [span for span in out if all(other == span for other in covered.overlapping(*span))]


def find_mention_spans(doc, meta=None) -> tuple[list[tuple[int, int]], list[tuple[int, int, int, int]]]:
    """(agency spans in text order, alias definitions) of one document."""
    text = doc.text
    regions = region_names(meta)
    definitions = alias_definitions(doc, regions)
    spans: list[tuple[int, int]] = [(fs, fe) for fs, fe, _, _ in definitions]
    spans += _table_mentions(doc)
    spans += bracket_agency_lists(text)
    spans += _role_clause_mentions(text)
    spans += member_organization_spans(doc, meta)
    spans += _free_mentions(text, regions)
    spans += _list_run_mentions(text, regions)
    spans = [(s, e) for s, e in spans if e - s >= 2]
    kept = _drop_overlaps(spans)
    known = {text[s:e] for s, e in kept} | {text[a:b] for _, _, a, b in definitions}
    # the issuer, recipients and cc, and a group of places the notice addresses as such (主送 各乡（镇、场）: the townships,
    # a body it may task by that name)
    known |= {normalize_name(n) for n in _metadata_names(meta)
              if is_agency_like(n) or knowledge().partner_places.match(normalize_name(n))}
    kept = _drop_overlaps(kept + _occurrences(text, known, kept))
    return kept, definitions


def _metadata_names(meta) -> list[str]:
    """The issuer, recipients and cc the metadata extractor read: agencies the notice names for sure."""
    if meta is None:
        return []
    names = [getattr(meta, "issuer", None), *(getattr(meta, "recipients", None) or []), *(getattr(meta, "cc", None) or [])]
    return [n for n in names if n]


@register("agencies", "44")
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
