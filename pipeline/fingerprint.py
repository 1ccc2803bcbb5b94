"""Fingerprints of a notice's text: MinHash signatures over character shingles.

Two copies of one notice (a web page, a PDF and a DOCX) differ in layout noise but share nearly
all of their 5-character shingles; two different notices share few. A signature is 128 32-bit
minimums (512 bytes), computed once per document in the worker and stored, so that grouping
copies into notices and finding a new notice's predecessors never re-read the texts.
Passages are the other fingerprint: the text cut into clauses, each hashed with its digits masked,
so that a clause copied from another notice (with or without a new number) is found through an
index on the hash (table ``passages``) instead of by reading every stored text.
Reads a normalized text; returns bytes (``documents.minhash``), LSH bucket keys, the near-duplicate pairs of many
signatures, passage hashes and
similarity estimates.
"""
from __future__ import annotations

import functools
import hashlib
import zlib
from typing import Iterator, NamedTuple

import numpy as np
import regex

#: shingle length: long enough that two unrelated Chinese notices share few, short enough that a
#: changed number spoils only a handful
SHINGLE = 5
NUM_PERM = 128
#: fixed, so that every process (and every machine of a cluster) computes the same signature
SEED = 1
#: datasketch 2 permutes 32-bit hashes with this scheme; stored signatures are only comparable within it
#: (``signature`` computes it itself, the same values: datasketch pulled in scipy, half a second of a run's start)
SCHEME = "affine32"
#: LSH for texts of similarity 0.8 and more (``notices.TEXT_SIMILARITY``): 9 bands of 13 values, the split
#: datasketch's ``MinHashLSH(threshold=0.8, num_perm=128)`` chooses (least false positive + negative area)
LSH_BANDS, LSH_ROWS = 9, 13

# whitespace and the zero-width characters PDFs leave: layout, not text
_LAYOUT = regex.compile(r"[\s\u200b\ufeff]+")


# a clause ends at a full stop, semicolon, comma, colon, question or exclamation mark or a line end:
# "到2023年年底，全市5G基站达到1000个。" → "到2023年年底" | "全市5G基站达到1000个"
_CLAUSE_END = regex.compile(r"[。；;，,：:！!？?\n]")
# a figure, masked so that "same clause, new number" hashes alike: "1.2万个" → "#万个", "2023年" → "#年"
_FIGURE = regex.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
#: a clause shorter than this (masked, layout removed) is too common to say where a text came from
#: ("加强组织领导"); so is one with fewer than MIN_WORDS characters besides figures and date words
#: ("2023年9月28日印发")
MIN_CLAUSE, MIN_WORDS = 8, 6
# what a date is written with, besides its figures
_DATE_WORDS = regex.compile(r"[#年月日号第]")


class Passage(NamedTuple):
    """One clause of a text: its span (layout and punctuation around it excluded) and its hash."""

    char_start: int
    char_end: int
    hash: int


def without_layout(text: str) -> str:
    """``text`` without whitespace and zero-width characters."""
    return _LAYOUT.sub("", text)


def mask_figures(text: str) -> str:
    """``text`` with layout removed and every figure replaced by ``#``."""
    return _FIGURE.sub("#", _LAYOUT.sub("", text))


def clause_key_hash(key: str) -> int:
    """A signed 64-bit hash of a masked clause (SQLite integers are signed 64-bit)."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def passages(text: str) -> list[Passage]:
    """The clauses of ``text`` long enough to trace, in order, each with the hash of its masked words."""
    found = []
    start = 0
    for end in [m.start() for m in _CLAUSE_END.finditer(text)] + [len(text)]:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            key = mask_figures(stripped)
            if len(key) >= MIN_CLAUSE and len(_DATE_WORDS.sub("", key)) >= MIN_WORDS:
                offset = start + piece.index(stripped)
                found.append(Passage(offset, offset + len(stripped), clause_key_hash(key)))
        start = end + 1
    return found


def _crc32(data: bytes) -> int:
    # deterministic across processes (Python's hash() of str is salted per process)
    return zlib.crc32(data)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The distinct ``size``-character shingles of ``text`` with layout removed."""
    flat = _LAYOUT.sub("", text)
    if len(flat) <= size:
        return {flat} if flat else set()
    return {flat[i:i + size] for i in range(len(flat) - size + 1)}


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the 128 permutations h → a·h + b mod 2³² (a odd), drawn from SEED as datasketch 2 draws them."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, mixed into each shingle's hash before the permutations (as datasketch)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes, or None for a text with no shingle."""
    grams = shingles(text)
    if not grams:
        return None
    a, b = _permutations()
    # zlib.crc32 of each shingle's UTF-8 bytes (_crc32), mapped without a Python call per shingle
    crcs = np.fromiter(map(zlib.crc32, map(str.encode, grams)), dtype=np.uint32, count=len(grams))
    # one row per permutation, its shingles along the row, summed in place: the minimum is taken along
    # contiguous memory with one temporary array (the shingles-by-permutations layout took ten times longer)
    permuted = a.reshape(-1, 1) * _fmix32(crcs).reshape(1, -1)
    permuted += b.reshape(-1, 1)
    return permuted.min(axis=1).tobytes()  # uint32 arithmetic wraps: mod 2³²


def lsh_keys(blob: bytes) -> list[tuple[int, bytes]]:
    """The LSH bucket keys of a stored signature: two texts that share one are candidates to compare."""
    width = LSH_ROWS * 4  # bytes of one band
    return [(band, blob[band * width:(band + 1) * width]) for band in range(LSH_BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return _agreement(np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32))


def _agreement(va: np.ndarray, vb: np.ndarray) -> float:
    return float(np.count_nonzero(va == vb)) / len(va)


def near_duplicates(blobs: list[bytes], threshold: float) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, in that order, of signatures (of ``NUM_PERM`` values each) that share an LSH band
    (``lsh_keys``) and whose ``similarity`` is at least ``threshold``. Bands are compared by sorting each band's values
    over one array of all the signatures, not through a dict keyed by every band's bytes (at 10,000 documents those
    keys were tens of megabytes)."""
    if len(blobs) < 2:
        return
    values = np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(len(blobs), NUM_PERM)
    runs = []  # per band: each signature's run (label), the signatures sorted by run, and where each run starts
    for band in range(LSH_BANDS):
        block = np.ascontiguousarray(values[:, band * LSH_ROWS:(band + 1) * LSH_ROWS]).view(np.dtype((np.void, LSH_ROWS * 4)))
        _, labels = np.unique(block.ravel(), return_inverse=True)
        starts = np.concatenate(([0], np.cumsum(np.bincount(labels))))
        runs.append((labels, np.argsort(labels, kind="stable"), starts))
    for k in range(len(blobs)):
        candidates = set()
        for labels, order, starts in runs:
            label = labels[k]
            if starts[label + 1] - starts[label] > 1:
                candidates.update(order[starts[label]:starts[label + 1]].tolist())
        for other in sorted(o for o in candidates if o > k):
            if _agreement(values[k], values[other]) >= threshold:
                yield k, other


def pair_similarity(a: str, b: str) -> float:
    """Dice similarity of two short texts' character pairs (a task, a paragraph, a title)."""
    pa = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    pb = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(pa & pb) / (len(pa) + len(pb)) if a and b else 0.0
