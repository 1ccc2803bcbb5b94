"""The campaign a notice sets and when it ends: 决定于2024年6月1日至9月30日在全县开展汛期…专项检查行动 → 2024-09-30.

A goal column of a table headed with the campaign's stretch (汛期巡查不少于（次）, 寒假检查次数) is due when the campaign
ends; the words naming such stretches are data (``schemas/campaign_periods.json``).
"""
from __future__ import annotations

import json
from functools import lru_cache

import regex

from extractors.deadlines import find_deadlines
from schemas import data_file
from schemas.records import Deadline

# a sentence of the lead-in setting a campaign: …于2024年6月1日至9月30日在全县开展…专项行动 / 7月至8月底集中开展…整治
CAMPAIGN_SENTENCE = regex.compile(
    r"[^。；;\n]{0,80}?(?:开展|组织|实施|部署)[^。；;\n]{0,40}?(?:行动|整治|治理|检查|排查|攻坚|活动)[^。；;\n]*")
# how far into the text the lead-in setting the campaign may lie
LEAD_IN = 3000
# 连续组织开展 / 成效明显 / 以来: a sentence telling of campaigns already held
PAST_CAMPAIGN = regex.compile(r"连续|以来|成效|已经|已累计")


@lru_cache(maxsize=1)
def _periods() -> regex.Pattern:
    """The words naming a campaign's stretch, longest first (暑期 / 汛期 / 专项行动期间)."""
    words = json.loads(data_file("campaign_periods.json").read_text(encoding="utf-8"))["periods"]
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


def campaign_end(text: str, reference: str | None) -> Deadline | None:
    """The end of the campaign the lead-in sets (于2024年6月1日至9月30日…开展…行动 → 2024-09-30; 7月至8月底开展… →
    the end of August): the first such sentence with a stretch of dates, a start and an end; None without one."""
    for m in CAMPAIGN_SENTENCE.finditer(text, 0, min(len(text), LEAD_IN)):
        if PAST_CAMPAIGN.search(m.group(0)):
            continue  # 2021年至2023年，我县连续组织开展…行动，成效明显: campaigns of past years, not the one set
        found = find_deadlines(m.group(0), reference, recurrences=False)
        for k, d in enumerate(found):
            if reference and d.date and d.date < reference[:10]:
                continue  # a stretch over before the notice was written
            if d.start and d.date and d.date > d.start:  # 于2024年6月1日至9月30日
                return d
            later = found[k + 1] if k + 1 < len(found) else None
            if d.date and later and later.date and later.raw.startswith(("至", "到", "—", "-", "~", "～")) \
                    and later.date > d.date:  # 7月 | 至8月底: the stretch's end
                return later
    return None


def names_campaign_period(header: str) -> bool:
    """Whether a column header names the stretch a campaign runs in (暑期巡查不少于 / 汛期检查次数)."""
    return _periods().search(header) is not None
