"""Short concrete answers in rarely used languages (eleventh session, recall11; real model).

Inputs and gold in ``tests/data/recall11`` (README, ``gold.yaml`` and ``make_inputs.py`` there), written before any
change of the recall11 branch: strategies of two or three Annex sections in sk, sl, lv, lt, et, bg, hr, da, mt, ga,
each section answering one key element in one or two sentences with figures and named instruments (AMIF, BMVI,
Eurodac, EES, Frontex, EUAA, readmission, reception places, case officers), and near-miss negatives (a news item, a
statistics table, an NGO report, a transport budget). ``tune/`` was looked at while choosing the rule, ``heldout/``
run once after. Every key element the gold says is answered must not be absent; every one it says is not answered
must stay absent; a negative is out of scope or has nothing covered. Misses are strict xfails naming the cause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.model

RECALL11 = Path(__file__).parent / "data" / "recall11"
GOLD = yaml.safe_load((RECALL11 / "gold.yaml").read_text(encoding="utf-8"))

# (doc_id, key element) -> cause, for answered key elements read absent (measured with the recall11 branch)
MISSES: dict[tuple[str, str], str] = {
    ("lv-2026.borders", "2.1.2.c"): "tune: the return sentences' five bank neighbours are nl-2025 blocks evidencing "
                                    "nothing (vote 0.00, probe 0.20) though the exact cosine ranks 2.1.2.c first: 0.24",
    ("mt-2026.short", "2.3.3.a"): "Maltese: the reception passage's topicality against the negatives is 0.39 and its "
                                  "sentence's vote + probe rank 1.b first: 0.43",
    ("mt-2026.short", "2.4.d"): "Maltese: the mass-arrival sentence ranks 1.b first (2.4.d vote 0.15, probe 0.41; "
                                "document scope 0.56): 0.44",
    ("ga-2026.short", "2.1.2.c"): "Irish: the return-decision sentence's vote is 0.00 (neighbours evidence 1.b), "
                                  "probe 0.18: 0.06",
    ("ga-2026.short", "2.6.d"): "segment: the '2.6 Acmhainn leordhóthanach' paragraph is placed in section 1; its "
                                "sentence ranks 2.6.d first (vote 0.83) but outside its own section: 0.14",
}
# doc_id -> cause, for negatives in scope with something covered
NEG_DEFECTS: dict[str, str] = {}
# fixed (twelfth session, scope10): the Estonian transport budget ("Majandus- ja Kommunikatsiooniministeeriumi 2026. aasta
# eelarve: transport ja taristu"; in scope 0.70 with 1.b, 2.3.3.a, 2.6.a, 2.6.d covered) is out by its opening line naming
# one year's budget (scope.budget_year_line); test_estonian_transport_budget_is_out below


@pytest.fixture(scope="module")
def recall11_run(analyse_and_load):
    paths = sorted((RECALL11 / "tune").glob("*.txt")) + sorted((RECALL11 / "heldout").glob("*.txt"))
    return analyse_and_load("recall11", paths)


def _mark(cause: str | None):  # noqa: ANN202 - pytest mark or ()
    return pytest.mark.xfail(strict=True, reason=f"known defect (README 'Multi-topic passages', recall11): {cause}") if cause else ()


def test_every_gold_document_is_analysed(recall11_run):
    assert sorted(recall11_run) == sorted(GOLD)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=_mark(MISSES.get((d, k))), id=f"{k}-{d}")
    for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["covered"]])
def test_answered_key_elements_are_covered(recall11_run, doc_id, key_element):
    cov = recall11_run[doc_id].coverage[key_element]
    assert cov.label in ("addressed", "partial"), (doc_id, key_element, cov.score)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, id=f"{k}-{d}") for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["absent"]])
def test_key_elements_not_answered_stay_absent(recall11_run, doc_id, key_element):
    cov = recall11_run[doc_id].coverage[key_element]
    assert cov.label == "absent", (doc_id, key_element, cov.score)


@pytest.mark.parametrize("doc_id", [
    pytest.param(d, marks=_mark(NEG_DEFECTS.get(d)), id=d) for d, g in sorted(GOLD.items()) if g["absent"] == "all"])
def test_near_miss_negatives_cover_nothing(recall11_run, doc_id):
    a = recall11_run[doc_id]
    assert not a.in_scope or [k for k, c in a.coverage.items() if c.label != "absent"] == []


def test_the_strategies_are_in_scope(recall11_run):
    assert [d for d, g in GOLD.items() if g["in_scope"] and not recall11_run[d].in_scope] == []


def test_estonian_transport_budget_is_out(recall11_run):
    """Twelfth session (scope10): the opening line names one year's budget (``scope.budget_year_line``)."""
    a = recall11_run["et-budget-roads"]
    assert not a.in_scope and [k for k, c in a.coverage.items() if c.label != "absent"] == []
    w601 = [w.message for w in a.warnings if w.code == "W601"]
    assert w601 and w601[0].startswith("not an asylum and migration strategy: its opening line names another kind of "
                                            "document: a budget of one year"), w601
