"""The genre model of the scope stage (on-topic documents that are not strategies), without the real model.

Synthetic embeddings: two genre directions (a strategy's plans, a report's findings) and a
strong per-language direction shared by the documents of one language, the confound of the
topicality model (one strategy per language): the genre contrasts must see through it.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from analyser.match import (EvidenceBank, GenreSet, genre_features, genre_set_path, load_evidence_bank, load_genre_set, match,
                            save_genre_set)
from analyser.schema import Block, SegmentedBlock, Segmentation
from analyser.scope import GENRE_THRESHOLD, assess_scope, scope_warning

DIM = 32


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def _world(seed: int = 3):
    rng = np.random.default_rng(seed)
    g_strategy, g_report = rng.standard_normal(DIM), rng.standard_normal(DIM)
    langs = {lang: 1.5 * rng.standard_normal(DIM) for lang in ("nl", "de", "fi", "sk")}
    descriptors = _unit(np.vstack([g_strategy, g_report]))

    def doc(genre: np.ndarray, lang: str, n: int = 10) -> np.ndarray:
        return _unit(genre + langs[lang] + 0.5 * rng.standard_normal((n, DIM))).astype(np.float32)

    return g_strategy, g_report, descriptors, doc


def _bank(descriptors, docs: dict[str, tuple[np.ndarray, bool]]) -> EvidenceBank:
    vecs = np.vstack([v for v, _ in docs.values()])
    gs = GenreSet(descriptors.astype(np.float32), np.array(["strategy", "report"]), vecs,
                  np.concatenate([np.full(len(v), s) for v, s in docs.values()]),
                  np.array([d for d, (v, _) in docs.items() for _ in range(len(v))]))
    n = len(vecs)
    return EvidenceBank("toy", vecs, np.array(["a"]), np.zeros((n, 1), bool), gs.doc_ids, np.zeros(n, bool), gs)


def test_genre_features_are_cosine_contrasts_within_each_passage():
    vecs = np.array([[1.0, 0.0], [0.6, 0.8]], np.float32)
    descriptors = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    f = genre_features(vecs, descriptors)
    assert f == pytest.approx(np.array([[0.5, -0.5], [-0.1, 0.1]]), abs=1e-6)
    assert f.sum(axis=1) == pytest.approx([0.0, 0.0], abs=1e-9)


def test_genre_sees_through_the_language_that_only_one_genre_has():
    """Strategies only in nl/de, reports only in fi/sk: a Finnish strategy and a Dutch report are still told apart."""
    g_s, g_r, descriptors, doc = _world()
    bank = _bank(descriptors, {"s-nl": (doc(g_s, "nl"), True), "s-de": (doc(g_s, "de"), True),
                               "r-fi": (doc(g_r, "fi"), False), "r-sk": (doc(g_r, "sk"), False)})
    strategy_fi = bank.genre(doc(g_s, "fi"), "new")
    report_nl = bank.genre(doc(g_r, "nl"), "new")
    assert strategy_fi.shape == (10,) and strategy_fi.dtype == np.float32
    assert strategy_fi.mean() > 0.8 and report_nl.mean() < 0.2


def test_genre_leaves_documents_out_and_needs_both_genres():
    g_s, g_r, descriptors, doc = _world()
    bank = _bank(descriptors, {"s-nl": (doc(g_s, "nl"), True), "r-fi": (doc(g_r, "fi"), False)})
    q = doc(g_s, "de")
    assert bank.genre(q, "r-fi") is None  # only strategies left: nothing to tell them from
    assert bank.genre(q, ["s-nl", "r-fi"]) is None
    assert bank.genre(np.zeros((0, DIM), np.float32), "new").shape == (0,)
    assert dataclasses.replace(bank, genre_set=None).genre(q, "new") is None


def test_genre_set_file_round_trip_beside_the_evidence_bank(tmp_path):
    from analyser.match import add_negatives

    g_s, g_r, descriptors, doc = _world()
    bank = _bank(descriptors, {"s-nl": (doc(g_s, "nl"), True), "r-fi": (doc(g_r, "fi"), False)})
    path = add_negatives(dataclasses.replace(bank, genre_set=None), {}, out=tmp_path / "toy.evidence.npz")
    assert load_evidence_bank("toy", path).genre_set is None
    assert genre_set_path(path) == tmp_path / "toy.genre.npz"
    save_genre_set(genre_set_path(path), descriptors, ["strategy", "report"],
                   {"s-nl": (doc(g_s, "nl", 3), True), "r-fi": (doc(g_r, "fi", 2), False), "empty": (np.zeros((0, DIM)), False)})
    gs = load_evidence_bank("toy", path).genre_set
    assert gs is not None and gs.vectors.shape == (5, DIM)
    assert gs.doc_ids.tolist() == ["s-nl"] * 3 + ["r-fi"] * 2 and gs.strategy.tolist() == [True] * 3 + [False] * 2
    assert gs.descriptor_genres.tolist() == ["strategy", "report"] and gs.descriptors.shape == (2, DIM)
    assert load_genre_set(tmp_path / "missing.genre.npz") is None


TEXTS = [
    "The ministry said on Tuesday that arrivals rose by a fifth compared with last year.",
    "Asylum seekers interviewed for this report described long waits for a first interview.",
    "Short stub here",
    "We recommend that the ministry publishes monthly figures on the occupancy of reception centres.",
]


@pytest.fixture(scope="module")
def toy_matches(template, fake_encoder):
    blocks = tuple(SegmentedBlock(block=Block(id=f"b{i}", page=1, text=t), section_id="2.3.2", role="answer")
                   for i, t in enumerate(TEXTS))
    seg = Segmentation(doc_id="toy", blocks=blocks, sections={}, follows_template=False)
    return match(seg, template, fake_encoder, "en", evidence_bank=False)


def test_on_topic_document_of_another_genre_is_out_of_scope(toy_matches):
    assert len(toy_matches.passages) == 4 and toy_matches.genre_sim is None
    topic = np.full(4, 0.9, np.float32)
    genre = np.array([0.3, 0.2, 1.0, 0.4], np.float32)  # the 3-word stub carries no weight
    d = assess_scope(dataclasses.replace(toy_matches, topic_sim=topic, genre_sim=genre))
    words = np.array([len(t.split()) for t in TEXTS], float)
    w = np.where(words >= 5, words, 0)
    g = round(float((w * genre).sum() / w.sum()), 4)
    assert d.genre == g < GENRE_THRESHOLD
    assert not d.in_scope and d.score == 0.45  # halved like a legal act
    assert d.reason == (f"written as a report, paper, press release, article or judgment rather than as a strategy's plans and "
                        f"measures (genre {g:.2f})")
    assert scope_warning(d).startswith("not an asylum and migration strategy: written as a report")


def test_strategy_genre_keeps_the_topicality_decision(toy_matches):
    topic = np.full(4, 0.9, np.float32)
    inside = assess_scope(dataclasses.replace(toy_matches, topic_sim=topic, genre_sim=np.full(4, 0.7, np.float32)))
    assert inside.in_scope and inside.score == 0.9 and inside.genre == 0.7
    without = assess_scope(dataclasses.replace(toy_matches, topic_sim=topic))
    assert (without.in_scope, without.score, without.reason, without.genre) == (True, 0.9, inside.reason, None)
    off_topic = assess_scope(dataclasses.replace(toy_matches, topic_sim=np.full(4, 0.1, np.float32), genre_sim=np.full(4, 0.2, np.float32)))
    assert not off_topic.in_scope and off_topic.score == 0.1
    assert off_topic.reason == "scope score 0.10, in scope from 0.5; only 0% of its answer text reads like asylum and migration strategy text"


def test_a_document_written_into_the_annex_structure_is_not_asked_its_genre(toy_matches):
    """Three sections opened by Annex headings: a strategy (or a chapter of one) by genre, so a low genre
    probability does not put it out (a Portuguese partial strategy written as a question | answer table
    had genre 0.38); with two such sections the genre model still decides."""
    from analyser.schema import SectionInfo
    from analyser.scope import GENRE_EXEMPT_SECTIONS, annex_headed_sections

    topic, genre = np.full(4, 0.9, np.float32), np.full(4, 0.38, np.float32)
    base = Segmentation(doc_id="toy", blocks=(), sections={}, follows_template=False)

    def seg_with(methods):
        return base.model_copy(update={"sections": {sid: SectionInfo(section_id=sid, present=True, method=m)
                                                    for sid, m in zip(("2.1.2", "2.3.3", "2.3.4", "2.6"), methods)}})

    three = seg_with(["numbered", "numbered", "title"])
    two = seg_with(["numbered", "title", "content"])
    assert GENRE_EXEMPT_SECTIONS == 3 and annex_headed_sections(three) == 3 and annex_headed_sections(two) == 2
    kept = assess_scope(dataclasses.replace(toy_matches, topic_sim=topic, genre_sim=genre), three)
    assert kept.in_scope and kept.score == 0.9 and kept.genre == 0.38
    asked = assess_scope(dataclasses.replace(toy_matches, topic_sim=topic, genre_sim=genre), two)
    assert not asked.in_scope and asked.score == 0.45 and asked.reason.startswith("written as a report")


def test_shipped_genre_set_ranks_every_strategy_above_every_on_topic_negative_left_out():
    """The shipped genre set (scripts/build_genre.py), each document left out of the model: strategies of any field
    (unweighted mean over passages 0.50–0.88) above the on-topic negatives and the training papers (0.13–0.44)."""
    bank = load_evidence_bank("multilingual-e5-small")
    assert bank is not None and bank.genre_set is not None
    gs = bank.genre_set
    assert gs.descriptors.shape == (11, gs.vectors.shape[1])
    mean = {}
    for d in sorted(set(gs.doc_ids.tolist())):
        m = gs.doc_ids == d
        mean[d] = (bool(gs.strategy[m][0]), float(bank.genre(gs.vectors[m], d).mean()))
    strategies = {d for d, (s, _) in mean.items() if s}
    assert strategies == {f"x{c}-2025" for c in "abcdijklmnop"} | {"nl-2025"} | {
        "neg-agriculture-el", "neg-culture-pl", "neg-digital-nl", "neg-education-de", "neg-energy-fr", "neg-health-en",
        "neg-transport-it"}
    on_topic = [d for d in mean if d.startswith(("neg-judgment", "neg-news", "neg-ngo", "neg-ombudsman", "neg-paper", "neg-parl",
                                                 "neg-press"))]
    assert len(on_topic) == 14
    assert min(mean[d][1] for d in strategies) > max(mean[d][1] for d in on_topic)
    assert max(mean[d][1] for d in on_topic) < GENRE_THRESHOLD
