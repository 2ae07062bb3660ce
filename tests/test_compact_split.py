"""Multi-topic passages (a compact strategy's paragraph) are split into sentences (no model)."""

from __future__ import annotations

import numpy as np

from analyser.match import Matches, multi_topic_passages, split_passages
from analyser.schema import Passage


def _votes(*columns: dict[int, float], k: int = 4) -> np.ndarray:
    out = np.zeros((k, len(columns)), dtype=np.float32)
    for j, col in enumerate(columns):
        for row, v in col.items():
            out[row, j] = v
    return out


def test_sentences_pointing_to_different_key_elements_split_their_passage():
    # passage 0: return (0.6 for row 1) and Dublin (1.0 for row 0) -> split;
    # passage 1: two sentences of one key element -> kept; passage 2: a second element below the majority -> kept
    votes = _votes({1: 0.6}, {0: 1.0}, {2: 0.8}, {2: 0.6}, {3: 0.9}, {1: 0.4, 3: 0.2})
    topic = np.array([0.9, 0.8, 0.9, 0.9, 0.9, 0.9], dtype=np.float32)
    sp = np.array([0, 0, 1, 1, 2, 2])
    assert multi_topic_passages(votes, votes, topic, sp, 3).tolist() == [True, False, False]


def test_a_sentence_that_reads_like_negative_text_points_to_nothing():
    votes = _votes({1: 0.6}, {0: 1.0})
    sp = np.array([0, 0])
    assert multi_topic_passages(votes, votes, np.array([0.9, 0.3], dtype=np.float32), sp, 1).tolist() == [False]
    assert multi_topic_passages(votes, votes, None, sp, 1).tolist() == [False]  # no topicality model: never split


def test_split_passages_gives_each_sentence_its_own_passage_with_its_cosines_and_page():
    sents = ("Dublin transfers within six months.", "A return decision comes with the rejection.", "Other text.")
    p0 = Passage(id="d:P0001", block_ids=("b0001",), section_id="2.1.2", page=3, text=" ".join(sents[:2]), n_tokens=20,
                 page_starts=((len(sents[0]) + 1, 4),))
    p1 = Passage(id="d:P0002", block_ids=("b0002",), section_id="2.3.3", page=4, text=sents[2], n_tokens=4)
    psim = np.array([[0.1, 0.2], [0.3, 0.4]], dtype=np.float32)
    ssim = np.array([[0.5, 0.6, 0.7], [0.8, 0.9, 1.0]], dtype=np.float32)
    m = Matches(key_element_ids=("2.1.2.a", "2.1.2.c"), passages=(p0, p1), sentences=sents,
                sentence_passage=np.array([0, 0, 1], dtype=np.int32), passage_sim=psim, sentence_sim=ssim,
                query_languages=("en",))
    p_vecs = np.eye(2, 3, dtype=np.float32)
    s_vecs = np.eye(3, 3, dtype=np.float32)[::-1].copy()
    out, vecs, parent = split_passages(m, p_vecs, s_vecs, np.array([True, False]))
    assert [(p.id, p.text, p.page, p.section_id, p.block_ids, p.n_tokens) for p in out.passages] == [
        ("d:P0001", sents[0], 3, "2.1.2", ("b0001",), 5),
        ("d:P0002", sents[1], 4, "2.1.2", ("b0001",), 7),
        ("d:P0003", sents[2], 4, "2.3.3", ("b0002",), 4),
    ]
    assert out.sentences == sents and out.sentence_passage.tolist() == [0, 1, 2]
    assert np.array_equal(out.passage_sim, np.array([[0.5, 0.6, 0.2], [0.8, 0.9, 0.4]], dtype=np.float32))
    assert vecs.tolist() == [s_vecs[0].tolist(), s_vecs[1].tolist(), p_vecs[1].tolist()]
    assert parent.tolist() == [0, 0, 1]
