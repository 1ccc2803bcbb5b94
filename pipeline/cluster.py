"""Extraction on a Dask cluster: the workers (on any machines) extract, the process that runs writes.

``DaskEngine(scheduler)`` is an engine for ``pipeline.runner.run``: each new file's bytes are read
here and sent to a worker, which returns the document's rows (``runner.process_data``, the same
function a local worker runs); only this process writes the database, in the same way as a local
run, so the same input gives the same database. Files travel in tasks of up to ``per_task`` (4): Dask
costs some milliseconds of CPU per task in the scheduler, the client and the worker, which a
notice's own 40 ms did not make small. At most ``window`` files are in flight (eight per worker
thread by default): a million-file batch never holds a million futures or files' bytes.

The workers need zhengce installed (the same version); they need not see the files. The reading
limits (``--max-pages``, ``--max-unpacked``) travel with each file; the process limits of a local
run (``--timeout``, ``--max-memory``) are the cluster's to set: ``dask worker --memory-limit``
restarts a worker that grows past it, and the documents of the task it held fail as ``crashed``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

#: seconds to wait for the scheduler before giving up with a clear message
CONNECT_TIMEOUT = 20


class ClusterError(Exception):
    """The scheduler could not be reached, or has no workers."""


class DaskEngine:
    """Runs the jobs of a batch on a Dask scheduler (an address such as ``tcp://10.0.0.5:8786``, or a
    ``distributed.Client`` already connected)."""

    def __init__(self, scheduler, *, window: int | None = None, per_task: int = 4):
        self.scheduler = scheduler
        self.window = window
        self.per_task = max(1, per_task)

    def _client(self):
        from distributed import Client

        if isinstance(self.scheduler, Client):
            return self.scheduler, False
        try:
            return Client(self.scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False), True
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None

    def __call__(self, jobs: Iterator, failed: Callable) -> Iterator:
        from distributed import as_completed

        from pipeline.runner import Outcome

        client, owned = self._client()
        try:
            threads = sum(client.nthreads().values())
            if not threads:
                client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
                threads = sum(client.nthreads().values())
            # two tasks per worker thread keep a worker busy while the writer takes the last rows (fewer
            # left workers idle about a quarter of the time on a LocalCluster)
            window = self.window or max(2 * self.per_task, 2 * self.per_task * threads)
            completed = as_completed(loop=client.loop)
            in_flight: dict = {}  # future → its jobs
            files_in_flight = 0
            unreadable: list[Outcome] = []  # files gone or locked since the runner hashed them
            pending = iter(jobs)

            def fill() -> None:
                nonlocal files_in_flight
                while files_in_flight < window:
                    batch, sent = [], []
                    while len(batch) < min(self.per_task, window - files_in_flight):
                        job = next(pending, None)
                        if job is None:
                            break
                        path, password, limits = job
                        try:
                            batch.append((path, password, Path(path).read_bytes(), limits))
                        except OSError as exc:
                            unreadable.append(Outcome(path, "", "failed", f"unreadable: {exc.strerror or exc}"))
                            continue
                        sent.append(job)
                    if not batch:
                        return
                    future = client.submit(process_batch, batch, pure=False)
                    in_flight[future] = sent
                    files_in_flight += len(sent)
                    completed.add(future)

            fill()
            yield from unreadable
            unreadable.clear()
            for future in completed:
                sent = in_flight.pop(future)
                files_in_flight -= len(sent)
                if future.status == "finished":
                    yield from future.result()
                else:
                    for job in sent:
                        yield failed(job, "crashed", f"the cluster worker failed on this file or one sent with it "
                                                     f"({future.exception()!r}); the batch went on")
                future.release()
                fill()
                yield from unreadable
                unreadable.clear()
        finally:
            if owned:
                client.close()


def process_batch(batch: list[tuple]) -> list:
    """On a worker: the Outcomes of a task's files, each ``(path, password, bytes, limits)``."""
    from pipeline.runner import for_writer, process_data

    return [for_writer(process_data(path, password, data, limits)) for path, password, data, limits in batch]
