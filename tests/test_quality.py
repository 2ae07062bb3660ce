"""Quality of the whole pipeline with the real model over the 13 corpus PDFs.

One corpus run per session (``corpus_run`` fixture in conftest.py), then every
test reads its outputs. ``pytest -s tests/test_quality.py`` prints the table of
figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from analyser.evaluate import evaluate_dir

pytestmark = pytest.mark.model

REPO = Path(__file__).parents[1]
GOLD_DIR = REPO / "tests" / "data" / "gold"
CORPUS_IDS = sorted(p.name.split(".", 1)[0] for p in (REPO / "corpus").glob("*.pdf"))


@pytest.fixture(scope="module")
def scores(corpus_run):
    out, _ = corpus_run
    results = {s.doc_id: s for s in evaluate_dir(out, GOLD_DIR)}
    cols = ("section_accuracy", "template_f1", "role_accuracy", "word_recall", "coverage_agreement", "label_accuracy", "pk", "window_diff")
    cols = tuple(c for c in cols if all(hasattr(s, c) for s in results.values()))

    def fmt(v):
        return "   –  " if v is None else f"{v:6.3f}"

    lines = ["", f"{'doc_id':9} {'lang':4} " + " ".join(f"{c[:8]:>8}" for c in cols)]
    for doc_id, s in sorted(results.items()):
        lines.append(f"{doc_id:9} {s.language:4} " + " ".join(f"{fmt(getattr(s, c)):>8}" for c in cols))
    for c in cols:
        vals = [getattr(s, c) for s in results.values() if getattr(s, c) is not None]
        if vals:
            lines.append(f"mean {c}: {sum(vals) / len(vals):.3f} over {len(vals)} documents")
    print("\n".join(lines))
    return results


def test_corpus_run_succeeds(corpus_run):
    out, results = corpus_run
    assert sorted(r.doc_id for r in results) == CORPUS_IDS
    assert len(CORPUS_IDS) == 13
    failed = {r.doc_id: [e.message for e in r.errors] for r in results if r.status != "success"}
    assert not failed
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["success"] == 13
    assert run["model"] == "multilingual-e5-small"


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_analysis_validates(corpus_run, analysis_schema, template, doc_id):
    out, _ = corpus_run
    data = json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, analysis_schema)
    assert data["doc_id"] == doc_id
    assert set(data["sections"]) == set(template.section_ids())
    assert set(data["coverage"]) == {k.id for k in template.key_elements()}
    assert data["model"]["name"] == "multilingual-e5-small"


def test_every_strategy_is_in_scope(corpus_run):
    """Issue 12: no development strategy is taken for an off-topic document (its own blocks are out of the topicality model)."""
    out, results = corpus_run
    for doc_id in CORPUS_IDS:
        data = json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))
        assert data["in_scope"] is True and data["in_scope_score"] >= 0.5, (doc_id, data["in_scope_score"])
        assert data["warnings"] == []
    assert not any(e.code == "W601" for r in results for e in r.errors)


@pytest.fixture(scope="module")
def train_negatives(tmp_path_factory, e5_encoder):
    """The training negatives (tests/data/negatives/train) analysed once: the calibration's negative documents."""
    from analyser.pipeline import analyse_corpus

    out = tmp_path_factory.mktemp("negatives")
    analyse_corpus([str(REPO / "tests" / "data" / "negatives" / "train")], out=out, encoder=e5_encoder)
    return out


def test_every_gold_document_scored(scores):
    assert sorted(scores) == CORPUS_IDS


def test_nl_targets(scores):
    """Issue 2 targets on the real Dutch strategy."""
    nl = scores["nl-2025"]
    assert nl.section_accuracy >= 0.90
    assert nl.coverage_agreement is not None and nl.coverage_agreement >= 0.80


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_section_accuracy(scores, doc_id):
    s = scores[doc_id]
    assert s.word_recall >= 0.9, f"{doc_id}: only {s.word_recall:.3f} of the gold words found in the PDF text"
    assert s.section_accuracy >= 0.85, f"{doc_id}: section accuracy {s.section_accuracy:.3f}"


# Segmentation targets of the development corpus (MANIFEST: which documents follow the numbering).
STRICT = ("nl-2025", "xa-2025", "xb-2025", "xc-2025")
FREE_FORM = ("xd-2025", "xl-2025", "xp-2025")


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_segmentation_targets(scores, doc_id):
    s = scores[doc_id]
    floor = 0.98 if doc_id in STRICT else 0.85 if doc_id in FREE_FORM else 0.95
    assert s.section_accuracy >= floor, f"{doc_id}: answer-word section accuracy {s.section_accuracy:.3f} < {floor}"
    if doc_id in ("nl-2025", "xa-2025", "xc-2025"):
        assert s.template_f1 >= 0.97, f"{doc_id}: template F1 {s.template_f1:.3f}"
    if doc_id in FREE_FORM:
        assert s.template_f1 is None  # no template text in the gold, none may be found either
        assert s.role_accuracy >= 0.95


def test_free_form_documents_detected(corpus_run):
    out, _ = corpus_run
    follows = {d: json.loads((out / d / "analysis.json").read_text(encoding="utf-8"))["follows_template"] for d in CORPUS_IDS}
    assert {d for d, f in follows.items() if not f} == set(FREE_FORM)


def test_template_text_never_in_passages(corpus_run):
    """A reproduced template question must never count as its own answer."""
    out, _ = corpus_run
    for doc_id in CORPUS_IDS:
        data = json.loads((out / doc_id / "analysis.json").read_text(encoding="utf-8"))
        roles = {b["id"]: b["role"] for b in data["blocks"]}
        for p in data["passages"]:
            assert all(roles[b] in ("answer", "answer_list_item") for b in p["blocks"]), (doc_id, p["id"])
        for kid, cov in data["coverage"].items():
            if cov["label"] == "absent":
                assert cov["evidence"] == [], (doc_id, kid)
            for e in cov["evidence"]:
                assert roles[e["block"]] in ("answer", "answer_list_item"), (doc_id, kid, e["block"])


def test_calibration_leave_one_document_out(corpus_run, train_negatives, e5_encoder, tmp_path):
    """Issue 5: coverage calibration evaluated so that no document scores itself.

    Honest leave-one-document-out: in the fold of each held-out document the
    k-NN evidence bank and the probe used for the training documents' features
    also leave it out. Targets of the issue: macro-F1 >= 0.90, 3-class
    accuracy >= 0.75, ROC AUC >= 0.95, ECE <= 0.10. Measured with the 14
    training negatives in the bank of every fold and in the training folds
    when the scope gate lets them through (none does: each is out of scope,
    so the calibration is fitted on the in-scope strategies): 0.914, 0.872,
    0.986, 0.018 (0.911, 0.869, 0.983, 0.021 with every negative in the
    training folds at weight 0.5; 0.921, 0.862, 0.986, 0.024 without negatives;
    0.884, 0.837, 0.974, 0.025 before the bank centred every document's
    embeddings on its mean).
    """
    from analyser.calibrate import calibrate_from_outputs
    from analyser.embed import CachedEncoder, EmbeddingCache

    out, _ = corpus_run
    encoder = CachedEncoder(e5_encoder, EmbeddingCache(out / ".cache"))  # warm cache: nothing is embedded again
    report = calibrate_from_outputs(out, GOLD_DIR, tmp_path / "calibration.json", encoder=encoder, negatives=train_negatives)
    print()
    print(report.__rich__())
    assert report.honest  # features rebuilt per fold, not the stored ones
    assert report.n_examples == 13 * 44
    # 0.927, 0.883, 0.988, 0.023 since a key element's own section without answer text of its own takes its direct
    # subsections' passages (was 0.906, 0.869, 0.986, 0.016 on the same analyses)
    assert report.auc >= 0.985
    assert report.accuracy3 >= 0.875
    assert report.ece <= 0.03
    assert report.macro_f1 >= 0.92
    assert len(report.per_language) == 13 and set(report.per_document) == set(CORPUS_IDS)
    # out of sample the real Dutch strategy agrees on 41 of 44 covered-vs-absent calls (39 before the subsection rule)
    assert report.per_document["nl-2025"]["agreement"] >= 0.90
    cal = json.loads((tmp_path / "calibration.json").read_text(encoding="utf-8"))
    assert cal["model"] == "multilingual-e5-small" and cal["version"]
    # the training negatives are all out of scope (the gate labels them absent): the calibration is fitted on the strategies
    assert set(cal["fitted_on"]) == set(CORPUS_IDS)
    assert 0.2 <= cal["covered_threshold"] <= 0.6

    # issue 12 on the real Dutch strategy (before the negatives: macro-F1 0.612, AUC 0.810, three-class 0.636;
    # the pre-negatives scorer on today's segmentation: 0.588, 0.810, 0.591). With the calibration fitted on in-scope
    # documents only: 0.612, 0.786, 0.659; since its sections 2, 2.2 and 2.3, which hold no answer text of their
    # own, let 2.p, 2.2.p and 2.3.p find their evidence in their subsections: 0.682, 0.821, 0.682 (AUC rests on 84
    # pairs: 2 absent key elements; the absent 2.4.e still scores above most mid-range covered ones).
    nl = report.per_document["nl-2025"]
    assert nl["macro_f1"] >= 0.68 and nl["accuracy3"] >= 0.68
    assert nl["auc"] >= 0.81
    # ... and the training negatives, each left out in turn, cover (almost) nothing
    assert report.n_negative == 14
    assert report.false_coverage == 0.0  # 0 of 616 (every training negative out of scope)
    assert report.negative_mean_score < 0.06
    assert all(v["in_scope"] == 0.0 for v in report.per_negative.values())

    # issue 13: three-class accuracy of the label that follows from the aspects, leave-one-document-out (the aspect
    # calibration left out with each document, the key element's score and label from the coverage calibration's
    # leave-one-document-out predictions), against both golds: the label the gold aspects give (accuracy3) and the
    # annotators' key-element label (accuracy3_ke, authoritative; they differ on five nl-2025 key elements the
    # annotators called addressed while their notes name a missing ask, tests/data/gold/MANIFEST.md).
    # Target: >= 0.85 over the corpus and >= 0.80 on nl-2025 (accuracy3_ke). History: nl-2025 0.727 at the fifth
    # session, 0.795 at the eleventh; met at the twelfth (0.841, asp_section below); its remaining misses are the
    # coverage calibration's covered-vs-absent calls and addressed/partial calls at high scores (README).
    from analyser.aspect_fit import evaluate_aspects_lodo, read_aspect_data

    aspects = evaluate_aspects_lodo(read_aspect_data(out, GOLD_DIR), ke_predictions=report.predictions)
    assert aspects.honest_ke
    assert aspects.accuracy3 >= 0.875 and aspects.accuracy3_ke >= 0.88
    assert aspects.aspect_macro_f1 >= 0.87
    assert aspects.per_document["nl-2025"]["accuracy3"] >= 0.61
    # twelfth session (asp_section in the addressed model, score.py): nl-2025 0.795 -> 0.841 (37/44), the 0.80 met;
    # dev 0.907 -> 0.911, fictional 0.917 (484/528) unchanged, aspect macro-F1 0.888 -> 0.893
    assert aspects.per_document["nl-2025"]["accuracy3_ke"] >= 0.80
    assert min(m["accuracy3_ke"] for d, m in aspects.per_document.items() if d != "nl-2025") >= 0.81
