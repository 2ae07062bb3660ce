"""The model's ONNX Runtime graph: exported at ``analyser models build`` from the local weights.

One step of building a model folder (:mod:`analyser.model_build` makes the folder itself):
:func:`build_onnx` traces the torch model, lets ONNX Runtime optimise the graph, checks it
against torch and swaps the file into ``<model>/onnx/model.onnx``; read by
:class:`analyser.embed.OnnxE5Encoder`. Nothing is downloaded.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

from analyser.errors import EncoderError, Errors
from analyser.model_build import ONNX_FILE, is_built

logger = logging.getLogger(__name__)

ONNX_TOLERANCE = 1e-5
"""Largest absolute difference per vector component allowed between the exported graph
and the torch model when :func:`build_onnx` checks it (cosine then differs by < 1e-6)."""


def build_onnx(model_dir: Path, *, force: bool = False) -> Path | None:
    """Export the model's transformer to ONNX Runtime (fp32) as ``<model_dir>/onnx/model.onnx``.

    The graph takes ``inputs_embeds`` (batch × tokens × 384, float32: the word
    embedding rows, looked up outside the graph) and ``attention_mask``
    (batch × tokens, int64) and returns ``embedding`` (batch × 384, mean
    pooled over the mask and L2-normalised), i.e. what
    :class:`analyser.embed.E5Encoder` computes after the lookup. It is traced
    from the folder's own weights upcast to float32 with transformers' eager
    attention (``torch.onnx.export``, TorchScript exporter, opset 17), then
    optimised by ONNX Runtime (extended level: fused attention, LayerNorm,
    GELU; portable across CPUs) and checked against torch on texts of
    different lengths padded in one batch (:data:`ONNX_TOLERANCE`). Written
    atomically; nothing is downloaded.

    Args:
        model_dir: a complete model folder (:func:`build_e5_small`).
        force: export again even when the graph exists.

    Returns:
        The graph's path, or None when ``onnxruntime`` is not installed (the
        torch path is used then).

    Raises:
        EncoderError: ``E302`` when the export fails or its vectors differ from torch.
    """
    import importlib.util

    model_dir = Path(model_dir).expanduser()
    target = model_dir / ONNX_FILE
    if target.is_file() and not force:
        return target
    if importlib.util.find_spec("onnxruntime") is None:
        logger.info("onnxruntime is not installed: no ONNX graph, the torch path is used")
        return None
    if not is_built(model_dir):
        raise EncoderError(Errors.E302, reason=f"no model in {model_dir} to export")
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = target.with_name(f".{target.name}.{os.getpid()}.raw")
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        _export_onnx(model_dir, raw, part)
        os.chmod(part, 0o644)
        os.replace(part, target)
    except EncoderError:
        raise
    except Exception as exc:  # noqa: BLE001 - any exporter failure is a build failure
        raise EncoderError(Errors.E302, reason=f"ONNX export failed: {type(exc).__name__}: {exc}") from exc
    finally:
        for p in (raw, part):
            p.unlink(missing_ok=True)
    logger.info("exported %s (%.0f MB)", target, target.stat().st_size / 1e6)
    return target


def _export_onnx(model_dir: Path, raw: Path, out: Path) -> None:
    """Trace, optimise and check the graph; see :func:`build_onnx`."""
    import warnings

    import onnxruntime as ort
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    hf_logging.disable_progress_bar()
    bert = AutoModel.from_pretrained(str(model_dir), local_files_only=True, dtype=torch.float32, attn_implementation="eager")
    bert.eval()

    class _Pooled(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, inputs_embeds: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.model(inputs_embeds=inputs_embeds, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / torch.clamp(m.sum(1), min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    wrapped = _Pooled(bert).eval()
    gen = torch.Generator().manual_seed(0)
    emb = bert.get_input_embeddings()
    ids = torch.randint(5, int(emb.weight.shape[0]), (3, 19), generator=gen)
    mask = torch.ones(3, 19, dtype=torch.long)
    mask[1, 11:] = 0  # padding in the example: the mask must be traced, not folded away
    mask[2, 4:] = 0
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            wrapped, (emb(ids), mask), str(raw), dynamo=False, opset_version=17,
            input_names=["inputs_embeds", "attention_mask"], output_names=["embedding"],
            dynamic_axes={"inputs_embeds": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                          "embedding": {0: "batch"}},
        )
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    opts.optimized_model_filepath = str(out)
    opts.log_severity_level = 3
    ort.InferenceSession(str(raw), opts, providers=["CPUExecutionProvider"])
    check = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    for batch, width, lengths in ((4, 37, (37, 20, 6, 2)), (2, 130, (130, 129))):
        ids = torch.randint(5, int(emb.weight.shape[0]), (batch, width), generator=gen)
        mask = torch.zeros(batch, width, dtype=torch.long)
        for row, n in enumerate(lengths):
            mask[row, :n] = 1
        with torch.no_grad():
            x = emb(ids)
            ref = wrapped(x, mask).numpy()
        got = check.run(["embedding"], {"inputs_embeds": x.numpy(), "attention_mask": mask.numpy()})[0]
        diff = float(np.abs(got - ref).max())
        if not diff <= ONNX_TOLERANCE:
            raise EncoderError(Errors.E302, reason=f"the ONNX graph differs from torch by {diff:.2e} (> {ONNX_TOLERANCE:g})")
