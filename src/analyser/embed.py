"""Texts -> vectors: the embedding stage.

This is the only module that imports ``torch`` and ``sentence_transformers``,
and it does so lazily inside functions, so ``import analyser`` stays fast.

* :class:`Encoder` is the interface the other stages use;
* :class:`E5Encoder` runs multilingual-e5-small (see :mod:`analyser.models`)
  offline on the CPU;
* :class:`HashingEncoder` is a deterministic, dependency-free fake for tests;
* :func:`load_encoder` picks one by name or path;
* :class:`EmbeddingCache` keeps vectors on disk between runs;
* :func:`centre_document` removes a document's (language's) mean embedding;
* :func:`save_vector_bank` / :func:`load_vector_bank` store annotated
  embeddings (the k-NN banks of segment and match) as ``.npz``.

Every encoder returns float32 arrays of shape (n_texts, dim) whose rows are
L2-normalised, so a dot product is the cosine similarity in [-1, 1].
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import time
import uuid
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

import numpy as np

from analyser.errors import EncoderError
from analyser.io import write_bytes_atomic
from analyser.models import MAX_TOKENS, MODEL_NAME, PROMPTS, default_model_dir, is_built

logger = logging.getLogger(__name__)

Kind = Literal["query", "passage"]
"""``"query"`` for what is searched for (key elements, questions),
``"passage"`` for document text. E5 prefixes them differently."""

ProgressCallback = Callable[[int], None]
"""Called with the number of texts encoded so far (cumulative, not a delta)."""


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
    np.savez_compressed(buf, vectors=np.asarray(vectors).astype(np.float16), **{k: np.asarray(v) for k, v in labels.items()})
    return write_bytes_atomic(path, buf.getvalue())


def load_vector_bank(path: Path) -> dict[str, np.ndarray] | None:
    """Arrays written by :func:`save_vector_bank` (``vectors`` as float32), or None when ``path`` does not exist."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        data = {k: z[k] for k in z.files}
    data["vectors"] = data["vectors"].astype(np.float32)
    return data


def _check_kind(kind: str) -> None:
    if kind not in PROMPTS:
        raise ValueError(f"kind must be 'query' or 'passage', got {kind!r}")


@runtime_checkable
class Encoder(Protocol):
    """What the pipeline needs from an embedding model.

    Attributes:
        name: model name; part of every cache key and written into outputs.
        dim: embedding dimension.
        max_tokens: longest input the model reads, in its own tokens, special
            tokens and prompt included; longer input is truncated.
    """

    name: str
    dim: int
    max_tokens: int

    def encode(
        self,
        texts: Sequence[str],
        *,
        kind: Kind,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Embed texts.

        Args:
            texts: the texts, in any language.
            kind: ``"query"`` or ``"passage"``.
            batch_size: texts per forward pass.
            progress: called with the number of texts done after each batch.

        Returns:
            float32 array of shape (len(texts), dim), L2-normalised rows, in
            the order of ``texts``.
        """
        ...

    def count_tokens(self, texts: Sequence[str], *, kind: Kind = "passage") -> list[int]:
        """Count model tokens per text, special tokens and the prompt included.

        Args:
            texts: the texts.
            kind: which prompt to count (the default suits passages).

        Returns:
            One count per text, not truncated: a count above
            ``max_tokens`` means the model would truncate that text.
        """
        ...


# --------------------------------------------------------------------------- E5


def _set_offline_env() -> None:
    """Forbid any model hub access before sentence-transformers is imported."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class E5Encoder:
    """multilingual-e5-small through sentence-transformers, offline, on CPU.

    The folder is the one :func:`analyser.models.build_e5_small` writes. It is
    loaded with ``local_files_only=True`` and ``HF_HUB_OFFLINE=1``, in float32:
    the folder stores float16 weights, and transformers 5 would otherwise keep
    them in float16 (``dtype="auto"``), which is slower on most CPUs.

    Texts are prefixed ``"query: "`` or ``"passage: "`` (Wang et al. 2024) via
    sentence-transformers' ``prompt_name``, and embeddings are mean-pooled and
    L2-normalised. Input longer than :attr:`max_tokens` (512) tokens is
    truncated by the model: split long passages first (see
    :meth:`count_tokens`).

    Args:
        path: the model folder.
        chunk_size: texts handed to ``SentenceTransformer.encode`` per call,
            rounded up to a multiple of ``batch_size``; ``progress`` is called
            after each chunk.
        num_threads: torch intra-op threads; None keeps torch's default.

    Raises:
        EncoderError: ``E301`` if ``path`` holds no model.

    Example:
        >>> enc = E5Encoder(default_model_dir())  # doctest: +SKIP
        >>> enc.encode(["Reception capacity must be expanded."], kind="passage").shape  # doctest: +SKIP
        (1, 384)
    """

    def __init__(self, path: str | os.PathLike[str], *, chunk_size: int = 64, num_threads: int | None = None) -> None:
        self.path = Path(path).expanduser()
        if not is_built(self.path):
            raise EncoderError("E301", path=self.path)
        _set_offline_env()
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        if num_threads is not None:
            torch.set_num_threads(num_threads)
        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # no "Loading weights" bar from the library
        started = time.perf_counter()
        try:
            self.model: Any = SentenceTransformer(
                str(self.path), device="cpu", local_files_only=True, model_kwargs={"dtype": torch.float32}
            )
        except Exception as exc:  # a damaged folder: report it as "no usable model"
            raise EncoderError("E301", path=self.path) from exc
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        self.name: str = MODEL_NAME if self.path.name == MODEL_NAME else self.path.name
        self.dim: int = int(self.model.get_embedding_dimension())
        self.max_tokens: int = int(self.model.max_seq_length or MAX_TOKENS)
        self.chunk_size = max(1, chunk_size)
        for kind, prefix in PROMPTS.items():  # the folder's own prompts must not change E5's prefixes
            self.model.prompts[kind] = prefix
        logger.info("loaded %s from %s in %.1f s", self.name, self.path, time.perf_counter() - started)

    def __repr__(self) -> str:
        return f"E5Encoder({str(self.path)!r})"

    def encode(
        self,
        texts: Sequence[str],
        *,
        kind: Kind,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Embed texts with the E5 prompt for ``kind``.

        Texts are sorted by length (longest first, in characters, as
        sentence-transformers does within one call) across the whole input,
        then encoded in chunks so that ``progress`` can be reported; batches
        are therefore the same as in one ``SentenceTransformer.encode`` call.

        Args:
            texts: the texts, in any language.
            kind: ``"query"`` or ``"passage"``.
            batch_size: texts per forward pass.
            progress: called with the number of texts done after each chunk.

        Returns:
            float32 array of shape (len(texts), dim), L2-normalised rows.
        """
        _check_kind(kind)
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        texts = list(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        order = np.argsort([-len(t) for t in texts], kind="stable")
        chunk = -(-max(self.chunk_size, batch_size) // batch_size) * batch_size
        for start in range(0, len(texts), chunk):
            idx = order[start : start + chunk]
            vectors = self.model.encode(
                [texts[i] for i in idx],
                prompt_name=kind,
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            out[idx] = vectors
            if progress is not None:
                progress(min(start + chunk, len(texts)))
        return out

    def count_tokens(self, texts: Sequence[str], *, kind: Kind = "passage") -> list[int]:
        """Count XLM-R tokens as the model sees them: ``<s>`` + prompt + text + ``</s>``.

        Args:
            texts: the texts.
            kind: which prompt to prepend (``"passage: "`` by default).

        Returns:
            Untruncated token counts, one per text.
        """
        _check_kind(kind)
        if not texts:
            return []
        prefix = PROMPTS[kind]
        enc = self.model.tokenizer(
            [prefix + t for t in texts], add_special_tokens=True, truncation=False, verbose=False
        )
        return [len(ids) for ids in enc["input_ids"]]


# --------------------------------------------------------------------------- fake


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
        norm = np.linalg.norm(vec)
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


# --------------------------------------------------------------------------- factory


def load_encoder(name_or_path: str | os.PathLike[str] | None = None) -> Encoder:
    """Return an encoder by name or model folder.

    Args:
        name_or_path: ``None`` or ``"multilingual-e5-small"`` for the default
            model in :func:`analyser.models.default_model_dir`; ``"hashing"``
            (or ``"hashing-fake"``) for :class:`HashingEncoder`; anything else
            is taken as the path of a sentence-transformers folder.

    Returns:
        The encoder.

    Raises:
        EncoderError: ``E301`` when the model folder does not exist.
    """
    if name_or_path is None or str(name_or_path) == MODEL_NAME:
        return E5Encoder(default_model_dir())
    if str(name_or_path) in {"hashing", HashingEncoder.name}:
        return HashingEncoder()
    return E5Encoder(Path(name_or_path))


# --------------------------------------------------------------------------- cache


_SHARD_SUFFIX = ".npz"
_PART_SUFFIX = ".part"
_STALE_PART_SECONDS = 3600.0


def _safe_dirname(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "_"


class EmbeddingCache:
    """On-disk embedding cache, safe against interruption.

    Each vector is keyed by ``sha256(model name, kind, text)``. Vectors live in
    append-only shard files ``<cache_dir>/<model name>/<uuid>.npz``, one per
    :meth:`encode_cached` call that had misses, each holding ``keys`` (hex
    sha256, shape (n,)) and ``vectors`` (float32, shape (n, dim)). A shard is
    written to a ``.part`` file and moved into place with :func:`os.replace`,
    so a reader only ever sees complete shards; an unreadable shard (disk
    full, manual edit) is logged, deleted and its vectors recomputed and
    written again. When a model has more than ``max_shards`` shards they are
    merged into one, again atomically.

    Args:
        cache_dir: root folder of the cache; created when needed.
        max_shards: shard count per model that triggers a merge.

    Example:
        >>> import tempfile
        >>> cache = EmbeddingCache(tempfile.mkdtemp())
        >>> enc = HashingEncoder()
        >>> a = cache.encode_cached(enc, ["one", "two"], "passage")
        >>> bool((cache.encode_cached(enc, ["two"], "passage") == a[1:]).all())
        True
    """

    def __init__(self, cache_dir: str | os.PathLike[str], *, max_shards: int = 64) -> None:
        self.cache_dir = Path(cache_dir).expanduser()
        self.max_shards = max(2, max_shards)
        self._index: dict[str, dict[str, np.ndarray]] = {}  # model name -> key -> vector (dim,)
        self._loaded: dict[str, set[str]] = {}  # model name -> shard file names already read

    @staticmethod
    def key(model_name: str, kind: str, text: str) -> str:
        """Cache key of one text.

        Args:
            model_name: :attr:`Encoder.name`.
            kind: ``"query"`` or ``"passage"``.
            text: the text, exactly as encoded.

        Returns:
            64 hex digits (sha256 of the NUL-separated fields, UTF-8).
        """
        return hashlib.sha256(f"{model_name}\0{kind}\0{text}".encode()).hexdigest()

    def _model_dir(self, model_name: str) -> Path:
        return self.cache_dir / _safe_dirname(model_name)

    def _refresh(self, model_name: str, dim: int) -> dict[str, np.ndarray]:
        """Read shards not read yet (also those written by other processes)."""
        index = self._index.setdefault(model_name, {})
        loaded = self._loaded.setdefault(model_name, set())
        folder = self._model_dir(model_name)
        if not folder.is_dir():
            return index
        now = time.time()
        for path in sorted(folder.iterdir()):
            if path.name.endswith(_PART_SUFFIX):
                try:  # left by an interrupted write
                    if now - path.stat().st_mtime > _STALE_PART_SECONDS:
                        path.unlink()
                except OSError:
                    pass
                continue
            if path.suffix != _SHARD_SUFFIX or path.name in loaded:
                continue
            try:
                with np.load(path, allow_pickle=False) as data:
                    keys = data["keys"]
                    vectors = data["vectors"]
                if vectors.dtype != np.float32 or vectors.shape != (len(keys), dim):
                    raise ValueError(f"vectors of shape {vectors.shape} {vectors.dtype}, expected ({len(keys)}, {dim})")
            except FileNotFoundError:  # merged away by another process
                continue
            except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
                logger.warning("ignoring unreadable cache shard %s (%s); it will be rewritten", path, exc)
                try:
                    path.unlink()
                except OSError:
                    pass
                continue
            for k, v in zip(keys.tolist(), vectors):
                index[k] = v
            loaded.add(path.name)
        return index

    def _write_shard(self, model_name: str, keys: list[str], vectors: np.ndarray) -> Path | None:
        """Write one shard atomically; a failure only costs the caching."""
        folder = self._model_dir(model_name)
        target = folder / f"{uuid.uuid4().hex}{_SHARD_SUFFIX}"
        try:
            buf = io.BytesIO()
            np.savez(buf, keys=np.asarray(keys, dtype="U64"), vectors=np.ascontiguousarray(vectors, np.float32))
            write_bytes_atomic(target, buf.getvalue())
        except OSError as exc:
            logger.warning("cannot write embedding cache shard in %s: %s", folder, exc)
            return None
        self._loaded.setdefault(model_name, set()).add(target.name)
        return target

    def _maybe_merge(self, model_name: str) -> None:
        """Merge all shards of a model into one once there are too many."""
        folder = self._model_dir(model_name)
        loaded = self._loaded.get(model_name, set())
        if len(loaded) <= self.max_shards:
            return
        index = self._index.get(model_name, {})
        if not index:
            return
        keys = list(index)
        merged = self._write_shard(model_name, keys, np.stack([index[k] for k in keys]))
        if merged is None:
            return
        for name in list(loaded):
            if name != merged.name:
                try:
                    (folder / name).unlink()
                except OSError:
                    pass
                loaded.discard(name)
        logger.debug("merged embedding cache of %s into %s (%d vectors)", model_name, merged, len(keys))

    def encode_cached(
        self,
        encoder: Encoder,
        texts: Sequence[str],
        kind: Kind,
        *,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Embed texts, encoding only those not cached yet.

        Args:
            encoder: the encoder; its ``name`` and ``dim`` select the cache.
            texts: the texts.
            kind: ``"query"`` or ``"passage"``.
            batch_size: passed to :meth:`Encoder.encode`.
            progress: called with the number of texts done (cached texts count
                as done at once).

        Returns:
            float32 array of shape (len(texts), encoder.dim), L2-normalised
            rows, identical to what the encoder returned when first computed.
        """
        _check_kind(kind)
        texts = list(texts)
        keys = [self.key(encoder.name, kind, t) for t in texts]
        index = self._refresh(encoder.name, encoder.dim)
        missing: dict[str, str] = {}  # key -> text, first occurrence, de-duplicated
        for k, t in zip(keys, texts):
            if k not in index and k not in missing:
                missing[k] = t
        n_hits = sum(k in index for k in keys)
        logger.debug("embedding cache %s/%s: %d hits, %d to encode", encoder.name, kind, n_hits, len(missing))
        if progress is not None and n_hits:
            progress(n_hits)
        if missing:
            miss_keys = list(missing)
            inner = None if progress is None else (lambda done: progress(n_hits + done))
            vectors = np.asarray(
                encoder.encode([missing[k] for k in miss_keys], kind=kind, batch_size=batch_size, progress=inner),
                dtype=np.float32,
            )
            for k, v in zip(miss_keys, vectors):
                index[k] = v
            self._write_shard(encoder.name, miss_keys, vectors)
            self._maybe_merge(encoder.name)
            if progress is not None and n_hits + len(miss_keys) < len(texts):
                progress(len(texts))  # repeated texts were encoded once
        out = np.empty((len(texts), encoder.dim), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = index[k]
        return out


class CachedEncoder:
    """An :class:`Encoder` that remembers what it embedded.

    Wraps another encoder; vectors are kept in memory for the life of the
    object and, when ``cache`` is given, on disk through :class:`EmbeddingCache`
    so that re-runs reuse them. The template's wording, embedded for every
    document, is then computed once per run.

    Args:
        inner: the real encoder.
        cache: optional on-disk cache.
    """

    def __init__(self, inner: Encoder, cache: EmbeddingCache | None = None) -> None:
        self.inner = inner
        self.cache = cache
        self.name, self.dim, self.max_tokens = inner.name, inner.dim, inner.max_tokens
        self._memory: dict[tuple[str, str], np.ndarray] = {}

    def __repr__(self) -> str:
        return f"CachedEncoder({self.inner!r})"

    def encode(
        self,
        texts: Sequence[str],
        *,
        kind: Kind,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """See :meth:`Encoder.encode`; cached texts are not encoded again."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        missing = [t for t in dict.fromkeys(texts) if (kind, t) not in self._memory]
        if missing:
            if self.cache is not None:
                vecs = self.cache.encode_cached(self.inner, missing, kind, batch_size=batch_size, progress=progress)
            else:
                vecs = self.inner.encode(missing, kind=kind, batch_size=batch_size, progress=progress)
            for t, v in zip(missing, vecs):
                self._memory[(kind, t)] = np.asarray(v, dtype=np.float32)
        elif progress is not None:
            progress(len(texts))
        return np.vstack([self._memory[(kind, t)] for t in texts])

    def count_tokens(self, texts: Sequence[str], *, kind: Kind = "passage") -> list[int]:
        """See :meth:`Encoder.count_tokens`."""
        return self.inner.count_tokens(texts, kind=kind)
