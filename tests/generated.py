"""Inputs made on the spot from the corpus notices, at any size: for the size benchmark
(bench/bench_scaling.py) and the robustness tests.

``text_input(n)``, ``html_input(n)`` and ``docx_input(n)`` hold the five corpus notices' text ``n``
times; ``pdf_input(pages)`` is a PDF written by hand with a non-embedded Chinese CID font (STSong,
UCS-2 encoded, so no font file is needed) of ``pages`` short pages whose sentences run on over the
page breaks, the layout that once made normalization cost the square of its length.
"""
from __future__ import annotations

import html
import io
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "corpus" / "text").glob("*.txt"))


def corpus_text() -> str:
    """The five corpus notices as one text (about 25,000 characters)."""
    return "\n".join(path.read_text(encoding="utf-8") for path in TEXTS)


def text_input(n: int) -> bytes:
    return (corpus_text() * n).encode("utf-8")


def html_input(n: int) -> bytes:
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in corpus_text().split("\n") if line.strip())
    body = paragraphs * n
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>关于印发实施方案的通知</title></head>"
            f"<body><div id='zoom'>{body}</div></body></html>").encode("utf-8")


def docx_input(n: int) -> bytes:
    from docx import Document

    document = Document()
    lines = [line for line in corpus_text().split("\n") if line.strip()]
    for _ in range(n):
        for line in lines:
            if "\t" in line:
                cells = line.split("\t")
                row = document.add_table(rows=1, cols=len(cells)).rows[0]
                for cell, value in zip(row.cells, cells):
                    cell.text = value
            else:
                document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


#: A4 in points; 14-point characters on a 28-character measure, as a GB/T 9704 page sets them
_PAGE_W, _PAGE_H, _SIZE, _LEFT, _MEASURE = 595, 842, 14, 80, 28


def _hex(text: str) -> str:
    return "".join(f"{ord(c):04X}" for c in text if ord(c) <= 0xFFFF)


def pdf_input(pages: int, lines_per_page: int = 3) -> bytes:
    """``pages`` pages of ``lines_per_page`` full lines each, one long sentence running over them all
    (the corpus text without its full stops), plus a page number line."""
    prose = "".join(ch for ch in corpus_text() if ch not in "。\n\t ；;：:！？")
    per_page = _MEASURE * lines_per_page
    streams = []
    for page in range(pages):
        start = (page * per_page) % max(len(prose) - per_page, 1)
        chunk = prose[start:start + per_page]
        ops = ["BT", f"/F1 {_SIZE} Tf"]
        for k in range(lines_per_page):
            line = chunk[k * _MEASURE:(k + 1) * _MEASURE]
            ops.append(f"1 0 0 1 {_LEFT} {_PAGE_H - 100 - k * 28} Tm <{_hex(line)}> Tj")
        ops.append(f"1 0 0 1 {_PAGE_W // 2 - 20} 60 Tm <{_hex(f'— {page + 1} —')}> Tj")
        ops.append("ET")
        streams.append("\n".join(ops).encode("ascii"))
    return _write_pdf(streams)


def _write_pdf(streams: list[bytes]) -> bytes:
    """A PDF of one page per content stream, all sharing one STSong-Light font."""
    n = len(streams)
    # objects: 1 catalog, 2 pages, 3 font, 4 descendant font, then page i = 5 + 2i, its content 6 + 2i
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Count {n} /Kids [{kids}] >>".encode(),
        3: b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
           b"/DescendantFonts [4 0 R] >>",
        4: b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000 "
           b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
           b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
           b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 "
           b"/StemV 93 >> >>",
    }
    for i, stream in enumerate(streams):
        packed = zlib.compress(stream)
        objects[5 + 2 * i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_PAGE_W} {_PAGE_H}] "
                              f"/Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>").encode()
        objects[6 + 2 * i] = (f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode() + packed
                              + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for number in sorted(objects):
        out.write(f"{offsets[number]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
