"""Stored and centred embeddings: :func:`centre_document` removes a document's (language's) mean
embedding; :func:`save_vector_bank` / :func:`load_vector_bank` store annotated embeddings (the
k-NN banks of segment and match) as ``.npz``.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np

from analyser.io import write_bytes_atomic


CENTRE_PRIOR_WEIGHT = 5.0
"""Pseudo-count of the prior mean in a document's mean (:func:`centre_document`): a document
with few passages is centred partly on the prior (e.g. an annotated bank's mean) instead of its own."""


def centre_document(vecs: np.ndarray, prior: np.ndarray | None = None, prior_weight: float = CENTRE_PRIOR_WEIGHT) -> np.ndarray:
    """Remove a document's mean embedding from its passage embeddings and re-normalise.

    Multilingual encoders put a language- and document-specific offset into
    every embedding (Libovický et al. 2020, "On the Language Neutrality of
    Pre-trained Multilingual Representations", Findings of EMNLP: centring each
    language's vectors on their mean improves cross-lingual retrieval). Without
    it, a probe fitted on annotated strategies learns *which language* tends to
    answer a key element: measured on the development corpus, the probe of
    2.4.e (instrumentalisation, answered mostly in Polish, Czech, Romanian,
    Finnish, Bulgarian and Lithuanian strategies) scored every passage of the
    Dutch strategy 0.14 on average against -0.07 for the English one.
    Centring removes the offset, whatever the language.

    Args:
        vecs: (n, dim) embeddings of one document's passages.
        prior: (dim,) mean to shrink towards (the bank-wide mean); None: the
            document's own mean only.
        prior_weight: pseudo-count of ``prior``: the mean subtracted is
            ``(Σ vecs + w · prior) / (n + w)``.

    Returns:
        float32 (n, dim), L2-normalised (a zero row stays zero).
    """
    v = np.asarray(vecs, dtype=np.float32)
    if len(v) == 0:
        return v.reshape(0, v.shape[-1] if v.ndim == 2 else 0)
    total = v.sum(axis=0, dtype=np.float64)
    n = float(len(v))
    if prior is not None and prior_weight > 0:
        mean = (total + prior_weight * prior) / (n + prior_weight)
    else:
        mean = total / n
    out = v - mean.astype(np.float32)
    norm = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norm > 0, norm, 1.0)


def save_vector_bank(path: Path, vectors: np.ndarray, **labels: np.ndarray) -> Path:
    """Write embeddings (as float16) and their label arrays to ``path`` (``.npz``) atomically; returns the path.

    Args:
        path: target file; parent folders are created.
        vectors: (n, dim) embeddings.
        labels: arrays of length n (or any other arrays) stored beside them.
    """
    buf = io.BytesIO()
    arrays: dict[str, Any] = {"vectors": np.asarray(vectors).astype(np.float16), **{k: np.asarray(v) for k, v in labels.items()}}
    np.savez_compressed(buf, **arrays)  # Any: numpy's stub types **kwds like its allow_pickle flag
    return write_bytes_atomic(path, buf.getvalue())


def load_vector_bank(path: Path) -> dict[str, np.ndarray] | None:
    """Arrays written by :func:`save_vector_bank` (``vectors`` as float32), or None when ``path`` does not exist."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        data = {k: z[k] for k in z.files}
    data["vectors"] = data["vectors"].astype(np.float32)
    return data
