"""A registry of named, versioned extractors (in the spirit of spaCy's component registry).

An extractor is a pure function ``(doc: Document, prior: dict[str, object]) -> result``: the
normalized, structured document in, typed records out. ``prior`` holds the results of the
extractors registered before it (so ``targets`` can read ``metadata``'s region and date).
The name@version is stored with every row it produces.

Run order is the order the modules register in, and the package ``extractors/__init__.py`` imports
them in that order. Any import of this module imports the package first (Python imports a parent
package before its modules), so by the time anyone asks :func:`extractors` every extractor is
registered; this module itself imports none of them (an extractor imports the registry, not the
other way round).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Extractor:
    name: str
    version: str
    func: Callable[..., Any]

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


_REGISTRY: dict[str, Extractor] = {}


def register(name: str, version: str):
    """Decorator: ``@register("targets", "1")`` adds the function under that name and version."""

    def wrap(func):
        _REGISTRY[name] = Extractor(name, version, func)
        return func

    return wrap


def extractors() -> list[Extractor]:
    """All extractors in run order (the order their modules register them)."""
    return list(_REGISTRY.values())


def get(name: str) -> Extractor:
    return _REGISTRY[name]


def run_all(doc) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for extractor in extractors():
        results[extractor.name] = extractor.func(doc, results)
    return results
