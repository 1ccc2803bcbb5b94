"""Diff benchmark: time of ``zhengce diff`` against 100, 1,000 and 10,000 stored notices.

The five seed notices and the notices of tests/ are extracted for real; the big databases are then
filled synthetically by copying stored documents with perturbed texts: in each copy a random share
of the clauses is overwritten with other characters (same length, so every span stays valid) and
gets a new passage hash, and the same share of its MinHash values is redrawn, so a copy shares
with its template about as much text as its signature says. Copies get their own notice, region
and date. (The rows are written with sqlite3 directly: this is a measuring harness, not the pipeline.)

Each figure is the best of ``--repeat`` runs of the whole diff of a new file (a revised seed:
extraction on the fly, predecessors, facts, reuse), split into its steps.

    make bench            # or: python bench/bench_diff.py --sizes 100 1000 10000 --repeat 3
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.diff.compose import diff_notice  # noqa: E402
from pipeline.fingerprint import NUM_PERM  # noqa: E402
from pipeline.runner import run  # noqa: E402

REGIONS = ["阳泉市", "渝中区", "嘉兴市", "泽州县", "韶关市", "赣州市", "江阴市", "潍坊市", "吴江区", "台山市",
           "六盘水市", "宝鸡市", "苍溪县", "盐城市", "梧州市", "滕州市", "玉溪市", "湖州市", "银川市", "新乡市"]
# filler for overwritten clauses: common characters of notices, so the text still looks like one
FILLER = "推进建设加快完善网络服务应用发展工作机制强化保障提升能力开展实施统筹协调落实管理体系支撑"


def base_database(folder: Path) -> Path:
    db = folder / "base.db"
    run([ROOT / "corpus" / "text", ROOT / "tests" / "notices"], db, workers=2)
    return db


def _templates(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute("select n.id, n.title, d.id, d.text, d.minhash from notices n "
                        "join documents d on d.id = n.best_document_id where d.minhash is not null").fetchall()
    templates = []
    for notice_id, title, doc_id, text, minhash in rows:
        clauses = conn.execute("select seq, hash, char_start, char_end from passages where document_id = ? "
                               "order by seq", [doc_id]).fetchall()
        templates.append({"title": title, "text": text, "minhash": minhash, "passages": clauses})
    return templates


def _perturbed(template: dict, rng: random.Random, np_rng: np.random.Generator) -> tuple[str, bytes, list]:
    share = rng.uniform(0.3, 0.95)
    text = list(template["text"])
    passages = []
    for seq, value, start, end in template["passages"]:
        if rng.random() < share:
            for i in range(start, end):
                text[i] = FILLER[rng.randrange(len(FILLER))]
            value = rng.getrandbits(63)
        passages.append((seq, value, start, end))
    signature = np.frombuffer(template["minhash"], dtype=np.uint32).copy()
    redraw = np_rng.random(NUM_PERM) < share
    signature[redraw] = np_rng.integers(0, 2**32, size=int(redraw.sum()), dtype=np.uint32)
    return "".join(text), signature.tobytes(), passages


def grow(base: Path, target: Path, size: int, seed: int = 1) -> None:
    """A copy of ``base`` with synthetic notices added until it stores ``size`` notices."""
    shutil.copy(base, target)
    conn = sqlite3.connect(target)
    templates = _templates(conn)
    have = conn.execute("select count(*) from notices").fetchone()[0]
    rng, np_rng = random.Random(seed), np.random.default_rng(seed)
    documents, notices, passages = [], [], []
    for n in range(max(0, size - have)):
        template = templates[n % len(templates)]
        text, signature, clauses = _perturbed(template, rng, np_rng)
        doc_id = hashlib.sha256(f"synthetic-{n}".encode()).hexdigest()
        notice_id = doc_id[:10]
        region = rng.choice(REGIONS)
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = f"{region}{template['title'] or ''}"
        documents.append((doc_id, notice_id, f"synthetic-{n}.txt", "text", "ok", title, region, date, text, signature))
        notices.append((notice_id, title, region, date, region, doc_id, 1, 1, "single"))
        passages.extend((doc_id, seq, value, start, end) for seq, value, start, end in clauses)
    with conn:
        conn.executemany("insert into documents (id, notice_id, file_name, file_format, status, title, city, "
                         "issue_date, text, minhash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", documents)
        conn.executemany("insert into notices (id, title, city, issue_date, region, best_document_id, documents, "
                         "files, grouped_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", notices)
        conn.executemany("insert into passages (document_id, seq, hash, char_start, char_end) values (?, ?, ?, ?, ?)",
                         passages)
    conn.execute("analyze")
    conn.close()


def new_notice(folder: Path) -> Path:
    """A revised seed: two targets and a task-force member changed, as a new file."""
    text = (ROOT / "corpus" / "text" / "001_yuzhong_notice.txt").read_text(encoding="utf-8")
    text = (text.replace("每万人拥有5G基站数达35个以上", "每万人拥有5G基站数达40个以上")
                .replace("5G用户占比达45%以上", "5G用户占比达40%以上")
                .replace("何    健  区财政局副局长", "赵    敏  区财政局副局长"))
    path = folder / "yuzhong_revised.txt"
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = base_database(folder)
        new = new_notice(folder)
        print(f"diff of {new.name} (extracted on the fly) against N stored notices; best of {args.repeat}")
        print(f"{'N':>7} {'build s':>8} {'total s':>8} {'read':>7} {'predec.':>8} {'facts':>7} {'reuse':>7}  "
              "top predecessor")
        for size in args.sizes:
            db = folder / f"n{size}.db"
            started = time.perf_counter()
            grow(base, db, size)
            built = time.perf_counter() - started
            best, steps, result = float("inf"), {}, None
            for _ in range(args.repeat):
                started = time.perf_counter()
                result = diff_notice(str(new), db)
                took = time.perf_counter() - started
                if took < best:
                    best, steps = took, result["seconds"]
            first = result["predecessors"][0] if result["predecessors"] else {}
            print(f"{size:>7} {built:>8.1f} {best:>8.3f} {steps['read']:>7.3f} {steps['predecessors']:>8.3f} "
                  f"{steps['facts']:>7.3f} {steps['reuse']:>7.3f}  {first.get('notice_id')} "
                  f"({first.get('score', 0):.2f}), {result['counts']['targets']} target changes, "
                  f"{len(result['reuse']['passages'])} reused passages")
            db.unlink()


if __name__ == "__main__":
    main()
