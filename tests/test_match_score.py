"""Tests for analyser.match, analyser.score and analyser.calibrate (fake encoder)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from analyser.calibrate import expected_calibration_error
from analyser.evaluate import gold_document
from analyser.match import MatchConfig, build_passages, match
from analyser.schema import TEMPLATE_ROLES, Block, SegmentedBlock, Segmentation
from analyser.score import FEATURES, Calibration, ScoreConfig, fit_calibration, load_calibration, score


@pytest.fixture(scope="module")
def nl_seg(gold, template, fake_encoder):
    from analyser.segment import segment

    return segment(gold_document(gold["nl-2025"]), template, fake_encoder)


@pytest.fixture(scope="module")
def nl_matches(nl_seg, template, fake_encoder):
    return match(nl_seg, template, fake_encoder, "nl")


@pytest.fixture(scope="module")
def nl_coverage(nl_matches, nl_seg, template, fake_encoder):
    return score(nl_matches, nl_seg, template, load_calibration(fake_encoder.name))


# --------------------------------------------------------------------------- passages


def test_template_text_is_never_a_passage(gold, nl_matches, nl_seg):
    """The pitfall: a reproduced question must never count as its own answer."""
    gold_template = [b for b in gold["nl-2025"]["blocks"] if b["role"] in TEMPLATE_ROLES]
    assert len(gold_template) > 30  # nl reproduces headings, guidance and questions
    for b in gold_template:
        for p in nl_matches.passages:
            assert b["text"] not in p.text, f"template block {b['id']} ({b['role']}) inside passage {p.id}"
    # and structurally: passages are built from answer blocks only
    role_of = {sb.block.id: sb.role for sb in nl_seg.blocks}
    for p in nl_matches.passages:
        assert all(role_of[bid] in ("answer", "answer_list_item") for bid in p.block_ids), p.id


def test_passages_cover_answers(gold, nl_matches):
    assert len(nl_matches.passages) > 50
    ids = [p.id for p in nl_matches.passages]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("nl-2025:P") for i in ids)
    gold_answers = {b["id"] for b in gold["nl-2025"]["blocks"] if b["role"] in ("answer", "answer_list_item")}
    in_passages = {bid for p in nl_matches.passages for bid in p.block_ids}
    # the fake encoder takes a few answers for template text (8 of 146 at the time of writing)
    assert len(in_passages & gold_answers) / len(gold_answers) > 0.9


def test_passage_token_budget(nl_matches):
    assert all(0 < p.n_tokens <= 512 for p in nl_matches.passages)
    assert all(p.text.strip() for p in nl_matches.passages)


def test_passage_budget_splits_and_truncates(template, fake_encoder):
    long_sentence = " ".join(["woord"] * 100) + "."
    short = "Dit is een korte zin over opvang."
    blocks = (
        SegmentedBlock(block=Block(id="b1", page=2, text=" ".join([short] * 12)), section_id="2.3.3", role="answer"),
        SegmentedBlock(block=Block(id="b2", page=3, text=long_sentence), section_id="2.3.3", role="answer"),
        SegmentedBlock(block=Block(id="b3", page=3, text="— Welke maatregelen?"), section_id="2.3.3", role="template_question"),
    )
    seg = Segmentation(doc_id="toy", blocks=blocks, sections={})
    passages, sentences = build_passages(seg, fake_encoder, "nl", MatchConfig(max_tokens=40))
    assert all(p.n_tokens <= 40 for p in passages)
    b1 = [p for p in passages if p.block_ids == ("b1",)]
    assert len(b1) >= 2 and not any(p.truncated for p in b1)  # 12 × 9 tokens split on sentence bounds
    assert sum(len(s) for p, s in zip(passages, sentences) if p.block_ids == ("b1",)) == 12
    b2 = [p for p in passages if p.block_ids == ("b2",)]
    assert len(b2) == 1 and b2[0].truncated and b2[0].page == 3
    assert not any("Welke maatregelen" in p.text for p in passages)


def test_match_matrix_shapes(nl_matches, template):
    k = len(template.key_elements())
    assert k == 44
    assert nl_matches.passage_sim.shape == (k, len(nl_matches.passages))
    assert nl_matches.sentence_sim.shape == (k, len(nl_matches.sentences))
    assert len(nl_matches.sentence_passage) == len(nl_matches.sentences)
    assert np.all(np.abs(nl_matches.passage_sim) <= 1.0001)
    assert "nl" in nl_matches.query_languages


# --------------------------------------------------------------------------- score


def test_score_covers_all_key_elements(nl_coverage, template, fake_encoder):
    threshold = load_calibration(fake_encoder.name).covered_threshold
    assert list(nl_coverage) == [k.id for k in template.key_elements()]
    assert len(nl_coverage) == 44
    for kid, c in nl_coverage.items():
        assert c.key_element_id == kid
        assert 0.0 <= c.score <= 1.0
        assert len(c.evidence) <= ScoreConfig().max_evidence
        assert set(FEATURES) <= set(c.features)
        if c.label == "absent":
            assert c.evidence == (), kid
            assert not c.misplaced
        else:
            assert c.score >= threshold
            assert 1 <= len(c.evidence) <= 3


def test_score_evidence_points_to_answer_text(nl_coverage, nl_seg, nl_matches):
    role_of = {sb.block.id: sb for sb in nl_seg.blocks}
    passages = {p.id: p for p in nl_matches.passages}
    n_evidence = 0
    for kid, c in nl_coverage.items():
        sims = [e.similarity for e in c.evidence]
        for e in c.evidence:
            n_evidence += 1
            assert role_of[e.block_id].role in ("answer", "answer_list_item")
            assert passages[e.passage_id].text == e.text
            assert e.page == role_of[e.block_id].block.page
            assert e.sentence is None or e.sentence in e.text
        if c.evidence:
            assert c.misplaced == (c.evidence[0].section_id != kid.rsplit(".", 1)[0])
        assert len(set(e.passage_id for e in c.evidence)) == len(c.evidence)
        assert all(-1 <= s <= 1 for s in sims)
    assert n_evidence > 0


def test_score_without_answers_is_all_absent(template, fake_encoder):
    blocks = (SegmentedBlock(block=Block(id="b1", page=1, text="2.1.1 Externe dimensie"), section_id="2.1.1", role="section_heading"),)
    seg = Segmentation(doc_id="empty", blocks=blocks, sections={})
    m = match(seg, template, fake_encoder, "nl")
    assert m.passage_sim.shape == (44, 0)
    cov = score(m, seg, template, load_calibration(fake_encoder.name))
    assert len(cov) == 44
    assert all(c.evidence == () for c in cov.values())
    assert all(c.features["max_centred"] == -1.0 for c in cov.values())


# --------------------------------------------------------------------------- calibration


def _toy_rows(n: int = 60) -> list:
    rng = np.random.default_rng(7)
    rows = []
    for i in range(n):
        covered = i % 2 == 0
        addressed = covered and i % 4 == 0
        base = 1.0 if covered else -1.0
        feats = {f: float(base + 0.2 * rng.standard_normal()) for f in FEATURES}
        if covered:
            feats[FEATURES[0]] += 1.0 if addressed else 0.0
        label = "addressed" if addressed else "partial" if covered else "absent"
        rows.append((f"d{i % 5}", feats, label))
    return rows


def test_calibration_json_round_trip(tmp_path):
    cal = fit_calibration(_toy_rows(), "toy-model")
    data = json.loads(json.dumps(cal.to_json()))
    back = Calibration.from_json(data)
    assert back == cal
    assert back.model == "toy-model"
    assert back.fitted_on == ("d0", "d1", "d2", "d3", "d4")
    feats = _toy_rows()[0][1]
    assert back.p_covered(feats) == cal.p_covered(feats)
    path = tmp_path / "cal.json"
    path.write_text(json.dumps(cal.to_json()), encoding="utf-8")
    assert load_calibration("toy-model", path) == cal


def test_load_calibration_errors(tmp_path):
    from analyser.errors import ScoreError

    with pytest.raises(ScoreError, match="E401"):
        load_calibration("x", tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ScoreError, match="E401"):
        load_calibration("x", bad)


def test_fit_calibration_separable():
    rows = _toy_rows()
    cal = fit_calibration(rows, "toy-model")
    for _, feats, label in rows:
        p = cal.p_covered(feats)
        assert 0.0 <= p <= 1.0
        if label == "absent":
            assert p < 0.5
        else:
            assert p > 0.5
    pos = [cal.p_covered(f) for _, f, lab in rows if lab != "absent"]
    neg = [cal.p_covered(f) for _, f, lab in rows if lab == "absent"]
    assert min(pos) > max(neg)
    # the second model separates addressed from partial on the first feature
    add = [cal.p_addressed(f) for _, f, lab in rows if lab == "addressed"]
    part = [cal.p_addressed(f) for _, f, lab in rows if lab == "partial"]
    assert np.mean(add) > 0.5 > np.mean(part)


def test_expected_calibration_error_perfect():
    # in every bin the observed rate equals the predicted probability
    probs, ys = [], []
    for p, n_pos in ((0.05, 1), (0.25, 5), (0.55, 11), (0.85, 17)):
        probs += [p] * 20
        ys += [1] * n_pos + [0] * (20 - n_pos)
    ece = expected_calibration_error(np.array(probs), np.array(ys))
    assert ece == pytest.approx(0.0, abs=1e-12)


def test_expected_calibration_error_overconfident():
    probs = np.full(10, 0.95)
    ys = np.array([1] * 5 + [0] * 5)
    assert expected_calibration_error(probs, ys) == pytest.approx(0.45)
    assert math.isclose(expected_calibration_error(np.array([0.0, 1.0]), np.array([1, 0])), 1.0)


# --------------------------------------------------------------------------- evidence bank, structure, thresholds


def _toy_bank():
    from analyser.match import EvidenceBank

    rng = np.random.default_rng(3)
    centres = rng.standard_normal((3, 16))
    vecs, ev, docs = [], [], []
    for d in ("d1", "d2", "d3"):
        for k in range(3):
            for _ in range(4):
                v = centres[k] + 0.3 * rng.standard_normal(16)
                vecs.append(v / np.linalg.norm(v))
                ev.append([j == k for j in range(3)])
                docs.append(d)
    return EvidenceBank("toy", np.array(vecs, np.float32), np.array(["a", "b", "c"]), np.array(ev), np.array(docs)), centres


def test_evidence_bank_leaves_documents_out():
    from analyser.match import EvidenceBank

    bank, centres = _toy_bank()
    q = centres / np.linalg.norm(centres, axis=1, keepdims=True)
    # leaving out several documents equals a bank built without them
    keep = bank.doc_ids == "d3"
    small = EvidenceBank("toy", bank.vectors[keep], bank.key_element_ids, bank.evidence[keep], bank.doc_ids[keep])
    assert np.allclose(bank.votes(q, ["a", "b", "c"], ["d1", "d2"]), small.votes(q, ["a", "b", "c"], "none"))
    assert np.allclose(bank.probe(q, ["a", "b", "c"], ["d1", "d2"]), small.probe(q, ["a", "b", "c"], "none"), atol=1e-5)
    # every document left out: no votes at all
    assert not bank.votes(q, ["a", "b", "c"], ["d1", "d2", "d3"]).any()
    assert not bank.probe(q, ["a", "b", "c"], ["d1", "d2", "d3"]).any()


def test_centre_document_removes_a_language_offset():
    from analyser.embed import centre_document

    rng = np.random.default_rng(5)
    content = rng.standard_normal((40, 16)).astype(np.float32)
    offset = 4.0 * rng.standard_normal(16).astype(np.float32)  # a "language" shifting every passage alike
    plain = centre_document(content)
    shifted = centre_document(content + offset)
    assert np.allclose(plain, shifted, atol=1e-5)
    assert np.allclose(np.linalg.norm(shifted, axis=1), 1.0, atol=1e-5)
    # with a prior mean, a document of n passages keeps w / (n + w) of its offset
    prior = np.zeros(16)
    assert np.allclose(centre_document(content + offset, prior, prior_weight=0.0), plain, atol=1e-5)
    shrunk = centre_document(content + offset, prior, prior_weight=5.0)
    expected = content - content.mean(axis=0) + (5.0 / 45.0) * (content.mean(axis=0) + offset)
    assert np.allclose(shrunk, expected / np.linalg.norm(expected, axis=1, keepdims=True), atol=1e-5)
    assert centre_document(np.zeros((0, 16), np.float32)).shape == (0, 16)


def test_evidence_bank_is_blind_to_a_document_offset():
    """The probe and the votes score what a passage says, not the language it says it in."""
    bank, centres = _toy_bank()
    rng = np.random.default_rng(7)
    doc = centres[rng.integers(0, 3, 30)] + 0.3 * rng.standard_normal((30, 16))
    doc /= np.linalg.norm(doc, axis=1, keepdims=True)
    shifted = doc + 0.5 * rng.standard_normal(16)
    shifted /= np.linalg.norm(shifted, axis=1, keepdims=True)
    kids = ["a", "b", "c"]
    same_top = bank.probe(doc, kids, "d1").argmax(axis=0) == bank.probe(shifted, kids, "d1").argmax(axis=0)
    assert same_top.mean() >= 0.9
    assert np.array_equal(bank.votes(doc, kids, "d1").argmax(axis=0), bank.votes(shifted, kids, "d1").argmax(axis=0))


def test_evidence_probe_scores_its_own_key_element_highest():
    bank, centres = _toy_bank()
    q = centres / np.linalg.norm(centres, axis=1, keepdims=True)
    scores = bank.probe(q, ["a", "b", "c", "unknown"], "d1")
    assert scores.shape == (4, 3)
    assert list(scores[:3].argmax(axis=0)) == [0, 1, 2]
    assert not scores[3].any()  # a key element the bank does not know gets no score


def _form_seg(answered: dict[str, bool], questions_first: bool = False) -> Segmentation:
    blocks = [SegmentedBlock(block=Block(id="h", page=1, text="2.4 Preparedness"), section_id="2.4", role="section_heading")]
    kids = list(answered)
    n = 0
    if questions_first:
        for kid in kids:
            n += 1
            blocks.append(SegmentedBlock(block=Block(id=f"q{n}", page=1, text=f"— question {kid}?"), section_id="2.4",
                                         role="template_question", key_element_id=kid))
        blocks.append(SegmentedBlock(block=Block(id="a", page=1, text="Our answer to all of them in many words."), section_id="2.4", role="answer"))
    else:
        for kid in kids:
            n += 1
            blocks.append(SegmentedBlock(block=Block(id=f"q{n}", page=1, text=f"— question {kid}?"), section_id="2.4",
                                         role="template_question", key_element_id=kid))
            if answered[kid]:
                blocks.append(SegmentedBlock(block=Block(id=f"a{n}", page=1, text=f"Our answer on {kid} in some words."),
                                             section_id="2.4", role="answer"))
            blocks.append(SegmentedBlock(block=Block(id=f"f{n}", page=1, text="page 3"), section_id=None, role="header_footer"))
    return Segmentation(doc_id="toy", blocks=tuple(blocks), sections={})


def test_unanswered_questions_in_a_form():
    from analyser.score import _unanswered_questions

    seg = _form_seg({"2.4.a": True, "2.4.b": False, "2.4.c": True, "2.4.d": False})
    assert _unanswered_questions(seg) == {"2.4.a": False, "2.4.b": True, "2.4.c": False, "2.4.d": True}
    # all questions first, answers after the last one: nothing can be told
    seg = _form_seg({"2.4.a": True, "2.4.b": True, "2.4.c": True}, questions_first=True)
    assert _unanswered_questions(seg) == {}


def test_fit_from_examples_reusable_with_any_examples():
    from analyser.calibrate import fit_from_examples

    examples = [(f, lab) for _, f, lab in _toy_rows()]
    cal = fit_from_examples(examples, "toy-model", fitted_on=["review"])
    assert cal.model == "toy-model" and cal.fitted_on == ("review",)
    assert 0.2 <= cal.covered_threshold <= 0.6
    assert cal.features == FEATURES
    # extra examples with weights (e.g. analyst reviews) change the fit
    more = fit_from_examples(examples + [(examples[0][0], "absent")] * 5, "toy-model", weights=[1.0] * len(examples) + [2.0] * 5)
    assert more.p_covered(examples[0][0]) < cal.p_covered(examples[0][0])
    # the thresholds round-trip and older calibration files without them read as 0.5
    assert Calibration.from_json(json.loads(json.dumps(cal.to_json()))) == cal
    old = {k: v for k, v in cal.to_json().items() if k not in ("covered_threshold", "addressed_threshold")}
    assert Calibration.from_json(old).covered_threshold == 0.5


def test_score_uses_the_calibration_threshold(nl_matches, nl_seg, template, fake_encoder):
    import dataclasses

    cal = load_calibration(fake_encoder.name)
    never = score(nl_matches, nl_seg, template, dataclasses.replace(cal, covered_threshold=1.01))
    assert all(c.label == "absent" and c.evidence == () for c in never.values())
    always = score(nl_matches, nl_seg, template, dataclasses.replace(cal, covered_threshold=0.0))
    assert all(c.label != "absent" for c in always.values())
    # an explicit ScoreConfig threshold still overrides the calibration's
    forced = score(nl_matches, nl_seg, template, dataclasses.replace(cal, covered_threshold=1.01), ScoreConfig(covered_threshold=0.0))
    assert all(c.label != "absent" for c in forced.values())


def test_evidence_block_is_the_block_holding_the_best_sentence():
    from analyser.score import _sentence_block

    text = {"b1": "Opvang wordt uitgebreid in 2026.", "b2": "De terugkeer van  afgewezen asielzoekers wordt versneld. Meer niet."}
    assert _sentence_block("De terugkeer van afgewezen asielzoekers wordt versneld.", ("b1", "b2"), text) == "b2"
    assert _sentence_block("Opvang wordt uitgebreid in 2026.", ("b1", "b2"), text) == "b1"
    assert _sentence_block(None, ("b1", "b2"), text) == "b1"
    assert _sentence_block("Niet in deze passage.", ("b1", "b2"), text) == "b1"


def test_sentence_evidence_asks_the_bank_per_sentence():
    """A paragraph of two sentences about two key elements: the passage's vote goes to its blend, each sentence's to its own."""
    from analyser.match import sentence_evidence

    bank, centres = _toy_bank()
    unit = centres / np.linalg.norm(centres, axis=1, keepdims=True)
    kids = ["a", "b", "c"]
    s_votes, s_probe = sentence_evidence(bank, unit, kids, "d1")
    assert s_votes.shape == s_probe.shape == (3, 3)
    assert np.array_equal(s_votes, bank.votes(unit, kids, "d1")) and np.array_equal(s_probe, bank.probe(unit, kids, "d1"))
    assert list(s_votes.argmax(axis=0)) == [0, 1, 2] and list(s_probe.argmax(axis=0)) == [0, 1, 2]


def _two_sentence_matches(s_ex=None, s_pr=None):
    """One passage of two sentences; key elements k0 (Dublin) and k1 (return), a third one elsewhere.

    Sentence 0 (the return sentence) is short and generic: the highest raw cosine to every key element.
    """
    from analyser.match import Matches

    ssim = np.array([[0.86, 0.84], [0.87, 0.80], [0.85, 0.78]], np.float32)  # (K=3, S=2)
    return Matches(key_element_ids=("k0", "k1", "k2"), passages=(), sentences=("generic return sentence", "Dublin transfers"),
                   sentence_passage=np.array([0, 0], np.int32), passage_sim=np.zeros((3, 1), np.float32),
                   sentence_sim=ssim, query_languages=("en",), sentence_exemplar_sim=s_ex, sentence_probe_sim=s_pr)


def test_matching_sentence_is_the_specific_one_not_the_generic_one():
    """The raw cosine picks the generic sentence for k0; minus each sentence's mean over key elements, the Dublin one."""
    from analyser.score import _best_sentence_index, _sentence_rank

    m = _two_sentence_matches()
    assert int(np.argmax(m.sentence_sim[0])) == 0  # raw cosine: the generic sentence
    assert _best_sentence_index(m, 0, 0) == 1
    assert _best_sentence_index(m, 1, 0) == 0  # the return key element keeps the return sentence
    # the bank's vote and probe on the sentence itself are added
    s_ex = np.array([[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]], np.float32)
    s_pr = np.array([[0.9, 0.0], [0.0, 0.0], [0.0, 0.0]], np.float32)
    m2 = _two_sentence_matches(s_ex, s_pr)
    assert _best_sentence_index(m2, 0, 0) == 0
    assert np.allclose(_sentence_rank(m2) - _sentence_rank(m), s_ex + s_pr)
    assert _best_sentence_index(m, 0, 5) is None  # a passage without sentences


def test_n_aspects_is_the_count_of_asks_and_enters_the_addressed_model_only(nl_matches, nl_seg, template):
    """``n_aspects`` (log of the key element's asks in data/aspects.yaml) is a feature of the addressed-vs-partial
    model only: a training set where it would also tell covered from absent still gets covered coefficient 0."""
    from analyser.score import ADDRESSED_ONLY, compute_features

    feats = compute_features(nl_matches, nl_seg, template)
    assert feats["2.1.1.b"]["n_aspects"] == pytest.approx(math.log(3))  # legal migration, talent partnerships, resettlement
    assert feats["2.1.1.c"]["n_aspects"] == pytest.approx(math.log(4))
    assert ADDRESSED_ONLY == ("n_aspects", "asp_section") and "n_aspects" in FEATURES
    rows = []
    for i, (_, f, lab) in enumerate(_toy_rows()):
        # absent rows ask little; among covered ones the key elements with more asks are the partial ones
        n = 0.0 if lab == "absent" else math.log(4) if lab == "partial" else math.log(2)
        rows.append((f"d{i % 5}", {**f, "n_aspects": n}, lab))
    cal = fit_calibration(rows, "toy-model")
    k = cal.features.index("n_aspects")
    assert cal.covered_coef[k] == 0.0
    assert cal.addressed_coef[k] < 0.0


def test_n_aspects_comes_from_the_aspect_set_given_not_the_shipped_file(nl_matches, nl_seg, template):
    """``n_aspects`` counts the asks of the aspect set the run carries (``ModelBundle.aspects``, passed to
    :func:`score` / :func:`compute_features`), not ``data/aspects.yaml`` read behind the bundle's back."""
    import dataclasses as dc

    from analyser.aspects import load_aspects
    from analyser.score import compute_features

    shipped = load_aspects()
    first = shipped.for_key_element("2.1.1.c")[0].id
    fewer = dc.replace(shipped, aspects=tuple(a for a in shipped.aspects if a.key_element != "2.1.1.c" or a.id == first))
    assert fewer.counts()["2.1.1.c"] == 1 and shipped.counts()["2.1.1.c"] == 4
    assert compute_features(nl_matches, nl_seg, template, aspects=fewer)["2.1.1.c"]["n_aspects"] == 0.0
    assert compute_features(nl_matches, nl_seg, template, aspects=shipped)["2.1.1.c"]["n_aspects"] == pytest.approx(math.log(4))
    assert compute_features(nl_matches, nl_seg, template)["2.1.1.c"]["n_aspects"] == pytest.approx(math.log(4))  # None: shipped


def test_asp_section_is_the_weakest_ask_over_the_own_sections_three_best_sentences():
    """``asp_section`` (issue 13, twelfth session): per aspect of the key element the mean of its three best sentence
    z-scores among the sentences of the key element's own section, the minimum over its aspects; -3 without own
    sentences, without aspects of the key element or without ``sentence_aspect_z``."""
    import dataclasses as dc

    from analyser.score import ASP_SECTION_NONE, aspect_section_evidence

    m = _two_sentence_matches()
    z = np.array([[3.0, 0.0, 9.0], [2.0, 1.0, 9.0], [1.0, 4.0, 9.0], [0.0, 2.0, 9.0], [5.0, 5.0, 9.0]], np.float32)
    m = dc.replace(m, sentence_aspect_z=z, aspect_key_elements=("k0", "k0", "k1"))
    own = np.array([True, True, True, True, False])  # the last sentence stands in another section
    # aspect 0: best three of 3, 2, 1, 0 -> 2.0; aspect 1: 4, 2, 1 -> 7/3; the weaker ask decides
    assert aspect_section_evidence(m, "k0", own) == pytest.approx(2.0)
    assert aspect_section_evidence(m, "k0", np.array([False, False, True, False, False])) == pytest.approx(1.0)
    assert aspect_section_evidence(m, "k1", own) == pytest.approx(9.0)
    assert aspect_section_evidence(m, "k0", np.zeros(5, bool)) == ASP_SECTION_NONE
    assert aspect_section_evidence(m, "k9", own) == ASP_SECTION_NONE
    assert aspect_section_evidence(dc.replace(m, sentence_aspect_z=None), "k0", own) == ASP_SECTION_NONE


def test_sentence_aspect_z_ignores_a_shift_shared_by_every_sentence_and_query():
    """The row z-scores of :func:`analyser.match.sentence_aspect_z` read which ask a sentence is about: a direction
    added to every sentence (a language offset) is removed by the centring, and each row has mean 0."""
    from analyser.match import sentence_aspect_z

    rng = np.random.default_rng(0)
    s = rng.normal(size=(6, 16)).astype(np.float32)
    q = rng.normal(size=(5, 16)).astype(np.float32)
    unit = lambda x: x / np.linalg.norm(x, axis=1, keepdims=True)  # noqa: E731
    idx = [0, 0, 1, 2, 3]
    z = sentence_aspect_z(s, unit(q), idx, 4)
    assert z.shape == (6, 4) and np.allclose(z.mean(axis=1), 0.0, atol=1e-5)
    assert np.allclose(sentence_aspect_z(s + 3.0 * rng.normal(size=16).astype(np.float32), unit(q), idx, 4), z, atol=1e-4)
    assert sentence_aspect_z(np.zeros((0, 16), np.float32), unit(q), idx, 4).shape == (0, 4)


def test_match_carries_the_aspect_z_of_every_sentence(nl_matches):
    """``match`` adds the sentences' aspect z-scores (118 asks of data/aspects.yaml) for ``asp_section``."""
    from analyser.aspects import load_aspects

    aspects = load_aspects()
    assert nl_matches.sentence_aspect_z.shape == (len(nl_matches.sentences), len(aspects))
    assert nl_matches.aspect_key_elements == tuple(a.key_element for a in aspects)
