"""The analysts' notebooks run top to bottom on the development corpus with the real model, and leave an analyst's
own output folder alone (fast tests, hashing encoder).

The model tests run on a copy of the session's corpus run (``corpus_run``), so their
``analyse_corpus`` call reuses every unchanged document instead of recomputing it.
The review notebook demonstrates on a temporary copy of ``ANALYSER_OUT`` (``TMPDIR``
here): an analyst's ``reviews.csv`` stays byte-identical (fresh8 #16), and without gold
its recalibration cell says what it needs in one line (fresh8 #15).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import CORPUS_DIR, GOLD_DIR, REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def notebook_out(corpus_run, tmp_path_factory):
    out = tmp_path_factory.mktemp("nb") / "out"
    shutil.copytree(corpus_run[0], out)
    return out


def test_notebooks_are_committed_without_outputs():
    assert [p.name for p in NOTEBOOKS] == ["01_corpus_tour.ipynb", "02_key_element_across_states.ipynb", "03_review.ipynb"]
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code"), path.name


def _kernel_env(monkeypatch, out: Path, gold: Path, tmp: Path) -> None:
    """The notebook kernel's environment: this worktree's code, the folders, temporary files under ``tmp``."""
    monkeypatch.setenv("PYTHONPATH", str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.setenv("ANALYSER_CORPUS", str(CORPUS_DIR))
    monkeypatch.setenv("ANALYSER_OUT", str(out))
    monkeypatch.setenv("ANALYSER_GOLD", str(gold))
    monkeypatch.setenv("TMPDIR", str(tmp))  # the review notebook's demonstration copy goes here
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")


def _run(path: Path) -> list:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb.cells


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` (relative path → sha256), lock files aside."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def _outputs(cells) -> list:
    return [o for c in cells if c.cell_type == "code" for o in c.outputs]


def _text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


PLANTED = ("A. Analyst", "only a plan")


@pytest.mark.model
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, notebook_out, monkeypatch, tmp_path):
    _kernel_env(monkeypatch, notebook_out, GOLD_DIR, tmp_path)
    if path.stem == "03_review":  # the analyst's own review of the key element the demonstration overrides
        import analyser

        analyser.load(notebook_out).review("nl-2025", "2.1.2.c", "absent", reviewer=PLANTED[0], note=PLANTED[1])
        before = (notebook_out / "reviews.csv").read_bytes()
    cells = _run(path)
    outputs = _outputs(cells)
    assert not [o for o in outputs if o.output_type == "error"]
    if path.stem == "01_corpus_tour":
        run = json.loads((notebook_out / "run.json").read_text(encoding="utf-8"))
        assert run["reused"] == 13  # the notebook reused the session's analyses
        assert any("image/png" in o.get("data", {}) for o in outputs)
    if path.stem == "03_review":
        assert (notebook_out / "reviews.csv").read_bytes() == before  # the analyst's reviews, byte for byte
        assert not (notebook_out / "calibration.json").exists()
        [demo] = tmp_path.glob("analyser-review-demo-*")
        reviews = (demo / "reviews.csv").read_text(encoding="utf-8")
        assert ",2.1.2.c,addressed,Policy analyst," in reviews
        assert (demo / "calibration.json").exists()  # the demonstration recalibrated on the dev gold, in the copy


@pytest.fixture()
def analysts_out(tmp_path) -> Path:
    """An analyst's own output folder (hashing encoder, one document without gold) holding her review of 2.1.2.c."""
    import analyser
    from analyser.config import RunConfig

    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(REPO / "tests" / "data" / "fresh7" / "hu-2026.en-template.txt", inp / "hu-2026.txt")
    out = tmp_path / "out"
    res = analyser.analyse_corpus(inp, out=out, config=RunConfig(model="hashing"))
    res.review("hu-2026", "2.1.2.c", "absent", reviewer=PLANTED[0], note=PLANTED[1])
    return out


@pytest.mark.parametrize("gold", ["dev", "none"])
def test_review_notebook_leaves_the_analysts_reviews_alone(analysts_out, gold, monkeypatch, tmp_path) -> None:
    """fresh8 #16 and #15: ``03_review`` on an analyst's own output reviews a copy (her folder, reviews.csv
    included, is byte-identical after it) and, on a corpus without gold, its recalibration cell prints one line
    saying what it needs (E405: no document of OUT annotated in the dev gold; E402: a folder without gold files)."""
    demo_tmp = tmp_path / "tmp"
    demo_tmp.mkdir()
    empty = tmp_path / "no-gold"
    empty.mkdir()
    _kernel_env(monkeypatch, analysts_out, GOLD_DIR if gold == "dev" else empty, demo_tmp)
    before = _snapshot(analysts_out)
    mine = (analysts_out / "reviews.csv").read_bytes()
    cells = _run(REPO / "notebooks" / "03_review.ipynb")
    assert not [o for o in _outputs(cells) if o.output_type == "error"]
    assert (analysts_out / "reviews.csv").read_bytes() == mine
    assert _snapshot(analysts_out) == before  # nothing else written either (reports, calibration)
    [demo] = demo_tmp.glob("analyser-review-demo-*")
    demo_reviews = (demo / "reviews.csv").read_text(encoding="utf-8")
    assert "hu-2026,2.1.2.c,addressed,Policy analyst," in demo_reviews  # the demonstration, on the copy
    line = _text(cells[-1])
    code = "E405" if gold == "dev" else "E402"
    assert line.count("\n") == 1 and line.startswith("Not recalibrated: recalibration needs gold annotations "
                                                    "(<doc_id>.gold.json) of two or more documents of OUT"), line
    assert f"[{code}]" in line, line
    assert not (demo / "calibration.json").exists()


def test_key_element_notebook_writes_nothing_into_the_analysts_folder(analysts_out, monkeypatch, tmp_path) -> None:
    """``02_key_element_across_states`` only reads ``ANALYSER_OUT`` (two documents, the analyst's review kept)."""
    import analyser
    from analyser.config import RunConfig

    inp = tmp_path / "in2"
    inp.mkdir()
    shutil.copy(REPO / "tests" / "data" / "fresh7" / "cs-2026.mislabelled.txt", inp / "cs-2026.txt")
    shutil.copy(REPO / "tests" / "data" / "fresh7" / "hu-2026.en-template.txt", inp / "hu-2026.txt")
    analyser.analyse_corpus(inp, out=analysts_out, config=RunConfig(model="hashing"))
    _kernel_env(monkeypatch, analysts_out, GOLD_DIR, tmp_path)
    before = _snapshot(analysts_out)
    cells = _run(REPO / "notebooks" / "02_key_element_across_states.ipynb")
    assert not [o for o in _outputs(cells) if o.output_type == "error"]
    assert _snapshot(analysts_out) == before


def test_two_refreshes_at_once_end_with_every_review(out, monkeypatch) -> None:
    """Two notebooks (or a notebook and ``analyser review``) refreshing the same folder at once: reviews.csv keeps
    every review (its lock), and the reports and the store end with every review too. Before, a refresh read the
    reviews, rendered for seconds, then wrote the store: a refresh that started first and finished last wrote its
    older reviews over the newer refresh's (the analyst's review missing from the reports until the next refresh).

    Both refreshes run in threads of this one process (two ``Results`` of one notebook kernel), and the first one's
    re-reading of the tables (``Results._read``, read-only, after its refresh let go of ``.refresh.lock``) is held
    open until the second one reaches its store write: DuckDB keeps one database instance per file and process, so
    the second one's writable connection failed at once with E511 "held by this process" (robust12; the eleventh
    session's CI saw it at random, in a clean clone, where the two threads happened to meet there). Now a thread
    waits for the other threads' connections of the other kind (``store._enter_gate``)."""
    import threading
    import time

    import analyser
    from analyser import api
    from analyser.pipeline import maintenance
    from analyser.store import AnalysisStore

    inside, go, second_writes = threading.Event(), threading.Event(), threading.Event()
    real = maintenance.write_reports
    real_set_reviews = maintenance._set_reviews
    real_read_aspects = api.read_aspects
    threads: dict[str, threading.Thread] = {}

    def slow_first(*args, **kwargs):  # the first refresh pauses while rendering, after reading the reviews
        if not inside.is_set():
            inside.set()
            go.wait(30)
        return real(*args, **kwargs)

    def set_reviews(*args, **kwargs):  # the second refresh's store write (writable)
        if threading.current_thread() is threads.get("second"):
            second_writes.set()
        return real_set_reviews(*args, **kwargs)

    def read_aspects(store, *args, **kwargs):  # the first refresh's re-reading, inside its read-only connection
        if threading.current_thread() is threads.get("first") and go.is_set():
            second_writes.wait(30)
            time.sleep(0.5)  # the second refresh tries its writable connection meanwhile
        return real_read_aspects(store, *args, **kwargs)

    monkeypatch.setattr(maintenance, "write_reports", slow_first)
    monkeypatch.setattr(maintenance, "_set_reviews", set_reviews)
    monkeypatch.setattr(api, "read_aspects", read_aspects)
    errors: list[BaseException] = []

    def run(refresh):
        try:
            refresh()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    res = analyser.load(out)
    first = threads["first"] = threading.Thread(target=run, args=(res.refresh,))
    first.start()
    assert inside.wait(30)
    res.review("xa-2025", "2.4.a", "absent", reviewer=PLANTED[0], note=PLANTED[1])  # while the first one renders
    second = threads["second"] = threading.Thread(target=run, args=(analyser.load(out).refresh,))
    second.start()
    second.join(3)  # fixed: waits for the first refresh; before: done with the new review, then overwritten
    go.set()
    first.join(60)
    second.join(60)
    assert not first.is_alive() and not second.is_alive()
    assert second_writes.is_set()
    assert [str(e) for e in errors] == []
    with AnalysisStore(out, read_only=True) as store:
        row = store.table("coverage", ["xa-2025"]).set_index("key_element").loc["2.4.a"]
    assert (row["label"], bool(row["reviewed"])) == ("absent", True)
    assert PLANTED[1] in (out / "xa-2025" / "report.md").read_text(encoding="utf-8")


def test_eval_and_calibrate_leave_the_analysts_folder_alone(out, tmp_path) -> None:
    """``eval`` (with its leave-one-document-out figures) and ``calibrate --output`` only read OUT: her reviews and
    every file of the folder are byte-identical after them; the calibration goes where ``--output`` says."""
    import analyser
    from typer.testing import CliRunner

    from analyser.cli import app

    analyser.load(out).review("xa-2025", "2.1.2.c", "absent", reviewer=PLANTED[0], note=PLANTED[1])
    before = _snapshot(out)
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 0, result.output[-1000:]
    assert "leave-one-document-out over 3 documents" in result.output
    cal = tmp_path / "cal" / "C.json"
    cal.parent.mkdir()
    result = runner.invoke(app, ["calibrate", str(out), "--gold", str(GOLD_DIR), "--output", str(cal)])
    assert result.exit_code == 0, result.output[-1000:]
    assert cal.is_file() and cal.with_name("C.aspects.json").is_file()
    assert _snapshot(out) == before


NOTEBOOK_REVIEWS = """
import sys, analyser
out, doc, kids = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
res = analyser.load(out)
for k in kids:
    res.review(doc, k, "partial", reviewer="nb-" + doc, note="n " + k)
    res.refresh()
"""


def test_two_notebooks_and_review_commands_at_once_keep_every_review(out) -> None:
    """Two notebook kernels (processes that review and refresh, four times each) and three ``analyser review``
    commands on one folder at once: every process succeeds, reviews.csv holds all 11 reviews and the store shows
    each as reviewed. Before the refresh lock the two kernels' refreshes met in the store and each other's
    writable connection counts as foreign (not an analyser command): E511 after 3 s, a traceback in the notebook."""
    import subprocess
    import sys

    from analyser.review import load_reviews
    from analyser.store import AnalysisStore

    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    kernels = [subprocess.Popen([sys.executable, "-c", NOTEBOOK_REVIEWS, str(out), doc, ",".join(kids)], env=env,
                                stderr=subprocess.PIPE, text=True)
               for doc, kids in (("xa-2025", ["1.a", "1.b", "1.c", "2.1.1.a"]),
                                 ("xd-2025", ["2.1.2.c", "2.2.1.a", "2.3.3.a", "2.4.a"]))]
    commands = [subprocess.run([sys.executable, "-m", "analyser.cli", "review", "xo-2025", k, "absent", "--out", str(out),
                                "--reviewer", "cli"], env=env, capture_output=True, text=True, timeout=600)
                for k in ("1.a", "2.6.a", "2.6.d")]
    errors = [k.communicate(timeout=600)[1] for k in kernels]
    assert [k.returncode for k in kernels] == [0, 0], [e[-800:] for e in errors]
    assert [c.returncode for c in commands] == [0, 0, 0]
    reviews = load_reviews(out / "reviews.csv")
    assert len(reviews) == 11
    with AnalysisStore(out, read_only=True) as store:
        cov = store.table("coverage")
    shown = {(d, k) for d, k, r in cov[["doc_id", "key_element", "reviewed"]].itertuples(index=False) if r}
    assert shown == set(reviews)
