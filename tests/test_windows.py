"""Sentence windows as scoring units (ninth session, compact3): the windows and the views a key element is scored on."""

from __future__ import annotations

import numpy as np

from analyser.match import sentence_windows
from analyser.score import unit_views


def test_windows_stay_inside_a_passage_and_never_cover_it_whole():
    passages, spans = sentence_windows(np.array([0, 0, 0, 1, 2, 2]))
    assert passages.tolist() == [0, 0, 0, 0, 0, 2, 2]
    assert spans.tolist() == [[0, 1], [1, 2], [2, 3], [0, 2], [1, 3], [4, 5], [5, 6]]


def test_no_window_for_single_sentence_passages():
    passages, spans = sentence_windows(np.array([0, 1, 2]))
    assert passages.shape == (0,) and spans.shape == (0, 2)


def test_window_view_takes_the_stronger_own_section_evidence():
    feats = {"ex_own": 0.2, "pr_own": 0.5, "ex_max": 0.9, "pr_max": 0.5, "ex_topic": 0.1, "pr_topic": 0.4,
             "own_centred": 0.01, "comb_max": 1.0, "win": 1.0, "win_ex_own": 0.7, "win_pr_own": 0.3,
             "win_ex_topic": 0.6, "win_pr_topic": 0.25, "win_own_centred": 0.03}
    passage, window = unit_views(feats)
    assert passage is feats
    assert {k: window[k] for k in ("ex_own", "pr_own", "ex_max", "pr_max", "ex_topic", "pr_topic", "own_centred", "comb_max")} == {
        "ex_own": 0.7, "pr_own": 0.5, "ex_max": 0.9, "pr_max": 0.5, "ex_topic": 0.6, "pr_topic": 0.4, "own_centred": 0.03,
        "comb_max": 1.0}


def test_without_a_window_only_the_passage_view():
    assert unit_views({"ex_own": 0.2, "win": 0.0}) == [{"ex_own": 0.2, "win": 0.0}]
