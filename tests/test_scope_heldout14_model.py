"""The fourteenth scope held-out set, with the real model (``tests/data/scope_heldout14/README.md``).

Written and committed before any run of it and before the fourteenth session's scope changes were coded: seven parts of
strategies (issue #14: a context section alone mt/lt, one chapter es, two sections under own titles bg, Markdown nl/lv, one
line per section pl) and seven near-miss documents (research calls it/hr, Frontex press releases en/ro, a cybersecurity
strategy numbered like the Annex lv, an asylum statistics bulletin nl, a city's integration plan lt). Half of it (T) was
looked at while the rules were chosen (scope.call_marks, scope.figure_table, migration_share's own numbering,
match.item_units across one-line sections, parse.txt.plain_markdown); the other half (H) was run once, after.
First run of H (after the rules, held-out): 3/4 strategy parts in, 3/4 others out (main's scope the same).
Tuning half T: before 2/3 in and 1/3 out, after 3/3 and 3/3 (seen). One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_heldout14"
STRATEGIES = ("s14-bg-2-5-2-6-sobstveni-zaglavia",  # H, topicality 0.75
              "s14-es-2-3-3-acogida",  # T, 0.66
              "s14-lt-1-be-antrastes",  # H, 0.76
              "s14-mt-1-sitwazzjoni",  # T, 0.76
              "s14-nl-markdown",  # T: out 0.50 before (markup read as words), in 0.63 since parse.txt.plain_markdown
              "s14-pl-jedna-linia")  # H, 0.63
MISSED = {  # strategy part put out of scope (held-out) → the cue and its figure
    "s14-lv-markdown-2-1": "H: an excerpt of 2.1.1 and 2.1.2 in Markdown (bold-label bullets, a pipe table, no title) reads "
                           "genre 0.46 (report) and opens only two Annex sections, so the genre model is asked (topicality 0.86)",
}
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "n14-asielstatistiek-kwartaal-nl": "scope score 0.46",  # H
    "n14-bando-ricerca-migrazioni-it": "structured as a call for project proposals",  # T: in 0.56 before
    "n14-frontex-press-release-en": "written as a report",  # T, genre 0.40
    "n14-kiberdrosibas-strategija-lv": "about another policy field: 0%",  # T: in 0.53 before (share 1.00: all in section 1)
    "n14-poziv-istrazivanje-migracije-hr": "its title page names another kind of document",  # H, title 0.09
    "n14-savivaldybes-integracijos-planas-lt": "its title page names another kind of document",  # H, title 0.12
    # H, seen since the fifteenth session (scope15, scope.press_marks): in 0.83 before (genre 0.66, no quotation or formula line)
    "n14-frontex-comunicat-ro": "written as a press release (its parts: dateline, press contact)",
}


@pytest.fixture(scope="module")
def heldout14_run(tmp_path_factory, e5_encoder):
    from analyser.pipeline import analyse_corpus
    from analyser.schema import load_analysis

    out = tmp_path_factory.mktemp("heldout14")
    results = analyse_corpus([str(DATA / "strategies"), str(DATA / "negatives")], out=out, encoder=e5_encoder)
    assert sorted(r.doc_id for r in results) == sorted([*STRATEGIES, *MISSED, *NOT_STRATEGIES])
    assert [r.status for r in results] == ["success"] * len(results)
    return {r.doc_id: load_analysis(out / r.doc_id / "analysis.json") for r in results}


def _assert_in_scope(a, doc_id):
    assert a.in_scope and a.in_scope_score >= 0.5 and not [w for w in a.warnings if w.code == "W601"], (doc_id, a.in_scope_score)


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_strategy_part_is_in_scope(heldout14_run, doc_id):
    _assert_in_scope(heldout14_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=r)) for d, r in MISSED.items()])
def test_missed_strategy_part_is_in_scope(heldout14_run, doc_id):
    _assert_in_scope(heldout14_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_near_miss_document_is_out_of_scope(heldout14_run, doc_id):
    a = heldout14_run[doc_id]
    w601 = [w.message for w in a.warnings if w.code == "W601"]
    assert not a.in_scope and a.in_scope_score < 0.5 and w601, (doc_id, a.in_scope_score)
    assert NOT_STRATEGIES[doc_id] in w601[0], w601[0]
    assert all(c.label == "absent" for c in a.coverage.values())


def test_markdown_strategy_is_read_without_markup(heldout14_run):
    """parse.txt.plain_markdown: no "**", "##" or "|---|" left in the Dutch Markdown strategy's blocks; its Annex headings
    open 1, 2.1.2, 2.3.1, 2.3.3 and 2.6."""
    a = heldout14_run["s14-nl-markdown"]
    assert not [b.text for b in a.blocks if "**" in b.text or b.text.startswith("#") or "---" in b.text]
    assert {"1", "2.1.2", "2.3.1", "2.3.3", "2.6"} <= {b.section for b in a.blocks if b.role == "section_heading"} | {
        b.section for b in a.blocks if b.role == "answer_heading"}
