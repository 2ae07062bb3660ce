"""Fitting a coverage calibration from labelled examples: the logistic models
(:func:`analyser.score.fit_calibration`) and the covered threshold chosen by
weighted macro-F1. Used by :mod:`analyser.calibrate`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from .calibrate_figures import macro_f1
from .score import Calibration, fit_calibration

Example = tuple[Mapping[str, float], str]
"""(features, gold label) of one key element."""


def fit_from_examples(
    examples: Sequence[Example],
    model: str,
    *,
    weights: Sequence[float] | None = None,
    fitted_on: Sequence[str] = (),
    choose_thresholds: bool = True,
) -> Calibration:
    """Fit a calibration from (features, gold label) examples.

    The entry point for any source of labelled examples: development gold,
    derived examples, analyst reviews. Labels are ``addressed`` / ``partial`` /
    ``absent``; features are dicts as stored in ``analysis.json``.

    Args:
        examples: (features, label) pairs.
        model: encoder name to record.
        weights: optional sample weight per example (e.g. < 1 for derived ones).
        fitted_on: doc_ids to record.
        choose_thresholds: pick the decision thresholds that maximise macro-F1
            on the (weighted) training examples' own in-sample probabilities;
            otherwise 0.5.

    Returns:
        The fitted :class:`Calibration` (score = P(at least partially addressed)).
    """
    rows = [("", f, lab) for f, lab in examples]
    cal = fit_calibration(rows, model, sample_weight=weights)
    if choose_thresholds:
        cal = dataclasses.replace(cal, covered_threshold=choose_covered_threshold(cal, examples, weights))
    return dataclasses.replace(cal, fitted_on=tuple(sorted(set(fitted_on))))


def choose_covered_threshold(cal: Calibration, examples: Sequence[Example], weights: Sequence[float] | None = None) -> float:
    """Score threshold that maximises the weighted covered-vs-absent macro-F1 of ``examples``.

    The score stays a calibrated probability; only the cut between "absent" and
    "covered" moves (absent elements are the minority class, so the cut that
    balances both classes' F1 is usually below 0.5). The choice is shrunk
    towards 0.5 and kept in [0.2, 0.6] so that a handful of examples cannot move it far.
    """
    if not examples:
        return 0.5
    p = np.array([cal.p_covered(f) for f, _ in examples])
    y = np.array([lab != "absent" for _, lab in examples], dtype=int)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    if len(set(y.tolist())) < 2:
        return 0.5
    grid = np.round(np.arange(0.2, 0.601, 0.025), 3)
    f1s = np.array([macro_f1(y, p >= t, w) for t in grid])
    # the flat optimum: mean of the thresholds within 0.005 of the best
    best = grid[f1s >= f1s.max() - 0.005]
    return float(round(0.5 * 0.5 + 0.5 * float(np.mean(best)), 3))


# --------------------------------------------------------------------------- documents
