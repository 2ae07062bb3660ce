"""seg14r (issue 14): the context move and the hub-corrected narrowing of bare own chapters, on synthetic evidence."""
from __future__ import annotations

import numpy as np

from analyser.segment.outline import _context_moves, _narrowed_by_hub


def _evidence() -> tuple[np.ndarray, np.ndarray]:
    # 3 chapters x 4 sections (columns: 0 the context, 1, 2, 3)
    evidence = np.array([[1.0, 2.0, 0.5, 0.0], [0.0, 0.2, 2.5, 0.1], [0.1, 0.0, 0.3, 2.0]])
    content = np.array([[2.7, 1.9, 0.1, 0.0], [2.6, 0.0, 1.2, 0.3], [0.5, 0.2, 0.1, 1.5]])
    return evidence, content


def test_most_descriptive_chapter_takes_the_free_context():
    evidence, content = _evidence()
    descriptive = np.array([0.004, -0.012, -0.02])
    assert _context_moves(descriptive, evidence, [0, 1, 2], [1, 2, 3], 0, True, 0.0, 3, content, 1) == [0, 2, 3]


def test_context_move_needs_an_absolute_reading_a_free_context_and_agreeing_ranks():
    evidence, content = _evidence()
    cols = [1, 2, 3]
    # every chapter announces measures: the most descriptive one is no context
    assert _context_moves(np.array([-0.001, -0.012, -0.02]), evidence, [0, 1, 2], cols, 0, True, 0.0, 3, content, 1) == cols
    # the context is held by a heading or text outside the chapters
    assert _context_moves(np.array([0.02, -0.01, -0.02]), evidence, [0, 1, 2], cols, 0, False, 0.0, 3, content, 1) == cols
    # the most descriptive chapter's text does not rank the context first (a reception chapter with figures)
    assert _context_moves(np.array([-0.01, -0.01, 0.03]), evidence, [0, 1, 2], cols, 0, True, 0.0, 3, content, 1) == cols
    # a chapter holds the context already
    assert _context_moves(np.array([0.02, -0.01, -0.02]), evidence, [0, 1, 2], [0, 2, 3], 0, True, 0.0, 3, content, 1) == [0, 2, 3]


def test_narrowing_takes_the_corrected_leader_among_the_open_leaves():
    corrected = np.array([0.0, 1.33, 1.09, 0.97, 0.2, 0.87])  # column 1: the parent; 2-5 its leaves
    assert _narrowed_by_hub(corrected, [2, 3, 4, 5], {2}, 2) == 3  # 2 held by the procedure chapter
    assert _narrowed_by_hub(corrected, [2, 3, 4, 5], set(), 3) == 2
    assert _narrowed_by_hub(corrected, [2, 3], {2, 3}, 2) == 2  # every leaf held: the uncorrected choice stands
