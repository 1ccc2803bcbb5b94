"""Whether a figure stands in a national document's words that a local notice quotes: a 转发 notice quoting the
ministry's notice it passes on (《通知》明确：“…每招用1人不超过1200元…”) before its own rules. Such figures are the
national rules (kind baseline, scope 全国), not the notice's own.

The quoted document is national when its title opens with a national organ (《民政部财政部关于…》), or when the
notice named it by a short name (以下简称《办法》) after such a title or a national 文号 (民发〔2024〕8号).
"""
from __future__ import annotations

import regex

from extractors.issuers import split_glued
from extractors.regions import is_national, national_code

# 《办法》明确：“ / 《通知》指出：“ / 《意见》规定:“: a document's words quoted, the quotation's opening mark
QUOTED_BY_TITLE = regex.compile(r"《(?P<title>[^《》]{1,60})》(?:中|里)?(?:明确|指出|规定|提出|强调|要求)[：:]?\s*“")
# 《民政部财政部关于…的通知》（民发〔2024〕8号，以下简称《通知》）: a full title, its bracket, the short name
SHORT_NAME = regex.compile(r"《(?P<full>[^《》]{4,80})》[（(](?P<note>[^（）()]{0,60}?)(?:以下)?简称《(?P<short>[^《》]{1,20})》")
# the agency code of a 文号 in a bracket: 民发〔2024〕8号 → 民发
DOC_CODE = regex.compile(r"(?P<code>\p{Han}{1,8})[〔\[［(（]\d{4}[〕\]］)）]")


def in_national_quotation(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a “…” quotation of a national document introduced by 《X》明确：(the quotation runs
    to its closing ”, within its paragraph)."""
    paragraph = text.rfind("\n", 0, at) + 1
    for m in QUOTED_BY_TITLE.finditer(text, paragraph, at):
        close = text.find("”", m.end())
        if close >= at and "\n" not in text[m.end():at] and _national_title(text, m.group("title")):
            return True
    return False


def _national_title(text: str, title: str) -> bool:
    """A title that names a national organ first, or a short name the notice gave such a title or 文号."""
    if _opens_with_national_organ(title):
        return True
    for m in SHORT_NAME.finditer(text):
        if m.group("short") != title:
            continue
        code = DOC_CODE.search(m.group("note"))
        if _opens_with_national_organ(m.group("full")) or (code and national_code(code.group("code"))):
            return True
    return False


def _opens_with_national_organ(title: str) -> bool:
    """人力资源社会保障部财政部关于… / 国务院办公厅关于…: the issuers before 关于 are national organs (written one after
    another without a mark between them, as in a 版头, they are split as the metadata reads one)."""
    issuers = title.split("关于", 1)[0] if "关于" in title else ""
    return bool(issuers) and is_national("、".join(split_glued(issuers)))
