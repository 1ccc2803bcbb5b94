"""Units that share one named post, the post written once after the last of them: ``县教育局、县公安局、县民政局
副局长`` (each unit sends its deputy head: three members) in a member line of posts without names
(``成员：县委宣传部副部长，县教育局、县公安局副局长，县气象局局长``), or ``国网某县供电公司、中国移动某县分公司副总经理``.

Unlike a shared post said in words (主要负责同志, :mod:`.inline`), the post here is a title of the last unit, so every
unit before it must read as a unit named alone (no post of its own: 县委常委、副县长 is one person's titles).
Reads the pieces of one clause (split at 、); returns one :class:`Parsed` member per unit, or [].
"""
from __future__ import annotations

from extractors.agency_names import is_agency_like, is_position, split_org_position
from extractors.member_lists.parsed import Parsed


def units_sharing_a_title(text: str, start: int, pieces: list[tuple[int, int]], role: str | None) -> list[Parsed]:
    """The members of ``pieces`` (spans in ``text``, which begins at ``start`` of doc.text) when all but the last are
    units named alone and the last a unit and its post: one member per unit, each with that post; else []."""
    if not role or len(pieces) < 2 or any(text[b:c].strip() != "、" for (_, b), (c, _) in zip(pieces, pieces[1:])):
        return []  # one run joined by 、 (not 指挥部办公室设在县水利局，李某兼任办公室主任: a sentence)
    a, b = pieces[-1]
    last = text[a:b].rstrip()
    org, position = split_org_position(last)
    if not org or not is_position(position) or not is_agency_like(org):
        return []
    units = [(x, x + len(text[x:y].rstrip())) for x, y in pieces[:-1]]
    if not all(_alone(text[x:y]) for x, y in units):
        return []
    post = (start + a + len(last) - len(position), start + a + len(last))
    units.append((a, a + len(org)))
    return [Parsed(role, None, None, organization=(start + x, start + y), position=post) for x, y in units]


def _alone(name: str) -> bool:
    """A unit named without a post of its own (县公安局, 国网某县供电公司; not 县委常委, a membership)."""
    return is_agency_like(name) and not is_position(split_org_position(name)[1] or "")
