"""agencies extractor (first version: nothing yet)."""
from __future__ import annotations

from extractors.registry import register
from schemas.records import AgencyIndex


@register("agencies", "0")
def extract(doc, prior):
    return AgencyIndex()
