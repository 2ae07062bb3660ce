"""The typed analysis record (:class:`analyser.schema.Analysis`): exact JSON round trip, loader errors, schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

import analyser
from analyser.cli import app
from analyser.errors import AnalyserError, ScoreError
from analyser.schema import Analysis, CoverageRecord, as_analysis, load_analysis, parse_analysis

REFERENCE = Path(__file__).parent / "data" / "reference"
DOCS = ("xl-2025", "xb-2025.ch23", "ho-sport-fr")


@pytest.mark.parametrize("doc_id", DOCS)
def test_round_trip_is_byte_identical(doc_id):
    path = REFERENCE / doc_id / "analysis.json"
    a = load_analysis(path)
    assert a.doc_id == doc_id
    assert a.to_json() == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_id", DOCS)
def test_record_matches_the_json_schema(doc_id, analysis_schema):
    a = load_analysis(REFERENCE / doc_id / "analysis.json")
    jsonschema.validate(a.to_dict(), analysis_schema)


def test_attributes_mirror_the_json():
    path = REFERENCE / "xl-2025" / "analysis.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    a = load_analysis(path)
    assert a.source.pages == raw["source"]["pages"] == 7
    assert a.model.name == "hashing-fake" and a.model.dim == 384
    assert len(a.blocks) == len(raw["blocks"]) and a.blocks[0].id == raw["blocks"][0]["id"]
    assert set(a.sections) == set(raw["sections"]) and len(a.coverage) == 44
    for kid, c in a.coverage.items():
        r = raw["coverage"][kid]
        assert (c.label, c.score, c.misplaced) == (r["label"], r["score"], r["misplaced"])
        assert [e.page for e in c.evidence] == [e["page"] for e in r["evidence"]]
        assert [x.id for x in c.aspects or ()] == [x["id"] for x in r["aspects"]]
        assert [x.covered for x in c.aspects or ()] == [x["covered"] for x in r["aspects"]]
    assert a.sections["2.1.1"].method == raw["sections"]["2.1.1"]["method"]


def test_optional_fields_are_left_out_when_unset_and_kept_when_set():
    c = CoverageRecord(section="1", label="partial", score=0.5)
    assert list(c.model_dump(mode="json")) == [
        "section", "label", "score", "misplaced", "evidence", "features"]
    reviewed = c.model_copy(update={"machine_label": "partial", "reviewed": True, "label": "addressed"})
    d = reviewed.model_dump(mode="json")
    assert list(d)[-2:] == ["machine_label", "reviewed"] and d["label"] == "addressed" and "reviewer" not in d


def test_record_is_frozen_and_keeps_unknown_fields():
    raw = json.loads((REFERENCE / "xb-2025.ch23" / "analysis.json").read_text(encoding="utf-8"))
    raw["coverage"]["1.a"]["later_field"] = {"x": 1}
    a = as_analysis(raw)
    with pytest.raises(ValidationError):
        a.doc_id = "other"  # type: ignore[misc]
    assert a.to_dict()["coverage"]["1.a"]["later_field"] == {"x": 1}


def test_old_string_warnings_load():
    raw = json.loads((REFERENCE / "xb-2025.ch23" / "analysis.json").read_text(encoding="utf-8"))
    raw["warnings"] = ["[W601] not a strategy"]
    a = parse_analysis(raw)
    assert a.warnings[0].code is None and a.warnings[0].message == "[W601] not a strategy"


def test_loader_errors_name_the_file_and_the_problem(tmp_path):
    missing = tmp_path / "none" / "analysis.json"
    with pytest.raises(ScoreError) as e:
        load_analysis(missing)
    assert str(e.value) == f"[E403] {missing}: cannot read analysis (No such file or directory)"
    bad = tmp_path / "analysis.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ScoreError, match=r"^\[E403\] .*analysis.json: cannot read analysis \(Expecting property name"):
        load_analysis(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ScoreError, match=r"cannot read analysis \(not a JSON object\)"):
        load_analysis(bad)
    raw = json.loads((REFERENCE / "xl-2025" / "analysis.json").read_text(encoding="utf-8"))
    del raw["source"]
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ScoreError, match=r"cannot read analysis \(source: Field required\)"):
        load_analysis(bad)
    raw = json.loads((REFERENCE / "xl-2025" / "analysis.json").read_text(encoding="utf-8"))
    raw["coverage"]["1.a"]["label"] = "covered"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ScoreError, match=r"cannot read analysis \(coverage\.1\.a\.label: Input should be"):
        load_analysis(bad)


def test_apply_reviews_gives_a_new_record_with_the_review_fields():
    from analyser.review import Review, apply_reviews

    a = load_analysis(REFERENCE / "xl-2025" / "analysis.json")
    kid = next(k for k, c in a.coverage.items() if c.label == "absent")
    review = Review("xl-2025", kid, "addressed", reviewer="A. Analyst", note="see §4.2")
    r = apply_reviews(a, {("xl-2025", kid): review})
    assert a.coverage[kid].label == "absent" and a.coverage[kid].reviewed is None  # the input is unchanged
    c = r.coverage[kid]
    assert (c.label, c.machine_label, c.reviewed, c.reviewer, c.review_note) == ("addressed", "absent", True, "A. Analyst", "see §4.2")
    assert list(c.model_dump(mode="json"))[-6:] == ["aspects", "machine_label", "reviewed", "review_note", "reviewer", "review_source"]
    assert c.review_source == "key element" and c.reviewed_aspects is None
    other = next(k for k in a.coverage if k != kid)
    assert r.coverage[other].reviewed is False and r.coverage[other].label == r.coverage[other].machine_label == a.coverage[other].label
    again = apply_reviews(r, {})  # the review withdrawn: the machine's label, no note
    assert (again.coverage[kid].label, again.coverage[kid].reviewed, again.coverage[kid].review_note) == ("absent", False, None)
    assert "review_note" not in again.to_dict()["coverage"][kid]


# ------------------------------------------------------------------ defects a fresh user found (were in test_fresh_findings.py)


runner = CliRunner()
DOC = "xa-2025"
GOLD = Path(__file__).parent / "data" / "gold"



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


def test_column_bounds_round_trip_and_old_files_without_them_load(tmp_path):
    """``columns`` (pages the parser read in columns) is kept as written, matches docs/schemas, and is None in a
    file without it; a page with one column, or a page number 0, is refused naming the field."""
    docs_schema = json.loads((Path(__file__).parents[1] / "docs" / "schemas" / "analysis.schema.json").read_text(encoding="utf-8"))
    raw = json.loads((REFERENCE / "xl-2025" / "analysis.json").read_text(encoding="utf-8"))
    assert "columns" not in raw and load_analysis(REFERENCE / "xl-2025" / "analysis.json").columns is None
    with_columns = {}
    for k, v in raw.items():
        with_columns[k] = v
        if k == "pages":
            with_columns["columns"] = [{"page": 2, "columns": [[56.0, 284.71], [312.64, 539.28]], "method": "gutter"}]
    text = json.dumps(with_columns, ensure_ascii=False, indent=1)
    a = parse_analysis(text)
    assert a.columns is not None and a.columns[0].page == 2 and a.columns[0].columns[1] == (312.64, 539.28)
    assert a.to_json() == text
    jsonschema.validate(a.to_dict(), docs_schema)
    for bad, where in (([[56.0, 539.28]]), "columns.0.columns"), ([[56.0, 284.71], [312.64, 539.28]], "columns.0.page"):
        broken = json.loads(text)
        if where.endswith("page"):
            broken["columns"][0]["page"] = 0
        else:
            broken["columns"][0]["columns"] = bad
        with pytest.raises(ScoreError, match=rf"^\[E403\] <analysis>: cannot read analysis \({re.escape(where)}"):
            parse_analysis(json.dumps(broken))
