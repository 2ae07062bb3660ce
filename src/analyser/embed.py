"""Texts -> vectors: the embedding stage.

This is the only module that imports ``torch`` and ``sentence_transformers``,
and it does so lazily inside functions, so ``import analyser`` stays fast.

* :class:`Encoder` is the interface the other stages use;
* :class:`E5Encoder` runs multilingual-e5-small (see :mod:`analyser.models`)
  offline on the CPU;
* :class:`HashingEncoder` is a deterministic, dependency-free fake for tests;
* :class:`LazyEncoder` defers loading the model until a text must really be
  embedded (a re-run that reuses every document never loads it);
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
from analyser.models import DIM, MAX_TOKENS, MODEL_NAME, PROMPTS, default_model_dir, is_built

logger = logging.getLogger(__name__)

Kind = Literal["query", "passage"]
"""``"query"`` for what is searched for (key elements, questions),
``"passage"`` for document text. E5 prefixes them differently."""

ProgressCallback = Callable[[int], None]
"""Called with the number of texts encoded so far (cumulative, not a delta)."""

Precision = Literal["fp32", "int8"]
"""Inference precision of :class:`E5Encoder`: float32 weights, or the Linear
layers quantised dynamically to int8 (``torch.ao.quantization.quantize_dynamic``)."""

PRECISIONS: tuple[str, ...] = ("fp32", "int8")

DEFAULT_PRECISION: Precision = "fp32"
"""Precision used when neither the caller nor ``ANALYSER_PRECISION`` chooses one.
int8 is not the default: on ``nl-2025`` it changed one key element's label
(coverage agreement +0.023, label accuracy -0.023 against the gold; mean
cosine to fp32 0.986), beyond the 0.01 allowed. ``scripts/bench_run.py
--precision int8`` measures the whole corpus."""

MAX_BATCH_TOKENS = 4096
"""Upper bound of padded tokens (texts × longest text) in one forward pass of
:class:`E5Encoder`; bounds the activation memory (attention is quadratic in
the longest text) whatever ``batch_size`` says."""


def default_precision() -> Precision:
    """``ANALYSER_PRECISION`` (``fp32`` or ``int8``) if set, else :data:`DEFAULT_PRECISION`.

    Raises:
        EncoderError: ``E310`` when the variable holds anything else.
    """
    value = os.environ.get("ANALYSER_PRECISION", "").strip().lower() or DEFAULT_PRECISION
    if value not in PRECISIONS:
        raise EncoderError("E310", value=value, allowed=", ".join(PRECISIONS))
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


def token_batches(lengths: Sequence[int], batch_size: int, max_batch_tokens: int = MAX_BATCH_TOKENS) -> list[list[int]]:
    """Group texts into forward passes by token length, longest first.

    Texts are sorted by length (descending, stable), then cut into
    consecutive batches of at most ``batch_size`` texts whose padded size
    (texts × longest text in the batch) stays within ``max_batch_tokens``;
    a single text longer than the budget forms its own batch. Sorting keeps
    padding small; the budget bounds activation memory.

    Args:
        lengths: token count per text.
        batch_size: most texts per batch (>= 1).
        max_batch_tokens: most padded tokens per batch.

    Returns:
        Batches of indices into ``lengths``; together they hold every index once.

    Example:
        >>> token_batches([5, 100, 7, 100], batch_size=8, max_batch_tokens=200)
        [[1, 3], [2, 0]]
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        n = max(1, int(lengths[i]))
        if current and (len(current) >= batch_size or max(longest, n) * (len(current) + 1) > max_batch_tokens):
            batches.append(current)
            current, longest = [], 0
        current.append(i)
        longest = max(longest, n)
    if current:
        batches.append(current)
    return batches


def encoder_name(path: str | os.PathLike[str]) -> str:
    """The :attr:`Encoder.name` an :class:`E5Encoder` loaded from ``path`` will have (no loading)."""
    p = Path(path)
    return MODEL_NAME if p.name == MODEL_NAME else p.name


def cache_name(name: str, precision: str = "fp32") -> str:
    """Name that keys cached vectors and stored analyses: ``name`` for fp32, ``name+int8`` otherwise."""
    return name if precision == "fp32" else f"{name}+{precision}"


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
    """multilingual-e5-small offline on CPU: the tokenizer and the transformer of a sentence-transformers folder.

    The folder is the one :func:`analyser.models.build_e5_small` writes (a
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
            raise EncoderError("E310", value=precision, allowed=", ".join(PRECISIONS))
        if not is_built(self.path):
            raise EncoderError("E301", path=self.path)
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
            raise EncoderError("E301", path=self.path) from exc
        if precision == "int8":
            try:
                self._quantise(torch)
            except Exception as exc:  # no quantised kernels in this torch build
                raise EncoderError("E311", path=self.path, reason=f"{type(exc).__name__}: {exc}") from exc
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
        """
        _check_kind(kind)
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        import torch

        texts = list(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        if self.transformer is not None:
            ids = self._token_ids(texts, kind)
            lengths = [len(x) for x in ids]
        else:
            ids = None
            lengths = [min(n, self.max_tokens) for n in self.count_tokens(texts, kind=kind)]
        done = reported = 0
        with torch.inference_mode():
            for batch in token_batches(lengths, batch_size, self.max_batch_tokens):
                if ids is not None:
                    out[batch] = self._forward([ids[i] for i in batch], torch)
                else:
                    out[batch] = self.st_model.encode(
                        [texts[i] for i in batch], prompt_name=kind, batch_size=len(batch),
                        normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False,
                    )
                done += len(batch)
                if progress is not None and (done - reported >= self.chunk_size or done == len(texts)):
                    progress(done)
                    reported = done
        _trim_heap()  # activations are freed: hand the pages back so the next stage does not stack on them
        return out

    def _token_ids(self, texts: Sequence[str], kind: str) -> list[list[int]]:
        """Token ids of prompt + text, ``<s>``/``</s>`` included, cut to :attr:`max_tokens` keeping ``</s>``."""
        prefix = PROMPTS[kind]
        enc = self.tokenizer.encode_batch([prefix + t for t in texts], add_special_tokens=True)
        out = []
        for e in enc:
            ids = e.ids
            if len(ids) > self.max_tokens:  # what truncation="longest_first" does to a single sequence
                ids = ids[: self.max_tokens - 1] + ids[-1:]
            out.append(ids)
        return out

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
        prefix = PROMPTS[kind]
        if self.tokenizer is not None:
            return [len(e.ids) for e in self.tokenizer.encode_batch([prefix + t for t in texts], add_special_tokens=True)]
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


def _model_path(name_or_path: str | os.PathLike[str] | None) -> Path:
    if name_or_path is None or str(name_or_path) == MODEL_NAME:
        return default_model_dir()
    return Path(name_or_path)


def _is_hashing(name_or_path: str | os.PathLike[str] | None) -> bool:
    return name_or_path is not None and str(name_or_path) in {"hashing", HashingEncoder.name}


def load_encoder(name_or_path: str | os.PathLike[str] | None = None) -> Encoder:
    """Return an encoder by name or model folder, loaded now, in fp32.

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
    if _is_hashing(name_or_path):
        return HashingEncoder()
    return E5Encoder(_model_path(name_or_path))


def open_encoder(
    name_or_path: str | os.PathLike[str] | None = None,
    *,
    precision: Precision | None = None,
    num_threads: int | None = None,
) -> Encoder:
    """Like :func:`load_encoder`, but an E5 model is only loaded when first used (:class:`LazyEncoder`).

    Args:
        name_or_path: as for :func:`load_encoder`.
        precision: ``"fp32"`` or ``"int8"``; None: :func:`default_precision`.
        num_threads: torch threads once loaded; None: :func:`default_threads`.

    Raises:
        EncoderError: ``E301`` at once when the model folder holds no model;
            ``E310`` for an unknown precision.
    """
    if _is_hashing(name_or_path):
        return HashingEncoder()
    return LazyEncoder(_model_path(name_or_path), precision=precision or default_precision(), num_threads=num_threads)


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
        num_threads: torch threads once loaded; None: :func:`default_threads`.

    Raises:
        EncoderError: ``E301`` (at construction) when ``path`` holds no model;
            ``E310`` for an unknown precision.
    """

    def __init__(self, path: str | os.PathLike[str], *, precision: Precision = "fp32", num_threads: int | None = None) -> None:
        self.path = Path(path).expanduser()
        if precision not in PRECISIONS:
            raise EncoderError("E310", value=precision, allowed=", ".join(PRECISIONS))
        if not is_built(self.path):
            raise EncoderError("E301", path=self.path)
        self.precision: Precision = precision
        self.num_threads = num_threads
        self.name: str = encoder_name(self.path)
        self.cache_name: str = cache_name(self.name, precision)
        self.dim, self.max_tokens = _folder_shape(self.path)
        self._inner: E5Encoder | None = None

    def __repr__(self) -> str:
        return f"LazyEncoder({str(self.path)!r}, precision={self.precision!r}, loaded={self.loaded})"

    @property
    def loaded(self) -> bool:
        """Whether the model has been loaded."""
        return self._inner is not None

    def load(self) -> E5Encoder:
        """Load the model now (once) and return it."""
        if self._inner is None:
            threads = self.num_threads if self.num_threads is not None else default_threads()
            self._inner = E5Encoder(self.path, precision=self.precision, num_threads=threads)
            self.dim, self.max_tokens = self._inner.dim, self._inner.max_tokens
        return self._inner

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


# --------------------------------------------------------------------------- cache


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
            self._write_shard(name, miss_keys, vectors)
            self._maybe_merge(name)
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
        self.name: str = inner.name
        self.cache_name: str = getattr(inner, "cache_name", inner.name)
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
        """See :meth:`Encoder.count_tokens`; counts are remembered like vectors."""
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if (kind, t) not in self._tokens]
        if missing:
            for t, n in zip(missing, self.inner.count_tokens(missing, kind=kind)):
                self._tokens[(kind, t)] = int(n)
        return [self._tokens[(kind, t)] for t in texts]
