"""End-to-end pipeline with the fake encoder: good PDFs, bad files, outputs and their contract."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest

from analyser.embed import HashingEncoder
from analyser.pipeline import analyse_corpus, doc_id_of, find_inputs

REPO = Path(__file__).parents[1]
CORPUS = REPO / "corpus"
GOOD = ("nl-2025.word.pdf", "xb-2025.word.pdf")
BAD = {"empty.pdf": "E102", "notes.pdf": "E103", "truncated.pdf": "E104"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    for name in GOOD:
        shutil.copy(CORPUS / name, src / name)
    (src / "empty.pdf").write_bytes(b"")
    (src / "notes.pdf").write_text("Meeting notes\nThese are not a PDF at all.\n", encoding="utf-8")
    (src / "truncated.pdf").write_bytes((CORPUS / "xa-2025.word.pdf").read_bytes()[:3000])
    out = tmp_path_factory.mktemp("out")
    results = analyse_corpus([src], out=out, encoder=HashingEncoder())
    return src, out, results


@pytest.fixture(scope="module")
def by_id(run):
    return {r.doc_id: r for r in run[2]}


def test_doc_id_of():
    assert doc_id_of("nl-2025.word.pdf") == "nl-2025"
    assert doc_id_of("/some/dir/xb-2025.word.pdf") == "xb-2025"
    assert doc_id_of("empty.pdf") == "empty"


def test_find_inputs_folder_and_files(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c.csv").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.pdf").write_bytes(b"%PDF")
    found = find_inputs([tmp_path, tmp_path / "a.pdf", tmp_path / "c.csv"])
    assert [p.name for p in found] == ["a.pdf", "b.txt", "c.csv"]


def test_run_statuses(run, by_id):
    _, _, results = run
    assert len(results) == 5
    assert set(by_id) == {"nl-2025", "xb-2025", "empty", "notes", "truncated"}
    for name in GOOD:
        r = by_id[doc_id_of(name)]
        assert r.status == "success", r.errors
        assert r.errors == ()
        assert r.out_dir and Path(r.out_dir).name == doc_id_of(name)


@pytest.mark.parametrize(("name", "code"), list(BAD.items()))
def test_bad_files_fail_with_code(run, by_id, name, code):
    r = by_id[doc_id_of(name)]
    assert r.status == "failed"
    assert r.out_dir is None
    assert len(r.errors) == 1
    err = r.errors[0]
    assert err.code == code, err
    assert err.stage == "parse"
    assert name in err.message
    assert err.message.startswith(f"[{code}]")
    assert not (run[1] / doc_id_of(name)).exists()


def test_analysis_json_contract(run, analysis_schema, template):
    _, out, _ = run
    for name in GOOD:
        doc_id = doc_id_of(name)
        data = json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))
        jsonschema.validate(data, analysis_schema)
        assert data["doc_id"] == doc_id
        assert data["template"] == "eu-2025-503"
        assert data["model"]["name"] == HashingEncoder.name
        assert data["source"]["pages"] > 1
        assert len(data["source"]["sha256"]) == 64
        assert data["blocks"]
        for b in data["blocks"]:
            assert "role" in b and "section" in b
        assert len(data["sections"]) == 17
        assert set(data["sections"]) == set(template.section_ids())
        assert len(data["coverage"]) == 44
        assert set(data["coverage"]) == {k.id for k in template.key_elements()}
        # body text is placed in sections; furniture never is
        assert sum(b["section"] is not None for b in data["blocks"]) > len(data["blocks"]) / 2
        for b in data["blocks"]:
            if b["role"] in ("header_footer", "footnote", "front_matter", "annex"):
                assert b["section"] is None
    nl = json.loads((out / "nl-2025" / "analysis.json").read_text(encoding="utf-8"))
    assert nl["language"] == "nl"
    assert nl["follows_template"] is True
    assert any(b["role"] == "section_heading" for b in nl["blocks"])
    xb = json.loads((out / "xb-2025" / "analysis.json").read_text(encoding="utf-8"))
    assert xb["language"] == "de"


def test_analysis_json_schema_rejects_broken(run, analysis_schema):
    """The validation above is not vacuous: the schema catches a missing key."""
    data = json.loads((run[1] / "nl-2025" / "analysis.json").read_text(encoding="utf-8"))
    del data["blocks"][0]["role"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, analysis_schema)


def test_summary_csv(run, template):
    _, out, _ = run
    with (out / "summary.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 * 44
    assert {r["doc_id"] for r in rows} == {"nl-2025", "xb-2025"}
    for doc_id in ("nl-2025", "xb-2025"):
        mine = [r for r in rows if r["doc_id"] == doc_id]
        assert [r["key_element"] for r in mine] == [k.id for k in template.key_elements()]
    for r in rows:
        assert r["label"] in ("addressed", "partial", "absent")
        assert 0.0 <= float(r["score"]) <= 1.0
        assert r["section"] == template.key_element(r["key_element"]).section_id
        if r["label"] == "absent":
            assert r["evidence_pages"] == ""


def test_run_json(run):
    _, out, _ = run
    data = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert len(data["documents"]) == 5
    assert data["counts"] == {"success": 2, "partial": 0, "failed": 3, "skipped": 0}
    assert data["model"] == HashingEncoder.name
    codes = {d["doc_id"]: [e["code"] for e in d["errors"]] for d in data["documents"]}
    assert codes == {"empty": ["E102"], "notes": ["E103"], "truncated": ["E104"], "nl-2025": [], "xb-2025": []}


def test_report_md(run):
    _, out, _ = run
    report = (out / "nl-2025" / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Gap report: nl-2025")
    assert "## 2.1.2" in report
    assert "## 2.3.3" in report
    data = json.loads((out / "nl-2025" / "analysis.json").read_text(encoding="utf-8"))
    evidence_pages = {e["page"] for c in data["coverage"].values() for e in c["evidence"]}
    assert evidence_pages, "no evidence at all"
    assert max(evidence_pages) > 1
    quoted = {int(p) for p in re.findall(r"^  - p\. (\d+), section", report, re.MULTILINE)}
    assert quoted == evidence_pages


def test_no_partial_files_left(run):
    _, out, _ = run
    assert not list(out.rglob("*.part"))
