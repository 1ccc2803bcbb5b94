"""Benchmark at scale: N generated notices (text, web pages, DOCX, PDF) through zhengce, beside baselines
measured on the same files in the same run, reported as ratios (machines here are noisy).

For each N of ``--n`` (``make bench BENCH_N="100 1000 10000"``): a fresh ``zhengce run --workers 2``
over the corpus (peak memory of the whole process tree, workers included; database size), then an
unchanged re-run. On samples of the largest corpus: PDF pages/s as a user runs it (``zhengce run``
over a folder of PDFs, default options, process start included) against raw pdfplumber
``extract_text`` and raw pypdfium2 text; text notices/s (one process, database written) against
``jieba.lcut`` of the same texts; both again on the five notices of ``corpus/`` (the issue's files); DOCX notices/s; ``--workers 2`` against ``--workers 1``; a Dask
LocalCluster of 2 workers against 1; and the writer alone (what one writer can take from a cluster).
Each sample measure is the best of ``--rounds`` (3), the measures taking turns within a round, so that
a burst of load elsewhere on the machine (it is shared) hits a baseline and zhengce alike.

    python bench/bench_scale.py --n 100 1000 [--json output/bench/scale.json]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_ingest import best_of_interleaved, page_count, raw_pdfplumber  # noqa: E402
from bench.notice_files import write_corpus  # noqa: E402

WORK = ROOT / "output" / "bench"
#: files of each format in the samples (from the largest corpus)
SAMPLE = {"pdf": 60, "text": 80, "docx": 40, "mixed": 160}
#: the five real notices the issue measured on (14 KB texts, PDFs of about 12 pages): the same measures
#: on them, since generated notices are short (1.8 KB, 2.5 pages) and a notice's fixed costs weigh more
CORPUS = ROOT / "corpus"


# --- measuring ----------------------------------------------------------------------------------

def machine() -> dict:
    import psutil

    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"cpu": model, "cores": os.cpu_count(), "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "system": platform.platform(terse=True)}


def run_command(args: list[str]) -> tuple[float, dict, str]:
    """(seconds, peak memory, output) of a command. Memory is summed over the process and all its
    children (the workers): ``rss`` counts pages the forked workers share with the parent once per
    process (an upper bound), ``pss`` shares them out (what the run costs the machine)."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
    root = psutil.Process(proc.pid)
    peak = {"rss": 0, "pss": 0}
    while proc.poll() is None:
        total = {"rss": 0, "pss": 0}
        try:
            members = [root, *root.children(recursive=True)]
        except psutil.Error:
            members = []
        for member in members:
            try:
                info = member.memory_full_info()
                total["rss"] += info.rss
                total["pss"] += getattr(info, "pss", info.rss)
            except psutil.Error:
                pass
        peak = {k: max(peak[k], total[k]) for k in peak}
        time.sleep(0.1)
    output = proc.stdout.read().decode("utf-8", "replace")
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{output}")
    return time.perf_counter() - started, peak, output


def zhengce_run(folder: Path, db: Path, *more: str) -> tuple[float, dict, str]:
    return run_command([sys.executable, "-m", "pipeline.cli", "run", str(folder), "--db", str(db), "-q", *more])


def compile_sources() -> None:
    """Bytecode for zhengce's modules, as an installed zhengce has (pip compiles it when installing, and
    Python caches it on first import unless PYTHONDONTWRITEBYTECODE is set, as in this machine's shells:
    every ``zhengce run`` of the bench then compiled some 140 modules from source, 0.25 s of each start)."""
    import compileall

    for package in ("pipeline", "extractors", "schemas"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def fresh_db(name: str) -> Path:
    db = WORK / "db" / name
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return db


# --- baselines ----------------------------------------------------------------------------------

def raw_pypdfium2(files: list[Path]) -> None:
    import pypdfium2

    for path in files:
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()


def jieba_lcut(texts: list[str]) -> None:
    import jieba

    for text in texts:
        jieba.lcut(text)


# --- the parts of the run -----------------------------------------------------------------------

def samples(corpus_dir: Path, manifest: dict) -> dict[str, list[Path]]:
    """Folders of the first files of each format (hard links into the corpus), and a mixed one."""
    notices = corpus_dir / "notices"
    files = manifest["files"]
    picked = {fmt: [notices / name for name in files[fmt][: SAMPLE[fmt]]] for fmt in ("pdf", "text", "docx")}
    every = sorted(name for names in files.values() for name in names)
    picked["mixed"] = [notices / name for name in every[: SAMPLE["mixed"]]]
    folders = {}
    for fmt, paths in picked.items():
        folder = WORK / f"sample-{fmt}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in paths:
            os.link(path, folder / path.name)
        folders[fmt] = sorted(folder.iterdir())
    return folders


def scale_runs(sizes: list[int], seed: int) -> tuple[list[dict], dict]:
    """Per N: a fresh run with --workers 2 (time, peak RSS, database size) and an unchanged re-run.
    Returns them and (folder, manifest) of the largest corpus."""
    results, largest = [], None
    for n in sizes:
        corpus_dir = WORK / f"corpus-{n}-{seed}"
        started = time.perf_counter()
        manifest = write_corpus(corpus_dir, n, seed=seed)
        generated = time.perf_counter() - started
        largest = (corpus_dir, manifest)
        db = fresh_db(f"scale-{n}.db")
        seconds, peak, _ = zhengce_run(corpus_dir / "notices", db, "--workers", "2")
        rerun, rerun_peak, output = zhengce_run(corpus_dir / "notices", db, "--workers", "2")
        assert f"unchanged: {n}" in output, output
        size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
        failed = not_read(db)
        counts = {fmt: len(names) for fmt, names in manifest["files"].items()}
        results.append({"n": n, "formats": counts, "pdf_pages": manifest["pdf_pages"],
                        "generate_s": round(generated, 1), "run_s": seconds, "notices_per_s": n / seconds,
                        "peak_rss_mib": peak["rss"] / 2**20, "peak_pss_mib": peak["pss"] / 2**20,
                        "db_mib": size / 2**20, "failed": failed, "rerun_s": rerun, "rerun_peak_rss_mib": rerun_peak["rss"] / 2**20,
                        "load": round(os.getloadavg()[0], 2)})
        print(f"  N={n}: {n / seconds:.1f} notices/s with --workers 2, peak RSS {peak['rss'] / 2**20:.0f} MiB "
              f"(PSS {peak['pss'] / 2**20:.0f} MiB), database {size / 2**20:.1f} MiB, {failed} not read, "
              f"unchanged re-run {rerun:.1f} s, "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
    return results, largest


def not_read(db: Path) -> int:
    """Documents of a run not read (failed or needs_ocr): every generated notice is a good file, so each is a bug."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from documents where status != 'ok'").fetchone()[0]


def format_runs(folders: dict[str, list[Path]], rounds: int) -> dict:
    """PDF through the command line; text and DOCX through the runner in one warmed process; baselines.
    Each the best of ``rounds``, the measures taking turns within a round (``best_of_interleaved``)."""
    from pipeline.runner import extract_document, run

    pdfs, texts, docxs = folders["pdf"], folders["text"], folders["docx"]
    out: dict = {"pdf_files": len(pdfs), "pdf_pages": page_count(pdfs), "text_files": len(texts),
                 "docx_files": len(docxs)}
    import jieba

    jieba.initialize()
    extract_document(texts[0])  # dictionaries and automata built before the timed runs, as in a long run
    decoded = [p.read_text(encoding="utf-8") for p in texts]
    corpus_pdfs, corpus_texts = sorted((CORPUS / "pdf").glob("*.pdf")), sorted((CORPUS / "text").glob("*.txt"))
    corpus_decoded = [p.read_text(encoding="utf-8") for p in corpus_texts]
    out.update({"corpus_pdf_files": len(corpus_pdfs), "corpus_pdf_pages": page_count(corpus_pdfs),
                "corpus_text_files": len(corpus_texts)})
    out.update(best_of_interleaved(rounds, {
        "pdf_zhengce_s": lambda: zhengce_run(pdfs[0].parent, fresh_db("pdf.db")),
        "pdf_plumber_s": lambda: raw_pdfplumber(pdfs),
        "pdf_pdfium_s": lambda: raw_pypdfium2(pdfs),
        "jieba_s": lambda: jieba_lcut(decoded),
        "text_zhengce_s": lambda: run(texts, fresh_db("text.db"), workers=1),
        "docx_zhengce_s": lambda: run(docxs, fresh_db("docx.db"), workers=1),
        "corpus_pdf_zhengce_s": lambda: zhengce_run(CORPUS / "pdf", fresh_db("corpus_pdf.db")),
        "corpus_pdf_plumber_s": lambda: raw_pdfplumber(corpus_pdfs),
        "corpus_pdf_pdfium_s": lambda: raw_pypdfium2(corpus_pdfs),
        "corpus_jieba_s": lambda: jieba_lcut(corpus_decoded),
        "corpus_text_zhengce_s": lambda: run(corpus_texts, fresh_db("corpus_text.db"), workers=1),
    }))
    return out


def parallel_runs(mixed: list[Path], rounds: int) -> dict:
    """The mixed sample with 1 and 2 local workers (taking turns, no cluster up: an idle LocalCluster's
    scheduler and nannies would take CPU from them), then on a LocalCluster of 1 and of 2 workers, each up and
    warm on its own before its rounds (a cluster is long-lived) and closed after; best of ``rounds``."""
    from distributed import Client, LocalCluster

    from pipeline.cluster import DaskEngine
    from pipeline.runner import run

    best = best_of_interleaved(rounds, {
        "workers1_s": lambda: run(mixed, fresh_db("w1.db"), workers=1),
        "workers2_s": lambda: run(mixed, fresh_db("w2.db"), workers=2),
    })
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.run(_warm_worker, str(mixed[0]))
            best.update(best_of_interleaved(rounds, {
                f"dask{n}_s": lambda: run(mixed, fresh_db(f"dask{n}.db"), engine=DaskEngine(client))}))
    return {"mixed_files": len(mixed), **best}


def _warm_worker(path: str) -> None:
    from pipeline.runner import extract_document

    extract_document(path)


def writer_rate(files: list[Path]) -> dict:
    """Notices/s the one writer stores when rows arrive ready-made (the ceiling of a cluster run)."""
    from pipeline.runner import process_file
    from pipeline.store import Store, file_row

    outcomes = [process_file(str(p)) for p in files]
    store = Store(fresh_db("writer.db"))
    try:
        started = time.perf_counter()
        for outcome in outcomes:
            store.write(outcome.rows, [file_row(outcome.path, document_id=outcome.document_id, status=outcome.status)],
                        outcome.tokens)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    return {"writer_files": len(files), "writer_s": seconds}


# --- the report ---------------------------------------------------------------------------------

def report(figures: dict) -> str:
    f, p = figures["formats"], figures["parallel"]
    pdf_rate = f["pdf_pages"] / f["pdf_zhengce_s"]
    plumber_rate, pdfium_rate = f["pdf_pages"] / f["pdf_plumber_s"], f["pdf_pages"] / f["pdf_pdfium_s"]
    text_rate, jieba_rate = f["text_files"] / f["text_zhengce_s"], f["text_files"] / f["jieba_s"]
    w1, w2 = p["mixed_files"] / p["workers1_s"], p["mixed_files"] / p["workers2_s"]
    d1, d2 = p["mixed_files"] / p["dask1_s"], p["mixed_files"] / p["dask2_s"]
    m = figures["machine"]
    lines = [
        f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB, Python {m['python']}; "
        f"load average {figures['load_before']} before, {figures['load_after']} after",
        "",
        "| measure | figure | baseline (same files, same run) | ratio | target |",
        "| --- | --- | --- | --- | --- |",
        f"| PDF end to end (`zhengce run` over {f['pdf_files']} PDFs, {f['pdf_pages']} pages, process start "
        f"included) | {pdf_rate:.1f} pages/s | pdfplumber `extract_text` {plumber_rate:.1f} pages/s | "
        f"×{pdf_rate / plumber_rate:.2f} | ≥ ×4 |",
        f"| | | pypdfium2 text {pdfium_rate:.1f} pages/s | {pdfium_rate / pdf_rate:.2f}× slower | ≤ 3× |",
        f"| text end to end ({f['text_files']} notices, one process, database written) | {text_rate:.1f} notices/s "
        f"| `jieba.lcut` {jieba_rate:.1f} notices/s | ×{text_rate / jieba_rate:.2f} | ≥ ×2 |",
        *_corpus_rows(f),
        f"| DOCX end to end ({f['docx_files']} notices, one process) | "
        f"{f['docx_files'] / f['docx_zhengce_s']:.1f} notices/s | | | |",
        f"| `--workers 2` vs `--workers 1` ({p['mixed_files']} mixed notices) | {w2:.1f} vs {w1:.1f} notices/s | | "
        f"×{w2 / w1:.2f} | ≥ ×1.7 |",
        f"| LocalCluster 2 workers vs 1 | {d2:.1f} vs {d1:.1f} notices/s | | ×{d2 / d1:.2f} | ≥ ×1.6 |",
        f"| the writer alone ({figures['writer']['writer_files']} notices' rows) | "
        f"{figures['writer']['writer_files'] / figures['writer']['writer_s']:.0f} notices/s | | | |",
        "",
        "| N | text / html / DOCX / PDF (pages) | `--workers 2` | peak RSS (PSS), workers included | database | "
        "not read | unchanged re-run | load |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in figures["scale"]:
        c = r["formats"]
        lines.append(f"| {r['n']:,} | {c['text']} / {c['html']} / {c['docx']} / {c['pdf']} ({r['pdf_pages']}) | "
                     f"{r['notices_per_s']:.1f} notices/s ({r['run_s']:.0f} s) | {r['peak_rss_mib']:.0f} MiB "
                     f"({r['peak_pss_mib']:.0f} MiB) | {r['db_mib']:.1f} MiB | {r.get('failed', '')} | {r['rerun_s']:.1f} s | "
                     f"{r['load']} |")
    per_notice = 1 / w1
    lines += ["", f"per-notice cost (mixed formats, one core): {per_notice * 1000:.0f} ms → 1,000,000 notices ≈ "
                  f"{per_notice * 1e6 / 3600:.0f} core-hours; the one writer stores "
                  f"{figures['writer']['writer_files'] / figures['writer']['writer_s']:.0f} notices/s"]
    return "\n".join(lines)


def _corpus_rows(f: dict) -> list[str]:
    """The PDF and text measures on the five corpus notices (the issue's own files)."""
    pdf, plumber, pdfium = (f["corpus_pdf_pages"] / f[k] for k in ("corpus_pdf_zhengce_s", "corpus_pdf_plumber_s",
                                                                  "corpus_pdf_pdfium_s"))
    text, jieba = (f["corpus_text_files"] / f[k] for k in ("corpus_text_zhengce_s", "corpus_jieba_s"))
    return [
        f"| PDF end to end, the corpus ({f['corpus_pdf_files']} real PDFs, {f['corpus_pdf_pages']} pages, process "
        f"start included) | {pdf:.1f} pages/s | pdfplumber `extract_text` {plumber:.1f} pages/s | ×{pdf / plumber:.2f} "
        f"| ≥ ×4 |",
        f"| | | pypdfium2 text {pdfium:.1f} pages/s | {pdfium / pdf:.2f}× slower | ≤ 3× |",
        f"| text end to end, the corpus ({f['corpus_text_files']} real notices, 14 KB on average) | {text:.1f} "
        f"notices/s | `jieba.lcut` {jieba:.1f} notices/s | ×{text / jieba:.2f} | ≥ ×2 |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000], help="corpus sizes (notices)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the sample measures (best kept)")
    parser.add_argument("--json", dest="json_path", default=str(WORK / "scale.json"))
    args = parser.parse_args()
    sizes = sorted(set(args.n))
    figures: dict = {"machine": machine(), "load_before": round(os.getloadavg()[0], 2)}
    print(f"bench_scale: N = {', '.join(map(str, sizes))}", flush=True)
    compile_sources()
    figures["scale"], (corpus_dir, manifest) = scale_runs(sizes, args.seed)
    folders = samples(corpus_dir, manifest)
    figures["formats"] = format_runs(folders, args.rounds)
    figures["parallel"] = parallel_runs(folders["mixed"], args.rounds)
    figures["writer"] = writer_rate(folders["mixed"][:40])
    figures["load_after"] = round(os.getloadavg()[0], 2)
    text = report(figures)
    print(text)
    Path(args.json_path).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json_path).write_text(json.dumps(figures, indent=1, ensure_ascii=False))
    (Path(args.json_path).with_suffix(".md")).write_text(text + "\n")


if __name__ == "__main__":
    main()
