"""taskforce extractor (first version: nothing yet)."""
from __future__ import annotations

from extractors.registry import register



@register("taskforce", "0")
def extract(doc, prior):
    return []
