"""Real answers read as absent, held-out set of the thirteenth session (recall13; real model).

Inputs and gold in ``tests/data/recall13`` (README, ``gold.yaml`` and ``make_inputs.py`` there), written before any
change of the recall13 branch and never tuned on: eight short strategies in languages rarely used so far (ga, mt, lv,
et, sl, hr, sk, da) whose answers take the shapes of the open recall xfails (Irish and Maltese sentences with figures,
a one-passage strategy whose other sections refer to other documents, a table of measures with a funding column,
answers beside a sibling key element), and six near-miss negatives that talk about migration without answering any
key element (a plan to plan, an overview of EU law, a statistics bulletin, an NGO's annual report, a research call, a
press release). Run once with main's code at the branch's start and once after the change was chosen. Every key
element the gold says is answered must not be absent; every one it says is not answered must stay absent; a negative
is out of scope or has nothing covered. Misses are strict xfails naming the cause (``scripts/diag_recall.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.model

RECALL13 = Path(__file__).parent / "data" / "recall13"
GOLD = yaml.safe_load((RECALL13 / "gold.yaml").read_text(encoding="utf-8"))

# (doc_id, key element) -> cause, for answered key elements read absent (measured with the recall13 branch)
MISSES: dict[tuple[str, str], str] = {
    ("et-2026.table", "2.1.2.c"): "segment: '2. Meetmed' (the table of measures' heading) is read as a list item and "
                                  "the table placed in 2.3.3, so no row stands in 2.1.2 or under '2' (PARENT_UNITS); "
                                  "the return row's window ranks 1.b first (probe 0.39, 2.1.2.c 2nd): 0.02",
    ("et-2026.table", "2.3.1.b"): "segment: the same table placed in 2.3.3; its procedure-time row is the focus of "
                                  "2.3.1.b (vote 0.44, probe 0.41, topicality 0.92) but stands in no section of "
                                  "2.3.1.b's: 0.04",
    ("ga-2026.short", "2.1.2.c"): "language offset (Irish): the return sentence's five bank neighbours are four 1.b "
                                  "rows and a negative (vote 0.00, probe 0.03, 2.1.2.c 15th): 0.05 (recall12's and "
                                  "fresh5's Irish return sentences the same)",
    ("hr-2026.short", "2.2.1.a"): "another key element first: the border sentence (1 350 km of external land border, "
                                  "500 border guards, consistency with the national integrated border management "
                                  "strategy) reads as geography, its neighbours five 1.c rows (vote 0.00, probe "
                                  "0.07): 0.01",
    ("lv-2026.short", "2.4.e"): "another key element first: the instrumentalisation sentence ('Ja Baltkrievija "
                                "atkal izmantos migrantus kā ieroci …') reads as mass arrivals, its neighbours 2.4.d "
                                "rows (vote 0.00, probe 0.22, 2.4.e 5th): 0.33",
    ("mt-2026.short", "2.4.d"): "language offset (Maltese): the mass-disembarkation sentence ranks 2.4.f and 1.b "
                                "first (vote 0.00, probe 0.37, its nearest bank row a 1.b block): 0.23 (recall11's "
                                "and recall12's Maltese 2.4.d the same)",
}
# doc_id -> cause, for negatives in scope with something covered (sk-eu-law-overview: in scope 0.94 with 1.b, 2.1.2.a,
# 2.3.3.a, 2.4.a covered at the first run; out since scope11's description-of-EU-law cue; et-research-call: in scope 0.80 with
# 1.b, 2.6.a, 2.6.b covered; out since scope14's call for project proposals, scope.call_marks: grant per project, deadline)
NEG_DEFECTS: dict[str, str] = {
    "lv-plan-to-plan": "non-answers: 'Finansējuma apjoms tiks precizēts pēc valsts budžeta pieņemšanas.' (the amount "
                       "will be set once the budget is adopted) is no placeholder for the Latvian reader and covers "
                       "2.6.d (partial 0.69); in scope 0.73",
}


@pytest.fixture(scope="module")
def recall13_run(analyse_and_load):
    return analyse_and_load("recall13", sorted((RECALL13 / "heldout").glob("*.txt")))


def _mark(cause: str | None):  # noqa: ANN202 - pytest mark or ()
    return pytest.mark.xfail(strict=True, reason=f"known defect (README 'Real answers read as absent, thirteenth session', recall13): {cause}") if cause else ()


def test_every_gold_document_is_analysed(recall13_run):
    assert sorted(recall13_run) == sorted(GOLD)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=_mark(MISSES.get((d, k))), id=f"{k}-{d}")
    for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["covered"]])
def test_answered_key_elements_are_covered(recall13_run, doc_id, key_element):
    cov = recall13_run[doc_id].coverage[key_element]
    assert cov.label in ("addressed", "partial"), (doc_id, key_element, cov.score)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, id=f"{k}-{d}") for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["absent"]])
def test_key_elements_not_answered_stay_absent(recall13_run, doc_id, key_element):
    cov = recall13_run[doc_id].coverage[key_element]
    assert cov.label == "absent", (doc_id, key_element, cov.score)


@pytest.mark.parametrize("doc_id", [
    pytest.param(d, marks=_mark(NEG_DEFECTS.get(d)), id=d) for d, g in sorted(GOLD.items()) if g["absent"] == "all"])
def test_near_miss_negatives_cover_nothing(recall13_run, doc_id):
    a = recall13_run[doc_id]
    assert not a.in_scope or [k for k, c in a.coverage.items() if c.label != "absent"] == []


def test_the_strategies_are_in_scope(recall13_run):
    assert [d for d, g in GOLD.items() if g["in_scope"] and not recall13_run[d].in_scope] == []
