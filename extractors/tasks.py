"""tasks extractor (first version: nothing yet)."""
from __future__ import annotations

from extractors.registry import register



@register("tasks", "0")
def extract(doc, prior):
    return []
