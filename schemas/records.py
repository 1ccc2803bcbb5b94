"""Typed records the extractors return and the store writes.

Every record that cites the notice carries ``char_start``/``char_end`` into the normalized
``Document.text`` and ``evidence`` == ``text[char_start:char_end]``; ``page`` comes from the
offset map. The store adds ``document_id`` and the extractor's name@version.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Evidence:
    char_start: int
    char_end: int
    evidence: str
    page: int | None = None


@dataclass
class DocumentMetadata:
    title: str | None = None
    doc_number: str | None = None  # brackets normalized to 〔〕
    doc_number_raw: str | None = None
    doc_number_flag: str | None = None  # "damaged" when a bracket or digits are lost
    issuer: str | None = None
    issue_date: str | None = None  # ISO YYYY-MM-DD (成文日期)
    issue_date_raw: str | None = None
    doc_type: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    #: the most specific of county, city, province; "全国" for a national issuer; None when nothing says it
    region: str | None = None
    region_level: str | None = None  # national | province | city | county
    recipients: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    public_status: str | None = None
    #: where each field was read: field name → Evidence
    spans: dict[str, Evidence] = field(default_factory=dict)


@dataclass
class Citation(Evidence):
    cited_title: str | None = None
    cited_doc_number: str | None = None


@dataclass
class Deadline:
    """A deadline or recurrence read from words (see extractors.deadlines)."""

    raw: str | None = None
    date: str | None = None  # ISO end date
    start: str | None = None  # ISO start of a span (2020年-2022年)
    recurrence: str | None = None  # once | ongoing | annual | quarterly | monthly
    flag: str | None = None  # "invalid_date" when the words name an impossible date
    char_start: int | None = None
    char_end: int | None = None


@dataclass
class Target(Evidence):
    indicator: str | None = None
    indicator_raw: str | None = None
    kind: str = "target"  # target | actual | baseline | requirement | support
    scope: str | None = None
    comparator: str | None = None  # > | >= | <= | = | ~
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    deadline: str | None = None
    deadline_start: str | None = None
    deadline_raw: str | None = None
    rank: int | None = None
    #: 约束性 (binding) or 预期性 (expected): the 属性 an indicator table gives the figure's row
    binding: str | None = None
    section_path: str | None = None
    #: further places that state the same target (body and annex): list of Evidence
    also_at: list[Evidence] = field(default_factory=list)


@dataclass
class AgencyMention(Evidence):
    """An agency as a notice names it, with its role in a task (if any) and its normalized form."""

    name_raw: str = ""
    agency: str = ""  # as written, brackets normalized (〈〉 → （）)
    canonical: str = ""  # full name after alias/abbreviation resolution
    kind: str | None = None
    role: str | None = None  # lead | responsible | partner


@dataclass
class Task(Evidence):
    seq: int = 0
    section_path: str | None = None
    category: str | None = None
    text: str = ""
    deadline: str | None = None
    deadline_start: str | None = None
    deadline_raw: str | None = None
    recurrence: str | None = None
    deadline_flag: str | None = None
    assigned: bool = False  # the task names a unit that is to do it (an ownerless measure does not)
    agencies: list[AgencyMention] = field(default_factory=list)


@dataclass
class AgencyAlias:
    alias: str
    canonical: str
    source: str  # notice | dictionary | pairing
    kind: str | None = None


@dataclass
class TaskForceMember(Evidence):
    seq: int = 0
    role: str | None = None
    person: str | None = None
    position: str | None = None
    organization: str | None = None


@dataclass
class TaskForce(Evidence):
    name: str = ""
    office_location: str | None = None
    office_director: str | None = None
    members: list[TaskForceMember] = field(default_factory=list)


@dataclass
class AgencyIndex:
    """What the agencies extractor finds in one notice: every mention, and the aliases it defines."""

    mentions: list[AgencyMention] = field(default_factory=list)
    aliases: list[AgencyAlias] = field(default_factory=list)
