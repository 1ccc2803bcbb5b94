"""Batch runner: walk inputs, extract each document in isolation, store it, summarize.

A bad file becomes a ``documents`` row with ``status`` ``failed`` or ``needs_ocr`` and a
readable ``error``; the batch goes on and nothing already stored is lost. Workers extract in
parallel (pure work); only the parent process writes the database.
"""
from __future__ import annotations

import hashlib
import os
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline import __version__
from pipeline.errors import IngestError
from pipeline.ingest import SUPPORTED_SUFFIXES, read_file, sniff_format
from pipeline.normalize import normalize
from pipeline.store import Rows, Store, document_rows, failure_row
from pipeline.structure import structure


@dataclass
class Outcome:
    """What happened to one input file."""

    path: str
    document_id: str
    status: str  # ok | failed | needs_ocr
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rows: Rows | None = None


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status != "ok"]


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, and every supported file under the given folders (recursive, sorted)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def extract_document(path: str | Path, password: str | None = None):
    """Ingest → normalize → structure → every extractor. Returns (Document, results, labels)."""
    from extractors import registry  # importing the package registers every extractor, in run order

    raw = read_file(path, password=password)
    doc = structure(normalize(raw))
    results: dict = {}
    labels: dict[str, str] = {}
    for extractor in registry.extractors():
        results[extractor.name] = extractor.func(doc, results)
        labels[extractor.name] = extractor.label
    return doc, results, labels


def process_file(path: str, password: str | None = None) -> Outcome:
    """Extract one file into rows; never raises (every failure becomes an Outcome)."""
    started = time.perf_counter()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Outcome(path, hashlib.sha256(path.encode()).hexdigest(), "failed", f"unreadable: {exc.strerror or exc}")
    doc_id = hashlib.sha256(data).hexdigest()
    try:
        file_format = sniff_format(data, path)
    except IngestError:
        file_format = None
    try:
        doc, results, labels = extract_document(path, password)
        rows = document_rows(doc_id, path, len(data), doc, results, labels, __version__)
        counts = {name: len(v) for name, v in rows.items() if name not in ("documents", "agencies")}
        return Outcome(path, doc_id, "ok", None, counts, time.perf_counter() - started, rows)
    except IngestError as exc:
        status, error = exc.status, str(exc)
    except Exception as exc:  # an extractor bug must not cost the batch: record it for this document
        last = traceback.extract_tb(exc.__traceback__)[-1]
        status = "failed"
        error = f"internal_error: {type(exc).__name__}: {exc} (at {Path(last.filename).name}:{last.lineno})"
    row = failure_row(doc_id, path, file_format, status, error, len(data))
    return Outcome(path, doc_id, status, error, {}, time.perf_counter() - started, {"documents": [row]})


def _process(args: tuple[str, str | None]) -> Outcome:
    return process_file(*args)


def _crashed(path: str) -> Outcome:
    error = "crashed: the reader process died on this file (a native library fault); the batch went on"
    doc_id = hashlib.sha256(Path(path).read_bytes()).hexdigest() if Path(path).is_file() else ""
    row = failure_row(doc_id, path, None, "failed", error, Path(path).stat().st_size if Path(path).is_file() else 0)
    return Outcome(path, doc_id, "failed", error, rows={"documents": [row]})


def _parallel(jobs: list, workers: int, worker) -> Iterator[Outcome]:
    """Outcomes of ``jobs`` from a process pool; a worker that dies (a segfault in a native PDF
    library) breaks the pool, so the jobs in flight are retried one per fresh process and only the
    file that kills its process is recorded as crashed."""
    retry: list = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(worker, job): job for job in jobs}
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                retry.append(futures[future])
    for job in retry:
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                yield pool.submit(worker, job).result()
            except BrokenProcessPool:
                yield _crashed(job[0])


def run(
    paths: Iterable[str | Path],
    db_path: str | Path,
    *,
    workers: int = 1,
    password: str | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    worker: Callable[[tuple[str, str | None]], Outcome] = _process,
) -> Summary:
    """Extract every input into ``db_path``; one transaction per document."""
    started = time.perf_counter()
    store = Store(db_path)
    files = [str(p) for p in iter_input_files(paths)]
    summary = Summary()

    def record(outcome: Outcome) -> None:
        rows = outcome.rows
        if outcome.status == "ok":
            store.write(rows)
        else:
            store.write_failure(rows["documents"][0])
        outcome.rows = None  # the rows are in the database now; keep the summary small
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    jobs = [(f, password) for f in files]
    if workers <= 1 or len(files) <= 1:
        for job in jobs:
            record(worker(job))
    else:
        for outcome in _parallel(jobs, min(workers, os.cpu_count() or 1, len(files)), worker):
            record(outcome)
    summary.seconds = time.perf_counter() - started
    return summary
