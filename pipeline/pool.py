"""Worker processes that extract one document at a time, each within limits of time and memory.

``run_limited(jobs, worker, workers, limits)`` yields an Outcome per job. Each worker is a forked
process with an address-space limit (a document that needs more memory fails with
``memory_limit`` instead of taking the machine down); the parent kills a worker whose document runs
past the time limit (``timeout``, counted from when the worker started it) and starts a fresh one; a worker
that dies (a segfault in a native library, the kernel's OOM killer) costs only its own document (``crashed``).
Workers die with the parent, even when the parent is killed with SIGKILL (Linux parent-death signal), so an
interrupted run leaves no process behind. Each worker holds ``JOBS_AHEAD`` jobs, the next waiting in its pipe
(a job queued behind one that hangs or crashes is given to another worker, never lost nor failed); jobs are
taken from the iterator only as workers free up, so a million-file batch never holds a million jobs; a freed
worker's job is refilled before the caller is handed the Outcome, so writing it overlaps extraction. The answers
left in a pipe while the caller (or ``jobs``) was slow are all read before any time limit is checked; a job drawn
for a worker that died idle goes to another. A worker is started for the first job that finds every running one
holding a job, so a run with nothing to extract forks none; a worker left with no job is told to stop at once (it
exits while the caller writes the last Outcomes).
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import resource
import selectors
import signal
import time
from collections import deque
from multiprocessing.connection import Connection
from typing import Callable, Iterable, Iterator

from pipeline.limits import GIB, Limits  # noqa: F401  (re-exported: callers import Limits from here)

#: jobs a worker holds at once: the one it extracts and the next, waiting in its pipe, so that it goes on to the
#: next as it sends an Outcome instead of waiting for the parent to be scheduled, read it and send another (beside
#: two busy workers on two cores, that wait was a few per cent of a worker's time)
JOBS_AHEAD = 2
#: Linux prctl option: the signal a process gets when its parent dies
_PR_SET_PDEATHSIG = 1


def _dumps(message) -> bytes:
    """A job or an Outcome as it crosses the pipe: plain pickle (``Connection.send`` makes a ForkingPickler and a
    buffer per message, for the sockets and connections it can carry, which ours never hold)."""
    return pickle.dumps(message, pickle.HIGHEST_PROTOCOL)


def default_memory_limit(workers: int) -> int:
    """Per worker: 4 GiB, or less so that all workers together stay under three quarters of RAM."""
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 4 * GIB
    return max(GIB, min(4 * GIB, int(ram * 0.75) // max(workers, 1)))


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except OSError:  # not Linux: the worker still ends when its pipe closes
        pass


def _serve(conn: Connection, worker: Callable, memory: int | None) -> None:
    """A worker's life: take a job, send back when it finished and its Outcome, until the parent sends None or goes
    away. The next job is usually waiting in the pipe already (``JOBS_AHEAD``)."""
    _die_with_parent()
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            job = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            result = worker(job)
        except MemoryError:
            result = ("memory_limit", job)
        except BaseException as exc:  # a stand-in worker may raise; process_file never does
            result = ("error", job, f"{type(exc).__name__}: {exc}")
        try:
            conn.send_bytes(_dumps((time.monotonic(), result)))
        except MemoryError:
            result = ("memory_limit", job)
            conn.send_bytes(_dumps((time.monotonic(), result)))
        if isinstance(result, tuple) and result and result[0] == "memory_limit":
            return  # the next job in the pipe is the parent's to give again, to a fresh worker


class _Worker:
    def __init__(self, context, worker: Callable, memory: int | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, worker, memory), daemon=True)
        self.process.start()
        child.close()
        #: (job, when it was given) of the jobs sent and not answered yet, in the order the worker takes them: the
        #: first is the one it extracts, the others wait in its pipe
        self.jobs: deque[tuple[object, float]] = deque()
        #: when the worker started the first of ``jobs`` (``time.monotonic`` is one clock for all processes)
        self.started = 0.0

    @property
    def job(self):
        """The job the worker is extracting."""
        return self.jobs[0][0]

    def give(self, job) -> bool:
        """Sends ``job``; False if the worker is found dead while it held no job (the job never reached it)."""
        now = time.monotonic()
        if not self.jobs and not self.process.is_alive():
            return False
        try:
            self.conn.send_bytes(_dumps(job))
        except OSError:  # died on the job it holds: the next wait reads its end, and this job goes elsewhere
            if not self.jobs:
                return False
        if not self.jobs:
            self.started = now
        self.jobs.append((job, now))
        return True

    def result(self) -> tuple[float, object]:
        """(when the worker finished the job it was extracting, its Outcome)."""
        return pickle.loads(self.conn.recv_bytes())

    def answered(self, finished: float) -> None:
        """The job being extracted is done: the next one's clock starts when it finished (the worker took the next
        from its pipe at once), or when the next was given if that was later."""
        self.jobs.popleft()
        if self.jobs:
            self.started = max(finished, self.jobs[0][1])

    def unstarted(self) -> list:
        """The jobs behind the one being extracted (never started: another worker takes them)."""
        return [job for job, _ in list(self.jobs)[1:]]

    def ask_to_stop(self) -> None:
        try:
            self.conn.send_bytes(_dumps(None))
        except OSError:
            pass

    def stop(self, *, kill: bool = False, asked: bool = False) -> None:
        if kill:
            self.process.kill()
        elif not asked:
            self.ask_to_stop()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run_limited(jobs: Iterable, worker: Callable, workers: int, limits: Limits,
                failed: Callable[[object, str, str], object]) -> Iterator[object]:
    """Outcomes of ``jobs`` from ``workers`` processes. ``failed(job, code, message)`` makes the Outcome
    of a job that did not finish (timeout, memory_limit, crashed)."""
    context = multiprocessing.get_context("fork")
    pending = iter(jobs)
    most = max(workers, 1)
    live: list[_Worker] = []  # workers running, with jobs or waiting for one
    given_back: deque = deque()  # jobs a stopped worker held behind the one it was stopped on: given again first
    exhausted = False  # ``jobs`` has no more
    done: list = []  # outcomes received, handed out once their workers have their next jobs
    stopping: list[_Worker] = []  # told to stop (no job left), joined at the end
    # the pipes of the workers that hold jobs, kept from one wait to the next (``multiprocessing.connection.wait``
    # made a selector and registered every pipe at each call); an idle worker's is not in it (a dead one's would
    # always be ready)
    selector = selectors.PollSelector() if hasattr(selectors, "PollSelector") else selectors.SelectSelector()

    def take():
        nonlocal exhausted
        if given_back:
            return given_back.popleft()
        job = None if exhausted else next(pending, None)
        exhausted = job is None
        return job

    def fill() -> None:
        """Every worker given jobs up to ``JOBS_AHEAD``, a worker started for a job that finds every running one
        holding a job (while fewer than ``workers`` run: a re-run with nothing to extract starts none)."""
        while True:
            slot = min(live, key=lambda w: len(w.jobs), default=None)
            start = slot is None or (slot.jobs and len(live) < most)
            if not start and len(slot.jobs) >= JOBS_AHEAD:
                return
            job = take()
            if job is None:
                return
            if start:
                slot = _Worker(context, worker, limits.memory)
                live.append(slot)
            if not slot.give(job):
                if start:  # a fresh worker dead at once: its own end reports the job crashed
                    slot.jobs.append((job, time.monotonic()))
                else:  # died while idle (the memory killer): the job goes to another worker
                    live.remove(slot)
                    slot.stop(kill=True)
                    given_back.appendleft(job)
                    continue
            if len(slot.jobs) == 1:
                selector.register(slot.conn, selectors.EVENT_READ, slot)

    def stopped(slot: _Worker, code: str, message: str) -> None:
        """``slot``'s worker killed or dead on its job: that job's Outcome is ``failed``; the jobs behind it
        (never started) go to the other workers, or to a worker started for them."""
        live.remove(slot)
        selector.unregister(slot.conn)
        given_back.extend(slot.unstarted())
        job = slot.job
        slot.stop(kill=True)
        done.append(failed(job, code, message))

    def read(slot: _Worker) -> bool:
        """Every answer waiting in ``slot``'s pipe taken (several if the parent was away, each of them starting the
        next job's clock); False if the worker was stopped (dead, or out of memory)."""
        while slot.jobs and slot.conn.poll(0):
            job = slot.job
            try:
                finished, result = slot.result()
            except (EOFError, OSError):  # the process died with the document
                stopped(slot, "crashed", "the reader process died on this file (a native library fault or "
                                         "the system's memory killer); the batch went on")
                return False
            if isinstance(result, tuple) and result and result[0] == "memory_limit":
                # the worker exits after saying so (its heap may be left fragmented near the limit)
                stopped(slot, "memory_limit", f"the document needed more memory than the "
                                              f"{limits.describe_memory()} a document may use (raise --max-memory "
                                              "to read it)")
                return False
            slot.answered(finished)
            if not slot.jobs:
                selector.unregister(slot.conn)
            if isinstance(result, tuple) and result and result[0] == "error":
                done.append(failed(job, "internal_error", result[2]))
            else:
                done.append(result)
        return True

    try:
        while True:
            fill()
            if exhausted and not given_back:  # no job left for the idle: they exit while the last ones are written
                for slot in [w for w in live if not w.jobs]:
                    slot.ask_to_stop()
                    live.remove(slot)
                    stopping.append(slot)
            # the caller writes these while the workers extract the next documents
            yield from done
            done = []
            busy = [w for w in live if w.jobs]
            if not busy:
                break
            wait_for = None
            if limits.timeout:
                wait_for = max(0.0, min(w.started + limits.timeout for w in busy) - time.monotonic())
            for key, _ in selector.select(timeout=wait_for):
                read(key.data)
            if limits.timeout:
                now = time.monotonic()
                for slot in [w for w in live if w.jobs and now - w.started >= limits.timeout]:
                    # the parent may have been away (a slow caller or ``jobs``) while the worker answered
                    if read(slot) and slot.jobs and now - slot.started >= limits.timeout:
                        stopped(slot, "timeout", f"extraction took longer than {limits.timeout:g} s and was "
                                                 "stopped (raise --timeout for a very large file)")
    finally:
        idle = [w for w in live if not w.jobs]
        for slot in idle:  # all told first: they exit together, not one after the other
            slot.ask_to_stop()
        for slot in idle + stopping:
            slot.stop(asked=True)
        for slot in live:
            if slot.jobs:
                slot.stop(kill=True)
        selector.close()
