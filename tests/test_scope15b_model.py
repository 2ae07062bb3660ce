"""The scope15b set, with the real model (``tests/data/scope15b/README.md``): four annual or activity reports of
migration agencies and border guards (de, nl tuning; fr, pl held-out) and four strategies that open with last year's
figures and name funding and internal control (fi, cs tuning; it, es held-out). Written and committed before any run and
before :func:`analyser.scope.report_marks` was coded. Before the rule: the German and Dutch reports out by topicality
(0.46, 0.48), the French by its title page (0.31), the Polish Border Guard's "Informacja o działalności … w 2025 roku"
IN 0.74 (genre 0.91); after (the Polish report run once, held-out): 4/4 out, 4/4 strategies in (0.92, 0.95, 0.57, 0.77).
One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope15b"
STRATEGIES = ("s15b-fi-strategia-luvut",  # T, 0.95
              "s15b-cs-strategie-vysledky",  # T, 0.92
              "s15b-it-strategia-dati",  # H, 0.57
              "s15b-es-estrategia-balance")  # H, 0.77
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "r15b-bamf-jahresbericht-de": "scope score",  # T, topicality 0.46 (report marks: all three, asked later)
    "r15b-ind-jaarverslag-nl": "scope score",  # T, 0.48
    "r15b-ofpra-rapport-activite-fr": "its title page names another kind",  # H, title 0.14, other 0.56
    "r15b-strazgraniczna-sprawozdanie-pl": "written as a body's annual or activity report",  # H, in 0.74 before
}


@pytest.fixture(scope="module")
def run15b(analyse_and_load):
    return analyse_and_load("scope15b", [DATA / "strategies", DATA / "negatives"], doc_ids=[*STRATEGIES, *NOT_STRATEGIES])


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_strategy_reporting_last_years_figures_is_in_scope(run15b, doc_id):
    a = run15b[doc_id]
    assert a.in_scope and a.in_scope_score >= 0.5 and not [w for w in a.warnings if w.code == "W601"], (doc_id, a.in_scope_score)


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_agency_annual_report_is_out_of_scope(run15b, doc_id):
    a = run15b[doc_id]
    w601 = [w.message for w in a.warnings if w.code == "W601"]
    assert not a.in_scope and a.in_scope_score < 0.5 and w601, (doc_id, a.in_scope_score)
    assert w601[0].startswith(NOT_STRATEGIES[doc_id]) or NOT_STRATEGIES[doc_id] in w601[0], w601[0]
    assert all(c.label == "absent" for c in a.coverage.values())
