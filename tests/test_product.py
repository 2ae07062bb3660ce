"""The analyst's product on the command line: compare, review, report, workers, exports and their JSON Schemas."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pandas as pd
from typer.testing import CliRunner

from analyser.cli import app

from conftest import FAKE_RUN_DOCS, REPO

runner = CliRunner()
SCHEMAS = REPO / "docs" / "schemas"
DEV = REPO / "tests" / "data" / "dev"


def _schema(name):
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))



def test_outputs_validate_against_the_published_schemas(fake_run):
    out, _ = fake_run
    for doc_id in FAKE_RUN_DOCS:
        jsonschema.validate(json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8")),
                            _schema("analysis.schema.json"))
    jsonschema.validate(json.loads((out / "run.json").read_text(encoding="utf-8")), _schema("run.schema.json"))


def test_corpus_exports(fake_run):
    out, _ = fake_run
    cov = pd.read_parquet(out / "coverage.parquet")
    assert len(cov) == 3 * 44 and list(cov.columns[:6]) == ["doc_id", "language", "section", "key_element", "label", "score"]
    pd.testing.assert_frame_equal(cov.drop(columns=["evidence_pages", "evidence_blocks"]).reset_index(drop=True),
                                  pd.read_csv(out / "summary.csv").drop(columns=["evidence_pages", "evidence_blocks"]),
                                  check_dtype=False)
    sim = pd.read_parquet(out / "similarity.parquet")
    assert set(sim["doc_a"]) == set(FAKE_RUN_DOCS) and "all" in set(sim["section"])
    assert sim["similarity"].between(-1, 1).all()
    for doc_id in FAKE_RUN_DOCS:
        assert (out / doc_id / "report.html").stat().st_size > 10_000
    assert "xo-2025" in (out / "report.html").read_text(encoding="utf-8")


def test_compare_command(out):
    result = runner.invoke(app, ["compare", "xa-2025", "xo-2025", "--out", str(out), "--json", str(out / "c.json")])
    assert result.exit_code == 0, result.output
    comp = json.loads((out / "c.json").read_text(encoding="utf-8"))
    jsonschema.validate(comp, _schema("comparison.schema.json"))
    assert {k: comp["a"][k] for k in ("doc_id", "language", "in_scope")} == {"doc_id": "xa-2025", "language": "en", "in_scope": True}
    assert comp["b"]["language"] == "bg"
    assert "2.1.1" in result.output and (out / "compare-xa-2025-xo-2025.html").exists()
    bad = runner.invoke(app, ["compare", "xa-2025", "zz-2025", "--out", str(out)])
    assert bad.exit_code == 2 and "[E506] 'zz-2025': no such document" in bad.output


def test_review_and_report_commands(out):
    result = runner.invoke(app, ["review", "xd-2025", "2.6.b", "partial", "--out", str(out), "--note", "capacity plan, annex 2"])
    assert result.exit_code == 0, result.output
    summary = pd.read_csv(out / "summary.csv").set_index(["doc_id", "key_element"])
    assert summary.loc[("xd-2025", "2.6.b"), "label"] == "partial" and bool(summary.loc[("xd-2025", "2.6.b"), "reviewed"])
    html = (out / "xd-2025" / "report.html").read_text(encoding="utf-8")
    assert "capacity plan, annex 2" in html
    (out / "reviews.csv").write_text("doc_id,key_element,label\nxd-2025,2.6.b,maybe\n", encoding="utf-8")
    bad = runner.invoke(app, ["report", str(out)])
    assert bad.exit_code == 2 and "reviews.csv: line 2: label 'maybe' is not one of addressed, partial, absent" in bad.output
    (out / "reviews.csv").write_text("doc_id,key_element,label\nxd-2025,2.6.b,absent\n", encoding="utf-8")
    ok = runner.invoke(app, ["report", str(out)])
    assert ok.exit_code == 0 and "3 documents re-rendered" in ok.output
    assert pd.read_csv(out / "summary.csv").set_index(["doc_id", "key_element"]).loc[("xd-2025", "2.6.b"), "label"] == "absent"


def test_workers_give_the_same_results_as_one_process(tmp_path, fake_run):
    src = tmp_path / "in"
    src.mkdir()
    for d in ("xa-2025", "xo-2025"):
        shutil.copy(DEV / f"{d}.txt", src / f"{d}.txt")
    (src / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["analyse", str(src), "--out", str(tmp_path / "out"), "--model", "hashing", "--workers", "2", "--quiet"])
    assert result.exit_code == 1  # empty.txt failed, the others went on
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert {d["doc_id"]: d["status"] for d in run["documents"]} == {"empty": "failed", "xa-2025": "success", "xo-2025": "success"}
    mine = json.loads((tmp_path / "out" / "xo-2025" / "analysis.json").read_text(encoding="utf-8"))
    ref = json.loads((fake_run[0] / "xo-2025" / "analysis.json").read_text(encoding="utf-8"))
    assert {k: c["label"] for k, c in mine["coverage"].items()} == {k: c["label"] for k, c in ref["coverage"].items()}
