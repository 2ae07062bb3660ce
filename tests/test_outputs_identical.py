"""The outputs stay identical through refactorings (issue 18): a reference run compared byte for byte.

Three documents (``corpus/xl-2025.word.pdf``, the partial strategy
``tests/data/partial/xb-2025.ch23.txt`` and the off-topic
``tests/data/negatives/heldout/ho-sport-fr.txt``) are analysed with the hashing
encoder by the ``analyse`` command, and their ``analysis.json``, ``report.md``,
``summary.csv`` and ``aspects.csv`` are compared with the copies in
``tests/data/reference/`` (paths of the input and output folders and timestamps
normalised, see ``scripts/diff_outputs.py``).

After an INTENDED change of the outputs (a new field, another score), regenerate
the reference with::

    PYTHONPATH=src python scripts/diff_outputs.py --update

and commit ``tests/data/reference/`` with the change, saying why the outputs changed.
``python scripts/diff_outputs.py --check`` runs the same comparison outside pytest.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("diff_outputs", REPO / "scripts" / "diff_outputs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reference_outputs(tmp_path_factory) -> dict[str, str]:
    return _script().reference_run(tmp_path_factory.mktemp("reference"))


def test_reference_files_are_kept():
    script = _script()
    assert len(script.REFERENCE_FILES) == 8
    for rel in script.REFERENCE_FILES:
        assert (script.REFERENCE_DIR / rel).is_file(), f"{rel}: run scripts/diff_outputs.py --update"


@pytest.mark.parametrize("rel", _script().REFERENCE_FILES)
def test_outputs_identical_to_reference(reference_outputs, rel):
    expected = (REPO / "tests" / "data" / "reference" / rel).read_text(encoding="utf-8")
    got = reference_outputs[rel]
    if got != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                                 "reference/" + rel, "now/" + rel, n=1))[:40])
        pytest.fail(f"{rel} differs from tests/data/reference (intended? scripts/diff_outputs.py --update):\n{diff}")


def test_reference_covers_the_three_kinds_of_input(reference_outputs):
    """The reference exercises a PDF with pages, a text, aspects and every key element."""
    for doc_id, suffix in (("xl-2025", ".pdf"), ("xb-2025.ch23", ".txt"), ("ho-sport-fr", ".txt")):
        a = json.loads(reference_outputs[f"{doc_id}/analysis.json"])
        assert a["doc_id"] == doc_id and a["source"]["path"].startswith("<in>/") and a["source"]["path"].endswith(suffix)
        assert len(a["coverage"]) == 44 and all("aspects" in c for c in a["coverage"].values())
    assert json.loads(reference_outputs["xl-2025/analysis.json"])["source"]["pages"] == 7
