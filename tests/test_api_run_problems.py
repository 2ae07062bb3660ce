"""A notebook sees which documents of ``analyse_corpus`` failed (fresh-eyes finding).

Before, ``analyser.analyse_corpus([...])`` with an empty file among the inputs printed nothing and
returned results without that document: the docstring said failures were "logged", but nothing
logged them (only the CLI printed them).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import analyser
from analyser.api import RunProblemWarning

DATA = Path(__file__).parent / "data"


def test_failed_document_warns_and_is_in_run_status(tmp_path: Path, fake_encoder) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = DATA / "fresh" / "lv-2026.txt"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = analyser.analyse_corpus([empty, good], out=tmp_path / "out", encoder=fake_encoder)
    problems = [str(w.message) for w in caught if issubclass(w.category, RunProblemWarning)]
    assert problems == [f"empty: failed: [E102] {empty}: empty file (0 bytes)"]
    assert res.doc_ids == ["lv-2026"]
    status = res.run_status().set_index("doc_id")
    assert status.loc["empty", "status"] == "failed"
    assert status.loc["empty", "codes"] == ["E102"]
    assert status.loc["lv-2026", "status"] == "success"
    assert status.loc["lv-2026", "codes"] == []


def test_no_warning_when_every_document_succeeds(tmp_path: Path, fake_encoder) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = analyser.analyse_corpus(DATA / "fresh" / "lv-2026.txt", out=tmp_path / "out", encoder=fake_encoder)
    assert not [w for w in caught if issubclass(w.category, RunProblemWarning)]
    assert list(res.run_status()["status"]) == ["success"]


def test_run_status_of_a_folder_without_run_json(out: Path) -> None:
    (out / "run.json").unlink()
    assert list(analyser.load(out).run_status().columns) == ["doc_id", "source_path", "status", "reused", "codes", "messages"]
    assert analyser.load(out).run_status().empty
