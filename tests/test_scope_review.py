"""An analyst's review of the scope decision (``analyser review DOC scope in|out``, ``review.py``).

The hashing encoder has no topicality model, so every document is in scope under it: the fast tests make
one out of scope the way the title model vetoes a strategy whose title page names only the ministry (the
scope stage's decision replaced for that document, ``analyser.pipeline.core.assess_scope``), and check
that a review "in" shows the coverage the same run scored for it as a strategy, identical to the coverage
of an unvetoed run of the same text, everywhere the scope decision is shown.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import time
import warnings

import duckdb
import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

import analyser
from analyser.api import ReviewScopeWarning
from analyser.cli import app
from analyser.embed import HashingEncoder
from analyser.errors import ReviewError
from analyser.pipeline import analyse_corpus
from analyser.review import add_review, apply_reviews, load_reviews, orphan_reviews
from analyser.runstate import JOURNAL_NAME
from analyser.schema import load_analysis

from conftest import REPO, cli_output

runner = CliRunner()
DEV = REPO / "tests" / "data" / "dev"
DOC = "xa-2025"
REASON = ("its title page names another kind of document (a press release, a municipal or regional plan, a budget, "
          "a communication, a report …) rather than a national strategy (title 0.11)")


def _vetoed(monkeypatch, doc_ids=(DOC,)):
    """Make the scope stage veto ``doc_ids`` by their title page (score 0.41, title 0.11), the others as they are."""
    import analyser.pipeline.core as core

    real = core.assess_scope

    def assess(matches, seg=None, *args, **kwargs):
        decision = real(matches, seg, *args, **kwargs)
        if seg is not None and seg.doc_id in doc_ids:
            return dataclasses.replace(decision, in_scope=False, score=0.41, reason=REASON, title=0.11)
        return decision

    monkeypatch.setattr(core, "assess_scope", assess)


@pytest.fixture()
def vetoed_out(tmp_path, monkeypatch, fake_run):
    """xa-2025 (vetoed out of scope) and xd-2025 analysed with the hashing encoder; and the unvetoed run of the same texts."""
    out = tmp_path / "out"
    _vetoed(monkeypatch)
    analyse_corpus([DEV / f"{DOC}.txt", DEV / "xd-2025.txt"], out=out, encoder=HashingEncoder())
    monkeypatch.undo()
    return out, load_analysis(fake_run[0] / DOC / "analysis.json")


def _labels(coverage) -> dict[str, str]:
    return {k: c.label for k, c in coverage.items()}


def test_a_vetoed_document_keeps_the_coverage_it_would_have_in_scope(vetoed_out):
    """analysis.json of a document out of scope: coverage all absent (not assessed), W601, and coverage_if_in_scope equal
    (labels, scores, evidence pages, aspects) to the coverage of the same text analysed in scope."""
    out, unvetoed = vetoed_out
    a = load_analysis(out / DOC / "analysis.json")
    assert a.in_scope is False and a.in_scope_score == 0.41
    assert set(_labels(a.coverage).values()) == {"absent"}
    assert [w.message for w in a.warnings if w.code == "W601"] == [
        f"not an asylum and migration strategy: {REASON}; coverage not assessed"]
    assert a.coverage_if_in_scope is not None
    assert _labels(a.coverage_if_in_scope) == _labels(unvetoed.coverage)
    assert {k: c.score for k, c in a.coverage_if_in_scope.items()} == {k: c.score for k, c in unvetoed.coverage.items()}
    assert ({k: [e.page for e in c.evidence] for k, c in a.coverage_if_in_scope.items()}
            == {k: [e.page for e in c.evidence] for k, c in unvetoed.coverage.items()})
    assert ({k: [x.covered for x in c.aspects or ()] for k, c in a.coverage_if_in_scope.items()}
            == {k: [x.covered for x in c.aspects or ()] for k, c in unvetoed.coverage.items()})
    # a document in scope carries no second coverage (analysis.json as before)
    assert "coverage_if_in_scope" not in json.loads((out / "xd-2025" / "analysis.json").read_text(encoding="utf-8"))


def test_review_in_shows_the_coverage_everywhere_without_reanalysis(vetoed_out):
    """`analyser review xa-2025 scope in` then the reports, summary.csv, Parquet, store, xlsx and API show its coverage
    as a strategy's, with the analyst's decision beside the machine's; nothing re-analysed."""
    out, unvetoed = vetoed_out
    expected = _labels(unvetoed.coverage)
    assert len({v for v in expected.values()}) > 1  # a real mix of labels, not 44 absent
    before = (out / DOC / "analysis.json").read_bytes()
    result = runner.invoke(app, ["review", DOC, "scope", "in", "--out", str(out), "--reviewer", "A. Analyst",
                                 "--note", "the ministry's strategy; its title page names only the ministry"],
                           env={"COLUMNS": "400"})
    text = cli_output(result)
    assert result.exit_code == 0, text
    assert f"{DOC} scope: in (reviewed) → {out / 'reviews.csv'}" in text
    assert "warning" not in text.lower()
    assert (out / DOC / "analysis.json").read_bytes() == before  # the machine's analysis is never rewritten

    res = analyser.load(out)
    a = res.analysis(DOC)
    assert (a.in_scope, a.machine_in_scope, a.scope_reviewed) == (True, False, True)
    assert (a.scope_reviewer, a.scope_review_note) == ("A. Analyst", "the ministry's strategy; its title page names only the ministry")
    assert a.machine_scope_reason == REASON
    assert _labels(a.coverage) == expected
    assert [w.code for w in a.warnings if w.code == "W601"] == []
    assert res.analysis(DOC, reviewed=False).in_scope is False

    cov = res.coverage[res.coverage["doc_id"] == DOC].set_index("key_element")["label"].to_dict()
    assert cov == expected
    ev = res.evidence[res.evidence["doc_id"] == DOC]
    assert len(ev) == sum(len(c.evidence) for c in unvetoed.coverage.values()) > 0

    summary = pd.read_csv(out / "summary.csv")
    mine = summary[summary["doc_id"] == DOC]
    assert dict(zip(mine["key_element"], mine["label"])) == expected
    assert mine[["in_scope", "machine_in_scope", "scope_reviewed"]].drop_duplicates().values.tolist() == [[True, False, True]]
    other = summary[summary["doc_id"] == "xd-2025"]
    assert other[["in_scope", "machine_in_scope", "scope_reviewed"]].drop_duplicates().values.tolist() == [[True, True, False]]
    parquet = pd.read_parquet(out / "coverage.parquet")
    assert parquet[parquet["doc_id"] == DOC]["scope_reviewed"].all()

    con = duckdb.connect(str(out / "analysis.duckdb"), read_only=True)
    try:
        row = con.execute("SELECT in_scope, machine_in_scope, scope_reviewed, scope_reviewer, scope_review_note, "
                          "n_addressed + n_partial FROM documents WHERE doc_id = ?", [DOC]).fetchone()
    finally:
        con.close()
    covered = sum(v != "absent" for v in expected.values())
    assert row == (True, False, True, "A. Analyst", "the ministry's strategy; its title page names only the ministry", covered)

    md = (out / DOC / "report.md").read_text(encoding="utf-8")
    assert ("> **Scope reviewed by a person.** Reviewed in scope by A. Analyst: the ministry's strategy; its title page "
            f"names only the ministry; machine: out of scope ({REASON}); its key elements are assessed as those of a "
            "strategy.") in md
    assert "Not an asylum and migration strategy" not in md and "not assessed" not in md
    html = (out / DOC / "report.html").read_text(encoding="utf-8")
    assert 'class="banner scope-reviewed"' in html and "machine: out of scope" in html
    corpus = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="scope-reviewed"' in corpus and 'id="out-of-scope"' not in corpus
    wb = openpyxl.load_workbook(out / "coverage.xlsx")
    about = [[c.value for c in r] for r in wb["About"].iter_rows()]
    assert [DOC, "reviewed in scope by A. Analyst: the ministry's strategy; its title page names only the ministry; "
                 "machine: out"] in [r[:2] for r in about]
    assert "Out of scope" not in wb.sheetnames
    assert DOC in [c.value for c in wb.worksheets[1]["A"]]


def test_review_out_hides_the_coverage_and_removing_it_brings_it_back(vetoed_out):
    """`scope out` on a document in scope: not assessed everywhere (every key element absent, no evidence), listed
    with the documents that are not strategies, decided by the analyst; the machine's scope kept beside."""
    out, _ = vetoed_out
    res = analyser.load(out)
    machine = _labels(res.analysis("xd-2025").coverage)
    assert set(machine.values()) != {"absent"}
    res.review("xd-2025", "scope", "out", reviewer="B", note="a report on the strategy")
    res.refresh()
    a = res.analysis("xd-2025")
    assert (a.in_scope, a.machine_in_scope, a.scope_reviewed) == (False, True, True)
    assert set(_labels(a.coverage).values()) == {"absent"}
    assert all(not c.evidence for c in a.coverage.values())
    assert all(not x.covered for c in a.coverage.values() for x in c.aspects or ())
    assert set(res.coverage[res.coverage["doc_id"] == "xd-2025"]["label"]) == {"absent"}
    assert res.evidence[res.evidence["doc_id"] == "xd-2025"].empty
    md = (out / "xd-2025" / "report.md").read_text(encoding="utf-8")
    assert md.count("> **Reviewed as not an asylum and migration strategy — coverage not assessed.** Reviewed out of "
                    "scope by B: a report on the strategy; machine: in scope (in-scope score 1.00)") == 1
    wb = openpyxl.load_workbook(out / "coverage.xlsx")
    rows = [[c.value for c in r] for r in wb["Out of scope"].iter_rows()]
    assert rows[2:] == [[DOC, 0.41, "machine"], ["xd-2025", 1.0, "reviewed out of scope by B: a report on the strategy; machine: in"]]
    assert "xd-2025" not in res.similarity_matrix().index
    # the review turned: back to the machine's coverage
    res.review("xd-2025", "scope", "in")
    res.refresh()
    assert res.coverage[res.coverage["doc_id"] == "xd-2025"].set_index("key_element")["label"].to_dict() == machine
    assert bool(res.documents.set_index("doc_id").loc["xd-2025", "scope_reviewed"]) is True


def test_w515_follows_the_scope_in_force(vetoed_out):
    """A key-element review confirming coverage on a document out of scope is W515; reviewed in, it is not; a
    document reviewed out with a confirming key-element review is W515 again (the API warns once per review)."""
    out, _ = vetoed_out
    res = analyser.load(out)
    with pytest.warns(ReviewScopeWarning, match=r"^\[W515\] 'xa-2025' is out of scope .*2\.1\.1\.b \(addressed\)"):
        res.review(DOC, "2.1.1.b", "addressed")
    assert [w.code for w in res.analysis(DOC).warnings].count("W515") == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res.review(DOC, "scope", "in")
        res.review(DOC, "2.1.2.c", "partial")
    a = res.analysis(DOC)
    assert "W515" not in [w.code for w in a.warnings]
    assert (a.coverage["2.1.1.b"].label, a.coverage["2.1.1.b"].reviewed) == ("addressed", True)
    with pytest.warns(ReviewScopeWarning, match=r"the reviews 2\.1\.1\.b \(addressed\), 2\.1\.2\.c \(partial\) confirm"):
        res.review(DOC, "scope", "out")


def test_wrong_scope_label_is_the_catalogue_error(out):
    """A scope label that is not in/out: E509 naming the allowed labels, exit 2, nothing saved; so in the API."""
    result = runner.invoke(app, ["review", DOC, "scope", "maybe", "--out", str(out)], env={"COLUMNS": "400"})
    assert result.exit_code == 2
    assert "error: [E509] label 'maybe' is not one of in, out (for the document's scope)" in cli_output(result)
    assert not (out / "reviews.csv").exists()
    with pytest.raises(ReviewError, match=r"^\[E509\] label 'addressed' is not one of in, out \(for the document's scope\)$"):
        analyser.load(out).review(DOC, "scope", "addressed")
    # "IN" is "in"; a key element labelled in is refused as before
    assert analyser.load(out).review(DOC, "scope", "IN").label == "in"
    with pytest.raises(ReviewError, match=r"label 'in' is not one of addressed, partial, absent \(for the key element 2\.1\.1\.b\)"):
        analyser.load(out).review(DOC, "2.1.1.b", "in")


def test_hand_edited_scope_review_errors_name_the_line_and_orphans_are_named(out):
    """A scope review with a wrong label in a hand-edited file: E507 with its line; one of a document gone: W513."""
    path = out / "reviews.csv"
    path.write_text("doc_id,key_element,label,reviewer,note,reviewed_at\n"
                    f"{DOC},scope,in,A,,2026-12-06T22:00:00+00:00\n"
                    "gone-2025,scope,out,A,pruned,2026-12-06T22:01:00+00:00\n", encoding="utf-8")
    reviews = load_reviews(path, [k for k in analyser.load(out).key_element_ids])
    assert [(d, k, r.label) for (d, k), r in sorted(reviews.items())] == [("gone-2025", "scope", "out"), (DOC, "scope", "in")]
    result = runner.invoke(app, ["report", str(out)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, cli_output(result)
    assert [line for line in cli_output(result).splitlines() if "W513" in line] == [
        f"warning: [W513] {path}: the review of 'gone-2025' scope (out) names no document in the output; kept, not applied"]
    assert [r.doc_id for r, _ in orphan_reviews(reviews, {DOC: load_analysis(out / DOC / "analysis.json")})] == ["gone-2025"]
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{DOC},scope,yes,A,,2026-12-06T22:02:00+00:00\n")
    result = runner.invoke(app, ["report", str(out)], env={"COLUMNS": "400"})
    assert result.exit_code == 2
    assert f"error: [E507] {path}: line 4: label 'yes' is not one of in, out" in cli_output(result)


def test_review_in_on_an_analysis_without_the_scored_coverage_is_w518(vetoed_out):
    """An analysis written before out-of-scope documents were scored as strategies too: reviewed in, its key elements
    stay not assessed and W518 says that `analyse` must run again."""
    out, _ = vetoed_out
    path = out / DOC / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["coverage_if_in_scope"]
    path.write_text(json.dumps(data), encoding="utf-8")
    reviews = {(DOC, "scope"): add_review(out / "reviews.csv", DOC, "scope", "in")}
    a = apply_reviews(load_analysis(path), reviews)
    assert a.in_scope is True and set(_labels(a.coverage).values()) == {"absent"}
    assert [w.message for w in a.warnings if w.code == "W518"] == [
        f"'{DOC}' is reviewed in scope, but its analysis (analyser {data['analyser_version']}) was written before coverage "
        "was scored for documents out of scope: its key elements stay not assessed until `analyser analyse` analyses it again"]


def test_concurrent_review_and_analyse_keep_both(fake_run, tmp_path):
    """A scope review and a key-element review saved while `analyse --force` rewrites every document: both stay in
    reviews.csv, the run's documents are all there, and the next report shows the scope review."""
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    src = tmp_path / "src"
    src.mkdir()
    for d in ("xa-2025", "xd-2025", "xo-2025"):
        shutil.copy(DEV / f"{d}.txt", src / f"{d}.txt")
    env = {**__import__("os").environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "analyser.cli", "analyse", str(src), "--out", str(out),
                             "--model", "hashing", "--force", "--quiet"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while not (out / JOURNAL_NAME).exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the run has started (its journal) before the reviews are saved
        for args in (["xo-2025", "scope", "out", "--note", "a report"], ["xd-2025", "2.1.1.b", "absent"]):
            result = runner.invoke(app, ["review", *args, "--out", str(out)], env={"COLUMNS": "400"})
            assert result.exit_code == 0, cli_output(result)
    finally:
        _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]
    reviews = load_reviews(out / "reviews.csv")
    assert {k: r.label for k, r in reviews.items()} == {("xo-2025", "scope"): "out", ("xd-2025", "2.1.1.b"): "absent"}
    assert runner.invoke(app, ["report", str(out)]).exit_code == 0
    res = analyser.load(out)
    assert sorted(res.doc_ids) == ["xa-2025", "xd-2025", "xo-2025"]
    docs = res.documents.set_index("doc_id")
    assert (bool(docs.loc["xo-2025", "in_scope"]), bool(docs.loc["xo-2025", "scope_reviewed"])) == (False, True)
    assert set(res.coverage[res.coverage["doc_id"] == "xo-2025"]["label"]) == {"absent"}
    assert res.coverage.set_index(["doc_id", "key_element"]).loc[("xd-2025", "2.1.1.b"), "reviewed"]


def test_a_store_from_before_the_scope_columns_reads_and_upgrades(vetoed_out):
    """A store written before the scope columns: read-only readers take the scope from the files with the scope review
    applied; the next refresh adds the columns and fills them (the coverage of a document reviewed in included)."""
    out, unvetoed = vetoed_out
    add_review(out / "reviews.csv", DOC, "scope", "in", reviewer="A")
    con = duckdb.connect(str(out / "analysis.duckdb"))
    try:
        for col in ("in_scope", "in_scope_score", "machine_in_scope", "scope_reviewed", "scope_review_note", "scope_reviewer"):
            con.execute(f"ALTER TABLE documents DROP COLUMN {col}")
    finally:
        con.close()
    docs = analyser.load(out).documents.set_index("doc_id")
    assert docs.loc[DOC, ["in_scope", "machine_in_scope", "scope_reviewed", "scope_reviewer"]].tolist() == [True, False, True, "A"]
    assert docs.loc["xd-2025", ["in_scope", "machine_in_scope", "scope_reviewed"]].tolist() == [True, True, False]
    assert docs.loc[DOC, "in_scope_score"] == 0.41
    res = analyser.load(out).refresh()
    assert res.coverage[res.coverage["doc_id"] == DOC].set_index("key_element")["label"].to_dict() == _labels(unvetoed.coverage)
    con = duckdb.connect(str(out / "analysis.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT doc_id, in_scope, in_scope_score, machine_in_scope, scope_reviewed FROM documents "
                           "ORDER BY doc_id").fetchall()
    finally:
        con.close()
    assert rows == [(DOC, True, 0.41, False, True), ("xd-2025", True, 1.0, True, False)]


def test_a_document_being_committed_is_left_to_its_run(vetoed_out):
    """A scope review met while a run's commit of the document is staged but not yet published: the store keeps the
    committed rows (the run applies its own reviews); the next refresh after the publish brings the review in."""
    from analyser.runstate import STAGING_NAME

    out, unvetoed = vetoed_out
    stage = out / STAGING_NAME / DOC
    stage.mkdir(parents=True)
    add_review(out / "reviews.csv", DOC, "scope", "in")
    from analyser.pipeline.maintenance import _set_scope_reviews
    from analyser.store import AnalysisStore

    with AnalysisStore(out) as store:
        assert _set_scope_reviews(out, store, load_reviews(out / "reviews.csv")) == []
        assert set(store.table("coverage", [DOC])["label"]) == {"absent"}
        before = store.table("documents", [DOC]).iloc[0]
    stage.rmdir()
    with AnalysisStore(out) as store:
        assert _set_scope_reviews(out, store, load_reviews(out / "reviews.csv")) == [DOC]
        cov = store.table("coverage", [DOC]).set_index("key_element")["label"].to_dict()
        after = store.table("documents", [DOC]).iloc[0]
    assert cov == _labels(unvetoed.coverage)
    # stored again as it was analysed: same bytes, fingerprint, status and time; only the scope in force differs
    assert [after[c] for c in ("sha256", "fingerprint", "status", "analysed_at")] == [
        before[c] for c in ("sha256", "fingerprint", "status", "analysed_at")]
    assert (bool(before["in_scope"]), bool(after["in_scope"]), bool(after["machine_in_scope"])) == (False, True, False)
