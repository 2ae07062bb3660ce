"""The analyst's Python API: tables, plots and the review loop."""

from __future__ import annotations

import csv
import json
import shutil

import pandas as pd
import pytest
from matplotlib.figure import Figure

import analyser
from analyser.errors import AnalyserError

from conftest import FAKE_RUN_DOCS


@pytest.fixture(scope="module")
def res(fake_run):
    return analyser.load(fake_run[0])


def _analysis(out, doc_id):
    return json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))


def test_tables_have_one_row_per_unit(res, template):
    assert res.doc_ids == sorted(FAKE_RUN_DOCS)
    assert list(res.documents["language"]) == ["en", "pl", "bg"]
    assert len(res.coverage) == 3 * 44 and len(res.sections) == 3 * 17
    m = res.coverage_matrix()
    assert m.shape == (3, 44) and list(m.columns) == [k.id for k in template.key_elements()]
    assert ((m >= 0) & (m <= 1)).all().all()
    assert set(res.coverage_matrix("label").stack()) <= {"addressed", "partial", "absent"}
    sc = res.section_coverage()
    assert list(sc.columns) == [s.id for s in template.sections if s.key_elements]


def test_tables_match_the_analysis_files(res, fake_run):
    out, _ = fake_run
    data = _analysis(out, "xo-2025")
    row = res.coverage.set_index(["doc_id", "key_element"]).loc[("xo-2025", "2.4.c")]
    assert row["label"] == data["coverage"]["2.4.c"]["label"]
    assert row["score"] == pytest.approx(data["coverage"]["2.4.c"]["score"])
    ev = res.evidence_for("2.4.c", best_only=False)
    mine = ev[ev["doc_id"] == "xo-2025"]
    assert [int(p) for p in mine["page"].dropna()] == [e["page"] for e in data["coverage"]["2.4.c"]["evidence"]]
    best = res.evidence_for("2.4.c")
    assert len(best) == 3 and set(best["doc_id"]) == set(FAKE_RUN_DOCS)
    gaps = res.gaps("xo-2025")
    expected = [k for k, c in data["coverage"].items() if c["label"] in ("absent", "partial")]
    assert sorted(gaps["key_element"]) == sorted(expected)
    with pytest.raises(KeyError, match=r"^\[E203\] '9\.9\.z' is not a key element id of the template; valid ids: 1\.a, 1\.b, "):
        res.evidence_for("9.9.z")


def test_similarity_matrix_is_symmetric_with_unit_diagonal(res):
    m = res.similarity_matrix()
    assert list(m.index) == res.doc_ids
    assert (m.to_numpy().diagonal() == 1.0).all()
    pd.testing.assert_frame_equal(m, m.T, check_names=False)
    assert m.loc["xa-2025", "xo-2025"] < 1.0


def test_similarity_matrix_leaves_out_documents_that_are_not_strategies(fake_run, tmp_path):
    """An out-of-scope document (W601) stood in the matrix as a row of NaN with 1.0 on the diagonal (fresh-eyes)."""
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    path = out / "xo-2025" / "analysis.json"
    data = _analysis(out, "xo-2025")
    path.write_text(json.dumps({**data, "in_scope": False, "in_scope_score": 0.2}), encoding="utf-8")
    from analyser.embed import HashingEncoder
    from analyser.pipeline import rebuild_store

    rebuild_store(out, encoder=HashingEncoder())  # the store records the scope decision since scope reviews
    m = analyser.load(out).similarity_matrix()
    assert list(m.index) == list(m.columns) == ["xa-2025", "xd-2025"]
    assert (m.to_numpy().diagonal() == 1.0).all() and m.notna().all().all()


def test_plots_need_no_display(res, tmp_path):
    for fig in (res.plot_coverage_heatmap(), res.plot_section_coverage(), res.plot_section_coverage("xa-2025"),
                res.plot_similarity()):
        assert isinstance(fig, Figure)
        fig.savefig(tmp_path / "fig.png")
        assert (tmp_path / "fig.png").stat().st_size > 5000


def test_unknown_document_and_missing_output(res, tmp_path):
    with pytest.raises(AnalyserError, match=r"\[E506\] 'xx-2025': no such document .*analysed: xa-2025, xd-2025, xo-2025"):
        res.gaps("xx-2025")
    with pytest.raises(AnalyserError, match=r"\[E504\]"):
        analyser.load(tmp_path)


def test_review_changes_reports_and_exports(fake_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    r = analyser.load(out)
    machine = r.coverage.set_index(["doc_id", "key_element"]).loc[("xa-2025", "2.1.2.c"), "label"]
    new = "absent" if machine != "absent" else "addressed"
    r.review("xa-2025", "2.1.2.c", new, reviewer="A. Analyst", note="checked §4")
    with open(out / "reviews.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(x["doc_id"], x["key_element"], x["label"], x["reviewer"], x["note"]) for x in rows] == \
        [("xa-2025", "2.1.2.c", new, "A. Analyst", "checked §4")]
    r.refresh()
    row = r.coverage.set_index(["doc_id", "key_element"]).loc[("xa-2025", "2.1.2.c")]
    assert (row["label"], row["machine_label"], bool(row["reviewed"])) == (new, machine, True)
    md = (out / "xa-2025" / "report.md").read_text(encoding="utf-8")
    assert f"reviewed by A. Analyst (machine: {machine}): checked §4" in md
    summary = pd.read_csv(out / "summary.csv").set_index(["doc_id", "key_element"])
    assert summary.loc[("xa-2025", "2.1.2.c"), "label"] == new
    assert bool(summary.loc[("xa-2025", "2.1.2.c"), "reviewed"])
    assert pd.read_parquet(out / "coverage.parquet").query("reviewed").shape[0] == 1
    assert _analysis(out, "xa-2025")["coverage"]["2.1.2.c"]["label"] == machine  # the machine's output is kept
    with pytest.raises(ValueError, match="label 'maybe'"):
        r.review("xa-2025", "2.1.2.c", "maybe")


def test_typed_analysis_of_a_document_with_its_reviews(fake_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    r = analyser.load(out)
    data = _analysis(out, "xo-2025")
    a = r.analysis("xo-2025", reviewed=False)
    assert a.doc_id == "xo-2025" and a.to_dict() == data
    assert [e.page for e in a.coverage["2.4.c"].evidence] == [e["page"] for e in data["coverage"]["2.4.c"]["evidence"]]
    machine = a.coverage["2.1.2.c"].label
    new = "absent" if machine != "absent" else "addressed"
    r.review("xo-2025", "2.1.2.c", new, reviewer="A. Analyst", note="checked")
    c = r.analysis("xo-2025").coverage["2.1.2.c"]
    assert (c.label, c.machine_label, c.reviewed, c.review_note) == (new, machine, True, "checked")
    assert r.analysis("xo-2025", reviewed=False).coverage["2.1.2.c"].label == machine
    with pytest.raises(AnalyserError, match=r"^\[E506\]"):
        r.analysis("nope")
    (out / "xo-2025" / "analysis.json").write_text("{", encoding="utf-8")
    with pytest.raises(AnalyserError, match=r"^\[E403\] .*xo-2025.*analysis\.json: cannot read analysis"):
        r.analysis("xo-2025")


def test_reviews_join_the_next_calibration(fake_run, tmp_path, repo_root):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    r = analyser.load(out)
    gold = repo_root / "tests" / "data" / "gold"
    before = r.calibrate(gold, output=tmp_path / "before.json")
    assert before.n_extra == 0 and before.n_documents == 3
    covered = r.coverage[r.coverage["label"] != "absent"].head(6)
    for doc_id, kid in zip(covered["doc_id"], covered["key_element"]):
        r.review(doc_id, kid, "absent", note="not in the text")
    after = r.calibrate(gold, output=tmp_path / "after.json")
    assert after.n_extra == 6 and "6 analyst reviews as extra gold" in str(after)
    a = json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))
    assert a["covered_coef"] != b["covered_coef"] or a["covered_intercept"] != b["covered_intercept"]
    assert (after.macro_f1, after.auc) == (before.macro_f1, before.auc)  # reviews never enter the LODO figures


def test_api_errors(res, tmp_path):
    with pytest.raises(AnalyserError, match=r"\[E501\] .*nothing-here: no input documents found"):
        analyser.analyse_corpus(tmp_path / "nothing-here", out=tmp_path / "out")
    with pytest.raises(KeyError, match=r"^\[E204\] '9\.9' is not a section id of the template; valid ids: all, 1, 2, 2\.1, "):
        res.similarity_matrix("9.9")


def test_reviews_file_from_a_spreadsheet(tmp_path):
    from analyser.review import load_reviews

    path = tmp_path / "reviews.csv"
    path.write_bytes(b"")
    assert load_reviews(path) == {}
    path.write_text("\ufeffdoc_id;key_element;label;note\nnl-2025;2.4.a;Partial;zie §5\n", encoding="utf-8")
    [(key, review)] = load_reviews(path, ["2.4.a"]).items()
    assert key == ("nl-2025", "2.4.a") and (review.label, review.note) == ("partial", "zie §5")


def test_figures_render_as_png_for_jupyter(res):
    png = res.plot_similarity()._repr_png_()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
