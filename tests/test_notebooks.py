"""The analysts' notebooks run top to bottom on the development corpus with the real model.

They run on a copy of the session's corpus run (``corpus_run``), so their
``analyse_corpus`` call reuses every unchanged document instead of recomputing
it, and the review notebook's reviews stay out of the other tests.
"""

from __future__ import annotations

import json
import shutil

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import CORPUS_DIR, GOLD_DIR, REPO

pytestmark = pytest.mark.model

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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, notebook_out, monkeypatch):
    monkeypatch.setenv("ANALYSER_CORPUS", str(CORPUS_DIR))
    monkeypatch.setenv("ANALYSER_OUT", str(notebook_out))
    monkeypatch.setenv("ANALYSER_GOLD", str(GOLD_DIR))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    if path.stem == "01_corpus_tour":
        run = json.loads((notebook_out / "run.json").read_text(encoding="utf-8"))
        assert run["reused"] == 13  # the notebook reused the session's analyses
        assert any("image/png" in o.get("data", {}) for o in outputs)
    if path.stem == "03_review":
        reviews = (notebook_out / "reviews.csv").read_text(encoding="utf-8")
        assert ",2.1.2.c,addressed,Policy analyst," in reviews
        assert (notebook_out / "calibration.json").exists()
