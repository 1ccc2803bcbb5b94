"""fingerprint computes datasketch 2's MinHash ("affine32", seed 1, crc32 of 5-character shingles) and its
LSH banding itself: the signatures stored by earlier versions, and the notices grouped from them, must
stay the same. datasketch (a test dependency) is the reference."""
from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

from pipeline.fingerprint import LSH_BANDS, LSH_ROWS, NUM_PERM, SCHEME, SEED, lsh_keys, shingles, signature
from pipeline.notices import TEXT_SIMILARITY

NOTICES = sorted((Path(__file__).parent / "notices").glob("*.txt"))


def _reference(text: str) -> bytes:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, scheme=SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in shingles(text)])
    return minhash.hashvalues.astype(np.uint32).tobytes()


def test_signatures_are_datasketchs():
    texts = [p.read_text(encoding="utf-8") for p in NOTICES[:12]] + ["短", "一二三四五六", "A  b\u200bc d e f"]
    assert len(texts) > 10
    for text in texts:
        assert signature(text) == _reference(text)
    assert signature(" \n ") is None


def test_lsh_bands_are_those_datasketch_chooses_and_find_the_same_candidates():
    lsh = MinHashLSH(threshold=TEXT_SIMILARITY, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (LSH_BANDS, LSH_ROWS)
    # a notice, the same with one sentence changed, and unrelated notices
    base = NOTICES[0].read_text(encoding="utf-8")
    texts = {"a": base, "b": base.replace("。", "；", 1) + "附件：无", **{f"n{i}": p.read_text(encoding="utf-8")
                                                                          for i, p in enumerate(NOTICES[1:8])}}
    blobs = {key: signature(text) for key, text in texts.items()}
    buckets: dict = {}
    for key, blob in blobs.items():
        lsh.insert(key, MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                                hashvalues=np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)))
        for bucket in lsh_keys(blob):
            buckets.setdefault(bucket, set()).add(key)
    for key, blob in blobs.items():
        ours = set().union(*(buckets[b] for b in lsh_keys(blob)))
        theirs = set(lsh.query(MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                                       hashvalues=np.frombuffer(blob, dtype=np.uint32).astype(np.uint64))))
        assert ours == theirs
    assert "b" in set().union(*(buckets[b] for b in lsh_keys(blobs["a"])))
