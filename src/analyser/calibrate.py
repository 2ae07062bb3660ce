"""Fit and evaluate the coverage calibration (``analyser calibrate``).

Reads the per-key-element features stored in ``<out>/<doc_id>/analysis.json``
and the gold labels, evaluates leave-one-document-out (each document scored by a
calibration fitted without it), then fits on all documents and writes the
calibration JSON with the model name and analyser version.

Metrics (scikit-learn): covered-vs-absent macro-F1, three-class accuracy, ROC AUC
of the score and expected calibration error (10 equal-width bins).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .evaluate import load_gold_dir
from .score import Calibration, ScoreConfig, default_calibration_path, fit_calibration

Row = tuple[str, Mapping[str, float], str]


def collect_rows(out: str | Path, gold_dir: str | Path) -> tuple[list[Row], str]:
    """(doc_id, features, gold label) for every key element of every analysed gold document, and the model name."""
    golds = load_gold_dir(gold_dir)
    rows: list[Row] = []
    model = ""
    for doc_id, gold in sorted(golds.items()):
        path = Path(out) / doc_id / "analysis.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        model = data["model"]["name"]
        for kid, g in gold["coverage"].items():
            rows.append((doc_id, data["coverage"][kid]["features"], g["label"]))
    return rows, model


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

    def __rich__(self) -> str:
        lines = [
            f"calibration written to {self.path}",
            f"leave-one-document-out over {self.n_documents} documents, {self.n_examples} key elements:",
            f"  covered-vs-absent macro-F1 {self.macro_f1:.3f}   3-class accuracy {self.accuracy3:.3f}   "
            f"ROC AUC {self.auc:.3f}   ECE {self.ece:.3f}",
        ]
        for d, m in self.per_document.items():
            lines.append(f"  {d}: agreement {m['agreement']:.3f}  3-class {m['accuracy3']:.3f}")
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


def leave_one_document_out(rows: Sequence[Row], model: str, cfg: ScoreConfig | None = None) -> tuple[np.ndarray, list[str]]:
    """Out-of-document probabilities and labels for every row."""
    cfg = cfg or ScoreConfig()
    docs = sorted({d for d, _, _ in rows})
    probs = np.zeros(len(rows))
    labels: list[str] = [""] * len(rows)
    for d in docs:
        train = [r for r in rows if r[0] != d]
        cal = fit_calibration(train, model)
        for i, (doc, feats, _) in enumerate(rows):
            if doc != d:
                continue
            p = cal.p_covered(feats)
            probs[i] = p
            if p < cfg.covered_threshold:
                labels[i] = "absent"
            else:
                labels[i] = "addressed" if cal.p_addressed(feats) >= cfg.addressed_threshold else "partial"
    return probs, labels


def calibrate_from_outputs(out: str | Path, gold_dir: str | Path, output: str | Path | None = None) -> CalibrationReport:
    """Evaluate LODO, fit on everything and write the calibration JSON."""
    from sklearn.metrics import f1_score, roc_auc_score

    rows, model = collect_rows(out, gold_dir)
    probs, labels = leave_one_document_out(rows, model)
    gold = [g for _, _, g in rows]
    y = np.array([g != "absent" for g in gold], dtype=int)
    pred = np.array([lab != "absent" for lab in labels], dtype=int)
    per_doc: dict[str, dict[str, float]] = {}
    for d in sorted({r[0] for r in rows}):
        m = [i for i, r in enumerate(rows) if r[0] == d]
        per_doc[d] = {
            "agreement": float(np.mean([pred[i] == y[i] for i in m])),
            "accuracy3": float(np.mean([labels[i] == gold[i] for i in m])),
        }
    cal: Calibration = fit_calibration(rows, model)
    path = Path(output) if output else default_calibration_path(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(cal.to_json(), indent=1), encoding="utf-8")
    tmp.replace(path)
    return CalibrationReport(
        n_documents=len(per_doc),
        n_examples=len(rows),
        macro_f1=float(f1_score(y, pred, average="macro")),
        accuracy3=float(np.mean([a == b for a, b in zip(labels, gold)])),
        auc=float(roc_auc_score(y, probs)) if len(set(y)) > 1 else float("nan"),
        ece=expected_calibration_error(probs, y),
        per_document=per_doc,
        path=str(path),
    )
