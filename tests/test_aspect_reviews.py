"""Analysts' reviews of aspects (issue 13): CLI and API, reports, exports, store, calibration.

Runs on the session's hashing-encoder analysis of three development texts (``fake_run``), copied
per test. A review names an aspect (``2.1.1.b/resettlement``) with label covered / missing; the key
element's shown label follows from its aspects unless the key element itself is reviewed.
"""

from __future__ import annotations

import csv
import json

import duckdb
import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

import analyser
from analyser.aspect_fit import calibrate_aspects, read_aspect_data
from analyser.cli import app
from analyser.errors import AnalyserError, ReviewError
from analyser.review import add_review, apply_reviews, aspect_review_examples, load_reviews

runner = CliRunner()
DOC = "xa-2025"



def _analysis(out, doc_id=DOC):
    return json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))


def _pick(analysis, label):
    """The first key element (Annex order) with this machine label and two or more aspects."""
    for kid, c in analysis["coverage"].items():
        if c["label"] == label and len(c["aspects"]) >= 2:
            return kid, c
    raise AssertionError(f"no {label} key element with two aspects in {analysis['doc_id']}")


def test_cli_review_of_an_aspect_reaches_reports_exports_and_store(out):
    before = _analysis(out)
    kid, cov = _pick(before, "addressed")
    first, second = cov["aspects"][0], cov["aspects"][1]
    assert first["covered"] and second["covered"]
    result = runner.invoke(app, ["review", DOC, first["id"], "missing", "--out", str(out),
                                 "--reviewer", "A. Analyst", "--note", "=only §3, no pathways"])
    assert result.exit_code == 0, result.output
    assert f"{DOC} {first['id']}: missing (reviewed)" in result.output

    with open(out / "reviews.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["doc_id"], r["key_element"], r["label"], r["note"]) for r in rows] == \
        [(DOC, first["id"], "missing", "'=only §3, no pathways")]  # formula-escaped in the file
    assert load_reviews(out / "reviews.csv")[(DOC, first["id"])].note == "=only §3, no pathways"

    # analysis.json keeps the machine's output
    assert _analysis(out) == before

    # the key element's shown label follows from its aspects: one of two or more missing -> partial
    summary = pd.read_csv(out / "summary.csv").set_index(["doc_id", "key_element"])
    row = summary.loc[(DOC, kid)]
    assert (row["label"], row["machine_label"], bool(row["reviewed"])) == ("partial", "addressed", True)

    asp = pd.read_csv(out / "aspects.csv").set_index(["doc_id", "aspect"])
    r = asp.loc[(DOC, first["id"])]
    assert (bool(r["covered"]), bool(r["machine_covered"]), bool(r["reviewed"]), r["key_element_label"]) == \
        (False, True, True, "partial")
    assert r["review_note"] == "'=only §3, no pathways"  # formula-safe CSV
    other = asp.loc[(DOC, second["id"])]
    assert (bool(other["covered"]), bool(other["reviewed"]), other["key_element_label"]) == (True, False, "partial")
    pq = pd.read_parquet(out / "aspects.parquet").set_index(["doc_id", "aspect"]).loc[(DOC, first["id"])]
    assert (bool(pq["covered"]), bool(pq["machine_covered"]), pq["review_note"]) == (False, True, "=only §3, no pathways")
    assert int(pd.read_parquet(out / "aspects.parquet")["reviewed"].sum()) == 1

    with duckdb.connect(str(out / "analysis.duckdb"), read_only=True) as con:
        got = con.execute("SELECT covered, machine_covered, reviewed, key_element_label FROM aspects "
                          "WHERE doc_id = ? AND aspect = ?", [DOC, first["id"]]).fetchone()
        lab = con.execute("SELECT label, machine_label, reviewed FROM coverage WHERE doc_id = ? AND key_element = ?",
                          [DOC, kid]).fetchone()
    assert got == (False, True, True, "partial") and lab == ("partial", "addressed", True)

    wb = openpyxl.load_workbook(out / "coverage.xlsx")
    ws = wb["Aspects missing"]
    cells = [[c.value for c in r] for r in ws.iter_rows()]
    assert cells[0][-1] == "reviewed"
    assert [DOC, "en", kid, first["id"]] == [x for x in next(r for r in cells if r[3] == first["id"])[:4]]
    assert next(r for r in cells if r[3] == first["id"])[-1] == "yes (machine: covered)"

    md = (out / DOC / "report.md").read_text(encoding="utf-8")
    assert f"- **{kid}** aspect {first['id']} ({first['descriptor']}): missing — reviewed by A. Analyst (machine: covered): " in md
    assert "aspects reviewed (machine: addressed)" in md
    assert f"- **{kid}** partial — label from reviewed aspects (machine: addressed)" in md
    html = (out / DOC / "report.html").read_text(encoding="utf-8")
    assert "✔ aspects reviewed" in html and f'<span class="mono">{first["id"]}</span>' in html
    assert "<strong>missing</strong> <span class=\"muted\">(machine: covered)</span>" in html
    assert "note: “=only §3, no pathways”" in html

    res = analyser.load(out)
    a = res.aspects(DOC, kid).set_index("aspect")
    assert (bool(a.loc[first["id"], "covered"]), bool(a.loc[first["id"], "machine_covered"]),
            bool(a.loc[first["id"], "reviewed"])) == (False, True, True)
    assert first["id"] in set(res.missing(kid).query("doc_id == @DOC")["aspect"])


def test_a_key_element_review_wins_over_its_aspects(out):
    kid, cov = _pick(_analysis(out), "addressed")
    res = analyser.load(out)
    res.review(DOC, cov["aspects"][0]["id"], "missing")
    res.review(DOC, kid, "addressed", note="all there, §3 and §5")
    res.refresh()
    row = res.coverage.set_index(["doc_id", "key_element"]).loc[(DOC, kid)]
    assert (row["label"], bool(row["reviewed"]), row["review_note"]) == ("addressed", True, "all there, §3 and §5")
    a = res.aspect_table.set_index(["doc_id", "aspect"]).loc[(DOC, cov["aspects"][0]["id"])]
    assert (bool(a["covered"]), bool(a["reviewed"]), a["key_element_label"]) == (False, True, "addressed")
    # the review of the key element removed: its aspects decide again
    (out / "reviews.csv").write_text(
        "doc_id,key_element,label\n" + f"{DOC},{cov['aspects'][0]['id']},missing\n", encoding="utf-8")
    res.refresh()
    assert res.coverage.set_index(["doc_id", "key_element"]).loc[(DOC, kid), "label"] == "partial"
    # and every review removed: the machine's values come back in the store
    (out / "reviews.csv").write_text("doc_id,key_element,label\n", encoding="utf-8")
    res.refresh()
    assert res.coverage.set_index(["doc_id", "key_element"]).loc[(DOC, kid), "label"] == "addressed"
    assert not res.aspect_table["reviewed"].astype(bool).any()
    assert (res.aspect_table["covered"] == res.aspect_table["machine_covered"]).all()


def test_aspects_reviewed_covered_lift_an_absent_key_element(out):
    analysis = _analysis(out)
    kid, cov = _pick(analysis, "absent")
    ids = [a["id"] for a in cov["aspects"]]
    reviews = {(DOC, ids[0]): add_review(out / "reviews.csv", DOC, ids[0], "covered")}
    shown = apply_reviews(analysis, reviews).to_dict()["coverage"][kid]
    assert (shown["label"], shown["machine_label"], shown["reviewed"], shown["review_source"]) == \
        ("partial", "absent", True, "aspects")
    assert shown["reviewed_aspects"] == [ids[0]] and [a["covered"] for a in shown["aspects"]][:2] == [True, False]
    for aid in ids[1:]:
        reviews[(DOC, aid)] = add_review(out / "reviews.csv", DOC, aid, "COVERED")
    assert apply_reviews(analysis, reviews).to_dict()["coverage"][kid]["label"] == "addressed"
    assert analysis["coverage"][kid]["label"] == "absent"  # the input is not modified


def test_unknown_aspect_or_label_exact_errors(out):
    bad = runner.invoke(app, ["review", DOC, "2.1.1.b/teleportation", "covered", "--out", str(out)])
    assert bad.exit_code == 2
    assert "[E508] '2.1.1.b/teleportation': not a key element of the template nor an aspect of aspects.yaml" in bad.output
    bad = runner.invoke(app, ["review", DOC, "2.1.1.b/resettlement", "addressed", "--out", str(out)])
    assert bad.exit_code == 2
    assert "[E509] label 'addressed' is not one of covered, missing (for the aspect 2.1.1.b/resettlement)" in bad.output
    bad = runner.invoke(app, ["review", DOC, "2.1.1.b", "covered", "--out", str(out)])
    assert "[E509] label 'covered' is not one of addressed, partial, absent (for the key element 2.1.1.b)" in bad.output
    bad = runner.invoke(app, ["review", DOC, "9.9.z", "absent", "--out", str(out)])
    assert "[E508] '9.9.z': not a key element of the template nor an aspect of aspects.yaml" in bad.output
    assert not (out / "reviews.csv").exists()  # nothing saved
    res = analyser.load(out)
    with pytest.raises(ReviewError, match=r"^\[E508\] '2\.1\.1\.b/teleportation'") as exc:
        res.review(DOC, "2.1.1.b/teleportation", "covered")
    assert exc.value.code == "E508" and isinstance(exc.value, ValueError)
    # a hand-edited reviews file: the line is named
    (out / "reviews.csv").write_text("doc_id,key_element,label\nxa-2025,2.1.1.b/resettlement,covered\n"
                                     "xa-2025,2.1.1.b/teleportation,missing\n", encoding="utf-8")
    rep = runner.invoke(app, ["report", str(out)])
    assert rep.exit_code == 2 and "reviews.csv: line 3: unknown aspect '2.1.1.b/teleportation'" in rep.output
    (out / "reviews.csv").write_text("doc_id,key_element,label\nxa-2025,2.1.1.b/resettlement,partial\n", encoding="utf-8")
    with pytest.raises(AnalyserError, match=r"\[E507\] .*reviews\.csv: line 2: label 'partial' is not one of covered, missing"):
        load_reviews(out / "reviews.csv", ["2.1.1.b"])


def test_aspect_reviews_change_the_fitted_aspect_calibration(out, repo_root, tmp_path):
    gold = repo_root / "tests" / "data" / "gold"
    res = analyser.load(out)
    before = res.calibrate_aspects(gold, tmp_path / "before.aspects.json")
    assert before.n_extra == 0 and sorted(before.per_document) == ["xa-2025", "xd-2025", "xo-2025"]
    # a handful of aspects the machine thinks covered, reviewed missing (and one the other way)
    data = read_aspect_data(out, gold)
    covered = [(d, aid) for d, aid, f, y in data.rows if f["ke_absent"] == 0.0][:5]
    for d, aid in covered:
        res.review(d, aid, "missing", note="not in the text")
    res.review("xo-2025", data.rows[-1][1], "covered")
    examples = aspect_review_examples(out, load_reviews(res.reviews_file))
    assert len(examples) == 6 and [e[3] for e in examples].count(False) == 5
    after = res.calibrate_aspects(gold, tmp_path / "after.aspects.json")
    assert after.n_extra == 6 and "6 analyst reviews of aspects as extra gold" in str(after)
    a = json.loads((tmp_path / "before.aspects.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "after.aspects.json").read_text(encoding="utf-8"))
    assert a["weights"] != b["weights"] and a["bias"] != b["bias"]
    assert b["figures"]["n_review_examples"] == 6.0
    # reviews never enter the leave-one-document-out figures
    assert (after.aspect_macro_f1, after.accuracy3, after.per_document) == \
        (before.aspect_macro_f1, before.accuracy3, before.per_document)
    # the same through `analyser calibrate` (coverage calibration and aspect calibration side by side)
    cli = runner.invoke(app, ["calibrate", str(out), "--gold", str(gold), "--output", str(tmp_path / "cli.json")])
    assert cli.exit_code == 0, cli.output
    assert "6 analyst reviews of aspects as extra gold" in cli.output
    c = json.loads((tmp_path / "cli.aspects.json").read_text(encoding="utf-8"))
    assert c["figures"]["n_review_examples"] == 6.0 and c["fitted_on"] == ["xa-2025", "xd-2025", "xo-2025"]


def test_calibrate_aspects_needs_gold_aspects(out, tmp_path):
    (tmp_path / "gold").mkdir()
    with pytest.raises(AnalyserError, match=r"\[E421\] .*gold: cannot read aspect gold \(no \*\.aspects\.json files\)"):
        calibrate_aspects(out, tmp_path / "gold", tmp_path / "x.json")


def test_a_store_from_before_aspect_reviews_gets_the_columns(tmp_path):
    """An ``aspects`` table without machine_covered/reviewed/review_note: read-only it reads with the machine's
    values; opened for writing, the columns are added and filled, and aspect reviews apply."""
    from analyser.store import AnalysisStore, read_aspects

    path = tmp_path / "analysis.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE documents (doc_id VARCHAR)")
        con.execute("CREATE TABLE aspects (doc_id VARCHAR, language VARCHAR, section VARCHAR, key_element VARCHAR, "
                    "key_element_label VARCHAR, aspect VARCHAR, descriptor VARCHAR, covered BOOLEAN, score DOUBLE, "
                    "evidence_page INTEGER, evidence_sentence VARCHAR)")
        con.execute("INSERT INTO aspects VALUES ('nl-2025', 'nl', '2.1.1', '2.1.1.b', 'partial', '2.1.1.b/resettlement', "
                    "'d', true, 0.8, 3, 's'), ('nl-2025', 'nl', '2.1.1', '2.1.1.b', 'partial', "
                    "'2.1.1.b/talent-partnerships', 'd', false, 0.2, 4, 't')")
    with AnalysisStore(path, read_only=True) as store:
        old = read_aspects(store)
    assert old[["covered", "machine_covered", "reviewed"]].values.tolist() == [[True, True, False], [False, False, False]]
    with AnalysisStore(path) as store:
        store.set_reviews({}, {("nl-2025", "2.1.1.b/talent-partnerships"): (True, "§4")})
        got = read_aspects(store)
    assert got[["aspect", "covered", "machine_covered", "reviewed"]].values.tolist() == [
        ["2.1.1.b/resettlement", True, True, False], ["2.1.1.b/talent-partnerships", True, False, True]]
    assert pd.isna(got["review_note"][0]) and got["review_note"][1] == "§4"


def test_aspect_reviews_survive_a_new_analyse_run(out, fake_encoder):
    """A re-run (documents reused) re-renders the reports and the store with the reviews of aspects."""
    from analyser.pipeline import analyse_corpus

    from conftest import FAKE_RUN_DOCS, REPO

    kid, cov = _pick(_analysis(out), "addressed")
    aid = cov["aspects"][-1]["id"]
    add_review(out / "reviews.csv", DOC, aid, "missing", note="n")
    results = analyse_corpus([REPO / "tests" / "data" / "dev" / f"{d}.txt" for d in FAKE_RUN_DOCS], out=out,
                             encoder=fake_encoder)
    assert all(r.reused for r in results)
    summary = pd.read_csv(out / "summary.csv").set_index(["doc_id", "key_element"])
    assert (summary.loc[(DOC, kid), "label"], bool(summary.loc[(DOC, kid), "reviewed"])) == ("partial", True)
    asp = pd.read_csv(out / "aspects.csv").set_index(["doc_id", "aspect"]).loc[(DOC, aid)]
    assert (bool(asp["covered"]), bool(asp["machine_covered"]), bool(asp["reviewed"])) == (False, True, True)
    assert f"aspect {aid} " in (out / DOC / "report.md").read_text(encoding="utf-8")


def _xlsx_missing(out) -> set[tuple[str, str]]:
    ws = openpyxl.load_workbook(out / "coverage.xlsx")["Aspects missing"]
    return {(str(r[0]), str(r[3])) for r in ws.iter_rows(min_row=2, values_only=True)}


def _api_missing(res) -> set[tuple[str, str]]:
    return {(r.doc_id, r.aspect) for ke in res.key_element_ids for r in res.missing(ke).itertuples()}


def test_xlsx_aspects_missing_and_api_missing_agree_after_reviews(out):
    """The sheet "Aspects missing" and `res.missing(ke)` list the same (doc_id, aspect) pairs, by the
    reports' rule: the aspects not covered (reviewed value) of a key element whose label (reviewed
    value) is partial. An aspect reviewed missing on an addressed key element appears in both; the
    aspects of a key element reviewed addressed, and of absent key elements, appear in neither."""
    xd = _analysis(out, "xd-2025")
    partial_ke, partial_c = _pick(xd, "partial")
    lacking = [a["id"] for a in partial_c["aspects"] if not a["covered"]]
    addressed_ke, addressed_c = _pick(xd, "addressed")
    absent_ke = next(k for k, c in xd["coverage"].items() if c["label"] == "absent" and c["aspects"])
    res = analyser.load(out)
    res.review("xd-2025", partial_ke, "addressed")
    res.review("xd-2025", addressed_c["aspects"][0]["id"], "missing")
    res.refresh()
    xlsx, api = _xlsx_missing(out), _api_missing(res)
    assert xlsx == api
    assert ("xd-2025", addressed_c["aspects"][0]["id"]) in api
    assert not any(("xd-2025", aid) in api for aid in lacking)
    assert not any(("xd-2025", a["id"]) in api for a in xd["coverage"][absent_ke]["aspects"])
    # the rows are those the gap report lists under "aspects missing"
    report = (out / "xd-2025" / "report.md").read_text(encoding="utf-8")
    listed = {line.split("**")[1] for line in report.splitlines() if "— aspects missing:" in line}
    assert listed == {aid.split("/")[0] for d, aid in api if d == "xd-2025"}
