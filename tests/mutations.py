"""Damaged copies of the corpus, made deterministically from a seed: what a scraped batch holds.

Each kind of damage is one function of (bytes, random) → bytes: byte flips, truncation, zip-entry
damage (a flipped byte inside an entry's data, an unknown compression method, a missing part, a
directory that lies about sizes), cross-reference damage (a wiped xref, a lying /Count, a lost
%%EOF), and re-encodings of text (UTF-16 without BOM, GB18030, Big5, NULs, a lone surrogate).
``mutated_files(folder, count, seed)`` writes ``count`` files; ``python -m tests.mutations`` runs
them through the batch runner and prints the figures the README quotes.
"""
from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").rglob("*.*")) + sorted((ROOT / "tests" / "notices").glob("*.html"))[:3]

Mutation = Callable[[bytes, random.Random], bytes]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([1, 3, 10, 50])):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def flip_block(data: bytes, rng: random.Random) -> bytes:
    """A run of bytes overwritten (a bad sector, a broken download chunk)."""
    out = bytearray(data)
    start = rng.randrange(len(out))
    for i in range(start, min(start + rng.choice([16, 256, 4096]), len(out))):
        out[i] = rng.randrange(256)
    return bytes(out)


def _rezip(data: bytes, change: Callable[[zipfile.ZipInfo, bytes], tuple[str, bytes] | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            changed = change(info, source.read(info.filename))
            if changed is not None:
                target.writestr(changed[0], changed[1])
    return out.getvalue()


def zip_entry_damage(data: bytes, rng: random.Random) -> bytes:
    if data[:2] != b"PK":
        return flip_bytes(data, rng)
    kind = rng.choice(["drop", "garble", "method", "size", "inner"])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    victim = rng.choice(names)
    if kind == "drop":
        return _rezip(data, lambda info, blob: None if info.filename == victim else (info.filename, blob))
    if kind == "garble":  # the entry's XML cut or scrambled
        return _rezip(data, lambda info, blob: (info.filename, blob[: rng.randrange(len(blob) + 1)])
                      if info.filename == victim else (info.filename, blob))
    out = bytearray(data)
    central = [i for i in range(len(out) - 4) if out[i:i + 4] == b"PK\x01\x02"]
    if not central:
        return flip_bytes(data, rng)
    at = rng.choice(central)
    if kind == "method":  # an unknown compression method in the directory and the local header
        out[at + 10:at + 12] = struct.pack("<H", rng.choice([1, 6, 9, 97, 99]))
        local = struct.unpack("<I", out[at + 42:at + 46])[0]
        if local + 10 <= len(out):
            out[local + 8:local + 10] = out[at + 10:at + 12]
    elif kind == "size":  # the directory lies about the unpacked size
        out[at + 24:at + 28] = struct.pack("<I", rng.choice([0, 1, 0x7FFFFFFF, 0xFFFFFFFF]))
    else:  # bytes flipped inside an entry's compressed data
        local = struct.unpack("<I", out[at + 42:at + 46])[0]
        for _ in range(rng.choice([1, 5])):
            pos = min(local + 30 + rng.randrange(64, 2048), len(out) - 1)
            out[pos] = rng.randrange(256)
    return bytes(out)


def xref_damage(data: bytes, rng: random.Random) -> bytes:
    if b"%PDF" not in data[:1024]:
        return truncate(data, rng)
    kind = rng.choice(["xref", "startxref", "count", "eof", "offsets"])
    if kind == "count":
        return data.replace(b"/Count ", b"/Count 99999", 1)
    if kind == "eof":
        return data.replace(b"%%EOF", b"", 1)
    at = data.rfind(b"startxref" if kind == "startxref" else b"xref")
    if at < 0:
        return flip_block(data, rng)
    if kind == "offsets":  # the table's offsets all shifted
        return data[:at] + data[at:].replace(b" 00000 n", b" 00001 n")
    return data[:at] + bytes(rng.randrange(256) for _ in range(64)) + data[at + 64:]


def re_encode(data: bytes, rng: random.Random) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return flip_bytes(data, rng)
    kind = rng.choice(["utf-16-le", "utf-16-be", "gb18030", "big5", "nul", "surrogate"])
    if kind == "nul":
        out = bytearray(data)
        for _ in range(rng.choice([1, 3, 20])):
            out.insert(rng.randrange(len(out)), 0)
        return bytes(out)
    if kind == "surrogate":
        at = rng.randrange(len(text))
        return b"\xff\xfe" + (text[:at] + "\ud800" + text[at:]).encode("utf-16-le", errors="surrogatepass")
    return text.encode(kind, errors="replace")


MUTATIONS: dict[str, Mutation] = {
    "flip": flip_bytes, "truncate": truncate, "block": flip_block, "zip": zip_entry_damage,
    "xref": xref_damage, "encoding": re_encode,
}


def _fits(name: str, seed: Path) -> bool:
    """Zip damage for DOCX, xref damage for PDF, re-encoding for text and HTML; the rest for all."""
    suffix = seed.suffix.lower()
    return {"zip": suffix == ".docx", "xref": suffix == ".pdf",
            "encoding": suffix in (".txt", ".html")}.get(name, True)


def shortened(source: Path) -> bytes:
    """The seed cut to its first part (two PDF pages, forty DOCX body elements, 4,000 characters of
    text or HTML), so that hundreds of damaged copies run in CI time; each keeps its format's
    structure (a PDF page tree and xref, a DOCX package, a text's encoding)."""
    data = source.read_bytes()
    suffix = source.suffix.lower()
    if suffix == ".pdf":
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            del pdf.pages[2:]
            out = io.BytesIO()
            pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable)
            return out.getvalue()
    if suffix == ".docx":
        from docx import Document

        document = Document(io.BytesIO(data))
        for element in list(document.element.body)[40:-1]:  # the last one is w:sectPr
            document.element.body.remove(element)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    return data.decode("utf-8")[:4000].encode("utf-8")


def mutated_files(folder: Path, count: int, seed: int = 13) -> list[Path]:
    """``count`` damaged copies of the seeds in ``folder``; the same ``seed`` gives the same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    plan = [(name, source) for source in SEEDS for name in MUTATIONS if _fits(name, source)]
    seeds = {source: shortened(source) for source in SEEDS}
    out = []
    for i in range(count):
        name, source = plan[i % len(plan)]
        data = MUTATIONS[name](seeds[source], rng)
        path = folder / f"{i:04d}_{name}_{source.stem}{source.suffix}"
        path.write_bytes(data)
        out.append(path)
    return out


def main() -> None:  # pragma: no cover - the README's figures
    import argparse
    import tempfile
    from collections import Counter

    from pipeline.runner import run

    parser = argparse.ArgumentParser(description="run mutated corpus files through the batch runner")
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = mutated_files(Path(folder) / "in", args.count, args.seed)
        summary = run([Path(folder) / "in"], Path(folder) / "m.db", workers=2)
    codes = Counter((o.error or "").split(":")[0] for o in summary.outcomes if o.status != "ok")
    print(f"{len(files)} files, {summary.count('ok')} ok, {len(summary.outcomes) - summary.count('ok')} typed "
          f"failures, escapes {codes.get('internal_error', 0) + codes.get('crashed', 0)}; {summary.seconds:.0f}s")
    for code, n in codes.most_common():
        print(f"  {code}: {n}")


if __name__ == "__main__":  # pragma: no cover
    main()
