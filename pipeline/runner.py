"""Batch runner: walk inputs, extract each new document in isolation, store it, summarize.

Every input path gets a ``files`` row. A file whose size and modification time match the last
run, or whose bytes are already stored by the same pipeline and extractor versions, is not
extracted again (``force`` redoes all); identical bytes under two names are extracted once.
A bad file becomes a document with ``status`` ``failed`` or ``needs_ocr`` and a readable
``error``; the batch goes on and nothing already stored is lost. Workers extract in parallel
(pure work) in processes with limits of time and memory (``pipeline.pool``), taking jobs only as
they free up, or on the workers of a Dask cluster (``pipeline.cluster``, the same extraction); only
the parent process writes the database, each document whole or not at all, under a lock that a second
run waits for.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import traceback
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline import __version__, pattern_cache, search, warm_up
from pipeline.errors import IngestError
from pipeline.ingest import README_NAME, SUPPORTED_SUFFIXES, backend, read_data, sniff_format
from pipeline.normalize import normalize
from pipeline.limits import Limits, bounded_message
from pipeline.notices import regroup
from pipeline.pool import default_memory_limit, run_limited
from pipeline.prepared import Prepared, prepare
from pipeline.rows import Rows, document_rows, failure_row
from pipeline.store import Store, file_row, write_lock
from pipeline.structure import structure


@dataclass
class Outcome:
    """What happened to one input file."""

    path: str
    document_id: str
    status: str  # ok | failed | needs_ocr | skipped
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rows: Rows | None = None
    #: the search index's tokens of the rows (``search.entry_tokens``), made by the worker
    tokens: list[str] | None = None
    #: the rows and tokens as the store inserts them, in their place when a worker sends them (``for_writer``)
    prepared: Prepared | None = None
    #: extracted (this run), unchanged (stored by an earlier run), duplicate (same bytes as another
    #: file), skipped (a type zhengce does not read)
    action: str = "extracted"


Job = tuple[str, "str | None", Limits]  # (path, password, limits)
#: where extraction runs: (jobs, failed) → an Outcome per job, ``failed(job, code, message)`` making the
#: Outcome of a job that did not finish (``pipeline.pool.run_limited`` locally, ``pipeline.cluster``)
Engine = Callable[[Iterator[Job], Callable[[Job, str, str], Outcome]], Iterator[Outcome]]


@dataclass
class Summary:
    """What a run did: counts by status and action, the files that failed or were skipped, and (unless
    ``keep_outcomes`` is off, as for the command line, whose batches may hold millions of files) every
    file's Outcome in the order they finished."""

    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    #: files, documents and notices as the database holds them after the run
    database: dict[str, int] = field(default_factory=dict)
    dropped: int = 0  # documents no file points to any more (edited files' old versions)
    keep_outcomes: bool = True
    files: int = 0  # files the run went through
    failures: list[Outcome] = field(default_factory=list)  # status failed or needs_ocr
    skipped: list[Outcome] = field(default_factory=list)
    _statuses: Counter = field(default_factory=Counter)
    _actions: Counter = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.files += 1
        self._statuses[outcome.status] += 1
        self._actions[outcome.action] += 1
        if outcome.status == "skipped":
            self.skipped.append(outcome)
        elif outcome.status != "ok":
            self.failures.append(outcome)
        if self.keep_outcomes:
            self.outcomes.append(outcome)

    def count(self, status: str) -> int:
        return self._statuses[status]

    def actions(self, action: str) -> int:
        return self._actions[action]


def iter_input_files(paths: Iterable[str | Path], *, every_file: bool = False) -> Iterator[Path]:
    """Files as given, and the supported files under the given folders (recursive, sorted).
    With ``every_file``, also the folders' files of other types (so a run can say it skipped them);
    hidden files and folders are never walked."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in _walk(path):
                if every_file or (child.suffix.lower() in SUPPORTED_SUFFIXES and not README_NAME.match(child.name)):
                    yield child
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` in the order of ``sorted(folder.rglob("*"))`` (paths compare part by
    part: a folder's files come where its name sorts), reading one folder at a time instead of holding
    every path of a million-file tree; hidden files and folders left out, symlinked folders not entered."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(child)
            elif entry.is_file():
                yield child
        except OSError:
            continue


def current_versions() -> tuple[str, str]:
    """(pipeline version, extractors JSON) as documents rows store them."""
    from extractors import registry  # importing the package registers every extractor, in run order

    labels = {e.name: e.label for e in registry.extractors()}
    return __version__, json.dumps(labels, ensure_ascii=False)


def extract_document(path: str | Path, password: str | None = None, limits: Limits | None = None,
                     data: bytes | None = None):
    """Ingest → normalize → structure → every extractor (of ``data``, the file's bytes, when already
    read). Returns (Document, results, labels)."""
    from extractors import registry  # importing the package registers every extractor, in run order

    if data is None:
        data = Path(path).read_bytes()
    raw = read_data(data, str(path), password=password, limits=limits)
    doc = structure(normalize(raw))
    results: dict = {}
    labels: dict[str, str] = {}
    for extractor in registry.extractors():
        results[extractor.name] = extractor.func(doc, results)
        labels[extractor.name] = extractor.label
    return doc, results, labels


def process_file(path: str, password: str | None = None, limits: Limits | None = None) -> Outcome:
    """Extract one file into rows; never raises (every failure becomes an Outcome)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Outcome(path, "", "failed", f"unreadable: {exc.strerror or exc}")
    return process_data(path, password, data, limits)


def process_data(path: str, password: str | None, data: bytes, limits: Limits | None = None) -> Outcome:
    """Extract the bytes of the file ``path`` into rows (on a cluster worker, which may not see the
    file); never raises."""
    started = time.perf_counter()
    doc_id = hashlib.sha256(data).hexdigest()
    try:
        doc, results, labels = extract_document(path, password, limits, data)
        rows = document_rows(doc_id, path, len(data), doc, results, labels, __version__)
        counts = {name: len(v) for name, v in rows.items() if name not in ("documents", "agencies")}
        return Outcome(path, doc_id, "ok", None, counts, time.perf_counter() - started, rows,
                       search.entry_tokens(rows))
    except IngestError as exc:
        status, error = exc.status, str(exc)
    except MemoryError:
        raise  # the worker process reports it as memory_limit (pipeline/pool.py)
    except Exception as exc:  # an extractor bug must not cost the batch: record it for this document
        last = traceback.extract_tb(exc.__traceback__)[-1]
        status = "failed"
        error = f"internal_error: {type(exc).__name__}: {exc} (at {Path(last.filename).name}:{last.lineno})"
    error = bounded_message(error)
    try:  # only a failure row names the format apart from the rows (sniffing a text decodes it whole)
        file_format = sniff_format(data, path)
    except IngestError:
        file_format = None
    version, labels = current_versions()
    row = failure_row(doc_id, path, file_format, status, error, len(data), json.loads(labels), version)
    return Outcome(path, doc_id, status, error, {}, time.perf_counter() - started, {"documents": [row]})


#: how many files after the first the parent looks at (their names) before forking the workers: the formats it
#: reads beforehand (``pipeline.warm_up``)
LOOK_AHEAD = 256
_warmed: set[str] = set()  # the formats this process has read a warm-up sample of, or loaded the backend of


def _warm_up(first: tuple[str, bytes] | None = None, ahead: Iterable[Path] = ()) -> None:
    """Before the first worker is forked: read ``warm_up.NOTICE`` as text, and as each format the ``first`` file
    to extract (path, bytes) and the names of the files ``ahead`` of it call for (or load that format's backend),
    so that the libraries, dictionaries and patterns they load are loaded once and shared by the workers (each
    worker loaded them again on its first file of each format). Each format once per process (a second run in it,
    as in tests or a long-lived caller, finds them loaded). A format met further on loads in the workers."""
    formats = {"text"} | warm_up.formats_named(ahead)
    if first is not None:
        try:
            formats.add(sniff_format(first[1], first[0]))
        except IngestError:
            pass  # the worker will say what is wrong with the file
    for file_format in sorted(formats - _warmed):
        sample = warm_up.SAMPLES.get(file_format)
        if sample is not None:  # never raises; what it finds is thrown away
            process_data(f"warm-up.{file_format}", None, sample())
        else:
            backend(file_format)
        _warmed.add(file_format)
    pattern_cache.save()  # the patterns compiled so far, for the next process's start


def for_writer(outcome: Outcome) -> Outcome:
    """The Outcome a worker sends to the process that writes: its rows prepared for the store
    (``pipeline.prepared``) in place of the dicts, so that the writer only binds them."""
    if outcome.rows is not None:
        outcome.prepared = prepare(outcome.rows, outcome.tokens)
        outcome.rows = outcome.tokens = None
    return outcome


def _process(args: Job) -> Outcome:
    return for_writer(process_file(*args))


def _unfinished(job: Job, code: str, message: str) -> Outcome:
    """The Outcome of a file whose extraction did not finish (timeout, memory_limit, crashed)."""
    path = job[0]
    try:
        data = Path(path).read_bytes()
    except OSError:
        data = b""
    doc_id = hashlib.sha256(data).hexdigest()
    version, labels = current_versions()
    error = f"{code}: {message}"
    row = failure_row(doc_id, path, None, "failed", error, len(data), json.loads(labels), version)
    return Outcome(path, doc_id, "failed", error, rows={"documents": [row]})


def run(
    paths: Iterable[str | Path],
    db_path: str | Path,
    *,
    workers: int = 1,
    password: str | None = None,
    force: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_wait: Callable[[], None] | None = None,
    lock_timeout: float | None = None,
    limits: Limits | None = None,
    worker: Callable[[Job], Outcome] = _process,
    engine: Engine | None = None,
    keep_outcomes: bool = True,
) -> Summary:
    """Extract every new or changed input into ``db_path``; each document stored whole or not at all
    (``Store.write``), each document in a worker process within ``limits`` (default: ``Limits`` with the memory limit
    shared out among the workers), or on the workers of ``engine`` (``pipeline.cluster``)."""
    if limits is None:
        limits = Limits(memory=default_memory_limit(workers))
    started = time.perf_counter()
    summary = Summary(keep_outcomes=keep_outcomes)
    with write_lock(db_path, timeout=lock_timeout, on_wait=on_wait):
        store = Store(db_path)
        try:
            _run(store, list(paths), summary, workers=workers, password=password, force=force,
                 on_outcome=on_outcome, worker=worker, limits=limits, engine=engine)
            summary.dropped = store.finish(regroup=regroup)
            summary.database = store.counts()
        finally:
            store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _run(store: Store, paths: list, summary: Summary, *, workers: int, password, force: bool, on_outcome,
         worker, limits: Limits, engine: Engine | None) -> None:
    version, labels = current_versions()

    def current(doc_id: str) -> bool:
        return store.stored_versions(doc_id) == (version, labels)

    def finish(outcome: Outcome, files: list[dict]) -> None:
        outcome.rows = outcome.tokens = outcome.prepared = None  # in the database now; keep the summary small
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    waiting: dict[str, list[str]] = {}  # bytes in flight → further paths holding the same bytes
    warmed: list[bool] = []  # the parent has warmed up (before forking the first worker)
    walk = iter_input_files(paths, every_file=True)
    ahead: deque[Path] = deque()  # files looked at (their names) before forking the workers, still to go

    def files() -> Iterator[Path]:
        for path in walk:  # the next file after those looked at ahead
            while ahead:
                yield ahead.popleft()
            yield path
        while ahead:
            yield ahead.popleft()

    def jobs() -> Iterator[Job]:
        for path in files():
            path_str = str(path)
            if path.suffix.lower() not in SUPPORTED_SUFFIXES and not _given(path, paths):
                reason = f"unsupported_format: zhengce does not read {path.suffix or 'files without an extension'}"
            elif README_NAME.match(path.name) and not _given(path, paths):
                reason = "readme: a folder's README is taken for notes on the folder, not a notice (name it to read it)"
            else:
                reason = None
            if reason:
                store.record_files([file_row(path, document_id=None, status="skipped", error=reason)])
                finish(Outcome(path_str, "", "skipped", reason, action="skipped"), [])
                continue
            known = None if force else store.known_file(path)
            if known and known["document_id"] and _same_stat(path, known) and current(known["document_id"]):
                finish(Outcome(path_str, known["document_id"], known["status"], known["error"],
                               action="unchanged"), [])
                continue
            if limits.file_size and _size(path) > limits.file_size:
                error = (f"too_large: {_size(path) / (1 << 20):.0f} MB is over the {limits.file_size >> 20} MB a file may "
                         "have (raise --max-size to read it)")
                store.record_files([file_row(path, document_id=None, status="failed", error=error)])
                finish(Outcome(path_str, "", "failed", error), [])
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                error = f"unreadable: {exc.strerror or exc}"
                store.record_files([file_row(path, document_id=None, status="failed", error=error)])
                finish(Outcome(path_str, "", "failed", error), [])
                continue
            doc_id = hashlib.sha256(data).hexdigest()
            if doc_id in waiting:
                waiting[doc_id].append(path_str)
                continue
            if not force and current(doc_id):
                status, error = store.db.conn.execute("select status, error from documents where id = ?",
                                                      [doc_id]).fetchone()
                store.record_files([file_row(path, document_id=doc_id, status=status, error=error)])
                finish(Outcome(path_str, doc_id, status, error, action="duplicate"), [])
                continue
            waiting[doc_id] = []
            if engine is None and not warmed:
                warmed.append(True)
                ahead.extend(islice(walk, LOOK_AHEAD))
                _warm_up((path_str, data), ahead)
            yield path_str, password, limits

    def record(outcome: Outcome) -> None:
        also = waiting.pop(outcome.document_id, []) if outcome.document_id else []
        files = [file_row(p, document_id=outcome.document_id or None, status=outcome.status, error=outcome.error)
                 for p in [outcome.path, *also]]
        if not outcome.document_id:  # unreadable: no bytes, no document
            store.record_files(files)
        else:  # rows prepared by the worker, or (a stand-in worker's, a failure's) dicts
            store.write(outcome.prepared or outcome.rows, files, outcome.tokens)
        finish(outcome, files)
        for path in also:
            finish(Outcome(path, outcome.document_id, outcome.status, outcome.error, action="duplicate"), [])

    if engine is None:
        workers = max(1, min(workers, os.cpu_count() or 1))
        outcomes = run_limited(jobs(), worker, workers, limits, _unfinished)
    else:
        outcomes = engine(jobs(), _unfinished)
    for outcome in outcomes:
        record(outcome)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _given(path: Path, paths: list) -> bool:
    """A file named on the command line (not found in a folder): read whatever its type."""
    return any(Path(p) == path for p in paths if not Path(p).is_dir())


def _same_stat(path: Path, known: dict) -> bool:
    try:
        stat = path.stat()
    except OSError:
        return False
    return stat.st_size == known["file_size"] and stat.st_mtime_ns == known["mtime_ns"]
