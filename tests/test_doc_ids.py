"""Document ids from file names, and inputs left out of a run (issue 15: document ids)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from analyser.cli import app
from analyser.parse import doc_id_of, parse
from analyser.pipeline import analyse_corpus

runner = CliRunner()

TEXT = (
    "National strategy on asylum and migration management\n\n"
    "The Ministry of the Interior coordinates the reception of applicants for international protection "
    "and the return of third-country nationals without a right to stay.\n"
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nl-2025.word.pdf", "nl-2025"),
        ("/some/dir/xb-2025.word.pdf", "xb-2025"),
        ("empty.pdf", "empty"),
        ("strategy-v1.0.pdf", "strategy-v1.0"),
        ("strategy-v1.1.pdf", "strategy-v1.1"),
        ("2305.03393v1.pdf", "2305.03393v1"),
        ("2305.12345v2.pdf", "2305.12345v2"),
        ("de-2026.v2.txt", "de-2026.v2"),
        ("report.typeset.PDF", "report"),
        ("notes.docx", "notes"),
        ("README", "README"),
        (".pdf", ".pdf"),
    ],
)
def test_doc_id_is_the_whole_stem_minus_layout_suffixes(name, expected):
    assert doc_id_of(name) == expected


def test_parse_uses_the_same_default_id(tmp_path):
    path = tmp_path / "2305.03393v1.txt"
    path.write_text("Hallo.\n", encoding="utf-8")
    assert parse(path).doc_id == "2305.03393v1"


def test_versions_do_not_collide(tmp_path, fake_encoder):
    for name in ("strategy-v1.0.txt", "strategy-v1.1.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    results = analyse_corpus([tmp_path / "strategy-v1.0.txt", tmp_path / "strategy-v1.1.txt"], out=tmp_path / "out",
                             encoder=fake_encoder)
    assert [(r.doc_id, r.status) for r in results] == [("strategy-v1.0", "success"), ("strategy-v1.1", "success")]


def test_a_left_out_input_is_an_error_with_exit_code_1(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "de-2026.txt").write_text(TEXT, encoding="utf-8")
    (src / "de-2026.word.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet"])
    assert result.exit_code == 1, result.output
    assert "[E503]" in result.output and "de-2026.word.txt" in result.output
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [(d["doc_id"], d["status"]) for d in run["documents"]] == [("de-2026", "success"), ("de-2026", "failed")]
    assert run["documents"][1]["errors"][0]["code"] == "E503"
