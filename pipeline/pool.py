"""Worker processes that extract one document at a time, each within limits of time and memory.

``run_limited(jobs, worker, workers, limits)`` yields an Outcome per job. Each worker is a forked
process with an address-space limit (a document that needs more memory fails with
``memory_limit`` instead of taking the machine down); the parent kills a worker whose document runs
past the time limit (``timeout``) and starts a fresh one; a worker that dies (a segfault in a
native library, the kernel's OOM killer) costs only its own document (``crashed``). Workers die
with the parent, even when the parent is killed with SIGKILL (Linux parent-death signal), so an
interrupted run leaves no process behind. Jobs are taken from the iterator only as workers free
up (a freed worker gets its next job before the caller is handed the last one's Outcome, so writing it
overlaps extraction): a million-file batch never holds a million jobs; a worker is started for the first job that
finds none idle, so a run with nothing to extract forks none; a worker left with no job is told to stop
at once (it exits while the caller writes the last Outcomes).
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
from multiprocessing.connection import Connection
from typing import Callable, Iterable, Iterator

from pipeline.limits import GIB, Limits  # noqa: F401  (re-exported: callers import Limits from here)

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
    """A worker's life: take a job, send back its Outcome, until the parent sends None or goes away."""
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
            conn.send_bytes(_dumps(result))
        except MemoryError:
            conn.send_bytes(_dumps(("memory_limit", job)))


class _Worker:
    def __init__(self, context, worker: Callable, memory: int | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, worker, memory), daemon=True)
        self.process.start()
        child.close()
        self.job = None
        self.started = 0.0

    def give(self, job) -> None:
        self.job, self.started = job, time.monotonic()
        self.conn.send_bytes(_dumps(job))

    def result(self):
        return pickle.loads(self.conn.recv_bytes())

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
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    exhausted = False
    done: list = []  # outcomes received, handed out once their workers have their next jobs
    stopping: list[_Worker] = []  # told to stop (no job left), joined at the end
    # the busy workers' pipes, kept from one wait to the next (``multiprocessing.connection.wait`` made a selector
    # and registered every pipe at each call); an idle worker's is not in it (a dead one's would always be ready)
    selector = selectors.PollSelector() if hasattr(selectors, "PollSelector") else selectors.SelectSelector()
    try:
        while True:
            while (idle or len(busy) < max(workers, 1)) and not exhausted:
                job = next(pending, None)
                if job is None:
                    exhausted = True
                    break
                # a worker is started for the first job that finds none idle: a re-run with nothing to
                # extract starts none
                slot = idle.pop() if idle else _Worker(context, worker, limits.memory)
                slot.give(job)
                busy.append(slot)
                selector.register(slot.conn, selectors.EVENT_READ, slot)
            if exhausted and idle:  # no job left for them: they exit while the last documents are written
                for slot in idle:
                    slot.ask_to_stop()
                stopping += idle
                idle = []
            # the caller writes these while the workers extract the next documents (yielding before the
            # refill left a worker idle for every write)
            yield from done
            done = []
            if not busy:
                break
            wait_for = None
            if limits.timeout:
                wait_for = max(0.0, min(w.started + limits.timeout for w in busy) - time.monotonic())
            for key, _ in selector.select(timeout=wait_for):
                slot = key.data
                busy.remove(slot)
                selector.unregister(slot.conn)
                try:
                    result = slot.result()
                except (EOFError, OSError):  # the process died with the document
                    slot.stop(kill=True)
                    done.append(failed(slot.job, "crashed", "the reader process died on this file (a native library "
                                                            "fault or the system's memory killer); the batch went on"))
                    if not exhausted:  # a replacement only while jobs are left for it
                        idle.append(_Worker(context, worker, limits.memory))
                    continue
                if isinstance(result, tuple) and result and result[0] == "memory_limit":
                    done.append(failed(slot.job, "memory_limit",
                                       f"the document needed more memory than the {limits.describe_memory()} a "
                                       "document may use (raise --max-memory to read it)"))
                    slot.stop(kill=True)  # its heap may be left fragmented near the limit
                    if not exhausted:  # a replacement only while jobs are left for it
                        idle.append(_Worker(context, worker, limits.memory))
                    continue
                if isinstance(result, tuple) and result and result[0] == "error":
                    done.append(failed(slot.job, "internal_error", result[2]))
                else:
                    done.append(result)
                idle.append(slot)
            if limits.timeout:
                now = time.monotonic()
                for slot in [w for w in busy if now - w.started >= limits.timeout]:
                    busy.remove(slot)
                    selector.unregister(slot.conn)
                    slot.stop(kill=True)
                    done.append(failed(slot.job, "timeout", f"extraction took longer than {limits.timeout:g} s and "
                                                            "was stopped (raise --timeout for a very large file)"))
                    if not exhausted:  # a replacement only while jobs are left for it
                        idle.append(_Worker(context, worker, limits.memory))
    finally:
        for slot in idle:  # all told first: they exit together, not one after the other
            slot.ask_to_stop()
        for slot in idle + stopping:
            slot.stop(asked=True)
        for slot in busy:
            slot.stop(kill=True)
        selector.close()
