"""Shared session fixtures.

* ``template``: the Annex template of Decision (EU) 2025/503;
* ``fake_encoder``: the deterministic :class:`~analyser.embed.HashingEncoder`;
* ``e5_encoder``: the real multilingual-e5-small (skipped when not built);
* ``gold``: the gold annotations of ``tests/data/gold`` keyed by doc_id;
* ``corpus_run``: ONE real-model run of the whole pipeline over ``corpus/``
  per session, shared by every test that needs it;
* ``title_veto_run``: one real-model run over ``tests/data/title_veto`` per session;
* ``analyse_and_load``: the analyse-and-load shape of the fresh-eyes model tests
  (``tests/test_fresh2_model.py``, ``test_fresh3_model.py``, ``test_fresh4_model.py``);
* ``gold_segmentation``: a ``segment_docs`` / ``segment_heldout`` document segmented from its gold blocks with the
  real model, once per session (``test_segment_shapes.py``, ``test_segment_titles.py``,
  ``test_segment_tmpl_listing.py`` read the same documents);
* ``session_memo``: one value per key for the session (a module's parse + segment of one input, asked by
  several of its tests: ``test_heads13_model.py``).

Under pytest-xdist (``make test`` runs ``-n 2 --dist loadgroup``) each worker is a session of its own: torch gets
the cores divided among the workers (:func:`pytest_configure`), and :func:`pytest_collection_modifyitems` keeps
every module in one worker (its module fixtures are made once) and the modules that share a session run
(``SHARED_RUNS``) together, so that run is made in one worker only.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import shutil

import pytest

from analyser.embed import CachedEncoder, HashingEncoder
from analyser.evaluate import load_gold_dir
from analyser.model_build import is_built
from analyser.template import load_template

REPO = Path(__file__).parents[1]
GOLD_DIR = REPO / "tests" / "data" / "gold"
CORPUS_DIR = REPO / "corpus"
MODEL_DIR = REPO / "models" / "multilingual-e5-small"
SCHEMA_PATH = REPO / "src" / "analyser" / "data" / "analysis.schema.json"


SHARED_RUNS = ("corpus_run", "title_veto_run", "gold_segmentation")
"""Session fixtures that analyse or segment many documents: under pytest-xdist, the modules naming one of them run in
the same worker (one scope of :func:`pytest_xdist_make_scheduler`), so it is computed once, not once per worker."""


def _xdist_workers() -> int:
    """Number of pytest-xdist workers of this run (``PYTEST_XDIST_WORKER_COUNT``), 0 outside a worker."""
    value = os.environ.get("PYTEST_XDIST_WORKER_COUNT", "")
    return int(value) if value.isdigit() and os.environ.get("PYTEST_XDIST_WORKER") else 0


def _module_groups() -> dict[str, str]:
    """Test module node path (``tests/test_x.py``) -> its xdist scope: the first of :data:`SHARED_RUNS` its source
    names, else itself. Read from the sources, as the xdist controller sees only test ids."""
    groups = {}
    for path in sorted((REPO / "tests").glob("test_*.py")):
        module = f"tests/{path.name}"
        text = path.read_text(encoding="utf-8")
        groups[module] = next((f for f in SHARED_RUNS if re.search(rf"\b{f}\b", text)), module)
    return groups


def pytest_configure(config) -> None:  # noqa: ANN001
    """In a pytest-xdist worker: torch threads = usable cores / workers (``ANALYSER_THREADS``, which an explicit
    setting overrides, also reaches the real-model CLI subprocesses), so two workers do not run four threads on two
    cores."""
    workers = _xdist_workers()
    if workers > 1 and not os.environ.get("ANALYSER_THREADS", "").strip():
        from analyser.embed import default_threads

        os.environ["ANALYSER_THREADS"] = str(default_threads(workers))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):  # noqa: ANN001, ANN201
    """``--dist loadgroup`` (``make test``): whole modules go to a worker, the modules of one of :data:`SHARED_RUNS`
    together (:func:`_module_groups`), in the workers' collection order (:func:`pytest_collection_modifyitems`;
    with ``--no-loadscope-reorder``). xdist's own loadgroup names tests ``id@group``, which pytest 9.2's structured
    node ids ignore, so every test would be its own scope (pytest-dev/pytest-xdist#1386, open; fix proposed in #1388)."""
    if config.getoption("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    groups = _module_groups()

    class SharedRunScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::")[0]
            return groups.get(module, module)

    return SharedRunScheduling(config, log)


def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001
    """In a pytest-xdist worker: order the tests by scope (:func:`_module_groups`), the scopes with the most
    real-model tests first, so the longest work starts first and neither worker waits alone at the end. Outside
    xdist nothing changes."""
    if not _xdist_workers():
        return
    groups = _module_groups()

    def scope(item) -> str:  # noqa: ANN001
        module = item.nodeid.split("::")[0]
        return groups.get(module, module)

    weight: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        weight[scope(item)] = weight.get(scope(item), 0) + (1 if item.get_closest_marker("model") else 0)
        first.setdefault(scope(item), i)
    items.sort(key=lambda it: (-weight[scope(it)], first[scope(it)]))


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def template():
    return load_template()


@pytest.fixture(scope="session")
def fake_encoder() -> HashingEncoder:
    return HashingEncoder()


class SessionEncoder(CachedEncoder):
    """The real encoder with one in-memory store of vectors for the whole test session.

    A text embedded by one module's pipeline run (a document, a heading, a template query) is not embedded again by
    another's (the same fresh2, title_veto, partial or template texts are analysed in several modules). No shipped
    vectors are read here (``precomputed=False``, as the segment tests' ``cached_e5``); everything else (``path``,
    ``precision`` …) is the inner :class:`~analyser.embed.E5Encoder`'s, so a pipeline run's own
    :class:`~analyser.embed.CachedEncoder` still finds the model folder's precomputed vectors as before.
    """

    def __init__(self, inner) -> None:  # noqa: ANN001 - an E5Encoder
        super().__init__(inner, None, precomputed=False)

    def __getattr__(self, name: str):  # noqa: ANN204 - only reached for attributes CachedEncoder lacks
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)


@pytest.fixture(scope="session")
def e5_encoder():
    """The real multilingual-e5-small (torch), loaded once per session, with a session-wide vector store (:class:`SessionEncoder`)."""
    if not is_built(MODEL_DIR):
        pytest.skip("run `analyser models build`")
    from analyser.embed import E5Encoder

    threads = int(os.environ["ANALYSER_THREADS"]) if _xdist_workers() > 1 and os.environ.get("ANALYSER_THREADS", "").isdigit() else None
    return SessionEncoder(E5Encoder(MODEL_DIR, num_threads=threads))


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return load_gold_dir(GOLD_DIR)


@pytest.fixture(scope="session")
def analysis_schema() -> dict:
    import json

    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory, e5_encoder):
    """Run the whole pipeline with the real model over the 13 corpus PDFs, once per session.

    Returns:
        (out_dir, results): the output folder and the list of RunResult.
    """
    from analyser.pipeline import analyse_corpus

    pdfs = sorted(CORPUS_DIR.glob("*.pdf"))
    if not pdfs:
        pytest.skip(f"no corpus PDFs in {CORPUS_DIR}")
    out = tmp_path_factory.mktemp("out")
    results = analyse_corpus([str(CORPUS_DIR)], out=out, encoder=e5_encoder)
    return out, results


@pytest.fixture(scope="session")
def analyse_and_load(tmp_path_factory, e5_encoder):
    """Analyse documents with the real model into a fresh output folder and load their analyses.

    Returns:
        A function ``(name, paths, doc_ids=None) -> {doc_id: Analysis}``: ``name`` names the temporary output folder,
        ``paths`` are the input files (or folders, with ``doc_ids``). It asserts that every document was analysed
        (status ``success``) and, given ``doc_ids``, that exactly these documents were (the scope held-out sets'
        ``strategies`` and ``negatives`` folders, ``test_scope_heldout*_model.py``).
    """
    from analyser.pipeline import analyse_corpus
    from analyser.schema import load_analysis

    def run(name: str, paths, doc_ids=None) -> dict:  # noqa: ANN001
        paths = list(paths)
        out = tmp_path_factory.mktemp(name)
        results = analyse_corpus(paths, out=out, encoder=e5_encoder)
        if doc_ids is None:
            assert sorted(r.status for r in results) == ["success"] * len(paths)
        else:
            assert sorted(r.doc_id for r in results) == sorted(doc_ids)
            assert [r.status for r in results] == ["success"] * len(results)
        return {r.doc_id: load_analysis(out / r.doc_id / "analysis.json") for r in results}

    return run


@pytest.fixture(scope="session")
def title_veto_run(tmp_path_factory, e5_encoder):
    """ONE real-model run over ``tests/data/title_veto`` per session (``test_title_veto_model.py`` reads it,
    ``test_scope_review_model.py`` reviews a copy of it). Read-only: copy the folder before changing anything.

    Returns:
        (out_dir, results).
    """
    from analyser.pipeline import analyse_corpus

    out = tmp_path_factory.mktemp("title_veto")
    results = analyse_corpus(sorted((REPO / "tests" / "data" / "title_veto").glob("*.txt")), out=out, encoder=e5_encoder)
    return out, results


FAKE_RUN_DOCS = ("xa-2025", "xd-2025", "xo-2025")  # en numbered, pl free-form, bg Cyrillic


@pytest.fixture(scope="session")
def fake_run(tmp_path_factory, fake_encoder):
    """The whole pipeline with the test encoder over three dev texts, once per session.

    Read-only for tests: copy it (``shutil.copytree``) before changing anything.

    Returns:
        (out_dir, results).
    """
    from analyser.pipeline import analyse_corpus

    out = tmp_path_factory.mktemp("fake_out")
    paths = [REPO / "tests" / "data" / "dev" / f"{d}.txt" for d in FAKE_RUN_DOCS]
    results = analyse_corpus(paths, out=out, encoder=fake_encoder)
    return out, results


@pytest.fixture()
def out(fake_run, tmp_path):
    """A writable copy of the session's hashing-encoder analysis of three development texts (``fake_run``)."""
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    return out


def cli_output(result) -> str:
    """stdout and stderr of a Typer ``CliRunner`` result, each once (click ≥ 8.2 keeps stderr apart)."""
    text = result.output
    try:
        err = result.stderr
    except (ValueError, AttributeError):
        err = ""
    return text + ("" if err and err in text else err)


def fill_disk(monkeypatch, modules, fails) -> None:  # noqa: ANN001
    """Simulate a full disk: a file opened for writing for which ``fails(name, mode)`` is true gets half of what
    is written, then ENOSPC. ``open`` is replaced in each of ``modules`` (e.g. ``analyser.io``).

    What a full disk does to a plain ``open(…, "w")``: the file is created (truncated) before the write fails.
    """
    import builtins
    import errno

    real_open = builtins.open

    class Full:
        def __init__(self, fh) -> None:  # noqa: ANN001
            self.fh = fh

        def __enter__(self) -> "Full":
            return self

        def __exit__(self, *exc: object) -> bool:
            self.fh.close()
            return False

        def __getattr__(self, name: str):  # noqa: ANN204
            return getattr(self.fh, name)

        def write(self, data):  # noqa: ANN001, ANN201
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    def fake_open(file, mode="r", *a, **kw):  # noqa: ANN001, ANN002, ANN003
        fh = real_open(file, mode, *a, **kw)
        return Full(fh) if fails(str(file), mode) else fh

    for module in modules:
        monkeypatch.setattr(module, "open", fake_open, raising=False)


SEGMENT_GOLD_DIRS = (REPO / "tests" / "data" / "segment_docs", REPO / "tests" / "data" / "segment_heldout")


@pytest.fixture(scope="session")
def session_memo():
    """``get(key, make)``: ``make()``'s value, made once per session per ``key`` (a hashable naming the input and
    everything the value depends on). The value is shared: read it, never change it."""
    store: dict = {}

    def get(key, make):  # noqa: ANN001, ANN202
        if key not in store:
            store[key] = make()
        return store[key]

    return get


@pytest.fixture(scope="session")
def gold_segmentation(session_memo, template, e5_encoder):
    """A document of ``tests/data/segment_docs`` or ``segment_heldout`` segmented from its gold blocks with the real
    model and the default :class:`~analyser.segment.config.SegmentConfig`, once per session.

    Returns:
        A function ``doc_id -> (gold, segmentation, score)``: the gold dict (read-only), the
        :class:`~analyser.segment.Segmentation` and its :func:`~analyser.evaluate.score_document` against the gold.
        FileNotFoundError for a doc_id in neither folder.
    """
    import json

    from analyser.evaluate import gold_document, score_document
    from analyser.segment import segment

    def make(doc_id: str):  # noqa: ANN202
        path = next((d / f"{doc_id}.gold.json" for d in SEGMENT_GOLD_DIRS if (d / f"{doc_id}.gold.json").exists()), None)
        if path is None:
            raise FileNotFoundError(doc_id)
        g = json.loads(path.read_text(encoding="utf-8"))
        seg = segment(gold_document(g), template, e5_encoder)
        blocks = [{"id": sb.block.id, "role": sb.role, "section": sb.section_id, "text": sb.block.text} for sb in seg.blocks]
        return g, seg, score_document({"blocks": blocks}, g)

    return lambda doc_id: session_memo(("gold_segmentation", doc_id), lambda: make(doc_id))
