"""Extraction on a Dask cluster: the workers (on any machines) extract, the process that runs writes.

``DaskEngine(scheduler)`` is an engine for ``pipeline.runner.run``: each new file's bytes are read
here and sent to a worker, which returns the document's rows (``runner.process_data``, the same
function a local worker runs); only this process writes the database, in the same way as a local
run, so the same input gives the same database. At most ``window`` files are in flight (four per
worker thread by default): a million-file batch never holds a million futures or files' bytes.

The workers need zhengce installed (the same version); they need not see the files. The reading
limits (``--max-pages``, ``--max-unpacked``) travel with each file; the process limits of a local
run (``--timeout``, ``--max-memory``) are the cluster's to set: ``dask worker --memory-limit``
restarts a worker that grows past it, and the document it held fails as ``crashed``.
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

    def __init__(self, scheduler, *, window: int | None = None):
        self.scheduler = scheduler
        self.window = window

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

        from pipeline.runner import Outcome, process_data

        client, owned = self._client()
        try:
            threads = sum(client.nthreads().values())
            if not threads:
                client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
                threads = sum(client.nthreads().values())
            # four files per worker thread keep a worker busy while the writer takes the last rows (two
            # left workers idle about a quarter of the time on a LocalCluster)
            window = self.window or max(8, 4 * threads)
            completed = as_completed(loop=client.loop)
            in_flight: dict = {}  # future → job
            unreadable: list[Outcome] = []  # files gone or locked since the runner hashed them
            pending = iter(jobs)

            def fill() -> None:
                while len(in_flight) < window:
                    job = next(pending, None)
                    if job is None:
                        return
                    path, password, limits = job
                    try:
                        data = Path(path).read_bytes()
                    except OSError as exc:
                        unreadable.append(Outcome(path, "", "failed", f"unreadable: {exc.strerror or exc}"))
                        continue
                    future = client.submit(process_data, path, password, data, limits, pure=False)
                    in_flight[future] = job
                    completed.add(future)

            fill()
            yield from unreadable
            unreadable.clear()
            for future in completed:
                job = in_flight.pop(future)
                if future.status == "finished":
                    yield future.result()
                else:
                    yield failed(job, "crashed", f"the cluster worker failed on this file ({future.exception()!r}); "
                                                 "the batch went on")
                future.release()
                fill()
                yield from unreadable
                unreadable.clear()
        finally:
            if owned:
                client.close()
