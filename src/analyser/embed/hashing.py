"""A deterministic, dependency-free fake encoder for tests: :class:`HashingEncoder`."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from analyser.model_build import MAX_TOKENS

from .protocol import Kind, ProgressCallback, _check_kind


_WORD_RE = re.compile(r"\w+", re.UNICODE)


def _hash64(feature: str) -> int:
    return int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "little")


class HashingEncoder:
    """Deterministic fake encoder for unit tests (no model, no torch).

    A text becomes a bag of features: its lower-cased words (weight 1.0) and
    the character 3-grams of each word padded with spaces (weight 0.5), plus a
    small marker for ``kind`` so that every vector is non-zero. Features are
    hashed with BLAKE2b (stable across processes, unlike :func:`hash`) into
    ``dim`` buckets with a hashed sign, then the vector is L2-normalised. Texts
    sharing words therefore have a clearly higher cosine than unrelated texts,
    whose cosine is near 0.

    Args:
        dim: number of buckets (embedding dimension).
        max_tokens: reported limit; nothing is truncated.

    Example:
        >>> enc = HashingEncoder()
        >>> v = enc.encode(["asylum reception", "reception capacity", "sunny tomorrow"], kind="passage")
        >>> bool(v[0] @ v[1] > v[0] @ v[2])
        True
    """

    name = "hashing-fake"

    def __init__(self, dim: int = 384, *, max_tokens: int = MAX_TOKENS) -> None:
        if dim < 2:
            raise ValueError(f"dim must be >= 2, got {dim}")
        self.dim = dim
        self.max_tokens = max_tokens

    def __repr__(self) -> str:
        return f"HashingEncoder(dim={self.dim})"

    def _features(self, text: str, kind: str) -> list[tuple[str, float]]:
        feats: list[tuple[str, float]] = [(f"k:{kind}", 0.1)]
        for word in _WORD_RE.findall(text.lower()):
            feats.append((f"w:{word}", 1.0))
            padded = f" {word} "
            feats.extend((f"c:{padded[i : i + 3]}", 0.5) for i in range(len(padded) - 2))
        return feats

    def _vector(self, text: str, kind: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float64)
        for feature, weight in self._features(text, kind):
            h = _hash64(feature)
            vec[h % self.dim] += weight if (h >> 63) & 1 else -weight
        norm = float(np.linalg.norm(vec))
        if norm == 0.0:  # only if all features cancel out
            vec[_hash64(f"k:{kind}") % self.dim] = 1.0
            norm = 1.0
        return (vec / norm).astype(np.float32)

    def encode(
        self,
        texts: Sequence[str],
        *,
        kind: Kind,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Embed texts by feature hashing.

        Args:
            texts: the texts.
            kind: ``"query"`` or ``"passage"``.
            batch_size: texts between two ``progress`` calls.
            progress: called with the number of texts done after each batch.

        Returns:
            float32 array of shape (len(texts), dim), L2-normalised rows.

        Raises:
            ValueError: ``kind`` is neither ``"query"`` nor ``"passage"``, or ``batch_size`` < 1.
        """
        _check_kind(kind)
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        texts = list(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            for i in range(start, min(start + batch_size, len(texts))):
                out[i] = self._vector(texts[i], kind)
            if progress is not None:
                progress(min(start + batch_size, len(texts)))
        return out

    def count_tokens(self, texts: Sequence[str], *, kind: Kind = "passage") -> list[int]:
        """Whitespace word count + 2 (standing in for ``<s>`` and ``</s>``).

        Args:
            texts: the texts.
            kind: ignored (accepted for interface compatibility).

        Returns:
            One count per text.
        """
        return [len(t.split()) + 2 for t in texts]
