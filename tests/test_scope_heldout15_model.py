"""The fifteenth scope held-out set, with the real model (``tests/data/scope_heldout15/README.md``).

Written and committed before any run of it and before the fifteenth session's scope changes were coded, in languages the
scope sets use least: four parts of strategies (a context section alone sv under an own title, sl without a heading; 2.5 +
2.6 pt under own titles, da under the Annex's numbers) and four near-miss documents (an agency's annual report et, a
ministry press release pt, an excerpt of the Screening Regulation sl, a parliamentary question with the answer da). Half
of it (T) was looked at while the rules were chosen (scope.press_marks, match.repeated_passages); the other half (H) was
run once, after. First run of H (after the rules, held-out): 2/2 strategy parts in, 2/2 others out (main's scope the
same). Tuning half T: 1/2 in, 2/2 out before and after (the Portuguese 2.5 + 2.6 excerpt out by genre 0.495: strict
xfail). One pipeline run per session.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "scope_heldout15"
STRATEGIES = ("s15-sv-1-utgangslage",  # T, topicality 0.87
              "s15-sl-1-brez-naslova",  # H, 0.81
              "s15-da-2-5-2-6-kapitler")  # H, 0.97
MISSED = {  # strategy part put out of scope → the cue and its figure
    "s15-pt-2-5-2-6-capitulos": "T: 2.5 and 2.6 under own titles ('Governação e articulação entre entidades', 'Meios humanos, "
                                "financeiros e técnicos'), no title page: topicality 0.82 but genre 0.495 (report), and no "
                                "Annex heading exempts it from the genre model",
}
NOT_STRATEGIES = {  # document → the start of its W601 reason
    "n15-ppa-aastaraamat-et": "written as a report",  # T, genre 0.45 (its 'Aastaraamat 2025' line is no kind formula)
    "n15-comunicado-mai-pt": "written as a report",  # T, genre 0.29 (also a press release by its parts, asked later)
    "n15-uredba-izvlecek-sl": "structured as a legal act",  # H, 4 article headings
    "n15-folketingsspoergsmaal-da": "written as a report",  # H, genre 0.23
}


@pytest.fixture(scope="module")
def heldout15_run(analyse_and_load):
    return analyse_and_load("heldout15", [DATA / "strategies", DATA / "negatives"], doc_ids=[*STRATEGIES, *MISSED, *NOT_STRATEGIES])


def _assert_in_scope(a, doc_id):
    assert a.in_scope and a.in_scope_score >= 0.5 and not [w for w in a.warnings if w.code == "W601"], (doc_id, a.in_scope_score)


@pytest.mark.parametrize("doc_id", STRATEGIES)
def test_strategy_part_is_in_scope(heldout15_run, doc_id):
    _assert_in_scope(heldout15_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=r)) for d, r in MISSED.items()])
def test_missed_strategy_part_is_in_scope(heldout15_run, doc_id):
    _assert_in_scope(heldout15_run[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(NOT_STRATEGIES))
def test_near_miss_document_is_out_of_scope(heldout15_run, doc_id):
    a = heldout15_run[doc_id]
    w601 = [w.message for w in a.warnings if w.code == "W601"]
    assert not a.in_scope and a.in_scope_score < 0.5 and w601, (doc_id, a.in_scope_score)
    assert NOT_STRATEGIES[doc_id] in w601[0], w601[0]
    assert all(c.label == "absent" for c in a.coverage.values())
