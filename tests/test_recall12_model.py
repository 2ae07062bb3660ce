"""Real answers read as absent in under-represented languages and shapes (twelfth session, recall12; real model).

Inputs and gold in ``tests/data/recall12`` (README, ``gold.yaml`` and ``make_inputs.py`` there), written before any
change of the recall12 branch: strategies in ga, mt, hu, fi, cs, lt, el, pt, ro whose answers take the shapes that
failed (a lone answer passage among sections that only refer to other documents, rows of a table of measures, short
concrete sentences with figures), and near-miss negatives (a plan to plan, a description of EU law, another policy
area with places, EU funds and IT systems). ``tune/`` was looked at while choosing the rule, ``heldout/`` run at the
branch's start and once after. Every key element the gold says is answered must not be absent; every one it says is
not answered must stay absent; a negative is out of scope or has nothing covered. Misses are strict xfails naming
the cause (diagnosed with ``scripts/diag_recall.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.model

RECALL12 = Path(__file__).parent / "data" / "recall12"
GOLD = yaml.safe_load((RECALL12 / "gold.yaml").read_text(encoding="utf-8"))

# (doc_id, key element) -> cause, for answered key elements read absent (measured with the recall12 branch)
MISSES: dict[tuple[str, str], str] = {
    ("ga-2026.short", "2.1.2.c"): "tune, language offset (Irish): the return-decision sentence's five bank neighbours "
                                  "are a Greek agriculture negative and 1.b / 2.2.2.a rows (vote 0.00, probe 0.19, "
                                  "2.1.2.c 6th): 0.05",
    ("cs-2026.table", "2.6.d"): "tune, another key element first: the row 'Rozšíření přijímacího střediska Vyšní Lhoty "
                                "o 200 míst | SUZ | 2027 | 240 | AMIF 75 %' reads as reception (2.3.3.a, 2.6.a before "
                                "2.6.d; its answer is the funding cell): 0.38",
    ("el-2026.short", "1.c"): "tune, segment: '1. Εθνικό πλαίσιο' is a list item of the front matter, so the geography "
                              "paragraph below it is front matter, no passage: 0.01",
    ("mt-2026.short", "1.c"): "held-out, language offset (Maltese): the island sentence's neighbours are three "
                              "negatives and 2.2.1.a (vote 0.00, probe 0.12): 0.06",
    ("mt-2026.short", "2.3.3.a"): "held-out, Maltese: the reception passage's topicality against the negatives is 0.46 "
                                  "and its sentence's neighbours evidence 1.b (vote 0.00): 0.31 (recall11's mt the same)",
    ("mt-2026.short", "2.4.d"): "held-out, Maltese: the one-sentence mass-arrival passage ranks 1.b first (vote 0.26, "
                                "probe 0.25, its nearest bank row a 1.b block): 0.43 (recall11's mt the same)",
    ("cs-2026.short", "2.4.d"): "held-out, another key element first: 'Při hromadném příchodu cizinců zajistí Správa "
                                "uprchlických zařízení do 72 hodin 5 000 nouzových lůžek' reads as reception (2.3.3.b, "
                                "2.1.2.a before 2.4.d; vote 0.23, probe 0.09): 0.24 (fresh7's Czech plan the same)",
}
# doc_id -> cause, for negatives in scope with something covered. None since the thirteenth session (scope11): the Czech
# overview of the Pact's regulations (tune; in scope 0.87 with 2.1.3.a, 2.2.2.b, 2.3.p, 2.3.3.a, 2.4.a covered) and the
# Greek note on the Return and Reception Directives (held-out; 0.76, 2.1.2.c, 2.3.3.a, 2.4.a covered) are out as
# descriptions of EU law (scope.eu_law_sentences: 4 of 8 and 3 of 6 sentences have an EU act or the member states as subject)
NEG_DEFECTS: dict[str, str] = {}


def test_descriptions_of_eu_law_are_out_of_scope(recall12_run):
    """scope11: the two descriptions of EU law, out with the reason naming it."""
    for doc_id in ("cs-eu-law-description", "el-eu-law-note"):
        a = recall12_run[doc_id]
        assert not a.in_scope and a.in_scope_score < 0.5, doc_id
        w601 = [w.message for w in a.warnings if w.code == "W601"]
        assert w601 and w601[0].startswith("not an asylum and migration strategy: a description of EU law, not a national "
                                           "strategy"), w601


@pytest.fixture(scope="module")
def recall12_run(analyse_and_load):
    paths = sorted((RECALL12 / "tune").glob("*.txt")) + sorted((RECALL12 / "heldout").glob("*.txt"))
    return analyse_and_load("recall12", paths)


def _mark(cause: str | None):  # noqa: ANN202 - pytest mark or ()
    return pytest.mark.xfail(strict=True, reason=f"known defect (README 'Real answers read as absent, twelfth session', recall12): {cause}") if cause else ()


def test_every_gold_document_is_analysed(recall12_run):
    assert sorted(recall12_run) == sorted(GOLD)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, marks=_mark(MISSES.get((d, k))), id=f"{k}-{d}")
    for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["covered"]])
def test_answered_key_elements_are_covered(recall12_run, doc_id, key_element):
    cov = recall12_run[doc_id].coverage[key_element]
    assert cov.label in ("addressed", "partial"), (doc_id, key_element, cov.score)


@pytest.mark.parametrize(("doc_id", "key_element"), [
    pytest.param(d, k, id=f"{k}-{d}") for d, g in sorted(GOLD.items()) if g["absent"] != "all" for k in g["absent"]])
def test_key_elements_not_answered_stay_absent(recall12_run, doc_id, key_element):
    cov = recall12_run[doc_id].coverage[key_element]
    assert cov.label == "absent", (doc_id, key_element, cov.score)


@pytest.mark.parametrize("doc_id", [
    pytest.param(d, marks=_mark(NEG_DEFECTS.get(d)), id=d) for d, g in sorted(GOLD.items()) if g["absent"] == "all"])
def test_near_miss_negatives_cover_nothing(recall12_run, doc_id):
    a = recall12_run[doc_id]
    assert not a.in_scope or [k for k, c in a.coverage.items() if c.label != "absent"] == []


def test_the_strategies_are_in_scope(recall12_run):
    assert [d for d, g in GOLD.items() if g["in_scope"] and not recall12_run[d].in_scope] == []
