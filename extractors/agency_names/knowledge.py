"""The agency data of ``schemas/agencies.json``, compiled once per process.

Reads the JSON file (abbreviations, strong / group suffixes, kinds, role words, positions,
task-force words, person-name characters) and returns :class:`Knowledge`: dictionaries and
compiled patterns every agency helper asks for through :func:`knowledge`.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import regex

from schemas.agency_words import role_words  # one loader of the role labels, shared with normalization

DATA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "agencies.json"
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
    longest_form: int  # the length of the longest of them: a name's ending beyond it is no form
    prefix: regex.Pattern  # what may stand before an abbreviation (市 / 某某区 / nothing)
    strong_name: regex.Pattern  # 市通信管理局: a level prefix, a short core, a strong suffix
    strong_tail: regex.Pattern  # the same without the prefix: what follows a region name (高新区 …)
    group_name: regex.Pattern  # 各基础电信企业 / 有关单位: a group prefix and a group suffix
    strong_end: regex.Pattern  # a name that ends like an agency (局, 委员会, 人民政府 …)
    strong_suffixes: tuple[str, ...]  # the same endings, for str.endswith (a search for them tries every place)
    group_end: regex.Pattern  # a whole group name (各…企业, 有关…单位)
    collective: frozenset[str]  # 基础电信企业 …: collective names that stand alone
    org_end: regex.Pattern  # the end of an organization part (县政府办公室 | 副主任)
    position: regex.Pattern  # a whole position (副局长科员, 四级高级警长, 市委常委、副市长)
    position_starts: frozenset[str]  # 副 / 局 / 四 …: the characters a position can begin with (a modifier's or a core's first)
    kinds: tuple[tuple[str, regex.Pattern], ...]
    role_words: dict[str, tuple[str, ...]]
    telecom_brands: tuple[str, ...]
    taskforce_names: tuple[str, ...]
    taskforce_roles: tuple[str, ...]
    taskforce_systems: tuple[str, ...]  # 林长 / 河长: systems of officers a member list may set out
    taskforce_not_members: frozenset[str]  # 联络员 / 办公室主任: roles a list sets out that make no member
    taskforce_headers: frozenset[str]  # 序号 / 姓名 / 单位及职务: header cells of a member table
    taskforce_skip_columns: frozenset[str]  # 联络员 / 联系电话: member-table columns that hold no member
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    not_name_end: frozenset[str]  # characters that never end a personal name (市, 局, 副 …)
    given_chars: frozenset[str]  # characters common at the end of a given name
    place_initials: frozenset[str]  # characters that often begin a place name (七里河, 南门口)
    actor_heads: tuple[str, ...]  # what the subject of an assigning sentence ends with (部门, 人民政府, 局 …)
    actor_groups: regex.Pattern  # 各地 / 各省（自治区、直辖市）: groups of places that act as one subject
    actor_townships: regex.Pattern  # 某园镇 / 某某街道办事处: one named township, its government as a subject
    partner_places: regex.Pattern  # 各乡（镇、场） / 各乡镇: places in general that partner an organ after 会同
    actor_in_general: regex.Pattern  # 各有关部门 / 地方各级人民政府 / 各地民政部门: the departments or places in general
    not_organs: frozenset[str]  # 全部 / 内部: words that end like an organ and name none
    actor_modal: regex.Pattern  # (也/都…)(要/应当/将/负责… or a schedule) after a subject: it is told to act
    actor_schedule: regex.Pattern  # 每季度对…督查 / 每年向…报告 after a subject: work it keeps on a schedule
    actor_told: regex.Pattern  # (也/都…)(要/应当/将/负责…) after a subject: told in so many words, no schedule
    issuer_pronouns: tuple[str, ...]  # 我们 / 我局: a reply's words for its issuer
    actor_start: regex.Pattern  # 国家 / 各 / 市 …: how an actor's name begins
    national_organs: frozenset[str]  # 外交部 / 海关总署: national organs named without a level word


def alternation(words) -> str:
    """A regex alternation of ``words``, escaped, longest first (so 市政府办公室 wins over 市政府); words of
    one length in a fixed order (of two such words at most one can match at a place, so the order changes
    no match), so that every process builds the same pattern and finds it in :mod:`pipeline.pattern_cache`."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _position_starts(positions: dict) -> frozenset[str]:
    """The characters a match of ``Knowledge.position`` can begin with: a modifier's or a core's first, and
    with an empty core (a position of modifiers alone, or of nothing) the marks between positions too."""
    starts = {word[0] for word in [*positions["modifiers"], *positions["cores"]] if word}
    return frozenset(starts | (set("、，,和及") if "" in positions["cores"] else set()))


@functools.lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """Load and compile ``schemas/agencies.json`` (once per process, never per document)."""
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    abbreviations = {k: v for k, v in data["abbreviations"].items() if not k.startswith("_")}
    strong = alternation(data["strong_suffixes"])
    group = alternation(data["group_suffixes"])
    group_prefix = alternation(data["group_prefixes"])
    # a name core: a Han character that is no stop word or stop character, or a short bracket group
    core = rf"(?:(?!{NAME_STOP_WORDS})(?![{NAME_STOP_CHARS}])\p{{Han}}|（[^（）\n]{{1,8}}）)"
    chain_core = rf"(?:(?!{NAME_STOP_WORDS})(?![{NAME_STOP_CHARS}{CHAIN_STOP_CHARS}])\p{{Han}})"
    # core + suffix, then further units (某县分局) whose suffix is no position (局长, 主任)
    # (a 办 that begins a verb is no office: 市区学校整体办学水平, 依法办理)
    tail = (rf"(?:{core}){{0,12}}?(?:{strong})(?!(?<=办)[学理好事结件案])"
            rf"(?:(?![省市区县])(?:{chain_core}){{0,6}}?(?:{strong})(?![长任]))*")
    positions = data["positions"]
    one_position = rf"(?:(?:{alternation(positions['modifiers'])})*(?:{alternation(positions['cores'])}))+"
    person = data["person_names"]
    actors = data["actors"]
    return Knowledge(
        abbreviations=abbreviations,
        forms=frozenset(abbreviations) | frozenset(abbreviations.values()),
        longest_form=max(map(len, [*abbreviations, *abbreviations.values()]), default=0),
        prefix=regex.compile(data["prefix_pattern"]),
        strong_name=regex.compile(rf"(?:中国|国网|地区|[省市区县州盟旗]){tail}"),  # 地区财政局 / 盟财政局: a prefecture's organ
        strong_tail=regex.compile(tail),
        group_name=regex.compile(rf"(?:{group_prefix})(?:{core}){{0,8}}?(?:{group})"),
        strong_end=regex.compile(rf"(?:{strong})$"),
        strong_suffixes=tuple(data["strong_suffixes"]),
        group_end=regex.compile(rf"^(?:{group_prefix}).*(?:{group})$"),
        collective=frozenset(data["collective_names"]),
        org_end=regex.compile(rf"(?:{alternation(data['org_end'])})$"),
        position=regex.compile(rf"^{one_position}(?:[、，,和及]{one_position})*$"),
        position_starts=_position_starts(positions),
        kinds=tuple((kind, regex.compile(pattern)) for kind, pattern in data["kinds"]),
        role_words=role_words(),
        telecom_brands=tuple(data["telecom_brands"]),
        taskforce_names=tuple(data["taskforce"]["names"]),
        taskforce_roles=tuple(data["taskforce"]["roles"]),
        taskforce_systems=tuple(data["taskforce"]["systems"]),
        taskforce_not_members=frozenset(data["taskforce"]["not_members"]),
        # a column a member table skips is headed by a header word too
        taskforce_headers=frozenset(data["taskforce"]["table_headers"]) | frozenset(data["taskforce"]["skip_columns"]),
        taskforce_skip_columns=frozenset(data["taskforce"]["skip_columns"]),
        surnames=frozenset(person["surnames"]),
        compound_surnames=frozenset(person["compound_surnames"]),
        not_name_end=frozenset(person["not_name_end"]),
        given_chars=frozenset(person["given_chars"]),
        place_initials=frozenset(person["place_initials"]),
        actor_heads=tuple(sorted(actors["heads"], key=len, reverse=True)),
        actor_groups=regex.compile(actors["group_names"]),
        actor_townships=regex.compile(actors["township_names"]),
        partner_places=regex.compile(actors["partner_places"]),
        actor_in_general=regex.compile(actors["in_general"]),
        not_organs=frozenset(actors["not_organs"]),
        actor_modal=regex.compile(rf"(?:{alternation(actors['fillers'])})*(?:{actors['modals']}|{actors['schedules']})"),
        actor_schedule=regex.compile(actors["schedules"]),
        actor_told=regex.compile(rf"(?:{alternation(actors['fillers'])})*(?:{actors['modals']})"),
        issuer_pronouns=tuple(actors["issuer_pronouns"]),
        actor_start=regex.compile(actors["name_starts"]),
        national_organs=frozenset(actors["national_organs"]),
    )
