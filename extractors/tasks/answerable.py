"""An organ named as the body answerable for some work, then told what to do in the same sentence: ``各街道办事处是辖区
燃气安全的属地责任主体，要建立隐患台账`` tells the offices to keep the ledger, as ``各街道办事处要建立…`` would.

The answerable words alone (``各街道办事处是辖区燃气安全的责任主体。``) tell no one to do anything; the clause told must
follow with a modal of its own and no subject of its own (``，主要负责同志是第一责任人，要…`` keeps the organ's: its head
answers with it).

So does an organ named as the one an event reaches, then told what to do upon it: ``县人社局接到欠薪举报投诉后，应在3个
工作日内核查处置`` tells the bureau to check, as ``县人社局要…`` would (``各成员单位发现险情后，须…报告``, every unit of a
kind, is a standing rule for all).
"""
from __future__ import annotations

import regex

from extractors.agency_names import knowledge

# 是本辖区…的责任主体 / 是…第一责任人 after an organ: the body answerable for the work the clause names
ANSWERABLE = regex.compile(r"是[^，,。；;]{0,30}?(?:责任主体|第一责任人|直接责任人|责任单位|监管主体)")
# ，主要负责同志是第一责任人 / ，党政主要负责人为第一责任人: a further clause naming the organ's head answerable too
HEAD_ANSWERABLE = regex.compile(r"[，,](?:其)?(?:主要|党政主要|分管)?负责(?:同志|人)(?:是|为)[^，,。；;]{0,12}?责任人")
# 接到欠薪举报投诉后 / 收到申请材料时 after an organ, closing its clause: the event the next clause tells it what to do upon
UPON = regex.compile(r"(?:在)?(?:接到|收到|接获|接报|受理|发现|获悉)[^，,。；;]{1,30}?(?:后|时)(?=[，,]|$)")
# 各 opening a subject: every unit of a kind (各乡镇, 各成员单位), not one organ
EACH = regex.compile(r"各")
# ， / ，并 / ，同时 between the answerable clause and the one told what to do
NEXT_CLAUSE = regex.compile(r"[，,](?:并|同时|还)?")


def told_after_answerable(text: str, name_end: int, end: int) -> int | None:
    """Where the modal begins (要 / 应当 / 负责 …) of the clause that tells the organ ending at ``name_end`` what to do
    after naming it answerable (``是…的责任主体，要…``) or the event it meets (``接到…后，应…``), inside the sentence ending at ``end``; None when the organ is
    not named answerable there, or no clause after it tells it anything."""
    answer = ANSWERABLE.match(text, name_end, end) or UPON.match(text, name_end, end)
    if answer is None:
        return None
    pos = answer.end()
    while pos < end and text[pos] not in "，,。；;":  # 是…第一责任人和直接责任人: the rest of the clause
        pos += 1
    head = HEAD_ANSWERABLE.match(text, pos, end)
    if head:
        pos = head.end()
    joint = NEXT_CLAUSE.match(text, pos, end)
    if joint is None:
        return None
    modal = knowledge().actor_told.match(text, joint.end(), end)
    return joint.end() if modal and modal.end() > joint.end() else None


def answerable_subject(text: str, pos: int, clause_end: int, end: int, is_organ) -> tuple[int, int, int] | None:
    """(subject start, subject end, where its modal begins) of an organ opening the clause at ``pos`` that the clause
    names answerable (or meeting an event) and a later clause of the sentence (ending at ``end``) tells what to do (``is_organ`` tells an
    organ's name); None otherwise."""
    for words in (ANSWERABLE, UPON):
        if words is UPON and EACH.match(text, pos):
            continue  # 各乡镇、各成员单位发现险情后，须在1小时内报告: a standing rule for every addressee, no organ's work
        for answer in words.finditer(text, pos + 2, clause_end):
            if is_organ(text[pos:answer.start()]):
                told = told_after_answerable(text, answer.start(), end)
                return (pos, answer.start(), told) if told is not None else None
    return None
