"""Speed and memory behaviour (issue 17) that tests can check without timing anything.

* a no-op re-run (every document reused) never loads the model, spaCy,
  lingua or pdfplumber (checked in a fresh process);
* each distinct text is embedded once per run, whichever stage asks;
* batches by token length stay within the token budget;
* the lazy encoder reads name, dimension and limits without loading, and
  reports a damaged folder only when it must load it;
* precision and thread settings, and their coded errors.

Speed figures themselves come from ``scripts/bench_run.py``, not from tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from analyser import embed
from analyser.embed import (
    CachedEncoder,
    EmbeddingCache,
    HashingEncoder,
    LazyEncoder,
    cache_name,
    default_precision,
    default_threads,
    open_encoder,
    token_batches,
)
from analyser.errors import EncoderError

REPO = Path(__file__).parents[1]
DEV = REPO / "tests" / "data" / "dev"


def _fake_model_folder(path: Path, *, hidden: int = 48, max_seq: int = 128) -> Path:
    """A folder that passes ``is_built`` but whose weights are garbage: loading it must fail."""
    path.mkdir(parents=True)
    (path / "modules.json").write_text("[]", encoding="utf-8")
    (path / "model.safetensors").write_bytes(b"not a safetensors file")
    (path / "tokenizer.json").write_text("{}", encoding="utf-8")
    (path / "config.json").write_text(json.dumps({"hidden_size": hidden}), encoding="utf-8")
    (path / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": max_seq}), encoding="utf-8")
    return path


class CountingEncoder(HashingEncoder):
    """The hashing encoder, counting every (kind, text) it embeds."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[tuple[str, str]] = Counter()
        self.token_calls = 0

    def encode(self, texts, *, kind, batch_size=32, progress=None):  # noqa: ANN001
        self.seen.update((kind, t) for t in texts)
        return super().encode(texts, kind=kind, batch_size=batch_size, progress=progress)

    def count_tokens(self, texts, *, kind="passage"):  # noqa: ANN001
        self.token_calls += 1
        return super().count_tokens(texts, kind=kind)


# --------------------------------------------------------------------------- batching


def test_token_batches_sorted_within_budget() -> None:
    lengths = [5, 100, 7, 100, 512, 3, 60, 60, 60]
    batches = token_batches(lengths, batch_size=3, max_batch_tokens=200)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(lengths)))  # every text once
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)  # longest first: little padding
    assert batches[0] == [4]  # longer than the budget alone: its own batch
    for b in batches:
        assert len(b) <= 3
        if len(b) > 1:
            assert max(lengths[i] for i in b) * len(b) <= 200
    assert batches == [[4], [1, 3], [6, 7, 8], [2, 0, 5]]


def test_token_batches_empty_and_batch_size_one() -> None:
    assert token_batches([], batch_size=4) == []
    assert token_batches([3, 9, 1], batch_size=1) == [[1], [0], [2]]


# --------------------------------------------------------------------------- lazy encoder


def test_lazy_encoder_knows_its_shape_without_loading(tmp_path: Path) -> None:
    folder = _fake_model_folder(tmp_path / "my-model", hidden=48, max_seq=128)
    enc = LazyEncoder(folder)
    assert (enc.name, enc.cache_name, enc.dim, enc.max_tokens, enc.loaded) == ("my-model", "my-model", 48, 128, False)
    assert enc.encode([], kind="passage").shape == (0, 48)  # nothing to embed: still not loaded
    assert enc.count_tokens([]) == []
    assert not enc.loaded
    with pytest.raises(EncoderError) as err:  # the damaged folder is found when the model is needed
        enc.encode(["Opvang van asielzoekers."], kind="passage")
    assert err.value.code == "E301" and str(folder) in str(err.value)


def test_preload_in_the_background_and_its_failure_reaches_the_caller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``preload`` starts loading the ONNX model in a thread (the torch backend waits for first use); a folder
    that cannot load fails in the thread that needs the model, with E301, not in the background."""
    folder = _fake_model_folder(tmp_path / "my-model")
    torch_enc = LazyEncoder(folder, backend="torch")
    assert CachedEncoder(torch_enc).preload() is False and torch_enc._loader is None
    monkeypatch.setattr("analyser.embed.lazy.onnx_ready", lambda path: True)
    enc = LazyEncoder(folder, backend="onnx")
    assert enc.backend == "onnx"
    assert CachedEncoder(enc).preload() is True
    loader = enc._loader
    assert loader is not None
    loader.join(timeout=60)
    assert not loader.is_alive() and not enc.loaded
    assert enc.preload() is True and enc._loader is loader  # started once
    with pytest.raises(EncoderError) as err:
        enc.encode(["Opvang van asielzoekers."], kind="passage")
    assert err.value.code == "E301"
    assert CachedEncoder(HashingEncoder()).preload() is False


def test_lazy_encoder_missing_folder_fails_at_once(tmp_path: Path) -> None:
    with pytest.raises(EncoderError) as err:
        open_encoder(tmp_path / "nothing-here")
    assert err.value.code == "E301"


def test_int8_cache_name_keeps_vectors_apart(tmp_path: Path) -> None:
    folder = _fake_model_folder(tmp_path / "multilingual-e5-small")
    fp32, int8 = LazyEncoder(folder), LazyEncoder(folder, precision="int8")
    assert fp32.name == int8.name == "multilingual-e5-small"  # calibration and banks are shared
    assert (fp32.cache_name, int8.cache_name) == ("multilingual-e5-small", "multilingual-e5-small+int8")
    assert cache_name("m", "int8") == "m+int8"

    class Named(HashingEncoder):
        def __init__(self, cname: str) -> None:
            super().__init__()
            self.cache_name = cname
            self.calls = 0

        def encode(self, texts, *, kind, batch_size=32, progress=None):  # noqa: ANN001
            self.calls += len(texts)
            return super().encode(texts, kind=kind, batch_size=batch_size, progress=progress)

    cache = EmbeddingCache(tmp_path / "cache")
    a, b = Named("m"), Named("m+int8")
    cache.encode_cached(a, ["opvang"], "passage")
    cache.encode_cached(b, ["opvang"], "passage")
    assert (a.calls, b.calls) == (1, 1)  # the int8 encoder did not get the fp32 vector
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["m", "m_int8"]


# --------------------------------------------------------------------------- settings


def test_precision_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ANALYSER_PRECISION", raising=False)
    assert default_precision() == "fp32"
    monkeypatch.setenv("ANALYSER_PRECISION", "INT8")
    assert default_precision() == "int8"
    monkeypatch.setenv("ANALYSER_PRECISION", "fp16")
    with pytest.raises(EncoderError) as err:
        default_precision()
    assert err.value.code == "E310" and "'fp16'" in str(err.value)
    with pytest.raises(EncoderError) as err:
        LazyEncoder(_fake_model_folder(tmp_path / "m"), precision="bf16")  # type: ignore[arg-type]
    assert err.value.code == "E310"


def test_threads_divide_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANALYSER_THREADS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert default_threads() == 2
    assert default_threads(2) == 1
    assert default_threads(5) == 1
    monkeypatch.setenv("ANALYSER_THREADS", "3")
    assert default_threads(2) == 3


def test_cli_rejects_unknown_precision(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from analyser.cli import app

    res = CliRunner().invoke(app, ["analyse", str(DEV / "xc-2025.txt"), "--out", str(tmp_path / "o"), "--precision", "fp16"])
    assert res.exit_code == 2
    assert "[E310] precision 'fp16' is not supported" in res.output


# --------------------------------------------------------------------------- embedding once per run


def test_each_distinct_text_embedded_once_per_run(tmp_path: Path) -> None:
    from analyser.pipeline import AnalyserConfig, analyse_corpus

    enc = CountingEncoder()
    analyse_corpus([DEV / "xc-2025.txt", DEV / "xd-2025.txt"], tmp_path / "o", AnalyserConfig(), encoder=enc)
    assert enc.seen, "nothing was embedded"
    repeated = {k: n for k, n in enc.seen.items() if n > 1}
    assert not repeated, list(repeated.items())[:3]
    # the template's wording is embedded by the first document only, and so is every token count
    kinds = Counter(kind for kind, _ in enc.seen)
    assert kinds["query"] > 0 and kinds["passage"] > 0


def test_cached_encoder_remembers_token_counts() -> None:
    inner = CountingEncoder()
    enc = CachedEncoder(inner)
    assert enc.count_tokens(["a b c", "d"]) == [5, 3]
    assert enc.count_tokens(["d", "a b c"]) == [3, 5]
    assert inner.token_calls == 1
    assert enc.dim == inner.dim and enc.max_tokens == inner.max_tokens and enc.loaded


# --------------------------------------------------------------------------- no-op re-run


def test_noop_rerun_loads_nothing_heavy(tmp_path: Path) -> None:
    """A re-run that reuses every document imports no model, spaCy, lingua or pdfplumber, and never loads the model.

    The first run uses the hashing encoder (name ``hashing-fake``); the re-run
    names a *damaged* model folder called ``hashing-fake``: same fingerprint,
    so every document is reused, and any attempt to load the model would fail
    the run with E301.
    """
    from analyser.pipeline import analyse_corpus

    out = tmp_path / "out"
    docs = [str(DEV / "xc-2025.txt"), str(DEV / "xd-2025.txt")]
    first = analyse_corpus(docs, out, encoder=HashingEncoder())
    assert [r.status for r in first] == ["success", "success"]
    folder = _fake_model_folder(tmp_path / "models" / HashingEncoder.name)
    probe = (
        "import json, sys\n"
        "from analyser.cli import app\n"
        "try:\n"
        f"    app(['analyse', *{docs!r}, '--out', {str(out)!r}, '--model', {str(folder)!r}, '-q'], prog_name='analyser')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'sentence_transformers', 'onnxruntime', 'spacy', 'lingua', 'pdfplumber') if m in sys.modules)\n"
        "print(json.dumps({'code': code, 'heavy': heavy}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "heavy": []}, proc.stderr
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [d["reused"] for d in run["documents"]] == [True, True]


def test_report_command_imports_no_model(tmp_path: Path, fake_run) -> None:
    import shutil

    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    probe = (
        "import json, sys\n"
        "from analyser.cli import app\n"
        "try:\n"
        f"    app(['report', {str(out)!r}], prog_name='analyser')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "print(json.dumps({'code': code, 'heavy': sorted(m for m in ('torch', 'spacy', 'lingua', 'pdfplumber') if m in sys.modules)}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == {"code": 0, "heavy": []}, proc.stderr


def test_sentence_splitting_does_not_import_torch_but_torch_still_imports() -> None:
    """spaCy's thinc would import torch (about 1 s, 0.18 GB) on every run; it is kept out, and a later
    ``import torch`` (the torch backend) still works; with torch loaded first spaCy sees it as usual."""
    probe = (
        "import json, sys\n"
        "from analyser.text import split_sentences\n"
        "sents = split_sentences('De strategie is klaar. Zij geldt vijf jaar.', 'nl')\n"
        "before = 'torch' in sys.modules\n"
        "import torch\n"
        "print(json.dumps({'sents': sents, 'torch_before': before, 'torch_after': torch.tensor([1.0]).shape[0]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"sents": ["De strategie is klaar.", "Zij geldt vijf jaar."], "torch_before": False, "torch_after": 1}, proc.stderr
    probe = (
        "import sys, torch, thinc.compat\n"
        "from analyser.text import split_sentences\n"
        "print(len(split_sentences('One. Two.', 'en')), thinc.compat.has_torch)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert proc.stdout.split() == ["2", "True"], proc.stderr


# --------------------------------------------------------------------------- language detection


def test_block_languages_low_accuracy_confirmed() -> None:
    """lingua's low-accuracy mode calls a short English heading French; the two-language check keeps it English."""
    from analyser.text import detect_block_languages, detect_language

    texts = [
        "2.1.1. Elements of the external dimension:",
        "2.1.2. Elements of the internal dimension:",
        "Die Bundesregierung wird die Aufnahmekapazitäten für Schutzsuchende in den kommenden Jahren deutlich ausbauen.",
        "The reception capacity for asylum seekers will be expanded over the next five years.",
    ]
    assert detect_block_languages(texts, "en") == ["en", "en", "de", "en"]
    assert detect_language(" ".join(texts[3:] * 5)) == "en"


# --------------------------------------------------------------------------- exact shortcuts


def test_best_string_similarity_equals_the_plain_maximum() -> None:
    """The pruned search of segmentation's lexical similarity returns exactly the maximum of every ratio."""
    from analyser.segment.common import _best_string_similarity, _string_similarity
    from analyser.template import load_template, normalise

    template = load_template(None)
    refs = [normalise(t) for lang in template.languages() for _k, _s, _ke, t in template.template_texts(lang)]
    lines = [normalise(x) for x in (DEV / "xd-2025.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    probes = lines[:20] + refs[::15] + [refs[3] + " x", "", refs[10][: len(refs[10]) // 2]]
    hits = 0
    for probe in probes:
        want = max((_string_similarity(probe, r) for r in refs), default=0.0)
        assert _best_string_similarity(probe, refs) == want
        hits += want > 0.9
    assert hits >= len(refs[::15])  # the template's own pieces find themselves
    assert _best_string_similarity("abc", []) == 0.0


def test_best_string_similarity_with_a_floor_decides_as_the_full_search() -> None:
    """With ``floor`` (segmentation passes its lexical threshold) every value from the floor up is exact and every
    value below it stays below it: the template/answer decision is the full search's, for a fraction of the alignments."""
    from analyser.segment.common import _best_string_similarity, _string_similarity
    from analyser.segment.config import SegmentConfig
    from analyser.template import load_template, normalise

    floor = SegmentConfig().template_lexical
    template = load_template(None)
    refs = [normalise(t) for lang in template.languages() for _k, _s, _ke, t in template.template_texts(lang)]
    lines = [normalise(x) for x in (DEV / "xd-2025.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    edited = [r.replace("national", "nationaal") + " ok" for r in refs[::9]]  # near the threshold, on both sides
    probes = lines[:30] + refs[::15] + edited + [refs[10][: len(refs[10]) * 3 // 4]]
    above = below = 0
    for probe in probes:
        want = max((_string_similarity(probe, r) for r in refs), default=0.0)
        got = _best_string_similarity(probe, refs, floor=floor)
        if want >= floor:
            assert got == want
            above += 1
        else:
            assert got < floor and got <= want
            below += 1
    assert above >= len(refs[::15]) and below >= 20  # both sides of the threshold were exercised


# --------------------------------------------------------------------------- workers


def test_workers_render_the_crops_and_the_reports_match_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``--workers`` each worker renders its document's page crops (``crops.json``), so the one writing
    process renders none; the reports are the ones a single process writes, byte for byte."""
    import shutil

    from analyser.output.crops import CACHE_NAME, prerender_crops
    from analyser.pipeline import analyse_corpus
    from analyser.schema import load_analysis

    src = tmp_path / "in"
    src.mkdir()
    for name in ("xl-2025.word.pdf", "xp-2025.word.pdf"):
        shutil.copy(REPO / "corpus" / name, src / name)
    one = analyse_corpus([src], out=tmp_path / "one", encoder=HashingEncoder())

    def no_rendering_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("the writing process rendered crops")

    monkeypatch.setattr("analyser.output.crops.pdf_crops", no_rendering_here)  # the spawned workers keep theirs
    two = analyse_corpus([src], out=tmp_path / "two", encoder=HashingEncoder(), workers=2)
    monkeypatch.undo()
    assert [r.status for r in one] == [r.status for r in two] == ["success", "success"]
    for doc in ("xl-2025", "xp-2025"):
        a, b = tmp_path / "one" / doc, tmp_path / "two" / doc
        crops = json.loads((b / CACHE_NAME).read_text(encoding="utf-8"))
        assert len(crops["crops"]) >= 5  # evidence was found on the pages and rendered
        assert (a / CACHE_NAME).read_text(encoding="utf-8") == (b / CACHE_NAME).read_text(encoding="utf-8")
        assert (a / "report.html").read_bytes() == (b / "report.html").read_bytes()
        analysis = load_analysis(b / "analysis.json")
        assert prerender_crops(src / f"{doc}.word.pdf", analysis) == (b / CACHE_NAME).read_text(encoding="utf-8")
    assert prerender_crops(DEV / "xd-2025.txt", load_analysis(tmp_path / "one" / "xl-2025" / "analysis.json")) is None


def test_topicality_model_is_fitted_once_for_all_documents_outside_the_bank() -> None:
    """The topicality model leaves out the document being judged; a document the bank does not hold leaves
    nothing out, so every such document shares one fit (it was fitted again for each one), with the same result."""
    from analyser.match import EvidenceBank

    rng = np.random.default_rng(3)
    vecs = rng.standard_normal((40, 8)).astype(np.float32)
    docs = np.array([f"d{i // 10}" for i in range(40)])
    negative = docs == "d3"
    bank = EvidenceBank("toy", vecs, np.array(["a"]), np.zeros((40, 1), bool), docs, negative)
    q = rng.standard_normal((5, 8)).astype(np.float32)
    first = bank.topicality(q, "new-1")
    second = bank.topicality(q, "new-2")
    assert first is not None and second is not None and np.array_equal(first, second)
    assert len(bank.__dict__["_topic_cache"]) == 1
    left_out = bank.topicality(q, "d0")  # a document of the bank still leaves its own blocks out
    assert len(bank.__dict__["_topic_cache"]) == 2 and left_out is not None and not np.allclose(left_out, first)


def test_non_answer_formulas_compiled_only_for_the_languages_a_document_asks() -> None:
    """A Dutch sentence compiles the Dutch and English formulas, not the other 22 languages' (all 72
    patterns were compiled at the first sentence); the patterns are those :func:`load_formulas` lists."""
    from analyser import non_answer as na

    na._formula.cache_clear()
    assert na.non_answer_kind("Wordt in een later stadium uitgewerkt.", "nl") == ("placeholder", "Wordt in een later stadium uitgewerkt")
    assert na.non_answer_kind("Zie het Nationaal Programma Integratie 2024-2030, hoofdstuk 4.", "nl") == ("reference", "Zie")
    assert na._formula.cache_info().currsize <= 6  # placeholder, reference, internal x (nl, en); all: 72
    every = na.load_formulas()
    assert set(every["placeholder"]) >= {"nl", "en", "fi", "el"}
    assert every["placeholder"]["nl"] is na._formula("placeholder", "nl")


def test_crop_word_index_kept_per_page_finds_the_same_words() -> None:
    """The crops normalise a page's words once (:func:`_word_index`) and find every probe in that index: the same
    words as normalising them again per probe; :func:`_norm` keeps exactly the ``str.isalnum`` characters."""
    import unicodedata

    from analyser.output import crops

    text = "Ｆｕｌｌ-width Œuvre ½ 2.3.4 naïve_x ΣΊΣΥΦΟΣ straße 第3章 \u00a0 (i) ٣"
    assert crops._norm(text) == "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())
    words = [{"text": t, "x0": 0.0, "top": 0.0, "x1": 1.0, "bottom": 1.0} for t in
             ["3.2", "Asylum", "pro-", "cedures:", "the", "Dublin", "unit", "(DU)", "handles", "transfers."]]
    index = crops._word_index(words)
    for probe in ("procedurestheDublin", "duhandlestransfers", "asylumprocedures", "nothere"):
        probe = crops._norm(probe)
        assert crops._find_words(words, probe, index) == crops._find_words(words, probe)
    assert [w["text"] for w in crops._find_words(words, "procedures", index)] == ["pro-", "cedures:"]
