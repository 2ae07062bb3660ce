"""Defects found by a fresh user trying to break reviews of aspects, banks, eval and the typed record.

Each test reproduces one finding on the session's hashing-encoder analysis of three development
texts (``fake_run``), copied per test. They state the behaviour the brief asks for ("nothing is ever
lost", "a clear one-line error with a code naming the file", "a batch goes on"); they fail on the
code as found (branch ``fresh``, from main af7d13f).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import analyser
from analyser.cli import app
from analyser.errors import AnalyserError

runner = CliRunner()
DOC = "xa-2025"
GOLD = Path(__file__).parent / "data" / "gold"


@pytest.fixture()
def out(fake_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    return out


def _truncate(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")


def _store_docs(out: Path) -> set[str]:
    con = duckdb.connect(str(out / "analysis.duckdb"), read_only=True)
    try:
        return {row[0] for row in con.sql("SELECT doc_id FROM documents").fetchall()}
    finally:
        con.close()


def test_store_rebuild_does_not_drop_a_document_whose_analysis_json_is_damaged(out):
    """`store rebuild` on a healthy store with one truncated analysis.json printed E403, exited 0
    and rebuilt the store without the document; the next `report` silently dropped it from
    summary.csv, coverage.xlsx and report.html, and `review` then answered E506 for it."""
    _truncate(out / DOC / "analysis.json")
    result = runner.invoke(app, ["store", "rebuild", str(out)])
    assert DOC in _store_docs(out) or result.exit_code != 0
    runner.invoke(app, ["report", str(out)])
    with open(out / "summary.csv", encoding="utf-8") as fh:
        docs = {row["doc_id"] for row in csv.DictReader(fh)}
    assert DOC in docs


def test_review_and_report_say_when_a_document_report_cannot_be_rerendered(out):
    """With a truncated analysis.json, `review` and `report` exited 0 without a word, left the
    document's report.md/report.html stale (no trace of the new review) while summary.csv and
    aspects.csv showed it: the outputs disagree and nobody is told."""
    _truncate(out / DOC / "analysis.json")
    result = runner.invoke(app, ["review", DOC, "2.1.1.b/resettlement", "missing", "--out", str(out),
                                 "--note", "fresh-finding-note"])
    report_md = (out / DOC / "report.md").read_text(encoding="utf-8")
    told = "E403" in result.output and f"{DOC}/analysis.json" in result.output
    assert told or "fresh-finding-note" in report_md
    result = runner.invoke(app, ["report", str(out)])
    assert "E403" in result.output and f"{DOC}/analysis.json" in result.output


def test_analysis_json_without_required_blocks_is_refused(out):
    """`blocks` is required by docs/schemas/analysis.schema.json, but a file without it loaded as an
    empty document: `eval` printed section accuracy 0.000 for it and exited 0."""
    path = out / DOC / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["blocks"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AnalyserError, match=r"\[E403\].*analysis\.json.*blocks"):
        analyser.load(out).analysis(DOC)
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD)])
    assert result.exit_code != 0 or "E403" in result.output


def test_analysis_json_with_wrong_types_is_refused(out):
    """A hand-edited aspect with `"covered": "yes"` or a score `"0.5"` (string) was silently coerced."""
    path = out / DOC / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["coverage"]["2.1.1.b"]["aspects"][0]["covered"] = "yes"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AnalyserError, match=r"\[E403\].*analysis\.json.*covered"):
        analyser.load(out).analysis(DOC)


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.npz"))}


def test_banks_negatives_refuses_strategies(out, tmp_path):
    """`banks negatives` took an output folder of development strategies (in scope, with gold
    annotations) as negatives: "+ 3 negative documents … passages" and exit 0, poisoning the
    evidence bank with answers of real strategies."""
    banks = tmp_path / "banks"
    build = runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks)])
    assert build.exit_code == 0, build.output
    before = _digest(banks)
    result = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks)])
    assert result.exit_code == 2
    assert re.search(r"\[E\d{3}\]", result.output)
    assert _digest(banks) == before


def test_banks_build_refuses_gold_without_blocks(tmp_path):
    """A gold file with `"blocks": []` (or bad labels/unknown key elements/unknown evidence ids)
    gave "0 section exemplars", "0 evidence blocks", exit 0: an empty bank was written."""
    gold = tmp_path / "gold"
    gold.mkdir()
    data = json.loads((GOLD / "nl-2025.gold.json").read_text(encoding="utf-8"))
    data["blocks"] = []
    (gold / "nl-2025.gold.json").write_text(json.dumps(data), encoding="utf-8")
    banks = tmp_path / "banks"
    result = runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(banks)])
    assert result.exit_code == 2
    assert "[E402]" in result.output and "nl-2025.gold.json" in result.output
    assert not list(banks.glob("*.npz")) if banks.exists() else True


def test_eval_of_a_missing_folder_is_a_coded_error(tmp_path):
    """`analyser eval /no/such --gold tests/data/gold` said "error: …: no such output folder" with no code."""
    result = runner.invoke(app, ["eval", str(tmp_path / "nope"), "--gold", str(GOLD)])
    assert result.exit_code == 2
    assert re.search(r"\[E\d{3}\] .*nope", result.output)


def test_eval_of_a_folder_that_is_not_an_output_is_a_coded_error(tmp_path):
    """`analyser eval EMPTY_FOLDER --gold …` printed empty tables and exited 0."""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["eval", str(empty), "--gold", str(GOLD)])
    assert result.exit_code == 2
    assert re.search(r"\[E\d{3}\]", result.output)


def test_hand_edited_reviews_error_names_the_physical_line(out):
    """E507 named the CSV record number ("line 8"), not the line an editor shows, once a note
    holds a newline (the bad row was on line 10 of the file)."""
    res = runner.invoke(app, ["review", DOC, "2.1.1.b/resettlement", "covered", "--out", str(out),
                              "--note", "first line\nsecond line\nthird line"])
    assert res.exit_code == 0, res.output
    reviews = out / "reviews.csv"
    with open(reviews, "a", encoding="utf-8") as fh:
        fh.write(f"{DOC},2.1.1.z/nope,covered,,x,2026-12-06T08:09:54+00:00\n")
    bad_line = len(reviews.read_text(encoding="utf-8").splitlines())
    result = runner.invoke(app, ["report", str(out)])
    assert f"line {bad_line}:" in result.output, result.output


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


def test_banks_build_with_bad_negatives_leaves_the_existing_banks(tmp_path):
    """`banks build --negatives NOPE` rebuilt and replaced both banks from the gold, then failed on
    the negatives (E410, exit 2): the command failed but the banks were already replaced by banks
    without negatives (half done). The negatives should be checked before anything is written."""
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / "nl-2025.gold.json", gold / "nl-2025.gold.json")
    banks = tmp_path / "banks"
    first = runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(banks)])
    assert first.exit_code == 0, first.output
    before = _digest(banks)
    result = runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks),
                                 "--negatives", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "[E410]" in result.output
    assert _digest(banks) == before


def _set_scope(out: Path, in_scope: bool, score: float) -> None:
    for path in out.glob("*/analysis.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["in_scope"], data["in_scope_score"] = in_scope, score
        path.write_text(json.dumps(data), encoding="utf-8")


def test_banks_negatives_refuses_documents_assessed_in_scope(out, tmp_path):
    """Without gold for them, documents whose scope was assessed as in scope (score < 1.0) are refused (E412)."""
    banks = tmp_path / "banks"
    assert runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks)]).exit_code == 0
    before = _digest(banks)
    _set_scope(out, True, 0.81)
    no_gold = tmp_path / "no-gold"
    no_gold.mkdir()
    result = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks),
                                 "--gold", str(no_gold)])
    assert result.exit_code == 2
    assert "[E412]" in result.output and "xa-2025 is an asylum and migration strategy (in scope, score 0.81)" in result.output
    assert _digest(banks) == before


def test_banks_negatives_takes_documents_out_of_scope(out, tmp_path):
    """Documents assessed out of scope and without gold are taken as negatives: the evidence bank changes."""
    banks = tmp_path / "banks"
    assert runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks)]).exit_code == 0
    before = _digest(banks)
    _set_scope(out, False, 0.12)
    no_gold = tmp_path / "no-gold"
    no_gold.mkdir()
    result = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks),
                                 "--gold", str(no_gold)])
    assert result.exit_code == 0, result.output
    assert "+ 3 negative documents" in result.output
    assert _digest(banks) != before


def test_banks_build_refuses_gold_with_unknown_key_element(tmp_path):
    """A gold file naming a key element the template does not have is E402 naming the file; no bank is written."""
    gold = tmp_path / "gold"
    gold.mkdir()
    data = json.loads((GOLD / "nl-2025.gold.json").read_text(encoding="utf-8"))
    data["coverage"]["9.z"] = {"label": "absent", "evidence": []}
    (gold / "nl-2025.gold.json").write_text(json.dumps(data), encoding="utf-8")
    banks = tmp_path / "banks"
    result = runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(banks)])
    assert result.exit_code == 2
    assert "[E402]" in result.output and "nl-2025.gold.json" in result.output and "9.z" in result.output
    assert not banks.exists() or not list(banks.glob("*.npz"))
