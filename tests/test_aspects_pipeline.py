"""Aspects in the product (issue 13), hashing encoder: pipeline, analysis.json, reports, exports, store, API.

Inputs are two small texts made for this test (tests/data/aspects/): a partial Portuguese strategy
of a fictional member state and an English library report that is no strategy at all.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pytest

from analyser.aspects import load_aspects
from analyser.embed import HashingEncoder
from analyser.errors import AnalyserError
from analyser.pipeline import Analyser, AnalyserConfig, analyse_corpus, load_aspect_setup, run_fingerprint

DATA = Path(__file__).parent / "data" / "aspects"
DOCS = ("pt-partial", "off-topic")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    src = tmp_path_factory.mktemp("asp_in")
    for d in DOCS:
        shutil.copy(DATA / f"{d}.txt", src / f"{d}.txt")
    out = tmp_path_factory.mktemp("asp_out")
    results = analyse_corpus([src], out=out, encoder=HashingEncoder())
    assert [r.status for r in results] == ["success", "success"], results
    analyses = {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8")) for d in DOCS}
    return out, analyses


def test_every_key_element_has_its_aspects_and_the_label_follows(run, analysis_schema, repo_root):
    _, analyses = run
    aspects = load_aspects()
    docs_schema = json.loads((repo_root / "docs" / "schemas" / "analysis.schema.json").read_text(encoding="utf-8"))
    seen = set()
    for a in analyses.values():
        jsonschema.validate(a, analysis_schema)
        jsonschema.validate(a, docs_schema)
        assert len(a["coverage"]) == 44
        for kid, c in a["coverage"].items():
            items = c["aspects"]
            assert [x["id"] for x in items] == [x.id for x in aspects.for_key_element(kid)]
            covered = [x["covered"] for x in items]
            if c["label"] == "partial":
                assert any(covered) and not all(covered), kid  # partial: at least one missing aspect
            elif c["label"] == "addressed":
                assert all(covered), kid
            else:
                assert not any(covered) and c["evidence"] == [] and not c["misplaced"], kid
            for x in items:
                assert 0 <= x["score"] <= 1 and x["descriptor"] == aspects.get(x["id"]).descriptor
                assert x["evidence"] is None or x["evidence"]["page"] >= 1
            # the calibrated score is kept; the calibration's own label is recorded
            assert c["features"]["label_from_score"] in (0.0, 1.0, 2.0)
            seen.add(c["label"])
    assert {"absent", "addressed"} <= seen


def test_schema_rejects_a_broken_aspect(run, analysis_schema):
    a = json.loads(json.dumps(run[1]["pt-partial"]))
    a["coverage"]["2.1.1.b"]["aspects"][0]["covered"] = "yes"
    with pytest.raises(jsonschema.ValidationError, match="'yes' is not of type 'boolean'"):
        jsonschema.validate(a, analysis_schema)
    del a["coverage"]["2.1.1.b"]["aspects"][0]["covered"]
    with pytest.raises(jsonschema.ValidationError, match="'covered' is a required property"):
        jsonschema.validate(a, analysis_schema)


def test_aspect_exports_store_and_api(run):
    import analyser

    out, analyses = run
    want = [(d, kid, x["id"], x["covered"], x["score"]) for d in sorted(DOCS)
            for kid, c in analyses[d]["coverage"].items() for x in c["aspects"]]
    assert len(want) == 2 * len(load_aspects())
    parquet = pd.read_parquet(out / "aspects.parquet")
    assert list(zip(parquet["doc_id"], parquet["key_element"], parquet["aspect"], parquet["covered"], parquet["score"])) == want
    csv = pd.read_csv(out / "aspects.csv", keep_default_na=False)
    assert list(csv["aspect"]) == [w[2] for w in want] and list(csv["covered"]) == [w[3] for w in want]
    with duckdb.connect(str(out / "analysis.duckdb"), read_only=True) as con:
        n = con.execute("SELECT count(*) FROM aspects WHERE NOT covered AND key_element_label = 'addressed'").fetchone()[0]
        assert n == 0
        assert con.execute("SELECT count(*) FROM aspects").fetchone()[0] == len(want)

    from openpyxl import load_workbook

    sheet = load_workbook(out / "coverage.xlsx")["Aspects missing"]
    got = [tuple(r[:4]) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert got == [(d, analyses[d]["language"], kid, x["id"]) for d in sorted(DOCS)
                   for kid, c in analyses[d]["coverage"].items() if c["label"] == "partial"
                   for x in c["aspects"] if not x["covered"]]
    assert got  # the off-topic text has partial key elements with the hashing encoder

    res = analyser.load(out)
    pt = res.aspects("pt-partial")
    assert list(pt["aspect"]) == [w[2] for w in want if w[0] == "pt-partial"]
    assert list(pt.columns) == ["key_element", "key_element_label", "aspect", "descriptor", "covered", "score",
                                "evidence_page", "evidence_sentence", "machine_covered", "reviewed"]
    assert (pt["covered"] == pt["machine_covered"]).all() and not pt["reviewed"].any()  # no reviews yet
    one = res.aspects("pt-partial", "2.1.1.b")
    assert list(one["aspect"]) == ["2.1.1.b/legal-migration", "2.1.1.b/talent-partnerships", "2.1.1.b/resettlement"]
    for kid in ("2.1.1.b", "2.5.b", "1.a"):  # the rule of the gap reports and the sheet: not covered, of a partial key element
        missing = res.missing(kid)
        expect = sorted(((w[2], w[0]) for w in want if w[1] == kid and not w[3]
                         and analyses[w[0]]["coverage"][kid]["label"] == "partial"),
                        key=lambda t: ([x.id for x in load_aspects().for_key_element(kid)].index(t[0]), t[1]))
        assert list(zip(missing["aspect"], missing["doc_id"])) == expect
    assert {(r[3], r[0]) for r in got} == {(r.aspect, r.doc_id) for k in res.key_element_ids for r in res.missing(k).itertuples()}
    with pytest.raises(KeyError, match=r"^\[E203\] '9\.9' is not a key element id of the template; valid ids: 1\.a, "):
        res.missing("9.9")
    with pytest.raises(AnalyserError, match="E506"):
        res.aspects("nope")


def test_gap_and_corpus_reports_show_missing_aspects(run):
    out, analyses = run
    n_partial = 0
    for d, a in analyses.items():
        md = (out / d / "report.md").read_text(encoding="utf-8")
        html = (out / d / "report.html").read_text(encoding="utf-8")
        for kid, c in a["coverage"].items():
            if c["label"] != "partial":
                continue
            n_partial += 1
            missing = [x["descriptor"] for x in c["aspects"] if not x["covered"]]
            covers = [x for x in c["aspects"] if x["covered"]]
            # one bullet per key element: label, score, what it lacks; then what it covers and its evidence
            assert sum(1 for ln in md.splitlines() if ln.startswith(f"- **{kid}** ")) == 1 + bool(c.get("reviewed"))
            line = next(ln for ln in md.splitlines() if ln.startswith(f"- **{kid}** partial (score {c['score']:.2f}")
                        and "— aspects missing: " in ln)
            assert line.endswith("; ".join(missing).replace("*", "\\*").replace("_", "\\_"))
            assert sum(1 for ln in md.splitlines() if ln.startswith("  - covers: ")) >= len(covers)
            assert "Lacks: " + "; ".join(missing).replace("'", "&#39;").replace('"', "&#34;") in html
    assert n_partial >= 1  # the off-topic text gets two partial key elements with the hashing encoder
    corpus = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="aspect-gaps"' in corpus
    # the corpus view follows the gap reports' rule: aspects missing from partial key elements only; the aspects
    # of an absent key element are not listed (the key element is named apart, missing as a whole)
    lacking = {x["id"] for a in analyses.values() for c in a["coverage"].values() if c["label"] == "partial"
               for x in c["aspects"] if not x["covered"]}
    listed = set(re.findall(r'<tr id="asp-([^"]+)">', corpus))
    assert listed == {aid.replace("/", "-") for aid in lacking}


def test_fingerprint_follows_the_aspect_files():
    model = "hashing-fake"
    aspects, cal, h = load_aspect_setup(model)
    assert len(aspects) == 118 and cal.model  # hashing has no calibration of its own: the e5 one
    assert load_aspect_setup(model)[2] == h and len(h) == 64
    an = Analyser(AnalyserConfig(), encoder=HashingEncoder())
    data = an.bundle.paths.data_digest()
    fp = run_fingerprint(an.encoder.name, an.calibration, an.template, an.config, h, data)
    assert an.fingerprint == fp
    assert run_fingerprint(an.encoder.name, an.calibration, an.template, an.config, "other", data) != fp


def test_fingerprint_follows_the_bank_files_and_the_code(tmp_path):
    """A rebuilt bank (or a genre set added beside it) changes the fingerprint, so documents analysed with the
    old bank are recomputed; the analyser's source code is part of it too (the version number stays the same
    across code changes)."""
    from analyser.bundle import BundlePaths
    from analyser.pipeline.core import code_digest

    paths = BundlePaths.for_model("m", bank_dir=tmp_path)
    empty = paths.data_digest()
    paths.evidence_bank.write_bytes(b"bank one")
    one = paths.data_digest()
    paths.evidence_bank.with_name("m.genre.npz").write_bytes(b"genre")
    with_genre = paths.data_digest()
    paths.evidence_bank.unlink()
    paths.evidence_bank.write_bytes(b"bank two")  # a new file (new inode): hashed again
    assert len({empty, one, with_genre, paths.data_digest()}) == 4
    an = Analyser(AnalyserConfig(), encoder=HashingEncoder())
    base = run_fingerprint(an.encoder.name, an.calibration, an.template, an.config, "", empty)
    assert run_fingerprint(an.encoder.name, an.calibration, an.template, an.config, "", one) != base
    assert len(code_digest()) == 32 and code_digest() == code_digest()


def test_eval_aspect_figures_against_gold(tmp_path, repo_root):
    """aspect_scores_dir on a hashing run of xa-2025 agrees with sklearn on the same labels; the CLI prints them."""
    from sklearn.metrics import f1_score
    from typer.testing import CliRunner

    from analyser.cli import app
    from analyser.evaluate import aspect_scores_by_language, aspect_scores_dir

    gold = repo_root / "tests" / "data" / "gold"
    out = tmp_path / "out"
    analyse_corpus([repo_root / "tests" / "data" / "dev" / "xa-2025.txt"], out=out, encoder=HashingEncoder())
    rows = aspect_scores_dir(out, gold)
    assert [r["doc_id"] for r in rows] == ["xa-2025"]
    a = json.loads((out / "xa-2025" / "analysis.json").read_text(encoding="utf-8"))
    g = json.loads((gold / "xa-2025.aspects.json").read_text(encoding="utf-8"))["key_elements"]
    y = [g[k]["aspects"][x["id"]] for k, c in a["coverage"].items() for x in c["aspects"]]
    p = [x["covered"] for c in a["coverage"].values() for x in c["aspects"]]
    assert rows[0]["aspects"] == 118 == len(y)
    assert rows[0]["aspect_macro_f1"] == pytest.approx(f1_score(y, p, average="macro"))
    assert aspect_scores_by_language(rows)[0]["aspect_macro_f1"] == pytest.approx(rows[0]["aspect_macro_f1"])
    assert aspect_scores_dir(out, tmp_path) == []  # no gold aspect files: no figures, no error
    result = CliRunner().invoke(app, ["eval", str(out), "--gold", str(gold), "--no-lodo"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Aspects per document" in result.output and "Aspects per language" in result.output
    line = next(ln for ln in result.output.splitlines() if "xa-2025" in ln and "118" in ln)
    assert f"{rows[0]['aspect_macro_f1']:.3f}" in line


def test_store_written_before_aspects_reads_as_empty(tmp_path):
    """A read-only store from an analyser without aspects has no ``aspects`` table: an empty frame, no error."""
    from analyser.store import ASPECT_COLUMNS, AnalysisStore, read_aspects

    with duckdb.connect(str(tmp_path / "analysis.duckdb")) as con:
        con.execute("CREATE TABLE documents (doc_id VARCHAR)")
    with AnalysisStore(tmp_path, read_only=True) as store:
        frame = read_aspects(store)
    assert list(frame.columns) == list(ASPECT_COLUMNS) and len(frame) == 0
