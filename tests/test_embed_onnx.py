"""The ONNX Runtime backend and the vectors precomputed at model build time.

* vectors shipped in the model folder (``precomputed/``) are used instead of
  embedding the template's wording and the queries again, and are never
  written to or deleted;
* a run with them embeds none of :func:`static_texts` and gives the same
  analysis as a run without them;
* backend choice and its coded errors;
* (``model``) the ONNX graph gives the torch path's vectors and token counts
  on texts of several languages and lengths, padded together in one batch.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from analyser.embed import (
    PRECOMPUTED_DIR,
    CachedEncoder,
    EmbeddingCache,
    HashingEncoder,
    build_precomputed,
    precomputed_store,
    resolve_backend,
)
from analyser.embed.onnx_e5 import safetensors_array
from analyser.errors import EncoderError
from analyser.model_build import ONNX_FILE, default_model_dir, is_built

REPO = Path(__file__).parents[1]
DEV = REPO / "tests" / "data" / "dev"


class FolderEncoder(HashingEncoder):
    """The hashing encoder with a model folder (where precomputed vectors live), counting what it embeds."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.seen: Counter[tuple[str, str]] = Counter()

    def encode(self, texts, *, kind, batch_size=32, progress=None):  # noqa: ANN001
        self.seen.update((kind, t) for t in texts)
        return super().encode(texts, kind=kind, batch_size=batch_size, progress=progress)


# --------------------------------------------------------------------------- precomputed vectors


def test_precomputed_vectors_are_used_not_encoded(tmp_path: Path) -> None:
    builder = FolderEncoder(tmp_path / "model")
    folder = build_precomputed(builder, {"query": ["Reception capacity.", "Return policy."]})
    assert folder == tmp_path / "model" / PRECOMPUTED_DIR / "hashing-fake"
    assert len(list(folder.glob("*.npz"))) == 1

    inner = FolderEncoder(tmp_path / "model")
    enc = CachedEncoder(inner)
    assert enc.precomputed is not None
    got = enc.encode(["Return policy.", "Something else.", "Reception capacity."], kind="query")
    assert inner.seen == Counter({("query", "Something else."): 1})  # only the text not shipped
    ref = HashingEncoder().encode(["Return policy.", "Something else.", "Reception capacity."], kind="query")
    np.testing.assert_array_equal(got, ref)
    # the same text as a passage is another vector: not taken from the query store
    enc.encode(["Return policy."], kind="passage")
    assert inner.seen[("passage", "Return policy.")] == 1
    # precomputed=False: everything is encoded
    inner2 = FolderEncoder(tmp_path / "model")
    CachedEncoder(inner2, precomputed=False).encode(["Return policy."], kind="query")
    assert inner2.seen[("query", "Return policy.")] == 1


def test_precomputed_store_is_read_only(tmp_path: Path) -> None:
    builder = FolderEncoder(tmp_path / "model")
    folder = build_precomputed(builder, {"query": ["a text"]})
    bad = folder / "0bad.npz"
    bad.write_bytes(b"not a zip")
    part = folder / "x.npz.part"
    part.write_bytes(b"")
    os.utime(part, (0, 0))  # an old .part: a writable cache would delete it
    store = precomputed_store(builder)
    assert store is not None and store.read_only
    found = store.lookup("hashing-fake", 384, "query", ["a text", "another"])
    assert list(found) == ["a text"]
    assert bad.exists() and part.exists()  # nothing deleted
    # encoding through it writes nothing into the model folder
    before = sorted(p.name for p in folder.iterdir())
    store.encode_cached(HashingEncoder(), ["new text"], "query")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_no_store_without_a_folder(tmp_path: Path) -> None:
    assert precomputed_store(HashingEncoder()) is None
    assert precomputed_store(FolderEncoder(tmp_path / "empty")) is None
    with pytest.raises(ValueError):
        build_precomputed(HashingEncoder(), {"query": ["x"]})


def test_static_texts_cover_what_a_run_asks_for(tmp_path: Path) -> None:
    """With the shipped vectors a run embeds no template wording and no query; its analysis is unchanged."""
    from analyser.pipeline import Analyser, AnalyserConfig
    from analyser.pipeline.prepare import static_texts

    texts = static_texts()
    assert set(texts) == {"query"} and len(texts["query"]) > 300
    build_precomputed(FolderEncoder(tmp_path / "model"), dict(texts))
    static = set(texts["query"])

    with_store = FolderEncoder(tmp_path / "model")
    without = FolderEncoder(tmp_path / "none")
    doc = DEV / "xc-2025.txt"
    a = Analyser(AnalyserConfig(), encoder=with_store).analyse(doc)
    b = Analyser(AnalyserConfig(), encoder=without).analyse(doc)
    assert a.result.status == b.result.status == "success"
    asked = {t for (kind, t) in without.seen if kind == "query"}
    assert asked & static, "the run asked for none of the static texts"
    assert not {t for (kind, t) in with_store.seen if kind == "query"} & static
    assert sum(with_store.seen.values()) < sum(without.seen.values())
    assert a.analysis.to_json() == b.analysis.to_json()
    np.testing.assert_array_equal(a.vectors, b.vectors)


# --------------------------------------------------------------------------- backend choice


def test_backend_choice_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "multilingual-e5-small"
    folder.mkdir()
    assert resolve_backend(folder, "fp32", "torch") == "torch"
    assert resolve_backend(folder, "fp32", "auto") == "torch"  # no graph: torch
    with pytest.raises(EncoderError) as err:
        resolve_backend(folder, "fp32", "onnx")
    assert err.value.code == "E313" and str(folder) in str(err.value)
    with pytest.raises(EncoderError) as err:
        resolve_backend(folder, "fp32", "tensorrt")
    assert err.value.code == "E312" and "'tensorrt'" in str(err.value)
    monkeypatch.setenv("ANALYSER_BACKEND", "cuda")
    with pytest.raises(EncoderError) as err:
        resolve_backend(folder, "fp32")
    assert err.value.code == "E312"


def _built_folder_without_graph(path: Path) -> Path:
    """A model folder that passes ``is_built`` (nothing in it is ever loaded by these tests) but has no ONNX graph."""
    path.mkdir(parents=True)
    (path / "modules.json").write_text("[]", encoding="utf-8")
    (path / "model.safetensors").write_bytes(b"unused")
    (path / "tokenizer.json").write_text("{}", encoding="utf-8")
    (path / "config.json").write_text(json.dumps({"hidden_size": 48}), encoding="utf-8")
    (path / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 128}), encoding="utf-8")
    assert is_built(path)
    return path


def test_backend_option_of_analyse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``analyse --backend`` beside ANALYSER_BACKEND: an unknown value is E312 before any work, ``onnx`` on a
    folder without the graph is E313, ``torch`` wins over the environment; the run's config carries it."""
    from typer.testing import CliRunner

    from analyser.cli import app
    from analyser.config import RunConfig
    from analyser.embed import open_encoder
    from analyser.errors import ConfigError

    runner = CliRunner()
    doc = str(DEV / "xd-2025.txt")
    res = runner.invoke(app, ["analyse", doc, "--out", str(tmp_path / "a"), "--backend", "cuda", "-q"])
    assert res.exit_code == 2 and "[E312] inference backend 'cuda' is not supported (expected one of: auto, onnx, torch" in res.output
    assert not (tmp_path / "a").exists()  # refused before anything was written
    folder = _built_folder_without_graph(tmp_path / "models" / "e5-copy")
    res = runner.invoke(app, ["analyse", doc, "--out", str(tmp_path / "b"), "--model", str(folder), "--backend", "onnx", "-q"])
    assert res.exit_code == 2 and "[E313]" in res.output and str(folder) in res.output.replace("\n", "")
    assert RunConfig(backend=" Torch ").backend == "torch" and RunConfig().backend is None
    with pytest.raises(ConfigError) as err:
        RunConfig(backend="gpu")
    assert err.value.code == "E312"
    monkeypatch.setenv("ANALYSER_BACKEND", "onnx")
    with pytest.raises(EncoderError) as enc_err:  # the environment alone asks for the missing graph
        open_encoder(folder)
    assert enc_err.value.code == "E313"
    assert open_encoder(folder, backend="torch").backend == "torch"  # type: ignore[union-attr]  # the option wins


def test_encode_loop_shared_by_both_backends() -> None:
    """:func:`encode_in_batches` puts each batch's rows back in input order and reports progress in chunks."""
    from analyser.embed.e5 import encode_in_batches

    lengths = [5, 100, 7, 100, 3]
    seen: list[list[int]] = []
    done: list[int] = []

    def forward(batch: list[int]) -> np.ndarray:
        seen.append(list(batch))
        return np.array([[float(i), float(lengths[i])] for i in batch], dtype=np.float32)

    out = encode_in_batches(lengths, forward, dim=2, batch_size=2, max_batch_tokens=200, chunk_size=2, progress=done.append)
    assert seen == [[1, 3], [2, 0], [4]]  # longest first, at most 2 texts and 200 padded tokens a batch
    assert out.tolist() == [[0, 5], [1, 100], [2, 7], [3, 100], [4, 3]]
    assert done == [2, 4, 5]
    assert encode_in_batches([], forward, dim=2, batch_size=2, max_batch_tokens=200, chunk_size=2).shape == (0, 2)
    with pytest.raises(ValueError):
        encode_in_batches(lengths, forward, dim=2, batch_size=0, max_batch_tokens=200, chunk_size=2)


def test_safetensors_memory_map(tmp_path: Path) -> None:
    from safetensors.numpy import save_file

    a = np.arange(24, dtype=np.float16).reshape(6, 4)
    b = np.ones((2, 3), dtype=np.float32)
    save_file({"embeddings.word_embeddings.weight": a, "other": b}, str(tmp_path / "m.safetensors"))
    got = safetensors_array(tmp_path / "m.safetensors", "embeddings.word_embeddings.weight")
    assert got.dtype == np.float16 and got.shape == (6, 4)
    np.testing.assert_array_equal(got[[5, 0]], a[[5, 0]])
    np.testing.assert_array_equal(safetensors_array(tmp_path / "m.safetensors", "other"), b)
    with pytest.raises(KeyError):
        safetensors_array(tmp_path / "m.safetensors", "missing")


# --------------------------------------------------------------------------- real model


@pytest.fixture(scope="module")
def onnx_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default model folder if it has the graph, else a copy (links) with the graph exported."""
    pytest.importorskip("onnxruntime")
    src = default_model_dir()
    if not is_built(src):
        pytest.skip("run `analyser models build`")
    if (src / ONNX_FILE).is_file():
        return src
    from analyser.model_onnx import build_onnx

    dst = tmp_path_factory.mktemp("onnx") / src.name
    dst.mkdir()
    for p in src.iterdir():
        if p.name not in ("onnx", PRECOMPUTED_DIR):
            (dst / p.name).symlink_to(p)
    build_onnx(dst)
    return dst


TEXTS = [
    "Reception capacity must be expanded to 30 000 places by 2027.",
    "De opvangcapaciteit wordt uitgebreid.",
    "La capacité d'accueil sera portée à 30 000 places.",
    "Zmogljivosti za sprejem se povečajo.",
    "Възможностите за прием ще бъдат увеличени.",
    "ok",
    " ".join(["The Member State shall ensure effective returns of third-country nationals."] * 60),  # > 512 tokens
]


@pytest.mark.model
def test_onnx_vectors_match_torch(onnx_folder: Path, request: pytest.FixtureRequest) -> None:
    from analyser.embed import E5Encoder, OnnxE5Encoder
    from conftest import MODEL_DIR

    ort_enc = OnnxE5Encoder(onnx_folder, num_threads=1)
    # the session's torch model when it is the same folder (conftest e5_encoder): one torch load fewer
    torch_enc = (request.getfixturevalue("e5_encoder").inner if onnx_folder.resolve() == MODEL_DIR.resolve()
                 else E5Encoder(onnx_folder))
    assert ort_enc.name == torch_enc.name and ort_enc.cache_name == torch_enc.cache_name == "multilingual-e5-small"
    assert ort_enc.dim == torch_enc.dim == 384 and ort_enc.max_tokens == torch_enc.max_tokens
    for kind in ("query", "passage"):
        assert ort_enc.count_tokens(TEXTS, kind=kind) == torch_enc.count_tokens(TEXTS, kind=kind)
        a = ort_enc.encode(TEXTS, kind=kind, batch_size=4)
        b = torch_enc.encode(TEXTS, kind=kind, batch_size=4)
        assert a.shape == b.shape == (len(TEXTS), 384)
        assert float(np.abs(a - b).max()) < 1e-5
        assert float((a * b).sum(axis=1).min()) > 1 - 1e-6
    # padding does not change a vector: alone or in a batch with longer texts
    alone = ort_enc.encode(["ok"], kind="query")
    np.testing.assert_allclose(alone[0], ort_enc.encode(TEXTS, kind="query")[5], atol=1e-5)


@pytest.mark.model
def test_lazy_encoder_picks_onnx_when_the_graph_is_there(onnx_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analyser.embed import LazyEncoder, OnnxE5Encoder

    monkeypatch.delenv("ANALYSER_BACKEND", raising=False)
    assert LazyEncoder(onnx_folder).backend == "onnx"
    assert LazyEncoder(onnx_folder, precision="int8").backend == "torch"  # int8 is torch only
    assert LazyEncoder(onnx_folder, backend="torch").backend == "torch"
    lazy = LazyEncoder(onnx_folder, num_threads=1)
    assert isinstance(lazy.load(), OnnxE5Encoder)


@pytest.mark.model
def test_damaged_graph_is_e301(onnx_folder: Path, tmp_path: Path) -> None:
    from analyser.embed import OnnxE5Encoder

    dst = tmp_path / onnx_folder.name
    dst.mkdir()
    for p in onnx_folder.iterdir():
        if p.name != "onnx":
            (dst / p.name).symlink_to(p)
    (dst / "onnx").mkdir()
    (dst / ONNX_FILE).write_bytes(b"garbage")
    with pytest.raises(EncoderError) as err:
        OnnxE5Encoder(dst)
    assert err.value.code == "E301"
    shutil.rmtree(dst / "onnx")


# ------------------------------------------------------------------ defects a fresh user found (were in test_fresh_findings.py)



def test_onnx_with_quantised_precision_names_the_real_problem(monkeypatch, tmp_path):
    """ANALYSER_BACKEND=onnx with --precision int8 on a model folder that HAS the ONNX graph said
    "the onnx backend needs onnxruntime and the model's ONNX graph; run `analyser models build`",
    which sends the user to rebuild a model that is fine: int8 is the problem."""
    from analyser.embed.lazy import resolve_backend
    from analyser.errors import EncoderError

    model = tmp_path / "m"
    (model / "onnx").mkdir(parents=True)
    monkeypatch.setattr("analyser.embed.lazy.onnx_ready", lambda path: True)
    with pytest.raises(EncoderError) as exc:
        resolve_backend(model, "int8", "onnx")
    assert "int8" in str(exc.value).replace(str(model), "<model>")


def test_encode_loop_runs_batches_in_parallel_in_input_order() -> None:
    """With ``parallel=2`` two batches run at once (each forward waits for the other at a barrier), rows
    still land in input order, progress is reported as before, and an error stops the batches not started."""
    import threading

    from analyser.embed.e5 import encode_in_batches

    lengths = [5, 100, 7, 100, 3, 50]
    both = threading.Barrier(2, timeout=10)
    names: set[str] = set()

    def forward(batch: list[int]) -> np.ndarray:
        names.add(threading.current_thread().name)
        both.wait()  # would time out (BrokenBarrierError) if the batches ran one after the other
        return np.array([[float(i), float(lengths[i])] for i in batch], dtype=np.float32)

    done: list[int] = []
    out = encode_in_batches(lengths, forward, dim=2, batch_size=2, max_batch_tokens=200, chunk_size=2,
                            progress=done.append, parallel=2)
    assert out.tolist() == [[float(i), float(n)] for i, n in enumerate(lengths)]
    assert len(names) == 2 and all(n.startswith("analyser-embed") for n in names)
    one_by_one: list[int] = []
    both = threading.Barrier(1)
    assert encode_in_batches(lengths, forward, dim=2, batch_size=2, max_batch_tokens=200, chunk_size=2,
                             progress=one_by_one.append).tolist() == out.tolist()
    assert done == one_by_one == [2, 5, 6]  # batches [1, 3], [5], [2, 0], [4]

    ran: list[list[int]] = []
    lock = threading.Lock()

    def failing(batch: list[int]) -> np.ndarray:
        with lock:
            ran.append(batch)
            if len(ran) == 1:
                raise RuntimeError("model failed")
        return np.zeros((len(batch), 2), dtype=np.float32)

    with pytest.raises(RuntimeError, match="model failed"):
        encode_in_batches([9] * 40, failing, dim=2, batch_size=1, max_batch_tokens=200, chunk_size=1, parallel=2)
    assert len(ran) < 40  # the queued batches were dropped
