"""Fingerprints of a notice's text: MinHash signatures over character shingles.

Two copies of one notice (a web page, a PDF and a DOCX) differ in layout noise but share nearly
all of their 5-character shingles; two different notices share few. A signature is 128 32-bit
minimums (512 bytes), computed once per document in the worker and stored, so that grouping
copies into notices and finding a new notice's predecessors never re-read the texts.
Reads a normalized text; returns bytes (``documents.minhash``) and similarity estimates.
"""
from __future__ import annotations

import zlib

import numpy as np
import regex
from datasketch import MinHash

#: shingle length: long enough that two unrelated Chinese notices share few, short enough that a
#: changed number spoils only a handful
SHINGLE = 5
NUM_PERM = 128
#: fixed, so that every process (and every machine of a cluster) computes the same signature
SEED = 1
#: datasketch 2 permutes 32-bit hashes with this scheme; stored signatures are only comparable within it
SCHEME = "affine32"

# whitespace and the zero-width characters PDFs leave: layout, not text
_LAYOUT = regex.compile(r"[\s\u200b\ufeff]+")


def _crc32(data: bytes) -> int:
    # deterministic across processes (Python's hash() of str is salted per process)
    return zlib.crc32(data)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The distinct ``size``-character shingles of ``text`` with layout removed."""
    flat = _LAYOUT.sub("", text)
    if len(flat) <= size:
        return {flat} if flat else set()
    return {flat[i:i + size] for i in range(len(flat) - size + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes, or None for a text with no shingle."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_crc32, scheme=SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash.hashvalues.astype(np.uint32).tobytes()


def to_minhash(blob: bytes) -> MinHash:
    """A stored signature back as a datasketch MinHash (for LSH indexes)."""
    values = np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    va, vb = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    return float(np.count_nonzero(va == vb)) / len(va)
