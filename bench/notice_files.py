"""The generated notices of ``bench/generate_corpus.py`` as DOCX and PDF files too, as portals publish them.

``write_corpus(out_dir, n)`` writes ``n`` notices in four formats: of the text notices, a share
becomes a DOCX (one paragraph per line, tab-separated rows as a Word table) and a share a PDF (an
A4 page drawn line by line with hard wraps and a page-number footer, tab-separated rows as a ruled
table), the rest stay text or web pages. The notices go to ``OUT_DIR/notices``, what was written to
``OUT_DIR/corpus.json``. The same ``n`` and seed give the same files; a folder that already holds
them is reused (generating 10,000 notices takes minutes).

    python bench/notice_files.py OUT_DIR -n 10000 [--seed 1] [--pdf-share 0.35] [--docx-share 0.2]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate_corpus import GeneratedNotice, notices, write_notice  # noqa: E402

#: what a finished corpus folder records, so that a half-written one is never reused
MANIFEST = "corpus.json"
FONT = "STSong-Light"  # a CID font every PDF reader knows: nothing to embed, no font file needed
#: GB/T 9704 body text: 三号 (16 pt), 28 characters a line, 22 lines in the 225 mm text block
BODY_SIZE, BODY_LEAD = 16, 225 / 22 * 72 / 25.4


def _blocks(text: str) -> list[tuple[str, object]]:
    """("title", line), ("line", line), ("gap", None) and ("table", rows) of a text notice."""
    blocks: list[tuple[str, object]] = []
    rows: list[list[str]] = []
    titled = False
    for line in text.splitlines():
        if "\t" in line:
            rows.append([cell.strip() for cell in line.split("\t")])
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        if not line.strip():
            blocks.append(("gap", None))
        elif not titled:
            blocks.append(("title", line.strip()))
            titled = True
        else:
            blocks.append(("line", line.strip()))
    if rows:
        blocks.append(("table", rows))
    return blocks


def write_docx(notice: GeneratedNotice, path: Path) -> None:
    import docx

    from tests.notice_docx import FANGSONG, XIAOBIAOSONG, cell_text, page_number_footer, para

    document = docx.Document()
    for kind, value in _blocks(notice.content):
        if kind == "title":
            para(document, value, font=XIAOBIAOSONG, size=22, align="center")
        elif kind == "line":
            para(document, value, font=FANGSONG)
        elif kind == "table":
            width = max(len(row) for row in value)
            table = document.add_table(rows=len(value), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    cell_text(table.cell(r, c), cell, bold=r == 0)
    page_number_footer(document.sections[0])
    document.save(str(path))


def write_pdf(notice: GeneratedNotice, path: Path) -> int:
    """Draw the notice; returns its page count."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    from tests.notice_pdf import LEFT, TEXT_W, LineWriter, wrap

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    title = next((v for k, v in _blocks(notice.content) if k == "title"), notice.stem)
    writer = LineWriter(path, FONT, title, lead=BODY_LEAD)
    for kind, value in _blocks(notice.content):
        if kind == "title":
            for line in wrap(FONT, value, 20, TEXT_W):
                writer.line(line, size=20, align="center", lead=32)
        elif kind == "line":
            writer.para(value, size=BODY_SIZE)
        elif kind == "gap":
            writer.y -= 6
        else:
            _ruled_table(writer, value, LEFT, TEXT_W, wrap)
    writer.save()
    return writer.page


def _ruled_table(writer, rows: list[list[str]], left: float, width: float, wrap) -> None:
    """Rows of cells in a grid of ruling lines, a row as tall as its longest wrapped cell."""
    size, lead, pad = 11, 15, 3
    columns = max(len(row) for row in rows)
    cell_w = width / columns
    for row in rows:
        wrapped = [wrap(writer.font, cell, size, cell_w - 2 * pad) or [""] for cell in row]
        height = max(len(lines) for lines in wrapped) * lead + 2 * pad
        writer.need(height)
        top = writer.y
        writer.c.setFont(writer.font, size)
        for c, lines in enumerate(wrapped):
            for i, line in enumerate(lines):
                writer.c.drawString(left + c * cell_w + pad, top - pad - (i + 1) * lead + 3, line)
                writer.lines.append((writer.page, line))
        writer.c.setLineWidth(0.6)
        writer.c.line(left, top, left + width, top)
        writer.c.line(left, top - height, left + width, top - height)
        for c in range(columns + 1):
            writer.c.line(left + c * cell_w, top, left + c * cell_w, top - height)
        writer.y = top - height


def write_corpus(out_dir: str | Path, n: int, *, seed: int = 1, pdf_share: float = 0.35,
                 docx_share: float = 0.2, html_share: float = 0.15) -> dict:
    """Write ``n`` notices into ``out_dir`` (or reuse the ones written there before). Returns the
    manifest: files by format (names in ``out_dir/notices``) and the PDFs' page count."""
    manifest_path = Path(out_dir) / MANIFEST
    settings = {"n": n, "seed": seed, "pdf_share": pdf_share, "docx_share": docx_share, "html_share": html_share,
                "pdf_body": [BODY_SIZE, round(BODY_LEAD, 2)]}
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if manifest["settings"] == settings:
            return manifest
    out = Path(out_dir) / "notices"
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    files: dict[str, list[str]] = {"text": [], "html": [], "docx": [], "pdf": []}
    pages = 0
    for notice in notices(n, seed=seed, html_share=html_share):
        draw = rng.random()
        if notice.file_format == "text" and draw < pdf_share:
            path = out / f"{notice.stem}.pdf"
            pages += write_pdf(notice, path)
            files["pdf"].append(path.name)
        elif notice.file_format == "text" and draw < pdf_share + docx_share:
            path = out / f"{notice.stem}.docx"
            write_docx(notice, path)
            files["docx"].append(path.name)
        else:
            files[notice.file_format].append(write_notice(notice, out).name)
    manifest = {"settings": settings, "files": files, "pdf_pages": pages}
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("-n", type=int, default=1000, help="number of notices")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pdf-share", type=float, default=0.35)
    parser.add_argument("--docx-share", type=float, default=0.2)
    args = parser.parse_args(argv)
    manifest = write_corpus(args.out_dir, args.n, seed=args.seed, pdf_share=args.pdf_share,
                            docx_share=args.docx_share)
    counts = ", ".join(f"{len(v)} {k}" for k, v in manifest["files"].items())
    print(f"{args.n} notices → {args.out_dir}: {counts}; {manifest['pdf_pages']} PDF pages")


if __name__ == "__main__":
    main()
