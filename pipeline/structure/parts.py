"""The notice's parts in text order: 版头, 标题, 主送, 正文, 署名, 附注, 方案, 附件N, 抄送, 印发.

Reads the lines and the front and back matter found; returns :class:`Part` s, each running to
the next part's start. The 方案 a notice issues is found right after the cover notice's 署名.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.structure.back_matter import BackMatter
from pipeline.structure.front_matter import _title_like
from pipeline.structure.lines import Line
from pipeline.structure.patterns import ATTACHMENT_MARK, chinese_number
from pipeline.structure.titles import _title_end


def _attachment_path(text: str) -> str:
    """附件 2 → 附件2, 附件一 → 附件1, 附件 → 附件."""
    m = ATTACHMENT_MARK.match(text)
    num = (m.group("num") or "") if m else ""
    if num and not num.isdigit():
        num = str(chinese_number(num))
    return f"附件{num}"


@dataclass
class Part:
    path: str
    kind: str
    first: int
    last: int


def _plan_start(lines: list[Line], after: int, stops: set[int], issued: list[str]) -> int | None:
    """The title line of an issued 方案/意见 right after the cover notice's 署名 and 附注.

    It is the title the cover notice issues (``关于印发X的通知`` → X), or a title-like line that ends
    in a document type word (``…工作方案``, ``…行动计划（2021—2023年）``) or that the backend marks
    as a title.
    """
    k = after + 1
    if k >= len(lines) or k in stops:
        return None
    line = lines[k]
    if not _title_like(line) or line.text[0] in "（(【[" or ATTACHMENT_MARK.match(line.text):
        return None
    if line.text in issued or _title_end().search(line.text) or "title" in line.hints:
        return k
    # a title wrapped over two lines
    if k + 1 < len(lines) and _title_like(lines[k + 1]) and _title_end().search(line.text + lines[k + 1].text):
        return k
    return None


def build_parts(
    lines: list[Line], front: dict[str, tuple[int, int]], back: BackMatter, issued: list[str]
) -> list[Part]:
    """The notice's parts in text order (版头, 标题, 主送, 正文, 署名, 附注, 方案, 附件N, 抄送, 印发)."""
    parts: list[Part] = []
    head = [front[k] for k in ("header", "doc_number") if k in front]
    if head:
        parts.append(Part("版头", "header", min(a for a, _ in head), max(b for _, b in head)))
    if "title" in front:
        parts.append(Part("标题", "title", *front["title"]))
    if "recipients" in front:
        parts.append(Part("主送", "recipients", *front["recipients"]))
    body_start = max((b for a, b in front.values()), default=-1) + 1

    signature_first = back.signature[0] if back.signature else back.date
    starts = {x for x in (signature_first, back.public_status) if x is not None}
    starts |= {r[0] for r in (back.attachment_list, back.cc, back.printed) if r}
    starts |= set(back.attachments)
    if back.date is not None:
        parts.append(Part("署名", "signature", signature_first, back.date))
    if back.public_status is not None and back.public_status != back.date:  # 2025年5月26日（此件公开发布）: in 署名
        parts.append(Part("附注", "public_status", back.public_status, back.public_status))
    if back.attachment_list:
        parts.append(Part("附件说明", "attachment_list", *back.attachment_list))
    if back.cc:
        parts.append(Part("抄送", "cc", *back.cc))
    if back.printed:
        parts.append(Part("印发", "printed", *back.printed))

    cover_end = None
    if back.date is not None:
        cover_end = back.date
        if back.public_status is not None and 0 < back.public_status - back.date <= 3:
            cover_end = back.public_status
        if back.attachment_list and back.attachment_list[1] < back.date:
            cover_end = max(cover_end, back.attachment_list[1])
    plan = _plan_start(lines, cover_end, starts, issued) if cover_end is not None else None
    if plan is not None:
        starts.add(plan)

    def until_next(first: int) -> int:
        nxt = min((s for s in starts if s > first), default=len(lines))
        return nxt - 1

    if body_start < len(lines) and body_start not in starts:
        last = until_next(body_start)
        if last >= body_start:
            parts.append(Part("正文", "body", body_start, last))
    if plan is not None:
        parts.append(Part("方案", "plan", plan, until_next(plan)))
    for mark in back.attachments:
        parts.append(Part(_attachment_path(lines[mark].text), "attachment", mark, until_next(mark)))
    return sorted(parts, key=lambda p: p.first)
