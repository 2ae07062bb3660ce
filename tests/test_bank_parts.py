"""A multi-topic bank row (a hand-written compact example) votes only for the key elements of the sentences a passage resembles.

Diagnosis (eighth session): with the compact examples as paragraphs that evidence every key element of theirs, a passage
that states one of them found the paragraph among its neighbours and was credited with all of them: the Swedish
excerpt's Dublin passage ("Överföringar verkställs inom sex månader …") got a 2.1.2.c vote of 0.18 (0 before) from the
Romanian example (Dublin transfers, voluntary return, return decision), and its unanswered return question read
partial 0.60; the security strategy's civil-protection passage got 2.4.f from the English 2.4 example. The bank keeps
each example's sentences (:class:`analyser.match.BankParts`); such a neighbour credits a key element by
exp(temperature · (cosine to its sentence − cosine to the row's nearest sentence)).
"""

from __future__ import annotations

import numpy as np

from analyser.match import BankParts, EvidenceBank, add_negatives, build_evidence_bank, load_evidence_bank


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def _bank(with_parts: bool) -> tuple[EvidenceBank, np.ndarray]:
    """Single-topic rows of a, b, c in d1..d3, and one compact row in doc 'compact' that says a and b, a sentence each."""
    rng = np.random.default_rng(7)
    centres = _unit(rng.standard_normal((3, 32)))
    vecs, ev, docs = [], [], []
    for d in ("d1", "d2", "d3"):
        for k in range(3):
            for _ in range(3):
                vecs.append(_unit(centres[k] + 0.5 * rng.standard_normal(32)))
                ev.append([j == k for j in range(3)])
                docs.append(d)
    sent_a, sent_b = _unit(centres[0] + 0.2 * rng.standard_normal(32)), _unit(centres[1] + 0.2 * rng.standard_normal(32))
    vecs.append(_unit(sent_a + sent_b))
    ev.append([True, True, False])
    docs.append("compact")
    parts = BankParts(np.array([sent_a, sent_b], np.float32), np.array([len(vecs) - 1] * 2), np.array(["a", "b"])) if with_parts else None
    bank = EvidenceBank("toy", np.array(vecs, np.float32), np.array(["a", "b", "c"]), np.array(ev), np.array(docs), parts=parts)
    return bank, centres


def test_a_single_topic_passage_gets_only_its_sentence_key_element():
    plain, centres = _bank(False)
    parted, _ = _bank(True)
    q = _unit(np.vstack([centres[0] + 0.05 * centres[1]]))  # says a only, a little nearer to the compact row than the rest
    # the toy's query must have the compact row among its five neighbours for the test to mean anything
    only_compact = EvidenceBank("toy", plain.vectors, plain.key_element_ids, plain.evidence, plain.doc_ids)
    before = only_compact.votes(q, ["a", "b", "c"], "none")
    assert before[1, 0] > 0.05  # without the sentences the compact row credits b to a passage saying a
    after = parted.votes(q, ["a", "b", "c"], "none")
    assert after[1, 0] < before[1, 0] / 3
    assert after[0, 0] >= before[0, 0] - 1e-6  # a keeps its credit


def test_a_passage_with_a_sentence_for_each_keeps_both():
    """A compact passage: one sentence says a, the other b; the example credits both in full."""
    plain, centres = _bank(False)
    parted, _ = _bank(True)
    sents = _unit(np.vstack([centres[0], centres[1]]))
    q = _unit(sents.sum(axis=0, keepdims=True))
    before = plain.votes(q, ["a", "b"], "none")
    after = parted.votes(q, ["a", "b"], "none", sentences=(sents, np.array([0, 0])))
    assert np.allclose(after, before)
    # asked without its sentences, the passage as a whole is nearer one of the two sentences: the other loses credit
    alone = parted.votes(q, ["a", "b"], "none")
    assert alone.min() < before.min()


def test_parts_leave_with_their_document_and_survive_negatives(tmp_path, fake_encoder):
    parted, centres = _bank(True)
    q = _unit(np.vstack([centres[0], centres[1]]))
    plain, _ = _bank(False)
    # the compact document left out: its sentences play no part, as if the bank had neither
    assert np.allclose(parted.votes(q, ["a", "b", "c"], "compact"), plain.votes(q, ["a", "b", "c"], "compact"))
    # negatives added and dropped again: the sentences still point at the compact row
    path = add_negatives(parted, {"neg": _unit(np.ones((2, 32)))}, out=tmp_path / "toy.evidence.npz")
    again = load_evidence_bank("toy", path)
    assert again.parts is not None and again.negative.sum() == 2
    assert again.doc_ids[again.parts.rows].tolist() == ["compact", "compact"]
    assert np.allclose(again.without_negatives().votes(q, ["a", "b"], "none"), parted.votes(q, ["a", "b"], "none"), atol=2e-3)


def test_build_evidence_bank_stores_the_sentences_of_extra_paragraphs(tmp_path, fake_encoder):
    gold = {"doc_id": "g1", "coverage": {"a": {"evidence": ["b1"]}},
            "blocks": [{"id": "b1", "role": "answer", "text": "The first answer block of the gold."}]}
    sentences = (("a", "Dublin transfers within six months."), ("b", "A return decision with the refusal."))
    path = build_evidence_bank([gold], fake_encoder, ["a", "b"], out=tmp_path / "e.npz",
                               extra=[(" ".join(t for _, t in sentences), {"a", "b"}, "compact-train")], extra_sentences=[sentences])
    bank = load_evidence_bank("x", path)
    assert bank.doc_ids.tolist() == ["g1", "compact-train"]
    assert bank.parts.rows.tolist() == [1, 1] and bank.parts.key_elements.tolist() == ["a", "b"]
    assert np.allclose(bank.parts.vectors, fake_encoder.encode([t for _, t in sentences], kind="passage"), atol=1e-3)
    import pytest

    with pytest.raises(ValueError, match="does not evidence"):
        build_evidence_bank([gold], fake_encoder, ["a", "b"], out=tmp_path / "f.npz",
                            extra=[("x y z", {"a"}, "c")], extra_sentences=[sentences])
