"""A person's name that a letter-spaced layout cut into cells (``赵　立　群`` read from a PDF as ``赵<tab>立群``, ``孙　　凯``
as ``孙<tab>凯``) put back together: a member line opening with a surname alone and the rest of a name, then a post.

Reads the fields of a line (spans of ``Document.text``); returns the name's span (keeping the layout's whitespace; the
member's person is read with whitespace taken out) and the span of the rest of the line.
"""
from __future__ import annotations

import regex

from extractors.agency_names import knowledge
from extractors.member_lists.persons import is_person_name

#: most characters of a name piece a letter-spaced name leaves in one cell
PIECE_MOST = 2
# 赵<tab>立群 / 孙　凯: a field that is a name's pieces with layout whitespace between them
SPACED_PIECES = regex.compile(r"(\p{Han}{1,2})\s+(\p{Han}{1,2})")


def _surname(piece: str) -> bool:
    kb = knowledge()
    return piece in kb.compound_surnames or (len(piece) == 1 and piece in kb.surnames)


def spaced_name_and_rest(text: str, fields: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(name, rest) when the line opens with a surname alone and a short piece that together read as a personal name
    (赵 | 立群 | 市委副书记、市长, or 赵<tab>立群 as one field | 市委副书记、市长) and more of the line follows; else None."""
    if len(fields) < 2:
        return None
    (a, b), (c, d) = fields[0], fields[1]
    s = a + len(text[a:b]) - len(text[a:b].lstrip())
    pieces = SPACED_PIECES.fullmatch(text[s:b].strip())
    if pieces:
        name, rest = (s, s + len(text[s:b].strip())), (c, fields[-1][1])
        first, second = pieces.group(1), pieces.group(2)
    elif len(fields) >= 3:
        first, second = text[a:b].strip(), text[c:d].strip()
        if not (0 < len(first) <= PIECE_MOST and 0 < len(second) <= PIECE_MOST):
            return None
        name, rest = (s, c + len(text[c:d].rstrip())), (fields[2][0], fields[-1][1])
    else:
        return None
    if not _surname(first) or not is_person_name(first + second):
        return None
    return name, rest
