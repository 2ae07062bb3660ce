"""Held-out one-passage strategies, fourth compact set (tenth session, compact4; real model).

Inputs and gold in ``tests/data/compact/heldout4`` (README, ``gold.yaml`` and ``make_inputs.py`` there), written before
any change of the compact4 branch and run once after its rule was chosen: Portuguese and Bulgarian one-paragraph
summaries (semicolon clauses of one sentence), Romanian and German action plans as one ruled PDF table, a Czech one as
a Word table, a Croatian one tab-separated, a Finnish strategy answering everything under one numbered section; and
three negatives of the same shapes (a newspaper's one-paragraph summary, a ruled table of asylum statistics, a
reception centre's procurement table). Every key element the gold says is answered must not be absent; every one it
says is not answered must stay absent; the negatives are out of scope with nothing covered. Misses are strict xfails
naming the cause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.model

HELDOUT4 = Path(__file__).parent / "data" / "compact" / "heldout4"
GOLD = yaml.safe_load((HELDOUT4 / "gold.yaml").read_text(encoding="utf-8"))

# (doc_id, key element) -> cause, for answered key elements read absent (measured with the compact4 branch)
MISSES: dict[tuple[str, str], str] = {
    ("bg-2026.one-paragraph", "2.3.3.b"): "the ombudsman's six-monthly check of the reception centres: its clause's vote + "
                                          "probe rank 2.3.2.a (monitoring of rights) first, so it is no unit of 2.3.3.b",
    ("de-2026.action-table", "2.1.1.b"): "the resettlement row ('Aufnahme von 6 500 Schutzbedürftigen …') reads as mass "
                                         "arrivals (2.4.d 0.35 first), topicality 0.48",
    ("de-2026.action-table", "2.5.b"): "the federal-state working-group row is its own focus but its topicality against the "
                                       "negatives is 0.19: absent 0.08",
    ("de-2026.action-table", "2.6.a"): "the staff and budget row (2 300 posts at the BAMF and the administrative courts) "
                                       "reads as capacity planning 2.3.1.b first",
    # fi-2026.one-section 2.4.d (0.46: the segmentation places each paragraph by its content) is covered since the
    # eleventh session's merge (recall11's clause units and bank rows, the refit)
}
# (doc_id, key element) -> cause, for key elements not answered that come out covered
FALSE: dict[tuple[str, str], str] = {
    ("ro-2026.action-table", "2.1.2.a"): "the return row (decision with the refusal, forced return monitored by the "
                                         "ombudsman) reads as Dublin transfers too, partial 0.85 (0.85 before the branch)",
}


@pytest.fixture(scope="module")
def heldout4_run(analyse_and_load):
    paths = [p for p in sorted(HELDOUT4.iterdir()) if p.suffix in (".txt", ".pdf", ".docx")]
    return analyse_and_load("compact-heldout4", paths)


def _mark(cases: dict, doc_id: str, key_element: str):  # noqa: ANN202 - pytest mark or ()
    cause = cases.get((doc_id, key_element))
    return pytest.mark.xfail(strict=True, reason=f"known defect (README 'Multi-topic passages'): {cause}") if cause else ()


def test_every_gold_document_is_analysed(heldout4_run):
    assert sorted(heldout4_run) == sorted(GOLD)


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_scope(heldout4_run, doc_id):
    assert heldout4_run[doc_id].in_scope is GOLD[doc_id]["in_scope"]


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=_mark(MISSES, d, k), id=f"{k}-{d}") for d, g in sorted(GOLD.items()) for k in g["covered"]])
def test_answered_key_elements_are_covered(heldout4_run, doc_id, key_element):
    cov = heldout4_run[doc_id].coverage[key_element]
    assert cov.label in ("addressed", "partial"), (doc_id, key_element, cov.score)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=_mark(FALSE, d, k), id=f"{k}-{d}")
    for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["absent"]])
def test_key_elements_not_answered_stay_absent(heldout4_run, doc_id, key_element):
    cov = heldout4_run[doc_id].coverage[key_element]
    assert cov.label == "absent", (doc_id, key_element, cov.score)


@pytest.mark.parametrize("doc_id", sorted(d for d, g in GOLD.items() if g["absent"] == "all"))
def test_negatives_of_the_same_shapes_cover_nothing(heldout4_run, doc_id):
    a = heldout4_run[doc_id]
    assert not a.in_scope and [k for k, c in a.coverage.items() if c.label != "absent"] == []
