"""The encoder interface: :class:`Encoder`, the ``kind`` of a text, precisions and encoder names.

Every encoder returns float32 arrays of shape (n_texts, dim) whose rows are
L2-normalised, so a dot product is the cosine similarity in [-1, 1].
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from analyser.model_build import MODEL_NAME, PROMPTS

Kind = Literal["query", "passage"]
"""``"query"`` for what is searched for (key elements, questions),
``"passage"`` for document text. E5 prefixes them differently."""

ProgressCallback = Callable[[int], None]
"""Called with the number of texts encoded so far (cumulative, not a delta)."""

Precision = Literal["fp32", "int8"]
"""Inference precision of :class:`E5Encoder`: float32 weights, or the Linear
layers quantised dynamically to int8 (``torch.ao.quantization.quantize_dynamic``)."""

BACKENDS: tuple[str, ...] = ("auto", "onnx", "torch")
"""Inference backends of the E5 model: ``onnx`` (:class:`~analyser.embed.OnnxE5Encoder`, ONNX Runtime, fp32),
``torch`` (:class:`~analyser.embed.E5Encoder`, also the only one for int8) and ``auto``: onnx when the
model folder holds the graph and onnxruntime is installed, else torch."""

PRECISIONS: tuple[str, ...] = ("fp32", "int8")

DEFAULT_PRECISION: Precision = "fp32"
"""Precision used when neither the caller nor ``ANALYSER_PRECISION`` chooses one.
int8 is not the default: on ``nl-2025`` it changed one key element's label
(coverage agreement +0.023, label accuracy -0.023 against the gold; mean
cosine to fp32 0.986), beyond the 0.01 allowed. ``scripts/bench_run.py
--precision int8`` measures the whole corpus."""

def encoder_name(path: str | os.PathLike[str]) -> str:
    """The :attr:`Encoder.name` an :class:`E5Encoder` loaded from ``path`` will have (no loading)."""
    p = Path(path)
    return MODEL_NAME if p.name == MODEL_NAME else p.name


def cache_name(name: str, precision: str = "fp32") -> str:
    """Name that keys cached vectors and stored analyses: ``name`` for fp32, ``name+int8`` otherwise."""
    return name if precision == "fp32" else f"{name}+{precision}"


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

    @property
    def dim(self) -> int:  # read-only: a plain attribute or a property satisfies it
        """Length of the vectors :meth:`encode` returns (384 for multilingual-e5-small)."""
        ...

    @property
    def max_tokens(self) -> int:
        """Longest input the model reads, in its own tokens (special tokens and prompt included; 512 for e5)."""
        ...

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
