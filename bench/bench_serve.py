"""Browser speed at 10,000 notices: a table page, faceted pages and searches, each under 300 ms?

Generates the corpus (``bench/generate_corpus.py``), extracts it with ``zhengce run`` into
``bench/results/serve/policies.db`` (kept between runs: an unchanged corpus is not extracted again),
starts ``zhengce serve`` and times each page over HTTP on 127.0.0.1: the median and the worst of
``--repeat`` requests after one warm-up request.

    make bench            # or: python bench/bench_serve.py [--files 10200] [--repeat 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate_corpus import generate  # noqa: E402
from tests.browser import running_server  # noqa: E402

LIMIT_MS = 300
OUT = ROOT / "bench" / "results" / "serve"


def pages(db: str, province: str, city: str) -> list[tuple[str, str]]:
    q = quote
    return [
        ("table page: notices (4 facets)", f"/{db}/notices"),
        ("table page: notice_targets (view, 4 facets)", f"/{db}/notice_targets"),
        ("table page: targets (3 facets)", f"/{db}/targets"),
        ("faceted page: notice_targets, a province chosen", f"/{db}/notice_targets?province={q(province)}"),
        ("faceted page: notice_targets, a city chosen", f"/{db}/notice_targets?city={q(city)}"),
        ("faceted page: targets, kind target chosen", f"/{db}/targets?kind=target"),
        ("faceted page: notice_tasks, deadline year 2025", f"/{db}/notice_tasks?deadline_year=2025"),
        ("search page: 基站 (2 characters)", f"/{db}/search?q={q('基站')}"),
        ("search JSON: 网 (1 character)", f"/{db}/search.json?q={q('网')}&_shape=array"),
        ("search JSON: 千兆光网 (4 characters)", f"/{db}/search.json?q={q('千兆光网')}&_shape=array"),
        ("search JSON: 每万人拥有 (5 characters)", f"/{db}/search.json?q={q('每万人拥有')}&_shape=array"),
        ("search JSON: 工作专班 领导小组 (two terms)", f"/{db}/search.json?q={q('工作专班 领导小组')}&_shape=array"),
    ]


def padded(label: str, width: int = 58) -> str:
    """The label padded to ``width`` terminal columns (a Chinese character takes two)."""
    return label + " " * max(1, width - sum(2 if ord(ch) >= 0x2E80 else 1 for ch in label))


def timed_get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        assert response.status == 200, url
    return (time.perf_counter() - started) * 1000


def build(files: int, seed: int) -> Path:
    corpus, db = OUT / f"corpus-{files}-{seed}", OUT / "policies.db"
    if not corpus.exists():
        print(f"generating {files:,} notices in {corpus} …", flush=True)
        generate(corpus, files, seed=seed)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(corpus), "--db", str(db), "--workers", "2", "-q"],
                   check=True, cwd=ROOT)
    print(f"zhengce run: {time.perf_counter() - started:.0f}s", flush=True)
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10200,
                        help="notices generated (a few generated from one short template are grouped as copies)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", help="time the pages of this database instead (no corpus generated)")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    db = Path(args.db) if args.db else build(args.files, args.seed)
    import sqlite3

    conn = sqlite3.connect(db)
    notices, targets, rows = (conn.execute(sql).fetchone()[0] for sql in (
        "select count(*) from notices", "select count(*) from notice_targets", "select count(*) from search_rows"))
    province, city = conn.execute("select province, city from notices where city is not null "
                                  "group by province, city order by count(*) desc limit 1").fetchone()
    conn.close()
    print(f"{notices:,} notices, {targets:,} notice targets, {rows:,} searchable texts; "
          f"{db.stat().st_size / 2**20:.0f} MiB")
    slow = 0
    with running_server(db) as (base, _):
        print(f"\n{'page':58} {'median':>8} {'worst':>8}  (ms, {args.repeat} requests after a warm-up)")
        for label, path in pages(db.stem, province, city):
            try:
                timed_get(base + path)
                times = [timed_get(base + path) for _ in range(args.repeat)]
            except OSError as exc:  # Datasette answers 400 when a query passes its time limit
                print(f"{padded(label)}failed: {exc}")
                slow += 1
                continue
            median = statistics.median(times)
            verdict = "ok" if median < LIMIT_MS else f"SLOWER than {LIMIT_MS} ms"
            slow += median >= LIMIT_MS
            print(f"{padded(label)}{median:8.0f} {max(times):8.0f}  {verdict}", flush=True)
    print(f"\n{'every page answered' if not slow else f'{slow} pages did not answer'} in under {LIMIT_MS} ms (median); "
          "load average while measuring: " + " ".join(f"{x:.1f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} cores (other work on the machine slows every page alike)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
