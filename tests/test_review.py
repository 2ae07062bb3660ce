"""Analysts' reviews (``review.py``): orphans, wrong labels, and the CLI/API around them.

Runs on the session's hashing-encoder analysis of three development texts (``fake_run``), copied per test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import analyser
from analyser.cli import app
from analyser.review import load_reviews, orphan_reviews

runner = CliRunner()
DOC = "xa-2025"



def _drop(out, doc_id: str, ke: str, aspect: str | None = None) -> None:
    """Remove a key element (or one of its aspects) from a document's analysis.json."""
    path = out / doc_id / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if aspect is None:
        del data["coverage"][ke]
    else:
        data["coverage"][ke]["aspects"] = [a for a in data["coverage"][ke]["aspects"] if a["id"] != aspect]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_orphan_reviews_are_warned_once_each_and_kept(out):
    """Reviews of a document no longer in the output and of an aspect its analysis lacks: one W513 line
    each on `report` (and on the next command again), the file untouched, exit 0; the reviews that still
    match raise no warning."""
    assert runner.invoke(app, ["review", DOC, "2.1.1.b", "addressed", "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["review", DOC, "2.1.2.c/return-management", "covered", "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["review", "xd-2025", "2.2.1.a", "absent", "--out", str(out)]).exit_code == 0
    reviews = out / "reviews.csv"
    with open(reviews, "a", encoding="utf-8", newline="") as fh:
        fh.write("gone-2025,2.1.2.c,partial,ann,pruned,2026-12-06T08:09:54+00:00\r\n")
    _drop(out, DOC, "2.1.2.c", "2.1.2.c/return-management")
    before = reviews.read_bytes()
    for _ in range(2):
        result = runner.invoke(app, ["report", str(out)], env={"COLUMNS": "400"})
        assert result.exit_code == 0, result.output
        warned = [line for line in result.output.splitlines() if "W513" in line]
        assert warned == [
            f"warning: [W513] {reviews}: the review of 'gone-2025' 2.1.2.c (partial) names no document in the output; kept, not applied",
            f"warning: [W513] {reviews}: the review of 'xa-2025' 2.1.2.c/return-management (covered) names an aspect its analysis lacks; kept, not applied",
        ]
        assert reviews.read_bytes() == before
    assert len(load_reviews(reviews)) == 4


def test_analyse_with_prune_warns_of_the_reviews_it_orphans(out, repo_root):
    """`analyse --prune` drops a reviewed document from the output: its review is kept in reviews.csv and
    the run says so once (W513, logged and in run.json), the other review matches and raises nothing."""
    assert runner.invoke(app, ["review", "xo-2025", "2.1.1.b", "absent", "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["review", DOC, "2.1.1.b", "absent", "--out", str(out)]).exit_code == 0
    before = (out / "reviews.csv").read_bytes()
    dev = repo_root / "tests" / "data" / "dev"
    result = runner.invoke(app, ["analyse", str(dev / "xa-2025.txt"), str(dev / "xd-2025.txt"), "--out", str(out),
                                 "--model", "hashing", "--quiet", "--prune"])
    assert result.exit_code == 0, result.output
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["warnings"] == [f"[W513] {out / 'reviews.csv'}: the review of 'xo-2025' 2.1.1.b (absent) names no "
                               "document in the output; kept, not applied"]
    assert not (out / "xo-2025").exists() and (out / "reviews.csv").read_bytes() == before


def test_orphan_reviews_of_an_unreadable_analysis_are_not_judged(out):
    """A document whose analysis cannot be read is not an orphan maker (E403 says what is wrong)."""
    res = analyser.load(out)
    res.review(DOC, "2.1.1.b", "absent")
    reviews = load_reviews(res.reviews_file)
    assert orphan_reviews(reviews, {DOC: None}) == []
    assert [(r.doc_id, why) for r, why in orphan_reviews(reviews, {})] == [(DOC, "no document in the output")]
    analysis = res.analysis(DOC, reviewed=False)
    assert orphan_reviews(reviews, {DOC: analysis}) == []
    lacking = analysis.with_coverage({k: c for k, c in analysis.coverage.items() if k != "2.1.1.b"})
    assert [(r.key_element, why) for r, why in orphan_reviews(reviews, {DOC: lacking})] == [
        ("2.1.1.b", "a key element its analysis lacks")]


def test_review_with_label_none_is_the_catalogue_error(out):
    """`res.review(doc, aspect, None)` raised AttributeError ('NoneType' object has no attribute 'strip'):
    now E509 like a wrong label on the command line (there is no "remove the review"); nothing saved."""
    from analyser.errors import ReviewError

    res = analyser.load(out)
    with pytest.raises(ReviewError) as exc:
        res.review(DOC, "2.1.1.b/resettlement", None)  # type: ignore[arg-type]
    assert str(exc.value) == "[E509] label None is not one of covered, missing (for the aspect 2.1.1.b/resettlement)"
    with pytest.raises(ReviewError) as exc:
        res.review(DOC, "2.1.1.b", None)  # type: ignore[arg-type]
    assert str(exc.value) == "[E509] label None is not one of addressed, partial, absent (for the key element 2.1.1.b)"
    with pytest.raises(ReviewError) as exc:
        res.review(DOC, None, "covered")  # type: ignore[arg-type]
    assert exc.value.code == "E508" and "None" in str(exc.value)
    assert not res.reviews_file.exists()
    cli = runner.invoke(app, ["review", DOC, "2.1.1.b/resettlement", "", "--out", str(out)])
    assert cli.exit_code == 2 and "[E509] label '' is not one of covered, missing" in cli.output


# ------------------------------------------------------------------ defects a fresh user found (were in test_fresh_findings.py)


def _truncate(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")


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
