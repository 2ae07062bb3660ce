"""Aspect scoring: features, calibration, evidence and derived labels (analyser.aspect_score)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from analyser.aspect_score import (
    EVIDENCE_CENTRE_MIN,
    FEATURES_BASE,
    FEATURES_KE,
    SIB_MARGIN_ALONE,
    AspectCalibration,
    Sentence,
    aspect_features,
    aspect_queries,
    calibration_path,
    fit_aspect_calibration,
    key_element_labels,
    load_aspect_calibration,
    macro_f1,
    missing_aspects,
    own_evidence,
    score_aspects,
)
from analyser.aspects import load_aspects, load_gold_aspects_dir
from analyser.errors import ScoreError

GOLD = Path(__file__).parent / "data" / "gold"


@pytest.fixture(scope="module")
def aspects():
    return load_aspects()


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def space(aspects):
    """Random unit query vectors, one per aspect (dim 384), compressed like e5 cosines (shared offset)."""
    rng = np.random.default_rng(7)
    common = rng.normal(size=384)
    q = _unit(rng.normal(size=(len(aspects), 384)) + 3.0 * common)
    return q, list(range(len(aspects))), common, rng


def _doc(aspects, space, covered_ids, n_noise=20):
    q, idx, common, rng = space
    ids = aspects.ids
    sents, vecs = [], []
    for k, aid in enumerate(covered_ids):
        j = ids.index(aid)
        sents.append(Sentence(f"d:P{k + 1:04d}", k + 1, aid.split("/")[0].rsplit(".", 1)[0], f"about {aid}"))
        vecs.append(q[j] + 0.005 * rng.normal(size=384))
    for k in range(n_noise):
        sents.append(Sentence(f"d:N{k:04d}", 9, None, f"noise {k}"))
        vecs.append(3.0 * common + rng.normal(size=384))
    return sents, _unit(np.array(vecs))


def test_best_sentence_and_features_point_to_the_aspect_spoken_of(aspects, space):
    q, idx, *_ = space
    sents, vecs = _doc(aspects, space, ["2.1.1.b/resettlement", "2.6.d/eu-funds"])
    feats, best, best_cos = aspect_features(aspects, vecs, q, idx)
    j = aspects.ids.index("2.1.1.b/resettlement")
    k = aspects.ids.index("2.1.1.b/talent-partnerships")
    assert best[j] == 0 and best_cos[j] > 0.99
    assert feats[j]["z_sentence"] > 8 > feats[k]["z_sentence"]
    assert feats[j]["wins"] >= np.log1p(1)  # its own sentence ranks it first
    assert feats[k]["sibling_z"] == pytest.approx((feats[j]["z_sentence"] + feats[aspects.ids.index("2.1.1.b/legal-migration")]["z_sentence"]) / 2)
    assert set(feats[j]) == set(FEATURES_BASE) - {"aspect_prior"}  # the prior comes from the calibration
    assert feats[j]["sib_margin"] > 8 and feats[k]["sib_margin"] < 3  # only resettlement has a sentence of its own
    assert feats[aspects.ids.index("2.2.p/border-objectives")]["sib_margin"] == SIB_MARGIN_ALONE  # the only aspect of 2.2.p


def test_evidence_is_the_specific_sentence_not_the_generic_one(aspects):
    """A generic sentence that reads like the request itself lies along the queries' shared direction: nearest
    to every aspect by the plain cosine (0.95 here against 0.28 for the sentence on the ask). In nl-2025 the
    plain cosine showed "Waardoor rekening wordt gehouden met bovenstaande aandachtspunten ..." as the evidence of
    2.2.1.c/euaa-frontex; the centred one shows "Daarom is beschrijving van de door EUAA uitgevoerde evaluatie
    buiten beschouwing gelaten." (2.p/euaa-frontex-monitoring keeps the generic sentence). In a document of EVIDENCE_CENTRE_MIN sentences
    or more the evidence is chosen by the centred cosine, so the sentence on the ask is shown; a shorter one keeps
    the plain cosine (its own mean is no background: test_real_model_on_new_italian_documents)."""
    rng = np.random.default_rng(11)
    common = _unit(rng.normal(size=384))
    specific = _unit(rng.normal(size=(len(aspects), 384)))
    q = _unit(specific + 3.0 * common)
    j = aspects.ids.index("2.p/euaa-frontex-monitoring")
    on_ask = _unit(specific[j] + 0.5 * _unit(rng.normal(size=384)))
    noise = [rng.normal(size=384) for _ in range(EVIDENCE_CENTRE_MIN)]
    vecs = _unit(np.array([common, on_ask] + noise))
    assert float(vecs[0] @ q[j]) > 0.9 > 0.35 > float(vecs[1] @ q[j])  # the plain cosine prefers the generic one
    _, best, best_cos = aspect_features(aspects, vecs, q, list(range(len(aspects))))
    assert best[j] == 1
    assert best_cos[j] == pytest.approx(float(vecs[1] @ q[j]), abs=1e-5)  # the reported similarity stays the plain cosine
    _, best, _ = aspect_features(aspects, vecs[:EVIDENCE_CENTRE_MIN - 1], q, list(range(len(aspects))))
    assert best[j] == 0


def test_sib_margin_no_evidence_from_a_sentence_on_a_sibling_ask(aspects, space):
    """A sentence on resettlement that comes near "EU Talent Partnerships" too is the talent aspect's best
    sentence (high z_sentence) but no evidence of its own: its sib_margin is negative, resettlement's positive
    (the Italian resettlement-only strategy, test_real_model_italian_resettlement_only_is_partial)."""
    q, idx, common, rng = space
    r, t = aspects.ids.index("2.1.1.b/resettlement"), aspects.ids.index("2.1.1.b/talent-partnerships")
    others = [aspects.ids.index(a) for a in ("1.a/situation", "2.3.3.a/reception-capacity", "2.6.d/eu-funds", "2.4.p/contingency-embedded")]
    vecs = _unit(np.array([q[r] + 0.7 * q[t]] + [q[j] + 0.005 * rng.normal(size=384) for j in others]))
    feats, best, _ = aspect_features(aspects, vecs, q, idx)
    assert best[t] == 0 and feats[t]["z_sentence"] > 4  # relative to the document, the best sentence looks covered
    assert feats[t]["sib_margin"] < 0 < feats[r]["sib_margin"]


def test_no_sentence_of_its_own_is_not_covered_whatever_the_probability(aspects, space):
    """own_evidence: an aspect every sentence of which speaks more of a sibling is not covered, even at a probability
    of 1; the key element keeps a covered aspect that has a sentence of its own (anchor_covered)."""
    from analyser.aspect_score import anchor_covered

    q, idx, common, rng = space
    r, t = aspects.ids.index("2.1.1.b/resettlement"), aspects.ids.index("2.1.1.b/talent-partnerships")
    others = [aspects.ids.index(a) for a in ("1.a/situation", "2.3.3.a/reception-capacity", "2.6.d/eu-funds", "2.4.p/contingency-embedded")]
    vecs = _unit(np.array([q[r] + 0.7 * q[t]] + [q[j] + 0.005 * rng.normal(size=384) for j in others]))
    sents = [Sentence(f"d:P{i:04d}", 1, None, f"s{i}") for i in range(len(vecs))]
    n = len(FEATURES_BASE)
    always = AspectCalibration(FEATURES_BASE, (0.0,) * n, 10.0, (0.0,) * n, (1.0,) * n)  # P(covered) = 1 for every aspect
    cov = {c.id: c for c in score_aspects(aspects, sents, vecs, q, idx, always)}
    talent, resettlement = cov["2.1.1.b/talent-partnerships"], cov["2.1.1.b/resettlement"]
    assert talent.score > 0.99 and talent.features["sib_margin"] < 0 and not talent.covered
    assert resettlement.covered and own_evidence(resettlement.features)
    assert cov["2.2.p/border-objectives"].covered  # one aspect: SIB_MARGIN_ALONE, always its own evidence
    assert own_evidence({"z_sentence": 1.0}) and not own_evidence({"sib_margin": -0.01}) and own_evidence({"sib_margin": 0.0})
    # a covered key element none of whose aspects came out covered gets the likeliest aspect WITH a sentence of its own
    flipped = [c if c.key_element != "2.1.1.b" else type(c)(c.id, c.key_element, False, 0.9 if c.id == talent.id else 0.6,
                                                              c.evidence, c.features) for c in cov.values()]
    anchored = {c.id: c.covered for c in anchor_covered(flipped, {"2.1.1.b": "addressed"}) if c.key_element == "2.1.1.b"}
    assert not anchored[talent.id] and sum(anchored.values()) == 1


def test_fit_names_a_feature_an_older_analysis_lacks(aspects):
    rows = [("d1", "1.a/situation", {"z_sentence": 1.0}, True), ("d1", "1.a/risk-analysis", {"z_sentence": 0.0}, False)]
    with pytest.raises(ScoreError, match=r"^\[E422\] <training rows of d1>: .*feature 'sib_margin' missing .*analyse it again"):
        fit_aspect_calibration(rows, ("z_sentence", "sib_margin"), aspects)


def _toy_calibration(aspects, space):
    """Fitted on synthetic documents: each covers a random third of the aspects."""
    q, idx, common, rng = space
    rows = []
    for d in range(6):
        cov = [a for a in aspects.ids if rng.random() < 0.33]
        _, vecs = _doc(aspects, space, cov)
        feats, _, _ = aspect_features(aspects, vecs, q, idx)
        rows += [(f"d{d}", a, feats[i], a in cov) for i, a in enumerate(aspects.ids)]
    return fit_aspect_calibration(rows, FEATURES_BASE, aspects, model="toy")


def test_score_aspects_covers_what_the_text_says_and_names_what_is_missing(aspects, space):
    q, idx, *_ = space
    cal = _toy_calibration(aspects, space)
    said = ["2.1.1.b/resettlement", "2.6.d/eu-funds", "2.6.d/funding-plan", "2.4.f/response"]
    sents, vecs = _doc(aspects, space, said)
    cov = score_aspects(aspects, sents, vecs, q, idx, cal, doc_id="toy")
    assert [c.id for c in cov if c.covered] == [a for a in aspects.ids if a in said]
    by_id = {c.id: c for c in cov}
    ev = by_id["2.1.1.b/resettlement"].evidence
    assert (ev.passage_id, ev.page, ev.sentence) == ("d:P0001", 1, "about 2.1.1.b/resettlement")
    labels = key_element_labels(cov)
    assert labels["2.1.1.b"] == "partial" and labels["2.6.d"] == "addressed" and labels["2.2.p"] == "absent"
    assert missing_aspects(cov, "2.1.1.b") == ["2.1.1.b/legal-migration", "2.1.1.b/talent-partnerships"]
    out = by_id["2.1.1.b/resettlement"].to_json()
    assert set(out) == {"id", "covered", "score", "evidence", "features"} and out["covered"] is True
    assert 0.0 <= out["score"] <= 1.0


def test_a_document_on_something_else_covers_nothing(aspects, space):
    """Absolute evidence: the best sentence of an off-topic document is no evidence."""
    q, idx, *_ = space
    cal = _toy_calibration(aspects, space)
    sents, vecs = _doc(aspects, space, [], n_noise=40)
    cov = score_aspects(aspects, sents, vecs, q, idx, cal)
    assert not any(c.covered for c in cov)
    assert set(key_element_labels(cov).values()) == {"absent"}


def test_no_sentences_covers_nothing(aspects, space):
    q, idx, *_ = space
    cal = _toy_calibration(aspects, space)
    cov = score_aspects(aspects, [], np.zeros((0, 384), np.float32), q, idx, cal)
    assert len(cov) == len(aspects) and not any(c.covered for c in cov)
    assert all(c.evidence is None for c in cov)


def test_errors_are_coded(aspects, space):
    q, idx, *_ = space
    sents, vecs = _doc(aspects, space, ["1.a/situation"])
    n = len(FEATURES_KE)
    cal = AspectCalibration(FEATURES_KE, (1.0,) * n, 0.0, (0.0,) * n, (1.0,) * n)
    with pytest.raises(ScoreError, match=r"^\[E423\] aspect scoring of 'x': the calibration uses the key elements. scores and labels"):
        score_aspects(aspects, sents, vecs, q, idx, cal, doc_id="x")
    with pytest.raises(ScoreError, match=r"^\[E423\] aspect scoring of 'x': every aspect needs at least one query"):
        score_aspects(aspects, sents, vecs, q[:-1], idx[:-1], cal, {}, {}, doc_id="x")
    with pytest.raises(ScoreError, match=r"^\[E423\] aspect scoring of 'x': one embedding per sentence"):
        score_aspects(aspects, sents, vecs[:-1], q, idx, cal, {}, {}, doc_id="x")


def test_calibration_round_trip_and_bad_files(tmp_path, aspects, space):
    cal = _toy_calibration(aspects, space)
    p = tmp_path / "c.json"
    p.write_text(json.dumps(cal.to_json()), encoding="utf-8")
    back = load_aspect_calibration("toy", p)
    assert back == cal
    p.write_text("{", encoding="utf-8")
    with pytest.raises(ScoreError, match=r"^\[E422\] .*c.json: cannot read aspect calibration \(JSONDecodeError"):
        load_aspect_calibration("toy", p)
    bad = cal.to_json() | {"features": ["z_sentence", "cosine"]}
    p.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ScoreError, match=r"^\[E422\] .*ValueError: weights/mean/scale do not match"):
        load_aspect_calibration("toy", p)
    with pytest.raises(ScoreError, match=r"^\[E422\] .*missing.json: cannot read aspect calibration \(FileNotFoundError"):
        load_aspect_calibration("toy", tmp_path / "missing.json")


@pytest.mark.parametrize("with_ke", [True, False])
def test_shipped_calibrations_load(with_ke):
    cal = load_aspect_calibration("multilingual-e5-small", with_ke_score=with_ke)
    assert cal.features == (FEATURES_KE if with_ke else FEATURES_BASE)
    assert 0.2 <= cal.threshold <= 0.8
    assert len(cal.fitted_on) == 13
    aspects = load_aspects()
    assert set(cal.priors) == set(aspects.ids)
    # the judiciary is what partial answers on 2.5.b leave out (4 of 4 development documents)
    assert cal.priors["2.5.b/judiciary"] == pytest.approx(1 / 6)
    assert cal.priors["2.5.b/government-levels"] == pytest.approx(5 / 6)
    w = dict(zip(cal.features, cal.weights))
    # the more a sentence stands out for the aspect, and from its sibling asks, the likelier covered (the two
    # overlap: with sib_margin, z_sentence alone weighs about nothing in the calibration with the key-element features)
    assert w["sib_margin"] > 0.1 and w["z_sentence"] + w["sib_margin"] > 0.1
    assert calibration_path("multilingual-e5-small", with_ke).name.startswith("multilingual-e5-small.aspects")


def test_macro_f1():
    y = np.array([True, True, False, False])
    assert macro_f1(y, y) == 1.0
    assert macro_f1(y, np.array([True, False, False, False])) == pytest.approx((2 / 3 + 0.8) / 2)


def test_queries_cover_every_aspect(aspects):
    texts, idx, langs = aspect_queries(aspects)
    assert sorted(set(idx)) == list(range(len(aspects)))
    assert langs.count("en") == len(aspects) and langs.count("nl") == len(aspects)
    t2, i2, l2 = aspect_queries(aspects, ["de"])
    assert l2 == ["en"] * len(aspects)


def score_analysis(analysis: dict, encoder, aspects):
    """Aspect coverage of one analysis.json with the shipped calibration (key-element features from the analysis)."""
    from analyser.text import split_sentences

    lang = analysis["language"]
    sents = [Sentence(p["id"], p["page"], p["section"], s) for p in analysis["passages"]
             for s in (split_sentences(p["text"], lang) or [p["text"]])]
    svecs = encoder.encode([s.text for s in sents], kind="passage")
    texts, idx, _ = aspect_queries(aspects, [lang])
    qvecs = encoder.encode(texts, kind="query")
    cal = load_aspect_calibration("multilingual-e5-small")
    scores = {k: c["score"] for k, c in analysis["coverage"].items()}
    labels = {k: c["label"] for k, c in analysis["coverage"].items()}
    return score_aspects(aspects, sents, svecs, qvecs, idx, cal, scores, labels, doc_id=analysis["doc_id"])


@pytest.mark.model
def test_real_model_on_the_corpus(corpus_run, e5_encoder, aspects, gold):
    """Shipped calibration on the real pipeline's analyses (in-sample: fitted on these documents;
    the leave-one-document-out figures come from scripts/eval_aspects.py)."""
    out, _ = corpus_run
    ga = load_gold_aspects_dir(GOLD, aspects)
    hits, ys, ps = [], [], []
    for d in ("nl-2025", "xb-2025", "xd-2025"):
        analysis = json.loads((Path(out) / d / "analysis.json").read_text(encoding="utf-8"))
        cov = score_analysis(analysis, e5_encoder, aspects)
        derived = key_element_labels(cov)
        hits += [derived[ke] == gold[d]["coverage"][ke]["label"] for ke in aspects.key_element_ids]
        ys += [ga[d].covered[c.id] for c in cov]
        ps += [c.covered for c in cov]
        for ke, lab in derived.items():  # a partial label always names what is missing, an addressed one nothing
            assert (lab == "partial") == (0 < len(missing_aspects(cov, ke)) < len(aspects.for_key_element(ke)))
        assert all(c.evidence is not None and c.evidence.passage_id.startswith(d) for c in cov)
    assert np.mean(hits) >= 0.8
    assert macro_f1(np.array(ys), np.array(ps)) >= 0.7


def test_pipeline_entry_point_with_the_hashing_encoder(aspects, fake_encoder):
    """score_document_aspects reads Matches' public fields; evidence carries passage id, page and section."""
    from types import SimpleNamespace

    from analyser.aspect_score import coverage_aspects_json, score_document_aspects
    from analyser.schema import Passage

    text = aspects.get("2.1.1.b/resettlement").descriptor
    passages = (Passage(id="t:P0001", block_ids=("b1",), section_id="2.1.1", page=4, text=text),
                Passage(id="t:P0002", block_ids=("b2",), section_id="2.6", page=9, text="The weather was fine on Tuesday."))
    matches = SimpleNamespace(sentences=(text, "The weather was fine on Tuesday."), sentence_passage=np.array([0, 1]),
                              passages=passages)
    n = len(FEATURES_BASE)
    cal = AspectCalibration(FEATURES_BASE, (1.0,) + (0.0,) * (n - 1), -4.0, (0.0,) * n, (1.0,) * n)  # covered when z_sentence >= 4
    cov = score_document_aspects(matches, fake_encoder, "en", aspects=aspects, calibration=cal, doc_id="t")
    by = {c.id: c for c in cov}
    assert by["2.1.1.b/resettlement"].covered
    assert by["2.1.1.b/resettlement"].evidence.to_json() == {
        "passage_id": "t:P0001", "page": 4, "section_id": "2.1.1", "sentence": text,
        "similarity": pytest.approx(1.0, abs=1e-3)}
    assert sum(c.covered for c in cov) == 1
    js = coverage_aspects_json(cov)
    assert [a["id"] for a in js["2.1.1.b"]] == [a.id for a in aspects.for_key_element("2.1.1.b")]
    assert [a["covered"] for a in js["2.1.1.b"]] == [False, False, True]


def test_anchor_partial_flips_the_weakest_or_strongest_aspect():
    from analyser.aspect_score import AspectCoverage, anchor_partial

    def c(aid, covered, score):
        return AspectCoverage(aid, aid.split("/")[0], covered, score, None)

    cov = [c("2.5.b/judiciary", True, 0.6), c("2.5.b/government-levels", True, 0.9),
           c("2.6.d/eu-funds", False, 0.3), c("2.6.d/funding-plan", False, 0.1),
           c("2.2.p/border-objectives", True, 0.8),
           c("1.c/geography", True, 0.9), c("1.c/consequences", True, 0.8)]
    out = anchor_partial(cov, {"2.5.b": "partial", "2.6.d": "partial", "2.2.p": "partial", "1.c": "addressed"})
    assert [x.covered for x in out] == [False, True, True, False, True, True, True]
    assert [x.score for x in out] == [x.score for x in cov]



def test_anchor_covered_never_invents_coverage():
    """Covered vs absent is the key-element calibration's: an absent key element has no covered aspect,
    a covered one at least its most likely aspect (issue 12: aspects must not invent answers)."""
    from analyser.aspect_score import AspectCoverage, anchor_covered, key_element_labels

    def c(aid, covered, score):
        return AspectCoverage(aid, aid.split("/")[0], covered, score, None)

    cov = [c("2.6.d/eu-funds", True, 0.7), c("2.6.d/funding-plan", True, 0.6),   # aspects say addressed
           c("2.5.b/judiciary", False, 0.2), c("2.5.b/government-levels", False, 0.4),  # aspects say absent
           c("1.c/geography", True, 0.9), c("1.c/consequences", False, 0.3)]
    out = anchor_covered(cov, {"2.6.d": "absent", "2.5.b": "partial", "1.c": "addressed"})
    assert [x.covered for x in out] == [False, False, False, True, True, False]
    assert key_element_labels(out) == {"2.6.d": "absent", "2.5.b": "partial", "1.c": "partial"}
    assert [x.score for x in out] == [x.score for x in cov]


OFF_TOPIC_IT = """Ricettario della nonna

Introduzione

Questo libro raccoglie le ricette di famiglia tramandate da tre generazioni. Ogni ricetta indica gli ingredienti, i tempi di cottura e qualche consiglio pratico.

Primi piatti

Per le tagliatelle al ragù servono 400 grammi di farina, quattro uova e un pizzico di sale. Il ragù deve cuocere a fuoco lento per almeno tre ore, mescolando di tanto in tanto.

Il risotto alla milanese si prepara con riso Carnaroli, brodo di carne, zafferano e burro. Si tosta il riso, si sfuma con il vino bianco e si aggiunge il brodo poco alla volta.

Dolci

La crostata di albicocche richiede una pasta frolla morbida, preparata il giorno prima e lasciata riposare in frigorifero. La marmellata va stesa in uno strato sottile.
"""

PARTIAL_IT = """Strategia nazionale per la gestione dell'asilo e della migrazione 2026-2030

1. Contesto

Nel 2024 sono state presentate 41 200 domande di protezione internazionale, in aumento del 12 % rispetto all'anno precedente. Gli arrivi via mare lungo la rotta del Mediterraneo centrale restano la principale fonte di pressione.

2.1.1. Dimensione esterna

Il paese partecipa al quadro dell'Unione per il reinsediamento con un impegno di 1 200 posti per il periodo 2026-2027, in cooperazione con l'UNHCR, e mantiene i corridoi umanitari per le persone vulnerabili provenienti dal Libano e dall'Etiopia.

2.6. Capacità

Le risorse del Fondo Asilo, migrazione e integrazione (AMIF) integrano il bilancio nazionale.
"""


@pytest.fixture(scope="module")
def italian_run(tmp_path_factory, e5_encoder):
    """ONE real-model run over the two Italian texts (off-topic, partial strategy), shared by the tests below."""
    from analyser.pipeline import analyse_corpus

    base = tmp_path_factory.mktemp("italian")
    (base / "in").mkdir()
    (base / "in" / "it-recipes.txt").write_text(OFF_TOPIC_IT, encoding="utf-8")
    (base / "in" / "it-partial.txt").write_text(PARTIAL_IT, encoding="utf-8")
    out = base / "out"
    results = analyse_corpus([str(base / "in")], out=out, encoder=e5_encoder)
    assert sorted(r.status for r in results) == ["success", "success"]
    return out


@pytest.mark.model
def test_real_model_on_new_italian_documents(italian_run, e5_encoder, aspects):
    """Italian (no development document, no template pack): an off-topic text covers nothing; a short
    strategy that speaks of resettlement only and names AMIF only is partial on 2.1.1.b and 2.6.d,
    with the missing asks named."""
    out = italian_run
    off = score_analysis(json.loads((out / "it-recipes" / "analysis.json").read_text(encoding="utf-8")), e5_encoder, aspects)
    assert not any(c.covered for c in off)
    cov = score_analysis(json.loads((out / "it-partial" / "analysis.json").read_text(encoding="utf-8")), e5_encoder, aspects)
    labels = key_element_labels(cov)
    by = {c.id: c for c in cov}
    assert labels["2.6.d"] == "partial"
    assert by["2.1.1.b/resettlement"].covered  # 2.1.1.b as a whole: test_real_model_italian_resettlement_only_is_partial
    assert "reinsediamento" in by["2.1.1.b/resettlement"].evidence.sentence
    assert by["2.6.d/eu-funds"].covered and missing_aspects(cov, "2.6.d") == ["2.6.d/funding-plan"]
    assert labels["2.5.b"] == "absent" and labels["2.4.e"] == "absent"


@pytest.mark.model
def test_real_model_italian_resettlement_only_is_partial(italian_run, e5_encoder, aspects):
    """The short Italian strategy speaks of resettlement and humanitarian corridors only: 2.1.1.b is partial, talent
    partnerships missing. Its score is still about 0.53 (the coverage calibration calls 2.1.1.b addressed at 1.00, and
    the ninth session's refit weighs that more), with the AMIF sentence of 2.6 as its nearest; but no sentence speaks
    more of talent partnerships than of resettlement or legal migration (sib_margin about -0.9), so it has no
    evidence of its own (own_evidence) and is not covered. (A strict xfail from the ninth session's refit until ke10.)"""
    out = italian_run  # the module's one run (it-partial analysed beside it-recipes: each document on its own)
    cov = score_analysis(json.loads((out / "it-partial" / "analysis.json").read_text(encoding="utf-8")), e5_encoder, aspects)
    by = {c.id: c for c in cov}
    assert key_element_labels(cov)["2.1.1.b"] == "partial"
    assert not by["2.1.1.b/talent-partnerships"].covered
    # no sentence speaks more of talent partnerships than of its sibling asks (with compact4's units its calibrated
    # score fell from 0.53 to 0.03 as well, so own_evidence is no longer the only guard here)
    assert by["2.1.1.b/talent-partnerships"].features["sib_margin"] < 0


def test_own_sib_margin_ignores_a_sentence_on_another_subject(aspects, space):
    """own_sib_margin (aspects13): a sentence outside the key element's own section in which an unnamed sibling ask leads
    its siblings by chance, while being about something else altogether (not among the sentence's OWN_RANK_MAX
    nearest aspects), is no evidence of its own: sib_margin counted it, own_sib_margin does not; the answered ask keeps
    its own sentence, and an aspect without an eligible sentence gets -SIB_MARGIN_ALONE."""
    from analyser.aspect_score import OWN_RANK_MAX, own_sib_margin

    q, idx, common, rng = space
    ids = aspects.ids
    r, t, lm = (ids.index(f"2.1.1.b/{x}") for x in ("resettlement", "talent-partnerships", "legal-migration"))
    sit = ids.index("1.a/situation")
    answer = q[r] + 0.005 * rng.normal(size=384)  # the answered ask, in section 2.1.1
    figures = q[sit] - 0.4 * q[r] - 0.4 * q[lm]  # section 1: figures on arrivals; talent ahead of its two siblings there
    others = [q[ids.index(a)] + 0.005 * rng.normal(size=384) for a in ("2.3.3.a/reception-capacity", "2.6.d/eu-funds")]
    vecs = _unit(np.array([answer, figures, *others]))
    sections = ["2.1.1", "1", "2.3.3", "2.6"]
    feats, _, _ = aspect_features(aspects, vecs, q, idx, sentence_sections=sections)
    assert feats[t]["sib_margin"] > 0 > feats[t]["own_sib_margin"]
    assert feats[r]["own_sib_margin"] == pytest.approx(feats[r]["sib_margin"]) and feats[r]["own_sib_margin"] > 0
    assert feats[ids.index("2.2.p/border-objectives")]["own_sib_margin"] == SIB_MARGIN_ALONE
    assert "own_sib_margin" not in aspect_features(aspects, vecs, q, idx)[0][t]  # without sections: sib_margin decides
    z = np.array([[0.0, 1.0, 2.0], [3.0, 1.0, 0.0]])
    assert own_sib_margin(z, 0, [1, 2], np.array([False, True])) == 2.0
    assert own_sib_margin(z, 0, [1, 2], np.array([True, False])) == -2.0
    assert own_sib_margin(z, 0, [1, 2], np.array([False, False])) == -SIB_MARGIN_ALONE
    assert own_sib_margin(z, 0, [], np.array([False, False])) == SIB_MARGIN_ALONE
    assert OWN_RANK_MAX == 20
    with pytest.raises(ValueError, match="one section per sentence"):
        aspect_features(aspects, vecs, q, idx, sentence_sections=sections[:2])
    assert own_evidence({"sib_margin": 1.0, "own_sib_margin": -0.1}) is False
    assert own_evidence({"sib_margin": -1.0, "own_sib_margin": 0.0}) is True


def test_answer_margin_counts_only_sentences_that_answer(aspects, space):
    """answer_margin (aspects14): own_sib_margin over the sentences that answer (answer_sentences: a digit, or a
    measure/mention contrast >= 0). An ask whose only sentence of its own is a passing mention has none; the answered
    ask keeps its answer; own_evidence reads answer_margin before own_sib_margin."""
    from analyser.aspect_score import answer_contrast, answer_sentences

    q, idx, common, rng = space
    ids = aspects.ids
    r, t = (ids.index(f"2.1.1.b/{x}") for x in ("resettlement", "talent-partnerships"))
    answer = q[r] + 0.005 * rng.normal(size=384)  # resettlement answered (a figure)
    mention = q[t] + 0.005 * rng.normal(size=384)  # talent partnerships named in passing
    vecs = _unit(np.array([answer, mention]))
    texts = ["200 refugees a year will be resettled.", "We also follow the talent partnerships."]
    flags = answer_sentences(texts, np.array([-0.2, -0.05]))
    assert flags.tolist() == [True, False]  # the first by its figure, the second reads as a mention
    assert answer_sentences(["Die Behörde setzt es um."], np.array([0.0])).tolist() == [True]
    with pytest.raises(ValueError, match="one contrast per sentence"):
        answer_sentences(texts, np.array([0.1]))
    feats, _, _ = aspect_features(aspects, vecs, q, idx, sentence_sections=["2.1.1", "2.1.1"], sentence_answers=flags)
    assert feats[t]["own_sib_margin"] > 0 > feats[t]["answer_margin"]  # only the resettlement answer counts for it
    assert feats[r]["answer_margin"] == pytest.approx(feats[r]["own_sib_margin"]) and feats[r]["answer_margin"] > 0
    assert "answer_margin" not in aspect_features(aspects, vecs, q, idx, sentence_sections=["2.1.1", "2.1.1"])[0][t]
    with pytest.raises(ValueError, match="one answer flag per sentence"):
        aspect_features(aspects, vecs, q, idx, sentence_sections=["2.1.1", "2.1.1"], sentence_answers=[True])
    assert own_evidence({"sib_margin": 1.0, "own_sib_margin": 1.0, "answer_margin": -0.1}) is False
    assert own_evidence({"sib_margin": 1.0, "own_sib_margin": 1.0, "answer_margin": 0.0}) is True
    m = np.eye(2, 384, dtype=np.float32)
    assert answer_contrast(m, m[:1], m[1:]).tolist() == [1.0, -1.0]
    assert answer_contrast(np.zeros((0, 384), np.float32), m[:1], m[1:]).shape == (0,)


def test_sentence_clauses():
    from analyser.aspect_score import sentence_clauses

    it = ("2.3.4. Integrazione: corsi di italiano, inserimento lavorativo, assistenza sanitaria, alloggio e assistenza "
          "sociale per i titolari di protezione.")
    assert sentence_clauses(it) == ["2.3.4. Integrazione", "corsi di italiano", "inserimento lavorativo",
                                    "assistenza sanitaria", "alloggio e assistenza sociale per i titolari di protezione"]
    assert sentence_clauses("Pracodawca, który zatrudnia cudzoziemca bez prawa pobytu, zapłaci grzywnę do 30 000 zł.") == [
        "który zatrudnia cudzoziemca bez prawa pobytu", "zapłaci grzywnę do 30 000 zł"]
    assert sentence_clauses("Het budget bedraagt 1,5 miljoen euro per jaar.") == []  # a decimal comma cuts nothing
    assert sentence_clauses("Frontex, EUAA.") == []  # pieces of one word are no clauses


def test_own_clauses_finds_the_ask_a_list_sentence_names(aspects, space):
    """One sentence of 2.3.4 names all five asks; it is nearest to education, so the other four have no sentence of
    their own. own_clauses cuts the section's sentences into clauses and finds each ask its clause (fresh9 #9); an ask
    the list does not name stays without one; a covered aspect and an aspect of another key element are left as
    they were (the calibration here covers every aspect)."""
    from analyser.aspect_score import own_clauses

    q, idx, common, rng = space
    ids = aspects.ids
    asks = ["education-language", "employment", "healthcare", "housing", "social-security"]
    col = {a: ids.index(f"2.3.4.a/{a}") for a in asks}
    text = "courses of the language, job placement services, medical care for all, social welfare benefits"
    clause_vec = {"courses of the language": q[col["education-language"]], "job placement services": q[col["employment"]],
                  "medical care for all": q[col["healthcare"]], "social welfare benefits": q[col["social-security"]]}
    listing = 1.0 * q[col["education-language"]] + 0.6 * (q[col["employment"]] + q[col["healthcare"]]
                                                         + q[col["social-security"]]) + 0.3 * q[col["housing"]]
    others = [q[ids.index(a)] + 0.005 * rng.normal(size=384) for a in ("1.a/situation", "2.6.d/eu-funds", "2.3.3.a/reception-capacity")]
    vecs = _unit(np.array([listing, *others]))
    sents = [Sentence("d:P0001", 1, "2.3.4", text)] + [Sentence(f"d:P{i:04d}", 1, s, f"s{i}")
                                                        for i, s in ((2, "1"), (3, "2.6"), (4, "2.3.3"))]
    n = len(FEATURES_BASE)
    always = AspectCalibration(FEATURES_BASE, (0.0,) * n, 10.0, (0.0,) * n, (1.0,) * n)
    cov = score_aspects(aspects, sents, vecs, q, idx, always)
    before = {c.id: c for c in cov}
    assert before["2.3.4.a/education-language"].covered
    assert not before["2.3.4.a/healthcare"].covered and before["2.3.4.a/healthcare"].features["own_sib_margin"] < 0

    class Clauses:
        calls: list[list[str]] = []

        def encode(self, texts, kind="passage"):
            self.calls.append(list(texts))
            return _unit(np.array([clause_vec[t] + 0.005 * rng.normal(size=384) for t in texts]))

    enc = Clauses()
    after = {c.id: c for c in own_clauses(cov, aspects, sents, vecs, q, idx, always, enc)}
    assert enc.calls == [list(clause_vec)]  # the own section's clauses, embedded once
    for a in ("employment", "healthcare", "social-security"):
        c = after[f"2.3.4.a/{a}"]
        assert c.covered and c.features["clause_margin"] > 0 and c.features["own_sib_margin"] == c.features["clause_margin"]
        assert own_evidence(c.features)  # the stored features read the same
    assert not after["2.3.4.a/housing"].covered and after["2.3.4.a/housing"].features["clause_margin"] < 0
    assert after["2.3.4.a/education-language"] == before["2.3.4.a/education-language"]
    # only the key elements whose own section holds the clauses can gain one (2.3.4.a, and 2.3.p by its subsection)
    assert all(after[k] == before[k] for k in before if not k.startswith(("2.3.4.a/", "2.3.p/")))
    low = [type(c)(c.id, c.key_element, c.covered, 0.1, c.evidence, c.features) for c in cov]
    assert own_clauses(low, aspects, sents, vecs, q, idx, always, enc) == low  # under the threshold: nothing looked for
    assert len(enc.calls) == 1
