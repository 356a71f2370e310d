"""MinHash signatures of articles (5-word shingles), computed at ingest and stored in articles.minhash.

The store compares stored signatures to find near-duplicate articles (store/stories.py); both sides use the
parameters pinned here, so signatures written by different runs stay comparable.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from datasketch import MinHash

__all__ = ["NUM_PERM", "minhash_signature", "signature_similarity", "sketch"]

NUM_PERM = 128
SHINGLE_WORDS = 5
_SEED = 1
_SCHEME = "affine32"  # pinned: stored signatures must be comparable with new ones
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)]


@cache
def _permutations() -> np.ndarray:
    """The pinned parameters' hash permutations, drawn once: MinHash draws them from its seed on every instance."""
    permutations: np.ndarray = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations
    permutations.setflags(write=False)  # (shared by every signature and sketch)
    return permutations


def minhash_signature(text: str) -> bytes:
    """The article's MinHash signature as bytes (stored in articles.minhash)."""
    hashed = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    hashed.update_batch(_shingles(text))
    signature: bytes = hashed.hashvalues.astype(np.uint32).tobytes()  # datasketch is untyped
    return signature


def sketch(signature: bytes) -> MinHash:
    """A stored signature as a MinHash again (for LSH)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=np.frombuffer(signature, dtype=np.uint32),
                   permutations=_permutations())


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two articles' shingle sets."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))
