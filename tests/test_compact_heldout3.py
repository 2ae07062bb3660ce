"""Held-out compact strategies, third set (ninth session, compact3; real model).

Inputs and gold in ``tests/data/compact/heldout3`` (README and ``gold.yaml`` there), written before any change of the
compact3 branch and never tuned on: Irish, Maltese, Greek, Dutch and Danish compact paragraphs (two or three key
elements in one paragraph, one sentence each; near-miss sentences that defer a topic to another plan), an Italian
one-paragraph summary, a Swedish action plan as one table, French reproduced questions partly unanswered, and a
Hungarian county employment programme (not a strategy). Every key element the gold says is answered must not be
absent; every one it says is not answered must stay absent. Misses are strict xfails naming the cause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.model

HELDOUT3 = Path(__file__).parent / "data" / "compact" / "heldout3"
GOLD = yaml.safe_load((HELDOUT3 / "gold.yaml").read_text(encoding="utf-8"))

# (doc_id, key element) -> cause, for answered key elements read absent (measured with the compact3 branch)
MISSES: dict[tuple[str, str], str] = {
    ("ga-2026", "2.1.2.d"): "the Irish voluntary-return sentence reads absent 0.02: its windows' bank vote + probe rank 1.b or "
                            "2.5.d first (e5 reads Irish poorly; the Irish Dublin and return sentences' windows read 1.b too)",
    ("el-2026", "2.6.d"): "the AMIF share is named in the same sentence as the state budget (2.6.a addressed): a window never "
                          "splits a sentence; 0.05",
    ("fr-2026.questions", "2.1.2.p"): "the absconding sentence (Dublin applicants assigned residence) after the Dublin "
                                      "sentence reads absent 0.32",
    ("nl-2026", "2.1.2.a"): "'Claims bij de verantwoordelijke lidstaat worden binnen twee maanden gelegd' names no Dublin "
                            "or transfer word; its window reads 2.3.4.a and 2.1.2.a alike (0.35 / 0.34): absent 0.24",
    ("da-2026", "2.5.a"): "the coordination-forum sentence stands in the integration section (2.3.4): windows are read for "
                          "a key element in its own section only; 0.01",
    # one-passage shapes: since compact4 (score.UNPLACED_UNITS, text.clauses, text.tab_rows) the Swedish table's five
    # rows and the Italian summary's integration and mass-arrival clauses are covered
    ("it-2026.one-paragraph", "2.1.2.c"): "the return clause (with the intro 'Le misure principali …' and the national "
                                          "Garante) votes 2.2.1.a first (0.58), so it is no unit of 2.1.2.c",
    ("it-2026.one-paragraph", "2.3.3.a"): "the reception clause is its own focus but reads 0.32 (vote 0.17, probe 0.22)",
    ("it-2026.one-paragraph", "2.6.a"): "the budget clause names the state budget and the AMIF share: its vote + probe "
                                        "rank 2.6.d first (covered), a unit is the evidence of its focus only",
}
# (doc_id, key element) -> cause, for key elements not answered that come out covered
FALSE: dict[tuple[str, str], str] = {
    ("nl-2026", "2.1.2.d"): "'de Dienst Terugkeer en Vertrek begeleidt het vertrek binnen vier weken' (the return service "
                            "accompanies departure) reads as other return measures, addressed 0.98 (0.98 before the windows "
                            "too); the gold, written first, says the text names no such measure",
}


@pytest.fixture(scope="module")
def heldout3_run(analyse_and_load):
    paths = [p for p in sorted(HELDOUT3.iterdir()) if p.suffix == ".txt"]
    return analyse_and_load("compact-heldout3", paths)


def _mark(cases: dict, doc_id: str, key_element: str):  # noqa: ANN202 - pytest mark or ()
    cause = cases.get((doc_id, key_element))
    return pytest.mark.xfail(strict=True, reason=f"known defect (README 'compact strategies'): {cause}") if cause else ()


def test_every_gold_document_is_analysed(heldout3_run):
    assert sorted(heldout3_run) == sorted(GOLD)


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_scope(heldout3_run, doc_id):
    assert heldout3_run[doc_id].in_scope is GOLD[doc_id]["in_scope"]


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=_mark(MISSES, d, k), id=f"{k}-{d}") for d, g in sorted(GOLD.items()) for k in g["covered"]])
def test_answered_key_elements_are_covered(heldout3_run, doc_id, key_element):
    cov = heldout3_run[doc_id].coverage[key_element]
    assert cov.label in ("addressed", "partial"), (doc_id, key_element, cov.score)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=_mark(FALSE, d, k), id=f"{k}-{d}")
    for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["absent"]])
def test_key_elements_not_answered_stay_absent(heldout3_run, doc_id, key_element):
    """Including unanswered reproduced questions (fr) and near-miss sentences deferring a topic (el, nl)."""
    cov = heldout3_run[doc_id].coverage[key_element]
    assert cov.label == "absent", (doc_id, key_element, cov.score)


def test_off_topic_programme_covers_nothing(heldout3_run):
    a = heldout3_run["hu-county-labour"]
    assert not a.in_scope and [k for k, c in a.coverage.items() if c.label != "absent"] == []
