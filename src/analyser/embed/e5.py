"""The real encoder: :class:`E5Encoder` runs multilingual-e5-small (see :mod:`analyser.model_build`)
offline on the CPU, with token-bounded batches, fp32 or int8 and a thread count per worker.

This is the only module that imports ``torch``, ``transformers`` and ``sentence_transformers``,
and it does so lazily inside functions, so ``import analyser`` stays fast.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from analyser.errors import EncoderError, Errors
from analyser.model_build import MAX_TOKENS, PROMPTS, is_built

from .protocol import DEFAULT_PRECISION, PRECISIONS, Kind, Precision, ProgressCallback, _check_kind, cache_name, encoder_name

logger = logging.getLogger("analyser.embed")

MAX_BATCH_TOKENS = 1024
"""Upper bound of padded tokens (texts × longest text) in one forward pass of
:class:`E5Encoder` and :class:`~analyser.embed.OnnxE5Encoder`; bounds the
activation memory (attention is quadratic in the longest text) whatever
``batch_size`` says. Measured on a 2-core AVX-512 machine (ONNX Runtime, fp32,
``scripts/profile_cold.py``): a forward pass of 4096 padded tokens costs 15–25%
more CPU per token than one of about 1000 (its activations, e.g. 4096 × 1536
floats in each feed-forward layer, no longer fit in the core's cache), and
smaller batches also pad less; below about 500 tokens the fixed cost of a pass
starts to show. 1024 holds two texts of the model's 512-token limit."""

BATCH_OVERHEAD_TOKENS = 16
"""Fixed cost of one forward pass in padded-token equivalents (about 4–8 ms of
CPU against 0.5 ms a token on 2 threads), used by :func:`token_batches` to
trade padding against more passes."""




def default_precision() -> Precision:
    """``ANALYSER_PRECISION`` (``fp32`` or ``int8``) if set, else :data:`DEFAULT_PRECISION`.

    Raises:
        EncoderError: ``E310`` when the variable holds anything else.
    """
    value = os.environ.get("ANALYSER_PRECISION", "").strip().lower() or DEFAULT_PRECISION
    if value not in PRECISIONS:
        raise EncoderError(Errors.E310, value=value, allowed=", ".join(PRECISIONS))
    return value  # type: ignore[return-value]


def default_threads(workers: int = 1) -> int:
    """Torch intra-op threads for one of ``workers`` processes: the usable cores divided among them (at least 1).

    ``ANALYSER_THREADS`` overrides the result.
    """
    env = os.environ.get("ANALYSER_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, cores // max(1, workers))


def token_batches(
    lengths: Sequence[int],
    batch_size: int,
    max_batch_tokens: int = MAX_BATCH_TOKENS,
    overhead: int = BATCH_OVERHEAD_TOKENS,
) -> list[list[int]]:
    """Group texts into forward passes by token length, longest first, with the least padding.

    Texts are sorted by length (descending, stable) and cut into
    consecutive batches of at most ``batch_size`` texts whose padded size
    (texts × longest text in the batch) stays within ``max_batch_tokens``;
    a single text longer than the budget forms its own batch. Among those
    cuts the one of least cost is chosen (dynamic programming over the
    sorted texts, O(n × batch_size)): each batch costs its padded tokens plus
    ``overhead``, so a long text is not padded into a batch of short ones
    only because the budget would allow it. Ties keep earlier batches full.
    Which texts share a pass changes a vector only at float rounding level
    (about 1e-8), as the embedding cache already does.

    Args:
        lengths: token count per text.
        batch_size: most texts per batch (>= 1).
        max_batch_tokens: most padded tokens per batch.
        overhead: cost of one more batch, in padded tokens (>= 0).

    Returns:
        Batches of indices into ``lengths``; together they hold every index
        once, longest texts first.

    Example:
        >>> token_batches([5, 100, 7, 100], batch_size=8, max_batch_tokens=200)
        [[1, 3], [2, 0]]
        >>> token_batches([40, 8, 8, 8, 8], batch_size=8, max_batch_tokens=1024)
        [[0], [1, 2, 3, 4]]
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    size = [max(1, int(lengths[i])) for i in order]
    n = len(order)
    best = [0.0] + [float("inf")] * n  # best[j]: least cost of the first j sorted texts
    cut = [0] * (n + 1)  # cut[j]: start of the last batch in that best split
    for j in range(1, n + 1):
        for i in range(j - 1, max(0, j - batch_size) - 1, -1):  # last batch = sorted texts i..j-1, width size[i]
            rows = j - i
            if rows > 1 and size[i] * rows > max_batch_tokens:
                break  # wider and longer further back
            cost = best[i] + size[i] * rows + overhead
            if cost < best[j]:
                best[j], cut[j] = cost, i
    batches: list[list[int]] = []
    j = n
    while j > 0:
        batches.append(order[cut[j]:j])
        j = cut[j]
    return batches[::-1]


def encode_in_batches(
    lengths: Sequence[int],
    forward: Callable[[list[int]], np.ndarray],
    *,
    dim: int,
    batch_size: int,
    max_batch_tokens: int,
    chunk_size: int,
    progress: ProgressCallback | None = None,
    parallel: int = 1,
) -> np.ndarray:
    """The encode loop shared by :class:`E5Encoder` and :class:`~analyser.embed.OnnxE5Encoder`.

    The texts (known here only by their token lengths) are grouped by
    :func:`token_batches`; ``forward`` embeds one batch, given as indices into
    ``lengths``. With ``parallel`` > 1, that many batches run at once in
    threads (``forward`` must be thread-safe and release the interpreter, as
    ONNX Runtime's ``run`` does); results are taken in batch order. Freed heap
    pages are given back to the OS at the end (activations of the last
    batches), so the next stage does not stack on them.

    Args:
        lengths: token count per text (what the model sees, after truncation).
        forward: batch indices -> float32 (len(batch), dim) L2-normalised vectors.
        dim: the embedding dimension.
        batch_size: most texts per forward pass (>= 1).
        max_batch_tokens: most padded tokens per forward pass.
        chunk_size: ``progress`` is called about every ``chunk_size`` texts.
        progress: called with the number of texts done, and at the end.
        parallel: batches computed at the same time (threads), >= 1.

    Returns:
        float32 array of shape (len(lengths), dim), row i for text i.

    Raises:
        ValueError: ``batch_size`` < 1.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    out = np.empty((len(lengths), dim), dtype=np.float32)
    if not len(lengths):
        return out
    batches = token_batches(lengths, batch_size, max_batch_tokens)
    pool = None
    if parallel > 1 and len(batches) > 1:
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(max_workers=min(parallel, len(batches)), thread_name_prefix="analyser-embed")
    try:
        results = pool.map(forward, batches) if pool is not None else map(forward, batches)
        done = reported = 0
        for batch, vectors in zip(batches, results):
            out[batch] = vectors
            done += len(batch)
            if progress is not None and (done - reported >= chunk_size or done == len(lengths)):
                progress(done)
                reported = done
    finally:
        if pool is not None:  # Ctrl-C or an error: batches not started are dropped, not run
            pool.shutdown(wait=True, cancel_futures=True)
    _trim_heap()
    return out


def prompted_token_ids(tokenizer: Any, texts: Sequence[str], kind: str, max_tokens: int | None = None) -> list[list[int]]:
    """Token ids of E5's prompt + text, ``<s>``/``</s>`` included, by a ``tokenizers.Tokenizer`` (no padding).

    Args:
        tokenizer: a ``tokenizers.Tokenizer`` read from the model's ``tokenizer.json``.
        texts: the texts.
        kind: ``"query"`` or ``"passage"`` (the prompt, :data:`~analyser.model_build.PROMPTS`).
        max_tokens: cut longer sequences to this many ids keeping the final
            ``</s>`` (what transformers' ``truncation="longest_first"`` does to
            one sequence); None: untruncated.

    Returns:
        One list of ids per text.
    """
    prefix = PROMPTS[kind]
    out = []
    for e in tokenizer.encode_batch([prefix + t for t in texts], add_special_tokens=True):
        ids = e.ids
        if max_tokens is not None and len(ids) > max_tokens:
            ids = ids[: max_tokens - 1] + ids[-1:]
        out.append(ids)
    return out


def _set_offline_env() -> None:
    """Forbid any model hub access before sentence-transformers is imported."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class E5Encoder:
    """multilingual-e5-small offline on CPU: the tokenizer and the transformer of a sentence-transformers folder.

    The folder is the one :func:`analyser.model_build.build_e5_small` writes (a
    sentence-transformers folder: Transformer, mean Pooling, Normalize). It is
    run without the ``sentence_transformers`` package, which costs about
    0.25 GB and seconds of imports, and without transformers' tokenizer
    wrapper (another 0.25 GB for XLM-R's 250k-piece vocabulary): the
    ``tokenizers`` library reads ``tokenizer.json``, transformers'
    ``AutoModel`` reads the weights (``local_files_only=True``,
    ``HF_HUB_OFFLINE=1``) in float32, and mean pooling over the attention
    mask plus L2 normalisation are done here, exactly as
    sentence-transformers does them (``tests/test_embed.py`` checks the
    vectors against ``SentenceTransformer.encode``). A folder with any other
    module layout is run through ``SentenceTransformer`` instead.

    When the folder stores float16 weights (the default build), the word
    embedding matrix (250k × 384, the largest tensor) is kept in float16 and
    each looked-up row is upcast: float16 → float32 is exact, so the vectors
    are the same as with a float32 matrix, for 0.19 GB less memory.

    Texts are prefixed ``"query: "`` or ``"passage: "`` (Wang et al. 2024).
    Input longer than :attr:`max_tokens` (512) tokens, prompt included, is
    truncated: split long passages first (see :meth:`count_tokens`).

    Args:
        path: the model folder.
        chunk_size: ``progress`` is called about every ``chunk_size`` texts.
        num_threads: torch intra-op threads (process-wide); None keeps torch's
            default. See :func:`default_threads`.
        precision: ``"fp32"`` or ``"int8"`` (dynamic int8 quantisation of every
            ``Linear`` layer after loading, per output channel: about 1.5-2×
            faster inference, but cosines move by about 0.01, see
            :data:`DEFAULT_PRECISION`). An int8 encoder keeps :attr:`name`
            (calibration and banks are shared) but its :attr:`cache_name`
            differs, so cached vectors are never mixed.
        max_batch_tokens: see :data:`MAX_BATCH_TOKENS`.

    Raises:
        EncoderError: ``E301`` if ``path`` holds no model; ``E310`` for an
            unknown precision; ``E311`` when int8 quantisation fails.

    Example:
        >>> enc = E5Encoder(default_model_dir())  # doctest: +SKIP
        >>> enc.encode(["Reception capacity must be expanded."], kind="passage").shape  # doctest: +SKIP
        (1, 384)
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        chunk_size: int = 64,
        num_threads: int | None = None,
        precision: Precision = "fp32",
        max_batch_tokens: int = MAX_BATCH_TOKENS,
    ) -> None:
        self.path = Path(path).expanduser()
        if precision not in PRECISIONS:
            raise EncoderError(Errors.E310, value=precision, allowed=", ".join(PRECISIONS))
        if not is_built(self.path):
            raise EncoderError(Errors.E301, path=self.path)
        _set_offline_env()
        import torch

        if num_threads is not None:
            torch.set_num_threads(max(1, num_threads))
        started = time.perf_counter()
        self.st_model: Any = None  # set only for folders the direct path does not handle
        self.tokenizer: Any = None
        self.transformer: Any = None
        try:
            if _plain_e5_layout(self.path):
                self._load_direct(torch)
            else:
                self._load_sentence_transformers(torch)
        except EncoderError:
            raise
        except Exception as exc:  # a damaged folder: report it as "no usable model"
            raise EncoderError(Errors.E301, path=self.path) from exc
        if precision == "int8":
            try:
                self._quantise(torch)
            except Exception as exc:  # no quantised kernels in this torch build
                raise EncoderError(Errors.E311, path=self.path, reason=f"{type(exc).__name__}: {exc}") from exc
        _trim_heap()  # give the loader's temporary buffers back to the OS
        self.precision: Precision = precision
        self.name: str = encoder_name(self.path)
        self.cache_name: str = cache_name(self.name, precision)
        self.chunk_size = max(1, chunk_size)
        self.max_batch_tokens = max(1, max_batch_tokens)
        logger.info("loaded %s (%s) from %s in %.1f s", self.name, precision, self.path, time.perf_counter() - started)

    def _load_direct(self, torch: Any) -> None:
        import json

        from tokenizers import Tokenizer
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging

        self.tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.pad_id = int(self.tokenizer.token_to_id("<pad>") or 0)
        half = _stored_dtype(self.path) == "float16"
        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # no "Loading weights" bar from the library
        try:
            model = AutoModel.from_pretrained(
                str(self.path), local_files_only=True, dtype=torch.float16 if half else torch.float32
            )
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        model.eval()
        if half:
            _upcast_except_word_embeddings(model, torch)
        self.transformer = model
        self.dim = int(model.config.hidden_size)
        cfg = json.loads((self.path / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.max_tokens = int(cfg.get("max_seq_length") or MAX_TOKENS)

    def _load_sentence_transformers(self, torch: Any) -> None:
        from sentence_transformers import SentenceTransformer

        self.st_model = SentenceTransformer(
            str(self.path), device="cpu", local_files_only=True, model_kwargs={"dtype": torch.float32}
        )
        self.st_model.eval()
        for kind, prefix in PROMPTS.items():  # the folder's own prompts must not change E5's prefixes
            self.st_model.prompts[kind] = prefix
        self.dim = int(self.st_model.get_embedding_dimension())
        self.max_tokens = int(self.st_model.max_seq_length or MAX_TOKENS)

    def _quantise(self, torch: Any) -> None:
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch.ao deprecation notices
            spec = {torch.nn.Linear: per_channel_dynamic_qconfig}
            if self.transformer is not None:
                self.transformer = quantize_dynamic(self.transformer, spec, dtype=torch.qint8)
            else:
                self.st_model = quantize_dynamic(self.st_model, spec, dtype=torch.qint8)

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

        Texts are grouped into forward passes by :func:`token_batches`: sorted
        by token length across the whole input (little padding), at most
        ``batch_size`` texts and :attr:`max_batch_tokens` padded tokens per
        pass (bounded activation memory), under ``torch.inference_mode``.

        Args:
            texts: the texts, in any language.
            kind: ``"query"`` or ``"passage"``.
            batch_size: most texts per forward pass.
            progress: called with the number of texts done, about every
                ``chunk_size`` texts and at the end.

        Returns:
            float32 array of shape (len(texts), dim), L2-normalised rows.

        Raises:
            ValueError: ``kind`` is neither ``"query"`` nor ``"passage"``, or ``batch_size`` < 1.
        """
        _check_kind(kind)
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        import torch

        texts = list(texts)
        ids: list[list[int]] | None = None
        if self.transformer is not None:
            ids = prompted_token_ids(self.tokenizer, texts, kind, self.max_tokens)
            lengths = [len(x) for x in ids]
        else:
            lengths = [min(n, self.max_tokens) for n in self.count_tokens(texts, kind=kind)]

        def forward(batch: list[int]) -> np.ndarray:
            if ids is not None:
                return self._forward([ids[i] for i in batch], torch)
            return np.asarray(self.st_model.encode(
                [texts[i] for i in batch], prompt_name=kind, batch_size=len(batch),
                normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False,
            ))

        with torch.inference_mode():
            return encode_in_batches(lengths, forward, dim=self.dim, batch_size=batch_size,
                                     max_batch_tokens=self.max_batch_tokens, chunk_size=self.chunk_size, progress=progress)

    def _forward(self, batch_ids: Sequence[Sequence[int]], torch: Any) -> np.ndarray:
        """Mean-pooled, L2-normalised last hidden states of one padded batch, as float32 (n, dim)."""
        width = max(len(x) for x in batch_ids)
        input_ids = torch.full((len(batch_ids), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch_ids), width), dtype=torch.long)
        for row, ids in enumerate(batch_ids):
            input_ids[row, : len(ids)] = torch.tensor(ids, dtype=torch.long)
            mask[row, : len(ids)] = 1
        hidden = self.transformer(input_ids=input_ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * m).sum(1) / torch.clamp(m.sum(1), min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1).float().numpy()

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
        if self.tokenizer is not None:
            return [len(ids) for ids in prompted_token_ids(self.tokenizer, texts, kind)]
        prefix = PROMPTS[kind]
        enc = self.st_model.tokenizer([prefix + t for t in texts], add_special_tokens=True, truncation=False, verbose=False)
        return [len(ids) for ids in enc["input_ids"]]


def _plain_e5_layout(path: Path) -> bool:
    """Whether a sentence-transformers folder is exactly Transformer (root) + mean Pooling + Normalize with a tokenizer.json."""
    import json

    try:
        modules = json.loads((path / "modules.json").read_text(encoding="utf-8"))
        types = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if types != ["Transformer", "Pooling", "Normalize"] or modules[0].get("path", "") != "":
            return False
        pooling = json.loads((path / modules[1]["path"] / "config.json").read_text(encoding="utf-8"))
        modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v]
        if modes != ["pooling_mode_mean_tokens"] or pooling.get("include_prompt", True) is False:
            return False
        bert = json.loads((path / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return not bert.get("do_lower_case") and (path / "tokenizer.json").is_file()
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return False


def _stored_dtype(path: Path) -> str | None:
    """dtype of the word embedding matrix in ``model.safetensors`` (e.g. ``"float16"``), None if unknown."""
    try:
        from safetensors import safe_open

        with safe_open(str(path / "model.safetensors"), framework="pt") as f:
            for key in f.keys():
                if key.endswith("word_embeddings.weight"):
                    return str(f.get_slice(key).get_dtype()).lower().replace("f16", "float16").replace("f32", "float32")
    except Exception:  # noqa: BLE001 - only an optimisation
        return None
    return None


def _upcast_except_word_embeddings(model: Any, torch: Any) -> None:
    """Turn a model loaded in float16 into float32, except the word embedding matrix.

    Every parameter but the word embeddings is converted in place (the float16
    copy is freed); looked-up word embedding rows are upcast to float32 by a
    forward hook. float16 → float32 is exact, so the model computes what a
    float32 copy of the stored float16 weights would compute.
    """
    emb = model.get_input_embeddings()
    for module in model.modules():
        if module is emb:
            continue
        for name, param in list(module.named_parameters(recurse=False)):
            if param.dtype == torch.float16:
                module._parameters[name] = torch.nn.Parameter(param.detach().to(torch.float32), requires_grad=False)
        for name, buf in list(module.named_buffers(recurse=False)):
            if buf is not None and buf.dtype == torch.float16:
                module._buffers[name] = buf.to(torch.float32)
    emb.weight.requires_grad_(False)
    emb.register_forward_hook(lambda _module, _inputs, output: output.to(torch.float32))
    model.config.dtype = torch.float32  # masks are built in the computation's dtype


def _trim_heap() -> None:
    """Return freed heap pages to the OS (glibc ``malloc_trim``); no-op elsewhere."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
