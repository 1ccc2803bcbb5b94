"""The worker pool with a job held in advance by each worker: a job queued behind one that hangs, crashes or
runs out of memory is done by another worker (never lost nor failed); a hang and a crash of the job queued
second are reported for that job only; a job's time limit runs from when its worker starts it, not from
when it was queued, and answers left waiting while the caller or the job iterator was slow are read before it is
checked; a job drawn for a worker that died idle goes to another; a worker is replaced only while jobs are left;
jobs are drawn only a few ahead."""
from __future__ import annotations

import os
import time

from pipeline import pool
from pipeline.pool import GIB, JOBS_AHEAD, Limits, run_limited


def _stand_in(job: str):
    """A worker standing in for extraction: ``hang`` spins, ``crash`` kills its process (a native library's
    segfault), ``hog`` asks for more memory than a worker may have, ``slow…`` takes 1.5 s, anything else is quick. Its Outcome says which
    process did the job."""
    if job.startswith("hang"):
        time.sleep(3600)
    if job.startswith("crash"):
        os._exit(139)
    if job.startswith("hog"):
        bytearray(8 * GIB)  # over the worker's address-space limit
    if job.startswith("slow"):
        time.sleep(1.5)
    return ("ok", job, os.getpid())


def _failed(job, code: str, message: str):
    return ("failed", job, code)


def _run(jobs, *, workers=1, timeout=None, memory=None) -> list:
    return list(run_limited(iter(jobs), _stand_in, workers, Limits(timeout=timeout, memory=memory), _failed))


def _by_job(outcomes: list) -> dict:
    by_job = {}
    for outcome in outcomes:
        assert outcome[1] not in by_job, f"{outcome[1]} reported twice"
        by_job[outcome[1]] = outcome
    return by_job


def _counting_workers(monkeypatch) -> list:
    """The workers the pool starts, in order."""
    started = []

    class Counted(pool._Worker):
        def __init__(self, *args):
            super().__init__(*args)
            started.append(self)

    monkeypatch.setattr(pool, "_Worker", Counted)
    return started


def test_a_worker_holds_its_next_job_while_extracting_one():
    drawn: list[float] = []

    def jobs():
        for name in ("slow-a", "b", "c"):
            drawn.append(time.monotonic())
            yield name

    started = time.monotonic()
    outcomes = _run(jobs())
    assert [o[1] for o in outcomes] == ["slow-a", "b", "c"]
    # b went down the pipe with slow-a, long before slow-a's 1.5 s were over
    assert drawn[1] - started < 1.0


def test_a_hang_queued_second_is_stopped_and_the_job_queued_behind_it_is_done_by_a_fresh_worker(monkeypatch):
    workers = _counting_workers(monkeypatch)
    outcomes = _by_job(_run(["a", "hang", "b", "c"], timeout=3))
    assert outcomes["hang"] == ("failed", "hang", "timeout")
    assert {outcomes[j][0] for j in ("a", "b", "c")} == {"ok"}
    # the first worker did a, then hung with b in its pipe: b was given to the worker started after it
    assert outcomes["a"][2] == workers[0].process.pid
    assert outcomes["b"][2] == outcomes["c"][2] == workers[1].process.pid
    assert len(workers) == 2


def test_a_crash_queued_second_costs_only_itself_and_the_work_done_before_it_is_kept(monkeypatch):
    workers = _counting_workers(monkeypatch)
    outcomes = _by_job(_run(["a", "crash", "b", "c"]))
    assert outcomes["crash"] == ("failed", "crash", "crashed")
    assert outcomes["a"] == ("ok", "a", workers[0].process.pid)
    assert outcomes["b"][:2] == ("ok", "b") and outcomes["c"][:2] == ("ok", "c")
    assert outcomes["b"][2] == workers[1].process.pid


def test_a_job_queued_behind_a_crash_is_not_reported_crashed():
    outcomes = _by_job(_run(["crash", "a", "crash-2", "b"], workers=2))
    assert {job: o[2] if o[0] == "failed" else "ok" for job, o in outcomes.items()} == {
        "crash": "crashed", "crash-2": "crashed", "a": "ok", "b": "ok"}


def test_a_job_queued_behind_a_memory_hog_is_done_by_another_worker():
    outcomes = _by_job(_run(["hog", "a", "b"], memory=1 * GIB, timeout=120))
    assert outcomes["hog"] == ("failed", "hog", "memory_limit")
    assert outcomes["a"][0] == outcomes["b"][0] == "ok"


def test_the_time_limit_runs_from_when_the_worker_starts_a_job_not_from_when_it_was_queued():
    # slow-2 is queued at once behind slow-1 and ends about 3 s after that: over the limit counted from its
    # queueing, 1.5 s from its start, well within it
    outcomes = _by_job(_run(["slow-1", "slow-2", "a"], timeout=2.5))
    assert [outcomes[j][0] for j in ("slow-1", "slow-2", "a")] == ["ok", "ok", "ok"]
    assert outcomes["slow-1"][2] == outcomes["slow-2"][2]  # one worker, no timeout, no replacement


def test_a_hang_queued_behind_slow_work_is_stopped_a_limit_after_it_started():
    started = time.monotonic()
    outcomes = _by_job(_run(["slow-1", "hang"], timeout=2.5))
    took = time.monotonic() - started
    assert outcomes["hang"] == ("failed", "hang", "timeout")
    assert took >= 1.5 + 2.5  # not stopped 2.5 s after it was queued, while slow-1 still ran


def test_a_worker_that_crashes_on_the_last_job_is_not_replaced(monkeypatch):
    workers = _counting_workers(monkeypatch)
    outcomes = _by_job(_run(["a", "b", "crash"]))
    assert outcomes["crash"] == ("failed", "crash", "crashed")
    assert len(workers) == 1


def test_jobs_are_drawn_only_a_few_ahead_of_the_outcomes_handed_out():
    drawn = [0]

    def jobs():
        for i in range(40):
            drawn[0] += 1
            yield f"job-{i}"

    ahead = []
    for _ in run_limited(jobs(), _stand_in, 2, Limits(timeout=None, memory=None), _failed):
        ahead.append(drawn[0])
    handed_out = range(1, 41)
    # each of the 2 workers holds at most JOBS_AHEAD jobs, and the outcomes of a round (up to JOBS_AHEAD a worker,
    # all waiting in its pipe) are refilled before they are handed out: at the round's first, the other are drawn too
    assert max(d - n for d, n in zip(ahead, handed_out)) <= 2 * JOBS_AHEAD + 2 * JOBS_AHEAD - 1


def test_a_job_sent_to_a_worker_that_has_just_crashed_goes_to_another():
    """The caller is slow with each Outcome (as a writer may be): the worker does b and dies on crash before the
    parent sends it c, the send fails, and c is given to a fresh worker once the death is seen."""
    outcomes = []
    for outcome in run_limited(iter(["a", "b", "crash", "c"]), _stand_in, 1, Limits(timeout=None, memory=None),
                               _failed):
        outcomes.append(outcome)
        time.sleep(1)
    by_job = _by_job(outcomes)
    assert by_job["crash"] == ("failed", "crash", "crashed")
    assert [by_job[j][0] for j in ("a", "b", "c")] == ["ok", "ok", "ok"]


def test_a_slow_caller_does_not_make_quick_jobs_time_out():
    """The caller takes longer than the time limit with each Outcome (a writer committing a big document): the
    job queued behind the one just answered finished long ago, its answer waits in the pipe and is read."""
    outcomes = []
    for outcome in run_limited(iter(["a", "b", "c", "d", "e"]), _stand_in, 1, Limits(timeout=1.0, memory=None),
                               _failed):
        outcomes.append(outcome)
        time.sleep(1.5)
    assert {job: o[0] for job, o in _by_job(outcomes).items()} == {j: "ok" for j in "abcde"}


def test_a_slow_job_iterator_does_not_make_quick_jobs_time_out():
    """Drawing a job takes longer than the time limit (the runner hashing a big file, skipping unchanged ones)."""
    def jobs():
        for i in range(8):
            if i >= 4:
                time.sleep(1.5)
            yield f"job-{i}"

    outcomes = _by_job(list(run_limited(jobs(), _stand_in, 2, Limits(timeout=1.0, memory=None), _failed)))
    assert {job: o[0] for job, o in outcomes.items()} == {f"job-{i}": "ok" for i in range(8)}


def test_a_job_given_to_a_worker_that_died_while_idle_goes_to_another(monkeypatch):
    """The worker dies with no job (the memory killer picking it while it waits): the job drawn for it is done
    by a fresh worker, not reported crashed."""
    workers = _counting_workers(monkeypatch)
    killed = []

    def jobs():
        for name in ("a", "b", "c", "d", "e"):
            if not killed and workers and not workers[0].jobs:
                workers[0].process.kill()
                workers[0].process.join()
                killed.append(workers[0].process.pid)
            yield name

    outcomes = []
    for outcome in run_limited(jobs(), _stand_in, 1, Limits(timeout=None, memory=None), _failed):
        outcomes.append(outcome)
        time.sleep(0.3)  # the worker does its jobs and waits, idle, while the caller writes
    assert killed
    assert {job: o[0] for job, o in _by_job(outcomes).items()} == {j: "ok" for j in "abcde"}
    assert len(workers) == 2
