"""Limits per document, interruptions and resumption: a hang, a memory hog and an oversized file
are each stopped at their limit while the other files land; SIGKILL at any point leaves a sound
database, no worker behind, and a rerun that skips what was done."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.pool import GIB, Limits
from pipeline.runner import process_file, run
from tests.conftest import CORPUS, ROOT

TEXTS = sorted((CORPUS / "text").glob("*.txt"))


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(names):
        source = TEXTS[i % len(TEXTS)]
        (folder / name).write_bytes(source.read_bytes() + f"\n（副本 {i}）\n".encode("utf-8"))
    return folder


def _misbehaving(job):
    """Stand-ins for a parser that spins or a file that unpacks into gigabytes."""
    name = Path(job[0]).name
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("hog"):
        hoard = []
        while True:
            hoard.append(bytearray(256 << 20))
    return process_file(*job)


def _statuses(summary) -> dict[str, tuple[str, str | None]]:
    return {Path(o.path).name: (o.status, (o.error or "").split(":")[0] or None) for o in summary.outcomes}


def test_a_hang_is_stopped_at_the_time_limit_and_the_rest_land(tmp_path):
    folder = _folder(tmp_path, ["a.txt", "hang.txt", "b.txt", "c.txt"])
    started = time.monotonic()
    summary = run([folder], tmp_path / "p.db", workers=2, worker=_misbehaving,
                  limits=Limits(timeout=10, memory=2 * GIB))
    assert time.monotonic() - started < 60
    assert _statuses(summary) == {"a.txt": ("ok", None), "b.txt": ("ok", None), "c.txt": ("ok", None),
                                  "hang.txt": ("failed", "timeout")}
    conn = sqlite3.connect(tmp_path / "p.db")
    assert conn.execute("select error from files where file_name = 'hang.txt'").fetchone()[0].startswith("timeout:")


def test_a_memory_hog_is_stopped_at_the_memory_limit_and_the_rest_land(tmp_path):
    folder = _folder(tmp_path, ["a.txt", "hog.txt", "b.txt"])
    summary = run([folder], tmp_path / "p.db", workers=1, worker=_misbehaving,
                  limits=Limits(timeout=120, memory=1 * GIB))
    assert _statuses(summary) == {"a.txt": ("ok", None), "b.txt": ("ok", None), "hog.txt": ("failed", "memory_limit")}


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    folder = _folder(tmp_path, ["a.txt"])
    (folder / "big.txt").write_bytes(("某某" * 400_000).encode("utf-8"))  # 2.4 MB
    summary = run([folder], tmp_path / "p.db", limits=Limits(file_size=1 << 20))
    assert _statuses(summary) == {"a.txt": ("ok", None), "big.txt": ("failed", "too_large")}
    # with the limit raised the same file is read
    summary = run([folder / "big.txt"], tmp_path / "p.db", limits=Limits(file_size=None))
    assert _statuses(summary)["big.txt"][1] != "too_large"


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _count(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("kill_after", [0, 3, 12])
def test_sigkill_at_any_point_then_a_rerun_gives_every_document_once(tmp_path, kill_after):
    names = [f"n{i:02d}.txt" for i in range(24)]
    folder = _folder(tmp_path, names)
    db = tmp_path / "p.db"
    command = [sys.executable, "-m", "pipeline.cli", "run", str(folder), "--db", str(db), "--workers", "2", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        if _count(db, "select count(*) from documents") >= kill_after and (kill_after or workers):
            break
        time.sleep(0.02)
    workers |= _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived the killed run"

    done_before = _count(db, "select count(*) from documents where status = 'ok'")
    rerun = run([folder], db, workers=2)
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from documents").fetchone()[0] == len(names)
    assert conn.execute("select count(*) from files").fetchone()[0] == len(names)
    # no partial document: every stored document has its sections and its facts
    assert conn.execute("select count(*) from documents d where not exists "
                        "(select 1 from sections s where s.document_id = d.id)").fetchone()[0] == 0
    tasks = dict(conn.execute("select d.file_name, count(*) from tasks t join documents d on d.id = t.document_id "
                              "group by d.id").fetchall())
    assert all(count > 0 for count in tasks.values()) and len(tasks) == len(names)
    actions = [o.action for o in rerun.outcomes]
    assert actions.count("unchanged") >= done_before and actions.count("extracted") == len(names) - actions.count(
        "unchanged")


def test_the_same_batch_twice_gives_identical_tables(tmp_path):
    folder = _folder(tmp_path, ["a.txt", "b.txt", "c.txt"])

    def tables(db):
        conn = sqlite3.connect(db)
        # the search index's own b-tree (search_fts_*) and its row numbers follow the order documents arrived in
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")
                 if not r[0].startswith("search_fts_")]
        out = {}
        for name in names:
            columns = [c[1] for c in conn.execute(f"pragma table_info([{name}])")
                       if c[1] not in ("extracted_at", "checked_at", "path", "rowid")]
            out[name] = sorted(map(repr, conn.execute(f"select {', '.join(columns)} from [{name}]").fetchall()))
        return out

    run([folder], tmp_path / "one.db", workers=1)
    run([folder], tmp_path / "two.db", workers=2)
    assert tables(tmp_path / "one.db") == tables(tmp_path / "two.db")
