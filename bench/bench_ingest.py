"""Speed benchmark: our PDF ingest+normalize beside raw pdfplumber text extraction, same files, same run.

Machines here are noisy, so every figure is reported with a baseline measured in the same run
and as a ratio to it. Each measurement is the best of ``--repeat`` rounds, the measures taking
turns within each round.

    make bench            # or: python bench/bench_ingest.py --repeat 3
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import read_file  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.runner import extract_document  # noqa: E402
from pipeline.structure import structure  # noqa: E402


def best_of_interleaved(repeat: int, measures: dict) -> dict[str, float]:
    """Best time of each measure over ``repeat`` rounds, the measures taking turns within a round,
    so that a burst of load elsewhere on the machine hits the baseline and ours alike."""
    best = {name: float("inf") for name in measures}
    for _ in range(repeat):
        for name, func in measures.items():
            started = time.perf_counter()
            func()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def raw_pdfplumber(files: list[Path]) -> None:
    import pdfplumber

    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()


def ours_ingest_normalize(files: list[Path]) -> None:
    for path in files:
        structure(normalize(read_file(path)))


def ours_full(files: list[Path]) -> None:
    for path in files:
        extract_document(path)


def page_count(files: list[Path]) -> int:
    import pypdfium2

    total = 0
    for path in files:
        pdf = pypdfium2.PdfDocument(str(path))
        total += len(pdf)
        pdf.close()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", dest="json_path", help="also write the figures to this JSON file")
    args = parser.parse_args()

    pdfs = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
    texts = sorted((ROOT / "corpus" / "text").glob("*.txt"))
    docxs = sorted((ROOT / "corpus" / "docx").glob("*.docx"))
    pages = page_count(pdfs)
    ours_full(pdfs[:1])  # warm caches (dictionaries, opencc, jieba) outside the timed rounds

    best = best_of_interleaved(args.repeat, {
        "baseline": lambda: raw_pdfplumber(pdfs),
        "ingest": lambda: ours_ingest_normalize(pdfs),
        "full": lambda: ours_full(pdfs),
        "text": lambda: ours_full(texts),
        "docx": lambda: ours_full(docxs),
    })
    baseline, ingest, full, text_time, docx_time = (best[k] for k in ("baseline", "ingest", "full", "text", "docx"))

    figures = {
        "pdf_files": len(pdfs),
        "pdf_pages": pages,
        "baseline_pdfplumber_extract_text_pages_per_s": pages / baseline,
        "pdf_ingest_normalize_pages_per_s": pages / ingest,
        "pdf_ingest_normalize_ratio_to_baseline": baseline / ingest,
        "pdf_full_pipeline_pages_per_s": pages / full,
        "pdf_full_pipeline_ratio_to_baseline": baseline / full,
        "text_notices_per_s": len(texts) / text_time,
        "docx_notices_per_s": len(docxs) / docx_time,
    }
    print(f"{len(pdfs)} PDFs, {pages} pages; best of {args.repeat} rounds")
    print(f"  raw pdfplumber extract_text (baseline) {figures['baseline_pdfplumber_extract_text_pages_per_s']:8.1f} pages/s")
    print(f"  zhengce ingest + normalize + structure  {figures['pdf_ingest_normalize_pages_per_s']:8.1f} pages/s"
          f"   ×{figures['pdf_ingest_normalize_ratio_to_baseline']:.2f} of baseline")
    print(f"  zhengce full pipeline (all extractors)  {figures['pdf_full_pipeline_pages_per_s']:8.1f} pages/s"
          f"   ×{figures['pdf_full_pipeline_ratio_to_baseline']:.2f} of baseline")
    print(f"  text notices, full pipeline            {figures['text_notices_per_s']:8.1f} notices/s")
    print(f"  DOCX notices, full pipeline            {figures['docx_notices_per_s']:8.1f} notices/s")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
