"""Size benchmark: the full pipeline's time on 1×, 2×, 4× (and more) the input, per format.

Linear cost means each doubling of the input about doubles the time; a step whose cost grows with
the square of its input shows up as a ratio near 4. Inputs are generated from the corpus notices
(tests/generated.py): text, HTML and DOCX hold the five notices' text ``base × n`` times, the PDF
has ``base × n`` short pages (three lines) whose sentence runs on over the page breaks. Times are
CPU seconds of this process (``time.process_time``), which load elsewhere on the machine disturbs
far less than wall-clock time; each is the best of ``--repeat`` runs.

    make bench                                 # or: python bench/bench_scaling.py --sizes 1 2 4 8
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.runner import extract_document  # noqa: E402
from tests.generated import docx_input, html_input, pdf_input, text_input  # noqa: E402

#: per format: file suffix, the generator, its 1× argument and what one unit of it is
FORMATS = {
    "text": (".txt", text_input, 4, "notice texts"),
    "html": (".html", html_input, 4, "notice texts"),
    "docx": (".docx", docx_input, 4, "notice texts"),
    # short pages whose sentence runs on over every page break: 125 took 12 s and 250 took 797 s once
    "pdf": (".pdf", lambda pages: pdf_input(pages, lines_per_page=3), 125, "pages"),
}


def best_time(path: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        extract_document(path)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=list(FORMATS))
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", dest="json_path", help="also write the figures to this JSON file")
    args = parser.parse_args()

    extract_document(ROOT / "corpus" / "text" / "000_yangquan_notice.txt")  # load dictionaries outside the timing
    figures: dict[str, list[dict]] = {}
    print(f"{'format':6} {'size':>4} {'input':>16} {'MB':>6} {'CPU s':>8} {'× 1×':>6}  per doubling")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.formats:
            suffix, make, base, unit = FORMATS[name]
            rows: list[dict] = []
            for size in args.sizes:
                path = Path(folder) / f"{name}_{size}{suffix}"
                path.write_bytes(make(base * size))
                seconds = best_time(path, args.repeat)
                row = {"size": size, "input": f"{base * size} {unit}", "bytes": path.stat().st_size, "seconds": seconds}
                previous = rows[-1] if rows else None
                growth = ""
                if previous:
                    doublings = max(math.log2(size / previous["size"]), 1e-9)
                    per_doubling = (seconds / previous["seconds"]) ** (1 / doublings) if previous["seconds"] else 0
                    row["per_doubling"] = per_doubling
                    growth = f"×{per_doubling:.2f}" + ("   super-linear?" if per_doubling > 2.6 else "")
                rows.append(row)
                print(f"{name:6} {size:>3}× {row['input']:>16} {row['bytes'] / 1e6:6.2f} {seconds:8.2f} "
                      f"{seconds / rows[0]['seconds']:6.2f}  {growth}", flush=True)
            figures[name] = rows
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
