"""What one document may take, and how much a document's warnings may hold.

``Limits`` travels with every job: the worker pool (:mod:`pipeline.pool`) enforces wall time and
memory, the runner the file size, and the ingest backends what only reading can tell — the real
page count of a PDF and the unpacked size of a DOCX, checked from the zip directory before anything
is unpacked. The defaults keep a 24 GB machine safe with two workers; each limit has a flag of
``zhengce run`` that lets a big legitimate file through. ``bounded_warnings`` keeps a document's
warnings small (a PDF whose page tree lied once produced 55 MB of them).
"""
from __future__ import annotations

from dataclasses import dataclass

GIB = 1 << 30
MIB = 1 << 20
#: warnings kept per document, and characters kept per warning
MAX_WARNINGS = 50
MAX_WARNING_LENGTH = 300
#: characters kept of an error message
MAX_ERROR_LENGTH = 1000


@dataclass(frozen=True)
class Limits:
    """What one document may take. None lifts a limit."""

    #: wall-clock seconds for one document, reading included
    timeout: float | None = 300.0
    #: bytes of address space for a worker process (see pipeline.pool.default_memory_limit)
    memory: int | None = 4 * GIB
    #: bytes of an input file; a larger one is not read at all
    file_size: int | None = 512 * MIB
    #: pages of a PDF (counted in the file, not taken from the page tree's claim)
    pages: int | None = 2000
    #: bytes a DOCX unpacks to (all its zip entries, as the zip directory states them)
    unpacked: int | None = 256 * MIB

    def describe_memory(self) -> str:
        return f"{self.memory / GIB:.1f} GiB" if self.memory else "no limit"


def bounded_warnings(warnings: list[str]) -> list[str]:
    """At most ``MAX_WARNINGS`` warnings of at most ``MAX_WARNING_LENGTH`` characters, and a last one
    saying how many were dropped."""
    kept = [bounded_message(w, MAX_WARNING_LENGTH) for w in warnings[:MAX_WARNINGS]]
    if len(warnings) > MAX_WARNINGS:
        kept.append(f"… and {len(warnings) - MAX_WARNINGS} more warnings (dropped)")
    return kept


def bounded_message(message: str, limit: int = MAX_ERROR_LENGTH) -> str:
    """``message`` cut to ``limit`` characters (an exception may quote a whole damaged part)."""
    return message if len(message) <= limit else message[: limit - 1] + "…"
