"""multilingual-e5-small through ONNX Runtime: :class:`OnnxE5Encoder`, the same vectors as
:class:`~analyser.embed.E5Encoder` in fp32 without importing torch or transformers.

The graph (``onnx/model.onnx`` in the model folder) is exported from the model's own weights
by ``analyser models build`` (:func:`analyser.model_onnx.build_onnx`): the transformer
layers, mean pooling and L2 normalisation, in float32, already optimised by ONNX Runtime
(fused attention, LayerNorm and GELU). The word embedding matrix (250k × 384, the largest
tensor) stays outside the graph: its rows are read from ``model.safetensors`` through a
memory map (float16 as stored, upcast exactly to float32), so the process keeps only the
rows it touches and worker processes share the file's pages.

This module imports ``onnxruntime`` and ``tokenizers`` lazily, inside the class.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import struct
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from analyser.errors import EncoderError, Errors
from analyser.model_build import MAX_TOKENS, ONNX_FILE, is_built

from .e5 import MAX_BATCH_TOKENS, _plain_e5_layout, encode_in_batches, prompted_token_ids
from .protocol import Kind, Precision, ProgressCallback, _check_kind, cache_name, encoder_name

logger = logging.getLogger("analyser.embed")

WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"
"""Name of the word embedding matrix in ``model.safetensors``."""


def onnx_ready(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` holds an exported graph (:data:`ONNX_FILE`) and ``onnxruntime`` is installed."""
    p = Path(path)
    return (p / ONNX_FILE).is_file() and _plain_e5_layout(p) and importlib.util.find_spec("onnxruntime") is not None


def safetensors_array(path: str | os.PathLike[str], key: str) -> np.ndarray:
    """One tensor of a ``.safetensors`` file as a read-only NumPy memory map (nothing is read yet).

    The format is an 8-byte little-endian header length, a JSON header
    (name -> dtype, shape, byte offsets into the data) and the data.

    Args:
        path: the file.
        key: the tensor's name.

    Returns:
        ``np.memmap`` of the tensor's dtype (F16, F32) and shape.

    Raises:
        KeyError: no such tensor; ValueError: a dtype other than F16/F32 or a damaged header.
    """
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n))
    info = header[key]
    dtype = {"F16": np.float16, "F32": np.float32}.get(info["dtype"])
    if dtype is None:
        raise ValueError(f"{path}: {key} is {info['dtype']}, expected F16 or F32")
    start, end = info["data_offsets"]
    shape = tuple(int(x) for x in info["shape"])
    if end - start != int(np.prod(shape)) * np.dtype(dtype).itemsize:
        raise ValueError(f"{path}: {key} has {end - start} bytes for shape {shape}")
    return np.memmap(path, dtype=dtype, mode="r", offset=8 + n + start, shape=shape)


class OnnxE5Encoder:
    """multilingual-e5-small run by ONNX Runtime on the CPU, fp32; a drop-in for :class:`E5Encoder`.

    Same tokenisation (``tokenizer.json``, prompt, truncation to
    :attr:`max_tokens` keeping ``</s>``), same batching (:func:`token_batches`)
    and the same vectors as the torch path within 1e-5 (checked when the graph
    is exported and by ``tests/test_embed_onnx.py``), so it has the same
    :attr:`name` and :attr:`cache_name`: cached vectors, banks and
    calibrations are shared with the torch path.

    Args:
        path: the model folder, with ``onnx/model.onnx`` (``analyser models build``).
        chunk_size: ``progress`` is called about every ``chunk_size`` texts.
        num_threads: threads of inference; None: the usable cores. They run that
            many batches at once, each on one ONNX Runtime thread (no intra-op
            threads): the same vectors bit for bit, for about 5–10% less CPU than
            intra-op threads splitting every operator of one batch (measured on
            2 cores, ``scripts/profile_cold.py``), and no thread ever spins.
        max_batch_tokens: see :data:`analyser.embed.MAX_BATCH_TOKENS`.

    Raises:
        EncoderError: ``E301`` when ``path`` holds no model or no usable graph.
    """

    precision: Precision = "fp32"
    backend = "onnx"

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        chunk_size: int = 64,
        num_threads: int | None = None,
        max_batch_tokens: int = MAX_BATCH_TOKENS,
    ) -> None:
        self.path = Path(path).expanduser()
        if not is_built(self.path) or not (self.path / ONNX_FILE).is_file():
            raise EncoderError(Errors.E301, path=self.path)
        started = time.perf_counter()
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            self.tokenizer: Any = Tokenizer.from_file(str(self.path / "tokenizer.json"))
            self.tokenizer.no_padding()
            self.tokenizer.no_truncation()
            self.pad_id = int(self.tokenizer.token_to_id("<pad>") or 0)
            self.word_embeddings = safetensors_array(self.path / "model.safetensors", WORD_EMBEDDINGS)
            opts = ort.SessionOptions()
            # the stored graph is already optimised (build_onnx): optimising it again at load
            # costs ~40 MB for no measurable speed
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
            self.parallel = max(1, num_threads or _cores())
            opts.intra_op_num_threads = 1  # parallel batches instead (encode_in_batches)
            opts.inter_op_num_threads = 1
            opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            opts.log_severity_level = 3  # no warnings on stderr
            # idle threads sleep instead of spinning: on a shared or busy CPU spinning burned ~40%
            # more CPU time for the same work and was slower (measured on 2 loaded cores)
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
            self.session: Any = ort.InferenceSession(str(self.path / ONNX_FILE), opts, providers=["CPUExecutionProvider"])
            bert = json.loads((self.path / "sentence_bert_config.json").read_text(encoding="utf-8"))
        except Exception as exc:  # a damaged folder or graph: "no usable model"
            raise EncoderError(Errors.E301, path=self.path) from exc
        self.dim = int(self.word_embeddings.shape[1])
        self.max_tokens = int(bert.get("max_seq_length") or MAX_TOKENS)
        self.name: str = encoder_name(self.path)
        self.cache_name: str = cache_name(self.name, "fp32")
        self.chunk_size = max(1, chunk_size)
        self.max_batch_tokens = max(1, max_batch_tokens)
        logger.info("loaded %s (onnx) from %s in %.1f s", self.name, self.path, time.perf_counter() - started)

    def __repr__(self) -> str:
        return f"OnnxE5Encoder({str(self.path)!r})"

    def encode(
        self,
        texts: Sequence[str],
        *,
        kind: Kind,
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Embed texts with the E5 prompt for ``kind``; see :meth:`E5Encoder.encode`.

        Returns:
            float32 array of shape (len(texts), dim), L2-normalised rows.
        """
        _check_kind(kind)
        ids = prompted_token_ids(self.tokenizer, list(texts), kind, self.max_tokens)
        return encode_in_batches([len(x) for x in ids], lambda batch: self._forward([ids[i] for i in batch]),
                                 dim=self.dim, batch_size=batch_size, max_batch_tokens=self.max_batch_tokens,
                                 chunk_size=self.chunk_size, progress=progress, parallel=self.parallel)

    def _forward(self, batch_ids: Sequence[Sequence[int]]) -> np.ndarray:
        """Embeddings of one padded batch, float32 (n, dim)."""
        width = max(len(x) for x in batch_ids)
        input_ids = np.full((len(batch_ids), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(batch_ids), width), dtype=np.int64)
        for row, ids in enumerate(batch_ids):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        embeds = np.asarray(self.word_embeddings[input_ids], dtype=np.float32)  # float16 -> float32 is exact
        (vecs,) = self.session.run(["embedding"], {"inputs_embeds": embeds, "attention_mask": mask})
        return np.asarray(vecs, dtype=np.float32)

    def count_tokens(self, texts: Sequence[str], *, kind: Kind = "passage") -> list[int]:
        """Untruncated XLM-R token counts, ``<s>`` + prompt + text + ``</s>``; see :meth:`E5Encoder.count_tokens`."""
        _check_kind(kind)
        if not texts:
            return []
        return [len(ids) for ids in prompted_token_ids(self.tokenizer, texts, kind)]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
