"""What the extractors know about agencies: shared by the agencies, tasks and taskforce extractors.

- :mod:`.knowledge`: ``schemas/agencies.json`` (abbreviations, suffixes, kinds, role words, positions,
  person names) compiled once per process.
- :mod:`.names`: one name — normalized, split out of a list, expanded from an abbreviation, told
  agency-like or not, and its kind.
- :mod:`.positions`: ``市大数据应用局局长`` → organization ``市大数据应用局`` + position ``局长``.
- :mod:`.resolver`: the canonical full name of a name in one notice (its aliases, its pairings, the
  dictionary) and the pairings themselves (``市大数据局`` / ``市大数据应用局``).
- :mod:`.roles`: where agencies stand by role — ``牵头单位：…`` clauses, agency columns of a table
  header, bracket groups of agencies.
"""
from __future__ import annotations

from extractors.agency_names.knowledge import Knowledge, alternation, knowledge
from extractors.agency_names.names import (
    LONGEST_NAME,
    NAME_STARTER,
    NOT_IN_NAME,
    PLACE_OPERATOR,
    expand_abbreviation,
    in_dictionary,
    is_agency_like,
    kind_of,
    normalize_name,
    refused_spans,
    split_agency_list,
)
from extractors.agency_names.positions import DUTY_NOTE, DUTY_NOTE_FIRST, is_position, split_org_position
from extractors.agency_names.resolver import (
    Resolver,
    pair_short_forms,
    region_names,
    regional_forms,
    resolver_for,
)
from extractors.agency_names.roles import agency_columns, bracket_agency_lists, role_clause_pattern, role_clauses

__all__ = [
    "Knowledge", "alternation", "knowledge",
    "LONGEST_NAME", "NAME_STARTER", "NOT_IN_NAME", "PLACE_OPERATOR", "expand_abbreviation", "in_dictionary",
    "is_agency_like", "kind_of", "normalize_name", "refused_spans", "split_agency_list",
    "DUTY_NOTE", "DUTY_NOTE_FIRST", "is_position", "split_org_position",
    "Resolver", "pair_short_forms", "region_names", "regional_forms", "resolver_for",
    "agency_columns", "bracket_agency_lists", "role_clause_pattern", "role_clauses",
]
