"""What reading a member list gives: :class:`Parsed` (one member's spans, before it becomes a
``TaskForceMember``) and :class:`Block` (one member list).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Parsed:
    """A member as read from a unit, with spans (None when absent)."""

    role: str | None
    person: tuple[int, int] | None
    rest: tuple[int, int] | None  # organization + position as one span
    organization: tuple[int, int] | None = None
    position: tuple[int, int] | None = None
    position_text: str | None = None  # when the position is not one span (a wrapped line)
    organization_text: str | None = None  # when the organization is not one span (图们市、…汪清县人民政府: 图们市人民政府)
    complete: bool = True


@dataclass
class Block:
    """One member list: its members (parsed) and the index of its first unit."""

    first_unit: int
    members: list[Parsed]
    name: tuple[int, int] | None = None  # the body's name, when the founding sentence holds the members
    last_unit: int | None = None  # the index of its last layout line, when read line by line
    work_group: bool = False  # a body's work group listed by its units (综合协调组：组长单位…): no office of its own
