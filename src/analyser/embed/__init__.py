"""Texts -> vectors: the embedding stage.

Only :mod:`analyser.embed.e5` imports ``torch``, ``transformers`` and
``sentence_transformers``, and it does so lazily inside functions, so
``import analyser`` stays fast.

* :class:`Encoder` (``protocol``) is the interface the other stages use;
* :class:`E5Encoder` (``e5``) runs multilingual-e5-small (see
  :mod:`analyser.model_build`) offline on the CPU with torch;
* :class:`OnnxE5Encoder` (``onnx_e5``) runs the same model through ONNX Runtime
  (the default when the model folder holds the exported graph): the same vectors,
  without importing torch;
* :class:`HashingEncoder` (``hashing``) is a deterministic, dependency-free fake for tests;
* :class:`LazyEncoder` (``lazy``) defers loading the model until a text must
  really be embedded (a re-run that reuses every document never loads it);
* :func:`load_encoder` / :func:`open_encoder` (``lazy``) pick one by name or path;
* :class:`EmbeddingCache` / :class:`CachedEncoder` (``cache``) keep vectors on disk between runs;
  :func:`build_precomputed` ships the vectors every document needs (template wording,
  key element and aspect queries) inside the model folder;
* :func:`centre_document` (``banks``) removes a document's (language's) mean embedding;
* :func:`save_vector_bank` / :func:`load_vector_bank` (``banks``) store annotated
  embeddings (the k-NN banks of segment and match) as ``.npz``.

Every encoder returns float32 arrays of shape (n_texts, dim) whose rows are
L2-normalised, so a dot product is the cosine similarity in [-1, 1].
"""

from __future__ import annotations

from .banks import CENTRE_PRIOR_WEIGHT, centre_document, load_vector_bank, save_vector_bank
from .cache import PRECOMPUTED_DIR, CachedEncoder, EmbeddingCache, build_precomputed, precomputed_store
from .e5 import MAX_BATCH_TOKENS, E5Encoder, default_precision, default_threads, token_batches
from .hashing import HashingEncoder
from .lazy import BACKENDS, LazyEncoder, default_backend, load_encoder, open_encoder, resolve_backend
from .onnx_e5 import OnnxE5Encoder, onnx_ready
from .protocol import (
    DEFAULT_PRECISION,
    PRECISIONS,
    Encoder,
    Kind,
    Precision,
    ProgressCallback,
    cache_name,
    encoder_name,
)

__all__ = [
    "BACKENDS",
    "CENTRE_PRIOR_WEIGHT",
    "DEFAULT_PRECISION",
    "MAX_BATCH_TOKENS",
    "PRECISIONS",
    "PRECOMPUTED_DIR",
    "CachedEncoder",
    "E5Encoder",
    "EmbeddingCache",
    "Encoder",
    "HashingEncoder",
    "Kind",
    "LazyEncoder",
    "OnnxE5Encoder",
    "Precision",
    "ProgressCallback",
    "build_precomputed",
    "cache_name",
    "centre_document",
    "default_backend",
    "default_precision",
    "default_threads",
    "encoder_name",
    "load_encoder",
    "load_vector_bank",
    "onnx_ready",
    "open_encoder",
    "precomputed_store",
    "resolve_backend",
    "save_vector_bank",
    "token_batches",
]
