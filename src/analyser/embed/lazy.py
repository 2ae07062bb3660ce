"""Choosing and opening an encoder: :func:`load_encoder`, :func:`open_encoder` and
:class:`LazyEncoder`, which defers loading the model until a text must really be embedded
(a re-run that reuses every document never loads it).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from analyser.errors import EncoderError, Errors
from analyser.model_build import DIM, MAX_TOKENS, MODEL_NAME, default_model_dir, is_built

from .e5 import E5Encoder, default_precision, default_threads
from .hashing import HashingEncoder
from .onnx_e5 import OnnxE5Encoder, onnx_ready
from .protocol import BACKENDS, PRECISIONS, Encoder, Kind, Precision, ProgressCallback, _check_kind, cache_name, encoder_name

logger = logging.getLogger("analyser.embed")


def default_backend() -> str:
    """``ANALYSER_BACKEND`` (``auto``, ``onnx`` or ``torch``) if set, else ``auto``.

    Raises:
        EncoderError: ``E312`` when the variable holds anything else.
    """
    value = os.environ.get("ANALYSER_BACKEND", "").strip().lower() or "auto"
    if value not in BACKENDS:
        raise EncoderError(Errors.E312, value=value, allowed=", ".join(BACKENDS))
    return value


def resolve_backend(path: Path, precision: str, backend: str | None = None) -> str:
    """The backend (``onnx`` or ``torch``) that will run the model in ``path`` at ``precision``.

    Args:
        path: the model folder.
        precision: ``fp32`` or ``int8`` (int8 is torch only).
        backend: ``auto``, ``onnx`` or ``torch``; None: :func:`default_backend`.

    Raises:
        EncoderError: ``E312`` for an unknown backend; ``E314`` when ``onnx`` is
            asked for with a precision other than fp32; ``E313`` when ``onnx`` is
            asked for but the graph or onnxruntime is missing.
    """
    backend = (backend or default_backend()).lower()
    if backend not in BACKENDS:
        raise EncoderError(Errors.E312, value=backend, allowed=", ".join(BACKENDS))
    if backend == "torch":
        return "torch"
    if backend == "onnx" and precision != "fp32":
        raise EncoderError(Errors.E314, path=path, precision=precision)
    ready = precision == "fp32" and onnx_ready(path)
    if backend == "onnx" and not ready:
        raise EncoderError(Errors.E313, path=path)
    return "onnx" if ready else "torch"


def _model_path(name_or_path: str | os.PathLike[str] | None) -> Path:
    if name_or_path is None or str(name_or_path) == MODEL_NAME:
        return default_model_dir()
    return Path(name_or_path)


def _is_hashing(name_or_path: str | os.PathLike[str] | None) -> bool:
    return name_or_path is not None and str(name_or_path) in {"hashing", HashingEncoder.name}


def load_encoder(name_or_path: str | os.PathLike[str] | None = None, *, backend: str | None = None) -> Encoder:
    """Return an encoder by name or model folder, loaded now, in fp32.

    Args:
        name_or_path: ``None`` or ``"multilingual-e5-small"`` for the default
            model in :func:`analyser.model_build.default_model_dir`; ``"hashing"``
            (or ``"hashing-fake"``) for :class:`HashingEncoder`; anything else
            is taken as the path of a sentence-transformers folder.
        backend: see :func:`resolve_backend`.

    Returns:
        The encoder.

    Raises:
        EncoderError: ``E301`` when the model folder does not exist; ``E312``/``E313`` for the backend.
    """
    if _is_hashing(name_or_path):
        return HashingEncoder()
    path = _model_path(name_or_path)
    if is_built(path) and resolve_backend(path, "fp32", backend) == "onnx":
        return OnnxE5Encoder(path, num_threads=default_threads())
    return E5Encoder(path)


def open_encoder(
    name_or_path: str | os.PathLike[str] | None = None,
    *,
    precision: Precision | None = None,
    num_threads: int | None = None,
    backend: str | None = None,
) -> Encoder:
    """Like :func:`load_encoder`, but an E5 model is only loaded when first used (:class:`LazyEncoder`).

    Args:
        name_or_path: as for :func:`load_encoder`.
        precision: ``"fp32"`` or ``"int8"``; None: :func:`default_precision`.
        num_threads: inference threads once loaded; None: :func:`default_threads`.
        backend: see :func:`resolve_backend`.

    Raises:
        EncoderError: ``E301`` at once when the model folder holds no model;
            ``E310`` for an unknown precision; ``E312``/``E313`` for the backend.
    """
    if _is_hashing(name_or_path):
        return HashingEncoder()
    return LazyEncoder(_model_path(name_or_path), precision=precision or default_precision(), num_threads=num_threads,
                       backend=backend)


class LazyEncoder:
    """An :class:`E5Encoder` that is loaded on first :meth:`encode` or :meth:`count_tokens`.

    :attr:`name`, :attr:`cache_name`, :attr:`dim` and :attr:`max_tokens` are
    known without loading (from the folder name and its ``config.json``), so
    a run can compute fingerprints, look up calibrations and reuse stored
    documents without importing torch. Loading the model costs seconds and
    about 0.5 GB; a run whose documents are all unchanged never pays it.

    Args:
        path: the model folder.
        precision: see :class:`E5Encoder`.
        num_threads: inference threads once loaded; None: :func:`default_threads`.
        backend: ``auto``, ``onnx`` or ``torch`` (:func:`resolve_backend`,
            decided at construction without loading anything): :class:`OnnxE5Encoder`
            or :class:`E5Encoder` is loaded.

    Raises:
        EncoderError: ``E301`` (at construction) when ``path`` holds no model;
            ``E310`` for an unknown precision; ``E312``/``E313`` for the backend.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, precision: Precision = "fp32", num_threads: int | None = None,
        backend: str | None = None,
    ) -> None:
        self.path = Path(path).expanduser()
        if precision not in PRECISIONS:
            raise EncoderError(Errors.E310, value=precision, allowed=", ".join(PRECISIONS))
        if not is_built(self.path):
            raise EncoderError(Errors.E301, path=self.path)
        self.backend: str = resolve_backend(self.path, precision, backend)
        self.precision: Precision = precision
        self.num_threads = num_threads
        self.name: str = encoder_name(self.path)
        self.cache_name: str = cache_name(self.name, precision)
        self.dim, self.max_tokens = _folder_shape(self.path)
        self._inner: E5Encoder | OnnxE5Encoder | None = None
        self._lock = threading.RLock()
        self._loader: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"LazyEncoder({str(self.path)!r}, precision={self.precision!r}, backend={self.backend!r}, loaded={self.loaded})"

    @property
    def loaded(self) -> bool:
        """Whether the model has been loaded."""
        return self._inner is not None

    def load(self) -> E5Encoder | OnnxE5Encoder:
        """Load the model now (once) and return it; waits for a :meth:`preload` under way.

        Raises:
            EncoderError: ``E301`` when the folder holds no usable model (also when a
                :meth:`preload` failed: the error is raised here, in the caller's thread).
        """
        with self._lock:
            if self._inner is None:
                threads = self.num_threads if self.num_threads is not None else default_threads()
                if self.backend == "onnx":
                    self._inner = OnnxE5Encoder(self.path, num_threads=threads)
                else:
                    self._inner = E5Encoder(self.path, precision=self.precision, num_threads=threads)
                self.dim, self.max_tokens = self._inner.dim, self._inner.max_tokens
            return self._inner

    def preload(self) -> bool:
        """Start loading the model in a background thread, so that it loads while the caller parses.

        Only for the ONNX backend (loading it imports neither torch nor
        transformers, and ONNX Runtime and the tokenizer release the
        interpreter for much of the work); a failure is ignored here and raised
        by the next :meth:`load`. Does nothing when loaded or loading already.

        Returns:
            True when the model is loaded, or being loaded, by the ONNX backend.
        """
        if self.backend != "onnx":
            return False
        with self._lock:
            if self._inner is None and self._loader is None:
                self._loader = threading.Thread(target=self._load_quietly, name="analyser-model-load", daemon=True)
                self._loader.start()
        return True

    def _load_quietly(self) -> None:
        try:
            self.load()
        except Exception:  # noqa: BLE001 - raised again by load() in the thread that needs the model
            logger.debug("background model load failed", exc_info=True)

    def encode(
        self,
        texts: Sequence[str],
        *,
        kind: Kind,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """See :meth:`E5Encoder.encode`; loads the model first if needed (not for an empty list)."""
        _check_kind(kind)
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.load().encode(texts, kind=kind, batch_size=batch_size, progress=progress)

    def count_tokens(self, texts: Sequence[str], *, kind: Kind = "passage") -> list[int]:
        """See :meth:`E5Encoder.count_tokens`; loads the model first if needed (not for an empty list)."""
        if not len(texts):
            return []
        return self.load().count_tokens(texts, kind=kind)


def _folder_shape(path: Path) -> tuple[int, int]:
    """(embedding dimension, max tokens) of a sentence-transformers folder, read from its JSON files."""
    import json

    dim, max_tokens = DIM, MAX_TOKENS
    try:
        dim = int(json.loads((path / "config.json").read_text(encoding="utf-8"))["hidden_size"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        max_tokens = int(json.loads((path / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return dim, max_tokens
