"""Embeddings kept between runs: :class:`EmbeddingCache` (on disk, safe against interruption)
and :class:`CachedEncoder` (an encoder that remembers what it embedded).
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
from collections.abc import Sequence
from typing import Literal
from pathlib import Path

import numpy as np

from analyser.io import write_bytes_atomic

from .protocol import Encoder, Kind, ProgressCallback, _check_kind

logger = logging.getLogger("analyser.embed")


_SHARD_SUFFIX = ".npz"
_PART_SUFFIX = ".part"
_STALE_PART_SECONDS = 3600.0


def _safe_dirname(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "_"


class EmbeddingCache:
    """On-disk embedding cache, safe against interruption.

    Each vector is keyed by ``sha256(model name, kind, text)``, the model
    name being the encoder's ``cache_name`` (precision included) when it has one. Vectors live in
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
        read_only: never write, merge or delete anything (the vectors shipped
            in a model folder, see :data:`PRECOMPUTED_DIR`); an unreadable
            shard is then only skipped.

    Example:
        >>> import tempfile
        >>> cache = EmbeddingCache(tempfile.mkdtemp())
        >>> enc = HashingEncoder()
        >>> a = cache.encode_cached(enc, ["one", "two"], "passage")
        >>> bool((cache.encode_cached(enc, ["two"], "passage") == a[1:]).all())
        True
    """

    def __init__(self, cache_dir: str | os.PathLike[str], *, max_shards: int = 64, read_only: bool = False) -> None:
        self.cache_dir = Path(cache_dir).expanduser()
        self.max_shards = max(2, max_shards)
        self.read_only = read_only
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

    def model_dir(self, model_name: str) -> Path:
        """The folder of ``model_name``'s vectors below :attr:`cache_dir` (a file-system-safe name; may not exist yet)."""
        return self.cache_dir / _safe_dirname(model_name)

    def _refresh(self, model_name: str, dim: int) -> dict[str, np.ndarray]:
        """Read shards not read yet (also those written by other processes)."""
        index = self._index.setdefault(model_name, {})
        loaded = self._loaded.setdefault(model_name, set())
        folder = self.model_dir(model_name)
        if not folder.is_dir():
            return index
        now = time.time()
        for path in sorted(folder.iterdir()):
            if path.name.endswith(_PART_SUFFIX):
                if self.read_only:
                    continue
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
                if self.read_only:
                    loaded.add(path.name)
                    continue
                try:
                    path.unlink()
                except OSError:
                    pass
                continue
            for k, v in zip(keys.tolist(), vectors):
                index[k] = v
            loaded.add(path.name)
        return index

    def lookup(self, model_name: str, dim: int, kind: Kind, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of those ``texts`` that are cached, nothing encoded.

        Args:
            model_name: the encoder's ``cache_name``.
            dim: its dimension (shards of another shape are skipped).
            kind: ``"query"`` or ``"passage"``.
            texts: the texts.

        Returns:
            text -> float32 (dim,) vector, for the texts found.
        """
        _check_kind(kind)
        index = self._refresh(model_name, dim)
        found: dict[str, np.ndarray] = {}
        for t in texts:
            v = index.get(self.key(model_name, kind, t))
            if v is not None:
                found[t] = v
        return found

    def _write_shard(self, model_name: str, keys: list[str], vectors: np.ndarray) -> Path | None:
        """Write one shard atomically; a failure only costs the caching."""
        if self.read_only:
            return None
        folder = self.model_dir(model_name)
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
        folder = self.model_dir(model_name)
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
            encoder: the encoder; its ``cache_name`` (else ``name``) and ``dim`` select the cache.
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
        name = getattr(encoder, "cache_name", encoder.name)
        keys = [self.key(name, kind, t) for t in texts]
        index = self._refresh(name, encoder.dim)
        missing: dict[str, str] = {}  # key -> text, first occurrence, de-duplicated
        for k, t in zip(keys, texts):
            if k not in index and k not in missing:
                missing[k] = t
        n_hits = sum(k in index for k in keys)
        logger.debug("embedding cache %s/%s: %d hits, %d to encode", name, kind, n_hits, len(missing))
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
            if self._write_shard(name, miss_keys, vectors) is not None:
                self._maybe_merge(name)
            if progress is not None and n_hits + len(miss_keys) < len(texts):
                progress(len(texts))  # repeated texts were encoded once
        out = np.empty((len(texts), encoder.dim), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = index[k]
        return out


PRECOMPUTED_DIR = "precomputed"
"""Folder of a model folder that holds vectors computed when the model was built
(``analyser models build``): the template's wording, the key elements' and the
aspects' queries, the same for every document. It is a read-only
:class:`EmbeddingCache` (shards keyed by ``cache_name``, kind and text), so a
text that changed since the build is simply embedded at run time."""


def precomputed_store(encoder: Encoder) -> EmbeddingCache | None:
    """The read-only store of vectors shipped in ``encoder``'s model folder, or None when it has none.

    The folder is ``<encoder.path>/precomputed`` (:data:`PRECOMPUTED_DIR`);
    encoders without a ``path`` (the hashing test encoder) have none.
    """
    path = getattr(encoder, "path", None)
    if path is None:
        return None
    folder = Path(path) / PRECOMPUTED_DIR
    return EmbeddingCache(folder, read_only=True) if folder.is_dir() else None


class CachedEncoder:
    """An :class:`Encoder` that remembers what it embedded.

    Wraps another encoder; vectors are kept in memory for the life of the
    object and, when ``cache`` is given, on disk through :class:`EmbeddingCache`
    so that re-runs reuse them. The template's wording, embedded for every
    document, is then computed once per run, or not at all when the model
    folder ships it (:func:`precomputed_store`): a text is looked up in memory,
    then in the shipped vectors, then in ``cache``, and only then encoded.

    Args:
        inner: the real encoder.
        cache: optional on-disk cache.
        precomputed: read-only vectors computed at model build time; default
            :func:`precomputed_store` of ``inner``; False: none.
    """

    def __init__(
        self, inner: Encoder, cache: EmbeddingCache | None = None, precomputed: EmbeddingCache | Literal[False] | None = None
    ) -> None:
        self.inner = inner
        self.cache = cache
        self.name: str = inner.name
        self.cache_name: str = getattr(inner, "cache_name", inner.name)
        if precomputed is None:
            precomputed = precomputed_store(inner)
        self.precomputed: EmbeddingCache | None = precomputed or None
        self._memory: dict[tuple[str, str], np.ndarray] = {}
        self._tokens: dict[tuple[str, str], int] = {}

    @property
    def dim(self) -> int:
        """The inner encoder's dimension."""
        return self.inner.dim

    @property
    def max_tokens(self) -> int:
        """The inner encoder's input limit."""
        return self.inner.max_tokens

    @property
    def loaded(self) -> bool:
        """Whether the inner model is loaded (always True for an eager encoder)."""
        return bool(getattr(self.inner, "loaded", True))

    def __repr__(self) -> str:
        return f"CachedEncoder({self.inner!r})"

    def preload(self) -> bool:
        """Start loading the inner model in the background when it can (:meth:`LazyEncoder.preload`).

        Returns:
            True when the inner model is loaded or being loaded in the background;
            False when it loads on first use (or is no lazy model).
        """
        start = getattr(self.inner, "preload", None)
        return bool(start()) if callable(start) else False

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
        if missing and self.precomputed is not None:
            found = self.precomputed.lookup(self.cache_name, self.dim, kind, missing)
            for t, v in found.items():
                self._memory[(kind, t)] = np.asarray(v, dtype=np.float32)
            missing = [t for t in missing if t not in found]
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
        """See :meth:`Encoder.count_tokens`; counts are remembered like vectors."""
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if (kind, t) not in self._tokens]
        if missing:
            for t, n in zip(missing, self.inner.count_tokens(missing, kind=kind)):
                self._tokens[(kind, t)] = int(n)
        return [self._tokens[(kind, t)] for t in texts]


def build_precomputed(encoder: Encoder, texts: dict[Kind, Sequence[str]], model_dir: str | os.PathLike[str] | None = None) -> Path:
    """Embed texts every document needs into the model folder's read-only store (:data:`PRECOMPUTED_DIR`).

    Earlier vectors of the same ``cache_name`` are replaced. Called by
    ``analyser models build`` after the model folder is complete.

    Args:
        encoder: the encoder the vectors are for (its ``cache_name`` keys them).
        texts: kind -> texts to embed.
        model_dir: the model folder; default ``encoder.path``.

    Returns:
        The folder written (``<model_dir>/precomputed/<cache_name>``).

    Raises:
        ValueError: when neither ``model_dir`` nor ``encoder.path`` is given.
        OSError: when the folder cannot be written.
    """
    import shutil

    root = model_dir if model_dir is not None else getattr(encoder, "path", None)
    if root is None:
        raise ValueError("build_precomputed needs a model folder")
    store = EmbeddingCache(Path(root) / PRECOMPUTED_DIR)
    name = getattr(encoder, "cache_name", encoder.name)
    folder = store.model_dir(name)
    shutil.rmtree(folder, ignore_errors=True)
    for kind, items in texts.items():
        items = list(dict.fromkeys(items))
        if items:
            store.encode_cached(encoder, items, kind)
    return folder
