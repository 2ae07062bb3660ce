"""Figures of a coverage calibration: covered-vs-absent macro-F1, 3-class accuracy, ROC AUC and
expected calibration error (:func:`figures`), and the leave-one-document-out report that
:func:`analyser.calibrate.calibrate_from_outputs` returns (:class:`CalibrationReport`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike


@dataclass(frozen=True)
class Figures:
    """Coverage figures of a set of key elements."""

    n: int
    macro_f1: float
    accuracy3: float
    auc: float
    ece: float
    agreement: float


def figures(probs: np.ndarray, labels: Sequence[str], gold: Sequence[str]) -> Figures:
    """Covered-vs-absent macro-F1 and agreement, 3-class accuracy, ROC AUC, ECE."""
    from sklearn.metrics import f1_score, roc_auc_score

    y = np.array([g != "absent" for g in gold], dtype=int)
    pred = np.array([lab != "absent" for lab in labels], dtype=int)
    return Figures(
        n=len(gold),
        macro_f1=float(f1_score(y, pred, average="macro", zero_division=1.0)) if len(y) else float("nan"),
        accuracy3=float(np.mean([a == b for a, b in zip(labels, gold)])) if len(gold) else float("nan"),
        auc=float(roc_auc_score(y, probs)) if len(set(y.tolist())) > 1 else float("nan"),
        ece=expected_calibration_error(np.asarray(probs), y) if len(y) else float("nan"),
        agreement=float(np.mean(pred == y)) if len(y) else float("nan"),
    )


def macro_f1(y: ArrayLike, pred: ArrayLike, weights: ArrayLike | None = None) -> float:
    """Macro-F1 of a two-class decision (covered / not covered): the mean of the two classes' F1.

    Args:
        y: gold classes, one per example (bool, or 0/1).
        pred: predicted classes, the same length.
        weights: sample weights (default 1 each): a class's F1 is
            ``2 tp / (2 tp + fp + fn)`` over weighted counts.

    Returns:
        A value in [0, 1]; a class absent from both ``y`` and ``pred`` counts 1.0.
        Used by the covered threshold of the coverage calibration
        (:func:`analyser.calibrate_fit.choose_covered_threshold`) and by the aspect
        figures (:mod:`analyser.aspect_calibration`, :mod:`analyser.aspect_fit`).
    """
    y = np.asarray(y, dtype=bool)
    pred = np.asarray(pred, dtype=bool)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    out = []
    for cls in (True, False):
        tp = float(w[(pred == cls) & (y == cls)].sum())
        fp = float(w[(pred == cls) & (y != cls)].sum())
        fn = float(w[(pred != cls) & (y == cls)].sum())
        out.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    return float(np.mean(out))


@dataclass(frozen=True)
class CalibrationReport:
    """Leave-one-document-out figures of a calibration."""

    n_documents: int
    n_examples: int
    macro_f1: float
    accuracy3: float
    auc: float
    ece: float
    per_document: dict[str, dict[str, float]]
    path: str
    per_language: dict[str, dict[str, float]] = field(default_factory=dict)
    honest: bool = True
    n_derived: int = 0
    covered_threshold: float = 0.5
    predictions: dict[str, dict[str, tuple[float, str]]] = field(default_factory=dict)
    n_extra: int = 0
    n_negative: int = 0
    false_coverage: float = float("nan")
    negative_mean_score: float = float("nan")
    per_negative: dict[str, dict[str, float]] = field(default_factory=dict)
    derived_predictions: dict[str, dict[str, dict[str, tuple[float, str]]]] = field(default_factory=dict)
    """held-out doc_id -> sub-document id -> key element -> (score, label): the fold's calibration on the
    sub-documents cut from the other annotated documents (:func:`analyser.calibrate.lodo_documents` ``extra``)."""

    def __str__(self) -> str:
        return self.__rich__()

    def __rich__(self) -> str:
        lines = [
            f"calibration written to {self.path} (covered threshold {self.covered_threshold:.3f})" if self.path
            else f"coverage calibration evaluated, not written (covered threshold {self.covered_threshold:.3f})",
            f"leave-one-document-out over {self.n_documents} documents, {self.n_examples} key elements"
            + (f" (+{self.n_derived} derived absent examples, training only)" if self.n_derived else "")
            + ("" if self.honest else " (stored features: the evidence bank of the training documents includes the held-out one)")
            + ":",
            *([f"  + {self.n_extra} analyst reviews as extra gold in the final fit (not in the figures below)"] if self.n_extra else []),
            f"  covered-vs-absent macro-F1 {self.macro_f1:.3f}   3-class accuracy {self.accuracy3:.3f}   "
            f"ROC AUC {self.auc:.3f}   ECE {self.ece:.3f}   false-coverage rate "
            + (f"{self.false_coverage:.3f} ({self.n_negative} negative documents, mean score {self.negative_mean_score:.3f})"
               if self.n_negative else "– (no negative documents)"),
            f"  {'':12} {'n':>4} {'agree':>6} {'macroF1':>7} {'3-class':>7} {'AUC':>6} {'ECE':>6}",
        ]

        def fmt(v: float) -> str:
            return "    – " if v != v else f"{v:6.3f}"

        for title, table in (("document", self.per_document), ("language", self.per_language)):
            lines.append(f"  per {title}:")
            for d, m in table.items():
                lines.append(f"  {d:12} {int(m.get('n', 0)):4} {fmt(m['agreement'])} {fmt(m.get('macro_f1', float('nan'))):>7} "
                             f"{fmt(m['accuracy3']):>7} {fmt(m.get('auc', float('nan')))} {fmt(m.get('ece', float('nan')))}")
        if self.per_negative:
            lines.append(f"  negative documents (all 44 absent), left out in turn: {'covered':>7} {'mean score':>10} {'in scope':>8}")
            for d, m in self.per_negative.items():
                lines.append(f"  {d:24} {int(m['covered']):>7} {m['mean_score']:10.3f} {m['in_scope']:>8.0f}")
        return "\n".join(lines)


def expected_calibration_error(prob: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """ECE with equal-width bins: Σ_b |b|/n · |mean(y_b) − mean(p_b)|."""
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(prob, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            ece += m.mean() * abs(y[m].mean() - prob[m].mean())
    return float(ece)
